//! The audit report: what `js/audit.mjs` prints, as serde types, and a readable rendering of the problems.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};

use serde::{Deserialize, Serialize};

/// One run of the harness: how it ran and one report per URL, in input order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRun {
    /// Versions and settings of the harness that produced the reports.
    pub harness: HarnessInfo,
    /// One report per audited URL, in the order given.
    pub pages: Vec<PageReport>,
}

/// Versions and settings of the harness run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HarnessInfo {
    /// axe-core version injected into the pages.
    pub axe_version: String,
    /// Browser product and version, e.g. `Chrome/156.0.8078.114`.
    pub browser: String,
    /// axe-core rule tags the audit ran (`runOnly`).
    pub tags: Vec<String>,
    /// Milliseconds taken to start the browser.
    #[serde(default)]
    pub launch_ms: u64,
}

/// The audit of one page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageReport {
    /// The URL as given.
    pub url: String,
    /// The URL after redirects, when the page loaded.
    #[serde(default)]
    pub final_url: Option<String>,
    /// HTTP status of the main document, when the page loaded.
    #[serde(default)]
    pub status: Option<u16>,
    /// The document's `<title>`.
    #[serde(default)]
    pub title: Option<String>,
    /// The `lang` attribute of `<html>`.
    #[serde(default)]
    pub lang: Option<String>,
    /// The `dir` attribute of `<html>`.
    #[serde(default)]
    pub dir: Option<String>,
    /// axe-core violations, then keyboard-check violations (ids starting with `rightscope-`).
    #[serde(default)]
    pub violations: Vec<Violation>,
    /// Number of axe-core rules that needed human review ("incomplete"); not a failure.
    #[serde(default)]
    pub incomplete: u32,
    /// Details of the keyboard checks, when they ran.
    #[serde(default)]
    pub keyboard: Option<KeyboardReport>,
    /// Requests the harness refused because they left 127.0.0.0/8 (the page wanted something remote).
    #[serde(default)]
    pub blocked_requests: Vec<String>,
    /// Why the page could not be audited, if it could not.
    #[serde(default)]
    pub error: Option<String>,
    /// Milliseconds spent on this page (load, axe-core and keyboard checks).
    #[serde(default)]
    pub duration_ms: u64,
    /// Milliseconds per phase.
    #[serde(default)]
    pub timings_ms: PhaseTimings,
}

/// Milliseconds spent in each phase of a page audit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PhaseTimings {
    /// Navigation until the `load` event.
    pub load: u64,
    /// Injecting and running axe-core.
    pub axe: u64,
    /// The keyboard checks (skip link and focus visibility).
    pub keyboard: u64,
}

impl PageReport {
    /// The distinct rule ids violated on this page.
    pub fn rule_ids(&self) -> BTreeSet<&str> {
        self.violations.iter().map(|v| v.id.as_str()).collect()
    }

    /// Whether the page violates the rule with this id.
    pub fn has_violation(&self, rule_id: &str) -> bool {
        self.violations.iter().any(|v| v.id == rule_id)
    }

    /// Whether the page loaded with a success status, has no violations and asked for nothing remote.
    pub fn is_clean(&self) -> bool {
        self.problems().is_empty()
    }

    /// Everything wrong with this page, one line of text per problem (violations are rendered separately).
    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if let Some(error) = &self.error {
            problems.push(format!("not audited: {error}"));
        }
        if let Some(status) = self.status.filter(|s| *s >= 400) {
            problems.push(format!("the page answered HTTP {status}"));
        }
        for url in &self.blocked_requests {
            problems.push(format!("blocked a request that leaves this machine: {url}"));
        }
        for violation in &self.violations {
            problems.push(violation.id.clone());
        }
        problems
    }
}

/// One failed rule on a page, with every element that fails it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Violation {
    /// Rule id, e.g. `image-alt`, `color-contrast`, `rightscope-skip-link`.
    pub id: String,
    /// How much the problem hurts users, as axe-core rates it.
    #[serde(default)]
    pub impact: Option<Impact>,
    /// One-line help text of the rule.
    pub help: String,
    /// Page explaining the rule (rendered as a link, never fetched).
    #[serde(default)]
    pub help_url: Option<String>,
    /// Longer description of the rule.
    #[serde(default)]
    pub description: Option<String>,
    /// Tags of the rule (WCAG level and success criterion).
    #[serde(default)]
    pub tags: Vec<String>,
    /// The failing elements.
    #[serde(default)]
    pub nodes: Vec<ViolationNode>,
}

/// axe-core's impact levels, least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Impact {
    /// Annoying, rarely blocking.
    Minor,
    /// Some users will have difficulty.
    Moderate,
    /// Many users will have serious difficulty.
    Serious,
    /// Some users cannot use the page at all.
    Critical,
}

impl fmt::Display for Impact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Impact::Minor => "minor",
            Impact::Moderate => "moderate",
            Impact::Serious => "serious",
            Impact::Critical => "critical",
        })
    }
}

/// One element failing a rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ViolationNode {
    /// CSS selectors reaching the element (frames and shadow roots joined with ` >>> `).
    #[serde(default)]
    pub target: Vec<String>,
    /// The element's HTML, as axe-core shortened it.
    #[serde(default)]
    pub html: String,
    /// What to fix, in axe-core's words.
    #[serde(default)]
    pub failure_summary: Option<String>,
}

/// Results of the automated keyboard checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyboardReport {
    /// Where the first Tab from the top of the page landed.
    pub skip_link: SkipLinkCheck,
    /// Each element reached by Tab (up to 25) and whether its focus was visible.
    #[serde(default)]
    pub focus_stops: Vec<FocusStop>,
}

