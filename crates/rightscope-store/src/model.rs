//! Plain owned values going into the store and coming out of it.

use rightscope_doc::{Document, Sdo, SectionKind};
use rightscope_rules::{Assessment, CheckResult, Finding};
use serde::{Deserialize, Serialize};

use crate::dates::normalise_date;

/// What kind of document a name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocumentKind {
    /// A published RFC.
    Rfc,
    /// An Internet-Draft.
    Draft,
    /// A W3C specification.
    W3c,
    /// Anything else.
    Other,
}

impl DocumentKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Rfc => "rfc",
            DocumentKind::Draft => "draft",
            DocumentKind::W3c => "w3c",
            DocumentKind::Other => "other",
        }
    }

    /// Parses a stored name.
    pub fn from_name(name: &str) -> Option<DocumentKind> {
        [
            DocumentKind::Rfc,
            DocumentKind::Draft,
            DocumentKind::W3c,
            DocumentKind::Other,
        ]
        .into_iter()
        .find(|kind| kind.as_str() == name)
    }

    /// Guesses the kind from a document name and standards body (`rfc9000`, `draft-…`, W3C shortnames).
    pub fn guess(name: &str, sdo: Option<&str>) -> DocumentKind {
        let lower = name.to_ascii_lowercase();
        if lower.starts_with("draft-") {
            DocumentKind::Draft
        } else if lower
            .strip_prefix("rfc")
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|byte| byte.is_ascii_digit()))
        {
            DocumentKind::Rfc
        } else if sdo == Some("w3c") {
            DocumentKind::W3c
        } else {
            DocumentKind::Other
        }
    }
}

/// The stored name of a standards body (`ietf`, `w3c`, `itu-t`, `etsi`, `unknown`).
pub fn sdo_name(sdo: Sdo) -> &'static str {
    match sdo {
        Sdo::Ietf => "ietf",
        Sdo::W3c => "w3c",
        Sdo::ItuT => "itu-t",
        Sdo::Etsi => "etsi",
        Sdo::Unknown => "unknown",
    }
}

/// Document-level metadata. `None` means "not known here": when stored, it keeps what the store already has,
/// so facts from several sources (the document itself, an RFC index, the Datatracker) merge, later values winning.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentFacts {
    /// Document name without revision (`draft-ietf-quic-transport`, `rfc9000`, a W3C shortname). Required.
    pub name: String,
    /// Standards body (`ietf`, `w3c`, `itu-t`, `etsi`); `unknown` never overwrites a known value.
    pub sdo: Option<String>,
    /// Kind; guessed from the name when not given.
    pub kind: Option<DocumentKind>,
    /// Title.
    pub title: Option<String>,
    /// Stream (`IETF`, `IRTF`, `IAB`, `independent`).
    pub stream: Option<String>,
    /// Working group.
    pub wg: Option<String>,
    /// IETF area.
    pub area: Option<String>,
    /// Status or category.
    pub status: Option<String>,
    /// RFC number, for RFCs.
    pub rfc_number: Option<i64>,
    /// The RFC a draft became.
    pub became_rfc: Option<i64>,
    /// DOI.
    pub doi: Option<String>,
    /// Keywords.
    pub keywords: Option<Vec<String>>,
    /// Abstract text.
    pub abstract_text: Option<String>,
}

impl DocumentFacts {
    /// Facts with only a name.
    pub fn named(name: impl Into<String>) -> DocumentFacts {
        DocumentFacts {
            name: name.into(),
            ..DocumentFacts::default()
        }
    }

    /// The kind to store: the given one or a guess from the name.
    pub fn resolved_kind(&self) -> DocumentKind {
        self.kind
            .unwrap_or_else(|| DocumentKind::guess(&self.name, self.sdo.as_deref()))
    }
}

