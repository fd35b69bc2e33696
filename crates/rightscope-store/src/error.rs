//! Store errors, and the redaction that keeps database passwords out of every message.

use std::path::PathBuf;

/// Everything that can go wrong opening or using a store. Each message names the location (with any
/// password redacted) and the problem.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data directory could not be created or is not a directory.
    #[error("{}: cannot use the data directory: {message}", path.display())]
    DataDir {
        /// The directory.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The file exists but is not an SQLite database, or its pages are damaged.
    #[error("{location}: not a usable database (corrupt, or not an SQLite file): {message}")]
    Corrupt {
        /// Where the store is (redacted).
        location: String,
        /// The database's own message.
        message: String,
    },
    /// Another process or connection holds a lock for longer than the busy timeout.
    #[error("{location}: the database is locked by another connection or process: {message}")]
    Locked {
        /// Where the store is (redacted).
        location: String,
        /// The database's own message.
        message: String,
    },
    /// The database server could not be reached or refused the connection.
    #[error("{location}: cannot connect to the database server: {message}")]
    Unreachable {
        /// Where the store is (redacted).
        location: String,
        /// Why.
        message: String,
    },
    /// The schema could not be brought up to date.
    #[error("{location}: cannot apply the store's migrations: {message}")]
    Migrate {
        /// Where the store is (redacted).
        location: String,
        /// Why.
        message: String,
    },
    /// A query failed.
    #[error("{location}: database error: {message}")]
    Database {
        /// Where the store is (redacted).
        location: String,
        /// The database's message.
        message: String,
    },
    /// A value given to the store is not acceptable (an empty name, an unknown watchlist filter).
    #[error("{location}: invalid input: {message}")]
    Invalid {
        /// Where the store is (redacted).
        location: String,
        /// What is wrong with it.
        message: String,
    },
}

/// Internal error type for query code: turned into a [`StoreError`] with the location at the API edge.
#[derive(Debug)]
pub(crate) enum Failure {
    /// A sqlx error.
    Sql(sqlx::Error),
    /// Input the store refuses.
    Invalid(String),
}

impl From<sqlx::Error> for Failure {
    fn from(error: sqlx::Error) -> Failure {
        Failure::Sql(error)
    }
}

/// SQLite primary result codes that this crate reports specially.
const SQLITE_BUSY: i64 = 5;
const SQLITE_LOCKED: i64 = 6;
const SQLITE_CORRUPT: i64 = 11;
const SQLITE_NOTADB: i64 = 26;

impl Failure {
    /// Classifies the failure for a location. `url` is the unredacted location, used only to scrub its
    /// password from messages that might echo it.
    pub(crate) fn into_store_error(self, location: &str, raw: &str) -> StoreError {
        let location = location.to_string();
        let error = match self {
            Failure::Invalid(message) => return StoreError::Invalid { location, message },
            Failure::Sql(error) => error,
        };
        let message = match &error {
            // The database's own words, without sqlx's "error returned from database" wrapping.
            sqlx::Error::Database(db) => match db.code() {
                Some(code) => scrub(&format!("{} (code {code})", db.message()), raw),
                None => scrub(db.message(), raw),
            },
            other => scrub(&other.to_string(), raw),
        };
        match &error {
            sqlx::Error::Database(db) => {
                // SQLite reports extended codes; the low byte is the primary code.
                let sqlite_code = db
                    .code()
                    .and_then(|code| code.parse::<i64>().ok())
                    .map(|code| code & 0xff);
                match sqlite_code {
                    Some(SQLITE_BUSY) | Some(SQLITE_LOCKED) => {
                        StoreError::Locked { location, message }
                    }
                    Some(SQLITE_CORRUPT) | Some(SQLITE_NOTADB) => {
                        StoreError::Corrupt { location, message }
                    }
                    _ => StoreError::Database { location, message },
                }
            }
            sqlx::Error::Io(_) | sqlx::Error::Tls(_) | sqlx::Error::PoolTimedOut => {
                StoreError::Unreachable { location, message }
            }
            sqlx::Error::Migrate(_) => StoreError::Migrate { location, message },
            _ => StoreError::Database { location, message },
        }
    }
}

