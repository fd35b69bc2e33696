//! Faults, through the real binary: `kill -9` during an ingest, during a burst of review answer saves
//! and during a participation report; a disk that fills up (RLIMIT_FSIZE, so writes fail with EFBIG);
//! a SQLite store locked by another connection; a PostgreSQL server that is not there. Each time the
//! command fails with a clear error (never a panic) and the next run completes with nothing committed
//! lost or duplicated.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use rightscope_review::review::{self, StartReview};
use rightscope_review::{Actor, Role, Visibility};
use rightscope_store::Store;

const PASSWORD: &str = "a long enough passphrase";

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
        .join("faults")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn rightscope() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rightscope"));
    command.env_remove("RIGHTSCOPE_DATA");
    command
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A failure as the user sees it: a non-zero exit and an `error:` line, never the panic hook's
/// "internal error" or a Rust panic message.
fn assert_clear_failure(output: &Output, names: &[&str]) -> String {
    let stderr = text(&output.stderr);
    assert!(!output.status.success(), "expected a failure: {stderr}");
    assert!(
        output.status.code().is_some(),
        "ended by a signal, not an error: {:?}\n{stderr}",
        output.status
    );
    assert!(
        !stderr.contains("internal error") && !stderr.contains("panicked"),
        "a panic instead of an error: {stderr}"
    );
    assert!(stderr.contains("error"), "no error message: {stderr}");
    let lower = stderr.to_lowercase();
    assert!(
        names.iter().any(|name| lower.contains(name)),
        "the error names none of {names:?}: {stderr}"
    );
    stderr
}

/// The counts and content of a SQLite store, for comparing a faulted store with a clean one.
#[derive(Debug, PartialEq, Eq)]
struct Contents {
    counts: (i64, i64, i64),
    hashes: BTreeSet<String>,
    revisions: BTreeSet<(String, String, i64)>,
}

async fn contents(data: &Path) -> Contents {
    let store = Store::open(data.to_path_buf()).await.expect("open");
    let counts = store.counts().await.expect("counts");
    let hashes: BTreeSet<String> = store
        .known_hashes()
        .await
        .expect("hashes")
        .into_iter()
        .collect();
    let mut revisions = BTreeSet::new();
    let mut rows = 0_i64;
    let mut pages = store.stream_revisions(100);
    while let Some(page) = pages.next_page().await.expect("page") {
        for record in page {
            let findings = store.findings(record.revision.id).await.expect("findings");
            assert_eq!(
                findings.len() as i64,
                record.revision.finding_count,
                "the stored finding count matches the finding rows"
            );
            rows += 1;
            revisions.insert((
                record.document.name,
                record.revision.sha256,
                record.revision.finding_count,
            ));
        }
    }
    assert_eq!(
        rows as usize,
        revisions.len(),
        "no revision is stored twice"
    );
    store.close().await;
    Contents {
        counts: (counts.documents, counts.revisions, counts.findings),
        hashes,
        revisions,
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Runtime::new().expect("runtime")
}

/// The small fixture corpus: an RFC mirror, a draft series and a W3C spec.
fn fixture_ingest(data: &Path) -> Command {
    let mut command = rightscope();
    command
        .args(["ingest", "--data-dir", s(data)])
        .arg(fixtures().join("mirror"))
        .arg(fixtures().join("drafts"))
        .arg(fixtures().join("w3c"))
        .stdin(Stdio::null());
    command
}

fn ingest_ok(command: &mut Command) {
    let output = command.output().expect("run ingest");
    assert!(
        matches!(output.status.code(), Some(0 | 2)),
        "{}\n{}",
        text(&output.stdout),
        text(&output.stderr)
    );
}

// kill -9 during ingest: `ingest.rs` (`killed_ingest_resumes_to_the_same_store`) kills an ingest of
// the sample and drafts twice mid-way and checks the resumed store equals a clean run.

// ------------------------------------------------------------------------------- review saves

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("a free port")
}

