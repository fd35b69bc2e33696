//! The rule catalogue: every rule file, parsed and validated.
//!
//! Validation errors name the rule file, the line and the key, so a contributor can fix a rule without
//! reading the engine.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};

use rightscope_doc::SectionKind;
use thiserror::Error;

use crate::locale::TextField;
use crate::rule::{Family, Rule, RuleKind, QUESTIONS, THREATS};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/rule_files.rs"));
}

/// Codes that were renamed: old code → new code. A code is never reused for another rule.
pub const REDIRECTS: &[(&str, &str)] = &[];

/// A problem in one rule file.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("{file}:{line}: {key}: {message}")]
pub struct RuleFileError {
    /// Path of the rule file, relative to the rules crate.
    pub file: String,
    /// 1-based line of the offending key (1 when unknown).
    pub line: usize,
    /// The key at fault.
    pub key: String,
    /// What is wrong.
    pub message: String,
}

/// Every problem found in the catalogue.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("{} problem(s) in the rule catalogue:\n{}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct CatalogueError(pub Vec<RuleFileError>);

/// A rule with the file it came from.
#[derive(Debug, Clone)]
pub struct LoadedRule {
    /// The rule.
    pub rule: Rule,
    /// Path of its file, relative to the rules crate.
    pub file: String,
}

/// All rules, sorted by code.
#[derive(Debug, Clone)]
pub struct Catalogue {
    rules: Vec<LoadedRule>,
}

impl Catalogue {
    /// The catalogue built into this binary.
    pub fn builtin() -> Result<Catalogue, CatalogueError> {
        Catalogue::from_files(embedded::RULE_FILES.iter().copied())
    }

    /// Parses and validates rule files given as (path, contents).
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Catalogue, CatalogueError> {
        let mut errors = Vec::new();
        let mut rules = Vec::new();
        for (file, source) in files {
            match toml::from_str::<Rule>(source) {
                Ok(rule) => {
                    errors.extend(validate(file, source, &rule));
                    rules.push(LoadedRule {
                        rule,
                        file: file.to_string(),
                    });
                }
                Err(error) => {
                    let line = error.span().map_or(1, |span| line_of(source, span.start));
                    errors.push(RuleFileError {
                        file: file.to_string(),
                        line,
                        key: "(file)".into(),
                        message: error.message().to_string(),
                    });
                }
            }
        }
        errors.extend(check_unique(&rules));
        if errors.is_empty() {
            rules.sort_by(|a, b| a.rule.code.cmp(&b.rule.code));
            Ok(Catalogue { rules })
        } else {
            Err(CatalogueError(errors))
        }
    }

    /// A catalogue with only the rules `keep` accepts.
    pub fn filtered(&self, keep: impl Fn(&Rule) -> bool) -> Catalogue {
        Catalogue {
            rules: self
                .rules
                .iter()
                .filter(|loaded| keep(&loaded.rule))
                .cloned()
                .collect(),
        }
    }

    /// Rules in code order.
    pub fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.rules.iter().map(|loaded| &loaded.rule)
    }

    /// Rules with their files.
    pub fn loaded(&self) -> &[LoadedRule] {
        &self.rules
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether the catalogue is empty.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// A rule by code (following redirects) or by name.
    pub fn get(&self, code_or_name: &str) -> Option<&Rule> {
        let wanted = REDIRECTS
            .iter()
            .find(|(old, _)| old.eq_ignore_ascii_case(code_or_name))
            .map_or(code_or_name, |(_, new)| new);
        self.rules().find(|rule| {
            rule.code.eq_ignore_ascii_case(wanted) || rule.name.eq_ignore_ascii_case(wanted)
        })
    }

    /// A rule's text in `locale` (see [`rule_text`](crate::rule_text)), with English as the fallback
    /// for a missing translation; `None` when no rule has this code or name.
    pub fn rule_text(
        &self,
        code_or_name: &str,
        field: TextField,
        locale: &str,
    ) -> Option<Cow<'_, str>> {
        self.get(code_or_name)
            .map(|rule| crate::locale::rule_text(rule, field, locale))
    }

    /// Rule counts per family.
    pub fn counts_by_family(&self) -> BTreeMap<Family, usize> {
        let mut counts = BTreeMap::new();
        for rule in self.rules() {
            *counts.entry(rule.family).or_insert(0) += 1;
        }
        counts
    }
}

