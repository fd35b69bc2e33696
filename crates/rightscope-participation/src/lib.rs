//! Participation analytics for standards mailing lists: archives (mbox, MMDF, LISTSERV, Pipermail,
//! IETF mailarchive files) → aggregate, pseudonymous, k-anonymous metrics.
//!
//! Privacy by construction: addresses and names are replaced by keyed hashes as soon as a message is
//! parsed; every figure is a [`Suppressed`] value that reads "< 5" when fewer than [`K`] people are
//! behind it; no output lists individuals. Stakeholder group, organisation and region come only from
//! the sender's mail domain (an editable table) or a consented self-report — gender, ethnicity or
//! nationality are never inferred from names.

pub mod analysis;
pub mod classify;
pub mod disclosure;
pub mod error;
pub mod files;
pub mod identity;
pub mod parse;
pub mod privacy;
pub mod reader;
pub mod report;
pub mod stats;
pub mod synth;

pub use analysis::{Analysis, ListData, ReadOptions};
pub use classify::{Classification, ClassificationSource, Classifier, StakeholderGroup};
pub use error::{ParticipationError, Result};
pub use files::{archive_files, list_name};
pub use identity::{default_data_dir, PseudonymKey};
pub use parse::SkipReason;
pub use privacy::{Suppressed, K, SUPPRESSED_TEXT};
pub use reader::{detect_format, ArchiveFormat};
pub use report::{ParticipationReport, Period, ReadSummary};
