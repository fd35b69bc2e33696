//! `rightscope participation report` end to end over the real archives of
//! `../shared/corpus/mbox/` (read by path): table, JSON and CSV, exit codes, clear errors, facts
//! counted by hand, and no address or display name of the archive in any output.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn mbox(rel: &str) -> PathBuf {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/mbox"
    ))
    .join(rel)
}

const EVS: &str = "bigbang/3GPP_mbox/3GPP_TSG_SA_WG4_EVS.mbox";
const OTA: &str = "bigbang/3GPP_mbox/3GPP_TSG_RAN_WG4_NR-MIMO-OTA.mbox";
const PIPERMAIL: &str = "bigbang/2001-November.txt";
const LISTSERV: &str = "bigbang/3GPP/3GPP_TSG_SA_WG2_MTCE";

/// A key directory of its own, so the test never writes to the user's data directory.
fn data_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("participation-key");
    std::fs::create_dir_all(&dir).expect("key dir");
    dir
}

fn report(args: &[&str], archives: &[PathBuf]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rightscope"));
    command
        .args(["participation", "report", "--data-dir"])
        .arg(data_dir())
        .args(args)
        .args(archives);
    command.output().expect("run rightscope")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every mail address in a file: the longest run of address characters on each side of an `@`,
/// with a dot in the domain.
fn addresses(path: &Path) -> BTreeSet<String> {
    let bytes = std::fs::read(path).expect("archive");
    let text = String::from_utf8_lossy(&bytes).to_lowercase();
    let local = |c: char| c.is_ascii_alphanumeric() || "._%+-=".contains(c);
    let domain = |c: char| c.is_ascii_alphanumeric() || ".-".contains(c);
    let mut found = BTreeSet::new();
    for (at, _) in text.match_indices('@') {
        let before: String = text[..at]
            .chars()
            .rev()
            .take_while(|&c| local(c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let after: String = text[at + 1..].chars().take_while(|&c| domain(c)).collect();
        let after = after.trim_end_matches('.');
        if !before.is_empty() && after.contains('.') {
            found.insert(format!("{before}@{after}"));
        }
    }
    found
}

/// Display names of the `From:` headers (two words or more, so a name, not a role).
fn display_names(path: &Path) -> BTreeSet<String> {
    let bytes = std::fs::read(path).expect("archive");
    let text = String::from_utf8_lossy(&bytes);
    text.lines()
        .filter_map(|line| line.strip_prefix("From: "))
        .filter_map(|from| from.split_once('<').map(|(name, _)| name))
        .map(|name| name.trim().trim_matches('"').trim().to_string())
        .filter(|name| name.split_whitespace().count() >= 2 && !name.contains("=?"))
        .collect()
}

fn assert_private(output: &str, archives: &[PathBuf]) {
    assert!(!output.contains('@'), "an address-like text in the output");
    let lower = output.to_lowercase();
    let mut checked = 0;
    for archive in archives {
        let files: Vec<PathBuf> = if archive.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(archive)
                .expect("dir")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            files.sort();
            files
        } else {
            vec![archive.clone()]
        };
        for file in files {
            let found = addresses(&file);
            checked += found.len();
            for address in found {
                assert!(!lower.contains(&address), "output shows {address}");
            }
            for name in display_names(&file) {
                assert!(!output.contains(&name), "output shows the name {name}");
            }
        }
    }
    assert!(checked > 0, "the archives have addresses to look for");
}

fn all_archives() -> Vec<PathBuf> {
    vec![mbox(EVS), mbox(OTA), mbox(PIPERMAIL), mbox(LISTSERV)]
}

#[test]
fn table_shows_lists_side_by_side_and_nobody() {
    let archives = all_archives();
    let output = report(&[], &archives);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("Participation (aggregate only"), "{text}");
    for name in [
        "3GPP_TSG_SA_WG4_EVS.mbox",
        "3GPP_TSG_RAN_WG4_NR-MIMO-OTA.mbox",
        "2001-November.txt",
        "3GPP_TSG_SA_WG2_MTCE",
    ] {
        assert!(text.contains(name), "table names {name}");
    }
    let messages = text
        .lines()
        .find(|l| l.starts_with("messages "))
        .expect("messages row");
    assert_eq!(
        messages.split_whitespace().nth(1),
        Some("50"),
        "EVS first: {messages}"
    );
    let domains = text
        .lines()
        .find(|l| l.starts_with("sender domains "))
        .expect("domains row");
    assert_eq!(domains.split_whitespace().nth(2), Some("9"), "{domains}");
    assert!(text.contains("< 5"), "small cells read < 5");
    assert_private(&text, &archives);
}

#[test]
fn json_has_the_hand_checked_facts() {
    let archives = vec![mbox(EVS)];
    let output = report(&["--format", "json", "--period", "month"], &archives);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(value["k"], 5);
    assert_eq!(value["period"], "month");
    let list = &value["lists"][0];
    assert_eq!(list["name"], "3GPP_TSG_SA_WG4_EVS.mbox");
    assert_eq!(list["read"]["format"], "mbox");
    // 50 messages (grep -c '^From '), 9 distinct sender domains, none unreadable.
    assert_eq!(list["read"]["messages"], 50);
    assert_eq!(list["totals"]["messages"], 50);
    assert_eq!(list["read"]["domains"], 9);
    assert_eq!(list["read"]["undated"], 0);
    assert_eq!(list["read"]["skipped"], serde_json::json!({}));
    // Every period's messages add up to the 50 (where shown), and hidden cells read "< 5".
    let periods = list["periods"].as_array().expect("periods");
    assert!(!periods.is_empty());
    assert!(text.contains("\"< 5\""));
    // Thread roots: 39 by hand (34 without In-Reply-To, 5 replying outside the archive), shown
    // unless complementary suppression withholds them.
    let threads = &list["totals"]["threads"];
    assert!(
        threads == 39 || threads == "< 5",
        "threads of the whole archive: {threads}"
    );
    assert_private(&text, &archives);
}

#[test]
fn csv_is_long_format_and_private() {
    let archives = all_archives();
    let output = report(&["--format", "csv", "--period", "year"], &archives);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("list,period,section,category,metric,value")
    );
    assert!(text.contains("3GPP_TSG_SA_WG4_EVS.mbox,all,read,,messages,50\n"));
    assert!(text.contains("3GPP_TSG_SA_WG4_EVS.mbox,all,read,,domains,9\n"));
    assert!(text.contains("3GPP_TSG_SA_WG4_EVS.mbox,all,activity,,messages,50\n"));
    // Pipermail: 164 messages; the LISTSERV list is the directory of .LOG files.
    assert!(text.contains("2001-November.txt,all,activity,,messages,164\n"));
    assert!(text.contains("3GPP_TSG_SA_WG2_MTCE,all,read,,"));
    for line in text.lines().skip(1) {
        // Six fields, quoted when they contain a comma.
        assert!(line.split(',').count() >= 6, "{line}");
    }
    assert!(text.contains(",< 5\n"), "hidden cells read < 5");
    assert_private(&text, &archives);
}