/// 1-based line of a byte offset.
fn line_of(source: &str, offset: usize) -> usize {
    source
        .get(..offset.min(source.len()))
        .map_or(1, |before| before.matches('\n').count() + 1)
}

/// Line of `key = …` in the file, for error messages.
fn key_line(source: &str, key: &str) -> usize {
    source
        .lines()
        .position(|line| {
            let trimmed = line.trim_start();
            trimmed.starts_with(key) && trimmed[key.len()..].trim_start().starts_with(['=', '.'])
        })
        .map_or(1, |index| index + 1)
}

fn validate(file: &str, source: &str, rule: &Rule) -> Vec<RuleFileError> {
    let mut errors = Vec::new();
    let mut error = |key: &str, message: String| {
        errors.push(RuleFileError {
            file: file.to_string(),
            line: key_line(source, key),
            key: key.to_string(),
            message,
        });
    };

    let family = rule.family.as_str();
    let digits = rule.code.strip_prefix(family).unwrap_or("");
    if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        error(
            "code",
            format!(
                "`{}` must be the family `{family}` followed by three digits",
                rule.code
            ),
        );
    }
    let expected_file = format!("rules/{family}/{}.toml", rule.code);
    if !file.ends_with(&expected_file) {
        error(
            "code",
            format!("the file for {} must be {expected_file}", rule.code),
        );
    }
    let kebab = !rule.name.is_empty()
        && rule
            .name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !rule.name.starts_with('-')
        && !rule.name.ends_with('-');
    if !kebab {
        error("name", format!("`{}` must be kebab-case", rule.name));
    }
    for (key, patterns) in [
        ("patterns", &rule.patterns),
        ("requires", &rule.requires),
        ("unless", &rule.unless),
        ("when", &rule.when),
    ] {
        for pattern in patterns {
            if let Err(problem) = crate::pattern::Pattern::new(pattern) {
                error(
                    key,
                    format!("invalid regular expression `{pattern}`: {problem}"),
                );
            }
        }
    }
    match rule.kind {
        RuleKind::Pattern => {
            if rule.patterns.is_empty() {
                error(
                    "patterns",
                    "a pattern rule needs at least one pattern".into(),
                );
            }
        }
        RuleKind::Section => match rule.section.as_deref().map(SectionKind::from_name) {
            None => error(
                "section",
                "a section rule names the section kind it looks at".into(),
            ),
            Some(None) => error(
                "section",
                format!(
                    "unknown section kind `{}`",
                    rule.section.as_deref().unwrap_or("")
                ),
            ),
            Some(Some(_)) => {
                if rule.patterns.is_empty() && rule.min_words.is_none() {
                    error(
                        "patterns",
                        "a section rule needs patterns or min_words".into(),
                    );
                }
            }
        },
        RuleKind::Absence => match rule.missing.as_deref().map(SectionKind::from_name) {
            None => error(
                "missing",
                "an absence rule names the section kind it misses".into(),
            ),
            Some(None) => error(
                "missing",
                format!(
                    "unknown section kind `{}`",
                    rule.missing.as_deref().unwrap_or("")
                ),
            ),
            Some(Some(_)) => {}
        },
    }
    for kind in rule.sections.include.iter().chain(&rule.sections.exclude) {
        if SectionKind::from_name(kind).is_none() {
            error("sections", format!("unknown section kind `{kind}`"));
        }
    }
    if rule.questions.is_empty() {
        error("questions", "name at least one RFC 9620 question".into());
    }
    for question in &rule.questions {
        if !QUESTIONS.contains(&question.as_str()) {
            error(
                "questions",
                format!(
                    "unknown question `{question}`; known: {}",
                    QUESTIONS.join(", ")
                ),
            );
        }
    }
    for threat in &rule.threats {
        if !THREATS.contains(&threat.as_str()) {
            error(
                "threats",
                format!("unknown threat `{threat}`; known: {}", THREATS.join(", ")),
            );
        }
    }
    for (key, text) in [
        ("summary", &rule.summary),
        ("why", &rule.why),
        ("fix", &rule.fix),
        ("example", &rule.example),
    ] {
        if text.trim().is_empty() {
            error(key, "must not be empty".into());
        }
    }
    if rule.summary.len() > 160 {
        error(
            "summary",
            "keep the summary to one short sentence (160 characters)".into(),
        );
    }
    if rule.references.is_empty() {
        error("references", "cite at least one source".into());
    }
    errors
}

