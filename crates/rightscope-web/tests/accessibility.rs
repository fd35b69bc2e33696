//! WCAG 2.2 AA in a real browser: every page template, rendered with real documents, audited with
//! axe-core in headless Chromium (plus the skip-link and visible-focus checks of `rightscope-a11y`),
//! in English, Spanish, French and Arabic. Set `RIGHTSCOPE_SKIP_BROWSER=1` to skip without Chromium.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use rightscope_ingest::{ingest, IngestOptions, NoProgress, Source};
use rightscope_store::Store;

const LANGUAGES: [&str; 4] = ["en", "es", "fr", "ar"];

fn corpus(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(path)
}

/// Starts the app over a store of real documents on 127.0.0.1:0 and returns its address and the
/// revision ids of the draft series (for the diff page).
fn start() -> (SocketAddr, Vec<i64>) {
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
                Source::detect(corpus("sample/rfc3924.txt")),
                Source::detect(corpus("sample/rfc8890.txt")),
                Source::detect(corpus("drafts/bcp56bis")),
            ];
            ingest(&store, &sources, &IngestOptions::default(), &NoProgress)
                .await
                .expect("ingest");
            let series = store
                .document("draft-nottingham-bcp56bis")
                .await
                .expect("read")
                .map(|view| view.revisions.iter().map(|r| r.id).collect())
                .unwrap_or_default();
            let archives = vec![
                corpus("mbox/bigbang/3GPP_mbox/3GPP_TSG_SA_WG4_EVS.mbox"),
                corpus("mbox/bigbang/2001-November.txt"),
                corpus("mbox/bigbang/3GPP/3GPP_TSG_SA_WG2_MTCE"),
            ];
            let participation = rightscope_web::participation::load_archives(
                archives,
                rightscope_participation::PseudonymKey::from_bytes([7; 32]),
            )
            .await
            .expect("archives");
            let state = rightscope_web::AppState::open(
                store,
                &dir.path().join("index"),
                "http://127.0.0.1".to_string(),
            )
            .await
            .expect("state")
            .with_participation(participation);
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            sender
                .send((listener.local_addr().expect("addr"), series))
                .expect("send");
            rightscope_web::serve_on(listener, state)
                .await
                .expect("serve");
            drop(dir);
        });
    });
    receiver.recv().expect("server started")
}

#[test]
fn every_page_passes_axe_in_every_language() {
    let Some(auditor) = rightscope_a11y::Auditor::for_tests() else {
        return;
    };
    let (addr, series) = start();
    assert!(
        series.len() >= 2,
        "the bcp56bis series has revisions: {series:?}"
    );
    let diff = format!(
        "/documents/draft-nottingham-bcp56bis/diff?from={}&to={}",
        series[0],
        series[series.len() - 1]
    );
    let pages = [
        "/",
        "/documents",
        "/documents?family=LI&verdict=creates",
        "/documents/rfc3924",
        "/documents/rfc8890",
        "/documents/rfc3924/take-part",
        diff.as_str(),
        "/search?q=interception",
        "/search?q=%22lawful+intercept%22+family:LI",
        "/rules",
        "/rules/LI001",
        "/sdo",
        "/sdo/ietf",
        "/outcomes?by=wg",
        "/trends",
        "/trends?by=wg",
        "/documents/no-such-document",
        "/participation",
        "/participation/3GPP_TSG_SA_WG4_EVS.mbox",
        "/participation/compare",
    ];
    let urls: Vec<String> = LANGUAGES
        .iter()
        .flat_map(|lang| {
            pages.iter().map(move |page| {
                let separator = if page.contains('?') { '&' } else { '?' };
                format!("http://{addr}{page}{separator}lang={lang}")
            })
        })
        .collect();
    let reports = auditor.audit(&urls).expect("audit");
    assert_eq!(reports.len(), urls.len());
    // The 404 page is a page too: it must be as accessible as the others, its status aside.
    let reports: Vec<_> = reports
        .into_iter()
        .map(|mut report| {
            if report.url.contains("no-such-document") {
                report.status = report.status.map(|_| 200);
            }
            report
        })
        .collect();
    rightscope_a11y::assert_no_violations(&reports);
    for (url, report) in urls.iter().zip(&reports) {
        let lang = url.rsplit("lang=").next().unwrap_or_default();
        assert_eq!(report.lang.as_deref(), Some(lang), "{url}");
        let dir = if lang == "ar" { "rtl" } else { "ltr" };
        assert_eq!(report.dir.as_deref().unwrap_or("ltr"), dir, "{url}");
    }
}
