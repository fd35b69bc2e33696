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

/// The translations of `locales/en/rules.ftl`, checked against it by the tests below. Only these
/// directories are read, so the English up-to-date test above never sees them.
const TRANSLATED_LOCALES: [&str; 3] = ["es", "fr", "ar"];

/// A Fluent file parsed with `fluent-syntax`: message id → (text of the value, variables it uses).
/// Panics with the parser's errors if the file is not valid Fluent, or holds anything but messages and
/// comments (terms, attributes, junk).
fn fluent_messages(
    path: &std::path::Path,
) -> std::collections::BTreeMap<String, (String, BTreeSet<String>)> {
    use fluent_syntax::ast;

    fn collect_pattern(
        pattern: &ast::Pattern<&str>,
        text: &mut String,
        variables: &mut BTreeSet<String>,
    ) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => text.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    text.push_str("{…}");
                    collect_expression(expression, text, variables);
                }
            }
        }
    }

    fn collect_expression(
        expression: &ast::Expression<&str>,
        text: &mut String,
        variables: &mut BTreeSet<String>,
    ) {
        match expression {
            ast::Expression::Inline(inline) => collect_inline(inline, text, variables),
            ast::Expression::Select { selector, variants } => {
                collect_inline(selector, text, variables);
                for variant in variants {
                    collect_pattern(&variant.value, text, variables);
                }
            }
        }
    }

    fn collect_inline(
        inline: &ast::InlineExpression<&str>,
        text: &mut String,
        variables: &mut BTreeSet<String>,
    ) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                variables.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => {
                collect_expression(expression, text, variables);
            }
            ast::InlineExpression::FunctionReference { arguments, .. }
            | ast::InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                for argument in &arguments.positional {
                    collect_inline(argument, text, variables);
                }
                for argument in &arguments.named {
                    collect_inline(&argument.value, text, variables);
                }
            }
            _ => {}
        }
    }

    let source = std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("read {}: {error}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
        panic!("{} is not valid Fluent: {errors:#?}", path.display())
    });
    let mut messages = std::collections::BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                assert!(
                    message.attributes.is_empty(),
                    "{}: {} has attributes",
                    path.display(),
                    message.id.name
                );
                let mut text = String::new();
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    collect_pattern(value, &mut text, &mut variables);
                }
                let previous = messages.insert(message.id.name.to_string(), (text, variables));
                assert!(
                    previous.is_none(),
                    "{}: {} is defined twice",
                    path.display(),
                    message.id.name
                );
            }
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
            other => panic!("{}: unexpected entry {other:?}", path.display()),
        }
    }
    messages
}

#[test]
fn every_translation_matches_the_english_fluent_file() {
    let english = fluent_messages(&crate_dir().join("locales/en/rules.ftl"));
    let catalogue = Catalogue::builtin().unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(english.len(), catalogue.len() * 3);
    let mut problems = Vec::new();
    for locale in TRANSLATED_LOCALES {
        let path = crate_dir().join(format!("locales/{locale}/rules.ftl"));
        let translated = fluent_messages(&path);
        // A new rule is one file and one fixture: its translations may follow later (the English text
        // is shown until then), so missing keys are listed, and only a large gap fails.
        let missing: Vec<&String> = english
            .keys()
            .filter(|key| !translated.contains_key(*key))
            .collect();
        for key in &missing {
            eprintln!("note: {locale}: {key} is not translated yet (locales/{locale}/rules.ftl)");
        }
        if missing.len() * 10 > english.len() {
            problems.push(format!(
                "{locale}: {} of {} texts are not translated (more than 10 %)",
                missing.len(),
                english.len()
            ));
        }
        for key in translated.keys().filter(|key| !english.contains_key(*key)) {
            problems.push(format!("{locale}: {key} is not in the English file"));
        }
        for (key, (text, variables)) in &translated {
            if text.trim().is_empty() {
                problems.push(format!("{locale}: {key} is empty"));
            }
            let Some((english_text, english_variables)) = english.get(key) else {
                continue;
            };
            for variable in english_variables.difference(variables) {
                problems.push(format!("{locale}: {key} does not use ${variable}"));
            }
            for variable in variables.difference(english_variables) {
                problems.push(format!(
                    "{locale}: {key} uses ${variable}, which the English text does not"
                ));
            }
            if text.trim() == english_text.trim() {
                problems.push(format!("{locale}: {key} is the English text, untranslated"));
            }
            // The binary reads the files with a small reader of its own: it must see the same text.
            if rightscope_rules::translated_message(locale, key) != Some(text.as_str()) {
                problems.push(format!(
                    "{locale}: {key}: the embedded reader disagrees with fluent-syntax: {:?} vs {text:?}",
                    rightscope_rules::translated_message(locale, key)
                ));
            }
        }
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        let header: String = source
            .lines()
            .take_while(|line| line.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        if !(header.contains("locales/en/rules.ftl") && header.contains("revision")) {
            problems.push(format!(
                "{locale}: the header comment must name the English file and the revision it follows"
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn rule_texts_come_in_each_locale_with_english_as_the_fallback() {
    use rightscope_rules::{rule_text, TextField};

    let catalogue = Catalogue::builtin().unwrap_or_else(|error| panic!("{error}"));
    let rule = catalogue.get("ENC001").expect("ENC001 exists");
    for field in TextField::ALL {
        let english = rule_text(rule, field, "en");
        assert!(!english.is_empty());
        assert!(!english.ends_with('\n'), "{english:?}");
        for locale in TRANSLATED_LOCALES {
            let translated = rule_text(rule, field, locale);
            assert_ne!(translated, english, "{locale} {field:?}");
            assert_eq!(
                rule_text(rule, field, &format!("{}-XX", locale.to_uppercase())),
                translated
            );
        }
        // No translation for the language: English.
        assert_eq!(rule_text(rule, field, "de"), english);
        assert_eq!(rule_text(rule, field, ""), english);
    }
    assert!(rule_text(rule, TextField::Summary, "es").contains("cifrado"));
    assert!(rule_text(rule, TextField::Summary, "fr").contains("chiffrement"));
    assert!(rule_text(rule, TextField::Summary, "ar").contains("التشفير"));
    assert_eq!(
        catalogue
            .rule_text("ENC001", TextField::Why, "fr")
            .as_deref(),
        Some(rule_text(rule, TextField::Why, "fr").as_ref())
    );
    assert!(catalogue
        .rule_text("NOPE999", TextField::Why, "fr")
        .is_none());

    // A rule no translation knows yet (a new rule file) is shown in English, key by key.
    let new_rule = r#"code = "ENC999"
name = "untranslated-rule"
family = "ENC"
polarity = "risk"
severity = "warning"
kind = "pattern"
patterns = ['(?i)\bencrypt']
questions = ["confidentiality"]
summary = "A summary only in English."
why = """
Why, line one.
Line two.
"""
fix = "Fix it."
example = "e"
references = ["RFC 7258"]
"#;
    let catalogue = Catalogue::from_files([("rules/ENC/ENC999.toml", new_rule)])
        .unwrap_or_else(|error| panic!("{error}"));
    let rule = catalogue.get("ENC999").expect("loaded");
    for locale in ["en", "es", "fr", "ar"] {
        assert_eq!(
            rule_text(rule, TextField::Summary, locale),
            "A summary only in English."
        );
        assert_eq!(
            rule_text(rule, TextField::Why, locale),
            "Why, line one.\nLine two."
        );
        assert_eq!(rule_text(rule, TextField::Fix, locale), "Fix it.");
    }
}
