//! Reports of a revision diff (`rightscope diff`): what a new revision changed for human rights, as text
//! for a terminal, versioned JSON, and Markdown for a mailing list.

use std::fmt::Write as _;
use std::io::{self, Write};

use rightscope_doc::Document;
use rightscope_rules::{Catalogue, FamilyChange, Finding, Matched, Polarity, RevisionDiff};
use serde_json::{json, Value};

use crate::json::{finding_json, round, JSON_VERSION};
use crate::text::terminal_safe;
use crate::{TOOL_NAME, TOOL_VERSION};

/// Longest quotation of a sentence.
const QUOTE_CHARS: usize = 240;

/// How a diff looks as text.
#[derive(Debug, Clone, Copy, Default)]
pub struct DiffOptions {
    /// ANSI colours (only on a terminal).
    pub color: bool,
    /// List the findings both revisions share, not only their count.
    pub show_unchanged: bool,
    /// Also list `context` findings (they neither create nor mitigate).
    pub show_context: bool,
}

/// A label for people: `draft-ietf-foo-03`, `rfc8890` or the path.
pub fn document_label(document: &Document) -> String {
    match (&document.meta.name, &document.meta.rev) {
        (Some(name), Some(rev)) => format!("{name}-{rev}"),
        (Some(name), None) => name.clone(),
        _ => document.source.path.clone(),
    }
}

/// Labels for the two sides: their names, or their paths when the names are the same (a draft's text
/// against its XML).
fn labels(old: &Document, new: &Document) -> (String, String) {
    let (old_label, new_label) = (document_label(old), document_label(new));
    if old_label == new_label {
        (old.source.path.clone(), new.source.path.clone())
    } else {
        (old_label, new_label)
    }
}

/// The sentence of a finding on one line, shortened for quoting.
fn quote(document: &Document, finding: &Finding) -> Option<String> {
    let sentence = document.text.get(finding.sentence.clone())?;
    let mut quote = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if quote.is_empty() {
        return None;
    }
    if quote.chars().count() > QUOTE_CHARS {
        quote = quote.chars().take(QUOTE_CHARS).collect::<String>() + "…";
    }
    Some(quote)
}

