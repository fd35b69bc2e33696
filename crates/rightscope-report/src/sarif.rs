//! SARIF 2.1.0 for GitHub code scanning: rules with their help text, results with 1-based regions and
//! partial fingerprints, and inputs that could not be read as tool execution notifications.

use serde_json::{json, Value};

use rightscope_rules::{Catalogue, Polarity, Rule, Severity};

use crate::json::round;
use crate::result::{DocumentResult, InputError};
use crate::{TOOL_NAME, TOOL_VERSION};

/// GitHub code scanning accepts at most this many results per run.
pub const SARIF_MAX_RESULTS: usize = 25_000;

fn level(severity: Severity, polarity: Polarity) -> &'static str {
    match (polarity, severity) {
        (Polarity::Risk, Severity::Error) => "error",
        (Polarity::Risk, Severity::Warning) => "warning",
        _ => "note",
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn rule_descriptor(rule: &Rule) -> Value {
    let markdown = format!(
        "**{}** ({})\n\n{}\n\n**Why it matters.** {}\n\n**What to do.** {}\n\n**Example.** {}\n\n**RFC 9620 questions:** {}\n\n**References:** {}",
        rule.code,
        rule.family.title(),
        one_line(&rule.summary),
        one_line(&rule.why),
        one_line(&rule.fix),
        one_line(&rule.example),
        rule.questions.join(", "),
        rule.references.join("; "),
    );
    let mut tags = vec![
        rule.family.as_str().to_string(),
        format!("polarity:{}", rule.polarity.as_str()),
    ];
    tags.extend(rule.questions.iter().cloned());
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": { "text": one_line(&rule.summary) },
        "fullDescription": { "text": one_line(&rule.why) },
        "help": { "text": one_line(&rule.fix), "markdown": markdown },
        "defaultConfiguration": { "level": level(rule.severity, rule.polarity) },
        "properties": { "tags": tags, "precision": "medium" },
    })
}

/// Turns a path as given on the command line into a SARIF artifact URI (forward slashes, no `./`).
fn artifact_uri(path: &str) -> String {
    let uri = path.replace('\\', "/");
    let uri = uri.strip_prefix("./").unwrap_or(&uri);
    uri.replace(' ', "%20")
}

/// The whole SARIF log.
pub fn sarif_report(
    catalogue: &Catalogue,
    results: &[DocumentResult],
    errors: &[InputError],
) -> Value {
    let rules: Vec<&Rule> = catalogue.rules().collect();
    let index_of = |code: &str| rules.iter().position(|rule| rule.code == code);
    let mut sarif_results = Vec::new();
    let mut truncated = 0usize;
    for result in results {
        for finding in &result.findings {
            if finding.polarity == Polarity::Context {
                continue;
            }
            if sarif_results.len() >= SARIF_MAX_RESULTS {
                truncated += 1;
                continue;
            }
            let mut value = json!({
                "ruleId": finding.code,
                "level": level(finding.severity, finding.polarity),
                "message": { "text": format!("{} ({})", finding.message, finding.polarity.as_str()) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": artifact_uri(&result.path) },
                        "region": {
                            "startLine": finding.line.max(1),
                            "startColumn": finding.column.max(1),
                            "endLine": finding.end_line.max(finding.line).max(1),
                            "endColumn": finding.end_column.max(1),
                        }
                    }
                }],
                "partialFingerprints": { "rightscopeFingerprint/v1": finding.fingerprint },
                // SARIF's rank is 0-100: how much a result deserves attention; here, its confidence.
                "rank": (round(finding.confidence) * 100.0).round(),
                "properties": {
                    "confidence": round(finding.confidence),
                    "family": finding.family.as_str(),
                    "polarity": finding.polarity.as_str(),
                    "strength": finding.strength.as_str(),
                    "negated": finding.negated,
                },
            });
            if let (Some(index), Some(object)) = (index_of(&finding.code), value.as_object_mut()) {
                object.insert("ruleIndex".into(), json!(index));
            }
            sarif_results.push(value);
        }
    }
    let mut notifications: Vec<Value> = errors
        .iter()
        .map(|error| {
            json!({
                "level": "error",
                "message": { "text": format!("{}: {}", error.path, error.message) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": artifact_uri(&error.path) } } }],
            })
        })
        .collect();
    if truncated > 0 {
        notifications.push(json!({
            "level": "warning",
            "message": { "text": format!("{truncated} results were left out: GitHub code scanning accepts at most {SARIF_MAX_RESULTS} per run") },
        }));
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": TOOL_NAME,
                    "semanticVersion": TOOL_VERSION,
                    "version": TOOL_VERSION,
                    "rules": rules.iter().map(|rule| rule_descriptor(rule)).collect::<Vec<_>>(),
                }
            },
            "invocations": [{
                "executionSuccessful": errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": sarif_results,
            "columnKind": "unicodeCodePoints",
        }]
    })
}
