//! Placeholder: the html reader is being written.

use crate::error::DocError;
use crate::limits::Limits;
use crate::model::{Document, Format, SourceInfo};

/// Reads a html document.
pub fn parse(_bytes: &[u8], _source: SourceInfo, _limits: &Limits) -> Result<Document, DocError> {
    Err(DocError::Malformed {
        format: Format::Html,
        reason: "reader not written yet".into(),
    })
}
