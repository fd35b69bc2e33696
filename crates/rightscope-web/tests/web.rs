//! The web app end to end: a real server on 127.0.0.1:0 over a store built from fixtures
//! (`tests/fixtures/`) and documents of `../shared/corpus/` read by path, asked over plain HTTP/1.0.

mod common;

use std::net::SocketAddr;
use std::sync::OnceLock;

use common::{corpus, fixture, Response};

use rightscope_ingest::{ingest, IngestOptions, NoProgress, Source};
use rightscope_store::{DocumentFacts, EventKind, NewEvent, Store};

/// The payloads the hostile fixture carries; none may reach a page unescaped.
const PAYLOADS: [&str; 4] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><img",
    "<b>Title</b>",
];

const HOSTILE: &str = "draft-rightscope-hostile";

struct Server {
    addr: SocketAddr,
}

/// One server for the whole test binary, on its own thread and runtime.
fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| {
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async move {
                let dir = tempfile::tempdir().expect("temp dir");
                let store = Store::open(dir.path()).await.expect("store");
                let sources = [
                    Source::detect(fixture("hostile/draft-rightscope-hostile-00.txt")),
                    Source::detect(corpus("sample/rfc8890.txt")),
                    Source::detect(corpus("drafts/bcp56bis")),
                    // rfc8404 refers to rfc7754, whose own verdict is `creates` for censorship.
                    Source::detect(corpus("sample/rfc8404.txt")),
                    Source::detect(corpus("sample/rfc7754.txt")),
                ];
                ingest(&store, &sources, &IngestOptions::default(), &NoProgress)
                    .await
                    .expect("ingest");
                store
                    .put_events(
                        HOSTILE,
                        &[NewEvent {
                            at: "2999-01-31".to_string(),
                            kind: EventKind::LastCallEnd,
                            detail: "IETF Last Call <script>alert(1)</script>".to_string(),
                            source: "test".to_string(),
                        }],
                    )
                    .await
                    .expect("events");
                // As the Datatracker would say: the draft belongs to HTTPbis.
                store
                    .put_document_facts(&[DocumentFacts {
                        wg: Some("httpbis".to_string()),
                        stream: Some("IETF".to_string()),
                        ..DocumentFacts::named("draft-nottingham-bcp56bis")
                    }])
                    .await
                    .expect("facts");
                // As the RFC index says of a document whose text is not ingested.
                store
                    .put_document_facts(&[DocumentFacts {
                        title: Some("Report on the Survey Project".to_string()),
                        status: Some("Unknown".to_string()),
                        rfc_number: Some(530),
                        ..DocumentFacts::named("rfc530")
                    }])
                    .await
                    .expect("metadata-only document");
                let list = store
                    .create_watchlist("tester", "hostile", Some("draft-rightscope-"))
                    .await
                    .expect("watchlist");
                assert_eq!(list, 1);
                let state = rightscope_web::AppState::open(
                    store,
                    &dir.path().join("index"),
                    "http://127.0.0.1".to_string(),
                )
                .await
                .expect("state");
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("bind");
                sender
                    .send(listener.local_addr().expect("addr"))
                    .expect("send");
                rightscope_web::serve_on(listener, state)
                    .await
                    .expect("serve");
                drop(dir);
            });
        });
        let addr = receiver.recv().expect("server started");
        Server { addr }
    })
}

fn request(path: &str, extra: &[(&str, &str)]) -> Response {
    common::get_with(server().addr, path, extra)
}

fn get(path: &str) -> Response {
    request(path, &[])
}

fn html(path: &str) -> Response {
    let response = get(path);
    assert_eq!(response.status, 200, "{path}: {}", response.body);
    assert_eq!(
        response.header("content-type"),
        Some("text/html; charset=utf-8"),
        "{path}"
    );
    response
}

fn json(path: &str) -> serde_json::Value {
    let response = get(path);
    assert_eq!(response.status, 200, "{path}: {}", response.body);
    assert_eq!(
        response.header("content-type"),
        Some("application/json"),
        "{path}"
    );
    serde_json::from_str(&response.body).expect("JSON")
}

