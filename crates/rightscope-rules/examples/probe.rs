//! Developer probe: runs the catalogue over files and prints findings and per-family verdicts.
//!
//! `cargo run -q -p rightscope-rules --example probe -- [--only CODE_OR_FAMILY] [--verdicts] FILE…`

#![allow(clippy::print_stdout)] // a developer tool whose output is its point

use rightscope_doc::Limits;
use rightscope_rules::{Catalogue, Checker, Verdict};

fn main() {
    let mut only: Option<String> = None;
    let mut verdicts_only = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--only" => only = args.next(),
            "--verdicts" => verdicts_only = true,
            _ => files.push(arg),
        }
    }
    let catalogue = match Catalogue::builtin() {
        Ok(catalogue) => catalogue,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(2);
        }
    };
    let checker = match Checker::new(&catalogue) {
        Ok(checker) => checker,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(2);
        }
    };
    for file in files {
        let Ok(bytes) = std::fs::read(&file) else {
            eprintln!("{file}: unreadable");
            continue;
        };
        let document = match rightscope_doc::parse(&bytes, &file, &Limits::default()) {
            Ok(document) => document,
            Err(error) => {
                eprintln!("{file}: {error}");
                continue;
            }
        };
        let result = checker.check(&document);
        let keep = |code: &str, family: &str| {
            only.as_deref().is_none_or(|only| {
                code.eq_ignore_ascii_case(only) || family.eq_ignore_ascii_case(only)
            })
        };
        if !verdicts_only {
            for finding in &result.findings {
                if !keep(&finding.code, finding.family.as_str()) {
                    continue;
                }
                let sentence = document.text.get(finding.sentence.clone()).unwrap_or("");
                let sentence: String = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
                println!(
                    "{file}:{}:{} {} {} [{}{}] {}",
                    finding.line,
                    finding.column,
                    finding.code,
                    finding.polarity.as_str(),
                    finding.section_kind,
                    if finding.negated { ", negated" } else { "" },
                    sentence.chars().take(160).collect::<String>()
                );
            }
        }
        let verdicts: Vec<String> = result
            .assessments
            .iter()
            .filter(|a| a.verdict != Verdict::None && keep("", a.family.as_str()))
            .map(|a| {
                format!(
                    "{}={} (risk {:.1}, mitigation {:.1}, context {})",
                    a.family,
                    a.verdict.as_str(),
                    a.risk,
                    a.mitigation,
                    a.context
                )
            })
            .collect();
        println!(
            "{file}: {}",
            if verdicts.is_empty() {
                "no verdicts".to_string()
            } else {
                verdicts.join("; ")
            }
        );
    }
}