fn check_unique(rules: &[LoadedRule]) -> Vec<RuleFileError> {
    let mut errors = Vec::new();
    let mut codes = HashSet::new();
    let mut names = HashSet::new();
    for loaded in rules {
        if !codes.insert(loaded.rule.code.clone()) {
            errors.push(RuleFileError {
                file: loaded.file.clone(),
                line: 1,
                key: "code".into(),
                message: format!("code {} is used by another rule", loaded.rule.code),
            });
        }
        if !names.insert(loaded.rule.name.clone()) {
            errors.push(RuleFileError {
                file: loaded.file.clone(),
                line: 1,
                key: "name".into(),
                message: format!("name {} is used by another rule", loaded.rule.name),
            });
        }
        if REDIRECTS.iter().any(|(old, _)| *old == loaded.rule.code) {
            errors.push(RuleFileError {
                file: loaded.file.clone(),
                line: 1,
                key: "code".into(),
                message: format!(
                    "code {} was retired and may not be reused",
                    loaded.rule.code
                ),
            });
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"code = "ENC999"
name = "test-rule"
family = "ENC"
polarity = "risk"
severity = "warning"
kind = "pattern"
patterns = ['(?i)\bencrypt']
questions = ["confidentiality"]
summary = "s"
why = "w"
fix = "f"
example = "e"
references = ["RFC 7258"]
"#;

    #[test]
    fn a_good_rule_loads() {
        let catalogue = Catalogue::from_files([("rules/ENC/ENC999.toml", GOOD)]).expect("valid");
        assert_eq!(catalogue.len(), 1);
        assert!(catalogue.get("test-rule").is_some());
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let bad = GOOD
            .replace("['(?i)\\bencrypt']", "['(unclosed']")
            .replace("[\"confidentiality\"]", "[\"secrecy\"]");
        let error =
            Catalogue::from_files([("rules/ENC/ENC999.toml", bad.as_str())]).expect_err("invalid");
        let text = error.to_string();
        assert!(
            text.contains("rules/ENC/ENC999.toml:7: patterns: invalid regular expression"),
            "{text}"
        );
        assert!(
            text.contains("rules/ENC/ENC999.toml:8: questions: unknown question `secrecy`"),
            "{text}"
        );
    }

    #[test]
    fn toml_syntax_errors_have_a_line() {
        let bad = GOOD.replace("severity = \"warning\"", "severity = ");
        let error =
            Catalogue::from_files([("rules/ENC/ENC999.toml", bad.as_str())]).expect_err("invalid");
        assert!(error.0[0].line == 5, "{error}");
    }

    #[test]
    fn unknown_keys_are_refused() {
        let bad = format!("{GOOD}colour = \"red\"\n");
        let error =
            Catalogue::from_files([("rules/ENC/ENC999.toml", bad.as_str())]).expect_err("invalid");
        assert!(error.to_string().contains("colour"), "{error}");
    }
}
