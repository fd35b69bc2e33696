//! What can go wrong in a review workflow, each case naming what was wrong.

use rightscope_store::StoreError;

/// Errors of accounts, authorisation, questionnaires and reviews.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// The store failed (its message names the location and the database's reason).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Wrong login or password, or a disabled account: deliberately one message for all three, so
    /// that a login form does not reveal which logins exist.
    #[error("login failed: wrong login or password, or the account is disabled")]
    BadCredentials,
    /// Too many failed logins recently.
    #[error(
        "login refused: {failures} failed attempts {scope} in the last {window_minutes} minutes; try again later"
    )]
    Throttled {
        /// `for this login` or `from this address`.
        scope: &'static str,
        /// How many failures were counted.
        failures: i64,
        /// The window, in minutes.
        window_minutes: u64,
    },
    /// The session token is unknown, expired, or its account was disabled.
    #[error("not logged in: the session is unknown or has expired")]
    NoSession,
    /// A state-changing request without the session's CSRF token.
    #[error("refused: the form's CSRF token is missing or does not match the session")]
    Csrf,
    /// The actor may not do this.
    #[error("not allowed: {actor} may not {action}")]
    Forbidden {
        /// Who tried (`user 3`, `an anonymous visitor`).
        actor: String,
        /// What they tried.
        action: String,
    },
    /// A password that is too short or too long.
    #[error("password refused: {0}")]
    WeakPassword(String),
    /// Hashing failed (parameters refused by the argon2 implementation, or no system randomness).
    #[error("password hashing failed: {0}")]
    Hashing(String),
    /// A named thing does not exist.
    #[error("{what} not found")]
    NotFound {
        /// What was looked for (`user "alice"`, `review 7`).
        what: String,
    },
    /// A value outside what is accepted.
    #[error("invalid {field}: {message}")]
    Invalid {
        /// Which value.
        field: String,
        /// Why.
        message: String,
    },
    /// A review cannot move from one state to another.
    #[error("a review cannot go from {from} to {to} (allowed from {from}: {allowed})")]
    Transition {
        /// Current state.
        from: String,
        /// Requested state.
        to: String,
        /// The states reachable from `from`.
        allowed: String,
    },
    /// A questionnaire data file is malformed.
    #[error("questionnaire {file}: {message}")]
    Questionnaire {
        /// The data file.
        file: String,
        /// What is wrong in it.
        message: String,
    },
}

/// Shorthand for an [`ReviewError::Invalid`].
pub(crate) fn invalid(field: &str, message: impl Into<String>) -> ReviewError {
    ReviewError::Invalid {
        field: field.to_string(),
        message: message.into(),
    }
}
