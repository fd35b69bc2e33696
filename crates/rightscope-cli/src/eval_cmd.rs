//! `rightscope eval LABELS.csv --corpus DIR`: verdicts measured against hand-made labels, as JSON.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;
use rightscope_doc::Limits;
use rightscope_rules::{evaluate, parse_labels, Checker, Evaluation};

use crate::check_cmd::builtin_catalogue;
use crate::inputs::{index_corpora, read_document};
use crate::EvalArgs;

/// File extensions a labelled document name may resolve to, best first.
const EXTENSIONS: [&str; 5] = ["txt", "xml", "md", "html", "pdf"];

/// Checks every labelled document and scores the verdicts.
pub fn evaluation(labels_path: &Path, corpora: &[PathBuf]) -> anyhow::Result<Evaluation> {
    let csv = std::fs::read_to_string(labels_path)
        .with_context(|| format!("cannot read {}", labels_path.display()))?;
    let labels = parse_labels(&csv)
        .map_err(|error| anyhow::anyhow!("{}: {error}", labels_path.display()))?;
    let catalogue = builtin_catalogue()?;
    let checker = Checker::new(&catalogue).map_err(|error| anyhow::anyhow!("{error}"))?;
    let mut names: Vec<&str> = labels.iter().map(|label| label.document.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    for corpus in corpora {
        anyhow::ensure!(
            corpus.is_dir(),
            "{}: the corpus is not a directory",
            corpus.display()
        );
    }
    let files = index_corpora(corpora, &EXTENSIONS);
    let predictions: HashMap<String, Vec<rightscope_rules::Assessment>> = names
        .par_iter()
        .filter_map(|name| {
            let path = files.get(&name.to_ascii_lowercase())?;
            let document = read_document(path, &Limits::default()).ok()?;
            Some((name.to_string(), checker.check(&document).assessments))
        })
        .collect();
    Ok(evaluate(&labels, &predictions))
}

/// Runs `eval`.
pub fn run(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let mut evaluation = evaluation(&args.labels, &args.corpus)?;
    if args.figures_only {
        evaluation.pairs.clear();
    }
    let json = serde_json::to_string_pretty(&evaluation)?;
    match &args.report {
        Some(path) => std::fs::write(path, format!("{json}\n"))
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{json}")?;
        }
    }
    let overall = &evaluation.overall;
    eprintln!(
        "{} labelled pairs: relevance precision {:.3}, recall {:.3}, F1 {:.3}; direction accuracy {:.3} ({} of {})",
        overall.pairs, overall.precision, overall.recall, overall.f1, overall.direction_accuracy, overall.direction_correct, overall.directed
    );
    for (family, scores) in &evaluation.families {
        eprintln!(
            "  {:<5} pairs {:>2}  P {:.2}  R {:.2}  F1 {:.2}  direction {}/{}",
            family.as_str(),
            scores.pairs,
            scores.precision,
            scores.recall,
            scores.f1,
            scores.direction_correct,
            scores.directed
        );
    }
    for judged in evaluation.pairs.iter().filter(|judged| !judged.agrees) {
        eprintln!(
            "  disagree: {} {} expected {} got {}",
            judged.label.document,
            judged.label.family.as_str(),
            judged.label.verdict.as_str(),
            judged
                .predicted
                .map_or("(missing)", |verdict| verdict.as_str())
        );
    }
    eprintln!(
        "  documents labelled `none` for every family: {}, of which given a `creates` verdict: {}{}",
        evaluation.irrelevant_documents,
        evaluation.irrelevant_with_creates.len(),
        if evaluation.irrelevant_with_creates.is_empty() {
            String::new()
        } else {
            format!(" ({})", evaluation.irrelevant_with_creates.join(", "))
        }
    );
    if !evaluation.missing_documents.is_empty() {
        let corpora: Vec<String> = args
            .corpus
            .iter()
            .map(|corpus| corpus.display().to_string())
            .collect();
        eprintln!(
            "  not found in {}: {}",
            corpora.join(", "),
            evaluation.missing_documents.join(", ")
        );
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}
