//! Audits the fixture pages in a real headless Chromium, served from a loopback server started here.
//!
//! All tests share one harness run (one browser start) over every fixture; set `RIGHTSCOPE_SKIP_BROWSER=1`
//! to skip them on a machine without Chromium.

use std::path::Path;
use std::sync::OnceLock;

use rightscope_a11y::{
    assert_no_violations, render_problems, AuditRun, Auditor, PageReport, StaticSite,
};

const PAGES: &[&str] = &[
    "clean.html",
    "broken.html",
    "rtl-ar.html",
    "remote.html",
    "missing.html",
];

/// The shared run, or `None` when browser tests are skipped.
fn run() -> Option<&'static AuditRun> {
    static SITE: OnceLock<StaticSite> = OnceLock::new();
    static RUN: OnceLock<AuditRun> = OnceLock::new();
    let auditor = Auditor::for_tests()?;
    Some(RUN.get_or_init(|| {
        let site = SITE.get_or_init(|| {
            StaticSite::serve(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"))
                .expect("serve the fixtures on 127.0.0.1")
        });
        let urls: Vec<String> = PAGES.iter().map(|p| site.url(p)).collect();
        let started = std::time::Instant::now();
        let run = auditor.audit_run(&urls).expect("the audit harness runs");
        eprintln!(
            "audited {} page(s) in {:?} (browser start {} ms; {} with axe-core {})",
            run.pages.len(),
            started.elapsed(),
            run.harness.launch_ms,
            run.harness.browser,
            run.harness.axe_version
        );
        for page in &run.pages {
            eprintln!("  {} ms  {}", page.duration_ms, page.url);
        }
        run
    }))
}

fn page<'a>(run: &'a AuditRun, name: &str) -> &'a PageReport {
    run.pages
        .iter()
        .find(|p| p.url.ends_with(&format!("/{name}")))
        .unwrap_or_else(|| panic!("no report for {name}"))
}

#[test]
fn clean_page_has_no_violations_and_a_working_skip_link() {
    let Some(run) = run() else { return };
    let report = page(run, "clean.html");
    assert_no_violations(std::slice::from_ref(report));
    assert_eq!(report.status, Some(200));
    assert_eq!(report.lang.as_deref(), Some("en"));
    let keyboard = report.keyboard.as_ref().expect("keyboard checks ran");
    assert!(keyboard.skip_link.passed, "{:?}", keyboard.skip_link);
    assert_eq!(keyboard.skip_link.href.as_deref(), Some("#main"));
    assert!(
        keyboard.focus_stops.len() >= 5 && keyboard.focus_stops.iter().all(|s| s.passed),
        "{:?}",
        keyboard.focus_stops
    );
}

#[test]
fn arabic_right_to_left_page_has_no_violations() {
    let Some(run) = run() else { return };
    let report = page(run, "rtl-ar.html");
    assert_no_violations(std::slice::from_ref(report));
    assert_eq!(report.lang.as_deref(), Some("ar"));
    assert_eq!(report.dir.as_deref(), Some("rtl"));
    let keyboard = report.keyboard.as_ref().expect("keyboard checks ran");
    assert_eq!(
        keyboard.skip_link.text.as_deref(),
        Some("انتقل إلى المحتوى الرئيسي")
    );
}

#[test]
fn broken_page_reports_each_planted_problem() {
    let Some(run) = run() else { return };
    let report = page(run, "broken.html");
    let ids = report.rule_ids();
    for expected in [
        "image-alt",
        "label",
        "color-contrast",
        "html-has-lang",
        "rightscope-skip-link",
        "rightscope-focus-visible",
    ] {
        assert!(
            ids.contains(expected),
            "{expected} not reported; got {ids:?}"
        );
    }
    let contrast = report
        .violations
        .iter()
        .find(|v| v.id == "color-contrast")
        .expect("color-contrast reported");
    assert!(contrast.nodes.iter().any(|n| n.html.contains("faint")));

    let text = render_problems(std::slice::from_ref(report));
    assert!(text.contains(&report.url), "{text}");
    assert!(text.contains("image-alt (critical)"), "{text}");
    let panic = std::panic::catch_unwind(|| assert_no_violations(std::slice::from_ref(report)));
    assert!(
        panic.is_err(),
        "assert_no_violations must panic on the broken page"
    );
}

#[test]
fn remote_requests_are_blocked_and_reported() {
    let Some(run) = run() else { return };
    let report = page(run, "remote.html");
    assert_eq!(
        report.blocked_requests,
        ["https://example.com/rightscope-logo.png"],
        "{report:?}"
    );
    assert!(!report.is_clean());
}

#[test]
fn non_loopback_urls_are_refused_without_opening_them() {
    let Some(auditor) = Auditor::for_tests() else {
        return;
    };
    let reports = auditor
        .audit(&["https://example.com/"])
        .expect("the audit harness runs");
    let error = reports[0].error.as_deref().unwrap_or_default();
    assert!(error.contains("not a loopback address"), "{reports:?}");
}

#[test]
fn a_missing_page_is_a_problem_not_a_pass() {
    let Some(run) = run() else { return };
    let report = page(run, "missing.html");
    assert_eq!(report.status, Some(404), "{report:?}");
    assert!(!report.is_clean());
    assert!(render_problems(std::slice::from_ref(report)).contains("HTTP 404"));
}
