//! The participation dashboards end to end: a real server on 127.0.0.1:0 that read the sample
//! archives of `../shared/corpus/mbox/` (by path) at start-up, and one without archives, asked
//! over plain HTTP/1.0. Checks the pages and JSON render in every language, hidden figures read
//! "< 5", and no address or display name of the archives reaches any page or the JSON.

use std::collections::BTreeSet;
mod common;

use std::net::SocketAddr;
use std::path::PathBuf;

use common::Response;
use std::sync::OnceLock;

use rightscope_participation::PseudonymKey;
use rightscope_store::Store;

const LANGUAGES: [(&str, &str); 4] = [("en", "ltr"), ("es", "ltr"), ("fr", "ltr"), ("ar", "rtl")];

fn mbox(rel: &str) -> PathBuf {
    common::corpus(&format!("mbox/{rel}"))
}

/// The archives the server reads: two 3GPP mboxes, a Pipermail month, a LISTSERV list (a
/// directory of .LOG files) and the IETF mailarchive samples (a directory with one non-archive).
fn archives() -> Vec<PathBuf> {
    vec![
        mbox("bigbang/3GPP_mbox/3GPP_TSG_SA_WG4_EVS.mbox"),
        mbox("bigbang/3GPP_mbox/3GPP_TSG_RAN_WG4_NR-MIMO-OTA.mbox"),
        mbox("bigbang/2001-November.txt"),
        mbox("bigbang/3GPP/3GPP_TSG_SA_WG2_MTCE"),
        mbox("mailarchive"),
    ]
}

/// Starts a server on its own thread and runtime, over an empty store.
fn start(archives: Vec<PathBuf>) -> SocketAddr {
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
            let mut state = rightscope_web::AppState::open(
                store,
                &dir.path().join("index"),
                "http://127.0.0.1".to_string(),
            )
            .await
            .expect("state");
            if !archives.is_empty() {
                let data = rightscope_web::participation::load_archives(
                    archives,
                    PseudonymKey::from_bytes([7; 32]),
                )
                .await
                .expect("archives");
                state = state.with_participation(data);
            }
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
    receiver.recv().expect("server started")
}

fn loaded() -> SocketAddr {
    static SERVER: OnceLock<SocketAddr> = OnceLock::new();
    *SERVER.get_or_init(|| start(archives()))
}

fn empty() -> SocketAddr {
    static SERVER: OnceLock<SocketAddr> = OnceLock::new();
    *SERVER.get_or_init(|| start(Vec::new()))
}

fn get(addr: SocketAddr, path: &str) -> Response {
    common::get_with(addr, path, &[])
}

