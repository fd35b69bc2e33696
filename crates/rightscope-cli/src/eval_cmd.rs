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
use crate::inputs::read_document;
use crate::EvalArgs;

/// File extensions tried, in order, for a labelled document name.
const EXTENSIONS: [&str; 5] = ["txt", "xml", "md", "html", "pdf"];

fn find_document(corpus: &Path, name: &str) -> Option<PathBuf> {
    EXTENSIONS
        .iter()
        .map(|extension| corpus.join(format!("{name}.{extension}")))
        .find(|path| path.is_file())
}

/// Checks every labelled document and scores the verdicts.
pub fn evaluation(labels_path: &Path, corpus: &Path) -> anyhow::Result<Evaluation> {
    let csv = std::fs::read_to_string(labels_path)
        .with_context(|| format!("cannot read {}", labels_path.display()))?;
    let labels = parse_labels(&csv)
        .map_err(|error| anyhow::anyhow!("{}: {error}", labels_path.display()))?;
    let catalogue = builtin_catalogue()?;
    let checker = Checker::new(&catalogue).map_err(|error| anyhow::anyhow!("{error}"))?;
    let mut names: Vec<&str> = labels.iter().map(|label| label.document.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let predictions: HashMap<String, Vec<rightscope_rules::Assessment>> = names
        .par_iter()
        .filter_map(|name| {
            let path = find_document(corpus, name)?;
            let document = read_document(&path, &Limits::default()).ok()?;
            Some((name.to_string(), checker.check(&document).assessments))
        })
        .collect();
    Ok(evaluate(&labels, &predictions))
}

/// Runs `eval`.
pub fn run(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let evaluation = evaluation(&args.labels, &args.corpus)?;
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
    if !evaluation.missing_documents.is_empty() {
        eprintln!(
            "  not found in {}: {}",
            args.corpus.display(),
            evaluation.missing_documents.join(", ")
        );
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}