/// A process stopped when dropped, so a failing assertion leaves no server behind.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One HTTP/1.0 request: status, `Set-Cookie` values and body; an error when the server is gone.
fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> std::io::Result<(u16, Vec<String>, String)> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut request = format!("{method} {path} HTTP/1.0\r\nHost: {addr}\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    if method == "POST" {
        request.push_str("Content-Type: application/x-www-form-urlencoded\r\n");
        request.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status line: {head:?}")))?;
    let cookies = head
        .lines()
        .filter_map(|line| line.split_once(':'))
        .filter(|(name, _)| name.trim().eq_ignore_ascii_case("set-cookie"))
        .map(|(_, value)| value.trim().to_string())
        .collect();
    Ok((status, cookies, body.to_string()))
}

fn hidden_csrf(body: &str) -> String {
    let at = body.find("name=\"csrf\" value=\"").expect("a csrf field") + 19;
    body[at..at + body[at..].find('"').expect("end of value")].to_string()
}

fn cookie_value(cookies: &[String], name: &str) -> Option<String> {
    cookies
        .iter()
        .find_map(|cookie| cookie.strip_prefix(&format!("{name}=")))
        .and_then(|value| value.split(';').next())
        .filter(|value| !value.is_empty())
        .map(str::to_string)
}