fn paint(on: bool, code: &str, text: &str) -> String {
    if on {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

fn polarity_label(on: bool, polarity: Polarity) -> String {
    match polarity {
        Polarity::Risk => paint(on, "1;31", "risk"),
        Polarity::Mitigation => paint(on, "1;32", "mitigation"),
        Polarity::Context => paint(on, "1;34", "context"),
    }
}

/// "3 risk, 1 mitigation, 2 context".
fn by_polarity<'a>(findings: impl Iterator<Item = &'a Finding>) -> String {
    let mut counts = [0usize; 3];
    for finding in findings {
        counts[match finding.polarity {
            Polarity::Risk => 0,
            Polarity::Mitigation => 1,
            Polarity::Context => 2,
        }] += 1;
    }
    format!(
        "{} risk, {} mitigation, {} context",
        counts[0], counts[1], counts[2]
    )
}

fn shown(finding: &Finding, options: DiffOptions) -> bool {
    options.show_context || finding.polarity != Polarity::Context
}

fn write_finding(
    out: &mut impl Write,
    document: &Document,
    finding: &Finding,
    note: Option<String>,
    color: bool,
) -> io::Result<()> {
    writeln!(
        out,
        "{}:{}:{}: {} {} {}",
        paint(color, "1", &terminal_safe(&document.source.path)),
        finding.line,
        finding.column,
        finding.code,
        polarity_label(color, finding.polarity),
        finding.message
    )?;
    if let Some(quote) = quote(document, finding) {
        writeln!(out, "  > {}", terminal_safe(&quote))?;
    }
    let mut notes: Vec<String> = finding
        .section
        .iter()
        .map(|section| format!("in section {}", terminal_safe(section)))
        .collect();
    notes.extend(note);
    if !notes.is_empty() {
        writeln!(
            out,
            "  {}",
            paint(color, "2", &format!("= {}", notes.join("; ")))
        )?;
    }
    Ok(())
}

/// What changed about a finding both revisions have, in words ("was mitigation; moved from …").
fn matched_note(pair: &Matched) -> String {
    let mut notes = Vec::new();
    if pair.polarity_changed() {
        notes.push(format!("was {}", pair.old.polarity.as_str()));
    }
    if let Some(from) = &pair.moved_from {
        let from = pair.old.section.as_deref().unwrap_or(from);
        notes.push(format!("moved from section {from}"));
    }
    if pair.edited() {
        notes.push(format!(
            "reworded ({:.0}% of words kept)",
            pair.similarity * 100.0
        ));
    }
    notes.push(format!("line {} in the old revision", pair.old.line));
    notes.join("; ")
}

fn verdict_line(change: &FamilyChange) -> String {
    format!(
        "{}: {} → {} (score {:+.2} → {:+.2})",
        change.family.as_str(),
        change.old_verdict.as_str(),
        change.new_verdict.as_str(),
        round(change.old_score),
        round(change.new_score)
    )
}

/// Writes a diff for a terminal: verdict changes, then added findings at their place in the new file,
/// removed ones at their place in the old file, findings that changed direction, and counts.
pub fn write_diff_text(
    out: &mut impl Write,
    old: &Document,
    new: &Document,
    diff: &RevisionDiff,
    options: DiffOptions,
) -> io::Result<()> {
    let color = options.color;
    let (old_label, new_label) = labels(old, new);
    let (old_label, new_label) = (terminal_safe(&old_label), terminal_safe(&new_label));
    writeln!(
        out,
        "{}",
        paint(color, "1", &format!("{old_label} → {new_label}"))
    )?;
    let changes: Vec<&FamilyChange> = diff.verdict_changes().collect();
    if changes.is_empty() {
        writeln!(out, "  No family's verdict changed.")?;
    }
    for change in changes {
        writeln!(out, "  {}", verdict_line(change))?;
    }
    writeln!(out)?;

    let added: Vec<&Finding> = diff.added.iter().filter(|f| shown(f, options)).collect();
    if !added.is_empty() {
        writeln!(
            out,
            "{}",
            paint(color, "1", &format!("New in {new_label}:"))
        )?;
        for finding in added {
            write_finding(out, new, finding, None, color)?;
        }
        writeln!(out)?;
    }
    let removed: Vec<&Finding> = diff.removed.iter().filter(|f| shown(f, options)).collect();
    if !removed.is_empty() {
        writeln!(
            out,
            "{}",
            paint(color, "1", &format!("Gone since {old_label}:"))
        )?;
        for finding in removed {
            write_finding(out, old, finding, None, color)?;
        }
        writeln!(out)?;
    }
    let turned: Vec<&Matched> = diff
        .unchanged
        .iter()
        .filter(|pair| pair.polarity_changed())
        .collect();
    if !turned.is_empty() {
        writeln!(out, "{}", paint(color, "1", "Changed direction:"))?;
        for pair in turned {
            write_finding(out, new, &pair.new, Some(matched_note(pair)), color)?;
        }
        writeln!(out)?;
    }
    if options.show_unchanged {
        let kept: Vec<&Matched> = diff
            .unchanged
            .iter()
            .filter(|pair| !pair.polarity_changed() && shown(&pair.new, options))
            .collect();
        if !kept.is_empty() {
            writeln!(out, "{}", paint(color, "1", "Unchanged:"))?;
            for pair in kept {
                write_finding(out, new, &pair.new, Some(matched_note(pair)), color)?;
            }
            writeln!(out)?;
        }
    }
    let moved = diff.unchanged.iter().filter(|pair| pair.moved()).count();
    let edited = diff.unchanged.iter().filter(|pair| pair.edited()).count();
    writeln!(
        out,
        "{} added ({}), {} removed ({}), {} unchanged ({moved} moved to another section, {edited} reworded)",
        diff.added.len(),
        by_polarity(diff.added.iter()),
        diff.removed.len(),
        by_polarity(diff.removed.iter()),
        diff.unchanged.len(),
    )
}

fn side_json(document: &Document) -> Value {
    json!({
        "path": document.source.path,
        "name": document.meta.name,
        "rev": document.meta.rev,
        "title": document.meta.title,
    })
}

fn with_sentence(document: &Document, finding: &Finding) -> Value {
    let mut value = finding_json(finding);
    if let Value::Object(map) = &mut value {
        map.insert(
            "sentence".into(),
            json!(document
                .text
                .get(finding.sentence.clone())
                .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))),
        );
    }
    value
}

