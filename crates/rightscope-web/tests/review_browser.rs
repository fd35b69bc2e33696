//! Reviews in a real browser (headless Chromium): every review page audited with axe-core and the
//! keyboard checks in English, Spanish, French and Arabic, signed in and signed out; and the issue's
//! "done when": a reviewer reviews rfc3924 end to end in the browser, exports it, and a second
//! reviewer sees the answers and the history. Set `RIGHTSCOPE_SKIP_BROWSER=1` to skip without Chromium.

mod common;

use std::time::Duration;

use common::{signed_in, start, start_review, Backend, PASSWORD};

const LANGUAGES: [&str; 4] = ["en", "es", "fr", "ar"];
const QUOTE: &str = "Service providers are being asked to meet legal and regulatory";

#[test]
fn review_pages_pass_axe_in_every_language() {
    let Some(auditor) = rightscope_a11y::Auditor::for_tests() else {
        return;
    };
    let server = start(Backend::Sqlite);
    let alice = signed_in(&server, "alice");
    let id = start_review(&alice, "rfc3924", "Accessibility review", "public");
    let csrf = alice.csrf_of(&format!("/reviews/{id}"));
    for (path, fields) in [
        (
            "answers",
            vec![
                ("question", "privacy"),
                ("status", "concern"),
                ("text", "A concern.\nTwo lines."),
            ],
        ),
        (
            "evidence",
            vec![
                ("question", "privacy"),
                ("quote", QUOTE),
                ("note", "Why it matters"),
            ],
        ),
        ("state", vec![("to", "in-review")]),
    ] {
        let mut pairs = fields.clone();
        pairs.push(("csrf", &csrf));
        let response = alice.post(&format!("/reviews/{id}/{path}"), &pairs);
        assert_eq!(response.status, 303, "{path}: {}", response.body);
    }
    // A review of an older draft revision, so the follow-through section is shown too.
    let page = alice.get("/documents/draft-nottingham-bcp56bis");
    let shown = {
        let at = page.body.find("name=\"revision\" value=\"").expect("form") + 23;
        page.body[at..at + page.body[at..].find('"').expect("end")].to_string()
    };
    let older = page
        .body
        .match_indices("?revision=")
        .map(|(at, _)| {
            let rest = &page.body[at + 10..];
            rest[..rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(0)].to_string()
        })
        .find(|id| !id.is_empty() && *id != shown)
        .expect("an older revision");
    let response = alice.post(
        "/reviews",
        &[
            ("csrf", &csrf),
            ("document", "draft-nottingham-bcp56bis"),
            ("revision", &older),
            ("visibility", "public"),
        ],
    );
    let followed = response.header("location").expect("location").to_string();
    let csrf2 = alice.csrf_of(&followed);
    alice.post(
        &format!("{followed}/answers"),
        &[
            ("csrf", &csrf2),
            ("question", "security"),
            ("status", "concern"),
        ],
    );
    alice.post(
        &format!("{followed}/evidence"),
        &[
            ("csrf", &csrf2),
            ("question", "security"),
            ("quote", "HTTP is often used"),
        ],
    );
    let signed_in_pages = [
        "/login".to_string(),
        "/reviews".to_string(),
        format!("/reviews/{id}"),
        format!("/reviews/{id}/history"),
        format!("/reviews/{id}/export.html"),
        followed.clone(),
        "/documents/rfc3924".to_string(),
        "/outcomes".to_string(),
    ];
    let signed_out_pages = [
        "/login".to_string(),
        "/reviews".to_string(),
        format!("/reviews/{id}"),
        "/reviews/999999".to_string(),
    ];
    let base = server.base.clone();
    let urls = |pages: &[String]| -> Vec<String> {
        let mut out = Vec::new();
        for lang in LANGUAGES {
            for page in pages {
                let separator = if page.contains('?') { '&' } else { '?' };
                out.push(format!("{base}{page}{separator}lang={lang}"));
            }
        }
        out
    };
    let token = alice.session.clone().expect("session");
    let signed_in_urls = urls(&signed_in_pages);
    let reports = auditor
        .clone()
        .cookie("rightscope_session", &token)
        .audit(&signed_in_urls)
        .expect("audit");
    for report in &reports {
        assert_eq!(report.status, Some(200), "{}", report.url);
    }
    rightscope_a11y::assert_no_violations(&reports);
    let signed_out_urls = urls(&signed_out_pages);
    let reports: Vec<_> = auditor
        .audit(&signed_out_urls)
        .expect("audit")
        .into_iter()
        .map(|mut report| {
            // The "not found" page is a page too: as accessible as the others, its status aside.
            if report.url.contains("999999") {
                report.status = report.status.map(|_| 200);
            }
            report
        })
        .collect();
    rightscope_a11y::assert_no_violations(&reports);
    for report in reports.iter() {
        let lang = report.url.rsplit("lang=").next().unwrap_or_default();
        assert_eq!(report.lang.as_deref(), Some(lang), "{}", report.url);
    }
}

/// Issue 7's "done when".
#[test]
fn a_reviewer_reviews_rfc3924_in_the_browser_and_a_second_sees_the_history() {
    let Some(auditor) = rightscope_a11y::Auditor::for_tests() else {
        return;
    };
    let server = start(Backend::Sqlite);
    let input = serde_json::json!({
        "base": server.base,
        "document": "rfc3924",
        "quote": QUOTE,
        "first": {"login": "alice", "password": PASSWORD},
        "second": {"login": "bob", "password": PASSWORD, "name": "Reviewer B"},
    });
    let out = auditor
        .run_script("flow.mjs", &input, Duration::from_secs(300))
        .expect("the browser flow");
    let text = |key: &str| {
        out.get(key)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let review = text("review");
    assert!(review.starts_with("/reviews/"), "{out}");
    let markdown = text("markdown");
    assert!(markdown.starts_with("# End-to-end review"), "{markdown}");
    assert!(markdown.contains("Document: rfc3924"));
    assert!(markdown.contains("Reviewer A"), "reviewers by display name");
    assert!(!markdown.contains("alice"), "never the login");
    assert!(markdown.contains("Answer: Concern"));
    assert!(markdown.contains("undetectable to them"));
    assert!(markdown.contains(QUOTE), "the quoted passage");
    assert!(
        markdown.contains("## 21. Other considerations"),
        "all 21 questions"
    );
    let first = text("first_review_text");
    assert!(first.contains("In review"), "{first}");
    let second = text("second_review_text");
    assert!(
        second.contains("undetectable to them"),
        "reviewer 2 sees the answer"
    );
    assert!(
        second.contains("Undetectable interception"),
        "and the evidence note"
    );
    let history = text("history_text");
    for expected in [
        "Started the review",
        "Answered",
        "Attached evidence",
        "Added or changed a member",
        "Changed the state",
        "Reviewer A",
        "Reviewer B",
    ] {
        assert!(
            history.contains(expected),
            "history shows {expected}: {history}"
        );
    }
    assert!(!history.contains("alice"), "display names only");
}
