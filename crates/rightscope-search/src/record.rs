//! The plain records callers index: one per revision and one per finding.
//!
//! They are deliberately independent of the store and rules crates so the index can be fed from
//! either (or from fixtures) without a dependency cycle.

use serde::{Deserialize, Serialize};

/// One revision of a standards document, with the per-family verdicts of its assessment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RevisionRecord {
    /// Unique revision key: `rfc8890`, `draft-foo-bar-03`.
    pub key: String,
    /// Document name without revision (`rfc8890`, `draft-foo-bar`).
    pub name: String,
    /// Revision number of a draft (`03`); `None` for RFCs.
    pub rev: Option<String>,
    /// Standards body (`ietf`, `w3c`).
    pub sdo: String,
    /// Document kind (`rfc`, `draft`, `w3c-tr`).
    pub kind: String,
    /// Title.
    pub title: String,
    /// Abstract.
    pub abstract_text: String,
    /// Titles of all sections.
    pub section_titles: Vec<String>,
    /// Full plain text.
    pub body: String,
    /// Status (`Proposed Standard`, `Informational`, `Active Internet-Draft`).
    pub status: Option<String>,
    /// Working group acronym (`tls`).
    pub wg: Option<String>,
    /// Stream (`IETF`, `IAB`, `IRTF`, `Independent`).
    pub stream: Option<String>,
    /// Publication year.
    pub year: Option<i32>,
    /// RFC number, for RFCs.
    pub rfc_number: Option<u32>,
    /// Verdict per family, e.g. `("SURV", "creates")`.
    pub verdicts: Vec<(String, String)>,
}

/// One finding of a revision: a rule firing on one sentence.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FindingRecord {
    /// Key of the revision it belongs to.
    pub key: String,
    /// Rule code (`LI001`).
    pub code: String,
    /// Family (`LI`).
    pub family: String,
    /// Polarity after context (`risk`, `mitigation`, `context`).
    pub polarity: String,
    /// Verdict of the finding's family for its revision (`creates`).
    pub verdict: String,
    /// The sentence the rule fired on.
    pub sentence: String,
    /// Title of the section it is in.
    pub section: Option<String>,
}
