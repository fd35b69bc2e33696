//! The dev-set figures may not fall below the last accepted ones
//! (`tests/fixtures/eval/accepted.json`; raise them when the rules get better, never lower them silently).

use std::path::PathBuf;
use std::process::Command;

fn corpus() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
}

#[test]
fn dev_set_figures_do_not_regress() {
    let report = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("eval-dev.json");
    let output = Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .arg("eval")
        .arg(corpus().join("labels-dev.csv"))
        .arg("--corpus")
        .arg(corpus().join("sample"))
        .arg("--report")
        .arg(&report)
        .output()
        .expect("run rightscope eval");
    let summary = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{summary}");
    let measured: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report written"))
            .expect("JSON");
    let accepted: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/eval/accepted.json"))
            .expect("accepted figures");
    let mut regressions = Vec::new();
    for figure in ["precision", "recall", "f1", "direction_accuracy"] {
        let now = measured["overall"][figure].as_f64().unwrap_or(0.0);
        let then = accepted["overall"][figure].as_f64().unwrap_or(0.0);
        if now + 1e-9 < then {
            regressions.push(format!("overall {figure}: {now:.3} < accepted {then:.3}"));
        }
    }
    if let Some(families) = accepted["families_f1"].as_object() {
        for (family, then) in families {
            let now = measured["families"][family]["f1"].as_f64().unwrap_or(0.0);
            let then = then.as_f64().unwrap_or(0.0);
            if now + 1e-9 < then {
                regressions.push(format!("{family} F1: {now:.3} < accepted {then:.3}"));
            }
        }
    }
    assert!(
        regressions.is_empty(),
        "dev-set figures fell:\n{}\n\n{summary}",
        regressions.join("\n")
    );
}
