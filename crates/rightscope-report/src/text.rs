//! Text output for people, ruff/rustc style: `path:line:col CODE message`, the source line with the span
//! underlined, the fix, and a plain-language summary per family.

use std::collections::BTreeMap;
use std::io::{self, Write};

use rightscope_rules::{Assessment, Catalogue, Family, Polarity, Verdict};

use crate::result::DocumentResult;

/// How text output looks.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// ANSI colours (only on a terminal).
    pub color: bool,
    /// Show `context` findings too (they neither create nor mitigate).
    pub show_context: bool,
}

struct Paint {
    on: bool,
}

/// Document text made safe for a terminal: control characters (ESC, CR, backspace, C1 codes) and
/// bidirectional overrides are shown as visible symbols, one character for one, so a hostile
/// document can neither send escape sequences nor reorder what the reader sees, and the `^`
/// underline stays under the span.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c != '\t' && c != '\n' && rightscope_rules::is_unsafe_char(c);
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match c {
            // Control Pictures: U+2400 + code for C0, U+2421 for DEL.
            '\0'..='\u{1F}' if unsafe_char(c) => {
                char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')
            }
            '\u{7F}' => '\u{2421}',
            c if unsafe_char(c) => '\u{FFFD}',
            c => c,
        })
        .collect()
}

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn bold(&self, text: &str) -> String {
        self.wrap("1", text)
    }
    fn red(&self, text: &str) -> String {
        self.wrap("1;31", text)
    }
    fn green(&self, text: &str) -> String {
        self.wrap("1;32", text)
    }
    fn blue(&self, text: &str) -> String {
        self.wrap("1;34", text)
    }
    fn dim(&self, text: &str) -> String {
        self.wrap("2", text)
    }
}

/// One plain-language sentence about a family's verdict.
pub fn family_sentence(assessment: &Assessment) -> String {
    let family = assessment.family.title();
    match assessment.verdict {
        Verdict::Creates => format!("creates or enables risks of {family}"),
        Verdict::Mitigates => format!("protects people against {family}"),
        Verdict::Mixed => format!("both creates and protects against risks of {family}"),
        Verdict::Discusses => {
            format!("discusses {family} without clearly creating or preventing it")
        }
        Verdict::None => format!("says nothing relevant about {family}"),
    }
}

/// Writes the findings of one document and its per-family summary. `source` is the original file's text,
/// for showing the lines the findings point at.
pub fn write_text(
    out: &mut impl Write,
    result: &DocumentResult,
    source: &str,
    catalogue: &Catalogue,
    options: TextOptions,
) -> io::Result<()> {
    let paint = Paint { on: options.color };
    let lines: Vec<&str> = source.lines().collect();
    let mut shown = 0usize;
    // The help text is the same for every finding of a rule: show it once per document.
    let mut helped: Vec<&str> = Vec::new();
    for finding in &result.findings {
        if finding.polarity == Polarity::Context && !options.show_context {
            continue;
        }
        shown += 1;
        let label = match finding.polarity {
            Polarity::Risk => paint.red(&format!("{} risk", finding.code)),
            Polarity::Mitigation => paint.green(&format!("{} mitigation", finding.code)),
            Polarity::Context => paint.blue(&format!("{} context", finding.code)),
        };
        writeln!(
            out,
            "{}:{}:{}: {label} {}",
            paint.bold(&terminal_safe(&result.path)),
            finding.line,
            finding.column,
            finding.message
        )?;
        let line_number = finding.line as usize;
        if let Some(line) = line_number
            .checked_sub(1)
            .and_then(|index| lines.get(index))
        {
            let gutter = line_number.to_string().len();
            let line = terminal_safe(line).replace('\t', " ");
            writeln!(out, "{:gutter$} {}", "", paint.blue("|"))?;
            writeln!(
                out,
                "{} {} {}",
                paint.blue(&line_number.to_string()),
                paint.blue("|"),
                line.trim_end()
            )?;
            let start = (finding.column as usize).saturating_sub(1);
            let end = if finding.end_line == finding.line {
                (finding.end_column as usize)
                    .saturating_sub(1)
                    .max(start + 1)
            } else {
                line.chars().count().max(start + 1)
            };
            writeln!(
                out,
                "{:gutter$} {} {}{}",
                "",
                paint.blue("|"),
                " ".repeat(start),
                paint.red(&"^".repeat(end - start))
            )?;
        }
        let mut notes = Vec::new();
        if let Some(section) = &finding.section {
            notes.push(format!("in section {}", terminal_safe(section)));
        }
        if finding.negated {
            notes.push("negated or refused in this sentence".to_string());
        }
        if finding.strength != rightscope_rules::Strength::None {
            notes.push(format!("requirement level {}", finding.strength.as_str()));
        }
        notes.push(format!("confidence {:.2}", finding.confidence));
        if !notes.is_empty() {
            writeln!(out, "  {} {}", paint.dim("="), paint.dim(&notes.join("; ")))?;
        }
        if finding.polarity == Polarity::Risk && !helped.contains(&finding.code.as_str()) {
            helped.push(&finding.code);
            if let Some(rule) = catalogue.get(&finding.code) {
                let fix = rule.fix.split_whitespace().collect::<Vec<_>>().join(" ");
                writeln!(out, "  {} {fix}", paint.bold("= help:"))?;
            }
        }
        writeln!(out)?;
    }
    write_summary(out, result, shown, &paint)
}

