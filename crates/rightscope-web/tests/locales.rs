//! The interface translations (`locales/{es,fr,ar}/web.ftl`) against the English source
//! (`locales/en/web.ftl`): valid Fluent, the same keys, no empty message, the same variables,
//! plural forms for each language, the texts the app really shows, and a language switcher that
//! names every language in that language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use rightscope_web::i18n::{Lang, Tr};

/// The translations checked against the English file.
const TRANSLATED: [&str; 3] = ["es", "fr", "ar"];

/// One message of a Fluent file.
#[derive(Debug, Default)]
struct Message {
    /// The text of the value, placeables shown as `{…}` and every variant concatenated.
    text: String,
    /// The variables it uses (`$count` → `count`), in the selector or in any variant.
    variables: BTreeSet<String>,
    /// The plural categories (keys) of each selector, in order.
    selectors: Vec<BTreeSet<String>>,
    /// The text of each variant, by key, for the first selector.
    variants: BTreeMap<String, String>,
    /// No placeable at all: the app shows exactly `text`.
    plain: bool,
}

fn locale_path(locale: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{locale}/web.ftl"))
}

fn collect_pattern(pattern: &ast::Pattern<&str>, message: &mut Message, text: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                message.plain = false;
                text.push_str("{…}");
                collect_expression(expression, message, text);
            }
        }
    }
}

fn collect_expression(
    expression: &ast::Expression<&str>,
    message: &mut Message,
    text: &mut String,
) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, message, text),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, message, text);
            let first = message.selectors.is_empty();
            let mut keys = BTreeSet::new();
            for variant in variants {
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                let mut variant_text = String::new();
                collect_pattern(&variant.value, message, &mut variant_text);
                text.push_str(&variant_text);
                if first {
                    message.variants.insert(key.clone(), variant_text);
                }
                keys.insert(key);
            }
            message.selectors.push(keys);
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, message: &mut Message, text: &mut String) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            message.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_expression(expression, message, text);
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                collect_inline(argument, message, text);
            }
            for argument in &arguments.named {
                collect_inline(&argument.value, message, text);
            }
        }
        _ => {}
    }
}

