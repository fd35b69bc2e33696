//! The Datatracker client against a loopback server that serves hand-written fixtures shaped like the
//! API's documented JSON. No other host is ever contacted.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use rightscope_ingest::datatracker::{
    Datatracker, DatatrackerError, DatatrackerOptions, DocState, Query, DEFAULT_BASE_URL,
    IETF_LAST_CALL, SOURCE,
};
use rightscope_store::{DocumentKind, EventKind, NewEvent};

/// One canned answer.
#[derive(Clone)]
struct Reply {
    status: u16,
    body: Vec<u8>,
    headers: Vec<(String, String)>,
    /// Never answer (for timeouts).
    hang: bool,
}

impl Reply {
    fn fixture(name: &str) -> Reply {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/datatracker")
            .join(name);
        let body =
            std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()));
        Reply::raw(200, body)
    }

    fn raw(status: u16, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            body: body.into(),
            headers: vec![("Content-Type".into(), "application/json".into())],
            hang: false,
        }
    }

    fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// A request as the server saw it.
#[derive(Debug, Clone)]
struct Seen {
    /// Path and query, parameters sorted.
    target: String,
    host: String,
    user_agent: String,
}

/// A loopback HTTP/1.1 server: routes map a target (parameters sorted) to the replies of its first,
/// second, … request, the last one repeating.
struct Server {
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    fn start(routes: Vec<(&str, Vec<Reply>)>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let routes: HashMap<String, Vec<Reply>> = routes
            .into_iter()
            .map(|(target, replies)| (normalise(target), replies))
            .collect();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        thread::spawn(move || {
            let mut counts: HashMap<String, usize> = HashMap::new();
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let Some(request) = read_request(&stream) else {
                    continue;
                };
                let count = counts.entry(request.target.clone()).or_default();
                let reply = routes.get(&request.target).map(|replies| {
                    let reply = &replies[(*count).min(replies.len() - 1)];
                    reply.clone()
                });
                *count += 1;
                log.lock().expect("log").push(request);
                let reply = reply.unwrap_or_else(|| Reply::raw(404, r#"{"error": "no route"}"#));
                if reply.hang {
                    thread::sleep(Duration::from_secs(3));
                    continue;
                }
                write_reply(stream, &reply);
            }
        });
        Server { base, seen }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("log").clone()
    }

    /// How often a target was requested.
    fn hits(&self, target: &str) -> usize {
        let target = normalise(target);
        self.seen().iter().filter(|s| s.target == target).count()
    }
}

fn normalise(target: &str) -> String {
    match target.split_once('?') {
        Some((path, query)) => {
            let mut params: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
            params.sort_unstable();
            format!("{path}?{}", params.join("&"))
        }
        None => target.to_string(),
    }
}

fn read_request(stream: &TcpStream) -> Option<Seen> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let target = line.split_whitespace().nth(1)?.to_string();
    let mut host = String::new();
    let mut user_agent = String::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            match name.trim().to_ascii_lowercase().as_str() {
                "host" => host = value.trim().to_string(),
                "user-agent" => user_agent = value.trim().to_string(),
                _ => {}
            }
        }
    }
    Some(Seen {
        target: normalise(&target),
        host,
        user_agent,
    })
}

fn write_reply(mut stream: TcpStream, reply: &Reply) {
    let mut head = format!(
        "HTTP/1.1 {} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reply.body.len()
    );
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&reply.body);
    let _ = stream.flush();
}

fn options() -> DatatrackerOptions {
    DatatrackerOptions {
        page_size: 2,
        retries: 2,
        backoff: Duration::from_millis(1),
        max_backoff: Duration::from_millis(20),
        timeout: Duration::from_secs(10),
        ..DatatrackerOptions::default()
    }
}

const GROUP_PAGE1: &str = "/api/v1/doc/document/?group__acronym=privacy&limit=2&type__in=draft,rfc";
const GROUP_PAGE2: &str =
    "/api/v1/doc/document/?group__acronym=privacy&limit=2&offset=2&type__in=draft,rfc";
const TYPES: &str = "type__in=new_revision,changed_state,sent_last_call,published_rfc";

fn events_url(name: &str, offset: Option<u32>) -> String {
    let offset = offset.map(|o| format!("&offset={o}")).unwrap_or_default();
    format!("/api/v1/doc/docevent/?doc__name={name}&limit=2{offset}&{TYPES}")
}