/// Replaces a database URL's password (in the user-info part and in `password=` / `sslpassword=` query
/// parameters) with `***`. Anything that is not a URL is returned unchanged.
pub fn redact_url(location: &str) -> String {
    let Some(scheme_end) = location.find("://") else {
        return location.to_string();
    };
    let (scheme, rest) = location.split_at(scheme_end + 3);
    // The query string never belongs to the user info; a password may contain '/', so the authority
    // ends at the last '@' before the query.
    let query_start = rest.find('?').unwrap_or(rest.len());
    let (before_query, query) = rest.split_at(query_start);
    let mut out = String::with_capacity(location.len());
    out.push_str(scheme);
    match before_query.rfind('@') {
        Some(at) => {
            let userinfo = &before_query[..at];
            match userinfo.find(':') {
                Some(colon) => {
                    out.push_str(&userinfo[..colon]);
                    out.push_str(":***");
                }
                None => out.push_str(userinfo),
            }
            out.push_str(&before_query[at..]);
        }
        None => out.push_str(before_query),
    }
    if let Some(params) = query.strip_prefix('?') {
        out.push('?');
        let redacted: Vec<String> = params
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((key, _))
                    if key.eq_ignore_ascii_case("password")
                        || key.eq_ignore_ascii_case("sslpassword") =>
                {
                    format!("{key}=***")
                }
                _ => pair.to_string(),
            })
            .collect();
        out.push_str(&redacted.join("&"));
    }
    out
}

/// The passwords a location contains, raw and percent-decoded, so messages can be scrubbed of them.
fn passwords(raw: &str) -> Vec<String> {
    let redacted = redact_url(raw);
    if redacted == raw {
        return Vec::new();
    }
    let mut found = Vec::new();
    let Some(scheme_end) = raw.find("://") else {
        return found;
    };
    let rest = &raw[scheme_end + 3..];
    let query_start = rest.find('?').unwrap_or(rest.len());
    let (before_query, query) = rest.split_at(query_start);
    if let Some(at) = before_query.rfind('@') {
        if let Some((_, password)) = before_query[..at].split_once(':') {
            found.push(password.to_string());
        }
    }
    for pair in query.trim_start_matches('?').split('&') {
        if let Some((key, value)) = pair.split_once('=') {
            if key.eq_ignore_ascii_case("password") || key.eq_ignore_ascii_case("sslpassword") {
                found.push(value.to_string());
            }
        }
    }
    let decoded: Vec<String> = found.iter().map(|p| percent_decode(p)).collect();
    found.extend(decoded);
    found.retain(|password| !password.is_empty());
    // Longest first, so a password that contains another is replaced whole.
    found.sort_by_key(|password| std::cmp::Reverse(password.len()));
    found
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let high = (bytes[i + 1] as char).to_digit(16);
            let low = (bytes[i + 2] as char).to_digit(16);
            if let (Some(high), Some(low)) = (high, low) {
                // Two hex digits make one byte, so the value is below 256.
                out.push((high * 16 + low) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Removes the location's passwords and the raw location itself from a message.
pub(crate) fn scrub(message: &str, raw: &str) -> String {
    let mut message = message.replace(raw, &redact_url(raw));
    for password in passwords(raw) {
        message = message.replace(&password, "***");
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_user_info_password() {
        assert_eq!(
            redact_url("postgres://alice:s3cret@db.example:5432/rs"),
            "postgres://alice:***@db.example:5432/rs"
        );
        assert_eq!(
            redact_url("postgresql://alice:p@ss/w@rd@host/db?sslmode=require"),
            "postgresql://alice:***@host/db?sslmode=require"
        );
    }

    #[test]
    fn redacts_query_passwords() {
        assert_eq!(
            redact_url("postgres://host/db?user=bob&password=hunter2&sslpassword=x"),
            "postgres://host/db?user=bob&password=***&sslpassword=***"
        );
    }

    #[test]
    fn leaves_paths_and_passwordless_urls_alone() {
        assert_eq!(redact_url("/var/lib/rightscope"), "/var/lib/rightscope");
        assert_eq!(
            redact_url("postgres://bob@host/db"),
            "postgres://bob@host/db"
        );
        assert_eq!(redact_url("postgres://host/db"), "postgres://host/db");
    }

    #[test]
    fn scrubs_decoded_passwords_from_messages() {
        let raw = "postgres://alice:p%40ss@host/db";
        let message = "auth failed for postgres://alice:p%40ss@host/db with password p@ss";
        let scrubbed = scrub(message, raw);
        assert!(!scrubbed.contains("p@ss"), "{scrubbed}");
        assert!(!scrubbed.contains("p%40ss"), "{scrubbed}");
        assert!(
            scrubbed.contains("postgres://alice:***@host/db"),
            "{scrubbed}"
        );
    }
}