/// A section as stored with a revision (offsets into the revision's text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSection {
    /// Section number without the trailing dot.
    pub number: Option<String>,
    /// Heading text.
    pub title: String,
    /// Section kind name (`SecurityConsiderations`).
    pub kind: String,
    /// Start byte offset in the text.
    pub start: usize,
    /// End byte offset in the text.
    pub end: usize,
    /// Nesting depth.
    pub depth: u8,
    /// Anchor in the source format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
}

/// A finding to store (the engine's [`Finding`] with its enums as names).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewFinding {
    /// Rule code.
    pub code: String,
    /// Rule name.
    pub name: String,
    /// Family (`SURV`).
    pub family: String,
    /// `risk`, `mitigation` or `context`.
    pub polarity: String,
    /// `info`, `warning` or `error`.
    pub severity: String,
    /// Message.
    pub message: String,
    /// Byte offset where the match starts in the revision text.
    pub span_start: i64,
    /// Byte offset where the match ends.
    pub span_end: i64,
    /// Byte offset where the sentence starts.
    pub sentence_start: i64,
    /// Byte offset where the sentence ends.
    pub sentence_end: i64,
    /// 1-based line in the original file.
    pub line: i64,
    /// 1-based column in the original file.
    pub col: i64,
    /// 1-based end line.
    pub end_line: i64,
    /// 1-based end column.
    pub end_col: i64,
    /// Section title.
    pub section: Option<String>,
    /// Section kind name.
    pub section_kind: String,
    /// BCP 14 strength name.
    pub strength: String,
    /// Whether the clause negates the match.
    pub negated: bool,
    /// Weight towards the verdict.
    pub weight: f64,
    /// Calibrated confidence (none for findings stored before it was computed).
    #[serde(default)]
    pub confidence: Option<f64>,
    /// Stable fingerprint.
    pub fingerprint: String,
    /// RFC 9620 question IDs.
    pub questions: Vec<String>,
}

impl From<&Finding> for NewFinding {
    fn from(finding: &Finding) -> NewFinding {
        NewFinding {
            code: finding.code.clone(),
            name: finding.name.clone(),
            family: finding.family.as_str().to_string(),
            polarity: finding.polarity.as_str().to_string(),
            severity: finding.severity.as_str().to_string(),
            message: finding.message.clone(),
            span_start: to_i64(finding.span.start),
            span_end: to_i64(finding.span.end),
            sentence_start: to_i64(finding.sentence.start),
            sentence_end: to_i64(finding.sentence.end),
            line: i64::from(finding.line),
            col: i64::from(finding.column),
            end_line: i64::from(finding.end_line),
            end_col: i64::from(finding.end_column),
            section: finding.section.clone(),
            section_kind: finding.section_kind.as_str().to_string(),
            strength: finding.strength.as_str().to_string(),
            negated: finding.negated,
            weight: f64::from(finding.weight),
            confidence: Some(f64::from(finding.confidence)),
            fingerprint: finding.fingerprint.clone(),
            questions: finding.questions.clone(),
        }
    }
}

/// An assessment to store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewAssessment {
    /// Family.
    pub family: String,
    /// Verdict name (`creates`).
    pub verdict: String,
    /// Net score.
    pub score: f64,
    /// Summed risk weight.
    pub risk: f64,
    /// Summed mitigation weight.
    pub mitigation: f64,
    /// Number of context findings.
    pub context: i64,
    /// Number of findings of the family.
    pub findings: i64,
    /// Calibrated confidence of the verdict (none for verdicts stored before it was computed).
    #[serde(default)]
    pub confidence: Option<f64>,
}

impl From<&Assessment> for NewAssessment {
    fn from(assessment: &Assessment) -> NewAssessment {
        NewAssessment {
            family: assessment.family.as_str().to_string(),
            verdict: assessment.verdict.as_str().to_string(),
            score: f64::from(assessment.score),
            risk: f64::from(assessment.risk),
            mitigation: f64::from(assessment.mitigation),
            context: to_i64(assessment.context),
            findings: to_i64(assessment.findings),
            confidence: Some(f64::from(assessment.confidence)),
        }
    }
}