/// Everything the group listing and the older draft refer to.
fn privacy_routes() -> Vec<(String, Vec<Reply>)> {
    let f = Reply::fixture;
    vec![
        (GROUP_PAGE1.into(), vec![f("documents-page1.json")]),
        (GROUP_PAGE2.into(), vec![f("documents-page2.json")]),
        (
            "/api/v1/doc/document/?limit=2&name__in=draft-ietf-privacy-old".into(),
            vec![f("documents-old.json")],
        ),
        ("/api/v1/group/group/1/".into(), vec![f("group-1.json")]),
        ("/api/v1/group/group/2/".into(), vec![f("group-2.json")]),
        ("/api/v1/group/group/3/".into(), vec![f("group-3.json")]),
        ("/api/v1/doc/state/1/".into(), vec![f("state-1.json")]),
        ("/api/v1/doc/state/2/".into(), vec![f("state-2.json")]),
        ("/api/v1/doc/state/3/".into(), vec![f("state-3.json")]),
        ("/api/v1/doc/state/4/".into(), vec![f("state-4.json")]),
        (
            "/api/v1/name/intendedstdlevelname/ps/".into(),
            vec![f("intendedstdlevelname-ps.json")],
        ),
        (
            "/api/v1/name/stdlevelname/inf/".into(),
            vec![f("stdlevelname-inf.json")],
        ),
        (
            events_url("draft-ietf-privacy-example", None),
            vec![f("docevents-example-page1.json")],
        ),
        (
            events_url("draft-ietf-privacy-example", Some(2)),
            vec![f("docevents-example-page2.json")],
        ),
        (
            "/api/v1/doc/lastcalldocevent/?doc__name=draft-ietf-privacy-example&limit=2".into(),
            vec![f("lastcall-example.json")],
        ),
        (events_url("rfc9999", None), vec![f("docevents-rfc9999.json")]),
        (
            events_url("draft-smith-privacy-notes", None),
            vec![f("empty-listing.json")],
        ),
        (
            events_url("draft-ietf-privacy-old", None),
            vec![f("docevents-old.json")],
        ),
        (
            "/api/v1/doc/relateddocument/?limit=2&relationship=became_rfc&source__name=draft-ietf-privacy-old"
                .into(),
            vec![f("related-old.json")],
        ),
    ]
}

fn start(routes: Vec<(String, Vec<Reply>)>) -> Server {
    Server::start(
        routes
            .iter()
            .map(|(target, replies)| (target.as_str(), replies.clone()))
            .collect(),
    )
}

fn ev(at: &str, kind: EventKind, detail: &str) -> NewEvent {
    NewEvent {
        at: at.into(),
        kind,
        detail: detail.into(),
        source: SOURCE.into(),
    }
}

fn assert_only_loopback(server: &Server) {
    let port = server.base.rsplit(':').next().expect("port");
    for seen in server.seen() {
        assert_eq!(seen.host, format!("127.0.0.1:{port}"), "{seen:?}");
    }
}

