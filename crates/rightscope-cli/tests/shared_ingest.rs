//! Several machines on one PostgreSQL store, on loopback: `ingest --enqueue` queues the corpus, two
//! `ingest --worker` processes share it, one is killed with SIGKILL mid-ingest, and the other takes
//! its abandoned jobs back once their lease runs out. Every document ends up stored exactly once (the
//! same counts as a single-process ingest of the same files). Two `serve` nodes on the same store keep
//! their own search indexes fresh and share sessions: a login on one node is signed in on the other.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use rightscope_store::testing::PgServer;
use rightscope_store::{JobState, Store};

const PASSWORD: &str = "a long test passphrase 42";
/// The public address both web nodes are configured with, as behind one reverse proxy.
const BASE_URL: &str = "http://127.0.0.1:9";

fn corpus(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(path)
        .display()
        .to_string()
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("shared-ingest")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn rightscope() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rightscope"));
    command.env_remove("RIGHTSCOPE_DATA");
    command
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = rightscope()
        .args(args)
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

fn ok(output: &Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// The output of an ingest that may have found bad inputs (exit 2) but did not fail.
fn ingested(output: &Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        matches!(output.status.code(), Some(0 | 2)),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// A free loopback port (bound, then released for the server to take).
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

/// One HTTP/1.0 request; returns the status, the `Set-Cookie` values and the body.
fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, Vec<String>, String) {
    let mut stream = TcpStream::connect(addr).expect("connect");
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
    stream.write_all(request.as_bytes()).expect("write");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let cookies = head
        .lines()
        .filter_map(|line| line.split_once(':'))
        .filter(|(name, _)| name.trim().eq_ignore_ascii_case("set-cookie"))
        .map(|(_, value)| value.trim().to_string())
        .collect();
    (status, cookies, body.to_string())
}

fn hidden_csrf(body: &str) -> String {
    let at = body.find("name=\"csrf\" value=\"").expect("a csrf field") + 19;
    body[at..at + body[at..].find('"').expect("end of value")].to_string()
}

/// Starts `serve` on the store with its own index directory; returns once it answers.
fn web_node(database: &str, index_dir: &Path) -> (Running, SocketAddr) {
    let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().expect("addr");
    let child = rightscope()
        .args(["serve", "--database", database, "--bind", &addr.to_string()])
        .args(["--base-url", BASE_URL, "--reindex-every", "1"])
        .arg("--index-dir")
        .arg(index_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start serve");
    let node = Running(child);
    let deadline = Instant::now() + Duration::from_secs(60);
    while TcpStream::connect(addr).is_err() {
        assert!(
            Instant::now() < deadline,
            "web node on {addr} did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (node, addr)
}

fn worker(database: &str, id: &str) -> Running {
    let child = rightscope()
        .args([
            "ingest",
            "--worker",
            "--worker-id",
            id,
            "--worker-batch",
            "4",
            "--lease",
            "3",
        ])
        .args(["--database", database, "-j", "1"])
        .arg(corpus("sample"))
        .arg(corpus("drafts"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start worker");
    Running(child)
}

fn database() -> String {
    PgServer::shared()
        .and_then(|server| server.create_database())
        .unwrap_or_else(|error| panic!("{error}"))
}

#[test]
fn two_workers_one_killed_two_web_nodes() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let dir = scratch("nodes");
    let shared = database();
    let reference = database();

    // The same files ingested by one process, for the counts to compare with (two drafts of the
    // corpus are malformed XML, so it exits 2).
    ingested(&run(
        &[
            "ingest",
            "--no-index",
            "--database",
            &reference,
            &corpus("sample"),
            &corpus("drafts"),
        ],
        "",
    ));

    ok(&run(
        &[
            "user",
            "add",
            "ana",
            "--role",
            "reviewer",
            "--display-name",
            "Reviewer A",
            "--database",
            &shared,
        ],
        &format!("{PASSWORD}\n"),
    ));
    let (_node_a, web_a) = web_node(&shared, &dir.join("index-a"));
    let (_node_b, web_b) = web_node(&shared, &dir.join("index-b"));

    let queued = ok(&run(
        &[
            "ingest",
            "--enqueue",
            "--database",
            &shared,
            &corpus("sample"),
            &corpus("drafts"),
        ],
        "",
    ));
    assert!(queued.contains("jobs pending for workers"), "{queued}");

    let store = runtime
        .block_on(Store::open(shared.as_str()))
        .expect("open the shared store");
    let total = runtime.block_on(store.jobs()).expect("jobs").len();
    assert!(total > 100, "enough jobs to kill a worker mid-way: {total}");

    let mut doomed = worker(&shared, "doomed");
    let survivor = worker(&shared, "survivor");
    // Kill the first worker while it holds jobs, once some work is done.
    let deadline = Instant::now() + Duration::from_secs(600);
    let held = loop {
        assert!(Instant::now() < deadline, "the workers made no progress");
        let jobs = runtime.block_on(store.jobs()).expect("jobs");
        let done = jobs
            .iter()
            .filter(|job| job.state == JobState::Done)
            .count();
        let held: Vec<i64> = jobs
            .iter()
            .filter(|job| job.state == JobState::Taken && job.worker.as_deref() == Some("doomed"))
            .map(|job| job.id)
            .collect();
        if done * 5 >= total && !held.is_empty() {
            doomed.0.kill().expect("kill -9 the worker");
            break held;
        }
        assert!(
            done < total,
            "the ingest finished before a worker could be killed"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let _ = doomed.0.wait();

    let output = {
        let mut survivor = survivor;
        let deadline = Instant::now() + Duration::from_secs(900);
        loop {
            if let Some(status) = survivor.0.try_wait().expect("wait") {
                let mut stdout = String::new();
                if let Some(mut out) = survivor.0.stdout.take() {
                    let _ = out.read_to_string(&mut stdout);
                }
                break (status, stdout);
            }
            assert!(
                Instant::now() < deadline,
                "the surviving worker did not finish"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    let (status, summary) = output;
    assert!(
        summary.contains("abandoned jobs taken back"),
        "{status:?}: {summary}"
    );

    // Every job ended; the killed worker's jobs were taken again.
    let jobs = runtime.block_on(store.jobs()).expect("jobs");
    let open: Vec<_> = jobs
        .iter()
        .filter(|job| matches!(job.state, JobState::Pending | JobState::Taken))
        .collect();
    assert!(open.is_empty(), "jobs left open: {open:?}");
    for id in &held {
        let job = jobs.iter().find(|job| job.id == *id).expect("held job");
        assert!(
            job.attempts >= 2,
            "job {id} held by the killed worker was taken again: {job:?}"
        );
        assert_eq!(job.worker.as_deref(), Some("survivor"));
    }

    // Stored exactly once: the same counts as the single-process ingest.
    let single = runtime
        .block_on(async {
            let store = Store::open(reference.as_str()).await?;
            store.counts().await
        })
        .expect("reference counts");
    let shared_counts = runtime.block_on(store.counts()).expect("counts");
    assert_eq!(
        shared_counts, single,
        "two workers and a kill store what one process stores"
    );
    let failed = jobs
        .iter()
        .filter(|job| job.state == JobState::Failed)
        .count();
    let reference_errors = runtime
        .block_on(async {
            let store = Store::open(reference.as_str()).await?;
            store.errors().await
        })
        .expect("reference errors")
        .len();
    assert_eq!(
        failed, reference_errors,
        "the same files fail as in one process"
    );

    // Both web nodes rebuild their own index from the store and find the ingested documents.
    for web in [web_a, web_b] {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let (status, _, body) = send(web, "GET", "/search?q=interception", &[], "");
            if status == 200 && body.contains("rfc3924") {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "node {web} never found rfc3924: {status}"
            );
            std::thread::sleep(Duration::from_millis(500));
        }
    }

    // Sessions live in the database: signed in on node A, signed in on node B.
    let (_, cookies, page) = send(web_a, "GET", "/login", &[], "");
    let token = hidden_csrf(&page);
    let login_cookie = cookies
        .iter()
        .find_map(|cookie| cookie.strip_prefix("rightscope_login="))
        .and_then(|value| value.split(';').next())
        .map_or_else(
            || format!("rightscope_login={token}"),
            |value| format!("rightscope_login={value}"),
        );
    let body = format!(
        "login=ana&password={}&csrf={token}",
        PASSWORD.replace(' ', "+")
    );
    let (status, cookies, answer) = send(
        web_a,
        "POST",
        "/login",
        &[("Origin", BASE_URL), ("Cookie", &login_cookie)],
        &body,
    );
    assert_eq!(status, 303, "login on node A: {answer}");
    let session = cookies
        .iter()
        .find_map(|cookie| cookie.strip_prefix("rightscope_session="))
        .and_then(|value| value.split(';').next())
        .filter(|value| !value.is_empty())
        .expect("a session cookie")
        .to_string();
    let cookie = format!("rightscope_session={session}");
    let (status, _, page) = send(web_b, "GET", "/reviews", &[("Cookie", &cookie)], "");
    assert_eq!(status, 200);
    assert!(
        page.contains("Reviewer A"),
        "node B knows the session made on node A"
    );
    runtime.block_on(store.close());
}