#[test]
fn a_missing_archive_is_named_with_exit_code_2() {
    let missing = mbox("bigbang/no-such-archive.mbox");
    let output = report(&[], &[mbox(EVS), missing.clone()]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("no-such-archive.mbox"), "{err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_file_that_is_not_an_archive_is_named_with_exit_code_2() {
    let output = report(&["--format", "json"], &[mbox("mailarchive/mail_bad.1")]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("mail_bad.1"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    // The report of what could be read is still written, as valid JSON.
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["lists"], serde_json::json!([]));
}

#[test]
fn no_archive_is_a_usage_error() {
    let output = report(&[], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("archive"), "{}", stderr(&output));
}

#[test]
fn the_mailarchive_files_each_read_without_losing_the_others() {
    let dir = mbox("mailarchive");
    let output = report(&["--format", "json"], std::slice::from_ref(&dir));
    // A directory is one list; the one file that is not an archive is reported, not fatal.
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("mail_bad.1"),
        "{}",
        stderr(&output)
    );
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let list = &value["lists"][0];
    assert_eq!(list["name"], "mailarchive");
    assert!(list["read"]["messages"].as_u64().is_some_and(|n| n > 100));
    assert!(list["read"]["skipped"]["no-sender"]
        .as_u64()
        .is_some_and(|n| n >= 1));
    assert_private(&stdout(&output), &[dir]);
}
