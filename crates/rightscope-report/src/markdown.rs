//! A Markdown review comment, ready to paste on a mailing list, in a GitHub issue or a pull-request review.
//!
//! Plain language first: per document, a table of the families with a verdict, then one section per family
//! with each finding's place (section and line), the quoted passage, why it matters (once per rule) and
//! what the authors could do, and the RFC 9620 questions the family's findings raise.

use std::collections::BTreeSet;
use std::fmt::Write;

use rightscope_rules::{Catalogue, Family, Finding, Polarity, Verdict, QUESTIONS};

use crate::questions::rfc9620_question;
use crate::result::DocumentResult;
use crate::text::family_sentence;

/// Longest quotation of a sentence in the comment.
const QUOTE_CHARS: usize = 240;

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text from a document or a rule, made safe inside a Markdown paragraph or quote: no HTML, no emphasis,
/// no accidental headings, lists or tables, and no control characters or bidirectional overrides.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in crate::text::terminal_safe(text).chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(ch);
            }
            _ => out.push(ch),
        }
    }
    out
}

fn quote(sentence: &str) -> String {
    let mut quote = one_line(sentence);
    if quote.chars().count() > QUOTE_CHARS {
        quote = quote.chars().take(QUOTE_CHARS).collect::<String>() + "…";
    }
    escape(&quote)
}

fn location(finding: &Finding) -> String {
    match &finding.section {
        Some(section) => format!("Section {}, line {}", escape(section), finding.line),
        None => format!("Line {}", finding.line),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One Markdown comment for the documents checked. `sentence_of` returns the text of a finding's sentence.
pub fn markdown_report<'a>(
    results: &[DocumentResult],
    catalogue: &Catalogue,
    sentence_of: impl Fn(&DocumentResult, &Finding) -> Option<&'a str>,
) -> String {
    let mut out = String::new();
    for result in results {
        let _ = writeln!(
            out,
            "## Human-rights review notes: {}",
            escape(&result.label())
        );
        if let Some(title) = &result.title {
            let _ = writeln!(out, "\n*{}*", escape(title));
        }
        let _ = writeln!(
            out,
            "\nThese notes were prepared with rightscope, which flags passages that may create or mitigate \
             human-rights risks, following the guidelines of RFC 9620. Each point quotes the passage so you \
             can judge it yourself; none of them is a verdict on the authors.\n"
        );
        let relevant: Vec<_> = result
            .assessments
            .iter()
            .filter(|a| a.verdict != Verdict::None)
            .collect();
        let shown: Vec<&Finding> = result
            .findings
            .iter()
            .filter(|f| f.polarity != Polarity::Context)
            .collect();
        if relevant.is_empty() && shown.is_empty() {
            let _ = writeln!(out, "No human-rights relevant passages were found.\n");
            continue;
        }
        if !relevant.is_empty() {
            let _ = writeln!(out, "| Area | Assessment | Findings |\n|---|---|---|");
            for assessment in &relevant {
                let _ = writeln!(
                    out,
                    "| {} | This document {} | {} |",
                    capitalised(assessment.family.title()),
                    family_sentence(assessment),
                    assessment.findings
                );
            }
        }
        for family in Family::ALL {
            let findings: Vec<&Finding> = shown
                .iter()
                .copied()
                .filter(|f| f.family == family)
                .collect();
            if findings.is_empty() {
                continue;
            }
            write_family(&mut out, result, family, &findings, catalogue, &sentence_of);
        }
        out.push('\n');
    }
    out
}

fn write_family<'a>(
    out: &mut String,
    result: &DocumentResult,
    family: Family,
    findings: &[&Finding],
    catalogue: &Catalogue,
    sentence_of: &impl Fn(&DocumentResult, &Finding) -> Option<&'a str>,
) {
    let _ = writeln!(
        out,
        "\n### {} ({})\n",
        capitalised(family.title()),
        family.as_str()
    );
    if let Some(assessment) = result.assessments.iter().find(|a| a.family == family) {
        if assessment.verdict != Verdict::None {
            let _ = writeln!(out, "This document {}.\n", family_sentence(assessment));
        }
    }
    // Why a rule matters is said once per family, at its first finding.
    let mut explained: BTreeSet<&str> = BTreeSet::new();
    for (heading, polarity) in [
        ("Possible risks", Polarity::Risk),
        ("Protections", Polarity::Mitigation),
    ] {
        let of_polarity: Vec<&&Finding> =
            findings.iter().filter(|f| f.polarity == polarity).collect();
        if of_polarity.is_empty() {
            continue;
        }
        let _ = writeln!(out, "**{heading}**\n");
        for finding in of_polarity {
            let _ = writeln!(
                out,
                "- **{}** ({}, {}): {}",
                location(finding),
                finding.code,
                finding.severity.as_str(),
                escape(&finding.message)
            );
            if let Some(sentence) = sentence_of(result, finding) {
                let _ = writeln!(out, "\n  > {}\n", quote(sentence));
            }
            let Some(rule) = catalogue.get(&finding.code) else {
                continue;
            };
            if explained.insert(rule.code.as_str()) {
                let _ = writeln!(out, "  Why it matters: {}\n", escape(&one_line(&rule.why)));
                if polarity == Polarity::Risk {
                    let _ = writeln!(out, "  Suggestion: {}\n", escape(&one_line(&rule.fix)));
                }
            } else {
                let _ = writeln!(out, "  (Same rule as above.)\n");
            }
        }
    }
    let raised: BTreeSet<&str> = findings
        .iter()
        .flat_map(|f| f.questions.iter().map(String::as_str))
        .collect();
    let questions: Vec<_> = QUESTIONS
        .iter()
        .filter(|id| raised.contains(**id))
        .filter_map(|id| rfc9620_question(id))
        .collect();
    if !questions.is_empty() {
        let _ = writeln!(out, "**RFC 9620 questions these passages raise**\n");
        for question in questions {
            let _ = writeln!(
                out,
                "- *{}* (RFC 9620, Section {}): {}",
                question.title, question.section, question.prompt
            );
        }
    }
}
