//! What a check of one document produced, without the document text, so many can be kept for a report.

use rightscope_doc::Document;
use rightscope_rules::{Assessment, CheckResult, Finding, Polarity, Severity};
use serde::Serialize;

/// The outcome of checking one document.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentResult {
    /// The input path as given.
    pub path: String,
    /// Document name (`rfc3924`, `draft-ietf-foo`).
    pub name: Option<String>,
    /// Revision, for drafts.
    pub rev: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Detected format.
    pub format: &'static str,
    /// Findings in document order.
    pub findings: Vec<Finding>,
    /// One assessment per family.
    pub assessments: Vec<Assessment>,
}

impl DocumentResult {
    /// Keeps what a report needs from a checked document.
    pub fn new(document: &Document, result: CheckResult) -> DocumentResult {
        DocumentResult {
            path: document.source.path.clone(),
            name: document.meta.name.clone(),
            rev: document.meta.rev.clone(),
            title: document.meta.title.clone(),
            format: document.source.format.as_str(),
            findings: result.findings,
            assessments: result.assessments,
        }
    }

    /// Risk findings at or above a severity: what makes `check` exit 1.
    pub fn failing(&self, threshold: Severity) -> usize {
        self.findings
            .iter()
            .filter(|finding| finding.polarity == Polarity::Risk && finding.severity >= threshold)
            .count()
    }

    /// A label for people: `rfc3924`, `draft-ietf-foo-03` or the path.
    pub fn label(&self) -> String {
        match (&self.name, &self.rev) {
            (Some(name), Some(rev)) => format!("{name}-{rev}"),
            (Some(name), None) => name.clone(),
            _ => self.path.clone(),
        }
    }
}

/// An input that could not be checked.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct InputError {
    /// The input path as given.
    pub path: String,
    /// Why, in plain words.
    pub message: String,
}
