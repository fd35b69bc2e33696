//! `rightscope-index.json`: which tantivy directory is live, its schema version and the caller's
//! generation string.
//!
//! Layout of an index directory:
//! ```text
//! <dir>/rightscope-index.json   manifest (replaced atomically by rename)
//! <dir>/index-<stamp>/          the live tantivy index the manifest names
//! <dir>/tmp-<stamp>/            a rebuild in progress
//! ```
//! A rebuild writes a complete tantivy index into `tmp-*`, renames it to `index-*` and then
//! renames a new manifest over the old one. Renaming a file over another is atomic, so a reader
//! always finds either the old index or the new one, never a half-built one, and a crash at any
//! point leaves the old index in service.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::error::{Result, SearchError};
use crate::schema::SCHEMA_VERSION;

/// File name of the manifest inside the index directory.
pub const MANIFEST_FILE: &str = "rightscope-index.json";

/// Prefix of live tantivy directories.
const LIVE_PREFIX: &str = "index-";
/// Prefix of rebuilds in progress.
const TEMP_PREFIX: &str = "tmp-";
/// A rebuild directory older than this was abandoned by a crashed process.
const ABANDONED_AFTER: Duration = Duration::from_secs(6 * 3600);

/// Contents of `rightscope-index.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Schema version the index was written with.
    pub schema_version: u32,
    /// Caller-given generation (e.g. a hash of the store's contents) the index reflects.
    pub generation: String,
    /// Sub-directory holding the live tantivy index.
    pub active: String,
    /// Seconds since the Unix epoch at the last commit.
    pub committed_at: u64,
}

impl Manifest {
    /// A manifest for a fresh index in `active`.
    pub(crate) fn new(active: String, generation: &str) -> Manifest {
        Manifest {
            schema_version: SCHEMA_VERSION,
            generation: generation.to_string(),
            active,
            committed_at: now_secs(),
        }
    }

    /// Reads and checks the manifest of `dir`.
    pub(crate) fn read(dir: &Path) -> Result<Manifest> {
        let path = dir.join(MANIFEST_FILE);
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Err(SearchError::Missing {
                    dir: dir.to_path_buf(),
                })
            }
            Err(error) => return Err(SearchError::io(path, error)),
        };
        let manifest: Manifest =
            serde_json::from_slice(&bytes).map_err(|error| SearchError::Corrupt {
                dir: dir.to_path_buf(),
                reason: format!("{MANIFEST_FILE}: {error}"),
            })?;
        if manifest.schema_version != SCHEMA_VERSION {
            return Err(SearchError::SchemaVersion {
                dir: dir.to_path_buf(),
                found: manifest.schema_version,
                expected: SCHEMA_VERSION,
            });
        }
        // The name comes from a file anyone could edit: never let it point outside `dir`.
        if !is_plain_name(&manifest.active, LIVE_PREFIX) {
            return Err(SearchError::Corrupt {
                dir: dir.to_path_buf(),
                reason: format!(
                    "{MANIFEST_FILE}: bad active directory {:?}",
                    manifest.active
                ),
            });
        }
        Ok(manifest)
    }

    /// Writes the manifest atomically: a temporary file renamed over the old one.
    pub(crate) fn write(&self, dir: &Path) -> Result<()> {
        let path = dir.join(MANIFEST_FILE);
        let temp = dir.join(format!(".{MANIFEST_FILE}.{}.tmp", unique_stamp()));
        let json = serde_json::to_vec_pretty(self).map_err(|error| SearchError::Corrupt {
            dir: dir.to_path_buf(),
            reason: format!("cannot encode manifest: {error}"),
        })?;
        fs::write(&temp, json).map_err(|error| SearchError::io(&temp, error))?;
        fs::rename(&temp, &path).map_err(|error| {
            let _ = fs::remove_file(&temp);
            SearchError::io(&path, error)
        })
    }
}

/// Whether `name` is a single path component starting with `prefix` (no `/`, no `..`).
fn is_plain_name(name: &str, prefix: &str) -> bool {
    name.starts_with(prefix)
        && name.len() > prefix.len()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs())
}

/// A name unique across processes and calls: time in nanoseconds and the process id.
fn unique_stamp() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_nanos());
    format!("{nanos:x}-{:x}", std::process::id())
}

/// A new, empty rebuild directory inside `dir`.
pub(crate) fn new_temp_dir(dir: &Path) -> Result<PathBuf> {
    let path = dir.join(format!("{TEMP_PREFIX}{}", unique_stamp()));
    fs::create_dir(&path).map_err(|error| SearchError::io(&path, error))?;
    Ok(path)
}

/// Renames a finished rebuild directory to its live name and returns that name.
pub(crate) fn promote(dir: &Path, temp: &Path) -> Result<String> {
    let name = format!("{LIVE_PREFIX}{}", unique_stamp());
    let live = dir.join(&name);
    fs::rename(temp, &live).map_err(|error| SearchError::io(temp, error))?;
    Ok(name)
}

/// Removes live directories the manifest no longer names and abandoned rebuilds.
///
/// Best effort: a failure leaves a directory behind, which the next rebuild retries. Processes
/// that still have an old index open keep reading it: on Unix its files live until unmapped.
pub(crate) fn remove_unused(dir: &Path) {
    // Re-read rather than trust the caller: another process may have switched the index since.
    let Ok(manifest) = Manifest::read(dir) else {
        return;
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let abandoned_temp = name.starts_with(TEMP_PREFIX)
            && entry
                .metadata()
                .and_then(|metadata| metadata.modified())
                .ok()
                .and_then(|modified| modified.elapsed().ok())
                .is_some_and(|age| age > ABANDONED_AFTER);
        let old_live = name.starts_with(LIVE_PREFIX) && name != manifest.active;
        if abandoned_temp || old_live {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn active_names_cannot_escape_the_directory() {
        assert!(is_plain_name("index-18f3a-1a2", LIVE_PREFIX));
        assert!(!is_plain_name("index-../../etc", LIVE_PREFIX));
        assert!(!is_plain_name("index-", LIVE_PREFIX));
        assert!(!is_plain_name("/tmp/index-x", LIVE_PREFIX));
        assert!(!is_plain_name("tmp-x", LIVE_PREFIX));
    }
}
