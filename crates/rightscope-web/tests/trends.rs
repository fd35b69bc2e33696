//! The trends page, its CSV and JSON exports, and the reference graph in the JSON API, against a
//! real server on 127.0.0.1:0 over sample RFCs of `../shared/corpus/sample` (read by path).

mod common;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::OnceLock;

use common::Response;

use rightscope_ingest::{ingest, IngestOptions, NoProgress, Source};
use rightscope_store::{trends_csv, DocumentFacts, Store, TrendGroup, TrendsReport};
use rightscope_web::i18n::{Lang, Tr};

/// Two 2011 RFCs, three of 2018 (rfc8484 cites rfc6265 and rfc8446 normatively), one of 2024.
const SAMPLE: [&str; 6] = [
    "rfc6265", "rfc6302", "rfc8404", "rfc8446", "rfc8484", "rfc9458",
];

struct Server {
    addr: SocketAddr,
    /// What the store says, read before the server started: the figures every answer must match.
    trends: Vec<(TrendGroup, Vec<rightscope_store::TrendRow>)>,
    refs: serde_json::Value,
}

fn sample(name: &str) -> PathBuf {
    common::corpus(&format!("sample/{name}.txt"))
}

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
                let sources: Vec<Source> =
                    SAMPLE.iter().map(|n| Source::detect(sample(n))).collect();
                ingest(&store, &sources, &IngestOptions::default(), &NoProgress)
                    .await
                    .expect("ingest");
                // As the Datatracker would say, so the wg grouping has named groups.
                store
                    .put_document_facts(&[
                        DocumentFacts {
                            wg: Some("doh".to_string()),
                            ..DocumentFacts::named("rfc8484")
                        },
                        DocumentFacts {
                            wg: Some("tls".to_string()),
                            ..DocumentFacts::named("rfc8446")
                        },
                    ])
                    .await
                    .expect("facts");
                let mut trends = Vec::new();
                for by in TrendGroup::ALL {
                    trends.push((by, store.trends(by).await.expect("trends")));
                }
                let refs = serde_json::to_value(
                    store
                        .refs_report("rfc8484")
                        .await
                        .expect("refs")
                        .expect("rfc8484 is stored"),
                )
                .expect("JSON");
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
                    .send((listener.local_addr().expect("addr"), trends, refs))
                    .expect("send");
                rightscope_web::serve_on(listener, state)
                    .await
                    .expect("serve");
                drop(dir);
            });
        });
        let (addr, trends, refs) = receiver.recv().expect("server started");
        Server { addr, trends, refs }
    })
}

fn get(path: &str) -> Response {
    common::get_with(server().addr, path, &[])
}

fn rows(by: TrendGroup) -> &'static [rightscope_store::TrendRow] {
    server()
        .trends
        .iter()
        .find(|(b, _)| *b == by)
        .map(|(_, rows)| rows.as_slice())
        .expect("every grouping was read")
}

