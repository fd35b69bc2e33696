//! The catalogue as a whole: valid rule files, coverage of every family, a fixture and a snapshot per
//! rule, and the Fluent file generated from the rule texts.

use std::collections::BTreeSet;
use std::path::PathBuf;

use rightscope_rules::{Catalogue, Family, Polarity};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_builtin_catalogue_is_valid() {
    let catalogue = Catalogue::builtin().unwrap_or_else(|error| panic!("{error}"));
    assert!(!catalogue.is_empty());
}

#[test]
fn every_rule_has_a_fixture_and_a_snapshot() {
    let catalogue = Catalogue::builtin().unwrap_or_else(|error| panic!("{error}"));
    let mut missing = Vec::new();
    for rule in catalogue.rules() {
        let fixture = crate_dir().join(format!("tests/fixtures/rules/{}.txt", rule.code));
        if !fixture.exists() {
            missing.push(format!("{}: no fixture {}", rule.code, fixture.display()));
        }
        let snapshot = crate_dir().join(format!("tests/snapshots/rules@{}.snap", rule.code));
        if !snapshot.exists() {
            missing.push(format!(
                "{}: no snapshot {} (run cargo insta test --accept)",
                rule.code,
                snapshot.display()
            ));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn the_catalogue_covers_every_family_in_both_directions() {
    let catalogue = Catalogue::builtin().unwrap_or_else(|error| panic!("{error}"));
    let counts = catalogue.counts_by_family();
    let families: BTreeSet<Family> = counts.keys().copied().collect();
    eprintln!("rules per family: {counts:?} (total {})", catalogue.len());
    if catalogue.len() >= 150 {
        assert_eq!(families.len(), 12, "{counts:?}");
        for family in Family::ALL {
            let polarities: BTreeSet<Polarity> = catalogue
                .rules()
                .filter(|rule| rule.family == family)
                .map(|rule| rule.polarity)
                .collect();
            if family != Family::CONS {
                assert!(
                    polarities.contains(&Polarity::Risk)
                        && polarities.contains(&Polarity::Mitigation),
                    "{family}: {polarities:?}"
                );
            }
        }
    }
}

/// The Fluent file of rule texts, generated from the rule files (the rule file is the only source).
fn fluent_source(catalogue: &Catalogue) -> String {
    let mut out = String::from("# Rule texts for rightscope, generated from crates/rightscope-rules/rules/*/*.toml.\n# Do not edit: change the rule file and run `RIGHTSCOPE_UPDATE_FTL=1 cargo test -p rightscope-rules`.\n");
    for rule in catalogue.rules() {
        for (suffix, text) in [
            ("summary", &rule.summary),
            ("why", &rule.why),
            ("fix", &rule.fix),
        ] {
            out.push('\n');
            out.push_str(&format!("rule-{}-{suffix} =", rule.code));
            for line in text.trim().lines() {
                out.push_str("\n    ");
                out.push_str(line.trim());
            }
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_fluent_file_is_up_to_date() {
    let catalogue = Catalogue::builtin().unwrap_or_else(|error| panic!("{error}"));
    let path = crate_dir().join("locales/en/rules.ftl");
    let expected = fluent_source(&catalogue);
    if std::env::var_os("RIGHTSCOPE_UPDATE_FTL").is_some() {
        std::fs::write(&path, &expected).expect("write the Fluent file");
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{} is out of date: run RIGHTSCOPE_UPDATE_FTL=1 cargo test -p rightscope-rules",
        path.display()
    );
}
