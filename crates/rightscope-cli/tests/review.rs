//! `rightscope user …`, `review export` and `audit verify` through the binary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::SystemTime;

use rightscope_review::review::{self, StartReview};
use rightscope_review::{Actor, AnswerStatus, Role, Visibility};
use rightscope_store::{DocumentFacts, NewRevision, Store};

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("review")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// Runs the binary with `stdin` as standard input.
fn rightscope(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .args(args)
        .env_remove("RIGHTSCOPE_DATA")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run rightscope");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn user_commands() {
    let dir = scratch("users");
    let data = dir.join("data");
    let add = rightscope(
        &[
            "user",
            "add",
            "Alice",
            "--role",
            "admin",
            "--display-name",
            "Marsh Harrier",
            "--data-dir",
            s(&data),
        ],
        "a long enough passphrase\n",
    );
    assert!(add.status.success(), "{}", text(&add.stderr));
    assert_eq!(
        text(&add.stdout),
        "added alice (admin, shown as \"Marsh Harrier\")\n"
    );

    let file = dir.join("password");
    std::fs::write(&file, "another long passphrase\n").expect("write");
    let add = rightscope(
        &[
            "user",
            "add",
            "bob",
            "--role",
            "reviewer",
            "--display-name",
            "Little Owl",
            "--password-file",
            s(&file),
            "--data-dir",
            s(&data),
        ],
        "",
    );
    assert!(add.status.success(), "{}", text(&add.stderr));

    // Refusals: taken login, weak password, no password, a password on the command line.
    let taken = rightscope(
        &[
            "user",
            "add",
            "bob",
            "--role",
            "viewer",
            "--display-name",
            "B",
            "--data-dir",
            s(&data),
        ],
        "a long enough passphrase\n",
    );
    assert_eq!(taken.status.code(), Some(2));
    assert!(
        text(&taken.stderr).contains("\"bob\" is already taken"),
        "{}",
        text(&taken.stderr)
    );
    let weak = rightscope(
        &[
            "user",
            "add",
            "carol",
            "--role",
            "viewer",
            "--display-name",
            "C",
            "--data-dir",
            s(&data),
        ],
        "short\n",
    );
    assert_eq!(weak.status.code(), Some(2));
    assert!(
        text(&weak.stderr).contains("at least 10"),
        "{}",
        text(&weak.stderr)
    );
    let none = rightscope(
        &[
            "user",
            "add",
            "carol",
            "--role",
            "viewer",
            "--display-name",
            "C",
            "--data-dir",
            s(&data),
        ],
        "",
    );
    assert_eq!(none.status.code(), Some(2));
    assert!(
        text(&none.stderr).contains("no password given"),
        "{}",
        text(&none.stderr)
    );
    let argument = rightscope(
        &[
            "user",
            "add",
            "carol",
            "--role",
            "viewer",
            "--display-name",
            "C",
            "--password",
            "a long enough passphrase",
            "--data-dir",
            s(&data),
        ],
        "",
    );
    assert_eq!(
        argument.status.code(),
        Some(2),
        "no --password option exists"
    );

    let list = rightscope(&["user", "list", "--data-dir", s(&data)], "");
    assert!(list.status.success(), "{}", text(&list.stderr));
    assert_eq!(
        text(&list.stdout),
        "alice\tadmin\tMarsh Harrier\nbob\treviewer\tLittle Owl\n"
    );

    let disable = rightscope(&["user", "disable", "bob", "--data-dir", s(&data)], "");
    assert!(disable.status.success(), "{}", text(&disable.stderr));
    let list = rightscope(
        &["user", "list", "--format", "json", "--data-dir", s(&data)],
        "",
    );
    let users: serde_json::Value = serde_json::from_slice(&list.stdout).expect("json");
    assert_eq!(users[1]["login"], "bob");
    assert_eq!(users[1]["disabled"], true);
    assert!(
        !text(&list.stdout).contains("argon2"),
        "hashes never leave the store"
    );

    let reset = rightscope(
        &["user", "reset-password", "alice", "--data-dir", s(&data)],
        "a brand new passphrase\n",
    );
    assert!(reset.status.success(), "{}", text(&reset.stderr));
    let unknown = rightscope(&["user", "disable", "zed", "--data-dir", s(&data)], "");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("user \"zed\" not found"));

    // Nothing stored yet elsewhere: reading commands refuse a missing store.
    let missing = rightscope(&["user", "list", "--data-dir", s(&dir.join("nothing"))], "");
    assert_eq!(missing.status.code(), Some(2));
}