fn web_node(data: &Path) -> (Running, SocketAddr, String) {
    let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().expect("addr");
    let base = format!("http://{addr}");
    let child = rightscope()
        .args(["serve", "--data-dir", s(data), "--bind", &addr.to_string()])
        .args(["--base-url", &base])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start serve");
    let node = Running(child);
    let deadline = Instant::now() + Duration::from_secs(120);
    while send(addr, "GET", "/healthz", &[], "").map_or(true, |(status, _, _)| status != 200) {
        assert!(Instant::now() < deadline, "serve on {addr} did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    (node, addr, base)
}

/// Signs in and returns the session cookie header and the page's CSRF token for review `id`.
fn sign_in(addr: SocketAddr, base: &str, id: i64) -> (String, String) {
    let (_, cookies, page) = send(addr, "GET", "/login", &[], "").expect("login page");
    let token = hidden_csrf(&page);
    let login_cookie = cookie_value(&cookies, "rightscope_login").map_or_else(
        || format!("rightscope_login={token}"),
        |value| format!("rightscope_login={value}"),
    );
    let body = format!(
        "login=lead&password={}&csrf={token}",
        PASSWORD.replace(' ', "+")
    );
    let (status, cookies, answer) = send(
        addr,
        "POST",
        "/login",
        &[("Origin", base), ("Cookie", &login_cookie)],
        &body,
    )
    .expect("login");
    assert_eq!(status, 303, "login: {answer}");
    let cookie = format!(
        "rightscope_session={}",
        cookie_value(&cookies, "rightscope_session").expect("a session cookie")
    );
    let (status, _, page) = send(
        addr,
        "GET",
        &format!("/reviews/{id}"),
        &[("Cookie", &cookie)],
        "",
    )
    .expect("review page");
    assert_eq!(status, 200, "{page}");
    (cookie, hidden_csrf(&page))
}

/// The RFC 9620 questions answered in the burst.
const QUESTIONS: [&str; 6] = [
    "privacy",
    "anonymity",
    "pseudonymity",
    "censorship-resistance",
    "security",
    "confidentiality",
];

#[test]
fn kill_9_during_review_saves_keeps_every_acknowledged_answer() {
    let dir = scratch("kill-review");
    let data = dir.join("data");
    ingest_ok(&mut fixture_ingest(&data));
    let runtime = runtime();
    let (review_id, document) = runtime.block_on(async {
        let store = Store::open(data.clone()).await.expect("open");
        // An RFC of the fixture mirror: stored with its text, so a review can start on it.
        let name = "rfc9901".to_string();
        let now = SystemTime::now();
        let lead = rightscope_review::accounts::add_user(
            &store,
            Actor::Cli,
            "lead",
            "Marsh Harrier",
            PASSWORD,
            Role::Reviewer,
            now,
        )
        .await
        .expect("user");
        let id = review::start_review(
            &store,
            &lead,
            &StartReview {
                document: &name,
                rev: None,
                questionnaire: None,
                title: None,
                visibility: Visibility::Private,
            },
            now,
        )
        .await
        .expect("start");
        store.close().await;
        (id, name)
    });

    let (mut node, addr, base) = web_node(&data);
    let (cookie, csrf) = sign_in(addr, &base, review_id);
    // Saves in a burst from another thread; the last save acknowledged (303) per question.
    let acknowledged: Arc<Mutex<BTreeMap<&str, usize>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let burst = {
        let (acknowledged, stop) = (acknowledged.clone(), stop.clone());
        let (cookie, csrf, base) = (cookie.clone(), csrf.clone(), base.clone());
        std::thread::spawn(move || {
            let mut failures = 0;
            for save in 0.. {
                if stop.load(Ordering::SeqCst) || failures > 20 {
                    break;
                }
                let question = QUESTIONS[save % QUESTIONS.len()];
                let body =
                    format!("csrf={csrf}&question={question}&status=concern&text=save+{save}");
                match send(
                    addr,
                    "POST",
                    &format!("/reviews/{review_id}/answers"),
                    &[("Origin", &base), ("Cookie", &cookie)],
                    &body,
                ) {
                    Ok((303, _, _)) => {
                        acknowledged.lock().expect("lock").insert(question, save);
                    }
                    Ok((status, _, page)) => panic!("save {save}: {status} {page}"),
                    Err(_) => failures += 1,
                }
            }
        })
    };
    let deadline = Instant::now() + Duration::from_secs(300);
    while acknowledged
        .lock()
        .expect("lock")
        .values()
        .max()
        .copied()
        .unwrap_or(0)
        < 40
    {
        assert!(Instant::now() < deadline, "the saves made no progress");
        std::thread::sleep(Duration::from_millis(5));
    }
    node.0.kill().expect("kill -9 serve");
    let _ = node.0.wait();
    stop.store(true, Ordering::SeqCst);
    burst.join().expect("the burst thread");
    let acknowledged = acknowledged.lock().expect("lock").clone();
    drop(node);

    // The audit chain is intact after the kill.
    let verify = rightscope()
        .args(["audit", "verify", "--data-dir", s(&data)])
        .output()
        .expect("audit verify");
    assert!(
        verify.status.success(),
        "{}{}",
        text(&verify.stdout),
        text(&verify.stderr)
    );
    // Every acknowledged save is there: each question holds its last acknowledged answer or a later
    // one (committed while its response was lost in the kill).
    let export = rightscope()
        .args([
            "review",
            "export",
            &review_id.to_string(),
            "--format",
            "json",
        ])
        .args(["--data-dir", s(&data)])
        .output()
        .expect("export");
    assert!(export.status.success(), "{}", text(&export.stderr));
    let exported = text(&export.stdout);
    assert!(exported.contains(&document), "{exported}");
    let value: serde_json::Value = serde_json::from_str(&exported).expect("json");
    let answers: BTreeMap<String, String> = value["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .filter_map(|q| {
            Some((
                q["id"].as_str()?.to_string(),
                q["answer"]["text"]
                    .as_str()
                    .or_else(|| q["text"].as_str())
                    .unwrap_or_default()
                    .to_string(),
            ))
        })
        .collect();
    for (question, last) in &acknowledged {
        let stored = answers
            .get(*question)
            .unwrap_or_else(|| panic!("{question} missing: {exported}"));
        let number: usize = stored
            .strip_prefix("save ")
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("{question}: {stored:?}"));
        assert!(
            number >= *last && number % QUESTIONS.len() == *last % QUESTIONS.len(),
            "{question}: acknowledged save {last}, stored {stored:?}"
        );
    }

    // Restarted, the server serves the review with the same answers.
    let (_node, addr, base) = web_node(&data);
    let (cookie, _) = sign_in(addr, &base, review_id);
    let (status, _, page) = send(
        addr,
        "GET",
        &format!("/reviews/{review_id}"),
        &[("Cookie", &cookie)],
        "",
    )
    .expect("review page after restart");
    assert_eq!(status, 200);
    for stored in answers.values().filter(|a| a.starts_with("save ")) {
        assert!(page.contains(stored.as_str()), "{stored} on the page");
    }
}

