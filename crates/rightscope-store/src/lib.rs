//! The rightscope store: documents, revisions, findings, assessments, lifecycle events, watchlists,
//! ingest jobs, and reviews with their accounts and audit log, in SQLite (an embedded file in a data
//! directory, the default) or PostgreSQL (shared by several machines).
//!
//! The same runtime-checked queries run on both backends; schemas are embedded migrations applied on
//! open. Every batch of revisions is written in one transaction keyed by the sha256 of the original
//! bytes, so re-ingesting is idempotent and a killed process never leaves half a revision behind.
//! The API is async on the caller's tokio runtime; the crate prints nothing.

/// Runs `$body` once per backend with `$pool` bound to that backend's pool and `$sqlite` a `bool`
/// constant saying which one it is; the body is compiled for each, so the same query code serves both.
macro_rules! dispatch {
    ($store:expr, $pool:ident, $sqlite:ident => $body:block) => {
        match &$store.pool {
            $crate::store::Pool::Sqlite($pool) => {
                #[allow(dead_code)]
                const $sqlite: bool = true;
                $body
            }
            $crate::store::Pool::Postgres($pool) => {
                #[allow(dead_code)]
                const $sqlite: bool = false;
                $body
            }
        }
    };
}

mod dates;
mod error;
mod jobs;
mod model;
mod outcomes;
mod read;
mod refs;
mod reviews;
mod store;
#[cfg(feature = "testing")]
pub mod testing;
mod trends;
mod watch;
mod write;

pub use dates::{normalise_date, now, timestamp};
pub use error::{redact_url, StoreError};
pub use jobs::{IngestJob, JobState};
pub use model::{
    sdo_name, AssessmentRecord, Counts, DocumentFacts, DocumentKind, DocumentRecord, DocumentView,
    EventKind, FindingRecord, IndexRecord, IngestErrorRecord, NewAssessment, NewEvent, NewFinding,
    NewRelation, NewRevision, PutSummary, RelationKind, RelationRecord, RevisionRecord,
    StoredSection, TimelineEntry,
};
pub use outcomes::{
    compute_outcomes, OutcomeGroup, OutcomeGrouping, OutcomeReport, OutcomeYear, RevisionCounts,
};
pub use read::{
    DocumentFilter, DocumentListItem, DocumentPage, FamilyTally, FeedScope, RevisionStream,
    RiskyRevision,
};
pub use refs::{
    name_candidates, IncomingReference, InheritedRisk, NewConsideration, NewReference,
    OutgoingReference, RefsReport, INHERIT_DEPTH,
};
pub use reviews::{
    AnswerRecord, Audit, AuditRecord, ChainHasher, EvidenceRecord, MemberRecord, NewAudit,
    NewEvidence, NewLoginAttempt, NewReview, NewUser, ReviewRecord, SessionRecord, UserRecord,
    AUDIT_GENESIS,
};
pub use store::{Backend, Location, Store, StoreOptions};
pub use trends::{
    trend_families, trends_csv, ConsiderationCount, TrendGroup, TrendRow, TrendsReport,
    CONSIDERATION_KINDS, POLARITIES, TREND_VERDICTS,
};
pub use watch::{FeedItems, LastCallItem, NewRevisionItem, RiskFindingItem, WatchQuery, Watchlist};
