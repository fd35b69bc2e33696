//! Placeholder.
use crate::error::DocError;
use crate::limits::Limits;
use crate::model::{Document, SourceInfo};

/// Strip.
pub fn strip_pagination(text: &str) -> String { text.to_string() }

/// Reads text.
pub fn parse(_bytes: &[u8], _source: SourceInfo, _limits: &Limits) -> Result<Document, DocError> {
    Err(DocError::Empty)
}
