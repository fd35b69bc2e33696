//! `rightscope rules`: the catalogue; `rules explain CODE`: one rule's page; `rules --patterns`: every
//! pattern, one per line, for `rg -f`.

use std::io::Write;
use std::process::ExitCode;

use rightscope_rules::{Checker, Rule};

use crate::check_cmd::builtin_catalogue;
use crate::{RulesArgs, RulesCommand, RulesFormat};

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The rule page: the same text as SARIF help and the documentation site.
pub fn rule_page(rule: &Rule) -> String {
    format!(
        "{code}  {name}\n{family} · {polarity} · {severity} · {kind:?}\n\n{summary}\n\nWhy it matters\n  {why}\n\nExample\n  {example}\n\nWhat to do\n  {fix}\n\nRFC 9620 questions: {questions}\nRFC 6973 threats: {threats}\nReferences: {references}\n",
        code = rule.code,
        name = rule.name,
        family = rule.family.title(),
        polarity = rule.polarity.as_str(),
        severity = rule.severity.as_str(),
        kind = rule.kind,
        summary = one_line(&rule.summary),
        why = one_line(&rule.why),
        example = one_line(&rule.example),
        fix = one_line(&rule.fix),
        questions = rule.questions.join(", "),
        threats = if rule.threats.is_empty() { "—".to_string() } else { rule.threats.join(", ") },
        references = rule.references.join("; "),
    )
}

/// Runs `rules`.
pub fn run(args: &RulesArgs) -> anyhow::Result<ExitCode> {
    let catalogue = builtin_catalogue()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if let Some(RulesCommand::Explain { code }) = &args.command {
        let Some(rule) = catalogue.get(code) else {
            drop(out);
            eprintln!("error: no rule `{code}`; `rightscope rules` lists them");
            return Ok(ExitCode::from(2));
        };
        out.write_all(rule_page(rule).as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.patterns {
        for pattern in Checker::pattern_sources(&catalogue) {
            writeln!(out, "{pattern}")?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    match args.format {
        RulesFormat::Json => {
            let rules: Vec<&Rule> = catalogue.rules().collect();
            serde_json::to_writer_pretty(&mut out, &rules)?;
            writeln!(out)?;
        }
        RulesFormat::Text => {
            for rule in catalogue.rules() {
                writeln!(
                    out,
                    "{:<8} {:<10} {:<8} {:<40} {}",
                    rule.code,
                    rule.polarity.as_str(),
                    rule.severity.as_str(),
                    rule.name,
                    one_line(&rule.summary)
                )?;
            }
            writeln!(
                out,
                "\n{} rules; `rightscope rules explain CODE` shows one.",
                catalogue.len()
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