/// Text of an HTML body with tags removed and whitespace collapsed, to look for sentences.
fn words(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The entities askama writes for quotes and ampersands, back to characters.
fn unescape(html: &str) -> String {
    html.replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[test]
fn the_store_figures_are_the_hand_counted_ones() {
    // Years from the first pages; Privacy Considerations sections: rfc6265 §7 (2011), rfc8484 §8
    // (2018), rfc9458 §7 (2024) — see the store's tests/refs.rs for the hand count.
    let years: Vec<(&str, i64, i64)> = rows(TrendGroup::Year)
        .iter()
        .map(|row| {
            (
                row.group.as_str(),
                row.documents,
                row.considerations
                    .get("PrivacyConsiderations")
                    .map_or(0, |c| c.present),
            )
        })
        .collect();
    assert_eq!(years, vec![("2011", 2, 1), ("2018", 3, 1), ("2024", 1, 1)]);
}

#[test]
fn the_page_renders_in_every_language() {
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        let response = get(&format!("/trends?lang={}", lang.code()));
        assert_eq!(response.status, 200, "{}", response.body);
        assert_eq!(
            response.header("content-type"),
            Some("text/html; charset=utf-8")
        );
        let body = &unescape(&response.body);
        assert!(body.contains(&format!("lang=\"{}\"", lang.code())));
        assert_eq!(body.matches("<h1").count(), 1);
        assert!(body.contains(&format!("<h1>{}</h1>", tr.t("trends-title"))));
        assert!(body.contains(&tr.t("trends-intro")), "{lang:?}: intro");
        assert!(!body.contains("<script") && !body.contains(" style="));
        // Two charts, each an image with a title and a table of the same figures.
        assert_eq!(body.matches("<svg role=\"img\"").count(), 2, "{lang:?}");
        assert!(body.contains("<title id=\"trends-chart-privacy\">"));
        assert!(body.contains("<title id=\"trends-chart-human-rights\">"));
        assert!(body.matches("<caption").count() >= 5, "{lang:?}: tables");
        assert!(body.contains("href=\"/trends.csv?by=year\""));
        assert!(body.contains("href=\"/api/v1/trends?by=year\""));
        assert!(body.contains("href=\"/trends\" aria-current=\"page\""));
        // No Fluent key may show through: every text is translated or falls back to English.
        assert!(
            !words(body).contains("trends-"),
            "{lang:?}: untranslated key"
        );
        for key in ["trends-milestones", "trends-limits"] {
            assert!(body.contains(&tr.t(key)), "{lang:?}: {key}");
        }
    }
}

#[test]
fn the_year_view_marks_the_milestones_and_compares_before_and_after() {
    let text = words(&get("/trends").body);
    // 2011: rfc6265 has one of 2 documents; 2018 and 2024 (after 2013): 2 of 4.
    assert!(
        text.contains(
            "Before 2013 (RFC 6973): 50% of 2 documents had such a section. From 2013: 50% of 4."
        ),
        "{text}"
    );
    // Human rights: no document has such a section, before 2017 (2 documents) or after (4).
    assert!(
        text.contains(
            "Before 2017 (RFC 8280): 0% of 2 documents had such a section. From 2017: 0% of 4."
        ),
        "{text}"
    );
    // The chart bar and its table line for 2018: one privacy section in three documents.
    assert!(text.contains("2018 33% (1/3)"), "{text}");
    assert!(text.contains("2018 3 33% (1) 33% (1)"), "{text}");
    assert!(text.contains("Showing groups 1 to 3 of 3."), "{text}");
}

#[test]
fn long_groupings_say_how_many_are_shown() {
    let body = get("/trends?by=wg").body;
    let text = words(&body);
    assert_eq!(rows(TrendGroup::Wg).len(), 3, "doh, tls, unknown");
    assert!(text.contains("Showing groups 1 to 3 of 3."), "{text}");
    // Largest first: the four documents without a working group lead.
    let unknown = text.find("Unknown 50% (2/4)").expect("unknown group's bar");
    let doh = text.find("doh 100% (1/1)").expect("doh group's bar");
    assert!(unknown < doh, "{text}");
    let beyond = get("/trends?by=wg&page=2");
    assert_eq!(beyond.status, 400);
    assert!(words(&beyond.body).contains("There is no page 2: there are 1 pages."));
}

#[test]
fn csv_and_json_are_what_the_store_says() {
    for by in TrendGroup::ALL {
        let csv = get(&format!("/trends.csv?by={}", by.as_str()));
        assert_eq!(csv.status, 200);
        assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
        let disposition = format!(
            "attachment; filename=\"rightscope-trends-{}.csv\"",
            by.as_str()
        );
        assert_eq!(
            csv.header("content-disposition"),
            Some(disposition.as_str())
        );
        assert_eq!(csv.body, trends_csv(rows(by)), "{by:?}");
        // The second answer comes from the page cache and must still be a named download.
        let again = get(&format!("/trends.csv?by={}", by.as_str()));
        assert_eq!(again.body, csv.body);
        assert_eq!(
            again.header("content-disposition"),
            Some(disposition.as_str())
        );
        assert_eq!(
            again.header("content-type"),
            Some("text/csv; charset=utf-8")
        );

        let json = get(&format!("/api/v1/trends?by={}", by.as_str()));
        assert_eq!(json.status, 200);
        assert_eq!(json.header("content-type"), Some("application/json"));
        let value: serde_json::Value = serde_json::from_str(&json.body).expect("JSON");
        let expected = serde_json::to_value(TrendsReport::new(by, rows(by))).expect("JSON");
        assert_eq!(value, expected, "{by:?}");
        assert_eq!(value["version"], 1);
        assert_eq!(value["by"], by.as_str());
    }
    // Default: by year.
    assert_eq!(get("/trends.csv").body, trends_csv(rows(TrendGroup::Year)));
    let header = get("/trends.csv?by=year").body;
    let first = header.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("group,documents,security_present,security_substantive,privacy_present")
    );
    assert!(header.contains("\n2018,3,"), "{header}");
}

