//! The revision diff renderers on two small revisions of one draft: text and Markdown as snapshots,
//! JSON by shape.

use rightscope_doc::{Document, Format, Limits};
use rightscope_report::{diff_json, diff_markdown, write_diff_text, DiffOptions};
use rightscope_rules::{Catalogue, Checker, RevisionDiff};

const OLD: &str = include_str!("fixtures/diff-old.txt");
const NEW: &str = include_str!("fixtures/diff-new.txt");

fn catalogue() -> Catalogue {
    Catalogue::builtin()
        .expect("builtin catalogue")
        .filtered(|rule| ["LI001", "SURV001", "ENC010"].contains(&rule.code.as_str()))
}

fn parsed(text: &str, path: &str) -> Document {
    rightscope_doc::parse_as(Format::RfcText, text.as_bytes(), path, &Limits::default())
        .expect("parses")
}

fn diffed() -> (Document, Document, RevisionDiff) {
    let checker = Checker::new(&catalogue()).expect("compiles");
    let old = parsed(OLD, "drafts/draft-example-relay-03.txt");
    let new = parsed(NEW, "drafts/draft-example-relay-04.txt");
    let (old_result, new_result) = (checker.check(&old), checker.check(&new));
    let diff = rightscope_rules::diff((&old, &old_result), (&new, &new_result));
    (old, new, diff)
}

#[test]
fn diff_finds_what_changed() {
    let (_, _, diff) = diffed();
    let codes = |findings: &[rightscope_rules::Finding]| {
        findings.iter().map(|f| f.code.clone()).collect::<Vec<_>>()
    };
    assert_eq!(codes(&diff.added), ["SURV001"]);
    assert_eq!(codes(&diff.removed), ["ENC010"]);
    assert_eq!(diff.unchanged.len(), 2);
    assert_eq!(diff.new_risks(), 1);
}

#[test]
fn diff_text_output() {
    let (old, new, diff) = diffed();
    let mut out = Vec::new();
    write_diff_text(&mut out, &old, &new, &diff, DiffOptions::default()).expect("write");
    insta::assert_snapshot!(String::from_utf8_lossy(&out));
}

#[test]
fn diff_text_output_with_unchanged() {
    let (old, new, diff) = diffed();
    let mut out = Vec::new();
    let options = DiffOptions {
        show_unchanged: true,
        ..DiffOptions::default()
    };
    write_diff_text(&mut out, &old, &new, &diff, options).expect("write");
    insta::assert_snapshot!(String::from_utf8_lossy(&out));
}

#[test]
fn diff_markdown_output() {
    let (old, new, diff) = diffed();
    insta::assert_snapshot!(diff_markdown(&old, &new, &diff, &catalogue()));
}

#[test]
fn diff_json_has_the_documented_shape() {
    let (old, new, diff) = diffed();
    let report = diff_json(&old, &new, &diff);
    assert_eq!(report["version"], 1);
    assert_eq!(report["old"]["path"], "drafts/draft-example-relay-03.txt");
    assert_eq!(report["new"]["rev"], "04");
    assert_eq!(report["unchanged"], 2);
    assert_eq!(report["added"][0]["code"], "SURV001");
    assert_eq!(report["added"][0]["line"], 28);
    assert!(report["added"][0]["sentence"]
        .as_str()
        .is_some_and(|s| s.starts_with("Relays SHOULD keep records")));
    assert_eq!(report["removed"][0]["code"], "ENC010");
    assert_eq!(report["removed"][0]["line"], 24);
    let families = report["families"].as_array().expect("families");
    assert_eq!(families.len(), 12);
    let surv = &families[0];
    assert_eq!(surv["family"], "SURV");
    assert_eq!(surv["changed"], true);
    assert_eq!(surv["new_verdict"], "creates");
    let changed = report["changed"].as_array().expect("changed");
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0]["polarity_changed"], true);
    assert_eq!(changed[0]["moved"], true);
    assert_eq!(changed[0]["old"]["polarity"], "risk");
    assert_eq!(changed[0]["new"]["polarity"], "mitigation");
}

#[test]
fn same_name_on_both_sides_shows_the_paths() {
    let checker = Checker::new(&catalogue()).expect("compiles");
    let old = parsed(NEW, "a/draft-example-relay-04.txt");
    let new = parsed(NEW, "b/draft-example-relay-04.txt");
    let (old_result, new_result) = (checker.check(&old), checker.check(&new));
    let diff = rightscope_rules::diff((&old, &old_result), (&new, &new_result));
    let mut out = Vec::new();
    write_diff_text(&mut out, &old, &new, &diff, DiffOptions::default()).expect("write");
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.starts_with("a/draft-example-relay-04.txt → b/draft-example-relay-04.txt\n  No family's verdict changed."),
        "{text}"
    );
    assert!(text.ends_with("0 added (0 risk, 0 mitigation, 0 context), 0 removed (0 risk, 0 mitigation, 0 context), 3 unchanged (0 moved to another section, 0 reworded)\n"), "{text}");
}