// ------------------------------------------------------------------------- participation

#[test]
fn kill_9_during_participation_report_then_rerun_gives_the_clean_figures() {
    let dir = scratch("kill-participation");
    let archive = dir.join("list.mbox");
    let synth = rightscope()
        .args([
            "participation",
            "synth",
            "--size",
            "30MB",
            "--people",
            "500",
        ])
        .arg(&archive)
        .output()
        .expect("synth");
    assert!(synth.status.success(), "{}", text(&synth.stderr));
    let report = |key_dir: &Path| {
        let mut command = rightscope();
        command
            .args(["participation", "report", "--format", "json", "--data-dir"])
            .arg(key_dir)
            .arg(&archive)
            .stdin(Stdio::null());
        command
    };
    // Killed while reading (and, on the first run, while the pseudonymisation key is created).
    let key_dir = dir.join("key");
    for delay_ms in [0, 5, 50, 200] {
        let mut child = report(&key_dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
    }
    let resumed = report(&key_dir).output().expect("report");
    assert!(resumed.status.success(), "{}", text(&resumed.stderr));
    // The same key read back gives the same report as an uninterrupted run with that key.
    let clean_key = dir.join("clean-key");
    std::fs::create_dir_all(&clean_key).expect("dir");
    for entry in std::fs::read_dir(&key_dir).expect("key dir").flatten() {
        let name = entry.file_name();
        assert!(
            !name.to_string_lossy().starts_with('.'),
            "a staging file was left behind: {name:?}"
        );
        std::fs::copy(entry.path(), clean_key.join(&name)).expect("copy key");
    }
    let clean = report(&clean_key).output().expect("clean report");
    assert!(clean.status.success(), "{}", text(&clean.stderr));
    let figures = |output: &Output| -> serde_json::Value {
        serde_json::from_slice(&output.stdout).expect("report JSON")
    };
    let (resumed, clean) = (figures(&resumed), figures(&clean));
    assert_eq!(resumed, clean);
    let text = clean.to_string();
    assert!(
        text.contains("messages"),
        "the report has message counts: {}",
        &text[..text.len().min(400)]
    );
}

// --------------------------------------------------------------------------------- disk full

/// `rightscope ARGS` with files limited to `bytes` (RLIMIT_FSIZE) and SIGXFSZ ignored, so a write
/// past the limit fails with EFBIG as on a full disk instead of killing the process.
fn with_file_size_limit(bytes: u64, args: &[&str]) -> Output {
    let blocks = (bytes / 512).max(1);
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f {blocks} || exit 99; exec \"$0\" \"$@\""
        ))
        .arg(env!("CARGO_BIN_EXE_rightscope"))
        .args(args)
        .env_remove("RIGHTSCOPE_DATA")
        .stdin(Stdio::null())
        .output()
        .expect("run under a file size limit")
}

