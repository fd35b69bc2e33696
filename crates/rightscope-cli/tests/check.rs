//! `rightscope check` end to end: exit codes, formats, configuration, suppressions, baseline, stdin.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn corpus() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("check")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn rightscope_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run rightscope")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const DRAFT: &str = "Abstract\n\n   This document describes a lawful intercept architecture.\n\n1.  Policy\n\n   Implementations MUST NOT include an interception interface.\n";
const HARMLESS: &str = "Abstract\n\n   This document defines a text format for dates and times.\n\n1.  Format\n\n   A date is written as four digits, a hyphen and two digits.\n";

fn project(name: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::write(dir.join("draft-a-00.txt"), DRAFT).expect("write");
    std::fs::write(dir.join("draft-b-00.txt"), HARMLESS).expect("write");
    dir
}

#[test]
fn exit_codes_follow_fail_on() {
    let dir = project("exit-codes");
    let output = rightscope_in(&dir, &["check", "--select", "LI001", "draft-a-00.txt"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("draft-a-00.txt:3:"),
        "{}",
        stdout(&output)
    );
    let output = rightscope_in(
        &dir,
        &[
            "check",
            "--select",
            "LI001",
            "--fail-on",
            "never",
            "draft-a-00.txt",
        ],
    );
    assert_eq!(output.status.code(), Some(0));
    let output = rightscope_in(&dir, &["check", "--select", "LI001", "draft-b-00.txt"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    std::fs::write(dir.join("empty.txt"), "").expect("write");
    let output = rightscope_in(
        &dir,
        &["check", "--select", "LI001", "draft-a-00.txt", "empty.txt"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("empty.txt: the file is empty"));
    assert!(
        stdout(&output).contains("draft-a-00.txt:3:"),
        "the good file is still checked"
    );
}

#[test]
fn json_and_sarif_report_errors_per_file() {
    let dir = project("formats");
    std::fs::write(dir.join("broken.xml"), "<?xml version='1.0'?><rfc><front>").expect("write");
    let output = rightscope_in(
        &dir,
        &["check", "--select", "LI001", "--format", "json", "."],
    );
    assert_eq!(output.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(report["errors"][0]["path"], "./broken.xml");
    let documents = report["documents"].as_array().expect("documents");
    assert_eq!(documents.len(), 2);
    assert_eq!(documents[0]["findings"][0]["code"], "LI001");
    assert_eq!(documents[0]["findings"][1]["polarity"], "mitigation");

    let output = rightscope_in(
        &dir,
        &["check", "--select", "LI001", "--format", "sarif", "."],
    );
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).expect("SARIF");
    assert_eq!(sarif["version"], "2.1.0");
    let notifications = &sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    assert!(notifications[0]["message"]["text"]
        .as_str()
        .is_some_and(|text| text.contains("broken.xml")));

    let output = rightscope_in(
        &dir,
        &[
            "check",
            "--select",
            "LI001",
            "--format",
            "markdown",
            "draft-a-00.txt",
        ],
    );
    assert!(
        stdout(&output).starts_with("## Human-rights review notes"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn config_file_is_discovered_and_validated() {
    let dir = project("config");
    std::fs::write(
        dir.join("rightscope.toml"),
        "select = [\"LI001\"]\nfail-on = \"never\"\n",
    )
    .expect("write");
    let output = rightscope_in(&dir, &["check", "draft-a-00.txt"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("LI001"));

    std::fs::write(
        dir.join("rightscope.toml"),
        "select = [\"LI001\"]\nfail-on = \"sometimes\"\n",
    )
    .expect("write");
    let output = rightscope_in(&dir, &["check", "draft-a-00.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("rightscope.toml:2: fail-on"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn inline_suppressions_and_baselines() {
    let dir = project("suppress");
    let suppressed = DRAFT.replace(
        "   This document describes",
        "   rightscope: ignore[LI001] this memo documents an existing architecture\n   This document describes",
    );
    std::fs::write(dir.join("draft-a-00.txt"), suppressed).expect("write");
    let output = rightscope_in(
        &dir,
        &[
            "check",
            "--select",
            "LI001",
            "--format",
            "json",
            "draft-a-00.txt",
        ],
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let findings = report["documents"][0]["findings"]
        .as_array()
        .expect("findings");
    assert!(
        findings.iter().all(|finding| finding["line"] != 4),
        "{findings:#?}"
    );

    let dir = project("baseline");
    let output = rightscope_in(
        &dir,
        &[
            "check",
            "--select",
            "LI001",
            "--format",
            "json",
            "draft-a-00.txt",
        ],
    );
    std::fs::write(dir.join("baseline.json"), &output.stdout).expect("write");
    let output = rightscope_in(
        &dir,
        &[
            "check",
            "--select",
            "LI001",
            "--baseline",
            "baseline.json",
            "draft-a-00.txt",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .args(["check", "--select", "LI001", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(DRAFT.as_bytes())
        .expect("write stdin");
    let output = child.wait_with_output().expect("wait");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(report["documents"][0]["path"], "<stdin>");
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn rules_list_explain_and_patterns() {
    let dir = scratch("rules");
    let output = rightscope_in(&dir, &["rules"]);
    assert!(stdout(&output).contains("LI001"));
    let output = rightscope_in(&dir, &["rules", "explain", "LI001"]);
    let page = stdout(&output);
    for part in [
        "Why it matters",
        "Example",
        "What to do",
        "RFC 9620 questions",
    ] {
        assert!(page.contains(part), "{page}");
    }
    let output = rightscope_in(&dir, &["rules", "explain", "NOPE001"]);
    assert_eq!(output.status.code(), Some(2));
    let output = rightscope_in(&dir, &["rules", "--patterns"]);
    assert!(stdout(&output).lines().count() >= 1);
    assert!(
        stdout(&output).contains(r"\s+"),
        "spaces are widened for rg"
    );
}

#[test]
fn every_sample_document_is_checked_without_errors() {
    let dir = scratch("sample");
    let sample = corpus().join("sample");
    let output = rightscope_in(
        &dir,
        &[
            "check",
            "--fail-on",
            "never",
            "--format",
            "json",
            sample.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(report["documents"].as_array().map(Vec::len), Some(38));
}

#[test]
fn every_finding_has_a_confidence_and_min_confidence_filters() {
    let sample = corpus().join("sample");
    let dir = scratch("confidence");
    let confidences = |extra: &[&str]| -> Vec<f64> {
        let path = sample.join("rfc6973.txt");
        let mut args = vec!["check", "--format", "json", "--no-config"];
        args.extend_from_slice(extra);
        args.push(path.to_str().expect("utf-8 path"));
        let output = rightscope_in(&dir, &args);
        let report: serde_json::Value =
            serde_json::from_str(&stdout(&output)).expect("JSON report");
        let document = &report["documents"][0];
        for assessment in document["assessment"].as_array().expect("assessments") {
            let confidence = assessment["confidence"]
                .as_f64()
                .expect("verdict confidence");
            assert!((0.0..=1.0).contains(&confidence), "{assessment}");
        }
        document["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|finding| finding["confidence"].as_f64().expect("finding confidence"))
            .collect()
    };
    let all = confidences(&[]);
    assert!(all.iter().all(|c| (0.0..=1.0).contains(c)), "{all:?}");
    let floor = 0.6;
    let kept = confidences(&["--min-confidence", "0.6"]);
    assert_eq!(
        kept.len(),
        all.iter().filter(|&&c| c >= floor).count(),
        "exactly the findings at or above the floor are kept"
    );
    assert!(
        kept.len() < all.len(),
        "some findings are below {floor}: {all:?}"
    );
    let refused = rightscope_in(&dir, &["check", "--min-confidence", "1.5", "x.txt"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("not between 0 and 1"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn escape_sequences_in_a_document_do_not_reach_the_terminal() {
    let dir = scratch("escape-sequences");
    let hostile = "Abstract\n\n   This document describes a lawful intercept \u{1b}]0;owned\u{7}\u{1b}[2J architecture.\n\n1.  \u{1b}[31mPolicy\u{202E}\n\n   Implementations MUST include an interception interface.\u{9b}1m\n";
    std::fs::write(dir.join("draft-\u{1b}[1mx-00.txt"), hostile).expect("write");
    std::fs::write(dir.join("draft-hostile-00.txt"), hostile).expect("write");
    for format in ["text", "json", "sarif", "markdown"] {
        let output = rightscope_in(
            &dir,
            &[
                "check",
                "--format",
                format,
                "--fail-on",
                "never",
                "draft-hostile-00.txt",
                "draft-\u{1b}[1mx-00.txt",
            ],
        );
        assert!(output.status.success(), "{format}: {}", stderr(&output));
        let out = stdout(&output);
        assert!(out.contains("LI0"), "{format}: no finding in {out}");
        // JSON and SARIF escape C0 controls (`\u001b`); text and Markdown show them as symbols.
        let controls: &[char] = if matches!(format, "json" | "sarif") {
            &['\u{1b}', '\u{7}']
        } else {
            &['\u{1b}', '\u{7}', '\u{9b}', '\u{202E}']
        };
        assert!(
            !out.contains(controls),
            "{format}: a control character reached the output: {out:?}"
        );
        assert!(
            !stderr(&output).contains('\u{1b}'),
            "{format}: {:?}",
            stderr(&output)
        );
    }
}
