//! The document model every format is read into: plain text, sections, metadata and a source map.

use std::ops::Range;

use serde::Serialize;

use crate::references::Reference;
use crate::source_map::{SourceMap, SourcePosition};

/// The file formats rightscope reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// RFC or Internet-Draft plain text, paginated or not.
    RfcText,
    /// RFC XML (xml2rfc vocabulary, v2 or v3).
    RfcXml,
    /// kramdown-rfc Markdown with YAML front matter.
    Markdown,
    /// W3C specification HTML (ReSpec or Bikeshed output).
    Html,
    /// PDF (RFC, ETSI, ITU-T), text extracted.
    Pdf,
}

impl Format {
    /// Short lower-case name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::RfcText => "rfc-text",
            Format::RfcXml => "rfc-xml",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The standards body a document comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Sdo {
    /// IETF, IRTF, IAB and the Independent Stream (RFCs and Internet-Drafts).
    Ietf,
    /// World Wide Web Consortium.
    W3c,
    /// International Telecommunication Union, standardization sector.
    ItuT,
    /// European Telecommunications Standards Institute.
    Etsi,
    /// Not known from the document itself.
    #[default]
    Unknown,
}

/// What part of a standards document a section is; rules weigh findings by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub enum SectionKind {
    /// The abstract.
    Abstract,
    /// Introduction, overview, motivation.
    Introduction,
    /// Terminology, conventions, definitions, requirements language.
    Terminology,
    /// Any section with normative or descriptive content not covered by another kind.
    Body,
    /// Security Considerations.
    SecurityConsiderations,
    /// Privacy Considerations.
    PrivacyConsiderations,
    /// Human Rights Considerations.
    HumanRightsConsiderations,
    /// IANA Considerations.
    IanaConsiderations,
    /// Internationalization Considerations.
    InternationalizationConsiderations,
    /// Accessibility Considerations.
    AccessibilityConsiderations,
    /// Examples.
    Examples,
    /// Normative and informative references.
    References,
    /// Appendices.
    Appendix,
    /// Acknowledgements and contributors.
    Acknowledgements,
    /// Status of this memo, copyright notice, table of contents, authors' addresses, index.
    Boilerplate,
}

impl SectionKind {
    /// Every kind, in declaration order.
    pub const ALL: [SectionKind; 15] = [
        SectionKind::Abstract,
        SectionKind::Introduction,
        SectionKind::Terminology,
        SectionKind::Body,
        SectionKind::SecurityConsiderations,
        SectionKind::PrivacyConsiderations,
        SectionKind::HumanRightsConsiderations,
        SectionKind::IanaConsiderations,
        SectionKind::InternationalizationConsiderations,
        SectionKind::AccessibilityConsiderations,
        SectionKind::Examples,
        SectionKind::References,
        SectionKind::Appendix,
        SectionKind::Acknowledgements,
        SectionKind::Boilerplate,
    ];

    /// The name used in rule files and reports (`SecurityConsiderations`).
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Abstract => "Abstract",
            SectionKind::Introduction => "Introduction",
            SectionKind::Terminology => "Terminology",
            SectionKind::Body => "Body",
            SectionKind::SecurityConsiderations => "SecurityConsiderations",
            SectionKind::PrivacyConsiderations => "PrivacyConsiderations",
            SectionKind::HumanRightsConsiderations => "HumanRightsConsiderations",
            SectionKind::IanaConsiderations => "IanaConsiderations",
            SectionKind::InternationalizationConsiderations => "InternationalizationConsiderations",
            SectionKind::AccessibilityConsiderations => "AccessibilityConsiderations",
            SectionKind::Examples => "Examples",
            SectionKind::References => "References",
            SectionKind::Appendix => "Appendix",
            SectionKind::Acknowledgements => "Acknowledgements",
            SectionKind::Boilerplate => "Boilerplate",
        }
    }

    /// Parses the name used in rule files; accepts `SecurityConsiderations` and `security-considerations`.
    pub fn from_name(name: &str) -> Option<SectionKind> {
        let wanted: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        SectionKind::ALL
            .into_iter()
            .find(|kind| kind.as_str().to_ascii_lowercase() == wanted)
    }

    /// Whether text of this kind is a "considerations" section written about risks rather than creating them.
    pub fn is_considerations(self) -> bool {
        matches!(
            self,
            SectionKind::SecurityConsiderations
                | SectionKind::PrivacyConsiderations
                | SectionKind::HumanRightsConsiderations
                | SectionKind::InternationalizationConsiderations
                | SectionKind::AccessibilityConsiderations
        )
    }
}