/// The messages of a locale's `web.ftl`, parsed with `fluent-syntax`. Panics with the parser's
/// errors if the file is not valid Fluent, or if it holds terms, attributes or duplicate keys.
fn messages(locale: &str) -> BTreeMap<String, Message> {
    let path = locale_path(locale);
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("read {}: {error}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
        panic!("{} is not valid Fluent: {errors:#?}", path.display())
    });
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(parsed) => {
                assert!(
                    parsed.attributes.is_empty(),
                    "{}: {} has attributes",
                    path.display(),
                    parsed.id.name
                );
                let mut message = Message {
                    plain: true,
                    ..Message::default()
                };
                let mut text = String::new();
                if let Some(value) = &parsed.value {
                    collect_pattern(value, &mut message, &mut text);
                }
                message.text = text;
                let previous = messages.insert(parsed.id.name.to_string(), message);
                assert!(
                    previous.is_none(),
                    "{}: {} is defined twice",
                    path.display(),
                    parsed.id.name
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

fn lang(locale: &str) -> Lang {
    Lang::from_tag(locale).unwrap_or_else(|| panic!("{locale} is not a supported language"))
}

/// The plural categories (CLDR) a selector on a count must cover in each language.
fn plural_categories(locale: &str) -> &'static [&'static str] {
    match locale {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

#[test]
fn translations_have_the_english_keys_and_variables() {
    let english = messages("en");
    assert!(
        english.len() > 100,
        "the English file has {} messages",
        english.len()
    );
    let mut problems = Vec::new();
    for locale in TRANSLATED {
        let translated = messages(locale);
        for key in english.keys().filter(|key| !translated.contains_key(*key)) {
            problems.push(format!("{locale}: {key} is missing"));
        }
        for key in translated.keys().filter(|key| !english.contains_key(*key)) {
            problems.push(format!("{locale}: {key} is not in the English file"));
        }
        for (key, message) in &translated {
            if message.text.trim().is_empty() {
                problems.push(format!("{locale}: {key} is empty"));
            }
            for (variant, text) in &message.variants {
                if text.trim().is_empty() {
                    problems.push(format!("{locale}: {key} [{variant}] is empty"));
                }
            }
            let Some(source) = english.get(key) else {
                continue;
            };
            for variable in source.variables.difference(&message.variables) {
                problems.push(format!("{locale}: {key} does not use ${variable}"));
            }
            for variable in message.variables.difference(&source.variables) {
                problems.push(format!(
                    "{locale}: {key} uses ${variable}, which the English text does not"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plurals_cover_each_language_s_categories() {
    let english = messages("en");
    let mut problems = Vec::new();
    for locale in TRANSLATED {
        let translated = messages(locale);
        for (key, source) in english.iter().filter(|(_, m)| !m.selectors.is_empty()) {
            let Some(message) = translated.get(key) else {
                continue;
            };
            if message.selectors.is_empty() {
                problems.push(format!("{locale}: {key} has no plural selector"));
                continue;
            }
            for keys in &message.selectors {
                for category in plural_categories(locale) {
                    if !keys.contains(*category) {
                        problems.push(format!("{locale}: {key} has no [{category}] variant"));
                    }
                }
            }
            // French counts 0 as "one": that variant must show the number, not a literal 1.
            if source.variables.contains("count") {
                if let Some(one) = message.variants.get("one") {
                    if locale == "fr" && !one.contains("{…}") {
                        problems.push(format!("{locale}: {key} [one] must show {{ $count }}"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_app_shows_the_translated_texts() {
    for locale in TRANSLATED {
        let tr = Tr::new(lang(locale));
        for (key, message) in messages(locale).iter().filter(|(_, m)| m.plain) {
            assert_eq!(
                tr.t(key),
                message.text,
                "{locale}: {key} as the app shows it"
            );
        }
    }
}

#[test]
fn plural_forms_as_the_app_shows_them() {
    let ar = Tr::new(Lang::Ar);
    assert_eq!(ar.tn("search-count", 0_i64), "لا نتائج");
    assert_eq!(ar.tn("search-count", 1_i64), "نتيجة واحدة");
    assert_eq!(ar.tn("search-count", 2_i64), "نتيجتان");
    assert_eq!(ar.tn("search-count", 5_i64), "5 نتائج");
    assert_eq!(ar.tn("search-count", 11_i64), "11 نتيجة");
    assert_eq!(ar.tn("search-count", 100_i64), "100 نتيجة");
    let fr = Tr::new(Lang::Fr);
    assert_eq!(fr.tn("search-count", 0_i64), "0 résultat");
    assert_eq!(fr.tn("search-count", 2_i64), "2 résultats");
    let es = Tr::new(Lang::Es);
    assert_eq!(es.tn("search-count", 1_i64), "1 resultado");
    assert_eq!(es.tn("search-count", 0_i64), "0 resultados");
    assert_eq!(
        es.ta("diff-title", &[("from", "-01"), ("to", "-02")]),
        "Cambios de -01 a -02"
    );
}

#[test]
fn the_language_switcher_names_each_language_in_itself() {
    let expected = [
        (Lang::En, "English"),
        (Lang::Es, "Español"),
        (Lang::Fr, "Français"),
        (Lang::Ar, "العربية"),
    ];
    assert_eq!(Lang::ALL.len(), expected.len());
    for (lang, name) in expected {
        assert!(Lang::ALL.contains(&lang), "{lang:?} is in the switcher");
        assert_eq!(
            lang.native_name(),
            name,
            "{} in its own language",
            lang.code()
        );
    }
    // The Arabic name is written in Arabic script, and the page is right to left.
    assert!(Lang::Ar
        .native_name()
        .chars()
        .all(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
    assert_eq!(Lang::Ar.dir(), "rtl");
    // Every locale directory is a switcher language, and every switcher language has a file.
    for locale in TRANSLATED {
        assert!(locale_path(locale).is_file(), "{locale} has a web.ftl");
        assert_eq!(lang(locale).code(), locale);
    }
}