#[test]
fn disk_full_during_ingest_is_a_clear_error_then_a_rerun_completes() {
    let dir = scratch("disk-full");
    let clean = dir.join("clean");
    ingest_ok(&mut fixture_ingest(&clean));
    let runtime = runtime();
    let expected = runtime.block_on(contents(&clean));

    let full = dir.join("full");
    let mirror = fixtures().join("mirror");
    let drafts = fixtures().join("drafts");
    let w3c = fixtures().join("w3c");
    let args = [
        "ingest",
        "--data-dir",
        s(&full),
        s(&mirror),
        s(&drafts),
        s(&w3c),
    ];
    let output = with_file_size_limit(256 * 1024, &args);
    assert_ne!(output.status.code(), Some(99), "ulimit -f is not available");
    let stderr = assert_clear_failure(
        &output,
        &["full", "too large", "space", "disk", "efbig", "file size"],
    );
    assert!(
        stderr.contains(s(&full))
            || stderr.contains("rightscope.db")
            || stderr.contains("database"),
        "the error says where: {stderr}"
    );

    // Room again: the same command completes and the store is the clean one.
    ingest_ok(&mut fixture_ingest(&full));
    assert_eq!(runtime.block_on(contents(&full)), expected);
}

// ----------------------------------------------------------------------------- locked store

#[test]
fn a_locked_store_is_a_clear_error_and_works_after_release() {
    let dir = scratch("locked");
    let data = dir.join("data");
    ingest_ok(&mut fixture_ingest(&data));
    let runtime = runtime();
    let expected = runtime.block_on(contents(&data));
    // Another connection takes the write lock and keeps it until its standard input closes.
    let mut holder = Command::new("sqlite3")
        .arg(data.join("rightscope.db"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sqlite3 (apt-get install sqlite3)");
    let mut stdin = holder.stdin.take().expect("stdin");
    stdin
        .write_all(b"BEGIN EXCLUSIVE;\nSELECT 'locked';\n")
        .expect("lock");
    stdin.flush().expect("flush");
    let mut line = [0u8; 7];
    holder
        .stdout
        .as_mut()
        .expect("stdout")
        .read_exact(&mut line)
        .expect("the lock is taken");
    assert_eq!(&line[..6], b"locked");

    // A writer that needs the lock: a new source forces a write.
    let extra = dir.join("extra");
    std::fs::create_dir_all(&extra).expect("dir");
    std::fs::copy(
        corpus().join("sample/rfc1918.txt"),
        extra.join("rfc1918.txt"),
    )
    .expect("copy");
    let started = Instant::now();
    let output = rightscope()
        .args(["ingest", "--no-index", "--data-dir", s(&data), s(&extra)])
        .stdin(Stdio::null())
        .output()
        .expect("ingest");
    let waited = started.elapsed();
    assert!(
        waited < Duration::from_secs(120),
        "a bounded wait, not a hang: {waited:?}"
    );
    assert_clear_failure(&output, &["locked", "busy"]);
    assert_eq!(
        runtime.block_on(contents(&data)),
        expected,
        "nothing changed"
    );

    // Released: the same command succeeds.
    drop(stdin);
    let _ = holder.wait();
    ingest_ok(
        rightscope()
            .args(["ingest", "--no-index", "--data-dir", s(&data), s(&extra)])
            .stdin(Stdio::null()),
    );
    let after = runtime.block_on(contents(&data));
    assert!(after.counts.1 > expected.counts.1, "{after:?}");
}

// ------------------------------------------------------------------------ PostgreSQL down

#[test]
fn an_unreachable_postgres_is_a_clear_error() {
    // A loopback port nothing listens on.
    let port = free_port();
    let url = format!("postgres://rs:secret-pw@127.0.0.1:{port}/rightscope");
    let mirror = fixtures().join("mirror");
    for args in [
        vec!["ingest", "--database", &url, s(&mirror)],
        vec!["search", "--database", &url, "privacy"],
        vec!["user", "list", "--database", &url],
    ] {
        let started = Instant::now();
        let output = rightscope()
            .args(&args)
            .stdin(Stdio::null())
            .output()
            .expect("run");
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "{args:?}: bounded"
        );
        let stderr = assert_clear_failure(&output, &["postgres", "database"]);
        assert!(
            stderr.contains(&format!("127.0.0.1:{port}")) || stderr.contains(&port.to_string()),
            "{args:?}: the error names the server: {stderr}"
        );
        assert!(
            !stderr.contains("secret-pw"),
            "{args:?}: the password is never printed: {stderr}"
        );
    }
}
