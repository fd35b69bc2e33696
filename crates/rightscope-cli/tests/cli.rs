//! End-to-end behaviour of the `rightscope` binary: output, exit codes, and hostile input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn corpus() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
}

fn rightscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .args(args)
        .output()
        .expect("run rightscope")
}

/// A fresh scratch directory under cargo's target tmp dir.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

#[test]
fn parse_text_summary_of_an_rfc() {
    let path = corpus().join("sample/rfc3924.txt");
    let output = rightscope(&["parse", path_str(&path)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output).replace(path_str(&path), "rfc3924.txt");
    insta::assert_snapshot!(text);
}

#[test]
fn parse_json_is_versioned_and_lists_sections() {
    let path = corpus().join("sample/rfc7258.txt");
    let output = rightscope(&["parse", "--format", "json", path_str(&path)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(report["version"], 1);
    let document = &report["documents"][0];
    assert_eq!(document["meta"]["rfc_number"], 7258);
    assert_eq!(document["format"], "rfc-text");
    let kinds: Vec<&str> = document["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .filter_map(|section| section["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"SecurityConsiderations"), "{kinds:?}");
    assert!(report["errors"].as_array().is_some_and(Vec::is_empty));
}

#[test]
fn strip_removes_pagination() {
    let path = corpus().join("sample/rfc3924.txt");
    let output = rightscope(&["strip", path_str(&path)]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(!text.contains("[Page 1]"));
    assert!(!text.contains('\u{c}'));
    assert!(
        !text.contains("RFC 3924           Architecture for Lawful Intercept        October 2004")
    );
    assert!(text.contains("Cisco Architecture for Lawful Intercept in IP Networks"));
}

#[test]
fn strip_writes_files_into_an_output_directory() {
    let dir = scratch("strip-out");
    let path = corpus().join("sample/rfc2119.txt");
    let output = rightscope(&["strip", "-o", path_str(&dir), path_str(&path)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = std::fs::read_to_string(dir.join("rfc2119.txt.stripped")).expect("written");
    assert!(written.contains("MUST"));
}

#[test]
fn hostile_inputs_fail_alone_with_clear_errors() {
    let dir = scratch("hostile");
    std::fs::write(dir.join("empty.txt"), b"").expect("write");
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(dir.join("garbage.txt"), &garbage).expect("write");
    std::fs::write(
        dir.join("latin1.txt"),
        b"Abstract\n\n   caf\xe9 and na\xefve text.\n",
    )
    .expect("write");
    std::fs::write(dir.join("script.html"), b"<!DOCTYPE html><html><body><section><h2 id='a'>Intro</h2><p>Hello<script>alert('x')</script></p></section></body></html>").expect("write");
    std::fs::copy(corpus().join("sample/rfc7258.txt"), dir.join("good.txt")).expect("copy");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.join("does-not-exist.txt"), dir.join("dangling.txt"))
            .expect("symlink");
        std::fs::create_dir_all(dir.join("loop")).expect("mkdir");
        std::os::unix::fs::symlink(&dir, dir.join("loop/back")).expect("symlink");
    }

    let output = rightscope(&["parse", path_str(&dir)]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let errors = stderr(&output);
    let summary = stdout(&output);
    assert!(errors.contains("empty.txt: the file is empty"), "{errors}");
    assert!(
        errors.contains("garbage.txt: this is not a standards document"),
        "{errors}"
    );
    #[cfg(unix)]
    {
        assert!(
            errors.contains("dangling.txt: no such file or directory"),
            "{errors}"
        );
        assert!(errors.contains("symbolic link loop"), "{errors}");
    }
    assert!(!errors.contains("panicked"), "{errors}");
    // The good and the merely odd files are still read.
    assert!(
        summary.contains("good.txt") && summary.contains("rfc7258"),
        "{summary}"
    );
    assert!(summary.contains("latin1.txt"), "{summary}");
    assert!(summary.contains("not valid UTF-8"), "{summary}");
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let output = rightscope(&["strip", "/nonexistent/rfc1.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("/nonexistent/rfc1.txt: no such file or directory"));
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_not_waited_on() {
    let dir = scratch("fifo");
    let fifo = dir.join("pipe.txt");
    let status = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(status.success());
    let output = rightscope(&["parse", path_str(&fifo)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("not a regular file"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_hundred_megabyte_line_is_refused_by_size_or_read_in_linear_time() {
    let dir = scratch("long-line");
    let path = dir.join("long.txt");
    let line = "a".repeat(100 * 1024 * 1024);
    std::fs::write(&path, format!("Abstract\n\n{line}\n")).expect("write");
    let output = rightscope(&["parse", path_str(&path)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("over the limit"),
        "{}",
        stderr(&output)
    );

    // Read in full when allowed: the readers are linear, so this finishes (CI's time limit is the hang guard).
    let output = rightscope(&["strip", "--max-size", "200000000", path_str(&path)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        output.stdout.len(),
        100 * 1024 * 1024 + "Abstract\n\n\n".len()
    );
}
