//! Why a document could not be read.

use thiserror::Error;

use crate::model::Format;

/// A document that could not be read, with the reason in words a user can act on.
///
/// The path is not part of the error: callers know which file they passed and put it in front.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DocError {
    /// The input has no bytes at all.
    #[error("the file is empty")]
    Empty,
    /// The input is larger than the configured limit.
    #[error(
        "the file is {size} bytes, over the limit of {limit} bytes (raise it with --max-size)"
    )]
    TooLarge {
        /// Size of the input.
        size: u64,
        /// The limit in force.
        limit: u64,
    },
    /// The content is not text in any format rightscope reads.
    #[error("this is not a standards document rightscope can read: {reason}")]
    Unrecognised {
        /// What gave it away.
        reason: String,
    },
    /// The content looks like a known format but is malformed.
    #[error("malformed {format} document: {reason}")]
    Malformed {
        /// The detected format.
        format: Format,
        /// What is wrong, with a position where the parser gave one.
        reason: String,
    },
    /// The document uses a feature refused for safety (external entities, excessive nesting…).
    #[error("refused {format} document: {reason}")]
    Refused {
        /// The detected format.
        format: Format,
        /// Which safety limit was hit.
        reason: String,
    },
    /// The format is known but support for it was not compiled in.
    #[error(
        "{format} support is not built into this rightscope (enable the cargo feature `{feature}`)"
    )]
    FeatureDisabled {
        /// The detected format.
        format: Format,
        /// The cargo feature that adds it.
        feature: &'static str,
    },
}
