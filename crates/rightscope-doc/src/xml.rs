//! Placeholder: the xml reader is being written.

use crate::error::DocError;
use crate::limits::Limits;
use crate::model::{Document, Format, SourceInfo};

/// Reads a xml document.
pub fn parse(_bytes: &[u8], _source: SourceInfo, _limits: &Limits) -> Result<Document, DocError> {
    Err(DocError::Malformed {
        format: Format::RfcXml,
        reason: "reader not written yet".into(),
    })
}
