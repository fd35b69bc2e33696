//! Shared parts of the web tests: a plain HTTP/1.0 client, corpus paths, and for the review tests a real server on 127.0.0.1:0 over a fresh store (SQLite in a
//! temporary directory, or a fresh database on the test PostgreSQL server on loopback), with documents
//! of the sample corpus, accounts, and a plain HTTP/1.0 client that keeps cookies.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rightscope_ingest::{ingest, IngestOptions, NoProgress, Source};
use rightscope_review::{accounts, Actor, Role};
use rightscope_store::testing::PgServer;
use rightscope_store::Store;

/// Which database the server uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// SQLite in a temporary directory.
    Sqlite,
    /// A fresh database on the shared test PostgreSQL server.
    Postgres,
}

/// Every account's password in the tests.
pub const PASSWORD: &str = "correct horse battery";

/// Accounts created at start: (login, display name, role).
pub const ACCOUNTS: [(&str, &str, Role); 7] = [
    ("admin", "Site admin", Role::Admin),
    ("alice", "Reviewer A", Role::Reviewer),
    ("bob", "Reviewer B", Role::Reviewer),
    ("carol", "Outsider C", Role::Reviewer),
    ("victor", "Viewer V", Role::Viewer),
    ("dave", "Spare D", Role::Reviewer),
    ("mallory", "<script>alert('name')</script>", Role::Reviewer),
];

/// A path in the shared corpus.
pub fn corpus(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(path)
}

/// A path in this crate's test fixtures.
pub fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// A running test server.
pub struct TestServer {
    /// Its address.
    pub addr: SocketAddr,
    /// Its base URL (`http://127.0.0.1:PORT`), which the origin check compares with.
    pub base: String,
    /// The store, opened a second time for checks from the test.
    pub store_url: String,
    /// Keeps the SQLite directory (and the server's runtime thread) alive.
    _dir: tempfile::TempDir,
}

fn pg() -> &'static PgServer {
    // Like the store's suite: without PostgreSQL binaries the PostgreSQL tests fail, naming the package.
    PgServer::shared().unwrap_or_else(|error| panic!("{error}"))
}

/// Starts a server over a new store holding rfc3924, the hostile fixture and the bcp56bis draft
/// series, with the accounts of [`ACCOUNTS`].
pub fn start(backend: Backend) -> TestServer {
    let dir = tempfile::tempdir().expect("temp dir");
    let store_url = match backend {
        Backend::Sqlite => dir.path().join("data").display().to_string(),
        Backend::Postgres => pg().create_database().unwrap_or_else(|e| panic!("{e}")),
    };
    let (sender, receiver) = std::sync::mpsc::channel();
    let url = store_url.clone();
    let index = dir.path().join("index");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let store = Store::open(url.as_str()).await.expect("store");
            let sources = [
                Source::detect(corpus("sample/rfc3924.txt")),
                Source::detect(fixture("hostile/draft-rightscope-hostile-00.txt")),
                Source::detect(corpus("drafts/bcp56bis")),
            ];
            ingest(&store, &sources, &IngestOptions::default(), &NoProgress)
                .await
                .expect("ingest");
            for (login, name, role) in ACCOUNTS {
                accounts::add_user(
                    &store,
                    Actor::Cli,
                    login,
                    name,
                    PASSWORD,
                    role,
                    SystemTime::now(),
                )
                .await
                .expect("account");
            }
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            let addr = listener.local_addr().expect("addr");
            let state = rightscope_web::AppState::open(store, &index, format!("http://{addr}"))
                .await
                .expect("state");
            sender.send(addr).expect("send");
            rightscope_web::serve_on(listener, state)
                .await
                .expect("serve");
        });
    });
    let addr = receiver.recv().expect("server started");
    TestServer {
        addr,
        base: format!("http://{addr}"),
        store_url,
        _dir: dir,
    }
}

/// A response: status, headers (lower-case names) and body.
#[derive(Debug)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Headers.
    pub headers: Vec<(String, String)>,
    /// Body.
    pub body: String,
}

impl Response {
    /// The first header of a name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// Every `Set-Cookie` header.
    pub fn set_cookies(&self) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(key, _)| key == "set-cookie")
            .map(|(_, value)| value.as_str())
            .collect()
    }

    /// The value of the first hidden `csrf` field.
    pub fn csrf(&self) -> Option<String> {
        let at = self.body.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
        let end = self.body[at..].find('"')?;
        Some(self.body[at..at + end].to_string())
    }
}

