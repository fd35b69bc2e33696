//! Reviews, accounts, sessions, login attempts and the audit log (issue 7): rows in, rows out.
//!
//! The store keeps these as plain rows with text enums (`role`, `state`, `status`…); the meaning —
//! password hashing, throttling, who may do what, the state machine, the chain's hash — lives in
//! `rightscope-review`. Every call that changes something takes an [`Audit`] and appends its entry to
//! `audit_log` in the same transaction, so a change without its audit entry (or the reverse) is never
//! committed.

use serde::Serialize;
use sqlx::Row;

use crate::error::{Failure, StoreError};
use crate::store::Store;
use crate::write::begin_write;

/// The `prev_hash` of the first audit entry: 64 zeros.
pub const AUDIT_GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Account roles the schema accepts.
const USER_ROLES: [&str; 3] = ["admin", "reviewer", "viewer"];
/// Review states the schema accepts, with the column holding the date each was entered.
const REVIEW_STATES: [(&str, &str); 5] = [
    ("draft", "created_at"),
    ("in-review", "in_review_at"),
    ("sent", "sent_at"),
    ("resolved", "resolved_at"),
    ("not-resolved", "not_resolved_at"),
];
/// Review visibilities.
const VISIBILITIES: [&str; 2] = ["public", "private"];
/// Roles inside one review.
const MEMBER_ROLES: [&str; 3] = ["lead", "reviewer", "observer"];
/// Answer statuses.
const ANSWER_STATUSES: [&str; 5] = [
    "concern",
    "no-concern",
    "not-applicable",
    "needs-author-input",
    "unanswered",
];
/// Evidence kinds.
const EVIDENCE_KINDS: [&str; 2] = ["finding", "span"];

/// An account to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    /// Login name, unique; never shown to other people.
    pub login: String,
    /// The pseudonymous name shown to others.
    pub display_name: String,
    /// An argon2id PHC string.
    pub password_hash: String,
    /// `admin`, `reviewer` or `viewer`.
    pub role: String,
    /// When it was created.
    pub created_at: String,
}

/// A stored account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserRecord {
    /// Row id.
    pub id: i64,
    /// Login name.
    pub login: String,
    /// The pseudonymous name shown to others.
    pub display_name: String,
    /// The argon2id PHC string (never serialised).
    #[serde(skip)]
    pub password_hash: String,
    /// `admin`, `reviewer` or `viewer`.
    pub role: String,
    /// Whether the account may no longer log in.
    pub disabled: bool,
    /// When it was created.
    pub created_at: String,
}

/// A stored session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// SHA-256 (hex) of the session token.
    pub id: String,
    /// The account.
    pub user_id: i64,
    /// The CSRF token of forms in this session.
    pub csrf_token: String,
    /// When it was created.
    pub created_at: String,
    /// When it stops being valid.
    pub expires_at: String,
}

/// A login attempt, for throttling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLoginAttempt {
    /// The login that was tried (whether or not it exists).
    pub login: String,
    /// The client address.
    pub client: String,
    /// Whether the password was right.
    pub success: bool,
    /// When.
    pub at: String,
}

/// An answer as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerRecord {
    /// Review row id.
    pub review_id: i64,
    /// Question id (`privacy`).
    pub question: String,
    /// Position of the question in its questionnaire, from 0.
    pub position: i64,
    /// `concern`, `no-concern`, `not-applicable`, `needs-author-input` or `unanswered`.
    pub status: String,
    /// Free text.
    pub text: String,
    /// Who last changed it (none for the pre-filled draft).
    pub updated_by: Option<i64>,
    /// When it last changed.
    pub updated_at: String,
}

/// Evidence to attach to a review's question: a finding or a span of a revision's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewEvidence {
    /// Question id.
    pub question: String,
    /// `finding` or `span`.
    pub kind: String,
    /// The finding, for `finding` evidence.
    pub finding_id: Option<i64>,
    /// The revision whose text the range points into.
    pub revision_id: i64,
    /// Byte offset where the quoted passage starts.
    pub byte_start: i64,
    /// Byte offset where it ends.
    pub byte_end: i64,
    /// The passage, as it read.
    pub quoted: String,
    /// The reviewer's note.
    pub note: String,
    /// Who attached it (none for pre-filled evidence).
    pub created_by: Option<i64>,
    /// When.
    pub created_at: String,
}