#[test]
fn a_group_listing_is_paged_resolved_once_and_converted() {
    let server = start(privacy_routes());
    let tracker = Datatracker::new(&server.base, options()).expect("client");
    let documents = tracker
        .documents(&Query::by_group("privacy"))
        .expect("documents");
    let names: Vec<&str> = documents.iter().map(|d| d.facts.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "draft-ietf-privacy-example",
            "rfc9999",
            "draft-smith-privacy-notes"
        ]
    );

    let draft = &documents[0];
    assert_eq!(draft.facts.sdo.as_deref(), Some("ietf"));
    assert_eq!(draft.facts.kind, Some(DocumentKind::Draft));
    assert_eq!(
        draft.facts.title.as_deref(),
        Some("Keeping Identifiers out of Logs")
    );
    assert_eq!(draft.facts.wg.as_deref(), Some("privacy"));
    assert_eq!(draft.facts.area.as_deref(), Some("sec"));
    assert_eq!(draft.facts.stream.as_deref(), Some("IETF"));
    assert_eq!(draft.facts.status.as_deref(), Some("Proposed Standard"));
    assert_eq!(draft.facts.rfc_number, None);
    assert_eq!(draft.facts.became_rfc, None);
    assert!(draft
        .facts
        .abstract_text
        .as_deref()
        .is_some_and(|a| a.starts_with("This document describes")));
    assert_eq!(draft.rev.as_deref(), Some("05"));
    assert_eq!(draft.expires.as_deref(), Some("2027-04-20"));
    assert_eq!(draft.changed.as_deref(), Some("2026-11-02"));
    assert_eq!(
        draft.states,
        [
            DocState {
                state_type: "draft".into(),
                slug: "active".into(),
                name: "Active".into()
            },
            DocState {
                state_type: "draft-iesg".into(),
                slug: "lc".into(),
                name: "In Last Call".into()
            },
        ]
    );
    assert_eq!(
        draft.events,
        [
            ev("2026-06-15", EventKind::Revision, "04"),
            ev("2026-10-20", EventKind::Revision, "05"),
            ev("2026-11-02", EventKind::State, "In Last Call"),
            ev("2026-11-02", EventKind::LastCallStart, IETF_LAST_CALL),
            ev("2026-11-16", EventKind::LastCallEnd, IETF_LAST_CALL),
        ]
    );

    let rfc = &documents[1];
    assert_eq!(rfc.facts.kind, Some(DocumentKind::Rfc));
    assert_eq!(rfc.facts.rfc_number, Some(9999));
    assert_eq!(rfc.facts.status.as_deref(), Some("Informational"));
    assert_eq!(rfc.rev, None);
    assert_eq!(
        rfc.events,
        [ev("2026-06-01", EventKind::Published, "RFC 9999")]
    );

    let individual = &documents[2];
    assert_eq!(individual.facts.wg, None);
    assert_eq!(individual.facts.area, None);
    assert_eq!(individual.facts.stream, None);
    assert_eq!(individual.facts.status, None);
    assert_eq!(individual.facts.abstract_text, None);
    assert!(individual.events.is_empty());

    // Each referenced resource once, although several documents share them.
    for uri in [
        "/api/v1/doc/state/1/",
        "/api/v1/doc/state/2/",
        "/api/v1/doc/state/3/",
        "/api/v1/group/group/1/",
        "/api/v1/group/group/2/",
        "/api/v1/group/group/3/",
        "/api/v1/name/intendedstdlevelname/ps/",
        GROUP_PAGE1,
        GROUP_PAGE2,
    ] {
        assert_eq!(server.hits(uri), 1, "{uri}");
    }
    // No Last Call listing for documents without a Last Call, no relation lookups for RFCs.
    assert!(server.seen().iter().all(|s| !s
        .target
        .contains("lastcalldocevent/?doc__name=rfc9999")
        && !s.target.contains("relateddocument")));
    assert_eq!(tracker.requests(), server.seen().len());
    assert_only_loopback(&server);
}

#[test]
fn the_cache_lasts_across_calls_and_a_draft_finds_its_rfc() {
    let server = start(privacy_routes());
    let tracker = Datatracker::new(&server.base, options()).expect("client");
    tracker
        .documents(&Query::by_group("privacy").without_events())
        .expect("group");
    let before = server.seen().len();
    let documents = tracker
        .documents(&Query::by_names(["draft-ietf-privacy-old"]))
        .expect("names");
    let old = &documents[0];
    assert_eq!(old.facts.became_rfc, Some(9998));
    assert_eq!(old.facts.rfc_number, None);
    assert_eq!(old.facts.wg.as_deref(), Some("privacy"));
    assert_eq!(
        old.events,
        [
            ev("2025-02-28", EventKind::State, "RFC"),
            ev("2025-02-28", EventKind::Published, "RFC 9998"),
            ev("2025-02-28", EventKind::BecameRfc, "rfc9998"),
        ]
    );
    let new: Vec<String> = server.seen()[before..]
        .iter()
        .map(|s| s.target.clone())
        .collect();
    // The second call fetched only its listing, the one new state, events and the relation.
    assert_eq!(
        new,
        [
            "/api/v1/doc/document/?limit=2&name__in=draft-ietf-privacy-old".to_string(),
            "/api/v1/doc/state/4/".to_string(),
            normalise(&events_url("draft-ietf-privacy-old", None)),
            "/api/v1/doc/relateddocument/?limit=2&relationship=became_rfc&source__name=draft-ietf-privacy-old"
                .to_string(),
        ]
    );
    assert_eq!(server.hits("/api/v1/doc/state/1/"), 1);
    // Skipping events fetched no event listing at all.
    assert_eq!(
        server.hits(&events_url("draft-ietf-privacy-example", None)),
        0
    );
    assert_only_loopback(&server);
}

