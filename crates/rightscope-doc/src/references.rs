//! Normative and informative references of a document, with their targets normalised to store names.
//!
//! Text-like formats (RFC text, PDF, W3C HTML) are read from the References sections of the
//! normalised text: an entry starts with a `[LABEL]` at the start of a line and runs to the next one.
//! RFC XML and kramdown-rfc carry their references as structure and are read from it by their
//! parsers; [`locate`] then finds each entry's span in the rendered text by its label.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::model::{Document, Section, SectionKind};

/// Whether a reference is normative, informative, or in a list that does not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceKind {
    /// Listed under Normative References: needed to implement the document.
    Normative,
    /// Listed under Informative References.
    Informative,
    /// Listed under a plain References heading (older RFCs) or a list that does not say.
    Unknown,
}

impl ReferenceKind {
    /// Lower-case name used in the store and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            ReferenceKind::Normative => "normative",
            ReferenceKind::Informative => "informative",
            ReferenceKind::Unknown => "unknown",
        }
    }

    /// Parses [`ReferenceKind::as_str`]; anything else is `Unknown`.
    pub fn from_name(name: &str) -> ReferenceKind {
        match name {
            "normative" => ReferenceKind::Normative,
            "informative" => ReferenceKind::Informative,
            _ => ReferenceKind::Unknown,
        }
    }

    /// The kind a reference list's title implies (`Normative References` → normative).
    pub fn from_title(title: &str) -> ReferenceKind {
        let lower = title.to_ascii_lowercase();
        let informative = lower.contains("informative") || lower.contains("non-normative");
        let normative = lower.replace("non-normative", "").contains("normative");
        if informative && !normative {
            ReferenceKind::Informative
        } else if normative && !informative {
            ReferenceKind::Normative
        } else {
            ReferenceKind::Unknown
        }
    }
}

impl std::fmt::Display for ReferenceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One entry of a reference list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reference {
    /// The label the document cites it by, without brackets (`RFC2119`, `TLS13`, `I-D.ietf-foo-bar`).
    pub label: String,
    /// Normative, informative or unknown.
    pub kind: ReferenceKind,
    /// The referenced document as a store name (`rfc2119`, `draft-ietf-foo-bar`, `bcp14`, a W3C shortname).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Title of the referenced work, if the entry gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Byte range of the entry in `Document::text`, if it is rendered there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Range<usize>>,
}

