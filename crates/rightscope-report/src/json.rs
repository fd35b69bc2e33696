//! The stable, versioned JSON report (DESIGN §2.5).

use rightscope_rules::Finding;
use serde_json::{json, Value};

use crate::result::{DocumentResult, InputError};
use crate::{TOOL_NAME, TOOL_VERSION};

/// Version of the JSON layout; bumped on any incompatible change.
pub const JSON_VERSION: u32 = 1;

/// The whole JSON report.
pub fn json_report(documents: &[DocumentResult], errors: &[InputError]) -> Value {
    json!({
        "version": JSON_VERSION,
        "tool": { "name": TOOL_NAME, "version": TOOL_VERSION },
        "documents": documents.iter().map(document).collect::<Vec<_>>(),
        "errors": errors.iter().map(|error| json!({ "path": error.path, "message": error.message })).collect::<Vec<_>>(),
    })
}

fn document(result: &DocumentResult) -> Value {
    json!({
        "path": result.path,
        "name": result.name,
        "rev": result.rev,
        "title": result.title,
        "format": result.format,
        "assessment": result.assessments.iter().map(|assessment| json!({
            "family": assessment.family.as_str(),
            "verdict": assessment.verdict.as_str(),
            "score": round(assessment.score),
            "findings": assessment.findings,
        })).collect::<Vec<_>>(),
        "findings": result.findings.iter().map(finding_json).collect::<Vec<_>>(),
    })
}

/// One finding as the JSON reports show it.
pub(crate) fn finding_json(finding: &Finding) -> Value {
    json!({
            "code": finding.code,
            "name": finding.name,
            "family": finding.family.as_str(),
            "polarity": finding.polarity.as_str(),
            "severity": finding.severity.as_str(),
            "message": finding.message,
            "span": { "start": finding.span.start, "end": finding.span.end },
            "line": finding.line,
            "column": finding.column,
            "end_line": finding.end_line,
            "end_column": finding.end_column,
            "section": finding.section,
            "strength": finding.strength.as_str(),
            "negated": finding.negated,
            "questions": finding.questions,
            "fingerprint": finding.fingerprint,
    })
}

/// Two decimals are enough for a score and keep reports stable across platforms.
pub(crate) fn round(value: f32) -> f64 {
    (f64::from(value) * 100.0).round() / 100.0
}
