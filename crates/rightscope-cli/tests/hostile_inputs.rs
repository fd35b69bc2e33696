//! Hostile configuration, paths and labels through the built binary: `rightscope.toml` that is deeply
//! nested, huge, not UTF-8, full of NULs, UTF-16, or of the wrong shape; directory arguments with
//! `../` and symbolic link loops; `eval` labels CSV files that are broken. Each run must end within
//! the time limit, never panic, and either fail (exit 2) with stderr naming the file and the problem,
//! or succeed with safe output. Cases that found a defect are named after it (docs/hardening.md).
//!
//! The CLI loads no user rule files (only the built-in catalogue), so there are no rule-file cases.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Kill the run and fail after this long.
const TIME_LIMIT: Duration = Duration::from_secs(60);

const MB: usize = 1024 * 1024;

const DRAFT: &str = "Abstract\n\n   This document describes a lawful intercept architecture.\n\n1.  Policy\n\n   Implementations MUST NOT include an interception interface.\n";

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("hostile-inputs")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// What one run gave.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs the binary in `dir`, output to files (no pipe can fill up), killed after the time limit.
fn rightscope(case: &str, dir: &Path, args: &[&str]) -> Run {
    let out_path = dir.join(format!("{case}.stdout"));
    let err_path = dir.join(format!("{case}.stderr"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).expect("stdout file"))
        .stderr(std::fs::File::create(&err_path).expect("stderr file"))
        .spawn()
        .expect("run rightscope");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{case}: still running after {TIME_LIMIT:?}; killed (hang guard)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |path: &Path| {
        String::from_utf8_lossy(&std::fs::read(path).expect("read output")).into_owned()
    };
    let run = Run {
        code: status.code(),
        stdout: read(&out_path),
        stderr: read(&err_path),
    };
    assert!(
        run.code.is_some(),
        "{case}: killed by a signal ({status:?}): {}",
        tail(&run.stderr)
    );
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("internal error"),
        "{case}: panicked: {}",
        tail(&run.stderr)
    );
    assert!(
        !run.stderr.contains("overflowed its stack"),
        "{case}: {}",
        tail(&run.stderr)
    );
    run
}

