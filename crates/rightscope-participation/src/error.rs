//! Errors of the participation analysis: only whole-input failures; a broken message is never an error.

use std::path::PathBuf;

/// What can stop the analysis of an archive or the loading of a table.
///
/// A single unreadable message is not an error: it is counted with its reason in
/// [`crate::ReadSummary::skipped`] and the other messages are still read.
#[derive(Debug, thiserror::Error)]
pub enum ParticipationError {
    /// Reading the archive or a table failed.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The file being read or written.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The input is not a mail archive in any format this crate reads.
    #[error("{}: not a mail archive (mbox, MMDF, LISTSERV, Pipermail or single message): {reason}", .path.display())]
    UnknownFormat {
        /// The file.
        path: PathBuf,
        /// What the first bytes looked like.
        reason: String,
    },
    /// A CSV table (domains or self-reports) has a bad row.
    #[error("{}:{line}: {reason}", .path.display())]
    Table {
        /// The table file (or `built-in domains.csv`).
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the row.
        reason: String,
    },
    /// The pseudonymisation key file exists but is not a 32-byte key.
    #[error("{}: pseudonymisation key is damaged ({reason}); restore it from backup (deleting it changes every pseudonym)", .path.display())]
    BadKey {
        /// The key file.
        path: PathBuf,
        /// What was wrong.
        reason: String,
    },
}

/// Result alias of this crate.
pub type Result<T> = std::result::Result<T, ParticipationError>;
