//! The development figures may not fall below the last accepted ones (`tests/fixtures/eval/*.json`;
//! raise them when the rules get better, never lower them silently): the corpus's small
//! `labels-dev.csv` over the sample, and the project's development part `eval/labels-dev.csv` over the
//! whole RFC series, the drafts and the W3C documents (docs/evaluation.md). The held-apart test part is
//! not checked here: nobody tunes on it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
}

/// The RFC series unpacked into cargo's target tmp directory (skipped when already there).
fn unpacked_rfcs() -> PathBuf {
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("corpus");
    let status = Command::new(corpus().join("unpack"))
        .arg(&target)
        .status()
        .expect("run ../shared/corpus/unpack (needs zstd and tar)");
    assert!(status.success(), "unpacking the corpus failed");
    target.join("rfc-txt")
}

/// Runs `rightscope eval LABELS --corpus …` and returns the JSON report and the printed summary.
fn evaluate(name: &str, labels: &Path, corpora: &[PathBuf]) -> (serde_json::Value, String) {
    let report = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("eval-{name}.json"));
    let mut command = Command::new(env!("CARGO_BIN_EXE_rightscope"));
    command.arg("eval").arg(labels).arg("--report").arg(&report);
    for corpus in corpora {
        command.arg("--corpus").arg(corpus);
    }
    let output = command.output().expect("run rightscope eval");
    let summary = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{summary}");
    let measured = serde_json::from_str(&std::fs::read_to_string(&report).expect("report written"))
        .expect("JSON");
    (measured, summary)
}

/// The figures of `measured` that fell below `accepted`, one line each.
fn regressions(measured: &serde_json::Value, accepted: &serde_json::Value) -> Vec<String> {
    let mut fell = Vec::new();
    for figure in ["precision", "recall", "f1", "direction_accuracy"] {
        let now = measured["overall"][figure].as_f64().unwrap_or(0.0);
        let then = accepted["overall"][figure].as_f64().unwrap_or(0.0);
        if now + 1e-9 < then {
            fell.push(format!("overall {figure}: {now:.3} < accepted {then:.3}"));
        }
    }
    if let Some(families) = accepted["families_f1"].as_object() {
        for (family, then) in families {
            let now = measured["families"][family]["f1"].as_f64().unwrap_or(0.0);
            let then = then.as_f64().unwrap_or(0.0);
            if now + 1e-9 < then {
                fell.push(format!("{family} F1: {now:.3} < accepted {then:.3}"));
            }
        }
    }
    fell
}

#[test]
fn dev_set_figures_do_not_regress() {
    let (measured, summary) = evaluate(
        "sample",
        &corpus().join("labels-dev.csv"),
        &[corpus().join("sample")],
    );
    let accepted: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/eval/accepted.json"))
            .expect("accepted figures");
    let fell = regressions(&measured, &accepted);
    assert!(
        fell.is_empty(),
        "dev-set figures fell:\n{}\n\n{summary}",
        fell.join("\n")
    );
}

#[test]
fn development_part_figures_do_not_regress() {
    let labels = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../eval/labels-dev.csv"
    ));
    let (measured, summary) = evaluate(
        "development",
        &labels,
        &[
            unpacked_rfcs(),
            corpus().join("drafts"),
            corpus().join("w3c"),
        ],
    );
    assert_eq!(
        measured["missing_documents"],
        serde_json::json!([]),
        "every labelled document is found"
    );
    assert!(
        measured["irrelevant_documents"].as_u64().unwrap_or(0) >= 30,
        "the development part keeps its documents without relevance"
    );
    let accepted: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/eval/accepted-development.json"))
            .expect("accepted figures");
    let mut fell = regressions(&measured, &accepted);
    let creates_on_irrelevant = measured["irrelevant_with_creates"]
        .as_array()
        .map_or(0, Vec::len);
    if creates_on_irrelevant > 0 {
        fell.push(format!(
            "{creates_on_irrelevant} documents without relevance got a `creates` verdict: {}",
            measured["irrelevant_with_creates"]
        ));
    }
    assert!(
        fell.is_empty(),
        "development-part figures fell:\n{}\n\n{summary}",
        fell.join("\n")
    );
}

#[test]
fn dumped_findings_carry_the_engine_inputs_and_match_the_report() {
    let dump = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("eval-dump.jsonl");
    let output = Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .arg("eval")
        .arg(corpus().join("labels-dev.csv"))
        .arg("--corpus")
        .arg(corpus().join("sample"))
        .arg("--dump-findings")
        .arg(&dump)
        .output()
        .expect("run rightscope eval");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("report JSON");
    let text = std::fs::read_to_string(&dump).expect("dump written");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect();
    assert!(!lines.is_empty());
    let mut findings = 0;
    for line in &lines {
        let document = line["document"].as_str().expect("document");
        for finding in line["findings"].as_array().expect("findings") {
            findings += 1;
            assert!(finding["weight"].as_f64().is_some(), "{finding}");
            assert!(finding["section_kind"].as_str().is_some(), "{finding}");
        }
        // Each pair of the report has the verdict the dump gives for that document and family.
        for pair in report["pairs"].as_array().expect("pairs") {
            if pair["label"]["document"] == document {
                let family = pair["label"]["family"].as_str().expect("family");
                assert_eq!(
                    line["verdicts"][family], pair["predicted"],
                    "{document} {family}"
                );
                assert_eq!(
                    line["labels"][family], pair["label"]["verdict"],
                    "{document} {family}"
                );
            }
        }
    }
    assert!(
        findings > 0,
        "the sample's labelled documents have findings"
    );
    let refused = Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .arg("eval")
        .arg(corpus().join("labels-dev.csv"))
        .arg("--corpus")
        .arg(corpus().join("sample"))
        .args(["--figures-only", "--dump-findings"])
        .arg(&dump)
        .output()
        .expect("run rightscope eval");
    assert!(!refused.status.success(), "a test part is never dumped");
}