fn write_summary(
    out: &mut impl Write,
    result: &DocumentResult,
    shown: usize,
    paint: &Paint,
) -> io::Result<()> {
    let count = |polarity: Polarity| {
        result
            .findings
            .iter()
            .filter(|finding| finding.polarity == polarity)
            .count()
    };
    writeln!(
        out,
        "{} ({}): {} findings shown — {} risk, {} mitigation, {} context",
        paint.bold(&terminal_safe(&result.label())),
        terminal_safe(&result.path),
        shown,
        count(Polarity::Risk),
        count(Polarity::Mitigation),
        count(Polarity::Context),
    )?;
    let relevant: Vec<&Assessment> = result
        .assessments
        .iter()
        .filter(|assessment| assessment.verdict != Verdict::None)
        .collect();
    if relevant.is_empty() {
        writeln!(
            out,
            "  This document says nothing rightscope recognises about human-rights risks."
        )?;
    }
    for assessment in relevant {
        let verdict = match assessment.verdict {
            Verdict::Creates => paint.red("creates"),
            Verdict::Mitigates => paint.green("mitigates"),
            Verdict::Mixed => paint.wrap("1;33", "mixed"),
            _ => paint.blue(assessment.verdict.as_str()),
        };
        writeln!(
            out,
            "  {:<5} {verdict:<9}  This document {}.",
            assessment.family.as_str(),
            family_sentence(assessment)
        )?;
    }
    writeln!(out)
}

/// `--statistics`: how often each rule fired, over all documents.
pub fn write_statistics(
    out: &mut impl Write,
    results: &[DocumentResult],
    catalogue: &Catalogue,
) -> io::Result<()> {
    let mut counts: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for finding in results.iter().flat_map(|result| &result.findings) {
        let entry = counts.entry(finding.code.as_str()).or_default();
        match finding.polarity {
            Polarity::Risk => entry.0 += 1,
            Polarity::Mitigation => entry.1 += 1,
            Polarity::Context => entry.2 += 1,
        }
    }
    let mut rows: Vec<(&str, (usize, usize, usize))> = counts.into_iter().collect();
    rows.sort_by(|a, b| {
        let total = |row: &(usize, usize, usize)| row.0 + row.1 + row.2;
        total(&b.1).cmp(&total(&a.1)).then(a.0.cmp(b.0))
    });
    writeln!(
        out,
        "{:>7} {:>6} {:>10} {:>7}  code     name",
        "total", "risk", "mitigation", "context"
    )?;
    for (code, (risk, mitigation, context)) in rows {
        let name = catalogue.get(code).map_or("", |rule| rule.name.as_str());
        writeln!(
            out,
            "{:>7} {risk:>6} {mitigation:>10} {context:>7}  {code:<8} {name}",
            risk + mitigation + context
        )?;
    }
    let mut verdicts: BTreeMap<(Family, &str), usize> = BTreeMap::new();
    for assessment in results.iter().flat_map(|result| &result.assessments) {
        if assessment.verdict != Verdict::None {
            *verdicts
                .entry((assessment.family, assessment.verdict.as_str()))
                .or_default() += 1;
        }
    }
    writeln!(out, "\nverdicts over {} documents:", results.len())?;
    for ((family, verdict), count) in verdicts {
        writeln!(out, "  {:<5} {verdict:<9} {count}", family.as_str())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::terminal_safe;

    #[test]
    fn escape_sequences_and_bidi_overrides_become_visible_one_for_one() {
        let hostile =
            "title \u{1b}]0;pwned\u{7}\u{1b}[2J back\u{8}\r \u{9b}31m \u{202E}txt.exe\u{7f}";
        let safe = terminal_safe(hostile);
        assert!(!safe.chars().any(|c| c.is_control()), "{safe:?}");
        assert!(!safe.contains('\u{202E}'));
        assert_eq!(safe.chars().count(), hostile.chars().count());
        assert!(safe.contains("\u{241b}]0;pwned\u{2407}"), "{safe:?}");
        assert!(safe.ends_with("\u{2421}"), "{safe:?}");
    }

    #[test]
    fn ordinary_text_with_tabs_and_other_scripts_is_unchanged() {
        let text = "Le protocole\tدعم العربية 中文";
        assert!(matches!(
            terminal_safe(text),
            std::borrow::Cow::Borrowed(t) if t == text
        ));
    }
}