impl std::fmt::Display for SectionKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One section of a document: its heading and the span of `Document::text` it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Section number as printed (`3.2`, `A.1`), if the section is numbered.
    pub number: Option<String>,
    /// Heading text without the number.
    pub title: String,
    /// What kind of section this is; subsections inherit their parent's kind unless their own title says otherwise.
    pub kind: SectionKind,
    /// Byte range in `Document::text`, from the heading to the start of the next section at the same or a higher level.
    pub range: Range<usize>,
    /// Nesting depth, 1 for top-level sections.
    pub depth: u8,
    /// Anchor or id in the source format, if it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
}

/// An author as named by the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Author {
    /// Full name, or initials and surname as printed.
    pub name: String,
    /// Organisation, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

/// Bibliographic metadata taken from the document itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Meta {
    /// Document name without revision (`draft-ietf-foo-bar`, `rfc8890`, a W3C shortname).
    pub name: Option<String>,
    /// Revision (`03`) for drafts.
    pub rev: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Standards body.
    pub sdo: Sdo,
    /// RFC number, for RFCs.
    pub rfc_number: Option<u32>,
    /// Category or status (`std`, `info`, `Proposed Standard`, `Recommendation`…), as the document states it.
    pub status: Option<String>,
    /// Stream (`IETF`, `IRTF`, `IAB`, `independent`).
    pub stream: Option<String>,
    /// Working group or research group.
    pub workgroup: Option<String>,
    /// Authors in document order.
    pub authors: Vec<Author>,
    /// Publication date as printed or as ISO `YYYY-MM` / `YYYY-MM-DD` where the format gives it.
    pub date: Option<String>,
    /// RFCs this document obsoletes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub obsoletes: Vec<u32>,
    /// RFCs this document updates.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub updates: Vec<u32>,
}

/// Where a document came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceInfo {
    /// Path or label of the input, as given by the caller.
    pub path: String,
    /// Detected format.
    pub format: Format,
    /// SHA-256 of the original bytes, lower-case hex.
    pub sha256: String,
    /// Size of the original in bytes.
    pub size: u64,
}

/// Something that did not stop the parse but that a reader should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Plain-language description.
    pub message: String,
}

/// A standards document read into plain text with sections, metadata and a map back to the original file.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// Where it came from.
    pub source: SourceInfo,
    /// Metadata found in the document.
    pub meta: Meta,
    /// Normalised plain text that rules run on.
    pub text: String,
    /// Sections in document order (parents before their subsections).
    pub sections: Vec<Section>,
    /// Map from byte offsets in `text` to positions in the original file.
    #[serde(skip)]
    pub source_map: SourceMap,
    /// Problems that were worked around (lossy decoding, skipped content).
    pub warnings: Vec<Warning>,
    /// Entries of the document's reference lists, in document order.
    #[serde(skip)]
    pub references: Vec<Reference>,
}

impl Document {
    /// Line and column (1-based) in the original file of a byte offset in `text`.
    pub fn position(&self, offset: usize) -> SourcePosition {
        self.source_map.position(&self.text, offset)
    }

    /// The innermost section that contains a byte offset of `text`.
    pub fn section_at(&self, offset: usize) -> Option<&Section> {
        self.sections
            .iter()
            .filter(|section| section.range.contains(&offset))
            .max_by_key(|section| section.depth)
    }

    /// The kind of text at a byte offset: the innermost section's kind, or `Body` outside every section.
    pub fn kind_at(&self, offset: usize) -> SectionKind {
        self.section_at(offset)
            .map_or(SectionKind::Body, |section| section.kind)
    }

    /// Sections of one kind.
    pub fn sections_of(&self, kind: SectionKind) -> impl Iterator<Item = &Section> {
        self.sections
            .iter()
            .filter(move |section| section.kind == kind)
    }

    /// Whether the document has at least one section of a kind.
    pub fn has_section(&self, kind: SectionKind) -> bool {
        self.sections_of(kind).next().is_some()
    }

    /// Text of a section (heading included).
    pub fn section_text(&self, section: &Section) -> &str {
        self.text.get(section.range.clone()).unwrap_or("")
    }
}
