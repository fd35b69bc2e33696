//! `rightscope ingest`, `show`, `feed` and `watch` end to end through the binary, and the kill -9
//! test: an ingest killed at random moments and restarted leaves the same store as a clean run.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

use rightscope_store::{EventKind, NewEvent, Store};

fn corpus() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
}

fn fixtures() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../rightscope-ingest/tests/fixtures"
    ))
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("ingest")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn rightscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .args(args)
        .env_remove("RIGHTSCOPE_DATA")
        .output()
        .expect("run rightscope")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn ingest_fixtures(data: &Path) {
    let output = rightscope(&[
        "ingest",
        "--data-dir",
        s(data),
        s(&fixtures().join("mirror")),
        s(&fixtures().join("drafts")),
        s(&fixtures().join("w3c")),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let summary = text(&output.stdout);
    assert!(summary.contains("5 inserted, 0 unchanged"), "{summary}");
}

#[test]
fn ingest_twice_then_show() {
    let data = scratch("show").join("data");
    ingest_fixtures(&data);
    // The second run finds everything stored.
    let output = rightscope(&[
        "ingest",
        "--data-dir",
        s(&data),
        "--format",
        "json",
        s(&fixtures().join("mirror")),
        s(&fixtures().join("drafts")),
        s(&fixtures().join("w3c")),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON summary");
    assert_eq!(summary["revisions_inserted"], 0);
    assert_eq!(summary["revisions_unchanged"], 5);

    let output = rightscope(&["show", "rfc9902", "--data-dir", s(&data)]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let shown = text(&output.stdout);
    for expected in [
        "rfc9902  Example Logs, Version 2: Minimised",
        "status: PROPOSED STANDARD",
        "wg: exlog",
        "Revisions (3)",
        "draft-ietf-exlog-minimised-00",
        "rfc9902 obsoletes rfc9901",
        "became-rfc",
        "published",
        "Verdicts of the latest revision",
    ] {
        assert!(shown.contains(expected), "{expected:?} in\n{shown}");
    }

    let output = rightscope(&[
        "show",
        "RFC9902",
        "--format",
        "json",
        "--data-dir",
        s(&data),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["version"], 1);
    assert_eq!(json["document"]["name"], "rfc9902");
    assert_eq!(json["revisions"].as_array().map(Vec::len), Some(3));
    assert!(json["timeline"].as_array().is_some_and(|t| t.len() >= 5));
    assert!(json["verdicts"].as_array().is_some_and(|v| !v.is_empty()));

    // A draft revision name shows the draft.
    let output = rightscope(&[
        "show",
        "draft-ietf-exlog-minimised-01",
        "--data-dir",
        s(&data),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("became: RFC 9902"));

    let output = rightscope(&["show", "rfc1", "--data-dir", s(&data)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with("error: rfc1: no such document"));
}

#[test]
fn watchlist_feed_is_atom() {
    let data = scratch("feed").join("data");
    ingest_fixtures(&data);
    // A Last Call deadline in the future, as the Datatracker would report it.
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let store = Store::open(data.clone()).await.expect("open");
        let future = SystemTime::now() + Duration::from_secs(20 * 86_400);
        let deadline = rightscope_cli_date(future);
        store
            .put_events(
                "draft-ietf-exlog-minimised",
                &[NewEvent {
                    at: deadline,
                    kind: EventKind::LastCallEnd,
                    detail: "IETF Last Call <ends>".to_string(),
                    source: "test".to_string(),
                }],
            )
            .await
            .expect("event");
        store.close().await;
    });
    let owner = ["--owner", "tester", "--data-dir", s(&data)];
    let output =
        rightscope(&[&["watch", "add", "logs", "--query", "wg:exlog"][..], &owner].concat());
    assert!(output.status.success(), "{}", text(&output.stderr));
    let output = rightscope(&[&["watch", "list"][..], &owner].concat());
    assert!(
        text(&output.stdout).contains("logs"),
        "{}",
        text(&output.stdout)
    );

    let output = rightscope(&[&["feed", "logs", "--since", "2000-01-01"][..], &owner].concat());
    assert!(output.status.success(), "{}", text(&output.stderr));
    let xml = text(&output.stdout);
    let document = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let feed = document.root_element();
    assert_eq!(
        feed.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    for required in ["id", "title", "updated", "author"] {
        assert!(
            feed.children().any(|c| c.tag_name().name() == required),
            "{required}"
        );
    }
    let titles: Vec<String> = feed
        .children()
        .filter(|c| c.tag_name().name() == "entry")
        .filter_map(|entry| {
            entry
                .children()
                .find(|c| c.tag_name().name() == "title")
                .and_then(|t| t.text())
                .map(str::to_string)
        })
        .collect();
    assert!(
        titles
            .iter()
            .any(|t| t == "New revision: draft-ietf-exlog-minimised-00"),
        "{titles:?}"
    );
    assert!(
        titles.iter().any(|t| t == "New revision: rfc9902"),
        "{titles:?}"
    );
    assert!(
        titles.iter().any(|t| t.starts_with("Last Call ends")),
        "{titles:?}"
    );
    assert!(
        xml.contains("IETF Last Call &lt;ends&gt;"),
        "escaped: {xml}"
    );

    let output = rightscope(&[&["watch", "remove", "logs"][..], &owner].concat());
    assert!(output.status.success(), "{}", text(&output.stderr));
    let output = rightscope(&[&["feed", "logs"][..], &owner].concat());
    assert_eq!(output.status.code(), Some(2));
    let output = rightscope(&[&["feed", "1", "--since", "yesterday"][..], &owner].concat());
    assert_eq!(output.status.code(), Some(2));
}

/// `YYYY-MM-DD` of an instant (UTC).
fn rightscope_cli_date(at: SystemTime) -> String {
    let days = at
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// What a store holds, for comparing two stores.
#[derive(Debug, PartialEq, Eq)]
struct Contents {
    counts: (i64, i64, i64),
    hashes: BTreeSet<String>,
    latest: BTreeSet<(String, String, i64)>,
    errors: BTreeSet<(String, String)>,
}

async fn contents(data: &Path) -> Contents {
    let store = Store::open(data.to_path_buf()).await.expect("open");
    let counts = store.counts().await.expect("counts");
    let hashes = store
        .known_hashes()
        .await
        .expect("hashes")
        .into_iter()
        .collect();
    let mut latest = BTreeSet::new();
    let mut pages = store.stream_revisions(100);
    while let Some(page) = pages.next_page().await.expect("page") {
        for record in page {
            // A revision's findings are all there: the stored count matches the rows.
            let findings = store.findings(record.revision.id).await.expect("findings");
            assert_eq!(findings.len() as i64, record.revision.finding_count);
            latest.insert((
                record.document.name,
                record.revision.sha256,
                record.revision.finding_count,
            ));
        }
    }
    let errors = store
        .errors()
        .await
        .expect("errors")
        .into_iter()
        .map(|e| (e.path, e.message))
        .collect();
    store.close().await;
    Contents {
        counts: (counts.documents, counts.revisions, counts.findings),
        hashes,
        latest,
        errors,
    }
}

fn ingest_command(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rightscope"));
    command
        .args([
            "ingest",
            "--batch-size",
            "4",
            "-j",
            "1",
            "--data-dir",
            s(data),
        ])
        .arg(corpus().join("drafts"))
        .arg(corpus().join("sample"))
        .env_remove("RIGHTSCOPE_DATA")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// Revisions stored so far, read without disturbing the writer (WAL readers never block it).
async fn stored_revisions(data: &Path) -> i64 {
    if !data.join("rightscope.db").exists() {
        return 0;
    }
    match Store::open(data.to_path_buf()).await {
        Ok(store) => {
            let n = store.counts().await.map_or(0, |c| c.revisions);
            store.close().await;
            n
        }
        Err(_) => 0,
    }
}

#[test]
fn killed_ingest_resumes_to_the_same_store() {
    let dir = scratch("kill");
    let clean = dir.join("clean");
    let killed = dir.join("killed");
    let status = ingest_command(&clean).status().expect("clean run");
    assert!(matches!(status.code(), Some(0 | 2)), "{status:?}");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let expected = runtime.block_on(contents(&clean));
    let total = expected.counts.1;
    assert!(
        total > 100,
        "the subset has enough revisions to kill mid-way: {total}"
    );

    // Kill at about a quarter and at about two thirds of the way (wherever the writer and the
    // parsers happen to be then), then let a third run finish.
    let mut kills = 0;
    for target in [total / 4, total * 2 / 3] {
        let mut child = ingest_command(&killed).spawn().expect("spawn");
        let started = Instant::now();
        loop {
            if let Some(status) = child.try_wait().expect("wait") {
                panic!("ingest finished before it could be killed: {status:?}");
            }
            if runtime.block_on(stored_revisions(&killed)) >= target {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(600),
                "ingest made no progress"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        child.kill().expect("kill -9");
        let status = child.wait().expect("reap");
        assert!(!status.success());
        kills += 1;
        let partial = runtime.block_on(contents(&killed));
        assert!(partial.counts.1 < total, "killed before the end");
    }
    assert_eq!(kills, 2);
    let status = ingest_command(&killed).status().expect("final run");
    assert!(matches!(status.code(), Some(0 | 2)), "{status:?}");
    let resumed = runtime.block_on(contents(&killed));
    assert_eq!(resumed, expected);
}

/// Answers every request with an empty Datatracker listing and records the request lines.
fn empty_datatracker() -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = std::sync::Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            let mut lines = Vec::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
                lines.push(line.trim().to_string());
            }
            log.lock().expect("log").extend(lines);
            let body = r#"{"meta": {"limit": 100, "next": null, "offset": 0, "previous": null, "total_count": 0}, "objects": []}"#;
            let mut stream = &stream;
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (base, seen)
}

#[test]
fn datatracker_source_asks_only_the_given_server() {
    let dir = scratch("datatracker");
    let (base, seen) = empty_datatracker();
    let output = rightscope(&[
        "ingest",
        "--source",
        "datatracker",
        "--group",
        "privacy",
        "--since",
        "2026-01-01",
        "--datatracker-url",
        &base,
        "--data-dir",
        s(&dir.join("data")),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains(": 0 documents"),
        "{}",
        text(&output.stdout)
    );
    let seen = seen.lock().expect("log").clone();
    let request = seen.first().expect("one request");
    assert!(
        request.starts_with("GET /api/v1/doc/document/?")
            && request.contains("group__acronym=privacy")
            && request.contains("time__gte=2026-01-01"),
        "{request}"
    );
    let port = base.rsplit(':').next().expect("port");
    assert!(
        seen.iter()
            .filter(|line| line.to_ascii_lowercase().starts_with("host:"))
            .all(|line| line.ends_with(&format!("127.0.0.1:{port}"))),
        "{seen:?}"
    );
}

#[test]
fn datatracker_filters_need_the_datatracker_source() {
    let dir = scratch("datatracker-filters");
    let output = rightscope(&[
        "ingest",
        "--group",
        "quic",
        "--data-dir",
        s(&dir.join("data")),
        s(&fixtures().join("mirror")),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains("--source datatracker"));
    let output = rightscope(&["ingest", "--data-dir", s(&dir.join("data"))]);
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("at least one directory"));
}

#[test]
fn ingest_leaves_a_fresh_search_index() {
    let dir = scratch("index-after");
    let data = dir.join("data");
    ingest_fixtures(&data);
    assert!(data
        .join("search-index")
        .join(rightscope_search::MANIFEST_FILE)
        .exists());
    let output = rightscope(&["search", "--data-dir", s(&data), "identifier"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        !text(&output.stderr).contains("building the search index"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn a_corrupt_database_is_a_clear_error() {
    let dir = scratch("corrupt");
    let data = dir.join("data");
    std::fs::create_dir_all(&data).expect("data dir");
    std::fs::write(
        data.join("rightscope.db"),
        b"this is not a database, it is a text file\n".repeat(200),
    )
    .expect("write");
    for args in [
        vec!["show", "rfc8890", "--data-dir", s(&data)],
        vec![
            "ingest",
            "--data-dir",
            s(&data),
            s(&fixtures().join("mirror")),
        ],
        vec!["search", "--data-dir", s(&data), "privacy"],
    ] {
        let output = rightscope(&args);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("rightscope.db"), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("internal error"),
            "{stderr}"
        );
    }
}

#[test]
fn a_database_password_is_never_printed() {
    // Nothing listens on port 9 of loopback: the connection fails at once.
    let output = rightscope(&[
        "show",
        "rfc8890",
        "--database",
        "postgres://reviewer:hunter2secret@127.0.0.1:9/rightscope",
    ]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("127.0.0.1"), "{stderr}");
    assert!(!stderr.contains("hunter2secret"), "{stderr}");
}