static ENTRY_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]{0,10}\[([^\]\s\[][^\]\[\n]{0,100})\](?:[ \t]|$)").expect("valid regex")
});
static RFC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bRFC[ -]?0*([1-9][0-9]{0,4})\b").expect("valid regex"));
static DRAFT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bdraft-[a-z0-9][a-z0-9-]*[a-z0-9]").expect("valid regex"));
static W3C_TR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:w3\.org/TR/)(?:[0-9]{4}/)?(?:(?:REC|WD|CR|CRD|PR|PER|NOTE|FPWD|DNOTE|SPSD)-)?([A-Za-z0-9._-]+)")
        .expect("valid regex")
});
static SERIES_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(RFC|BCP|STD)[ -]?0*([1-9][0-9]{0,4})$").expect("valid regex")
});
static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""([^"]{2,400})"|“([^”]{2,400})”"#).expect("valid regex"));

/// References found in the References sections of a document's text.
pub fn from_text(doc: &Document) -> Vec<Reference> {
    let mut out = Vec::new();
    for (index, section) in doc.sections.iter().enumerate() {
        if section.kind != SectionKind::References {
            continue;
        }
        let kind = list_kind(doc, index);
        for range in own_ranges(doc, index) {
            entries_in(&doc.text, range, kind, &mut out);
        }
    }
    out
}

/// The kind of a reference list: its own title, or the nearest enclosing References title that says.
fn list_kind(doc: &Document, index: usize) -> ReferenceKind {
    let Some(section) = doc.sections.get(index) else {
        return ReferenceKind::Unknown;
    };
    let own = ReferenceKind::from_title(&section.title);
    if own != ReferenceKind::Unknown {
        return own;
    }
    doc.sections[..index]
        .iter()
        .rev()
        .filter(|parent| {
            parent.depth < section.depth
                && parent.range.start <= section.range.start
                && parent.range.end >= section.range.end
        })
        .map(|parent| ReferenceKind::from_title(&parent.title))
        .find(|kind| *kind != ReferenceKind::Unknown)
        .unwrap_or(ReferenceKind::Unknown)
}

/// The parts of a section's range not covered by its subsections.
fn own_ranges(doc: &Document, index: usize) -> Vec<Range<usize>> {
    let Some(section) = doc.sections.get(index) else {
        return Vec::new();
    };
    let children: Vec<&Section> = doc.sections[index + 1..]
        .iter()
        .take_while(|child| child.range.start < section.range.end)
        .filter(|child| child.depth > section.depth)
        .collect();
    let mut ranges = Vec::new();
    let mut start = section.range.start;
    for child in children {
        if child.range.start > start {
            ranges.push(start..child.range.start);
        }
        start = start.max(child.range.end);
    }
    if start < section.range.end {
        ranges.push(start..section.range.end);
    }
    ranges
}

/// Appends the `[LABEL] …` entries of one stretch of text.
fn entries_in(text: &str, range: Range<usize>, kind: ReferenceKind, out: &mut Vec<Reference>) {
    let Some(body) = text.get(range.clone()) else {
        return;
    };
    let starts: Vec<(usize, usize, &str)> = ENTRY_START
        .captures_iter(body)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let label = caps.get(1)?;
            Some((whole.start(), label.end() + 1, label.as_str()))
        })
        .collect();
    for (i, (start, after_label, label)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(body.len(), |next| next.0);
        let entry = body.get(*after_label..end).unwrap_or("").trim_end();
        let label = label.trim();
        let lead = body
            .get(*start..end)
            .map_or(0, |s| s.len() - s.trim_start().len());
        let entry_start = range.start + start + lead;
        let entry_end = range.start + after_label + entry.len();
        out.push(Reference {
            label: label.to_string(),
            kind,
            target: target_from_text(label, entry),
            title: title_from_text(entry),
            span: Some(entry_start..entry_end.max(entry_start)),
        });
    }
}

/// The store name a label denotes on its own: `RFC2119` → `rfc2119`, `I-D.ietf-foo` → `draft-ietf-foo`.
pub fn target_from_label(label: &str) -> Option<String> {
    let label = label.trim();
    if let Some(caps) = SERIES_LABEL.captures(label) {
        let series = caps.get(1)?.as_str().to_ascii_lowercase();
        let number = caps.get(2)?.as_str();
        return Some(format!("{series}{number}"));
    }
    if let Some(rest) = label
        .strip_prefix("I-D.")
        .or_else(|| label.strip_prefix("i-d."))
    {
        let rest = rest.to_ascii_lowercase();
        let name = if rest.starts_with("draft-") {
            rest
        } else {
            format!("draft-{rest}")
        };
        return Some(draft_name(&name));
    }
    if label.starts_with("draft-") {
        return Some(draft_name(&label.to_ascii_lowercase()));
    }
    None
}

/// The store name of a reference from its label and entry text.
pub fn target_from_text(label: &str, entry: &str) -> Option<String> {
    if let Some(target) = target_from_label(label) {
        return Some(target);
    }
    let flat = entry.split_whitespace().collect::<Vec<_>>().join(" ");
    // A draft reference may be wrapped at a hyphen: `draft-ietf-foo-` / `bar-03`.
    let joined = flat.replace("- ", "-");
    if let Some(found) = DRAFT.find(&joined) {
        return Some(draft_name(found.as_str()));
    }
    if let Some(caps) = RFC.captures(&flat) {
        return caps.get(1).map(|n| format!("rfc{}", n.as_str()));
    }
    w3c_shortname(&joined)
}

/// A W3C shortname from a `https://www.w3.org/TR/<shortname>/` link.
pub fn w3c_shortname(url: &str) -> Option<String> {
    let name = W3C_TR.captures(url)?.get(1)?.as_str();
    let name = name.trim_end_matches(['.', '-', '_']);
    // Dated versions end in `-YYYYMMDD`.
    let name = match name.rsplit_once('-') {
        Some((base, date)) if date.len() == 8 && date.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => name,
    };
    (!name.is_empty()).then(|| name.to_ascii_lowercase())
}