/// Kinds of lifecycle event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// A new revision was posted.
    Revision,
    /// A state change (IESG state, W3C maturity).
    State,
    /// Last Call started.
    LastCallStart,
    /// Last Call ends (the comment deadline).
    LastCallEnd,
    /// Published.
    Published,
    /// Obsoleted by another document.
    ObsoletedBy,
    /// Updated by another document.
    UpdatedBy,
    /// Obsoletes another document.
    Obsoletes,
    /// Updates another document.
    Updates,
    /// The draft became an RFC.
    BecameRfc,
}

impl EventKind {
    /// Every kind.
    pub const ALL: [EventKind; 10] = [
        EventKind::Revision,
        EventKind::State,
        EventKind::LastCallStart,
        EventKind::LastCallEnd,
        EventKind::Published,
        EventKind::ObsoletedBy,
        EventKind::UpdatedBy,
        EventKind::Obsoletes,
        EventKind::Updates,
        EventKind::BecameRfc,
    ];

    /// The stored name (`last-call-end`).
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Revision => "revision",
            EventKind::State => "state",
            EventKind::LastCallStart => "last-call-start",
            EventKind::LastCallEnd => "last-call-end",
            EventKind::Published => "published",
            EventKind::ObsoletedBy => "obsoleted-by",
            EventKind::UpdatedBy => "updated-by",
            EventKind::Obsoletes => "obsoletes",
            EventKind::Updates => "updates",
            EventKind::BecameRfc => "became-rfc",
        }
    }

    /// Parses a stored name.
    pub fn from_name(name: &str) -> Option<EventKind> {
        EventKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }
}

/// A lifecycle event of a document. Storing the same (kind, date, detail) twice keeps one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewEvent {
    /// Date, ISO `YYYY-MM-DD` (or `YYYY-MM`); other printed forms are normalised when recognised.
    pub at: String,
    /// What happened.
    pub kind: EventKind,
    /// Details (the new state, the other document's name); may be empty.
    pub detail: String,
    /// Where it came from (`rfc-index`, `datatracker`, `document`).
    pub source: String,
}

/// Kinds of relation between documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RelationKind {
    /// The document obsoletes the other one.
    Obsoletes,
    /// The document updates the other one.
    Updates,
}

impl RelationKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Obsoletes => "obsoletes",
            RelationKind::Updates => "updates",
        }
    }

    /// Parses a stored name.
    pub fn from_name(name: &str) -> Option<RelationKind> {
        match name {
            "obsoletes" => Some(RelationKind::Obsoletes),
            "updates" => Some(RelationKind::Updates),
            _ => None,
        }
    }
}

/// A relation from a document to another document, named (it need not be stored yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewRelation {
    /// Kind.
    pub kind: RelationKind,
    /// The other document's name (`rfc2616`).
    pub to: String,
}

/// One parsed and checked revision of a document with everything stored alongside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewRevision {
    /// The document it belongs to; merged into the stored document.
    pub document: DocumentFacts,
    /// Revision (`03`) for drafts, `None` for RFCs and undated specs.
    pub rev: Option<String>,
    /// Date of the revision, ISO when known.
    pub date: Option<String>,
    /// Format name (`rfc-text`).
    pub format: String,
    /// Path or label of the input.
    pub path: String,
    /// SHA-256 of the original bytes: the revision's identity.
    pub sha256: String,
    /// Size of the original in bytes.
    pub size: i64,
    /// Title as the revision states it.
    pub title: Option<String>,
    /// Normalised plain text.
    pub text: String,
    /// Sections.
    pub sections: Vec<StoredSection>,
    /// The document's metadata as JSON (authors and all).
    pub meta: serde_json::Value,
    /// Findings.
    pub findings: Vec<NewFinding>,
    /// Assessments, one per family.
    pub assessments: Vec<NewAssessment>,
    /// Lifecycle events learnt with the revision.
    pub events: Vec<NewEvent>,
    /// Relations learnt with the revision (obsoletes/updates).
    pub relations: Vec<NewRelation>,
    /// Entries of the revision's reference lists.
    #[serde(default)]
    pub references: Vec<crate::refs::NewReference>,
    /// Considerations sections the revision has.
    #[serde(default)]
    pub considerations: Vec<crate::refs::NewConsideration>,
}

