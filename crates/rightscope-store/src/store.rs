//! Opening a store: locations, connection options, migrations, and turning failures into messages.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::Connection;

use crate::error::{redact_url, scrub, Failure, StoreError};

/// The SQLite file inside a data directory.
pub const DATABASE_FILE: &str = "rightscope.db";

/// Where a store lives: a data directory (SQLite) or a PostgreSQL URL.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    /// A data directory holding `rightscope.db`; created on first use.
    Dir(PathBuf),
    /// A `postgres://` or `postgresql://` URL.
    Postgres(String),
}

impl std::fmt::Debug for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print a URL's password, not even in debug output.
        match self {
            Location::Dir(path) => f.debug_tuple("Dir").field(path).finish(),
            Location::Postgres(url) => f.debug_tuple("Postgres").field(&redact_url(url)).finish(),
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Dir(path) => write!(f, "{}", path.join(DATABASE_FILE).display()),
            Location::Postgres(url) => f.write_str(&redact_url(url)),
        }
    }
}

impl Location {
    /// Reads a location as the CLI takes it: a PostgreSQL URL, or else a directory path.
    pub fn parse(location: &str) -> Location {
        let lower = location.trim_start().to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            Location::Postgres(location.trim().to_string())
        } else {
            Location::Dir(PathBuf::from(location))
        }
    }

    /// The unredacted text of the location, for scrubbing messages only.
    fn raw(&self) -> String {
        match self {
            Location::Dir(path) => path.join(DATABASE_FILE).display().to_string(),
            Location::Postgres(url) => url.clone(),
        }
    }
}

impl From<&str> for Location {
    fn from(location: &str) -> Location {
        Location::parse(location)
    }
}

impl From<String> for Location {
    fn from(location: String) -> Location {
        Location::parse(&location)
    }
}

impl From<&Path> for Location {
    fn from(path: &Path) -> Location {
        Location::Dir(path.to_path_buf())
    }
}

impl From<PathBuf> for Location {
    fn from(path: PathBuf) -> Location {
        Location::Dir(path)
    }
}

impl From<&PathBuf> for Location {
    fn from(path: &PathBuf) -> Location {
        Location::Dir(path.clone())
    }
}

/// Tuning for [`Store::open_with`].
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// How long SQLite waits for another connection's lock before failing with [`StoreError::Locked`].
    pub busy_timeout: Duration,
    /// How long to wait for a PostgreSQL server, or for a free pooled connection.
    pub connect_timeout: Duration,
    /// Pool size.
    pub max_connections: u32,
}

impl Default for StoreOptions {
    fn default() -> StoreOptions {
        StoreOptions {
            busy_timeout: Duration::from_secs(5),
            connect_timeout: Duration::from_secs(10),
            max_connections: 4,
        }
    }
}

/// Which database a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

/// The backend's connection pool.
#[derive(Clone)]
pub(crate) enum Pool {
    /// SQLite.
    Sqlite(SqlitePool),
    /// PostgreSQL.
    Postgres(PgPool),
}

/// An open store. Share it by reference or clone it (clones share one connection pool).
#[derive(Clone)]
pub struct Store {
    pub(crate) pool: Pool,
    /// The location with any password redacted: the only form that appears in messages.
    location: String,
    /// The location as given, kept only to scrub it from database messages.
    raw: String,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("location", &self.location)
            .field("backend", &self.backend())
            .finish()
    }
}

impl Store {
    /// Opens (creating if needed) a store with default options and brings its schema up to date.
    pub async fn open(location: impl Into<Location>) -> Result<Store, StoreError> {
        Store::open_with(location, StoreOptions::default()).await
    }

