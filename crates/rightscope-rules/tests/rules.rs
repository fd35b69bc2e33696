//! One snapshot per rule: the findings of that rule on its fixture (`tests/fixtures/rules/<CODE>.txt`),
//! and its `example` sentence must fire it.

use std::fmt::Write;
use std::path::PathBuf;

use rightscope_doc::{Format, Limits};
use rightscope_rules::{Catalogue, Checker, RuleKind};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn single_rule_catalogue(code: &str) -> Catalogue {
    let builtin = Catalogue::builtin().unwrap_or_else(|error| panic!("{error}"));
    let loaded = builtin
        .loaded()
        .iter()
        .find(|loaded| loaded.rule.code == code)
        .unwrap_or_else(|| panic!("rule {code}"));
    let source = std::fs::read_to_string(crate_dir().join(&loaded.file)).expect("rule file");
    Catalogue::from_files([(loaded.file.as_str(), source.as_str())])
        .unwrap_or_else(|error| panic!("{error}"))
}

fn check_text(
    catalogue: &Catalogue,
    name: &str,
    text: &str,
) -> (rightscope_doc::Document, rightscope_rules::CheckResult) {
    let checker = Checker::new(catalogue).unwrap_or_else(|error| panic!("{error}"));
    let document =
        rightscope_doc::parse_as(Format::RfcText, text.as_bytes(), name, &Limits::default())
            .unwrap_or_else(|error| panic!("{name}: {error}"));
    let result = checker.check(&document);
    (document, result)
}

#[test]
fn fixtures_match_their_snapshots() {
    let builtin = Catalogue::builtin().unwrap_or_else(|error| panic!("{error}"));
    // The whole catalogue runs on each fixture, as in real use (`needs_topic` rules look at the other
    // families); the snapshot keeps the findings of the fixture's own rule.
    let checker = Checker::new(&builtin).unwrap_or_else(|error| panic!("{error}"));
    let mut failures = Vec::new();
    for rule in builtin.rules() {
        let fixture = crate_dir().join(format!("tests/fixtures/rules/{}.txt", rule.code));
        let Ok(text) = std::fs::read_to_string(&fixture) else {
            failures.push(format!("{}: missing fixture", rule.code));
            continue;
        };
        let name = format!("{}.txt", rule.code);
        let document =
            rightscope_doc::parse_as(Format::RfcText, text.as_bytes(), &name, &Limits::default())
                .unwrap_or_else(|error| panic!("{name}: {error}"));
        let mut result = checker.check(&document);
        result.findings.retain(|finding| finding.code == rule.code);
        let mut rendered = String::new();
        for finding in &result.findings {
            let matched = document.text.get(finding.span.clone()).unwrap_or("");
            let _ = writeln!(
                rendered,
                "{}:{} {} {} strength={} negated={} section={} weight={:.1} match={:?}",
                finding.line,
                finding.column,
                finding.code,
                finding.polarity.as_str(),
                finding.strength.as_str(),
                finding.negated,
                finding.section_kind,
                finding.weight,
                matched.split_whitespace().collect::<Vec<_>>().join(" "),
            );
        }
        if result.findings.is_empty() {
            failures.push(format!("{}: the fixture produces no finding", rule.code));
        }
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_suffix(rule.code.clone());
        settings.set_prepend_module_to_snapshot(false);
        settings.set_description(format!(
            "{} {} on tests/fixtures/rules/{}.txt",
            rule.code, rule.name, rule.code
        ));
        settings.bind(|| insta::assert_snapshot!("rules", rendered));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_example_fires_its_rule() {
    let builtin = Catalogue::builtin().unwrap_or_else(|error| panic!("{error}"));
    let mut failures = Vec::new();
    for rule in builtin
        .rules()
        .filter(|rule| rule.kind == RuleKind::Pattern)
    {
        let catalogue = single_rule_catalogue(&rule.code);
        let text = format!("1.  Protocol\n\n   {}\n", rule.example);
        let (_, result) = check_text(&catalogue, "example.txt", &text);
        if result.findings.is_empty() {
            failures.push(format!(
                "{}: example {:?} does not fire",
                rule.code, rule.example
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn needs_topic_rules_stay_quiet_in_documents_without_a_topic() {
    // RFC 8174-like: a one-line Security Considerations section in a document about keywords is fine.
    let text =
        "1.  Introduction\n\n   This document clarifies the use of requirement keywords.\n\n\
                2.  Security Considerations\n\n   This document has no security considerations.\n";
    let builtin = Catalogue::builtin().unwrap_or_else(|error| panic!("{error}"));
    let (_, result) = check_text(&builtin, "keywords.txt", text);
    let codes: Vec<&str> = result.findings.iter().map(|f| f.code.as_str()).collect();
    assert!(
        !codes.contains(&"CONS007") && !codes.contains(&"CONS008"),
        "{codes:?}"
    );
}