impl NewRevision {
    /// Builds a revision from a parsed document and its check result. `facts` adds or overrides
    /// document-level metadata (an empty `facts.name` takes the document's own name); fields it leaves
    /// `None` come from the document. Returns `None` when no name is known at all.
    pub fn from_check(
        document: &Document,
        check: &CheckResult,
        facts: DocumentFacts,
    ) -> Option<NewRevision> {
        let meta = &document.meta;
        let name = if facts.name.is_empty() {
            meta.name.clone()?
        } else {
            facts.name.clone()
        };
        let sdo = facts
            .sdo
            .clone()
            .or_else(|| (meta.sdo != Sdo::Unknown).then(|| sdo_name(meta.sdo).to_string()));
        let abstract_text = facts
            .abstract_text
            .clone()
            .or_else(|| abstract_of(document));
        let rfc_number = facts.rfc_number.or_else(|| meta.rfc_number.map(i64::from));
        let mut relations: Vec<NewRelation> = meta
            .obsoletes
            .iter()
            .map(|number| NewRelation {
                kind: RelationKind::Obsoletes,
                to: format!("rfc{number}"),
            })
            .collect();
        relations.extend(meta.updates.iter().map(|number| NewRelation {
            kind: RelationKind::Updates,
            to: format!("rfc{number}"),
        }));
        let facts = DocumentFacts {
            name,
            sdo,
            title: facts.title.or_else(|| meta.title.clone()),
            stream: facts.stream.or_else(|| meta.stream.clone()),
            wg: facts.wg.or_else(|| meta.workgroup.clone()),
            status: facts.status.or_else(|| meta.status.clone()),
            rfc_number,
            abstract_text,
            ..facts
        };
        Some(NewRevision {
            document: facts,
            rev: meta.rev.clone(),
            date: meta.date.as_deref().map(normalise_date),
            format: document.source.format.as_str().to_string(),
            path: document.source.path.clone(),
            sha256: document.source.sha256.clone(),
            size: i64::try_from(document.source.size).unwrap_or(i64::MAX),
            title: meta.title.clone(),
            text: document.text.clone(),
            sections: document
                .sections
                .iter()
                .map(|section| StoredSection {
                    number: section.number.clone(),
                    title: section.title.clone(),
                    kind: section.kind.as_str().to_string(),
                    start: section.range.start,
                    end: section.range.end,
                    depth: section.depth,
                    anchor: section.anchor.clone(),
                })
                .collect(),
            meta: serde_json::to_value(meta).unwrap_or(serde_json::Value::Null),
            findings: check.findings.iter().map(NewFinding::from).collect(),
            assessments: check.assessments.iter().map(NewAssessment::from).collect(),
            events: Vec::new(),
            relations,
            references: crate::refs::references_from(document),
            considerations: crate::refs::considerations_from(document),
        })
    }
}

/// The abstract's text without its heading line.
fn abstract_of(document: &Document) -> Option<String> {
    let section = document.sections_of(SectionKind::Abstract).next()?;
    let text = document.section_text(section);
    let body = match text.split_once('\n') {
        Some((first, rest)) if first.contains(section.title.trim()) => rest,
        _ => text,
    };
    let body = body.trim();
    (!body.is_empty()).then(|| body.to_string())
}

fn to_i64(value: usize) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// How many revisions a batch added and how many were already stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PutSummary {
    /// Revisions written.
    pub inserted: usize,
    /// Revisions skipped because their sha256 was already stored.
    pub unchanged: usize,
}

