//! `rightscope.toml`: which rules run, per-path ignores, severity overrides and the failure threshold.
//!
//! ```toml
//! select = ["LI", "SURV", "ENC001"]   # families or codes (default: all)
//! ignore = ["A11Y003"]
//! fail-on = "warning"                 # info | warning | error | never
//!
//! [per-path-ignores]
//! "drafts/old-*.txt" = ["ENC"]
//!
//! [severity]
//! LI001 = "warning"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use globset::{Glob, GlobMatcher};
use rightscope_rules::{Catalogue, Family, Rule, Severity};
use serde::Deserialize;

/// File name looked for in the current directory and its parents.
pub const CONFIG_FILE: &str = "rightscope.toml";

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    #[serde(default)]
    select: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    fail_on: Option<String>,
    #[serde(default)]
    per_path_ignores: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    severity: BTreeMap<String, String>,
}

/// When `check` exits with status 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// On risk findings at or above this severity.
    Severity(Severity),
    /// Never (report only).
    Never,
}

impl FailOn {
    /// Parses `info`, `warning`, `error` or `never`.
    pub fn parse(text: &str) -> Option<FailOn> {
        if text.eq_ignore_ascii_case("never") {
            return Some(FailOn::Never);
        }
        Severity::from_name(text).map(FailOn::Severity)
    }
}

/// The effective configuration of a run.
#[derive(Debug)]
pub struct Config {
    /// Families or codes selected (empty: all).
    pub select: Vec<String>,
    /// Families or codes ignored.
    pub ignore: Vec<String>,
    /// Failure threshold.
    pub fail_on: FailOn,
    /// Path globs and the codes or families ignored under them.
    pub per_path_ignores: Vec<(GlobMatcher, Vec<String>)>,
    /// Severity overrides by code.
    pub severity: BTreeMap<String, Severity>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            select: Vec::new(),
            ignore: Vec::new(),
            fail_on: FailOn::Severity(Severity::Warning),
            per_path_ignores: Vec::new(),
            severity: BTreeMap::new(),
        }
    }
}

/// Whether `selector` (a family or a code, case-insensitive) names the rule.
pub fn selects(selector: &str, rule: &Rule) -> bool {
    rule.code.eq_ignore_ascii_case(selector)
        || rule.name.eq_ignore_ascii_case(selector)
        || Family::from_code(selector) == Some(rule.family)
}

/// Whether `selector` names a finding's code or family.
pub fn selects_code(selector: &str, code: &str, family: Family) -> bool {
    code.eq_ignore_ascii_case(selector) || Family::from_code(selector) == Some(family)
}

/// Finds `rightscope.toml` in `start` or its parents.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(CONFIG_FILE))
        .find(|candidate| candidate.is_file())
}

/// A value from the file as shown in an error: escaped (no control or bidi characters reach the
/// terminal), at most 40 characters.
fn shown(text: &str) -> String {
    rightscope_rules::escaped(text, 40)
}

/// A message from a parser, escaped like [`shown`]; past 300 characters only its start and end
/// are kept (serde quotes the offending value, which may be megabytes, before saying what was
/// expected).
fn shown_line(text: &str) -> String {
    let count = text.chars().count();
    if count <= 300 {
        return rightscope_rules::escaped(text, 300);
    }
    let head: String = text.chars().take(150).collect();
    let tail: String = text.chars().skip(count - 100).collect();
    format!(
        "{} … {}",
        rightscope_rules::escaped(&head, 150),
        rightscope_rules::escaped(&tail, 100)
    )
}

