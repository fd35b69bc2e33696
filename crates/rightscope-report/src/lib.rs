//! Renders what `rightscope check` found — findings and per-family assessments — for people (text,
//! Markdown) and for machines (JSON, SARIF 2.1.0 for GitHub code scanning).
//!
//! Renderers write into any `std::io::Write` or return values; they never print or exit.

mod diff;
mod json;
mod markdown;
mod questions;
mod result;
mod sarif;
mod text;

pub use diff::{diff_json, diff_markdown, document_label, write_diff_text, DiffOptions};
pub use json::{json_report, JsonStream, JSON_VERSION};
pub use markdown::markdown_report;
pub use questions::{rfc9620_question, Question, RFC9620_QUESTIONS};
pub use result::{DocumentResult, InputError};
pub use sarif::{sarif_report, SARIF_MAX_RESULTS};
pub use text::{family_sentence, terminal_safe, write_statistics, write_text, TextOptions};

/// The tool's name as reports show it.
pub const TOOL_NAME: &str = "rightscope";
/// The tool's version as reports show it.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");
