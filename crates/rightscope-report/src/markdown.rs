//! A Markdown review comment, ready to paste on a mailing list or GitHub.

use std::fmt::Write;

use rightscope_rules::{Catalogue, Polarity, Verdict};

use crate::result::DocumentResult;
use crate::text::family_sentence;

/// Longest quotation of a sentence in the comment.
const QUOTE_CHARS: usize = 240;

/// One Markdown comment for the documents checked. `sentence_of` returns the text of a finding's sentence.
pub fn markdown_report<'a>(
    results: &[DocumentResult],
    catalogue: &Catalogue,
    sentence_of: impl Fn(&DocumentResult, &rightscope_rules::Finding) -> Option<&'a str>,
) -> String {
    let mut out = String::new();
    for result in results {
        let _ = writeln!(out, "## Human-rights review notes: {}", result.label());
        if let Some(title) = &result.title {
            let _ = writeln!(out, "\n*{}*", title.replace('*', "\\*"));
        }
        let _ = writeln!(
            out,
            "\nThese notes were prepared with rightscope, which flags passages that may create or mitigate human-rights risks (RFC 9620). Each point quotes the passage so you can judge it yourself.\n"
        );
        let relevant: Vec<_> = result
            .assessments
            .iter()
            .filter(|a| a.verdict != Verdict::None)
            .collect();
        if relevant.is_empty() {
            let _ = writeln!(out, "No human-rights relevant passages were found.\n");
            continue;
        }
        let _ = writeln!(out, "| Area | Assessment | Findings |\n|---|---|---|");
        for assessment in &relevant {
            let _ = writeln!(
                out,
                "| {} | This document {} | {} |",
                assessment.family.title(),
                family_sentence(assessment),
                assessment.findings
            );
        }
        for (heading, polarity) in [
            ("Possible risks", Polarity::Risk),
            ("Protections", Polarity::Mitigation),
        ] {
            let findings: Vec<_> = result
                .findings
                .iter()
                .filter(|f| f.polarity == polarity)
                .collect();
            if findings.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n### {heading}\n");
            for finding in findings {
                let location = match &finding.section {
                    Some(section) => format!("Section {section}, line {}", finding.line),
                    None => format!("line {}", finding.line),
                };
                let _ = writeln!(
                    out,
                    "- **{}** ({}, {location}): {}",
                    finding.code,
                    finding.family.title(),
                    finding.message
                );
                if let Some(sentence) = sentence_of(result, finding) {
                    let mut quote: String =
                        sentence.split_whitespace().collect::<Vec<_>>().join(" ");
                    if quote.chars().count() > QUOTE_CHARS {
                        quote = quote.chars().take(QUOTE_CHARS).collect::<String>() + "…";
                    }
                    let _ = writeln!(out, "  > {quote}");
                }
                if polarity == Polarity::Risk {
                    if let Some(rule) = catalogue.get(&finding.code) {
                        let fix = rule.fix.split_whitespace().collect::<Vec<_>>().join(" ");
                        let _ = writeln!(out, "  Suggestion: {fix}");
                    }
                }
            }
        }
        out.push('\n');
    }
    out
}