/// Stored evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceRecord {
    /// Row id.
    pub id: i64,
    /// Review row id.
    pub review_id: i64,
    /// The evidence as it was attached.
    #[serde(flatten)]
    pub evidence: NewEvidence,
}

/// A review to create, with its pre-filled answers and evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReview {
    /// Document name.
    pub document: String,
    /// Revision row id under review.
    pub revision_id: i64,
    /// Questionnaire id (`rfc9620`).
    pub questionnaire: String,
    /// Title.
    pub title: String,
    /// `public` or `private`.
    pub visibility: String,
    /// The account that starts it (becomes its `lead` member).
    pub created_by: i64,
    /// When.
    pub created_at: String,
    /// One answer per question, in order: (question id, status, text).
    pub answers: Vec<(String, String, String)>,
    /// Pre-filled evidence.
    pub evidence: Vec<NewEvidence>,
}

/// A stored review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewRecord {
    /// Row id.
    pub id: i64,
    /// Document name.
    pub document: String,
    /// Revision row id.
    pub revision_id: i64,
    /// Questionnaire id.
    pub questionnaire: String,
    /// Title.
    pub title: String,
    /// `draft`, `in-review`, `sent`, `resolved` or `not-resolved`.
    pub state: String,
    /// `public` or `private`.
    pub visibility: String,
    /// Who started it.
    pub created_by: i64,
    /// When it was started (entered `draft`).
    pub created_at: String,
    /// When it entered `in-review`.
    pub in_review_at: Option<String>,
    /// When it was sent to the authors or working group.
    pub sent_at: Option<String>,
    /// When it was marked resolved.
    pub resolved_at: Option<String>,
    /// When it was marked not resolved.
    pub not_resolved_at: Option<String>,
    /// When anything in it last changed.
    pub updated_at: String,
}

/// A member of a review, with the account's public face.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberRecord {
    /// Review row id.
    pub review_id: i64,
    /// Account row id.
    pub user_id: i64,
    /// `lead`, `reviewer` or `observer`.
    pub role: String,
    /// The account's pseudonymous display name.
    pub display_name: String,
}

/// An audit entry to append; the store assigns `seq` and `prev_hash`, the [`ChainHasher`] the hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAudit {
    /// Who acted: `user:<id>`, or `cli` for the command line.
    pub actor: String,
    /// What was done (`user.add`, `answer.set`…).
    pub action: String,
    /// Canonical JSON text (sorted keys, no spaces): exactly what is hashed and stored.
    pub payload: String,
    /// When.
    pub at: String,
}

/// A stored audit entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditRecord {
    /// Position in the chain, from 1, without gaps.
    pub seq: i64,
    /// The previous entry's hash ([`AUDIT_GENESIS`] for the first).
    pub prev_hash: String,
    /// This entry's hash.
    pub hash: String,
    /// Who acted.
    pub actor: String,
    /// What was done.
    pub action: String,
    /// Canonical JSON payload.
    pub payload: String,
    /// When.
    pub at: String,
}

/// Computes an entry's hash from its seq, the previous hash and its fields (defined by
/// `rightscope-review`, which also verifies the chain).
pub type ChainHasher = fn(seq: i64, prev_hash: &str, entry: &NewAudit) -> String;

/// The audit entry a state-changing call appends, and how to hash it.
#[derive(Debug, Clone, Copy)]
pub struct Audit<'a> {
    /// The entry.
    pub entry: &'a NewAudit,
    /// The chain's hash function.
    pub hasher: ChainHasher,
}

