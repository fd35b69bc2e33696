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
            "confidence": round(assessment.confidence),
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
            "confidence": round(finding.confidence),
            "questions": finding.questions,
            "fingerprint": finding.fingerprint,
    })
}

/// Two decimals are enough for a score and keep reports stable across platforms.
pub(crate) fn round(value: f32) -> f64 {
    (f64::from(value) * 100.0).round() / 100.0
}

/// Writes the JSON report one document at a time, so a whole corpus never sits in memory; the bytes are
/// the same as `json_report` printed with `serde_json::to_writer_pretty` and a final newline.
#[derive(Debug, Default)]
pub struct JsonStream {
    documents: usize,
}

/// Where the documents go in the pretty-printed skeleton.
const DOCUMENTS_SLOT: &str = "\"documents\": []";

/// The report without documents, pretty-printed, split around the documents array.
fn skeleton(errors: &[InputError]) -> std::io::Result<(String, String)> {
    let text = serde_json::to_string_pretty(&json_report(&[], errors))?;
    let at = text
        .find(DOCUMENTS_SLOT)
        .ok_or_else(|| std::io::Error::other("JSON skeleton has no documents array"))?;
    Ok((
        text[..at].to_string(),
        text[at + DOCUMENTS_SLOT.len()..].to_string(),
    ))
}

impl JsonStream {
    /// Starts the report.
    pub fn start(out: &mut impl std::io::Write) -> std::io::Result<JsonStream> {
        let (head, _) = skeleton(&[])?;
        out.write_all(head.as_bytes())?;
        out.write_all(b"\"documents\": [")?;
        Ok(JsonStream { documents: 0 })
    }

    /// Adds one document.
    pub fn document(
        &mut self,
        out: &mut impl std::io::Write,
        result: &DocumentResult,
    ) -> std::io::Result<()> {
        let text = serde_json::to_string_pretty(&document(result))?;
        out.write_all(if self.documents == 0 { b"\n" } else { b",\n" })?;
        // JSON strings hold no raw newlines, so indenting line by line is safe.
        for (index, line) in text.lines().enumerate() {
            if index > 0 {
                out.write_all(b"\n")?;
            }
            out.write_all(b"    ")?;
            out.write_all(line.as_bytes())?;
        }
        self.documents += 1;
        Ok(())
    }

    /// Ends the report with the input errors.
    pub fn finish(
        self,
        out: &mut impl std::io::Write,
        errors: &[InputError],
    ) -> std::io::Result<()> {
        let (_, tail) = skeleton(errors)?;
        if self.documents > 0 {
            out.write_all(b"\n  ")?;
        }
        out.write_all(b"]")?;
        out.write_all(tail.as_bytes())?;
        out.write_all(b"\n")
    }
}