/// A page that must answer 200 with HTML, with the frame's mechanical accessibility parts.
fn page(addr: SocketAddr, path: &str) -> String {
    let response = get(addr, path);
    assert_eq!(response.status, 200, "{path}: {}", response.body);
    assert_eq!(
        response.header("content-type"),
        Some("text/html; charset=utf-8"),
        "{path}"
    );
    let body = response.body;
    assert!(body.starts_with("<!DOCTYPE html>"), "{path}");
    assert_eq!(body.matches("<h1").count(), 1, "{path}: one h1");
    assert!(!body.contains("<script"), "{path}: no script");
    assert!(!body.contains(" style="), "{path}: no inline style");
    assert!(
        body.contains(r#"<a href="/participation" aria-current="page">"#),
        "{path}: the nav marks participation"
    );
    for svg in body.split("<svg").skip(1) {
        assert!(
            svg.starts_with(r#" role="img" aria-labelledby=""#),
            "{path}"
        );
        assert!(svg.contains("<title id="), "{path}: chart title");
    }
    body
}

fn json(addr: SocketAddr, path: &str) -> serde_json::Value {
    let response = get(addr, path);
    assert_eq!(response.status, 200, "{path}: {}", response.body);
    assert_eq!(
        response.header("content-type"),
        Some("application/json"),
        "{path}"
    );
    serde_json::from_str(&response.body).expect("JSON")
}

fn list_names() -> Vec<String> {
    json(loaded(), "/api/v1/participation")["lists"]
        .as_array()
        .expect("lists")
        .iter()
        .filter_map(|l| l["name"].as_str().map(str::to_string))
        .collect()
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Every page of the dashboards: index, comparison, each list, and each list's periods.
fn every_page() -> Vec<String> {
    let mut pages = vec![
        "/participation".to_string(),
        "/participation/compare".to_string(),
    ];
    let report = json(loaded(), "/api/v1/participation");
    for list in report["lists"].as_array().expect("lists") {
        let name = list["name"].as_str().expect("name");
        let href = format!("/participation/{}", encode(name));
        pages.push(href.clone());
        for period in list["periods"].as_array().expect("periods") {
            let key = period["period"].as_str().expect("period");
            pages.push(format!("{href}?period={}", encode(key)));
        }
    }
    pages
}

/// Mail addresses in the archive files (an `@` with address characters around it).
fn addresses(text: &str) -> BTreeSet<String> {
    let text = text.to_lowercase();
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

/// Display names of `From:` headers (at least two words: a person's name, not a role).
fn display_names(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|line| line.strip_prefix("From: "))
        .filter_map(|from| from.split_once('<').map(|(name, _)| name))
        .map(|name| name.trim().trim_matches('"').trim().to_string())
        .filter(|name| name.split_whitespace().count() >= 2 && !name.contains("=?"))
        .collect()
}

fn archive_texts() -> Vec<String> {
    let mut files = Vec::new();
    for path in archives() {
        if path.is_dir() {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(&path)
                .expect("dir")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            inner.sort();
            files.extend(inner);
        } else {
            files.push(path);
        }
    }
    files
        .iter()
        .map(|f| String::from_utf8_lossy(&std::fs::read(f).expect("archive")).into_owned())
        .collect()
}

#[test]
fn the_index_lists_every_archive_with_headline_figures() {
    let body = page(loaded(), "/participation");
    for name in [
        "3GPP_TSG_SA_WG4_EVS.mbox",
        "3GPP_TSG_RAN_WG4_NR-MIMO-OTA.mbox",
        "2001-November.txt",
        "3GPP_TSG_SA_WG2_MTCE",
        "mailarchive",
    ] {
        assert!(
            body.contains(&format!(
                r#"<a href="/participation/{}">{name}</a>"#,
                encode(name)
            )),
            "index links {name}"
        );
    }
    // EVS: 50 messages (shown: more than 5 people), in the table and the chart.
    assert!(body.contains("<td>mbox</td><td>50</td>"), "{body}");
    assert!(body.contains("&#60; 5"), "small figures read < 5");
    assert!(body.contains(r#"<caption id="lists-caption">"#));
    // The file that is not an archive is named, with its reason.
    assert!(body.contains("<code>mail_bad.1</code>"), "{body}");
}

#[test]
fn a_list_page_has_every_section_and_hides_small_figures() {
    let body = page(loaded(), "/participation/3GPP_TSG_SA_WG4_EVS.mbox");
    for id in [
        "activity-heading",
        "shares-heading",
        "retention-heading",
        "replies-heading",
    ] {
        assert!(body.contains(&format!(r#"id="{id}""#)), "section {id}");
    }
    for caption in [
        "activity-caption",
        "groups-caption",
        "regions-caption",
        "orgs-caption",
        "sources-caption",
        "retention-caption",
    ] {
        assert!(
            body.contains(&format!(r#"<caption id="{caption}">"#)),
            "{caption}"
        );
    }
    assert!(body.contains("<dt>Messages</dt><dd>50</dd>"), "{body}");
    assert!(body.contains("<dt>Sender mail domains</dt><dd>9</dd>"));
    assert!(body.contains("&#60; 5"), "hidden figures read < 5");
    assert!(body.contains("HHI"));
    // One period's breakdowns.
    let report = json(loaded(), "/api/v1/participation/3GPP_TSG_SA_WG4_EVS.mbox");
    let first = report["periods"][0]["period"].as_str().expect("a period");
    let body = page(
        loaded(),
        &format!("/participation/3GPP_TSG_SA_WG4_EVS.mbox?period={first}"),
    );
    assert!(body.contains(&format!("Who takes part: {first}")), "{body}");
}

#[test]
fn the_comparison_puts_lists_side_by_side() {
    let body = page(loaded(), "/participation/compare");
    let names = list_names();
    assert_eq!(names.len(), 5);
    let header = body
        .split("<thead>")
        .nth(1)
        .and_then(|t| t.split("</thead>").next())
        .expect("table head");
    for name in &names {
        assert!(header.contains(name.as_str()), "column for {name}");
    }
    assert!(body.contains("Share: Civil society"));
    assert_eq!(body.matches("<svg").count(), 3, "three charts");
}

#[test]
fn json_is_the_report_with_hand_checked_facts() {
    let report = json(loaded(), "/api/v1/participation");
    assert_eq!(report["loaded"], true);
    assert_eq!(report["k"], 5);
    assert_eq!(report["period"], "quarter");
    let lists = report["lists"].as_array().expect("lists");
    let evs = lists
        .iter()
        .find(|l| l["name"] == "3GPP_TSG_SA_WG4_EVS.mbox")
        .expect("EVS");
    assert_eq!(evs["read"]["messages"], 50);
    assert_eq!(evs["read"]["domains"], 9);
    let pipermail = lists
        .iter()
        .find(|l| l["name"] == "2001-November.txt")
        .expect("Pipermail");
    assert_eq!(pipermail["totals"]["messages"], 164);
    assert!(report.to_string().contains("\"< 5\""));
    let one = json(loaded(), "/api/v1/participation/2001-November.txt");
    assert_eq!(one["totals"]["messages"], 164);
    let missing = get(loaded(), "/api/v1/participation/no-such-list");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("\"status\":404"), "{}", missing.body);
}

#[test]
fn no_page_or_json_shows_an_address_or_a_name() {
    let texts = archive_texts();
    let addresses: BTreeSet<String> = texts.iter().flat_map(|t| addresses(t)).collect();
    let names: BTreeSet<String> = texts.iter().flat_map(|t| display_names(t)).collect();
    assert!(addresses.len() > 50, "{} addresses", addresses.len());
    assert!(names.len() > 20, "{} names", names.len());
    let mut outputs: Vec<(String, String)> = Vec::new();
    for path in every_page() {
        for (lang, _) in LANGUAGES {
            let separator = if path.contains('?') { '&' } else { '?' };
            let url = format!("{path}{separator}lang={lang}");
            outputs.push((url.clone(), page(loaded(), &url)));
        }
    }
    outputs.push((
        "/api/v1/participation".into(),
        get(loaded(), "/api/v1/participation").body,
    ));
    for name in list_names() {
        let path = format!("/api/v1/participation/{}", encode(&name));
        outputs.push((path.clone(), get(loaded(), &path).body));
    }
    for (url, body) in &outputs {
        let lower = body.to_lowercase();
        for address in &addresses {
            assert!(!lower.contains(address.as_str()), "{url} shows {address}");
        }
        for name in &names {
            assert!(!body.contains(name.as_str()), "{url} shows the name {name}");
        }
    }
}

#[test]
fn every_page_in_every_language_sets_lang_and_dir() {
    for path in [
        "/participation",
        "/participation/compare",
        "/participation/3GPP_TSG_SA_WG4_EVS.mbox",
    ] {
        let mut titles = BTreeSet::new();
        for (lang, dir) in LANGUAGES {
            let body = page(loaded(), &format!("{path}?lang={lang}"));
            assert!(
                body.contains(&format!(r#"<html lang="{lang}" dir="{dir}">"#)),
                "{path} in {lang}"
            );
            let title = body
                .split("<h1>")
                .nth(1)
                .and_then(|t| t.split("</h1>").next())
                .unwrap_or_default()
                .to_string();
            titles.insert(title);
            // The suppression mark is the same in every language.
            assert!(body.contains("&#60; 5"), "{path} in {lang}");
        }
        assert_eq!(titles.len(), 4, "{path}: a title per language: {titles:?}");
    }
    let arabic = page(loaded(), "/participation?lang=ar");
    assert!(arabic.contains("المشاركة في القوائم البريدية"));
    let spanish = page(loaded(), "/participation/3GPP_TSG_SA_WG4_EVS.mbox?lang=es");
    assert!(spanish.contains("Grupos de interés"));
}

#[test]
fn without_archives_the_pages_say_how_to_add_them() {
    for path in ["/participation", "/participation/compare"] {
        let body = page(empty(), path);
        assert!(
            body.contains("No mail archives are loaded"),
            "{path}: {body}"
        );
        assert!(body.contains("rightscope serve --archives PATH"), "{path}");
    }
    let french = page(empty(), "/participation?lang=fr");
    assert!(french.contains("Aucune archive de courrier"));
    let report = json(empty(), "/api/v1/participation");
    assert_eq!(report["loaded"], false);
    assert_eq!(report["lists"], serde_json::json!([]));
    assert_eq!(get(empty(), "/participation/anything").status, 404);
}

#[test]
fn unknown_lists_and_periods_are_friendly_errors() {
    let missing = get(loaded(), "/participation/no-such-list");
    assert_eq!(missing.status, 404);
    assert!(missing
        .body
        .contains("There is no loaded list of that name"));
    let bad = get(
        loaded(),
        "/participation/3GPP_TSG_SA_WG4_EVS.mbox?period=1999-Q9",
    );
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("1999-Q9"), "{}", bad.body);
}

#[test]
fn a_missing_archive_is_an_error_naming_it() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let error = runtime
        .block_on(rightscope_web::participation::load_archives(
            vec![mbox("no-such-archive.mbox")],
            PseudonymKey::from_bytes([7; 32]),
        ))
        .expect_err("missing archive");
    assert!(
        error.to_string().contains("no-such-archive.mbox"),
        "{error}"
    );
}