/// Appends an audit entry inside a write transaction; evaluates to `Result<i64 /* seq */, Failure>`.
/// PostgreSQL locks the table first so concurrent writers queue instead of forking the chain; SQLite's
/// `BEGIN IMMEDIATE` already serialises writers.
macro_rules! append_audit {
    ($tx:expr, $audit:expr, $sqlite:expr) => {{
        let audit: Audit<'_> = $audit;
        async {
            if !$sqlite {
                sqlx::query("LOCK TABLE audit_log IN EXCLUSIVE MODE")
                    .execute(&mut *$tx)
                    .await?;
            }
            let last = sqlx::query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                .fetch_optional(&mut *$tx)
                .await?;
            let (seq, prev_hash) = match last {
                Some(row) => (
                    row.try_get::<i64, _>("seq")? + 1,
                    row.try_get::<String, _>("hash")?,
                ),
                None => (1, AUDIT_GENESIS.to_string()),
            };
            let hash = (audit.hasher)(seq, &prev_hash, audit.entry);
            sqlx::query(
                "INSERT INTO audit_log (seq, prev_hash, hash, actor, action, payload, at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(seq)
            .bind(&prev_hash)
            .bind(&hash)
            .bind(&audit.entry.actor)
            .bind(&audit.entry.action)
            .bind(&audit.entry.payload)
            .bind(&audit.entry.at)
            .execute(&mut *$tx)
            .await?;
            Ok::<i64, Failure>(seq)
        }
        .await
    }};
}

/// A [`UserRecord`] from a row with the user columns.
macro_rules! user_record {
    ($row:expr) => {{
        let row = $row;
        (|| -> Result<UserRecord, sqlx::Error> {
            Ok(UserRecord {
                id: row.try_get("id")?,
                login: row.try_get("login")?,
                display_name: row.try_get("display_name")?,
                password_hash: row.try_get("password_hash")?,
                role: row.try_get("role")?,
                disabled: row.try_get("disabled")?,
                created_at: row.try_get("created_at")?,
            })
        })()
    }};
}

macro_rules! user_columns {
    () => {
        "id, login, display_name, password_hash, role, disabled, created_at"
    };
}

/// A [`ReviewRecord`] from a row with the review columns.
macro_rules! review_record {
    ($row:expr) => {{
        let row = $row;
        (|| -> Result<ReviewRecord, sqlx::Error> {
            Ok(ReviewRecord {
                id: row.try_get("id")?,
                document: row.try_get("document")?,
                revision_id: row.try_get("revision_id")?,
                questionnaire: row.try_get("questionnaire")?,
                title: row.try_get("title")?,
                state: row.try_get("state")?,
                visibility: row.try_get("visibility")?,
                created_by: row.try_get("created_by")?,
                created_at: row.try_get("created_at")?,
                in_review_at: row.try_get("in_review_at")?,
                sent_at: row.try_get("sent_at")?,
                resolved_at: row.try_get("resolved_at")?,
                not_resolved_at: row.try_get("not_resolved_at")?,
                updated_at: row.try_get("updated_at")?,
            })
        })()
    }};
}

macro_rules! review_columns {
    () => {
        "id, document, revision_id, questionnaire, title, state, visibility, created_by, created_at, \
         in_review_at, sent_at, resolved_at, not_resolved_at, updated_at"
    };
}

/// An [`EvidenceRecord`] from a row with the evidence columns.
macro_rules! evidence_record {
    ($row:expr) => {{
        let row = $row;
        (|| -> Result<EvidenceRecord, sqlx::Error> {
            Ok(EvidenceRecord {
                id: row.try_get("id")?,
                review_id: row.try_get("review_id")?,
                evidence: NewEvidence {
                    question: row.try_get("question")?,
                    kind: row.try_get("kind")?,
                    finding_id: row.try_get("finding_id")?,
                    revision_id: row.try_get("revision_id")?,
                    byte_start: row.try_get("byte_start")?,
                    byte_end: row.try_get("byte_end")?,
                    quoted: row.try_get("quoted")?,
                    note: row.try_get("note")?,
                    created_by: row.try_get("created_by")?,
                    created_at: row.try_get("created_at")?,
                },
            })
        })()
    }};
}

macro_rules! evidence_columns {
    () => {
        "id, review_id, question, kind, finding_id, revision_id, byte_start, byte_end, quoted, note, \
         created_by, created_at"
    };
}

/// Inserts one evidence row inside a transaction; evaluates to `Result<i64 /* id */, sqlx::Error>`.
macro_rules! insert_evidence {
    ($tx:expr, $review_id:expr, $evidence:expr) => {{
        let evidence: &NewEvidence = $evidence;
        async {
            sqlx::query(
                "INSERT INTO evidence (review_id, question, kind, finding_id, revision_id, byte_start, \
                 byte_end, quoted, note, created_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
            )
            .bind($review_id)
            .bind(&evidence.question)
            .bind(&evidence.kind)
            .bind(evidence.finding_id)
            .bind(evidence.revision_id)
            .bind(evidence.byte_start)
            .bind(evidence.byte_end)
            .bind(crate::write::without_nul(&evidence.quoted))
            .bind(crate::write::without_nul(&evidence.note))
            .bind(evidence.created_by)
            .bind(&evidence.created_at)
            .fetch_one(&mut *$tx)
            .await?
            .try_get::<i64, _>("id")
        }
        .await
    }};
}

/// Refuses a value outside a fixed set, naming the field and the accepted values.
fn one_of(field: &str, value: &str, accepted: &[&str]) -> Result<(), Failure> {
    if accepted.contains(&value) {
        Ok(())
    } else {
        Err(Failure::Invalid(format!(
            "{field} {value:?} is not one of {}",
            accepted.join(", ")
        )))
    }
}

/// Refuses evidence whose kind, range or finding do not fit together.
fn check_evidence(evidence: &NewEvidence) -> Result<(), Failure> {
    one_of("evidence kind", &evidence.kind, &EVIDENCE_KINDS)?;
    if evidence.kind == "finding" && evidence.finding_id.is_none() {
        return Err(Failure::Invalid(
            "finding evidence needs the finding's id".to_string(),
        ));
    }
    if evidence.byte_start < 0 || evidence.byte_end < evidence.byte_start {
        return Err(Failure::Invalid(format!(
            "evidence range {}..{} is not a range of the text",
            evidence.byte_start, evidence.byte_end
        )));
    }
    Ok(())
}

impl Store {
    // ------------------------------------------------------------ accounts

    /// Creates an account. Returns its id; a login already taken is [`StoreError::Invalid`].
    pub async fn create_user(&self, user: &NewUser, audit: Audit<'_>) -> Result<i64, StoreError> {
        let result: Result<i64, Failure> = async {
            one_of("role", &user.role, &USER_ROLES)?;
            if user.login.trim().is_empty() || user.display_name.trim().is_empty() {
                return Err(Failure::Invalid(
                    "login and display name must not be empty".to_string(),
                ));
            }
            if self.user_by_login(&user.login).await.ok().flatten().is_some() {
                return Err(Failure::Invalid(format!(
                    "login {:?} is already taken",
                    user.login
                )));
            }
            dispatch!(self, pool, SQLITE => {
                async {
                    let mut tx = begin_write!(pool, SQLITE)?;
                    let id: i64 = sqlx::query(
                        "INSERT INTO users (login, display_name, password_hash, role, disabled, created_at) \
                         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                    )
                    .bind(&user.login)
                    .bind(crate::write::without_nul(&user.display_name))
                    .bind(&user.password_hash)
                    .bind(&user.role)
                    .bind(false)
                    .bind(&user.created_at)
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get("id")?;
                    append_audit!(tx, audit, SQLITE)?;
                    tx.commit().await?;
                    Ok(id)
                }
                .await
            })
        }
        .await;
        result.map_err(|failure| self.fail(failure))
    }

    /// An account by login.
    pub async fn user_by_login(&self, login: &str) -> Result<Option<UserRecord>, StoreError> {
        self.load_users(Some(login), None)
            .await
            .map(|users| users.into_iter().next())
    }

    /// An account by id.
    pub async fn user(&self, id: i64) -> Result<Option<UserRecord>, StoreError> {
        self.load_users(None, Some(id))
            .await
            .map(|users| users.into_iter().next())
    }

    /// Every account, by login.
    pub async fn users(&self) -> Result<Vec<UserRecord>, StoreError> {
        self.load_users(None, None).await
    }

    async fn load_users(
        &self,
        login: Option<&str>,
        id: Option<i64>,
    ) -> Result<Vec<UserRecord>, StoreError> {
        let sql = concat!(
            "SELECT ",
            user_columns!(),
            " FROM users WHERE ($1 IS NULL OR login = $1) AND ($2 IS NULL OR id = $2) ORDER BY login"
        );
        let result: Result<Vec<UserRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(sql).bind(login).bind(id).fetch_all(pool).await?;
                Ok(rows
                    .iter()
                    .map(|row| user_record!(row))
                    .collect::<Result<Vec<_>, _>>()?)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Disables or re-enables an account; disabling also ends its sessions. Returns whether it exists.
    pub async fn set_user_disabled(
        &self,
        id: i64,
        disabled: bool,
        audit: Audit<'_>,
    ) -> Result<bool, StoreError> {
        let result: Result<bool, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut tx = begin_write!(pool, SQLITE)?;
                let found = sqlx::query("UPDATE users SET disabled = $2 WHERE id = $1")
                    .bind(id)
                    .bind(disabled)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    > 0;
                if !found {
                    return Ok(false);
                }
                if disabled {
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                }
                append_audit!(tx, audit, SQLITE)?;
                tx.commit().await?;
                Ok(true)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Replaces an account's password hash and ends its sessions. Returns whether it exists.
    pub async fn set_password_hash(
        &self,
        id: i64,
        password_hash: &str,
        audit: Audit<'_>,
    ) -> Result<bool, StoreError> {
        let result: Result<bool, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut tx = begin_write!(pool, SQLITE)?;
                let found = sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
                    .bind(id)
                    .bind(password_hash)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    > 0;
                if !found {
                    return Ok(false);
                }
                sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                append_audit!(tx, audit, SQLITE)?;
                tx.commit().await?;
                Ok(true)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    // ------------------------------------------------------------ logins and sessions

    /// Records a login attempt, with its audit entry when given (successful logins are audited).
    pub async fn record_login_attempt(
        &self,
        attempt: &NewLoginAttempt,
        audit: Option<Audit<'_>>,
    ) -> Result<(), StoreError> {
        let result: Result<(), Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut tx = begin_write!(pool, SQLITE)?;
                sqlx::query(
                    "INSERT INTO login_attempts (login, client, success, at) VALUES ($1, $2, $3, $4)",
                )
                .bind(crate::write::without_nul(&attempt.login))
                .bind(crate::write::without_nul(&attempt.client))
                .bind(attempt.success)
                .bind(&attempt.at)
                .execute(&mut *tx)
                .await?;
                if let Some(audit) = audit {
                    append_audit!(tx, audit, SQLITE)?;
                }
                tx.commit().await?;
                Ok(())
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Failed login attempts at or after `since`: (for this login, from this client address).
    pub async fn failed_logins_since(
        &self,
        login: &str,
        client: &str,
        since: &str,
    ) -> Result<(i64, i64), StoreError> {
        let result: Result<(i64, i64), Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let by_login: i64 = sqlx::query(
                    "SELECT COUNT(*) AS n FROM login_attempts WHERE login = $1 AND success = $2 AND at >= $3",
                )
                    .bind(crate::write::without_nul(login))
                    .bind(false)
                    .bind(since)
                    .fetch_one(pool)
                    .await?
                    .try_get("n")?;
                let by_client: i64 = sqlx::query(
                    "SELECT COUNT(*) AS n FROM login_attempts WHERE client = $1 AND success = $2 AND at >= $3",
                )
                    .bind(crate::write::without_nul(client))
                    .bind(false)
                    .bind(since)
                    .fetch_one(pool)
                    .await?
                    .try_get("n")?;
                Ok((by_login, by_client))
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Stores a new session.
    pub async fn create_session(&self, session: &SessionRecord) -> Result<(), StoreError> {
        let result: Result<(), Failure> = dispatch!(self, pool, SQLITE => {
            async {
                sqlx::query(
                    "INSERT INTO sessions (id, user_id, csrf_token, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(&session.id)
                .bind(session.user_id)
                .bind(&session.csrf_token)
                .bind(&session.created_at)
                .bind(&session.expires_at)
                .execute(pool)
                .await?;
                Ok(())
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// A session by the hash of its token, whatever its expiry (the caller compares `expires_at`).
    pub async fn session(&self, id: &str) -> Result<Option<SessionRecord>, StoreError> {
        let result: Result<Option<SessionRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let row = sqlx::query(
                    "SELECT id, user_id, csrf_token, created_at, expires_at FROM sessions WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(pool)
                .await?;
                let Some(row) = row else { return Ok(None) };
                Ok(Some(SessionRecord {
                    id: row.try_get("id")?,
                    user_id: row.try_get("user_id")?,
                    csrf_token: row.try_get("csrf_token")?,
                    created_at: row.try_get("created_at")?,
                    expires_at: row.try_get("expires_at")?,
                }))
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Deletes a session (logout). Returns whether it existed.
    pub async fn delete_session(&self, id: &str) -> Result<bool, StoreError> {
        self.delete_sessions_where("DELETE FROM sessions WHERE id = $1", id)
            .await
            .map(|n| n > 0)
    }

    /// Deletes sessions that expired before `now`. Returns how many.
    pub async fn delete_expired_sessions(&self, now: &str) -> Result<u64, StoreError> {
        self.delete_sessions_where("DELETE FROM sessions WHERE expires_at < $1", now)
            .await
    }

    async fn delete_sessions_where(
        &self,
        sql: &'static str,
        value: &str,
    ) -> Result<u64, StoreError> {
        let result: Result<u64, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                Ok(sqlx::query(sql).bind(value).execute(pool).await?.rows_affected())
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    // ------------------------------------------------------------ reviews

    /// Creates a review with its answers and evidence; its creator becomes its `lead`. Returns its id.
    pub async fn create_review(
        &self,
        review: &NewReview,
        audit: Audit<'_>,
    ) -> Result<i64, StoreError> {
        let result: Result<i64, Failure> = async {
            one_of("visibility", &review.visibility, &VISIBILITIES)?;
            for (question, status, _) in &review.answers {
                one_of(
                    &format!("answer status of {question}"),
                    status,
                    &ANSWER_STATUSES,
                )?;
            }
            for evidence in &review.evidence {
                check_evidence(evidence)?;
            }
            dispatch!(self, pool, SQLITE => {
                async {
                    let mut tx = begin_write!(pool, SQLITE)?;
                    let id: i64 = sqlx::query(
                        "INSERT INTO reviews (document, revision_id, questionnaire, title, state, visibility, \
                         created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, 'draft', $5, $6, $7, $7) \
                         RETURNING id",
                    )
                    .bind(&review.document)
                    .bind(review.revision_id)
                    .bind(&review.questionnaire)
                    .bind(crate::write::without_nul(&review.title))
                    .bind(&review.visibility)
                    .bind(review.created_by)
                    .bind(&review.created_at)
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get("id")?;
                    sqlx::query(
                        "INSERT INTO review_members (review_id, user_id, role) VALUES ($1, $2, 'lead')",
                    )
                    .bind(id)
                    .bind(review.created_by)
                    .execute(&mut *tx)
                    .await?;
                    for (position, (question, status, text)) in review.answers.iter().enumerate() {
                        sqlx::query(
                            "INSERT INTO answers (review_id, question, position, status, text, updated_by, \
                             updated_at) VALUES ($1, $2, $3, $4, $5, NULL, $6)",
                        )
                        .bind(id)
                        .bind(question)
                        .bind(i64::try_from(position).unwrap_or(i64::MAX))
                        .bind(status)
                        .bind(crate::write::without_nul(text))
                        .bind(&review.created_at)
                        .execute(&mut *tx)
                        .await?;
                    }
                    for evidence in &review.evidence {
                        insert_evidence!(tx, id, evidence)?;
                    }
                    append_audit!(tx, audit, SQLITE)?;
                    tx.commit().await?;
                    Ok(id)
                }
                .await
            })
        }
        .await;
        result.map_err(|failure| self.fail(failure))
    }

    /// A review by id.
    pub async fn review(&self, id: i64) -> Result<Option<ReviewRecord>, StoreError> {
        self.load_reviews(Some(id))
            .await
            .map(|reviews| reviews.into_iter().next())
    }

    /// Every review, newest first (the caller filters by what the viewer may see).
    pub async fn reviews(&self) -> Result<Vec<ReviewRecord>, StoreError> {
        self.load_reviews(None).await
    }

    async fn load_reviews(&self, id: Option<i64>) -> Result<Vec<ReviewRecord>, StoreError> {
        let sql = concat!(
            "SELECT ",
            review_columns!(),
            " FROM reviews WHERE ($1 IS NULL OR id = $1) ORDER BY id DESC"
        );
        let result: Result<Vec<ReviewRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(sql).bind(id).fetch_all(pool).await?;
                Ok(rows
                    .iter()
                    .map(|row| review_record!(row))
                    .collect::<Result<Vec<_>, _>>()?)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Moves a review to a state and records the date in that state's column (the caller checks that
    /// the transition is allowed). Returns whether the review exists.
    pub async fn set_review_state(
        &self,
        id: i64,
        state: &str,
        at: &str,
        audit: Audit<'_>,
    ) -> Result<bool, StoreError> {
        let result: Result<bool, Failure> = async {
            let Some((_, column)) = REVIEW_STATES.iter().find(|(name, _)| *name == state) else {
                return Err(Failure::Invalid(format!(
                    "review state {state:?} is not one of {}",
                    REVIEW_STATES.map(|(name, _)| name).join(", ")
                )));
            };
            // One fixed statement per state: the column never comes from input.
            let sql = match *column {
                "in_review_at" => {
                    "UPDATE reviews SET state = $2, in_review_at = $3, updated_at = $3 WHERE id = $1"
                }
                "sent_at" => "UPDATE reviews SET state = $2, sent_at = $3, updated_at = $3 WHERE id = $1",
                "resolved_at" => {
                    "UPDATE reviews SET state = $2, resolved_at = $3, updated_at = $3 WHERE id = $1"
                }
                "not_resolved_at" => {
                    "UPDATE reviews SET state = $2, not_resolved_at = $3, updated_at = $3 WHERE id = $1"
                }
                _ => "UPDATE reviews SET state = $2, updated_at = $3 WHERE id = $1",
            };
            dispatch!(self, pool, SQLITE => {
                async {
                    let mut tx = begin_write!(pool, SQLITE)?;
                    let found = sqlx::query(sql)
                        .bind(id)
                        .bind(state)
                        .bind(at)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected()
                        > 0;
                    if !found {
                        return Ok(false);
                    }
                    append_audit!(tx, audit, SQLITE)?;
                    tx.commit().await?;
                    Ok(true)
                }
                .await
            })
        }
        .await;
        result.map_err(|failure| self.fail(failure))
    }

    /// A review's members with their display names, leads first, then by display name.
    pub async fn review_members(&self, review_id: i64) -> Result<Vec<MemberRecord>, StoreError> {
        let result: Result<Vec<MemberRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT m.review_id, m.user_id, m.role, u.display_name FROM review_members m \
                     JOIN users u ON u.id = m.user_id WHERE m.review_id = $1 \
                     ORDER BY CASE m.role WHEN 'lead' THEN 0 WHEN 'reviewer' THEN 1 ELSE 2 END, \
                     u.display_name, m.user_id",
                )
                .bind(review_id)
                .fetch_all(pool)
                .await?;
                let mut members = Vec::with_capacity(rows.len());
                for row in &rows {
                    members.push(MemberRecord {
                        review_id: row.try_get("review_id")?,
                        user_id: row.try_get("user_id")?,
                        role: row.try_get("role")?,
                        display_name: row.try_get("display_name")?,
                    });
                }
                Ok(members)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Adds a member to a review or changes their role (`None` removes them). Returns whether
    /// anything changed.
    pub async fn set_review_member(
        &self,
        review_id: i64,
        user_id: i64,
        role: Option<&str>,
        audit: Audit<'_>,
    ) -> Result<bool, StoreError> {
        let result: Result<bool, Failure> = async {
            if let Some(role) = role {
                one_of("member role", role, &MEMBER_ROLES)?;
            }
            dispatch!(self, pool, SQLITE => {
                async {
                    let mut tx = begin_write!(pool, SQLITE)?;
                    let changed = match role {
                        Some(role) => sqlx::query(
                            "INSERT INTO review_members (review_id, user_id, role) VALUES ($1, $2, $3) \
                             ON CONFLICT (review_id, user_id) DO UPDATE SET role = excluded.role",
                        )
                        .bind(review_id)
                        .bind(user_id)
                        .bind(role)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected(),
                        None => sqlx::query(
                            "DELETE FROM review_members WHERE review_id = $1 AND user_id = $2",
                        )
                        .bind(review_id)
                        .bind(user_id)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected(),
                    } > 0;
                    if !changed {
                        return Ok(false);
                    }
                    append_audit!(tx, audit, SQLITE)?;
                    tx.commit().await?;
                    Ok(true)
                }
                .await
            })
        }
        .await;
        result.map_err(|failure| self.fail(failure))
    }

    /// A review's answers in questionnaire order.
    pub async fn answers(&self, review_id: i64) -> Result<Vec<AnswerRecord>, StoreError> {
        let result: Result<Vec<AnswerRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT review_id, question, position, status, text, updated_by, updated_at \
                     FROM answers WHERE review_id = $1 ORDER BY position, question",
                )
                .bind(review_id)
                .fetch_all(pool)
                .await?;
                let mut answers = Vec::with_capacity(rows.len());
                for row in &rows {
                    answers.push(AnswerRecord {
                        review_id: row.try_get("review_id")?,
                        question: row.try_get("question")?,
                        position: row.try_get("position")?,
                        status: row.try_get("status")?,
                        text: row.try_get("text")?,
                        updated_by: row.try_get("updated_by")?,
                        updated_at: row.try_get("updated_at")?,
                    });
                }
                Ok(answers)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Changes one answer. Returns whether the review has that question.
    #[allow(clippy::too_many_arguments)]
    pub async fn set_answer(
        &self,
        review_id: i64,
        question: &str,
        status: &str,
        text: &str,
        user_id: i64,
        at: &str,
        audit: Audit<'_>,
    ) -> Result<bool, StoreError> {
        let result: Result<bool, Failure> = async {
            one_of("answer status", status, &ANSWER_STATUSES)?;
            dispatch!(self, pool, SQLITE => {
                async {
                    let mut tx = begin_write!(pool, SQLITE)?;
                    let found = sqlx::query(
                        "UPDATE answers SET status = $3, text = $4, updated_by = $5, updated_at = $6 \
                         WHERE review_id = $1 AND question = $2",
                    )
                    .bind(review_id)
                    .bind(question)
                    .bind(status)
                    .bind(crate::write::without_nul(text))
                    .bind(user_id)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                        > 0;
                    if !found {
                        return Ok(false);
                    }
                    sqlx::query("UPDATE reviews SET updated_at = $2 WHERE id = $1")
                        .bind(review_id)
                        .bind(at)
                        .execute(&mut *tx)
                        .await?;
                    append_audit!(tx, audit, SQLITE)?;
                    tx.commit().await?;
                    Ok(true)
                }
                .await
            })
        }
        .await;
        result.map_err(|failure| self.fail(failure))
    }

    /// A review's evidence, by question and then in the order attached.
    pub async fn evidence(&self, review_id: i64) -> Result<Vec<EvidenceRecord>, StoreError> {
        let sql = concat!(
            "SELECT ",
            evidence_columns!(),
            " FROM evidence WHERE review_id = $1 ORDER BY question, id"
        );
        let result: Result<Vec<EvidenceRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(sql).bind(review_id).fetch_all(pool).await?;
                Ok(rows
                    .iter()
                    .map(|row| evidence_record!(row))
                    .collect::<Result<Vec<_>, _>>()?)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Attaches evidence to a review. Returns its id, or `None` when the review does not exist.
    pub async fn add_evidence(
        &self,
        review_id: i64,
        evidence: &NewEvidence,
        audit: Audit<'_>,
    ) -> Result<Option<i64>, StoreError> {
        let result: Result<Option<i64>, Failure> = async {
            check_evidence(evidence)?;
            dispatch!(self, pool, SQLITE => {
                async {
                    let mut tx = begin_write!(pool, SQLITE)?;
                    let exists = sqlx::query("UPDATE reviews SET updated_at = $2 WHERE id = $1")
                        .bind(review_id)
                        .bind(&evidence.created_at)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected()
                        > 0;
                    if !exists {
                        return Ok(None);
                    }
                    let id = insert_evidence!(tx, review_id, evidence)?;
                    append_audit!(tx, audit, SQLITE)?;
                    tx.commit().await?;
                    Ok(Some(id))
                }
                .await
            })
        }
        .await;
        result.map_err(|failure| self.fail(failure))
    }

    /// Removes evidence from a review. Returns whether it was there.
    pub async fn remove_evidence(
        &self,
        review_id: i64,
        evidence_id: i64,
        audit: Audit<'_>,
    ) -> Result<bool, StoreError> {
        let result: Result<bool, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut tx = begin_write!(pool, SQLITE)?;
                let found = sqlx::query("DELETE FROM evidence WHERE id = $1 AND review_id = $2")
                    .bind(evidence_id)
                    .bind(review_id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    > 0;
                if !found {
                    return Ok(false);
                }
                append_audit!(tx, audit, SQLITE)?;
                tx.commit().await?;
                Ok(true)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    // ------------------------------------------------------------ audit log

    /// Appends an audit entry on its own (for actions that change nothing else, such as a failed
    /// check). Returns its seq.
    pub async fn append_audit(&self, audit: Audit<'_>) -> Result<i64, StoreError> {
        let result: Result<i64, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut tx = begin_write!(pool, SQLITE)?;
                let seq = append_audit!(tx, audit, SQLITE)?;
                tx.commit().await?;
                Ok(seq)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// The whole audit log in chain order.
    pub async fn audit_log(&self) -> Result<Vec<AuditRecord>, StoreError> {
        let result: Result<Vec<AuditRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT seq, prev_hash, hash, actor, action, payload, at FROM audit_log ORDER BY seq",
                )
                .fetch_all(pool)
                .await?;
                let mut entries = Vec::with_capacity(rows.len());
                for row in &rows {
                    entries.push(AuditRecord {
                        seq: row.try_get("seq")?,
                        prev_hash: row.try_get("prev_hash")?,
                        hash: row.try_get("hash")?,
                        actor: row.try_get("actor")?,
                        action: row.try_get("action")?,
                        payload: row.try_get("payload")?,
                        at: row.try_get("at")?,
                    });
                }
                Ok(entries)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }
}