/// The file as UTF-8 text (a UTF-8 byte order mark is dropped); UTF-16 and invalid UTF-8 are
/// errors naming the file and line.
pub fn read_text(path: &Path) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        bail!(
            "{}: it is UTF-16 (byte order mark at the start); convert it to UTF-8",
            path.display()
        );
    }
    let text = String::from_utf8(bytes).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        let line = error.as_bytes()[..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        anyhow::anyhow!("{}:{line}: not valid UTF-8 (byte {at})", path.display())
    })?;
    Ok(match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Line of `key` in a TOML source, for error messages.
fn line_of_key(source: &str, key: &str) -> usize {
    source
        .lines()
        .position(|line| line.contains(key))
        .map_or(1, |index| index + 1)
}

impl Config {
    /// Loads a configuration file, checking every key and rule code against the catalogue.
    pub fn load(path: &Path, catalogue: &Catalogue) -> anyhow::Result<Config> {
        let source = read_text(path)?;
        let raw: RawConfig = toml::from_str(&source).map_err(|error| {
            let line = error.span().map_or(1, |span| {
                source.as_bytes()[..span.start.min(source.len())]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1
            });
            let message = shown_line(&error.message().trim().replace('\n', " "));
            anyhow::anyhow!("{}:{line}: {message}", path.display())
        })?;
        let mut config = Config::default();
        let check_selectors = |key: &str, selectors: &[String]| -> anyhow::Result<()> {
            for selector in selectors {
                if !catalogue.rules().any(|rule| selects(selector, rule)) {
                    bail!(
                        "{}:{}: {key}: `{}` is neither a rule code nor a family",
                        path.display(),
                        line_of_key(&source, selector),
                        shown(selector)
                    );
                }
            }
            Ok(())
        };
        check_selectors("select", &raw.select)?;
        check_selectors("ignore", &raw.ignore)?;
        config.select = raw.select;
        config.ignore = raw.ignore;
        if let Some(fail_on) = raw.fail_on {
            config.fail_on = FailOn::parse(&fail_on).ok_or_else(|| {
                anyhow::anyhow!(
                    "{}:{}: fail-on: `{}` must be info, warning, error or never",
                    path.display(),
                    line_of_key(&source, "fail-on"),
                    shown(&fail_on)
                )
            })?;
        }
        for (pattern, selectors) in raw.per_path_ignores {
            check_selectors("per-path-ignores", &selectors)?;
            let glob = Glob::new(&pattern).map_err(|error| {
                anyhow::anyhow!(
                    "{}:{}: per-path-ignores: bad glob `{}`: {}",
                    path.display(),
                    line_of_key(&source, &pattern),
                    shown(&pattern),
                    shown_line(&error.kind().to_string())
                )
            })?;
            config
                .per_path_ignores
                .push((glob.compile_matcher(), selectors));
        }
        for (code, severity) in raw.severity {
            if catalogue.get(&code).is_none() {
                bail!(
                    "{}:{}: severity: `{}` is not a rule code",
                    path.display(),
                    line_of_key(&source, &code),
                    shown(&code)
                );
            }
            let parsed = Severity::from_name(&severity).ok_or_else(|| {
                anyhow::anyhow!(
                    "{}:{}: severity.{code}: `{}` must be info, warning or error",
                    path.display(),
                    line_of_key(&source, &code),
                    shown(&severity)
                )
            })?;
            config.severity.insert(code.to_ascii_uppercase(), parsed);
        }
        Ok(config)
    }

    /// Whether a finding of `code`/`family` in `path` is ignored by a per-path rule.
    pub fn ignored_at(&self, path: &Path, code: &str, family: Family) -> bool {
        let relative = path.strip_prefix("./").unwrap_or(path);
        self.per_path_ignores.iter().any(|(glob, selectors)| {
            glob.is_match(relative)
                && selectors
                    .iter()
                    .any(|selector| selects_code(selector, code, family))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        Catalogue::builtin().expect("builtin catalogue")
    }

    fn write(name: &str, text: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("rightscope-config-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let path = dir.join(CONFIG_FILE);
        std::fs::write(&path, text).expect("write");
        path
    }

    #[test]
    fn a_full_config_loads() {
        let path = write(
            "good",
            "select = [\"LI\"]\nignore = [\"LI001\"]\nfail-on = \"error\"\n[per-path-ignores]\n\"old/*.txt\" = [\"LI\"]\n[severity]\nLI001 = \"info\"\n",
        );
        let config = Config::load(&path, &catalogue()).expect("loads");
        assert_eq!(config.fail_on, FailOn::Severity(Severity::Error));
        assert!(config.ignored_at(Path::new("old/a.txt"), "LI001", Family::LI));
        assert!(!config.ignored_at(Path::new("new/a.txt"), "LI001", Family::LI));
        assert_eq!(config.severity.get("LI001"), Some(&Severity::Info));
    }

    #[test]
    fn errors_name_the_file_line_and_key() {
        let path = write("bad-key", "select = [\"LI\"]\ncolour = \"red\"\n");
        let error = Config::load(&path, &catalogue())
            .expect_err("unknown key")
            .to_string();
        assert!(
            error.contains("rightscope.toml:2") && error.contains("colour"),
            "{error}"
        );

        let path = write("bad-code", "ignore = [\"NOPE999\"]\n");
        let error = Config::load(&path, &catalogue())
            .expect_err("unknown code")
            .to_string();
        assert!(
            error.contains("rightscope.toml:1: ignore: `NOPE999`"),
            "{error}"
        );

        let path = write("bad-fail", "fail-on = \"sometimes\"\n");
        let error = Config::load(&path, &catalogue())
            .expect_err("bad value")
            .to_string();
        assert!(error.contains("rightscope.toml:1: fail-on"), "{error}");
    }
}