    /// Opens a store with explicit options.
    pub async fn open_with(
        location: impl Into<Location>,
        options: StoreOptions,
    ) -> Result<Store, StoreError> {
        let location = location.into();
        let shown = location.to_string();
        let raw = location.raw();
        let fail = |failure: Failure| failure.into_store_error(&shown, &raw);
        let pool = match &location {
            Location::Dir(dir) => {
                if dir.exists() && !dir.is_dir() {
                    return Err(StoreError::DataDir {
                        path: dir.clone(),
                        message: "exists and is not a directory".to_string(),
                    });
                }
                std::fs::create_dir_all(dir).map_err(|error| StoreError::DataDir {
                    path: dir.clone(),
                    message: error.to_string(),
                })?;
                if !dir.is_dir() {
                    return Err(StoreError::DataDir {
                        path: dir.clone(),
                        message: "not a directory".to_string(),
                    });
                }
                let connect = SqliteConnectOptions::new()
                    .filename(dir.join(DATABASE_FILE))
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    // WAL with NORMAL loses nothing when a process is killed, only on power loss.
                    .synchronous(SqliteSynchronous::Normal)
                    .busy_timeout(options.busy_timeout)
                    .foreign_keys(true);
                let pool = SqlitePoolOptions::new()
                    .max_connections(options.max_connections.max(1))
                    .acquire_timeout(options.connect_timeout + options.busy_timeout)
                    .connect_with(connect)
                    .await
                    .map_err(|error| fail(error.into()))?;
                sqlx::migrate!("migrations/sqlite")
                    .run(&pool)
                    .await
                    .map_err(|error| migrate_failure(error, &shown, &raw))?;
                Pool::Sqlite(pool)
            }
            Location::Postgres(url) => {
                let connect =
                    PgConnectOptions::from_str(url).map_err(|error| StoreError::Invalid {
                        location: shown.clone(),
                        message: scrub(&error.to_string(), &raw),
                    })?;
                // One direct connection first: the pool retries refused connections until its timeout
                // and then reports only that it timed out, hiding the cause.
                let probe = tokio::time::timeout(
                    options.connect_timeout,
                    PgConnection::connect_with(&connect),
                )
                .await
                .map_err(|_| StoreError::Unreachable {
                    location: shown.clone(),
                    message: format!(
                        "no answer within {} s",
                        options.connect_timeout.as_secs_f32()
                    ),
                })?
                .map_err(|error| match fail(error.into()) {
                    // Refused logins and missing databases are connection problems to the user.
                    StoreError::Database { location, message } => {
                        StoreError::Unreachable { location, message }
                    }
                    other => other,
                })?;
                // A failed goodbye to the probe does not matter: the pool makes its own connections.
                let _ = probe.close().await;
                let pool = PgPoolOptions::new()
                    .max_connections(options.max_connections.max(1))
                    .acquire_timeout(options.connect_timeout)
                    .connect_with(connect)
                    .await
                    .map_err(|error| fail(error.into()))?;
                sqlx::migrate!("migrations/postgres")
                    .run(&pool)
                    .await
                    .map_err(|error| migrate_failure(error, &shown, &raw))?;
                Pool::Postgres(pool)
            }
        };
        Ok(Store {
            pool,
            location: shown,
            raw,
        })
    }

    /// The location, with any password redacted.
    pub fn location(&self) -> &str {
        &self.location
    }

    /// Which backend the store runs on.
    pub fn backend(&self) -> Backend {
        match self.pool {
            Pool::Sqlite(_) => Backend::Sqlite,
            Pool::Postgres(_) => Backend::Postgres,
        }
    }

    /// Closes the pool, waiting for connections to finish (checkpoints SQLite's WAL).
    pub async fn close(&self) {
        match &self.pool {
            Pool::Sqlite(pool) => pool.close().await,
            Pool::Postgres(pool) => pool.close().await,
        }
    }

    /// Turns an internal failure into the public error for this store's location.
    pub(crate) fn fail(&self, failure: Failure) -> StoreError {
        failure.into_store_error(&self.location, &self.raw)
    }
}

/// Migration errors that wrap a database error are classified by it (a corrupt or locked file reports
/// as such, not as a migration problem).
fn migrate_failure(error: sqlx::migrate::MigrateError, shown: &str, raw: &str) -> StoreError {
    use sqlx::migrate::MigrateError;
    match error {
        MigrateError::Execute(inner) | MigrateError::ExecuteMigration(inner, _) => {
            match Failure::from(inner).into_store_error(shown, raw) {
                StoreError::Database { location, message } => {
                    StoreError::Migrate { location, message }
                }
                other => other,
            }
        }
        other => StoreError::Migrate {
            location: shown.to_string(),
            message: scrub(&other.to_string(), raw),
        },
    }
}