/// A store with one revision, two accounts and a review with an answer and a span.
async fn seed(data: &Path) -> i64 {
    let store = Store::open(data).await.expect("open");
    let text = "Abstract\n\n   This document describes an architecture for lawful intercept.\n";
    store
        .put_revisions(&[NewRevision {
            document: DocumentFacts {
                sdo: Some("ietf".to_string()),
                ..DocumentFacts::named("rfc3924")
            },
            rev: None,
            date: None,
            format: "rfc-text".to_string(),
            path: "rfc3924.txt".to_string(),
            sha256: format!("{:064x}", 3924),
            size: text.len() as i64,
            title: None,
            text: text.to_string(),
            sections: Vec::new(),
            meta: serde_json::json!({}),
            findings: Vec::new(),
            assessments: Vec::new(),
            events: Vec::new(),
            relations: Vec::new(),
            references: Vec::new(),
            considerations: Vec::new(),
        }])
        .await
        .expect("put");
    let now = SystemTime::now();
    let lead = rightscope_review::accounts::add_user(
        &store,
        Actor::Cli,
        "lead",
        "Marsh Harrier",
        "a long enough passphrase",
        Role::Reviewer,
        now,
    )
    .await
    .expect("user");
    let id = review::start_review(
        &store,
        &lead,
        &StartReview {
            document: "rfc3924",
            rev: None,
            questionnaire: None,
            title: None,
            visibility: Visibility::Private,
        },
        now,
    )
    .await
    .expect("start");
    review::answer(
        &store,
        &lead,
        id,
        "privacy",
        AnswerStatus::Concern,
        "Interception is the purpose.",
        now,
    )
    .await
    .expect("answer");
    let start = text.find("lawful intercept").expect("quote");
    review::attach_span(&store, &lead, id, "privacy", start, start + 16, "", now)
        .await
        .expect("span");
    store.close().await;
    id
}

#[test]
fn export_and_audit_verify() {
    let dir = scratch("export");
    let data = dir.join("data");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let id = runtime.block_on(seed(&data)).to_string();

    let markdown = rightscope(&["review", "export", &id, "--data-dir", s(&data)], "");
    assert!(markdown.status.success(), "{}", text(&markdown.stderr));
    let markdown = text(&markdown.stdout);
    assert!(
        markdown.starts_with("# Human rights review of rfc3924\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("Reviewers: Marsh Harrier\n"),
        "{markdown}"
    );
    assert!(markdown.contains("## 12. Privacy"), "{markdown}");
    assert!(
        markdown.contains("Answer: Concern\n\nInterception is the purpose."),
        "{markdown}"
    );
    assert!(
        markdown.contains("> \"lawful intercept\"\n>\n> — line 3"),
        "{markdown}"
    );
    assert!(
        !markdown.contains("lead"),
        "logins never appear: {markdown}"
    );

    let json = rightscope(
        &[
            "review",
            "export",
            &id,
            "--format",
            "json",
            "--data-dir",
            s(&data),
        ],
        "",
    );
    assert!(json.status.success(), "{}", text(&json.stderr));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(value["version"], 1);
    assert_eq!(value["questions"].as_array().map(Vec::len), Some(21));
    assert_eq!(value["questions"][11]["status"], "concern");

    let unknown = rightscope(&["review", "export", "999", "--data-dir", s(&data)], "");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("review 999 not found"));

    let verify = rightscope(&["audit", "verify", "--data-dir", s(&data)], "");
    assert_eq!(verify.status.code(), Some(0), "{}", text(&verify.stderr));
    assert!(
        text(&verify.stdout).starts_with("audit log intact: 4 entries, head "),
        "{}",
        text(&verify.stdout)
    );

    // Tamper with the second entry behind the store's back.
    let db = data.join("rightscope.db");
    let sqlite = Command::new("sqlite3")
        .arg(&db)
        .arg("UPDATE audit_log SET actor = 'user:99' WHERE seq = 2")
        .output()
        .expect("run sqlite3 (Debian package sqlite3)");
    assert!(sqlite.status.success(), "{}", text(&sqlite.stderr));
    let verify = rightscope(&["audit", "verify", "--data-dir", s(&data)], "");
    assert_eq!(verify.status.code(), Some(1));
    assert!(
        text(&verify.stdout).starts_with("audit log entry 2 is broken: its hash does not match"),
        "{}",
        text(&verify.stdout)
    );
}
