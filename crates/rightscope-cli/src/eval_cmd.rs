//! `rightscope eval LABELS.csv --corpus DIR`: verdicts measured against hand-made labels, as JSON.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;
use rightscope_doc::Limits;
use rightscope_rules::{
    calibrate, evaluate, fit, parse_labels, Checker, Evaluation, Family, LabelledCheck, Verdict,
};

use crate::check_cmd::builtin_catalogue;
use crate::inputs::{index_corpora, read_document};
use crate::EvalArgs;

/// File extensions a labelled document name may resolve to, best first.
const EXTENSIONS: [&str; 5] = ["txt", "xml", "md", "html", "pdf"];

/// Checks every labelled document and scores the verdicts and their confidences. With `fit_to`, first
/// fits a confidence model on these labels, writes it there, and scores with it.
pub fn evaluation(
    labels_path: &Path,
    corpora: &[PathBuf],
    fit_to: Option<&Path>,
    dump_to: Option<&Path>,
) -> anyhow::Result<Evaluation> {
    let csv = crate::config::read_text(labels_path)?;
    let labels = parse_labels(&csv)
        .map_err(|error| anyhow::anyhow!("{}: {error}", labels_path.display()))?;
    let catalogue = builtin_catalogue()?;
    let checker = Checker::new(&catalogue).map_err(|error| anyhow::anyhow!("{error}"))?;
    let mut by_document: HashMap<&str, HashMap<Family, Verdict>> = HashMap::new();
    for label in &labels {
        by_document
            .entry(label.document.as_str())
            .or_default()
            .insert(label.family, label.verdict);
    }
    let mut names: Vec<&str> = by_document.keys().copied().collect();
    names.sort_unstable();
    for corpus in corpora {
        anyhow::ensure!(
            corpus.is_dir(),
            "{}: the corpus is not a directory",
            corpus.display()
        );
    }
    let files = index_corpora(corpora, &EXTENSIONS);
    let mut checks: Vec<LabelledCheck> = names
        .par_iter()
        .filter_map(|name| {
            let path = files.get(&name.to_ascii_lowercase())?;
            let document = read_document(path, &Limits::default()).ok()?;
            let result = checker.check(&document);
            Some(LabelledCheck {
                document: name.to_string(),
                findings: result.findings,
                assessments: result.assessments,
                labels: by_document.get(name).cloned().unwrap_or_default(),
            })
        })
        .collect();
    if let Some(out) = fit_to {
        let model = fit(&checks, &labels_path.display().to_string());
        std::fs::write(out, model.to_toml())
            .with_context(|| format!("cannot write {}", out.display()))?;
        for check in &mut checks {
            model.apply(&mut check.findings, &mut check.assessments);
        }
    }
    if let Some(out) = dump_to {
        dump_findings(&checks, out)?;
    }
    let predictions: HashMap<String, Vec<rightscope_rules::Assessment>> = checks
        .iter()
        .map(|check| (check.document.clone(), check.assessments.clone()))
        .collect();
    let mut evaluation = evaluate(&labels, &predictions);
    evaluation.calibration = Some(calibrate(&checks));
    Ok(evaluation)
}

/// One line per labelled document: its labels, verdicts and every finding with the engine's inputs.
fn dump_findings(checks: &[LabelledCheck], out: &Path) -> anyhow::Result<()> {
    let mut lines = String::new();
    for check in checks {
        let line = serde_json::json!({
            "document": check.document,
            "labels": check.labels.iter().map(|(family, verdict)| (family.as_str(), verdict.as_str())).collect::<std::collections::BTreeMap<_, _>>(),
            "verdicts": check.assessments.iter().map(|a| (a.family.as_str(), a.verdict.as_str())).collect::<std::collections::BTreeMap<_, _>>(),
            "findings": check.findings,
        });
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    std::fs::write(out, lines).with_context(|| format!("cannot write {}", out.display()))
}

/// Runs `eval`.
pub fn run(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let mut evaluation = evaluation(
        &args.labels,
        &args.corpus,
        args.fit_confidence.as_deref(),
        args.dump_findings.as_deref(),
    )?;
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
    if let Some(calibration) = &evaluation.calibration {
        for (what, scored) in [
            ("verdicts", &calibration.verdicts),
            ("findings", &calibration.findings),
        ] {
            eprintln!(
                "  confidence of {what}: {} scored, Brier {:.3}, calibration error {:.3}",
                scored.items, scored.brier, scored.expected_calibration_error
            );
        }
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