/// Where the first Tab landed and whether it is a working skip link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkipLinkCheck {
    /// The first Tab focused an in-page link whose target exists (or the page has nothing to focus).
    pub passed: bool,
    /// How many focusable elements the page has.
    #[serde(default)]
    pub focusable: u32,
    /// Selector of the element the first Tab focused.
    #[serde(default)]
    pub target: Option<String>,
    /// Its text.
    #[serde(default)]
    pub text: Option<String>,
    /// Its `href`.
    #[serde(default)]
    pub href: Option<String>,
    /// Why the check failed.
    #[serde(default)]
    pub reason: Option<String>,
}

/// One element reached with Tab and its focus styles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FocusStop {
    /// Selector of the element.
    pub target: String,
    /// Start of its HTML.
    #[serde(default)]
    pub html: String,
    /// Focus was visible (outline or box-shadow) and differed from the unfocused style.
    pub passed: bool,
    /// Why the check failed.
    #[serde(default)]
    pub reason: Option<String>,
    /// Computed style while focused.
    #[serde(default)]
    pub focused: FocusStyle,
    /// Computed style after focus left.
    #[serde(default)]
    pub unfocused: FocusStyle,
}

/// The computed style properties that can show focus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FocusStyle {
    /// `outline-style`.
    pub outline_style: String,
    /// `outline-width`.
    pub outline_width: String,
    /// `outline-color`.
    pub outline_color: String,
    /// `outline-offset`.
    pub outline_offset: String,
    /// `box-shadow`.
    pub box_shadow: String,
}

/// Longest HTML snippet shown per element in [`render_problems`].
const SNIPPET_CHARS: usize = 160;

/// A readable list of every problem, page by page; empty when every page is clean.
pub fn render_problems(reports: &[PageReport]) -> String {
    let failing: Vec<&PageReport> = reports.iter().filter(|r| !r.is_clean()).collect();
    if failing.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "accessibility problems on {} of {} page(s):",
        failing.len(),
        reports.len()
    );
    for report in failing {
        let _ = writeln!(out, "\n{}", report.url);
        if let Some(error) = &report.error {
            let _ = writeln!(out, "  - not audited: {error}");
        }
        if let Some(status) = report.status.filter(|s| *s >= 400) {
            let _ = writeln!(out, "  - the page answered HTTP {status}");
        }
        for url in &report.blocked_requests {
            let _ = writeln!(out, "  - blocked a request that leaves this machine: {url}");
        }
        for violation in &report.violations {
            let impact = violation
                .impact
                .map(|i| format!(" ({i})"))
                .unwrap_or_default();
            let _ = writeln!(out, "  - {}{impact}: {}", violation.id, violation.help);
            for node in &violation.nodes {
                let _ = writeln!(
                    out,
                    "      at {}  {}",
                    node.target.join(", "),
                    shorten(&node.html)
                );
            }
            if let Some(url) = &violation.help_url {
                let _ = writeln!(out, "      see {url}");
            }
        }
    }
    out
}

/// One line of at most [`SNIPPET_CHARS`] characters.
fn shorten(html: &str) -> String {
    let flat: String = html.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= SNIPPET_CHARS {
        flat
    } else {
        let mut cut: String = flat.chars().take(SNIPPET_CHARS).collect();
        cut.push('…');
        cut
    }
}

/// Panics with a readable per-page list of problems unless every page is clean.
///
/// A page fails when it has a violation (axe-core or keyboard), could not be audited, answered HTTP 4xx/5xx, or
/// asked for anything outside 127.0.0.0/8.
#[track_caller]
pub fn assert_no_violations(reports: &[PageReport]) {
    let problems = render_problems(reports);
    if !problems.is_empty() {
        panic!("{problems}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(json: &str) -> PageReport {
        serde_json::from_str(json).expect("fixture JSON parses")
    }

    #[test]
    fn minimal_page_report_parses_and_is_clean() {
        let report = page(r#"{"url":"http://127.0.0.1:1/","status":200,"violations":[]}"#);
        assert!(report.is_clean());
        assert_eq!(render_problems(&[report]), "");
    }

    #[test]
    fn problems_name_the_page_rule_and_element() {
        let report = page(
            r#"{"url":"http://127.0.0.1:1/x","status":404,"blocked_requests":["https://cdn.example/a.js"],
                "violations":[{"id":"image-alt","impact":"critical","help":"Images must have alternative text",
                "help_url":"https://dequeuniversity.com/rules/axe/4.14/image-alt",
                "nodes":[{"target":["img"],"html":"<img src=\"a.png\">"}]}]}"#,
        );
        assert!(!report.is_clean());
        assert!(report.has_violation("image-alt"));
        let text = render_problems(std::slice::from_ref(&report));
        assert!(text.contains("http://127.0.0.1:1/x"), "{text}");
        assert!(
            text.contains("image-alt (critical): Images must have alternative text"),
            "{text}"
        );
        assert!(text.contains("at img  <img src=\"a.png\">"), "{text}");
        assert!(text.contains("HTTP 404"), "{text}");
        assert!(text.contains("https://cdn.example/a.js"), "{text}");
    }

    #[test]
    #[should_panic(expected = "accessibility problems on 1 of 1 page(s)")]
    fn assert_no_violations_panics_on_an_unaudited_page() {
        assert_no_violations(&[page(r#"{"url":"http://127.0.0.1:1/","error":"timeout"}"#)]);
    }

    #[test]
    fn long_snippets_are_shortened_on_a_char_boundary() {
        let long = "é".repeat(500);
        let short = shorten(&long);
        assert_eq!(short.chars().count(), SNIPPET_CHARS + 1);
    }
}