/// Percent-encodes a form value.
pub fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A form body from pairs.
pub fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Sends one request over HTTP/1.0 and reads the whole answer.
pub fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Response {
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
    let raw = String::from_utf8(raw).expect("utf-8 response");
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok())
        .expect("status line");
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_lowercase(), value.trim().to_string()))
        .collect();
    Response {
        status,
        headers,
        body: body.to_string(),
    }
}

/// Sends a `GET` with extra headers.
pub fn get_with(addr: SocketAddr, path: &str, headers: &[(&str, &str)]) -> Response {
    send(addr, "GET", path, headers, "")
}

/// A browser-like client: one session cookie, sends `Origin` on POSTs.
pub struct Client {
    /// The server.
    pub addr: SocketAddr,
    /// The origin sent with POSTs.
    pub origin: String,
    /// The session cookie's value, once signed in.
    pub session: Option<String>,
}

impl Client {
    /// A signed-out client.
    pub fn new(server: &TestServer) -> Client {
        Client {
            addr: server.addr,
            origin: server.base.clone(),
            session: None,
        }
    }

    fn cookie_header(&self) -> Option<String> {
        self.session
            .as_ref()
            .map(|token| format!("rightscope_session={token}"))
    }

    /// A GET with the session cookie.
    pub fn get(&self, path: &str) -> Response {
        let cookie = self.cookie_header();
        let mut headers = Vec::new();
        if let Some(cookie) = &cookie {
            headers.push(("Cookie", cookie.as_str()));
        }
        send(self.addr, "GET", path, &headers, "")
    }

    /// A POST with the session cookie and this site's `Origin`.
    pub fn post(&self, path: &str, pairs: &[(&str, &str)]) -> Response {
        self.post_with(path, pairs, &[("Origin", self.origin.as_str())])
    }

    /// A POST with the session cookie and the given extra headers.
    pub fn post_with(
        &self,
        path: &str,
        pairs: &[(&str, &str)],
        extra: &[(&str, &str)],
    ) -> Response {
        let cookie = self.cookie_header();
        let mut headers: Vec<(&str, &str)> = extra.to_vec();
        if let Some(cookie) = &cookie {
            headers.push(("Cookie", cookie.as_str()));
        }
        send(self.addr, "POST", path, &headers, &form(pairs))
    }

    /// Signs in through the login form; returns the login answer.
    pub fn login(&mut self, login: &str, password: &str) -> Response {
        let page = send(self.addr, "GET", "/login", &[], "");
        let token = page.csrf().expect("login csrf");
        let cookie = format!(
            "rightscope_login={token}{}",
            self.session
                .as_ref()
                .map(|s| format!("; rightscope_session={s}"))
                .unwrap_or_default()
        );
        let response = send(
            self.addr,
            "POST",
            "/login",
            &[
                ("Origin", self.origin.as_str()),
                ("Cookie", cookie.as_str()),
            ],
            &form(&[("login", login), ("password", password), ("csrf", &token)]),
        );
        if let Some(value) = session_cookie(&response) {
            self.session = Some(value);
        }
        response
    }

    /// The CSRF token of a page (GET with the session).
    pub fn csrf_of(&self, path: &str) -> String {
        self.get(path).csrf().expect("a csrf field")
    }
}

/// The session token a response sets, if any (not an expiring one).
pub fn session_cookie(response: &Response) -> Option<String> {
    response.set_cookies().into_iter().find_map(|cookie| {
        let value = cookie.strip_prefix("rightscope_session=")?;
        let value = value.split(';').next()?;
        (!value.is_empty()).then(|| value.to_string())
    })
}

/// A signed-in client.
pub fn signed_in(server: &TestServer, login: &str) -> Client {
    let mut client = Client::new(server);
    let response = client.login(login, PASSWORD);
    assert_eq!(response.status, 303, "login {login}: {}", response.body);
    client
}

/// Starts a review of a document's latest revision as `client`; returns its id.
pub fn start_review(client: &Client, document: &str, title: &str, visibility: &str) -> i64 {
    let page = client.get(&format!("/documents/{document}"));
    assert_eq!(page.status, 200);
    let csrf = page.csrf().expect("start form");
    let at = page
        .body
        .find("name=\"revision\" value=\"")
        .expect("revision field")
        + "name=\"revision\" value=\"".len();
    let end = page.body[at..].find('"').expect("end");
    let revision = page.body[at..at + end].to_string();
    let response = client.post(
        "/reviews",
        &[
            ("csrf", &csrf),
            ("document", document),
            ("revision", &revision),
            ("questionnaire", "rfc9620"),
            ("title", title),
            ("visibility", visibility),
        ],
    );
    assert_eq!(response.status, 303, "{}", response.body);
    response
        .header("location")
        .and_then(|l| l.strip_prefix("/reviews/"))
        .and_then(|id| id.parse().ok())
        .expect("review location")
}