fn single(route: &str, replies: Vec<Reply>) -> (Server, Datatracker) {
    single_with(route, replies, options())
}

fn single_with(
    route: &str,
    replies: Vec<Reply>,
    options: DatatrackerOptions,
) -> (Server, Datatracker) {
    let server = Server::start(vec![(route, replies)]);
    let tracker = Datatracker::new(&server.base, options).expect("client");
    (server, tracker)
}

const NAMES_URL: &str = "/api/v1/doc/document/?limit=2&name__in=draft-ietf-privacy-example";

fn example() -> Query {
    Query::by_names(["draft-ietf-privacy-example"]).without_events()
}

#[test]
fn http_500_is_retried_a_bounded_number_of_times() {
    let (server, tracker) = single(NAMES_URL, vec![Reply::raw(500, "oops")]);
    let error = tracker.documents(&example()).expect_err("500");
    assert!(
        matches!(
            error,
            DatatrackerError::Status {
                status: 500,
                attempts: 3,
                ..
            }
        ),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(message.contains("/api/v1/doc/document/?limit=2&name__in=draft-ietf-privacy-example"));
    assert!(message.contains("HTTP status 500"), "{message}");
    assert_eq!(server.hits(NAMES_URL), 3);
}

#[test]
fn a_429_is_waited_out() {
    let (server, tracker) = single(
        NAMES_URL,
        vec![
            Reply::raw(429, "slow down").header("Retry-After", "0"),
            Reply::raw(503, "busy"),
            Reply::fixture("empty-listing.json"),
        ],
    );
    assert!(tracker.documents(&example()).expect("third try").is_empty());
    assert_eq!(server.hits(NAMES_URL), 3);
}

#[test]
fn a_404_is_not_retried() {
    let (server, tracker) = single("/nothing-here", vec![]);
    let error = tracker.documents(&example()).expect_err("404");
    assert!(
        matches!(
            error,
            DatatrackerError::Status {
                status: 404,
                attempts: 1,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(server.seen().len(), 1);
}

#[test]
fn a_non_json_body_is_reported() {
    let (_server, tracker) = single(
        NAMES_URL,
        vec![Reply::raw(200, "<html><body>Maintenance</body></html>")],
    );
    let error = tracker.documents(&example()).expect_err("html");
    assert!(
        matches!(error, DatatrackerError::NotJson { .. }),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains("name__in=draft-ietf-privacy-example"),
        "{message}"
    );
    assert!(message.contains("not JSON"), "{message}");
    assert!(message.contains("<html><body>Maintenance"), "{message}");
}

#[test]
fn a_malformed_page_is_reported_with_its_url() {
    let server = Server::start(vec![
        (GROUP_PAGE1, vec![Reply::fixture("documents-page1.json")]),
        (GROUP_PAGE2, vec![Reply::fixture("malformed-page.json")]),
    ]);
    let tracker = Datatracker::new(&server.base, options()).expect("client");
    let error = tracker
        .documents(&Query::by_group("privacy").without_events())
        .expect_err("shape");
    let DatatrackerError::Shape { url, message } = &error else {
        panic!("{error:?}");
    };
    assert!(url.ends_with("offset=2&type__in=draft,rfc"), "{url}");
    assert!(message.contains("objects"), "{message}");
    assert!(error.to_string().contains("unexpected JSON"));
}

#[test]
fn a_document_without_a_name_is_a_shape_error() {
    let (_server, tracker) = single(
        NAMES_URL,
        vec![Reply::fixture("document-without-name.json")],
    );
    let error = tracker.documents(&example()).expect_err("shape");
    let message = error.to_string();
    assert!(
        message.contains("document 1 of the listing: missing field `name`"),
        "{message}"
    );
}

#[test]
fn the_page_cap_stops_a_long_listing() {
    // total_count says two pages are needed: fail after the first, before fetching the rest.
    let server = start(privacy_routes());
    let tracker = Datatracker::new(
        &server.base,
        DatatrackerOptions {
            max_pages: 1,
            ..options()
        },
    )
    .expect("client");
    let error = tracker
        .documents(&Query::by_group("privacy"))
        .expect_err("cap");
    assert!(
        matches!(error, DatatrackerError::PageCap { max_pages: 1, .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("more than 1 pages"));
    assert_eq!(server.seen().len(), 1);

    // Without a total_count, the cap applies when following meta.next.
    let endless = r#"{"meta": {"limit": 2, "next": "/api/v1/doc/document/?limit=2&offset=2"}, "objects": []}"#;
    let server = Server::start(vec![
        (
            "/api/v1/doc/document/?group__acronym=x&limit=2&type__in=draft,rfc",
            vec![Reply::raw(200, endless)],
        ),
        (
            "/api/v1/doc/document/?limit=2&offset=2",
            vec![Reply::raw(200, endless.replace("offset=2", "offset=4"))],
        ),
    ]);
    let tracker = Datatracker::new(
        &server.base,
        DatatrackerOptions {
            max_pages: 2,
            ..options()
        },
    )
    .expect("client");
    let error = tracker.documents(&Query::by_group("x")).expect_err("cap");
    assert!(
        matches!(error, DatatrackerError::PageCap { max_pages: 2, .. }),
        "{error:?}"
    );
    assert_eq!(server.seen().len(), 2);
}

#[test]
fn a_next_link_to_itself_is_not_followed_forever() {
    let looping = r#"{"meta": {"limit": 2, "next": "/api/v1/doc/document/?limit=2&name__in=draft-ietf-privacy-example"}, "objects": []}"#;
    let (server, tracker) = single(NAMES_URL, vec![Reply::raw(200, looping)]);
    let error = tracker.documents(&example()).expect_err("loop");
    assert!(error.to_string().contains("points back"), "{error}");
    assert_eq!(server.seen().len(), 1);
}

#[test]
fn urls_off_the_origin_are_refused_without_contacting_them() {
    let (server, tracker) = single(NAMES_URL, vec![Reply::fixture("foreign-next.json")]);
    let error = tracker.documents(&example()).expect_err("foreign next");
    assert!(
        matches!(error, DatatrackerError::ForeignUrl { .. }),
        "{error:?}"
    );
    assert!(error
        .to_string()
        .contains("http://192.0.2.1/api/v1/doc/document/"));
    assert_eq!(server.seen().len(), 1);

    // A resource URI on the real Datatracker is refused as well: the base URL is the only origin.
    let (server, tracker) = single(NAMES_URL, vec![Reply::fixture("foreign-group.json")]);
    let error = tracker.documents(&example()).expect_err("foreign group");
    assert!(
        error
            .to_string()
            .contains("https://datatracker.ietf.org/api/v1/group/group/1/: not on the Datatracker origin http://127.0.0.1:"),
        "{error}"
    );
    assert_eq!(server.seen().len(), 1);
    assert_only_loopback(&server);
}

#[test]
fn redirects_are_not_followed() {
    let (server, tracker) = single(
        NAMES_URL,
        vec![Reply::raw(301, "").header("Location", "http://192.0.2.1/elsewhere")],
    );
    let error = tracker.documents(&example()).expect_err("redirect");
    assert!(
        matches!(error, DatatrackerError::Redirect { status: 301, .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("http://192.0.2.1/elsewhere"));
    assert_eq!(server.seen().len(), 1);
}

#[test]
fn oversized_responses_are_refused() {
    let (_server, tracker) = single_with(
        NAMES_URL,
        vec![Reply::fixture("documents-page1.json")],
        DatatrackerOptions {
            max_response_bytes: 256,
            ..options()
        },
    );
    let error = tracker.documents(&example()).expect_err("too large");
    assert!(
        matches!(error, DatatrackerError::TooLarge { limit: 256, .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("larger than 256 bytes"));
}

#[test]
fn a_silent_server_times_out() {
    let mut hang = Reply::raw(200, "");
    hang.hang = true;
    let (_server, tracker) = single_with(
        NAMES_URL,
        vec![hang],
        DatatrackerOptions {
            timeout: Duration::from_millis(300),
            retries: 0,
            ..options()
        },
    );
    let error = tracker.documents(&example()).expect_err("timeout");
    assert!(
        matches!(error, DatatrackerError::Transport { attempts: 1, .. }),
        "{error:?}"
    );
    assert!(error
        .to_string()
        .contains("name__in=draft-ietf-privacy-example"));
}

#[test]
fn requests_name_rightscope_and_ask_for_json() {
    let (server, tracker) = single(NAMES_URL, vec![Reply::fixture("empty-listing.json")]);
    tracker.documents(&example()).expect("empty");
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert!(
        seen[0].user_agent.starts_with("rightscope/"),
        "{:?}",
        seen[0]
    );
}

#[test]
fn bad_queries_fail_before_any_request() {
    // The default base URL is the public Datatracker: building a client and refusing a query must not
    // contact it.
    let tracker =
        Datatracker::new(DEFAULT_BASE_URL, DatatrackerOptions::default()).expect("client");
    assert_eq!(tracker.base_url(), "https://datatracker.ietf.org");
    for query in [
        Query::default(),
        Query::by_names(["draft-x&limit=1000"]),
        Query::by_names([""]),
        Query::by_group("quic wg"),
        Query::changed_since("last week"),
        Query::by_group("quic").since("2024-13"),
    ] {
        let error = tracker.documents(&query).expect_err("invalid");
        assert!(matches!(error, DatatrackerError::Query { .. }), "{error:?}");
    }
    assert_eq!(tracker.requests(), 0);
}

#[test]
fn many_names_are_split_into_several_listings_with_the_other_filters() {
    let names: Vec<String> = (0..30).map(|i| format!("draft-n-{i}")).collect();
    let listing = |chunk: &[String]| {
        format!(
            "/api/v1/doc/document/?group__acronym=x&limit=2&name__in={}&time__gte=2026-01-01",
            chunk.join(",")
        )
    };
    let (first, second) = (listing(&names[..25]), listing(&names[25..]));
    let empty = Reply::fixture("empty-listing.json");
    let server = Server::start(vec![
        (first.as_str(), vec![empty.clone()]),
        (second.as_str(), vec![empty]),
    ]);
    let tracker = Datatracker::new(&server.base, options()).expect("client");
    let query = Query::by_names(names).in_group("x").since("2026-01-01");
    assert!(tracker.documents(&query).expect("two listings").is_empty());
    let targets: Vec<String> = server.seen().into_iter().map(|s| s.target).collect();
    assert_eq!(targets, [normalise(&first), normalise(&second)]);
}

#[test]
fn a_refused_connection_is_retried_then_reported() {
    // A port that was just free: nothing listens there.
    let port = TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let tracker = Datatracker::new(&format!("http://127.0.0.1:{port}"), options()).expect("client");
    let error = tracker.documents(&example()).expect_err("refused");
    assert!(
        matches!(error, DatatrackerError::Transport { attempts: 3, .. }),
        "{error:?}"
    );
    assert!(error
        .to_string()
        .contains(&format!("http://127.0.0.1:{port}/api/v1/doc/document/")));
    assert_eq!(tracker.requests(), 3);
}

#[test]
fn an_import_stores_facts_and_events_once() {
    let server = start(privacy_routes());
    let tracker = Arc::new(Datatracker::new(&server.base, options()).expect("client"));
    let dir = tempfile::tempdir().expect("temp dir");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let store = rightscope_store::Store::open(dir.path().join("data"))
            .await
            .expect("open SQLite store");
        let first = rightscope_ingest::datatracker::import(
            &store,
            Arc::clone(&tracker),
            Query::by_group("privacy"),
        )
        .await
        .expect("import");
        assert_eq!(first.documents, 3);
        assert_eq!(first.documents_changed, 3);
        // Five events for the draft, one for the RFC.
        assert_eq!(first.events_inserted, 6);

        let view = store
            .document("draft-ietf-privacy-example")
            .await
            .expect("read")
            .expect("stored");
        assert_eq!(view.document.wg.as_deref(), Some("privacy"));
        assert_eq!(
            view.document.title.as_deref(),
            Some("Keeping Identifiers out of Logs")
        );
        let timeline = store
            .timeline("draft-ietf-privacy-example")
            .await
            .expect("timeline");
        assert_eq!(timeline.len(), 5, "{timeline:?}");

        let again = rightscope_ingest::datatracker::import(
            &store,
            Arc::clone(&tracker),
            Query::by_group("privacy"),
        )
        .await
        .expect("second import");
        assert_eq!(again.documents, 3);
        assert_eq!(again.documents_changed, 0);
        assert_eq!(again.events_inserted, 0);
        store.close().await;
    });
    assert_only_loopback(&server);
}