/// `draft-ietf-foo-bar-03` → `draft-ietf-foo-bar`; names without a revision are kept.
pub fn draft_name(name: &str) -> String {
    let name = name.trim().trim_end_matches(['.', ',', '-']);
    if let Some((base, rev)) = name.rsplit_once('-') {
        if rev.len() == 2 && rev.bytes().all(|b| b.is_ascii_digit()) && base.starts_with("draft-") {
            return base.to_string();
        }
    }
    name.to_string()
}

/// The first quoted string of an entry, whitespace collapsed.
fn title_from_text(entry: &str) -> Option<String> {
    let caps = QUOTED.captures(entry)?;
    let title = caps.get(1).or_else(|| caps.get(2))?.as_str();
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = title.trim_end_matches(',').to_string();
    (!title.is_empty()).then_some(title)
}

/// Sets the span of structured references from the entries rendered in the text, matched by label.
pub fn locate(doc: &Document, references: &mut [Reference]) {
    let rendered = from_text(doc);
    let mut used = vec![false; rendered.len()];
    for reference in references.iter_mut() {
        if reference.span.is_some() {
            continue;
        }
        let found = rendered
            .iter()
            .enumerate()
            .find(|(i, r)| !used.get(*i).copied().unwrap_or(true) && r.label == reference.label);
        if let Some((i, r)) = found {
            reference.span = r.span.clone();
            if let Some(slot) = used.get_mut(i) {
                *slot = true;
            }
        }
    }
}

/// Pairs each expected reference with a distinct found one: same target when both have one, else same
/// label (case-insensitive). Used to compare the text and XML renderings of one RFC.
pub fn pair(expected: &[Reference], found: &[Reference]) -> Vec<Option<usize>> {
    let mut used = vec![false; found.len()];
    let mut out = vec![None; expected.len()];
    // Labels first (exact), then targets, so that two entries for one target pair up correctly.
    for pass in 0..2 {
        for (i, want) in expected.iter().enumerate() {
            if out.get(i).copied().flatten().is_some() {
                continue;
            }
            let hit = found.iter().enumerate().position(|(j, got)| {
                !used.get(j).copied().unwrap_or(true)
                    && if pass == 0 {
                        got.label.eq_ignore_ascii_case(&want.label)
                    } else {
                        want.target.is_some() && got.target == want.target
                    }
            });
            if let Some(j) = hit {
                if let Some(slot) = used.get_mut(j) {
                    *slot = true;
                }
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(j);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_from_labels_and_entries() {
        assert_eq!(target_from_label("RFC2119").as_deref(), Some("rfc2119"));
        assert_eq!(target_from_label("BCP14").as_deref(), Some("bcp14"));
        assert_eq!(
            target_from_label("I-D.ietf-tls-esni").as_deref(),
            Some("draft-ietf-tls-esni")
        );
        assert_eq!(
            target_from_text(
                "ECH",
                "Rescorla, E., \"TLS Encrypted Client Hello\", Work in Progress, Internet-Draft, draft-ietf-tls-\n   esni-17, 9 October 2023."
            )
            .as_deref(),
            Some("draft-ietf-tls-esni")
        );
        assert_eq!(
            target_from_text(
                "TLS",
                "Rescorla, E., \"The TLS Protocol\", RFC 8446, DOI 10.17487/RFC8446"
            )
            .as_deref(),
            Some("rfc8446")
        );
        assert_eq!(
            target_from_text(
                "fetch",
                "Fetch Standard. URL: https://www.w3.org/TR/2023/REC-webauthn-2-20230101/"
            )
            .as_deref(),
            Some("webauthn-2")
        );
        assert_eq!(
            w3c_shortname("https://www.w3.org/TR/payment-request/").as_deref(),
            Some("payment-request")
        );
        assert_eq!(target_from_text("X", "Someone, \"A paper\", 2008."), None);
    }

    #[test]
    fn kinds_from_titles() {
        assert_eq!(
            ReferenceKind::from_title("Normative References"),
            ReferenceKind::Normative
        );
        assert_eq!(
            ReferenceKind::from_title("Informative References"),
            ReferenceKind::Informative
        );
        assert_eq!(
            ReferenceKind::from_title("Non-normative References"),
            ReferenceKind::Informative
        );
        assert_eq!(
            ReferenceKind::from_title("References"),
            ReferenceKind::Unknown
        );
    }
}
