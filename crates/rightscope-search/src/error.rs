//! Errors of the search index.

use std::path::PathBuf;

/// Everything that can go wrong opening, building or querying an index.
///
/// A badly written query is never an error: it falls back to plain words and says so in
/// [`crate::SearchResults::warnings`].
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The directory holds no `rightscope-index.json`, so it is not an index (or was never committed).
    #[error("{}: no search index here (missing {})", .dir.display(), crate::manifest::MANIFEST_FILE)]
    Missing {
        /// The index directory.
        dir: PathBuf,
    },
    /// `create` was asked to start an index where one already exists.
    #[error("{}: a search index already exists here", .dir.display())]
    AlreadyExists {
        /// The index directory.
        dir: PathBuf,
    },
    /// The index was written by another schema version and must be rebuilt.
    #[error("{}: index schema version {found}, this build needs {expected}; rebuild the index", .dir.display())]
    SchemaVersion {
        /// The index directory.
        dir: PathBuf,
        /// Version found in the manifest.
        found: u32,
        /// Version this build writes.
        expected: u32,
    },
    /// The manifest or the tantivy files are damaged; rebuilding fixes it.
    #[error("{}: search index is damaged ({reason}); rebuild the index", .dir.display())]
    Corrupt {
        /// The index directory.
        dir: PathBuf,
        /// What was wrong.
        reason: String,
    },
    /// A file-system operation failed.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The file or directory involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// tantivy reported an error while indexing or searching.
    #[error("search engine: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// The caller's code passed to [`crate::SearchIndex::rebuild`] failed.
    #[error("filling the index failed: {0}")]
    Fill(String),
}

impl SearchError {
    /// Wraps an I/O error with the path it concerns.
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> SearchError {
        SearchError::Io {
            path: path.into(),
            source,
        }
    }
}

/// Result type of this crate.
pub type Result<T, E = SearchError> = std::result::Result<T, E>;
