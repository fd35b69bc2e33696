//! Which considerations sections a document has, and whether each says something.
//!
//! A section is **substantive** unless its body (the text after the heading, subsections included)
//! is shorter than [`MIN_WORDS`] words, or shorter than [`NULL_STATEMENT_WORDS`] words and contains a
//! null statement: "None.", "This document has no … considerations", "no actions for IANA",
//! "not discussed in this memo", "does not introduce any new security …". Long sections that mention
//! one such phrase in passing stay substantive.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::model::{Document, SectionKind};

/// A body shorter than this many words is never substantive.
pub const MIN_WORDS: usize = 8;
/// A body shorter than this many words with a null statement is not substantive.
pub const NULL_STATEMENT_WORDS: usize = 60;

/// The considerations kinds trends report on.
pub const TRACKED: [SectionKind; 4] = [
    SectionKind::SecurityConsiderations,
    SectionKind::PrivacyConsiderations,
    SectionKind::HumanRightsConsiderations,
    SectionKind::IanaConsiderations,
];

static NULL_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        ^\W*none\W*$
        | \b(has|have|makes?|contains?|includes?|raises?|introduces?|adds?|presents?|requires?|there\s+are)\s+
          (no|not\s+any)\s+(new\s+|additional\s+|further\s+|specific\s+|special\s+|known\s+|iana\s+)*
          (\w+\s+){0,3}(considerations|issues|concerns|actions?|requests?|implications|impact|registrations?|assignments?)
        | \bno\s+(new\s+|additional\s+|further\s+)?(iana\s+)?(actions?|requests?|considerations)\b
        | \bnot\s+(discussed|addressed|considered)\s+in\s+this\s+(memo|document|rfc)
        | \bdoes\s+not\s+(introduce|raise|create|add|require|have)\s+any\b
        | \bnot\s+(believed|known|thought)\s+to\s+(raise|introduce|have|create)\b
        | \bnothing\s+(to\s+(add|report)|new)\b
        ",
    )
    .expect("valid regex")
});

/// One considerations kind as a document has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Consideration {
    /// Security, Privacy, Human Rights or IANA Considerations.
    pub kind: SectionKind,
    /// Whether any section of that kind is substantive (see the module documentation).
    pub substantive: bool,
    /// Words in the longest body of that kind.
    pub words: usize,
}

/// The tracked considerations kinds present in a document, one entry per kind.
pub fn considerations(doc: &Document) -> Vec<Consideration> {
    let mut out: Vec<Consideration> = Vec::new();
    for section in &doc.sections {
        if !TRACKED.contains(&section.kind) {
            continue;
        }
        // A subsection of a considerations section is judged with its parent.
        let nested = out.iter().any(|c| c.kind == section.kind)
            && doc.sections.iter().any(|parent| {
                parent.kind == section.kind
                    && parent.depth < section.depth
                    && parent.range.start <= section.range.start
                    && parent.range.end >= section.range.end
            });
        if nested {
            continue;
        }
        let text = doc.section_text(section);
        let body = text.split_once('\n').map_or("", |(_, rest)| rest);
        let (substantive, words) = judge(body);
        match out.iter_mut().find(|c| c.kind == section.kind) {
            Some(seen) => {
                seen.substantive |= substantive;
                seen.words = seen.words.max(words);
            }
            None => out.push(Consideration {
                kind: section.kind,
                substantive,
                words,
            }),
        }
    }
    out
}

/// Whether a considerations body is substantive, and its word count.
pub fn judge(body: &str) -> (bool, usize) {
    let words = body.split_whitespace().count();
    if words < MIN_WORDS {
        return (false, words);
    }
    let flat = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let null = NULL_STATEMENT.is_match(&flat);
    (!(null && words < NULL_STATEMENT_WORDS), words)
}

#[cfg(test)]
mod tests {
    use super::judge;

    #[test]
    fn null_statements_are_not_substantive() {
        for body in [
            "None.",
            "This document has no IANA actions.",
            "This memo includes no request to IANA.",
            "This document makes no requests of IANA. [RFC Editor: please remove this section.]",
            "Security issues are not discussed in this memo.",
            "This document does not introduce any new security considerations beyond those of RFC 8446.",
            "There are no privacy considerations specific to this document.",
        ] {
            assert!(!judge(body).0, "{body}");
        }
    }

    #[test]
    fn real_sections_are_substantive() {
        let body = "An attacker on the path can observe the queries and learn which names a client \
                    resolves; implementations MUST use TLS and SHOULD pad messages to hide lengths.";
        assert!(judge(body).0);
        let long = format!(
            "This document has no new considerations. {}",
            "word ".repeat(80)
        );
        assert!(judge(&long).0);
    }
}
