//! A finding: one rule firing on one passage, with its context and position in the original file.

use std::ops::Range;

use rightscope_doc::{Document, SectionKind};
use serde::Serialize;

use crate::engine::fingerprint;
use crate::rule::{Family, Polarity, Rule, RuleKind, Severity, Strength};

/// One rule firing on one passage of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Rule code (`LI001`).
    pub code: String,
    /// Rule name (`interception-interface`).
    pub name: String,
    /// Risk family.
    pub family: Family,
    /// How the rule looks at the document: an `absence` finding is about the whole document, wherever
    /// it is anchored.
    pub kind: RuleKind,
    /// Direction after context: risk, mitigation or context.
    pub polarity: Polarity,
    /// Severity of the rule.
    pub severity: Severity,
    /// The rule's one-line summary.
    pub message: String,
    /// Byte range of the matched words in the document text.
    pub span: Range<usize>,
    /// Byte range of the sentence around them.
    pub sentence: Range<usize>,
    /// 1-based line of the match in the original file.
    pub line: u32,
    /// 1-based column of the match in the original file.
    pub column: u32,
    /// 1-based line of the end of the match in the original file.
    pub end_line: u32,
    /// 1-based column just after the match in the original file.
    pub end_column: u32,
    /// Title of the section the match is in.
    pub section: Option<String>,
    /// Kind of that section.
    pub section_kind: SectionKind,
    /// BCP 14 strength of the sentence.
    pub strength: Strength,
    /// Whether the clause negates or counters the match.
    pub negated: bool,
    /// How much the finding counts towards the family's verdict.
    pub weight: f32,
    /// How likely people who read the whole document confirm this finding (0–1, calibrated on the
    /// development labels; see `confidence.rs`).
    pub confidence: f32,
    /// RFC 9620 questions.
    pub questions: Vec<String>,
    /// Stable identity across revisions: rule code + normalised sentence.
    pub fingerprint: String,
}

/// The rule's summary, saying so when the passage turns it around ("MUST NOT include the MAC address").
fn message(rule: &Rule, polarity: Polarity) -> String {
    let summary = rule
        .summary
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match (rule.polarity, polarity) {
        (Polarity::Risk, Polarity::Mitigation) => format!("This passage rules this out: {summary}"),
        (Polarity::Mitigation, Polarity::Risk) => {
            format!("This passage weakens a protection: {summary}")
        }
        (Polarity::Risk, Polarity::Context) => {
            format!("Discussed as a threat, not required: {summary}")
        }
        _ => summary,
    }
}

impl Finding {
    /// Builds a finding, resolving positions through the document's source map.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        document: &Document,
        rule: &Rule,
        polarity: Polarity,
        span: Range<usize>,
        sentence: Range<usize>,
        strength: Strength,
        negated: bool,
        weight: f32,
    ) -> Finding {
        let start = document.position(span.start);
        let end = document.position(span.end);
        let section = document.section_at(span.start);
        let sentence_text = document.text.get(sentence.clone()).unwrap_or("");
        Finding {
            code: rule.code.clone(),
            name: rule.name.clone(),
            family: rule.family,
            kind: rule.kind,
            polarity,
            severity: rule.severity,
            message: message(rule, polarity),
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            section: section.map(|section| match &section.number {
                Some(number) => format!("{number} {}", section.title),
                None => section.title.clone(),
            }),
            section_kind: section.map_or(SectionKind::Body, |section| section.kind),
            strength,
            negated,
            weight,
            confidence: 0.5,
            questions: rule.questions.clone(),
            fingerprint: fingerprint(&rule.code, sentence_text),
            span,
            sentence,
        }
    }
}