fn tail(text: &str) -> &str {
    let mut start = text.len().saturating_sub(2000);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// No terminal control characters (other than line feed) and no bidi overrides.
fn assert_clean(case: &str, what: &str, text: &str) {
    let bidi = |c: char| matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if let Some(bad) = text
        .chars()
        .find(|&c| (c.is_control() && c != '\n' && c != '\t') || bidi(c))
    {
        panic!("{case}: {what} holds a raw {bad:?}: {}", tail(text));
    }
}

/// A failed run: exit 2, one short error naming `file` and containing `problem`.
fn assert_fails(case: &str, run: &Run, file: &str, problem: &str) {
    assert_eq!(run.code, Some(2), "{case}: {}", tail(&run.stderr));
    assert!(
        run.stderr.contains(file),
        "{case}: stderr does not name {file}: {}",
        tail(&run.stderr)
    );
    assert!(
        run.stderr.to_lowercase().contains(&problem.to_lowercase()),
        "{case}: stderr does not say {problem:?}: {}",
        tail(&run.stderr)
    );
    assert!(
        run.stderr.len() < 2000,
        "{case}: {} bytes of stderr",
        run.stderr.len()
    );
    assert_clean(case, "stderr", &run.stderr);
}

/// A project with one draft and `rightscope.toml` holding `config`; runs `check` there.
fn check_with_config(case: &str, config: &[u8]) -> Run {
    let dir = scratch(case);
    std::fs::write(dir.join("draft-a-00.txt"), DRAFT).expect("write draft");
    std::fs::write(dir.join("rightscope.toml"), config).expect("write config");
    rightscope(
        case,
        &dir,
        &["check", "--fail-on", "never", "draft-a-00.txt"],
    )
}

// ---------------------------------------------------------------------------------------------
// rightscope.toml

#[test]
fn config_nested_100000_deep_arrays() {
    let depth = 100_000;
    let config = format!("select = {}{}\n", "[".repeat(depth), "]".repeat(depth));
    let run = check_with_config("config-deep-arrays", config.as_bytes());
    assert_fails("config-deep-arrays", &run, "rightscope.toml:1", "");
}

#[test]
fn config_nested_100000_deep_inline_tables() {
    let depth = 100_000;
    let config = format!(
        "severity = {}{}\n",
        "{a = ".repeat(depth),
        "}".repeat(depth)
    );
    let run = check_with_config("config-deep-inline-tables", config.as_bytes());
    assert_fails("config-deep-inline-tables", &run, "rightscope.toml:1", "");
}

#[test]
fn config_nested_100000_deep_table_header() {
    let depth = 100_000;
    let config = format!("[{}]\nx = 1\n", vec!["a"; depth].join("."));
    let run = check_with_config("config-deep-header", config.as_bytes());
    assert_fails("config-deep-header", &run, "rightscope.toml:1", "");
}

#[test]
fn config_of_20_mb() {
    // A valid file made big by a comment: read and used.
    let config = format!(
        "# {}\nselect = [\"LI001\"]\nfail-on = \"never\"\n",
        "x".repeat(20 * MB)
    );
    let run = check_with_config("config-20MB-comment", config.as_bytes());
    assert_eq!(run.code, Some(0), "{}", tail(&run.stderr));
    assert!(run.stdout.contains("LI001"), "{}", tail(&run.stdout));

    // A 20 MB value in an error: the message stays short.
    let config = format!("fail-on = \"{}\"\n", "w".repeat(20 * MB));
    let run = check_with_config("config-20MB-value", config.as_bytes());
    assert_fails("config-20MB-value", &run, "rightscope.toml:1", "fail-on");

    // serde quotes a value of the wrong type in its message.
    let config = format!("select = \"{}\"\n", "S".repeat(20 * MB));
    let run = check_with_config("config-20MB-wrong-type", config.as_bytes());
    assert_fails(
        "config-20MB-wrong-type",
        &run,
        "rightscope.toml:1",
        "expected a sequence",
    );

    let config = format!("ignore = [\"{}\"]\n", "Q".repeat(20 * MB));
    let run = check_with_config("config-20MB-selector", config.as_bytes());
    assert_fails(
        "config-20MB-selector",
        &run,
        "rightscope.toml:1",
        "neither a rule code",
    );
}

#[test]
fn config_invalid_utf8_names_the_line() {
    let run = check_with_config(
        "config-invalid-utf8",
        b"select = [\"LI\"]\nignore = [\"\xff\xfe\"]\n",
    );
    assert_fails("config-invalid-utf8", &run, "rightscope.toml:2", "UTF-8");
}

#[test]
fn config_nul_bytes() {
    let run = check_with_config("config-nul", b"select = [\"LI\"]\n\0\0\0 = 1\n");
    assert_fails("config-nul", &run, "rightscope.toml:2", "");
    let run = check_with_config("config-nul-in-string", b"ignore = [\"LI\x0001\"]\n");
    assert_fails("config-nul-in-string", &run, "rightscope.toml:1", "");
}

#[test]
fn config_utf16_bom_is_named() {
    for (case, bom) in [
        ("config-utf16le", [0xFF, 0xFE]),
        ("config-utf16be", [0xFE, 0xFF]),
    ] {
        let mut config = bom.to_vec();
        for unit in "select = [\"LI\"]\n".encode_utf16() {
            if case.ends_with("le") {
                config.extend(unit.to_le_bytes());
            } else {
                config.extend(unit.to_be_bytes());
            }
        }
        let run = check_with_config(case, &config);
        assert_fails(case, &run, "rightscope.toml", "UTF-16");
    }
}

#[test]
fn config_utf8_bom_is_accepted() {
    let run = check_with_config(
        "config-utf8-bom",
        b"\xef\xbb\xbfselect = [\"LI001\"]\nfail-on = \"never\"\n",
    );
    assert_eq!(run.code, Some(0), "{}", tail(&run.stderr));
    assert!(run.stdout.contains("LI001"), "{}", tail(&run.stdout));
}

#[test]
fn config_unknown_keys_and_wrong_types() {
    for (case, config, line, problem) in [
        (
            "config-unknown-key",
            "select = [\"LI\"]\ncolour = \"red\"\n",
            2,
            "colour",
        ),
        (
            "config-unknown-nested-key",
            "[severity.LI001]\nlevel = 1\n",
            1,
            "string",
        ),
        ("config-select-string", "select = \"LI\"\n", 1, "sequence"),
        ("config-fail-on-number", "fail-on = 3\n", 1, "string"),
        (
            "config-severity-array",
            "severity = [\"LI001\"]\n",
            1,
            "map",
        ),
        (
            "config-ignores-table",
            "[per-path-ignores]\n\"*.txt\" = 1\n",
            2,
            "sequence",
        ),
        (
            "config-bad-glob",
            "[per-path-ignores]\n\"a[\" = [\"LI\"]\n",
            2,
            "glob",
        ),
        (
            "config-duplicate-key",
            "select = [\"LI\"]\nselect = [\"LI\"]\n",
            2,
            "duplicate",
        ),
    ] {
        let run = check_with_config(case, config.as_bytes());
        assert_fails(case, &run, &format!("rightscope.toml:{line}"), problem);
    }
}

#[test]
fn config_control_characters_are_not_echoed_raw() {
    // TOML escapes can put ESC, BEL and bidi overrides into a selector; the error must show them
    // escaped, not send them to the terminal.
    for (case, config) in [
        (
            "config-esc-selector",
            "ignore = [\"\\u001b]0;pwned\\u0007\"]\n",
        ),
        (
            "config-bidi-severity",
            "[severity]\nLI001 = \"\\u202eerror\"\n",
        ),
        (
            "config-esc-glob",
            "[per-path-ignores]\n\"\\u001b[2J[\" = [\"LI\"]\n",
        ),
    ] {
        let run = check_with_config(case, config.as_bytes());
        assert_eq!(run.code, Some(2), "{case}: {}", tail(&run.stderr));
        assert!(
            run.stderr.contains("rightscope.toml:"),
            "{case}: {}",
            run.stderr
        );
        assert_clean(case, "stderr", &run.stderr);
    }
}

#[test]
fn config_given_with_config_flag_that_is_a_directory_or_missing() {
    let dir = scratch("config-flag");
    std::fs::write(dir.join("draft-a-00.txt"), DRAFT).expect("write draft");
    std::fs::create_dir_all(dir.join("cfgdir")).expect("mkdir");
    let run = rightscope(
        "config-dir",
        &dir,
        &["check", "--config", "cfgdir", "draft-a-00.txt"],
    );
    assert_fails("config-dir", &run, "cfgdir", "");
    let run = rightscope(
        "config-missing",
        &dir,
        &["check", "--config", "nope.toml", "draft-a-00.txt"],
    );
    assert_fails("config-missing", &run, "nope.toml", "");
}

// ---------------------------------------------------------------------------------------------
// Paths

#[test]
fn check_a_path_with_dot_dot() {
    let dir = scratch("dot-dot");
    std::fs::create_dir_all(dir.join("a/b")).expect("mkdir");
    std::fs::write(dir.join("a/draft-a-00.txt"), DRAFT).expect("write");
    let run = rightscope(
        "dot-dot",
        &dir.join("a/b"),
        &[
            "check",
            "--no-config",
            "--select",
            "LI001",
            "../draft-a-00.txt",
        ],
    );
    assert_eq!(run.code, Some(1), "{}", tail(&run.stderr));
    assert!(run.stdout.contains("../draft-a-00.txt:"), "{}", run.stdout);
    let run = rightscope(
        "dot-dot-dir",
        &dir.join("a/b"),
        &["check", "--no-config", "--select", "LI001", "../../a/b/.."],
    );
    assert_eq!(run.code, Some(1), "{}", tail(&run.stderr));
    assert!(run.stdout.contains("draft-a-00.txt:"), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn check_a_directory_with_symlink_loops() {
    use std::os::unix::fs::symlink;
    let dir = scratch("symlink-loop");
    let docs = dir.join("docs");
    std::fs::create_dir_all(docs.join("sub")).expect("mkdir");
    std::fs::write(docs.join("draft-a-00.txt"), DRAFT).expect("write");
    symlink(&docs, docs.join("sub/back")).expect("dir loop");
    symlink("self.txt", docs.join("self.txt")).expect("self loop");
    let run = rightscope(
        "symlink-loop",
        &dir,
        &["check", "--no-config", "--select", "LI001", "docs"],
    );
    // The loops are reported, the draft is still checked.
    assert_eq!(run.code, Some(2), "{}", tail(&run.stderr));
    assert!(run.stdout.contains("draft-a-00.txt:"), "{}", run.stdout);
    assert!(run.stderr.contains("back"), "{}", run.stderr);
    assert!(run.stderr.contains("self.txt"), "{}", run.stderr);
    assert_clean("symlink-loop", "stderr", &run.stderr);
}

// ---------------------------------------------------------------------------------------------
// eval labels CSV

fn eval(case: &str, labels: &[u8]) -> Run {
    let dir = scratch(case);
    std::fs::create_dir_all(dir.join("corpus")).expect("mkdir");
    std::fs::write(dir.join("corpus/draft-a-00.txt"), DRAFT).expect("write");
    std::fs::write(dir.join("labels.csv"), labels).expect("write labels");
    rightscope(case, &dir, &["eval", "labels.csv", "--corpus", "corpus"])
}

#[test]
fn eval_labels_that_are_fine() {
    let run = eval(
        "eval-good",
        b"document,family,verdict,why\ndraft-a-00,LI,mitigates,\"refuses, in words\"\n",
    );
    assert_eq!(run.code, Some(0), "{}", tail(&run.stderr));
    assert!(run.stdout.contains("\"pairs\""), "{}", tail(&run.stdout));
}

#[test]
fn eval_labels_with_unbalanced_quotes() {
    // The why column is free text to the end of the line; a quote elsewhere is part of a name.
    let run = eval(
        "eval-quote-why",
        b"document,family,verdict,why\ndraft-a-00,LI,mitigates,\"never closed\n",
    );
    assert_eq!(run.code, Some(0), "{}", tail(&run.stderr));
    let run = eval(
        "eval-quote-document",
        b"document,family,verdict,why\n\"draft-a-00,LI,mitigates,x\n",
    );
    assert_fails("eval-quote-document", &run, "labels.csv: line 2", "quote");
    let run = eval(
        "eval-quote-verdict",
        b"document,family,verdict,why\ndraft-a-00,LI,\"mitigates,x\n",
    );
    assert_fails("eval-quote-verdict", &run, "labels.csv: line 2", "verdict");
}

#[test]
fn eval_labels_with_a_huge_field() {
    let labels = format!(
        "document,family,verdict,why\ndraft-a-00,{},none,x\n",
        "F".repeat(10 * MB)
    );
    let run = eval("eval-huge-family", labels.as_bytes());
    assert_fails(
        "eval-huge-family",
        &run,
        "labels.csv: line 2",
        "unknown family",
    );
    let labels = format!(
        "document,family,verdict,why\n{},LI,none,x\n",
        "d".repeat(10 * MB)
    );
    let run = eval("eval-huge-document", labels.as_bytes());
    assert_fails(
        "eval-huge-document",
        &run,
        "labels.csv: line 2",
        "bytes long",
    );
}

#[test]
fn eval_labels_invalid_utf8_names_the_line() {
    let run = eval(
        "eval-invalid-utf8",
        b"document,family,verdict,why\ndraft-a-00,LI,none,ok\ndraft-a-00,SURV,none,caf\xe9\n",
    );
    assert_fails("eval-invalid-utf8", &run, "labels.csv:3", "UTF-8");
}

#[test]
fn eval_labels_with_control_characters() {
    for (case, labels) in [
        (
            "eval-esc-document",
            "document,family,verdict,why\n\u{1b}]0;pwned\u{7},LI,none,x\n",
        ),
        (
            "eval-bidi-family",
            "document,family,verdict,why\ndraft-a-00,\u{202e}IL,none,x\n",
        ),
        (
            "eval-nul-verdict",
            "document,family,verdict,why\ndraft-a-00,LI,no\0ne,x\n",
        ),
    ] {
        let run = eval(case, labels.as_bytes());
        assert_fails(case, &run, "labels.csv: line 2", "");
    }
}

#[test]
fn eval_labels_utf16_and_empty() {
    let mut labels = vec![0xFF, 0xFE];
    for unit in "document,family,verdict,why\n".encode_utf16() {
        labels.extend(unit.to_le_bytes());
    }
    let run = eval("eval-utf16", &labels);
    assert_fails("eval-utf16", &run, "labels.csv", "UTF-16");
    let run = eval("eval-nul-only", &[0; 1000]);
    assert_fails("eval-nul-only", &run, "labels.csv: line 1", "");
}