#[test]
fn unknown_groupings_are_a_clear_400() {
    let page = get("/trends?by=month");
    assert_eq!(page.status, 400);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let text = words(&page.body);
    assert!(
        text.contains("\"month\" is not a grouping (year, area, stream, wg, sdo)."),
        "{text}"
    );
    let french = get("/trends?by=month&lang=fr");
    assert_eq!(french.status, 400);
    assert!(words(&french.body).contains("« month » n’est pas un regroupement"));
    assert_eq!(get("/trends.csv?by=month").status, 400);
    let api = get("/api/v1/trends?by=month");
    assert_eq!(api.status, 400);
    let value: serde_json::Value = serde_json::from_str(&api.body).expect("JSON error");
    assert_eq!(value["status"], 400);
    assert!(value["error"]
        .as_str()
        .is_some_and(|e| e.contains("\"month\"")));
}

#[test]
fn the_reference_graph_is_the_cli_json() {
    let response = get("/api/v1/documents/rfc8484/references");
    assert_eq!(response.status, 200, "{}", response.body);
    assert_eq!(response.header("content-type"), Some("application/json"));
    let value: serde_json::Value = serde_json::from_str(&response.body).expect("JSON");
    assert_eq!(value, server().refs);
    let keys: Vec<&str> = value
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys.iter()
            .copied()
            .collect::<std::collections::BTreeSet<_>>(),
        [
            "version",
            "name",
            "depends_on",
            "inherited_risks",
            "depended_on_by",
            "relations"
        ]
        .into_iter()
        .collect()
    );
    assert_eq!(value["version"], 1);
    assert_eq!(value["name"], "rfc8484");
    // RFC 8484 §11.1 cites RFC 8446 normatively as [RFC8446]; it is stored.
    let tls = value["depends_on"]
        .as_array()
        .expect("depends_on")
        .iter()
        .find(|r| r["target"] == "rfc8446")
        .expect("rfc8484 depends on rfc8446");
    assert_eq!(tls["kind"], "normative");
    assert_eq!(tls["stored"], true);
    // RFC 9458 cites RFC 8484 informatively.
    let incoming = value["depended_on_by"].as_array().expect("depended_on_by");
    assert!(
        incoming
            .iter()
            .any(|r| r["from"] == "rfc9458" && r["kind"] == "informative"),
        "{incoming:?}"
    );
    // The spelling the CLI accepts works here too.
    let spaced = get("/api/v1/documents/RFC%208484/references");
    assert_eq!(spaced.status, 200);
    let unknown = get("/api/v1/documents/rfc404404/references");
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.header("content-type"), Some("application/json"));
    let error: serde_json::Value = serde_json::from_str(&unknown.body).expect("JSON error");
    assert_eq!(error["status"], 404);
    assert!(error["error"].is_string());
}
