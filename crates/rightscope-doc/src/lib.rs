//! Reads standards documents — RFC and Internet-Draft text, RFC XML, kramdown-rfc Markdown, W3C HTML
//! and PDF — into one [`Document`] model: normalised text, sections with kinds, metadata, and a map
//! back to the original lines.
//!
//! Pure: bytes in, values out. No file system, no network, no printing.

mod builder;
pub mod considerations;
mod dates;
mod decode;
mod detect;
mod error;
mod html;
mod limits;
mod markdown;
mod model;
#[cfg(feature = "pdf")]
mod pdf;
pub mod references;
mod sections;
mod source_map;
mod text;
mod xml;

pub use builder::DocumentBuilder;
pub use detect::detect_format;
pub use error::DocError;
pub use limits::Limits;
pub use model::{Author, Document, Format, Meta, Sdo, Section, SectionKind, SourceInfo, Warning};
pub use references::{Reference, ReferenceKind};
pub use sections::{classify_title, section_kind};
pub use source_map::{LineIndex, SourceMap, SourcePosition};
pub use text::strip_pagination;

use sha2::{Digest, Sha256};

/// Reads a document, detecting its format from the content (`path` breaks ties and labels the result).
pub fn parse(bytes: &[u8], path: &str, limits: &Limits) -> Result<Document, DocError> {
    check_size(bytes, limits)?;
    let format = detect_format(bytes, path)?;
    parse_as(format, bytes, path, limits)
}

/// Reads a document in a known format.
pub fn parse_as(
    format: Format,
    bytes: &[u8],
    path: &str,
    limits: &Limits,
) -> Result<Document, DocError> {
    check_size(bytes, limits)?;
    let source = SourceInfo {
        path: path.to_string(),
        format,
        sha256: sha256_hex(bytes),
        size: bytes.len() as u64,
    };
    let mut doc = match format {
        Format::RfcText => text::parse(bytes, source, limits),
        Format::RfcXml => xml::parse(bytes, source, limits),
        Format::Markdown => markdown::parse(bytes, source, limits),
        Format::Html => html::parse(bytes, source, limits),
        #[cfg(feature = "pdf")]
        Format::Pdf => pdf::parse(bytes, source, limits),
        #[cfg(not(feature = "pdf"))]
        Format::Pdf => Err(DocError::FeatureDisabled {
            format,
            feature: "pdf",
        }),
    }?;
    // RFC XML and kramdown-rfc read their references from structure; the rest from the text.
    if doc.references.is_empty() {
        doc.references = references::from_text(&doc);
    } else {
        let mut found = std::mem::take(&mut doc.references);
        references::locate(&doc, &mut found);
        doc.references = found;
    }
    Ok(doc)
}

fn check_size(bytes: &[u8], limits: &Limits) -> Result<(), DocError> {
    if bytes.is_empty() {
        return Err(DocError::Empty);
    }
    let size = bytes.len() as u64;
    if size > limits.max_size {
        return Err(DocError::TooLarge {
            size,
            limit: limits.max_size,
        });
    }
    // A UTF-16 byte order mark: read as Windows-1252 this would be NUL-separated letters.
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(DocError::Unrecognised {
            reason: "it is UTF-16 (byte order mark at the start); convert it to UTF-8".into(),
        });
    }
    Ok(())
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest {
        hex.push(char::from(b"0123456789abcdef"[usize::from(byte >> 4)]));
        hex.push(char::from(b"0123456789abcdef"[usize::from(byte & 0x0f)]));
    }
    hex
}