/// A stored document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentRecord {
    /// Row id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Standards body.
    pub sdo: String,
    /// Kind.
    pub kind: DocumentKind,
    /// Title.
    pub title: Option<String>,
    /// Stream.
    pub stream: Option<String>,
    /// Working group.
    pub wg: Option<String>,
    /// Area.
    pub area: Option<String>,
    /// Status.
    pub status: Option<String>,
    /// RFC number.
    pub rfc_number: Option<i64>,
    /// The RFC a draft became.
    pub became_rfc: Option<i64>,
    /// DOI.
    pub doi: Option<String>,
    /// Keywords.
    pub keywords: Vec<String>,
    /// Abstract.
    pub abstract_text: Option<String>,
    /// When first stored (ISO 8601 UTC).
    pub created_at: String,
    /// When last changed.
    pub updated_at: String,
}

/// A stored revision without its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RevisionRecord {
    /// Row id.
    pub id: i64,
    /// Name of the document it belongs to.
    pub document: String,
    /// Revision.
    pub rev: Option<String>,
    /// Date.
    pub date: Option<String>,
    /// Format.
    pub format: String,
    /// Path.
    pub path: String,
    /// SHA-256.
    pub sha256: String,
    /// Size in bytes.
    pub size: i64,
    /// Title.
    pub title: Option<String>,
    /// Number of findings stored with it.
    pub finding_count: i64,
    /// When it was stored.
    pub parsed_at: String,
}

/// A relation as stored, seen from either end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelationRecord {
    /// The document that obsoletes or updates.
    pub from: String,
    /// The document obsoleted or updated.
    pub to: String,
    /// Kind.
    pub kind: RelationKind,
}

/// A document with its history: its revisions, the revisions of the RFC it became (or of the drafts that
/// became it), drafts first by revision number, then the RFC; and its relations both ways.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentView {
    /// The document.
    pub document: DocumentRecord,
    /// Revisions in order.
    pub revisions: Vec<RevisionRecord>,
    /// Relations from and to this document.
    pub relations: Vec<RelationRecord>,
}

/// A stored finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingRecord {
    /// Row id.
    pub id: i64,
    /// Revision row id.
    pub revision_id: i64,
    /// The finding as it was stored.
    #[serde(flatten)]
    pub finding: NewFinding,
}

/// A stored assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssessmentRecord {
    /// Revision row id.
    pub revision_id: i64,
    /// The assessment as it was stored.
    #[serde(flatten)]
    pub assessment: NewAssessment,
}

/// One entry of a document's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum TimelineEntry {
    /// A stored revision.
    Revision {
        /// Date of the revision (or when it was stored, if undated).
        at: String,
        /// Document name.
        document: String,
        /// Revision row id.
        revision_id: i64,
        /// Revision.
        rev: Option<String>,
    },
    /// A lifecycle event.
    Event {
        /// Date.
        at: String,
        /// Document name.
        document: String,
        /// Kind.
        kind: EventKind,
        /// Detail.
        detail: String,
        /// Source.
        source: String,
    },
}

impl TimelineEntry {
    /// The entry's date.
    pub fn at(&self) -> &str {
        match self {
            TimelineEntry::Revision { at, .. } | TimelineEntry::Event { at, .. } => at,
        }
    }
}

/// Row counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Documents.
    pub documents: i64,
    /// Revisions.
    pub revisions: i64,
    /// Findings.
    pub findings: i64,
}

/// A recorded ingest error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IngestErrorRecord {
    /// Row id.
    pub id: i64,
    /// Path of the input.
    pub path: String,
    /// SHA-256 of the input, if it was read.
    pub sha256: Option<String>,
    /// What went wrong.
    pub message: String,
    /// When (ISO 8601 UTC).
    pub at: String,
}

/// What a search index needs of a document's latest revision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndexRecord {
    /// The document.
    pub document: DocumentRecord,
    /// The latest revision.
    pub revision: RevisionRecord,
    /// Section titles in document order.
    pub section_titles: Vec<String>,
    /// The revision text.
    pub body: String,
    /// The revision's metadata.
    pub meta: serde_json::Value,
    /// The revision's assessments.
    pub assessments: Vec<AssessmentRecord>,
}