/// What every HTML page must have: the frame's landmarks, one h1, labelled controls, no inline
/// script or style, and no payload.
fn check_page(path: &str, body: &str) {
    assert!(body.starts_with("<!DOCTYPE html>"), "{path}");
    assert!(
        body.contains(r##"<a class="skip" href="#main">"##),
        "{path}: skip link"
    );
    assert!(body.contains(r#"<main id="main""#), "{path}: main");
    assert_eq!(body.matches("<h1").count(), 1, "{path}: one h1");
    assert!(
        body.contains(r#"<nav aria-label=""#),
        "{path}: labelled nav"
    );
    assert!(
        body.contains(r#"hreflang="ar" lang="ar""#),
        "{path}: language switcher"
    );
    assert!(!body.contains("<script"), "{path}: no script element");
    assert!(!body.contains(" style="), "{path}: no inline style");
    for tag in body.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        let handler = tag
            .split_whitespace()
            .skip(1)
            .any(|attribute| attribute.to_ascii_lowercase().starts_with("on"));
        assert!(!handler, "{path}: event handler attribute in <{tag}>");
        assert!(!tag.starts_with("img"), "{path}: img element");
    }
    for payload in PAYLOADS {
        assert!(!body.contains(payload), "{path}: unescaped {payload}");
    }
    for control in ["<input", "<select", "<textarea"] {
        for piece in body.split(control).skip(1) {
            let id = piece
                .split("id=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or_else(|| panic!("{path}: {control} without id"));
            assert!(
                body.contains(&format!("<label for=\"{id}\">")),
                "{path}: {control} #{id} has no label"
            );
        }
    }
    for table in body.split("<table").skip(1) {
        let table = table.split("</table>").next().unwrap_or_default();
        assert!(table.contains("<caption>"), "{path}: table caption");
        assert!(table.contains("<th scope="), "{path}: th scope");
    }
}

fn page(path: &str) -> String {
    let response = html(path);
    check_page(path, &response.body);
    response.body
}

#[test]
fn security_headers_on_every_response() {
    for path in [
        "/",
        "/nope",
        "/api/v1/documents",
        "/static/style.css",
        "/feeds/families/SURV.atom",
    ] {
        let response = get(path);
        assert_eq!(
            response.header("content-security-policy"),
            Some("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'"),
            "{path}"
        );
        assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(response.header("referrer-policy"), Some("same-origin"));
        assert_eq!(response.header("x-frame-options"), Some("DENY"));
    }
    let css = get("/static/style.css");
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    for physical in [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "text-align: left",
        "float: left",
    ] {
        assert!(!css.body.contains(physical), "stylesheet uses {physical}");
    }
}

/// The container's HEALTHCHECK: 200 "ok" from a server whose store answers, with the usual security
/// headers, never cached, and the same answer on every call.
#[test]
fn healthz_answers_ok_once_the_store_answers() {
    for _ in 0..2 {
        let response = get("/healthz");
        assert_eq!(response.status, 200, "{}", response.body);
        assert_eq!(response.body, "ok\n");
        assert_eq!(
            response.header("content-type"),
            Some("text/plain; charset=utf-8")
        );
        assert!(
            response
                .header("cache-control")
                .is_some_and(|value| value.contains("no-store")),
            "{:?}",
            response.headers
        );
        assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
    }
}

/// When the store stops answering (here: its pool is closed under the running server), `/healthz` says so
/// with a 503, so an orchestrator restarts the container instead of sending it readers; the store's error,
/// which names its path, stays out of the answer.
#[test]
fn healthz_is_503_when_the_store_does_not_answer() {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let dir = tempfile::tempdir().expect("temp dir");
            let store = Store::open(dir.path()).await.expect("store");
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            let addr = listener.local_addr().expect("addr");
            let state = rightscope_web::AppState::open(
                store.clone(),
                &dir.path().join("index"),
                format!("http://{addr}"),
            )
            .await
            .expect("state");
            store.close().await;
            sender.send(addr).expect("send");
            let _ = rightscope_web::serve_on(listener, state).await;
            drop(dir);
        });
    });
    let addr = receiver.recv().expect("server started");
    let response = common::get_with(addr, "/healthz", &[]);
    assert_eq!(response.status, 503, "{}", response.body);
    assert_eq!(response.body, "store unavailable\n");
}

#[test]
fn overview_has_chart_table_and_last_calls() {
    let body = page("/");
    assert!(body.contains(r#"<svg role="img" aria-labelledby="chart-title""#));
    assert!(body.contains(r#"<title id="chart-title">"#));
    assert!(body.contains("Surveillance and monitoring"));
    assert!(body.contains("2999-01-31"), "open Last Call shown");
    assert!(body.contains(HOSTILE));
}

#[test]
fn document_list_filters_and_pages() {
    let body = page("/documents");
    assert!(body.contains("/documents/rfc8890"));
    assert!(body.contains(HOSTILE));
    let body = page("/documents?sdo=ietf&family=&verdict=&status=&wg=&year=&page=1");
    assert!(body.contains("rfc8890"));
    let body = page("/documents?year=1990");
    assert!(!body.contains("/documents/rfc8890"));
    let body = page("/documents?family=ENC&verdict=creates");
    assert!(
        body.contains(HOSTILE),
        "the hostile draft creates encryption risk"
    );
    for bad in [
        "/documents?year=abc",
        "/documents?family=XX",
        "/documents?verdict=bad",
        "/documents?page=-1",
    ] {
        let response = get(bad);
        assert_eq!(response.status, 400, "{bad}");
        assert!(response.body.contains("could not be understood"), "{bad}");
        check_page(bad, &response.body);
    }
}

#[test]
fn document_page_highlights_findings_and_stays_small() {
    let body = page("/documents/rfc8890");
    assert!(
        body.len() < 100 * 1024,
        "rfc8890 page is {} bytes",
        body.len()
    );
    assert!(body.contains("<mark id=\"f"), "findings highlighted");
    assert!(body.contains("id=\"note-"), "explanations beside the text");
    assert!(body.contains("The Internet is for End Users"));
    assert!(body.contains("/documents/rfc8890/take-part"));
}

#[test]
fn a_document_known_only_from_metadata_has_a_page() {
    let body = page("/documents/rfc530");
    assert!(body.contains("Report on the Survey Project"));
    assert!(body.contains("has not read the text of this document"));
    assert!(
        !body.contains("Text with findings"),
        "no empty text section"
    );
    assert!(body.contains("/documents/rfc530/take-part"));
}

#[test]
fn references_and_inherited_risks_are_shown_apart() {
    let body = page("/documents/rfc8404");
    let section = body
        .split_once("id=\"references-heading\"")
        .map(|(_, rest)| rest.split_once("</section>").map_or(rest, |(s, _)| s))
        .expect("a references section");
    let inherited = section
        .split_once("</table>")
        .map(|(table, _)| table)
        .expect("an inherited-risk table");
    assert!(
        inherited.contains(
            "<td>Censorship and filtering</td><td><a href=\"/documents/rfc7754\">rfc7754</a></td>"
        ),
        "censorship inherited from rfc7754: {inherited}"
    );
    assert!(inherited.contains("rfc8404 → <a href=\"/documents/rfc7754\">rfc7754</a>"));
    assert!(inherited.contains("for information"));
    assert!(section.contains("What it refers to"));
    assert!(section.contains("href=\"/api/v1/documents/rfc8404/references\""));
    let graph = json("/api/v1/documents/rfc8404/references");
    assert_eq!(graph["name"], "rfc8404");
    // rfc7754 is referred to by rfc8404.
    let body = page("/documents/rfc7754");
    assert!(body.contains("What refers to it"));
    assert!(body.contains("<a href=\"/documents/rfc8404\">rfc8404</a>"));
}

#[test]
fn long_documents_show_one_section_at_a_time() {
    let body = page("/documents/draft-nottingham-bcp56bis");
    assert!(body.len() < 100 * 1024, "{} bytes", body.len());
    assert!(body.contains("/diff?from="), "diff links between revisions");
    let response = get("/documents/draft-nottingham-bcp56bis?section=9999");
    assert_eq!(response.status, 400);
    let response = get("/documents/draft-nottingham-bcp56bis?revision=abc");
    assert_eq!(response.status, 400);
}

#[test]
fn diff_between_revisions() {
    let document = json("/api/v1/documents/draft-nottingham-bcp56bis");
    let revisions = document["revisions"].as_array().expect("revisions");
    assert!(revisions.len() >= 2, "two revisions of bcp56bis");
    let (from, to) = (&revisions[0]["id"], &revisions[1]["id"]);
    let body = page(&format!(
        "/documents/draft-nottingham-bcp56bis/diff?from={from}&to={to}"
    ));
    assert!(body.contains("Findings added"));
    assert!(body.contains("Verdict per family"));
    assert_eq!(
        get("/documents/draft-nottingham-bcp56bis/diff?from=1").status,
        400
    );
    assert_eq!(
        get("/documents/draft-nottingham-bcp56bis/diff?from=1&to=999999").status,
        404
    );
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let body = page(&format!("/documents/{HOSTILE}"));
    assert!(
        body.contains("&#60;script&#62;alert(1)"),
        "payload shown as text"
    );
    assert!(body.contains("<mark id=\"f"), "hostile draft has findings");
    let body = page(&format!("/documents/{HOSTILE}/take-part"));
    assert!(body.contains("2999-01-31"), "deadline");
    assert!(body.contains("<textarea id=\"comment\""));
    page("/search?q=alert");
    page("/search?q=onerror&kind=revision");
    page("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    page("/documents");
    page("/");
    let feed = get(&format!("/feeds/documents/{HOSTILE}.atom"));
    assert_eq!(feed.status, 200);
    assert!(!feed.body.contains("<script>"));
}

#[test]
fn search_pages() {
    let body = page("/search");
    assert!(
        !body.contains("role=\"status\""),
        "no results before a query"
    );
    let body = page("/search?q=users");
    assert!(body.contains("rfc8890"));
    assert!(body.contains("<mark>"), "highlighted snippet");
    page("/search?q=users&family=SURV&kind=finding&page=2");
    assert_eq!(get("/search?q=x&kind=bogus").status, 400);
    assert_eq!(get("/search?q=x&page=zero").status, 400);
}

#[test]
fn rule_pages() {
    let body = page("/rules");
    assert!(body.contains("/rules/SURV001"));
    let body = page("/rules/SURV001");
    assert!(body.contains("Why it matters"));
    assert!(body.contains("RFC 9620 questions"));
    let response = get("/rules/NOPE999");
    assert_eq!(response.status, 404);
    assert!(response.body.contains("no rule with that code"));
    check_page("/rules/NOPE999", &response.body);
}

#[test]
fn unknown_pages_are_friendly_and_translated() {
    let response = get("/documents/no-such-document");
    assert_eq!(response.status, 404);
    assert!(response.body.contains("no document of that name"));
    check_page("/documents/no-such-document", &response.body);
    let response = get("/documents/no-such-document/take-part?lang=fr");
    assert_eq!(response.status, 404);
    assert!(response.body.contains(r#"<html lang="fr" dir="ltr">"#));
    let response = get("/nowhere");
    assert_eq!(response.status, 404);
    check_page("/nowhere", &response.body);
}

#[test]
fn language_negotiation() {
    let response = request("/", &[("Accept-Language", "ar, en;q=0.5")]);
    assert!(response.body.contains(r#"<html lang="ar" dir="rtl">"#));
    let response = request("/rules", &[("Cookie", "theme=x; lang=es")]);
    assert!(response.body.contains(r#"<html lang="es" dir="ltr">"#));
    let response = get("/rules?lang=fr");
    assert!(response.body.contains(r#"<html lang="fr""#));
    assert!(response
        .header("set-cookie")
        .is_some_and(|cookie| cookie.starts_with("lang=fr;")));
    assert!(response
        .body
        .contains(r#"href="/rules?lang=ar" hreflang="ar" lang="ar""#));
}

#[test]
fn feeds() {
    for path in [
        "/feeds/watchlists/1.atom",
        "/feeds/rules/SURV001.atom",
        "/feeds/families/SURV.atom",
        "/feeds/documents/rfc8890.atom",
    ] {
        let response = get(path);
        assert_eq!(response.status, 200, "{path}");
        assert_eq!(
            response.header("content-type"),
            Some("application/atom+xml; charset=utf-8"),
            "{path}"
        );
        assert!(response
            .body
            .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    }
    let body = get("/feeds/families/ENC.atom").body;
    assert!(
        body.contains(HOSTILE),
        "hostile draft's encryption risk is in the family feed"
    );
    for missing in [
        "/feeds/watchlists/999.atom",
        "/feeds/watchlists/x.atom",
        "/feeds/rules/NOPE.atom",
        "/feeds/families/XX.atom",
        "/feeds/documents/nothing.atom",
        "/feeds/rules/SURV001",
    ] {
        assert_eq!(get(missing).status, 404, "{missing}");
    }
}

#[test]
fn json_api() {
    let list = json("/api/v1/documents?limit=2");
    assert_eq!(list["limit"], 2);
    assert!(list["total"].as_i64().unwrap_or(0) >= 3);
    let list = json("/api/v1/documents?family=ENC&verdict=creates");
    assert!(list["items"]
        .as_array()
        .is_some_and(|items| items.iter().any(|i| i["document"]["name"] == HOSTILE)));
    let document = json("/api/v1/documents/rfc8890");
    let id = document["revisions"][0]["id"]
        .as_i64()
        .expect("revision id");
    let revision = json(&format!("/api/v1/revisions/{id}"));
    assert_eq!(revision["document"], "rfc8890");
    let findings = json(&format!("/api/v1/revisions/{id}/findings"));
    assert!(findings["findings"].is_array());
    let assessments = json(&format!("/api/v1/revisions/{id}/assessments"));
    assert!(assessments["assessments"]
        .as_array()
        .is_some_and(|a| !a.is_empty()));
    let hits = json("/api/v1/search?q=users");
    assert!(hits["total"].as_u64().unwrap_or(0) > 0);
    let spec = json("/api/v1/openapi.json");
    assert_eq!(spec["openapi"], "3.1.0");
    for (path, status) in [
        ("/api/v1/documents/nothing", 404),
        ("/api/v1/revisions/abc", 404),
        ("/api/v1/revisions/999999/findings", 404),
        ("/api/v1/search", 400),
        ("/api/v1/documents?limit=lots", 400),
    ] {
        let response = get(path);
        assert_eq!(response.status, status, "{path}");
        let body: serde_json::Value = serde_json::from_str(&response.body).expect("JSON error");
        assert!(body["error"].is_string(), "{path}");
    }
}

#[test]
fn take_part_card() {
    let body = page("/documents/rfc8890/take-part");
    assert!(body.contains("<label for=\"comment\">"));
    assert!(body.contains("Where and how to comment"));
    assert!(body.contains("Comments on rfc8890"));
}

#[test]
fn take_part_names_the_working_group_list_from_the_almanac() {
    let body = page("/documents/draft-nottingham-bcp56bis/take-part");
    assert!(body.contains("href=\"mailto:httpbis@ietf.org\""), "{body}");
    assert!(body.contains("https://datatracker.ietf.org/wg/httpbis/about/"));
    assert!(body.contains("last-call@ietf.org"));
    assert!(body.contains("href=\"/sdo/ietf\""));
    // The comment window comes from the almanac, in the reader's language.
    assert!(body.contains("IETF Last Call lasts at least two weeks"));
    let document = page("/documents/draft-nottingham-bcp56bis");
    assert!(document.contains("href=\"/sdo/ietf\""));
}

#[test]
fn almanac_pages() {
    let index = page("/sdo");
    for body in ["ietf", "irtf", "w3c", "itu-t", "etsi", "3gpp", "ieee-802"] {
        assert!(index.contains(&format!("href=\"/sdo/{body}\"")), "{body}");
    }
    assert!(index.contains("<caption"));
    let ietf = page("/sdo/ietf");
    assert!(ietf.contains("Internet Engineering Task Force"));
    assert!(ietf.contains("Checked on 2026-"));
    assert!(ietf.contains("href=\"https://www.rfc-editor.org/rfc/rfc7282\""));
    assert!(
        ietf.contains("<ol>"),
        "participation steps are an ordered list"
    );
    // Aliases and case find the same body.
    assert!(page("/sdo/ITU").contains("ITU-T"));
    let arabic = page("/sdo/w3c?lang=ar");
    assert!(arabic.contains("dir=\"rtl\""));
    assert!(arabic.contains("هيئات وضع المعايير"));
    // Openness: every WTO principle and barrier, per body, with its rating in words.
    assert!(index.contains("id=\"openness\""));
    assert!(index.contains("Development dimension"));
    assert!(index.contains("Human rights policy"));
    assert!(index.contains("class=\"tone-"));
    assert!(ietf.contains("href=\"#openness\""));
    assert!(ietf.contains("Barrier: Meeting fee"));
    let french = page("/sdo?lang=fr");
    assert!(french.contains("Les six principes de l’OMC"));
    assert!(!french.contains("sdo-label-"), "every label is translated");
    let document = page("/documents/draft-nottingham-bcp56bis");
    assert!(document.contains("Barriers to taking part in IETF"));
    assert!(document.contains("href=\"/sdo/ietf#openness\""));
    let response = get("/sdo/no-such-body?lang=es");
    assert_eq!(response.status, 404);
    assert!(response.body.contains("organismo"));
}

/// Risk findings per code of one revision, read through the findings API.
fn risk_counts(id: i64) -> std::collections::BTreeMap<String, i64> {
    let findings = json(&format!("/api/v1/revisions/{id}/findings"));
    let mut counts = std::collections::BTreeMap::new();
    for finding in findings["findings"].as_array().into_iter().flatten() {
        if finding["polarity"] == "risk" {
            let code = finding["code"].as_str().unwrap_or_default().to_string();
            *counts.entry(code).or_insert(0) += 1;
        }
    }
    counts
}

#[test]
fn outcomes_agree_with_the_findings_of_each_revision() {
    // Recount the bcp56bis series (the only httpbis document here) from the findings API.
    let document = json("/api/v1/documents/draft-nottingham-bcp56bis");
    let ids: Vec<i64> = document["revisions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["id"].as_i64())
        .collect();
    assert!(ids.len() >= 2, "{document}");
    let counts: Vec<_> = ids.iter().map(|id| risk_counts(*id)).collect();
    let (mut opened, mut resolved) = (0, 0);
    for pair in counts.windows(2) {
        for (code, n) in &pair[1] {
            opened += (n - pair[0].get(code).copied().unwrap_or(0)).max(0);
        }
        for (code, n) in &pair[0] {
            resolved += (n - pair[1].get(code).copied().unwrap_or(0)).max(0);
        }
    }
    let report = json("/api/v1/outcomes?by=wg");
    let groups = report["groups"].as_array().expect("groups");
    let httpbis = groups
        .iter()
        .find(|g| g["group"] == "httpbis")
        .expect("httpbis group");
    assert_eq!(httpbis["documents"], 1);
    assert_eq!(httpbis["revised"], 1);
    assert_eq!(httpbis["opened"], opened);
    assert_eq!(httpbis["resolved"], resolved);
    let first: i64 = counts[0].values().sum();
    assert_eq!(httpbis["at_first"], first);
    // The groups add up to the total.
    for field in ["documents", "at_first", "opened", "resolved", "at_latest"] {
        let sum: i64 = groups.iter().filter_map(|g| g[field].as_i64()).sum();
        assert_eq!(report["total"][field], sum, "{field}");
    }

    let page = page("/outcomes?by=wg&group=httpbis");
    assert!(page.contains("Findings opened and resolved per year: httpbis"));
    assert!(page.contains(&format!(
        "later revisions opened {opened} and resolved {resolved}"
    )));
    assert!(page.contains("<option value=\"wg\" selected>"));
    let arabic = self::page("/outcomes?lang=ar&family=SURV");
    assert!(arabic.contains("dir=\"rtl\""));
    assert!(arabic.contains("<option value=\"SURV\" selected>"));
    assert_eq!(get("/outcomes?by=planet").status, 400);
    assert_eq!(get("/api/v1/outcomes?family=XYZ").status, 400);
    let almanac = json("/api/v1/sdo");
    assert_eq!(almanac["bodies"].as_array().map(Vec::len), Some(7));
    assert_eq!(almanac["comparison"].as_array().map(Vec::len), Some(14));
}
