//! Rule texts in other languages.
//!
//! The rule file is the only source of the English texts (`locales/en/rules.ftl` is generated from it).
//! Translations live in `locales/<lang>/rules.ftl`, are embedded in the binary, and are looked up key by
//! key (`rule-CODE-summary`, `rule-CODE-why`, `rule-CODE-fix`): a key a translation lacks falls back to
//! the rule's own English text, so a new rule shows in English until it is translated.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::rule::Rule;

/// The languages rule texts can be shown in: English (the rule files) first, then the translations.
pub const LOCALES: [&str; 4] = ["en", "es", "fr", "ar"];

/// The embedded translations: (language, contents of `locales/<language>/rules.ftl`).
const TRANSLATIONS: [(&str, &str); 3] = [
    ("es", include_str!("../locales/es/rules.ftl")),
    ("fr", include_str!("../locales/fr/rules.ftl")),
    ("ar", include_str!("../locales/ar/rules.ftl")),
];

/// One of the user-facing texts of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextField {
    /// One plain-language sentence: what the finding means.
    Summary,
    /// Why it matters for people.
    Why,
    /// What an author can do.
    Fix,
}

impl TextField {
    /// Every field, in the order of the Fluent files.
    pub const ALL: [TextField; 3] = [TextField::Summary, TextField::Why, TextField::Fix];

    /// The field's name, as in the rule file and the Fluent key.
    pub fn as_str(self) -> &'static str {
        match self {
            TextField::Summary => "summary",
            TextField::Why => "why",
            TextField::Fix => "fix",
        }
    }

    /// The Fluent key of this field of the rule with `code` (`rule-ENC001-why`).
    pub fn key(self, code: &str) -> String {
        format!("rule-{code}-{}", self.as_str())
    }

    /// The rule's own (English) text of this field.
    fn english(self, rule: &Rule) -> &str {
        match self {
            TextField::Summary => &rule.summary,
            TextField::Why => &rule.why,
            TextField::Fix => &rule.fix,
        }
    }
}

/// The translation `locale` names, if there is one: the primary language subtag, case-insensitive, so
/// `es`, `ES`, `es-MX` and `fr_CA` all work. English and unknown languages have none.
fn translation_for(locale: &str) -> Option<&'static str> {
    let language = locale.split(['-', '_']).next().unwrap_or_default();
    TRANSLATIONS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(language))
        .map(|(name, _)| *name)
}

/// Whether rule texts are translated into `locale` (English counts: it is the rule files' language).
pub fn is_supported_locale(locale: &str) -> bool {
    let language = locale.split(['-', '_']).next().unwrap_or_default();
    language.eq_ignore_ascii_case("en") || translation_for(locale).is_some()
}

/// The messages of each embedded translation, parsed on first use.
fn messages() -> &'static HashMap<&'static str, HashMap<&'static str, String>> {
    static MESSAGES: OnceLock<HashMap<&'static str, HashMap<&'static str, String>>> =
        OnceLock::new();
    MESSAGES.get_or_init(|| {
        TRANSLATIONS
            .iter()
            .map(|(language, source)| (*language, parse_messages(source)))
            .collect()
    })
}

/// Reads the simple Fluent the rule files use: `key =` followed by indented lines (or `key = value`),
/// comments and blank lines between messages. Lines are trimmed and joined with `\n`, as Fluent does
/// for a multi-line pattern. The tests check that this agrees with a full Fluent parser.
fn parse_messages(source: &str) -> HashMap<&str, String> {
    let mut messages = HashMap::new();
    let mut current: Option<(&str, Vec<&str>)> = None;
    for line in source.lines() {
        let continues = line.starts_with([' ', '\t']) && !line.trim().is_empty();
        if continues {
            if let Some((_, lines)) = current.as_mut() {
                lines.push(line.trim());
            }
            continue;
        }
        if let Some((key, lines)) = current.take() {
            messages.insert(key, lines.join("\n"));
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((key, value)) = line.split_once('=') {
            let value = value.trim();
            current = Some((
                key.trim(),
                if value.is_empty() {
                    vec![]
                } else {
                    vec![value]
                },
            ));
        }
    }
    if let Some((key, lines)) = current {
        messages.insert(key, lines.join("\n"));
    }
    messages
}

/// The translated message `key` in `locale`, without falling back to English: `None` when `locale`
/// has no translation or the translation lacks the key.
pub fn translated_message(locale: &str, key: &str) -> Option<&'static str> {
    let language = translation_for(locale)?;
    messages()
        .get(language)?
        .get(key)
        .map(String::as_str)
        .filter(|text| !text.trim().is_empty())
}

/// A rule's text in `locale` (`en`, `es`, `fr`, `ar`; region subtags such as `es-MX` are ignored), or
/// the rule's English text when `locale` has no translation or the translation lacks this key.
/// Lines are separated by `\n`, without leading or trailing whitespace.
pub fn rule_text<'a>(rule: &'a Rule, field: TextField, locale: &str) -> Cow<'a, str> {
    match translated_message(locale, &field.key(&rule.code)) {
        Some(text) => Cow::Borrowed(text),
        None => Cow::Borrowed(field.english(rule).trim()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_simple_reader_joins_indented_lines() {
        let messages = parse_messages(
            "# comment\n\nrule-X001-summary =\n    one\n    two\nrule-X001-why = inline\n\nrule-X001-fix =\n    last\n",
        );
        assert_eq!(messages["rule-X001-summary"], "one\ntwo");
        assert_eq!(messages["rule-X001-why"], "inline");
        assert_eq!(messages["rule-X001-fix"], "last");
        assert_eq!(messages.len(), 3);
    }

    #[test]
    fn locales_are_matched_by_primary_language() {
        assert_eq!(translation_for("es"), Some("es"));
        assert_eq!(translation_for("ES-mx"), Some("es"));
        assert_eq!(translation_for("fr_CA"), Some("fr"));
        assert_eq!(translation_for("ar"), Some("ar"));
        assert_eq!(translation_for("en"), None);
        assert_eq!(translation_for("de"), None);
        assert_eq!(translation_for(""), None);
        assert!(is_supported_locale("en-GB"));
        assert!(is_supported_locale("ar-EG"));
        assert!(!is_supported_locale("de"));
    }
}
