//! RFC 9620 human-rights reviews of standards documents: accounts and sessions, roles and the
//! authorisation function, questionnaires as data, the review workflow pre-filled from findings,
//! evidence spans carried across revisions, exports, and the tamper-evident audit trail.
//!
//! The library prints nothing and never exits; it works on a [`rightscope_store::Store`]. The web
//! (sessions in cookies, CSRF in forms) and the command line are thin layers over it.

pub mod accounts;
pub mod audit;
mod error;
pub mod export;
pub mod password;
pub mod questionnaire;
pub mod review;
pub mod roles;
pub mod secrets;
pub mod span;

pub use accounts::{CurrentSession, NewSession, Policy};
pub use audit::{verify_chain, Actor, BrokenChain, ChainSummary};
pub use error::ReviewError;
pub use export::{build_export, ReviewExport};
pub use questionnaire::{Question, Questionnaire};
pub use review::{AnswerStatus, ReviewState, StartReview};
pub use roles::{can, Action, MemberRole, ReviewAccess, Role, User, Visibility};
pub use span::{carry_forward, occurrences, Carried, Occurrences};

/// Checks the store's whole audit log; see [`verify_chain`].
pub async fn verify_store_chain(
    store: &rightscope_store::Store,
) -> Result<Result<ChainSummary, BrokenChain>, ReviewError> {
    Ok(verify_chain(&store.audit_log().await?))
}