/// The diff as versioned JSON. `unchanged` counts every finding both revisions share; `changed` lists
/// those among them that changed direction, moved to another section or were reworded.
pub fn diff_json(old: &Document, new: &Document, diff: &RevisionDiff) -> Value {
    json!({
        "version": JSON_VERSION,
        "tool": { "name": TOOL_NAME, "version": TOOL_VERSION },
        "old": side_json(old),
        "new": side_json(new),
        "families": diff.families.iter().map(|change| json!({
            "family": change.family.as_str(),
            "old_verdict": change.old_verdict.as_str(),
            "new_verdict": change.new_verdict.as_str(),
            "old_score": round(change.old_score),
            "new_score": round(change.new_score),
            "changed": change.verdict_changed(),
        })).collect::<Vec<_>>(),
        "added": diff.added.iter().map(|f| with_sentence(new, f)).collect::<Vec<_>>(),
        "removed": diff.removed.iter().map(|f| with_sentence(old, f)).collect::<Vec<_>>(),
        "changed": diff.unchanged.iter().filter(|pair| pair.changed()).map(|pair| json!({
            "old": with_sentence(old, &pair.old),
            "new": with_sentence(new, &pair.new),
            "similarity": (pair.similarity * 1000.0).round() / 1000.0,
            "moved": pair.moved(),
            "polarity_changed": pair.polarity_changed(),
        })).collect::<Vec<_>>(),
        "unchanged": diff.unchanged.len(),
    })
}

fn markdown_finding(
    out: &mut String,
    document: &Document,
    finding: &Finding,
    catalogue: &Catalogue,
    note: Option<String>,
) {
    let location = match &finding.section {
        Some(section) => format!("Section {section}, line {}", finding.line),
        None => format!("line {}", finding.line),
    };
    let note = note.map_or_else(String::new, |note| format!(" ({note})"));
    let _ = writeln!(
        out,
        "- **{}** ({}, {location}): {}{note}",
        finding.code,
        finding.family.title(),
        finding.message
    );
    if let Some(quote) = quote(document, finding) {
        let _ = writeln!(out, "  > {quote}");
    }
    if finding.polarity == Polarity::Risk {
        if let Some(rule) = catalogue.get(&finding.code) {
            let fix = rule.fix.split_whitespace().collect::<Vec<_>>().join(" ");
            let _ = writeln!(out, "  Suggestion: {fix}");
        }
    }
}

/// The diff as a Markdown message for a mailing list: "What changed for human rights between … and …".
pub fn diff_markdown(
    old: &Document,
    new: &Document,
    diff: &RevisionDiff,
    catalogue: &Catalogue,
) -> String {
    let (old_label, new_label) = labels(old, new);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## What changed for human rights between {old_label} and {new_label}\n"
    );
    if let Some(title) = &new.meta.title {
        let _ = writeln!(out, "*{}*\n", title.replace('*', "\\*"));
    }
    let _ = writeln!(
        out,
        "These notes were prepared with rightscope, which flags passages that may create or mitigate human-rights risks (RFC 9620), and compare what it found in the two revisions. Each point quotes the passage so you can judge it yourself.\n"
    );
    let changes: Vec<&FamilyChange> = diff.verdict_changes().collect();
    if changes.is_empty() {
        let _ = writeln!(out, "The overall assessment did not change in any area.");
    } else {
        let _ = writeln!(out, "| Area | {old_label} | {new_label} |\n|---|---|---|");
        for change in changes {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                change.family.title(),
                change.old_verdict.as_str(),
                change.new_verdict.as_str()
            );
        }
    }
    let sections: [(&str, &[Finding], &Document, Polarity); 4] = [
        ("New risks", &diff.added, new, Polarity::Risk),
        ("New protections", &diff.added, new, Polarity::Mitigation),
        (
            "Risks no longer present",
            &diff.removed,
            old,
            Polarity::Risk,
        ),
        (
            "Protections removed",
            &diff.removed,
            old,
            Polarity::Mitigation,
        ),
    ];
    for (heading, findings, document, polarity) in sections {
        let findings: Vec<&Finding> = findings.iter().filter(|f| f.polarity == polarity).collect();
        if findings.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {heading}\n");
        for finding in findings {
            markdown_finding(&mut out, document, finding, catalogue, None);
        }
    }
    let turned: Vec<&Matched> = diff
        .unchanged
        .iter()
        .filter(|pair| pair.polarity_changed())
        .collect();
    if !turned.is_empty() {
        let _ = writeln!(out, "\n### Passages that changed direction\n");
        for pair in turned {
            let note = format!("was {} in {old_label}", pair.old.polarity.as_str());
            markdown_finding(&mut out, new, &pair.new, catalogue, Some(note));
        }
    }
    let moved = diff.unchanged.iter().filter(|pair| pair.moved()).count();
    let edited = diff.unchanged.iter().filter(|pair| pair.edited()).count();
    let _ = writeln!(
        out,
        "\n{} flagged passages are the same in both revisions ({moved} moved to another section, {edited} reworded).",
        diff.unchanged.len()
    );
    out
}
