//! Accounts: creating them, logging in with throttling, sessions with fresh ids and a CSRF token,
//! logout, an admin's password reset, disabling an account. Every change is audited.

use std::time::{Duration, SystemTime};

use rightscope_store::{timestamp, NewLoginAttempt, NewUser, SessionRecord, Store};
use serde_json::json;

use crate::audit::{audit, entry, Actor};
use crate::error::{invalid, ReviewError};
use crate::password::{dummy_hash, hash_password, verify_password};
use crate::roles::{require, Action, Role, User};
use crate::secrets::{random_token, same_secret, sha256_hex};

/// Limits for logins and sessions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// Failed logins for one login within [`Policy::window`] after which it is refused.
    pub max_failures_per_login: i64,
    /// Failed logins from one client address within the window after which it is refused (higher:
    /// several people may share an address).
    pub max_failures_per_client: i64,
    /// The throttling window.
    pub window: Duration,
    /// How long a session lasts.
    pub session_lifetime: Duration,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            max_failures_per_login: 5,
            max_failures_per_client: 20,
            window: Duration::from_secs(15 * 60),
            session_lifetime: Duration::from_secs(12 * 3600),
        }
    }
}

/// A session just created by [`login`]: the token goes to the client (a cookie), the store keeps only
/// its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// The secret token (64 hex characters) for the client.
    pub token: String,
    /// The CSRF token to put in every state-changing form of this session.
    pub csrf_token: String,
    /// The account.
    pub user: User,
    /// When it expires.
    pub expires_at: String,
}

/// A valid session found by [`authenticate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentSession {
    /// The account.
    pub user: User,
    /// The stored session.
    pub session: SessionRecord,
}

impl CurrentSession {
    /// Refuses a state-changing request whose CSRF token is not this session's (constant-time).
    pub fn check_csrf(&self, presented: Option<&str>) -> Result<(), ReviewError> {
        match presented {
            Some(token) if same_secret(token, &self.session.csrf_token) => Ok(()),
            _ => Err(ReviewError::Csrf),
        }
    }
}

/// Checks a login and a display name: non-empty, no control characters, at most 64 characters.
fn check_name(field: &str, value: &str) -> Result<(), ReviewError> {
    if value.trim().is_empty() {
        return Err(invalid(field, "must not be empty"));
    }
    if value.chars().count() > 64 {
        return Err(invalid(field, "longer than 64 characters"));
    }
    if value.chars().any(char::is_control) {
        return Err(invalid(field, "contains control characters"));
    }
    Ok(())
}

/// Whether the actor may manage accounts: the command line always; a user if an admin.
async fn require_admin(store: &Store, actor: Actor) -> Result<(), ReviewError> {
    match actor {
        Actor::Cli => Ok(()),
        Actor::User(id) => {
            let user = match store.user(id).await? {
                Some(record) => Some(User::from_record(&record)?),
                None => None,
            };
            require(user.as_ref(), Action::Admin, None)
        }
    }
}

/// Creates an account with a hashed password. Logins are lower-cased (`Alice` and `alice` are one
/// login). Returns the account.
pub async fn add_user(
    store: &Store,
    actor: Actor,
    login: &str,
    display_name: &str,
    password: &str,
    role: Role,
    now: SystemTime,
) -> Result<User, ReviewError> {
    require_admin(store, actor).await?;
    let login = login.trim().to_lowercase();
    check_name("login", &login)?;
    if login.contains(char::is_whitespace) {
        return Err(invalid("login", "must not contain spaces"));
    }
    check_name("display name", display_name)?;
    let display_name = display_name.trim();
    if store.user_by_login(&login).await?.is_some() {
        return Err(invalid("login", format!("{login:?} is already taken")));
    }
    let password_hash = hash_password(password)?;
    let at = timestamp(now);
    let new = entry(
        actor,
        "user.add",
        &json!({"login": login, "display_name": display_name, "role": role.as_str()}),
        &at,
    );
    let id = store
        .create_user(
            &NewUser {
                login: login.clone(),
                display_name: display_name.to_string(),
                password_hash,
                role: role.as_str().to_string(),
                created_at: at.clone(),
            },
            audit(&new),
        )
        .await?;
    Ok(User {
        id,
        login,
        display_name: display_name.to_string(),
        role,
        disabled: false,
    })
}

/// Every account, by login.
pub async fn list_users(store: &Store) -> Result<Vec<User>, ReviewError> {
    store.users().await?.iter().map(User::from_record).collect()
}

/// An account by login.
async fn existing(store: &Store, login: &str) -> Result<User, ReviewError> {
    let login = login.trim().to_lowercase();
    match store.user_by_login(&login).await? {
        Some(record) => User::from_record(&record),
        None => Err(ReviewError::NotFound {
            what: format!("user {login:?}"),
        }),
    }
}

