//! Interface languages: Fluent bundles embedded at compile time (this crate's `locales/*/web.ftl`
//! the rules crate's `locales/*/rules.ftl` and the almanac's `locales/*/almanac.ftl`), language negotiation, and right-to-left scripts.
//!
//! Every language falls back to English key by key, so a partial translation shows English for
//! what it lacks rather than a raw key.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static WEB = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fluent_templates::static_loader! {
    static ALMANAC = {
        locales: "../rightscope-almanac/locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fluent_templates::static_loader! {
    static RULES = {
        locales: "../rightscope-rules/locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the source language and the fallback).
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// Arabic (right to left).
    Ar,
}

impl Lang {
    /// Every supported language, in switcher order.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Fr, Lang::Ar];

    /// The BCP 47 tag.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
        }
    }

    /// `rtl` for right-to-left scripts, else `ltr`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// A supported language from a tag (`fr`, `fr-CA`, `AR`), or `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The best supported language of an `Accept-Language` header (by q-value, then order).
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (position, part) in header.split(',').enumerate() {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let Some(lang) = Lang::from_tag(tag) else {
                continue;
            };
            if q <= 0.0 {
                continue;
            }
            if best.is_none_or(|(bq, bp, _)| q > bq || (q == bq && position < bp)) {
                best = Some((q, position, lang));
            }
        }
        best.map(|(_, _, lang)| lang)
    }

    fn id(self) -> LanguageIdentifier {
        // The four codes are valid tags; English is the fallback if parsing ever failed.
        self.code()
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default())
    }
}

/// Chooses the language: `?lang=` first, then the `lang` cookie, then `Accept-Language`, else English.
pub fn negotiate(query: Option<&str>, cookie: Option<&str>, accept: Option<&str>) -> Lang {
    query
        .and_then(Lang::from_tag)
        .or_else(|| cookie.and_then(Lang::from_tag))
        .or_else(|| accept.and_then(Lang::from_accept_language))
        .unwrap_or(Lang::En)
}

/// A number that a plural message counts (templates pass values or references).
pub trait Count {
    /// The number.
    fn count(&self) -> i64;
}

impl Count for i64 {
    fn count(&self) -> i64 {
        *self
    }
}

impl Count for usize {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl<T: Count> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

/// Looks up interface strings and rule texts in one language.
#[derive(Debug, Clone)]
pub struct Tr {
    lang: Lang,
    id: LanguageIdentifier,
}

impl Tr {
    /// A translator for a language.
    pub fn new(lang: Lang) -> Tr {
        Tr {
            lang,
            id: lang.id(),
        }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// An interface string (`web.ftl`); the key itself if no language has it.
    pub fn t(&self, key: &str) -> String {
        WEB.try_lookup(&self.id, key)
            .unwrap_or_else(|| key.to_string())
    }

    /// An interface string with arguments (`{ $name }`).
    pub fn ta(&self, key: &str, args: &[(&str, &str)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                (
                    Cow::Owned(name.to_string()),
                    FluentValue::from(value.to_string()),
                )
            })
            .collect();
        WEB.try_lookup_with_args(&self.id, key, &map)
            .unwrap_or_else(|| key.to_string())
    }

    /// An interface string with one text argument (for templates).
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.ta(key, &[(name, value)])
    }

    /// An interface string with one number argument `$count` (for plurals).
    pub fn tn(&self, key: &str, count: impl Count) -> String {
        let count = count.count();
        let mut map: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        map.insert(Cow::Borrowed("count"), FluentValue::from(count));
        WEB.try_lookup_with_args(&self.id, key, &map)
            .unwrap_or_else(|| key.to_string())
    }

    /// A rule text: `part` is `summary`, `why` or `fix`; `None` if the rule has no such text.
    pub fn rule(&self, code: &str, part: &str) -> Option<String> {
        RULES.try_lookup(&self.id, &format!("rule-{code}-{part}"))
    }

    /// A standards body's almanac entry in this language (English for what is not translated).
    pub fn almanac_body(&self, body: &rightscope_almanac::Body) -> rightscope_almanac::Body {
        if self.lang == Lang::En {
            return body.clone();
        }
        body.localized(|id| ALMANAC.try_lookup(&self.id, id)).0
    }

    /// An almanac label (`sdo-label-level-high`); the id itself if no language has it.
    pub fn almanac_label(&self, id: &str) -> String {
        ALMANAC
            .try_lookup(&self.id, id)
            .unwrap_or_else(|| id.to_string())
    }

    /// A family's name (`family-SURV`).
    pub fn family(&self, code: &str) -> String {
        self.t(&format!("family-{code}"))
    }

    /// A verdict's name (`verdict-creates`).
    pub fn verdict(&self, verdict: &str) -> String {
        self.t(&format!("verdict-{verdict}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_order() {
        assert_eq!(negotiate(Some("ar"), Some("fr"), Some("es")), Lang::Ar);
        assert_eq!(negotiate(Some("xx"), Some("fr"), Some("es")), Lang::Fr);
        assert_eq!(
            negotiate(None, None, Some("de, es;q=0.5, fr;q=0.8")),
            Lang::Fr
        );
        assert_eq!(negotiate(None, None, Some("de")), Lang::En);
        assert_eq!(negotiate(None, None, None), Lang::En);
        assert_eq!(Lang::Ar.dir(), "rtl");
    }

    #[test]
    fn missing_translations_fall_back_to_english() {
        let english = Tr::new(Lang::En).t("nav-overview");
        assert_ne!(english, "nav-overview");
        assert!(!Tr::new(Lang::Fr).t("nav-overview").is_empty());
        assert!(Tr::new(Lang::Ar).rule("SURV001", "summary").is_some());
    }
}
