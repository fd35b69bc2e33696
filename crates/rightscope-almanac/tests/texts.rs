//! The almanac's Fluent files: the English template is generated from the data, and each translation
//! only holds ids of that template, each really translated.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rightscope_almanac::Almanac;

const TRANSLATED_LOCALES: [&str; 3] = ["es", "fr", "ar"];

fn locale_file(locale: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{locale}/almanac.ftl"))
}

/// Message id → value text of a Fluent file; panics naming the file if it is not plain messages.
fn messages(path: &Path) -> BTreeMap<String, String> {
    use fluent_syntax::ast;
    let source =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut text = String::new();
                for element in message.value.iter().flat_map(|p| &p.elements) {
                    match element {
                        ast::PatternElement::TextElement { value } => text.push_str(value),
                        ast::PatternElement::Placeable { .. } => text.push_str("{…}"),
                    }
                }
                out.insert(message.id.name.to_string(), text);
            }
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
            other => panic!("{}: unexpected entry {other:?}", path.display()),
        }
    }
    out
}

#[test]
fn the_english_template_is_up_to_date() {
    let expected = Almanac::bundled().ftl_template();
    let path = locale_file("en");
    if std::env::var_os("RIGHTSCOPE_UPDATE_FTL").is_some() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("create the locale directory");
        }
        std::fs::write(&path, &expected).expect("write the Fluent file");
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{} is out of date: run RIGHTSCOPE_UPDATE_FTL=1 cargo test -p rightscope-almanac --test texts",
        path.display()
    );
    let english = messages(&path);
    let count: usize = Almanac::bundled()
        .bodies()
        .iter()
        .map(|b| b.texts().len())
        .sum::<usize>()
        + Almanac::openness_labels().len();
    assert_eq!(english.len(), count, "every text has its own id");
}

#[test]
fn every_translation_uses_template_ids_and_covers_most_texts() {
    let english = messages(&locale_file("en"));
    let mut problems = Vec::new();
    for locale in TRANSLATED_LOCALES {
        let translated = messages(&locale_file(locale));
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{locale}: {id} is not in the English template"));
        }
        for (id, text) in &translated {
            if text.trim().is_empty() {
                problems.push(format!("{locale}: {id} is empty"));
            }
            // Names of bodies may stay as they are; sentences may not.
            if english.get(id).is_some_and(|e| e == text) && text.contains(". ") {
                problems.push(format!("{locale}: {id} is the English text, untranslated"));
            }
        }
        let missing = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .count();
        for id in english.keys().filter(|id| !translated.contains_key(*id)) {
            eprintln!("note: {locale}: {id} is not translated yet");
        }
        // The data grows a section at a time; its translation may follow, but not by much.
        if missing * 10 > english.len() {
            problems.push(format!(
                "{locale}: {missing} of {} texts are not translated (more than 10 %)",
                english.len()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_translation_is_applied_by_localized() {
    let es = messages(&locale_file("es"));
    let Some((id, text)) = es.iter().find(|(id, _)| id.starts_with("sdo-ietf-")) else {
        panic!("the Spanish file has no IETF text");
    };
    let ietf = Almanac::bundled().body("ietf").expect("bundled");
    let (localized, translated) = ietf.localized(|key| es.get(key).cloned());
    assert!(translated > 0);
    assert!(localized.texts().iter().any(|(k, v)| k == id && v == text));
}