/// Logs in: refuses when the login or the client address had too many recent failures, then checks
/// the password (in the same time whether or not the login exists), records the attempt and, on
/// success, creates a session with a fresh random id. `previous_token`, the session the client held
/// before (if any), is deleted, so a session id planted before login is never upgraded (session
/// fixation).
pub async fn login(
    store: &Store,
    policy: &Policy,
    login: &str,
    password: &str,
    client: &str,
    previous_token: Option<&str>,
    now: SystemTime,
) -> Result<NewSession, ReviewError> {
    let login = login.trim().to_lowercase();
    let at = timestamp(now);
    let since = timestamp(
        now.checked_sub(policy.window)
            .unwrap_or(SystemTime::UNIX_EPOCH),
    );
    let window_minutes = policy.window.as_secs() / 60;
    let (by_login, by_client) = store.failed_logins_since(&login, client, &since).await?;
    if by_login >= policy.max_failures_per_login {
        return Err(ReviewError::Throttled {
            scope: "for this login",
            failures: by_login,
            window_minutes,
        });
    }
    if by_client >= policy.max_failures_per_client {
        return Err(ReviewError::Throttled {
            scope: "from this address",
            failures: by_client,
            window_minutes,
        });
    }
    let record = store.user_by_login(&login).await?;
    let stored_hash: &str = match &record {
        Some(record) => &record.password_hash,
        None => dummy_hash(),
    };
    let password_ok = verify_password(password, stored_hash);
    let user = match &record {
        Some(record) if password_ok && !record.disabled => Some(User::from_record(record)?),
        _ => None,
    };
    if let Some(previous) = previous_token {
        store
            .delete_session(&sha256_hex(previous.as_bytes()))
            .await?;
    }
    let attempt = NewLoginAttempt {
        login: login.clone(),
        client: client.to_string(),
        success: user.is_some(),
        at: at.clone(),
    };
    let Some(user) = user else {
        store.record_login_attempt(&attempt, None).await?;
        return Err(ReviewError::BadCredentials);
    };
    let token = random_token()?;
    let csrf_token = random_token()?;
    let expires_at = timestamp(now + policy.session_lifetime);
    store
        .create_session(&SessionRecord {
            id: sha256_hex(token.as_bytes()),
            user_id: user.id,
            csrf_token: csrf_token.clone(),
            created_at: at.clone(),
            expires_at: expires_at.clone(),
        })
        .await?;
    let new = entry(
        Actor::User(user.id),
        "user.login",
        &json!({"user": user.id}),
        &at,
    );
    store
        .record_login_attempt(&attempt, Some(audit(&new)))
        .await?;
    Ok(NewSession {
        token,
        csrf_token,
        user,
        expires_at,
    })
}

/// The account behind a session token, if the session exists, has not expired and its account is
/// not disabled.
pub async fn authenticate(
    store: &Store,
    token: &str,
    now: SystemTime,
) -> Result<CurrentSession, ReviewError> {
    let id = sha256_hex(token.as_bytes());
    let Some(session) = store.session(&id).await? else {
        return Err(ReviewError::NoSession);
    };
    if session.expires_at <= timestamp(now) {
        store.delete_session(&id).await?;
        return Err(ReviewError::NoSession);
    }
    let Some(record) = store.user(session.user_id).await? else {
        return Err(ReviewError::NoSession);
    };
    let user = User::from_record(&record)?;
    if user.disabled {
        return Err(ReviewError::NoSession);
    }
    Ok(CurrentSession { user, session })
}

/// Ends a session. Returns whether it existed.
pub async fn logout(store: &Store, token: &str) -> Result<bool, ReviewError> {
    Ok(store.delete_session(&sha256_hex(token.as_bytes())).await?)
}

/// An admin (or the command line) sets a new password for an account; its sessions end.
pub async fn reset_password(
    store: &Store,
    actor: Actor,
    login: &str,
    new_password: &str,
    now: SystemTime,
) -> Result<(), ReviewError> {
    require_admin(store, actor).await?;
    let user = existing(store, login).await?;
    let hash = hash_password(new_password)?;
    let new = entry(
        actor,
        "user.reset-password",
        &json!({"user": user.id}),
        &timestamp(now),
    );
    store.set_password_hash(user.id, &hash, audit(&new)).await?;
    Ok(())
}

/// An admin (or the command line) disables an account, or enables it again; disabling ends its
/// sessions.
pub async fn set_disabled(
    store: &Store,
    actor: Actor,
    login: &str,
    disabled: bool,
    now: SystemTime,
) -> Result<User, ReviewError> {
    require_admin(store, actor).await?;
    let mut user = existing(store, login).await?;
    let action = if disabled {
        "user.disable"
    } else {
        "user.enable"
    };
    let new = entry(actor, action, &json!({"user": user.id}), &timestamp(now));
    store
        .set_user_disabled(user.id, disabled, audit(&new))
        .await?;
    user.disabled = disabled;
    Ok(user)
}
