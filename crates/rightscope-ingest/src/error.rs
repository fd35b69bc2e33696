//! Errors that stop a whole ingest (a bad single document never does: it is recorded and counted).

use std::path::PathBuf;

use rightscope_store::StoreError;

/// Why an ingest could not run or finish.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The store failed; the message names its location (passwords redacted).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A path given as a source does not exist or cannot be read.
    #[error("{}: {message}", path.display())]
    Input {
        /// The path as given.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// The built-in rule catalogue or engine could not be loaded.
    #[error("the rule engine could not be built: {0}")]
    Rules(String),
    /// The Datatracker could not be read; the message names the URL.
    #[error(transparent)]
    Datatracker(#[from] crate::datatracker::DatatrackerError),
    /// Worker threads could not be started or stopped unexpectedly.
    #[error("ingest workers failed: {0}")]
    Workers(String),
}
