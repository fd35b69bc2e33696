//! Inline suppressions and baselines.
//!
//! Inline: `rightscope: ignore[CODE, CODE] reason` in a comment of the source format (`<!-- … -->` in
//! XML, HTML and Markdown; anywhere on a line of plain text) silences those codes (or families) on the
//! same line and the next; `rightscope: ignore-file[CODE]` silences them in the whole file. The reason is
//! required so the decision stays accountable.
//!
//! Baseline: a JSON report of an earlier run; findings with the same code and fingerprint are not new.

use std::collections::HashSet;
use std::path::Path;

use anyhow::Context;
use rightscope_rules::Finding;

use crate::config::selects_code;

/// Suppressions found in one source file.
#[derive(Debug, Default)]
pub struct Suppressions {
    /// (1-based line, selectors): silences findings on that line and the next.
    lines: Vec<(u32, Vec<String>)>,
    /// Selectors silenced in the whole file.
    file: Vec<String>,
    /// Directives without a reason, reported as warnings.
    pub missing_reason: Vec<u32>,
}

impl Suppressions {
    /// Scans the original source text for directives.
    pub fn scan(source: &str) -> Suppressions {
        let mut suppressions = Suppressions::default();
        for (index, line) in source.lines().enumerate() {
            let Some(at) = line.find("rightscope:") else {
                continue;
            };
            let rest = line[at + "rightscope:".len()..].trim_start();
            let (whole_file, rest) = if let Some(rest) = rest.strip_prefix("ignore-file[") {
                (true, rest)
            } else if let Some(rest) = rest.strip_prefix("ignore[") {
                (false, rest)
            } else {
                continue;
            };
            let Some(close) = rest.find(']') else {
                continue;
            };
            let selectors: Vec<String> = rest[..close]
                .split(',')
                .map(|selector| selector.trim().to_string())
                .filter(|selector| !selector.is_empty())
                .collect();
            let line_number = u32::try_from(index + 1).unwrap_or(u32::MAX);
            let reason = rest[close + 1..].trim().trim_end_matches("-->").trim();
            if reason.is_empty() {
                suppressions.missing_reason.push(line_number);
            }
            if whole_file {
                suppressions.file.extend(selectors);
            } else {
                suppressions.lines.push((line_number, selectors));
            }
        }
        suppressions
    }

    /// Whether a finding is silenced.
    pub fn silences(&self, finding: &Finding) -> bool {
        let matches = |selectors: &[String]| {
            selectors
                .iter()
                .any(|selector| selects_code(selector, &finding.code, finding.family))
        };
        matches(&self.file)
            || self.lines.iter().any(|(line, selectors)| {
                (finding.line == *line || finding.line == line.saturating_add(1))
                    && matches(selectors)
            })
    }
}

/// Findings already known: (code, fingerprint) pairs from an earlier JSON report.
#[derive(Debug, Default)]
pub struct Baseline {
    known: HashSet<(String, String)>,
}

impl Baseline {
    /// Reads a JSON report written by `rightscope check --format json`.
    pub fn load(path: &Path) -> anyhow::Result<Baseline> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read baseline {}", path.display()))?;
        let report: serde_json::Value = serde_json::from_str(&text)
            .with_context(|| format!("{}: not a JSON report", path.display()))?;
        let documents = report
            .get("documents")
            .and_then(|documents| documents.as_array())
            .with_context(|| {
                format!(
                    "{}: no `documents` array; write it with --format json",
                    path.display()
                )
            })?;
        let mut known = HashSet::new();
        for finding in documents
            .iter()
            .filter_map(|document| {
                document
                    .get("findings")
                    .and_then(|findings| findings.as_array())
            })
            .flatten()
        {
            if let (Some(code), Some(fingerprint)) = (
                finding.get("code").and_then(|code| code.as_str()),
                finding
                    .get("fingerprint")
                    .and_then(|fingerprint| fingerprint.as_str()),
            ) {
                known.insert((code.to_string(), fingerprint.to_string()));
            }
        }
        Ok(Baseline { known })
    }

    /// Whether the finding was already in the baseline.
    pub fn contains(&self, finding: &Finding) -> bool {
        self.known
            .contains(&(finding.code.clone(), finding.fingerprint.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_in_comments() {
        let source = "<t>one</t>\n<!-- rightscope: ignore[LI001, SURV] reviewed: historical text -->\n<t>two</t>\n<!-- rightscope: ignore-file[ENC] -->\n";
        let suppressions = Suppressions::scan(source);
        assert_eq!(
            suppressions.lines,
            vec![(2, vec!["LI001".to_string(), "SURV".to_string()])]
        );
        assert_eq!(suppressions.file, vec!["ENC".to_string()]);
        assert_eq!(suppressions.missing_reason, vec![4]);
    }
}
