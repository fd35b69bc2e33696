//! Where the store and its search index are, from the options and `$RIGHTSCOPE_DATA`, and the async
//! runtime every store command runs on. One definition, so every subcommand resolves them alike.

use std::path::{Path, PathBuf};

use anyhow::Context;
use rightscope_store::{Location, Store};

/// Default data directory when neither an option nor `$RIGHTSCOPE_DATA` names a store.
pub(crate) const DEFAULT_DATA_DIR: &str = "rightscope-data";
/// The index directory inside a data directory.
pub(crate) const INDEX_SUBDIR: &str = "search-index";

/// Where the store and its search index are.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct StoreArgs {
    /// SQLite data directory of the store (default: `$RIGHTSCOPE_DATA`, else ./rightscope-data).
    #[arg(long, global = true, value_name = "DIR", conflicts_with = "database")]
    pub data_dir: Option<PathBuf>,
    /// PostgreSQL store URL (`postgres://user:password@host/db`); the password is never printed.
    #[arg(long, global = true, value_name = "URL")]
    pub database: Option<String>,
    /// Search index directory (default: `<data dir>/search-index`; for PostgreSQL,
    /// ./rightscope-data/search-index).
    #[arg(long, global = true, value_name = "DIR")]
    pub index_dir: Option<PathBuf>,
}

/// A store location and its index directory, resolved from the options and the environment.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub location: Location,
    pub index_dir: PathBuf,
}

impl StoreArgs {
    /// The store and index the options name.
    pub(crate) fn target(&self) -> Target {
        let location = match (&self.database, &self.data_dir) {
            (Some(url), _) => Location::parse(url),
            (None, Some(dir)) => Location::Dir(dir.clone()),
            (None, None) => match std::env::var("RIGHTSCOPE_DATA") {
                Ok(value) if !value.trim().is_empty() => Location::parse(&value),
                _ => Location::Dir(PathBuf::from(DEFAULT_DATA_DIR)),
            },
        };
        let index_dir = self.index_dir.clone().unwrap_or_else(|| match &location {
            Location::Dir(dir) => dir.join(INDEX_SUBDIR),
            Location::Postgres(_) => Path::new(DEFAULT_DATA_DIR).join(INDEX_SUBDIR),
        });
        Target {
            location,
            index_dir,
        }
    }
}

impl Target {
    /// Opens an existing store. A data directory must already hold one: reading a path that holds
    /// none is a mistake (a typo, or nothing ingested yet), not a reason to create an empty store.
    pub(crate) async fn open(&self) -> anyhow::Result<Store> {
        if let Location::Dir(dir) = &self.location {
            // `Location`'s display form is the database file's path.
            let file = PathBuf::from(self.location.to_string());
            if !dir.exists() {
                anyhow::bail!(
                    "{}: no such data directory (run `rightscope ingest` first, or pass --data-dir or --database)",
                    dir.display()
                );
            }
            if dir.is_dir() && !file.exists() {
                anyhow::bail!(
                    "{}: no rightscope store in this directory (missing {}; run `rightscope ingest` first)",
                    dir.display(),
                    file.display()
                );
            }
        }
        self.open_or_create().await
    }

    /// Opens the store, creating the data directory and database on first use.
    pub(crate) async fn open_or_create(&self) -> anyhow::Result<Store> {
        // Store errors name the location with any password redacted.
        Ok(Store::open(self.location.clone()).await?)
    }
}

/// A runtime for the store's async API; two workers, one per core of the target machines.
pub(crate) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_defaults_to_the_data_directory() {
        let args = StoreArgs {
            data_dir: Some(PathBuf::from("/srv/rs")),
            database: None,
            index_dir: None,
        };
        assert_eq!(
            args.target().index_dir,
            PathBuf::from("/srv/rs/search-index")
        );
        let args = StoreArgs {
            data_dir: None,
            database: Some("postgres://u:pw@h/db".to_string()),
            index_dir: None,
        };
        let target = args.target();
        assert_eq!(
            target.index_dir,
            Path::new(DEFAULT_DATA_DIR).join(INDEX_SUBDIR)
        );
        assert!(!target.location.to_string().contains("pw"));
    }
}
