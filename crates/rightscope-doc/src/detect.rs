//! Format detection from content, with the file extension only as a tie-breaker.

use crate::error::DocError;
use crate::model::Format;

/// How many leading bytes are sniffed.
const SNIFF: usize = 8192;

/// Detects the format of `bytes`; `path` (may be empty) breaks ties between text-like formats.
pub fn detect_format(bytes: &[u8], path: &str) -> Result<Format, DocError> {
    if bytes.is_empty() {
        return Err(DocError::Empty);
    }
    let head = &bytes[..bytes.len().min(SNIFF)];
    let body = strip_bom(head);
    let trimmed = trim_ascii_start(body);
    if trimmed.starts_with(b"%PDF-") || head.windows(5).take(1024).any(|w| w == b"%PDF-") {
        return Ok(Format::Pdf);
    }
    if looks_binary(head) {
        return Err(DocError::Unrecognised {
            reason: "it contains binary data (NUL or control bytes), not text".into(),
        });
    }
    let extension = extension(path);
    if trimmed.starts_with(b"<") {
        let lower = ascii_lowercase(trimmed);
        if contains(&lower, b"<rfc") && !contains(&lower, b"<html") {
            return Ok(Format::RfcXml);
        }
        if contains(&lower, b"<html")
            || lower.starts_with(b"<!doctype html")
            || contains(&lower, b"<head")
            || contains(&lower, b"<body")
        {
            return Ok(Format::Html);
        }
        if lower.starts_with(b"<?xml") || lower.starts_with(b"<!doctype") {
            return Ok(if matches!(extension.as_str(), "html" | "htm" | "xhtml") {
                Format::Html
            } else {
                Format::RfcXml
            });
        }
    }
    if is_front_matter(trimmed) {
        return Ok(Format::Markdown);
    }
    Ok(match extension.as_str() {
        "md" | "mkd" | "markdown" => Format::Markdown,
        "html" | "htm" | "xhtml" if trimmed.contains(&b'<') => Format::Html,
        "xml" if trimmed.contains(&b'<') => Format::RfcXml,
        _ => Format::RfcText,
    })
}

/// Removes a UTF-8 byte order mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

fn trim_ascii_start(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

/// YAML front matter as kramdown-rfc writes it: `---` then `title:`/`docname:`-style keys.
fn is_front_matter(bytes: &[u8]) -> bool {
    let Some(rest) = bytes.strip_prefix(b"---") else {
        return false;
    };
    if !rest.starts_with(b"\n") && !rest.starts_with(b"\r\n") && !rest.starts_with(b" ") {
        return false;
    }
    let lower = ascii_lowercase(&rest[..rest.len().min(4096)]);
    [
        &b"\ntitle:"[..],
        b"\ndocname:",
        b"\nabbrev:",
        b"\nauthor:",
        b"\nstand_alone:",
    ]
    .iter()
    .any(|key| contains(&lower, key))
        || lower.starts_with(b"\ntitle:")
}

/// Binary formats by their magic numbers, or many C0 control characters (other than tab, CR, LF, FF), or
/// mostly NUL bytes. A few NULs are allowed: old RFCs carry NUL fill after page footers.
fn looks_binary(head: &[u8]) -> bool {
    const MAGIC: [&[u8]; 9] = [
        b"\x7fELF",
        b"\x89PNG",
        b"GIF8",
        b"\xff\xd8\xff",
        b"PK\x03\x04",
        b"\x1f\x8b",
        b"\x28\xb5\x2f\xfd",
        b"BZh",
        b"\xfd7zXZ",
    ];
    if MAGIC.iter().any(|magic| head.starts_with(magic)) {
        return true;
    }
    let nuls = head.iter().filter(|&&b| b == 0).count();
    let controls = head
        .iter()
        .filter(|&&b| b != 0 && b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    let len = head.len().max(1);
    controls * 20 > len || nuls * 2 > len || (nuls > 0 && !head.contains(&b'\n'))
}

fn ascii_lowercase(bytes: &[u8]) -> Vec<u8> {
    bytes.to_ascii_lowercase()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

fn extension(path: &str) -> String {
    std::path::Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_content_not_extension() {
        assert_eq!(
            detect_format(b"<?xml version='1.0'?>\n<rfc number='1'/>", "x.txt"),
            Ok(Format::RfcXml)
        );
        assert_eq!(
            detect_format(b"<!DOCTYPE html><html></html>", "a.xml"),
            Ok(Format::Html)
        );
        assert_eq!(
            detect_format(b"---\ntitle: A\ndocname: draft-a-00\n---\n# x", "a.txt"),
            Ok(Format::Markdown)
        );
        assert_eq!(detect_format(b"%PDF-1.7\n...", "a.txt"), Ok(Format::Pdf));
        assert_eq!(
            detect_format(b"\xEF\xBB\xBFRFC 9999   x\n", "a.txt"),
            Ok(Format::RfcText)
        );
        assert_eq!(
            detect_format(b"Network Working Group   X\n", "a"),
            Ok(Format::RfcText)
        );
    }

    #[test]
    fn rejects_empty_and_binary() {
        assert_eq!(detect_format(b"", "a"), Err(DocError::Empty));
        assert!(matches!(
            detect_format(b"\x00\x01\x02abc", "a"),
            Err(DocError::Unrecognised { .. })
        ));
        assert!(matches!(
            detect_format(b"\x7fELF\x02\x01\x01", "a"),
            Err(DocError::Unrecognised { .. })
        ));
        assert_eq!(
            detect_format(b"text\n   [page 1]\n\x00\x00\x00\nmore text here\n", "a"),
            Ok(Format::RfcText)
        );
    }
}
