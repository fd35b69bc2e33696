//! Questionnaires as data: RFC 9620's guideline questions and the W3C Security and Privacy
//! Questionnaire, read from the TOML files under `data/` (compiled in) and validated.

use serde::{Deserialize, Serialize};

use crate::error::ReviewError;

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id (for RFC 9620, the key of rightscope's question list, translated by the web as
    /// `question-<id>`).
    pub id: String,
    /// Short title.
    pub title: String,
    /// The source's section.
    pub section: String,
    /// The question in plain words.
    pub prompt: String,
    /// RFC 9620 question keys whose findings pre-fill the answer.
    pub prefill: Vec<String>,
}

/// A questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Stable id (`rfc9620`).
    pub id: String,
    /// Title.
    pub title: String,
    /// Where the questions come from.
    pub source: String,
    /// The standards bodies (`sdo` of a document) it is meant for.
    #[serde(rename = "for")]
    pub for_sdos: Vec<String>,
    /// Questions, in order.
    pub questions: Vec<Question>,
}

/// The bundled questionnaire files: (file name, contents).
pub const FILES: [(&str, &str); 2] = [
    ("rfc9620.toml", include_str!("../data/rfc9620.toml")),
    (
        "w3c-security-privacy.toml",
        include_str!("../data/w3c-security-privacy.toml"),
    ),
];

impl Questionnaire {
    /// Reads and validates a questionnaire file: unique, non-empty, kebab-case question ids, every
    /// text filled in, every `prefill` key an RFC 9620 question key, and for `rfc9620` exactly those
    /// keys in their order. Errors name the file and the question.
    pub fn parse(file: &str, text: &str) -> Result<Questionnaire, ReviewError> {
        let fail = |message: String| ReviewError::Questionnaire {
            file: file.to_string(),
            message,
        };
        let parsed: Questionnaire =
            toml::from_str(text).map_err(|error| fail(error.to_string()))?;
        for (field, value) in [
            ("id", &parsed.id),
            ("title", &parsed.title),
            ("source", &parsed.source),
        ] {
            if value.trim().is_empty() {
                return Err(fail(format!("`{field}` is empty")));
            }
        }
        if !parsed.source.starts_with("https://") {
            return Err(fail(format!(
                "`source` {:?} is not an https:// link",
                parsed.source
            )));
        }
        if parsed.questions.is_empty() {
            return Err(fail("no questions".to_string()));
        }
        let mut seen = std::collections::HashSet::new();
        for question in &parsed.questions {
            let id = &question.id;
            let kebab = !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !kebab {
                return Err(fail(format!("question id {id:?} is not kebab-case")));
            }
            if !seen.insert(id.as_str()) {
                return Err(fail(format!("question {id:?} appears twice")));
            }
            for (field, value) in [
                ("title", &question.title),
                ("section", &question.section),
                ("prompt", &question.prompt),
            ] {
                if value.trim().is_empty() {
                    return Err(fail(format!("question {id:?}: `{field}` is empty")));
                }
            }
            for key in &question.prefill {
                if !rightscope_rules::QUESTIONS.contains(&key.as_str()) {
                    return Err(fail(format!(
                        "question {id:?}: prefill key {key:?} is not an RFC 9620 question ({})",
                        rightscope_rules::QUESTIONS.join(", ")
                    )));
                }
            }
        }
        if parsed.id == "rfc9620" {
            let ids: Vec<&str> = parsed.questions.iter().map(|q| q.id.as_str()).collect();
            if ids != rightscope_rules::QUESTIONS {
                return Err(fail(format!(
                    "the RFC 9620 questions must be exactly, in order: {}",
                    rightscope_rules::QUESTIONS.join(", ")
                )));
            }
        }
        Ok(parsed)
    }

    /// Every bundled questionnaire, in [`FILES`] order.
    pub fn bundled() -> Result<Vec<Questionnaire>, ReviewError> {
        FILES
            .iter()
            .map(|(file, text)| Questionnaire::parse(file, text))
            .collect()
    }

    /// A bundled questionnaire by id.
    pub fn by_id(id: &str) -> Result<Questionnaire, ReviewError> {
        Questionnaire::bundled()?
            .into_iter()
            .find(|questionnaire| questionnaire.id == id)
            .ok_or_else(|| ReviewError::NotFound {
                what: format!("questionnaire {id:?} (bundled: rfc9620, w3c-security-privacy)"),
            })
    }

    /// The questionnaire meant for a standards body: the W3C one for `w3c`, else RFC 9620.
    pub fn default_for_sdo(sdo: &str) -> &'static str {
        if sdo.eq_ignore_ascii_case("w3c") {
            "w3c-security-privacy"
        } else {
            "rfc9620"
        }
    }

    /// A question by id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_questionnaires_are_valid() {
        let all = Questionnaire::bundled().unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(all.len(), 2);
        let rfc = &all[0];
        assert_eq!(rfc.questions.len(), 21);
        assert_eq!(rfc.questions[0].id, "connectivity");
        assert_eq!(rfc.questions[20].id, "misc");
        for question in &rfc.questions {
            assert_eq!(question.prefill, std::slice::from_ref(&question.id));
        }
        let w3c = &all[1];
        assert_eq!(w3c.id, "w3c-security-privacy");
        assert!(w3c.questions.len() >= 20);
        assert!(w3c.source.contains("w3.org"));
    }

    /// The web translates RFC 9620 question titles with `question-<id>` keys: every id must have one.
    #[test]
    fn every_rfc9620_question_has_a_web_locale_key() {
        let locale = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../rightscope-web/locales/en/web.ftl"
        ))
        .expect("read the web's English locale");
        for question in &Questionnaire::by_id("rfc9620").expect("rfc9620").questions {
            let key = format!("question-{} =", question.id);
            assert!(locale.contains(&key), "missing {key} in web.ftl");
        }
    }

    #[test]
    fn malformed_files_are_refused_with_the_reason() {
        let error = Questionnaire::parse("x.toml", "id = ").expect_err("toml");
        assert!(
            error.to_string().starts_with("questionnaire x.toml:"),
            "{error}"
        );
        let base = r#"
            id = "x"
            title = "X"
            source = "https://example.org/"
            for = ["ietf"]
            [[questions]]
            id = "a"
            title = "A"
            section = "1"
            prompt = "Is it?"
            prefill = ["privacy"]
        "#;
        Questionnaire::parse("x.toml", base).expect("valid");
        let cases = [
            (base.replace("[\"privacy\"]", "[\"secrecy\"]"), "secrecy"),
            (base.replace("id = \"a\"", "id = \"A b\""), "kebab-case"),
            (base.replace("prompt = \"Is it?\"", "prompt = \" \""), "`prompt` is empty"),
            (base.replace("https://example.org/", "ftp://x"), "https"),
            (format!("{base}\n[[questions]]\nid = \"a\"\ntitle = \"A\"\nsection = \"1\"\nprompt = \"p\"\nprefill = []"), "twice"),
            (base.replace("id = \"x\"", "id = \"rfc9620\""), "exactly, in order"),
            (base.replace("prefill", "extra = 1\nprefill"), "unknown field"),
        ];
        for (text, expected) in cases {
            let error = Questionnaire::parse("x.toml", &text).expect_err(expected);
            assert!(error.to_string().contains(expected), "{expected}: {error}");
        }
    }
}
