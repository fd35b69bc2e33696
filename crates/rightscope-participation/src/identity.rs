//! Identities: normalise sender addresses and names, merge the aliases of one person, and keep
//! only keyed hashes (HMAC-SHA256 under an installation key), never the addresses or names.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::error::{ParticipationError, Result};

/// File name of the pseudonymisation key inside the data directory.
pub const KEY_FILE: &str = "participation.key";

/// Removes the staging copies of the key that a killed process left behind
/// (`.participation.key.<pid>.<tag>` whose process is gone). A staging file of a live process is
/// left alone: that process is about to link it into place.
fn sweep_abandoned_staging(data_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(data_dir) else {
        return;
    };
    let prefix = format!(".{KEY_FILE}.");
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let Some(pid) = rest.split('.').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid != std::process::id() && !process_is_alive(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether a process with this id exists. Where that cannot be told, says yes, so nothing of a
/// running process is removed.
fn process_is_alive(pid: u32) -> bool {
    let proc_dir = Path::new("/proc");
    if proc_dir.join("self").exists() {
        proc_dir.join(pid.to_string()).exists()
    } else {
        true
    }
}

/// The installation's secret key for pseudonyms. Created randomly on first use and kept with the
/// installation: the same key gives the same pseudonyms, so self-reports keep matching.
#[derive(Clone)]
pub struct PseudonymKey([u8; 32]);

impl std::fmt::Debug for PseudonymKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PseudonymKey(..)")
    }
}

impl PseudonymKey {
    /// Reads `<data_dir>/participation.key`, creating the directory and a random key (mode 0600)
    /// when there is none.
    pub fn load_or_create(data_dir: &Path) -> Result<Self> {
        sweep_abandoned_staging(data_dir);
        let path = data_dir.join(KEY_FILE);
        let io = |source| ParticipationError::Io {
            path: path.clone(),
            source,
        };
        match std::fs::read(&path) {
            Ok(bytes) => {
                let key: [u8; 32] =
                    bytes
                        .as_slice()
                        .try_into()
                        .map_err(|_| ParticipationError::BadKey {
                            path: path.clone(),
                            reason: format!("{} bytes, expected 32", bytes.len()),
                        })?;
                Ok(Self(key))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(data_dir).map_err(|source| ParticipationError::Io {
                    path: data_dir.to_path_buf(),
                    source,
                })?;
                let mut key = [0_u8; 32];
                getrandom::getrandom(&mut key)
                    .map_err(|e| io(std::io::Error::other(e.to_string())))?;
                // Written under a unique name and linked into place: the key file is never seen
                // half-written, and when two processes create one at once the first link wins and
                // both use that key.
                let staging = data_dir.join(format!(
                    ".{KEY_FILE}.{}.{}",
                    std::process::id(),
                    key.iter()
                        .take(4)
                        .map(|b| format!("{b:02x}"))
                        .collect::<String>()
                ));
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                {
                    use std::os::unix::fs::OpenOptionsExt;
                    options.mode(0o600);
                }
                let written = options.open(&staging).and_then(|mut file| {
                    file.write_all(&key)?;
                    file.sync_all()
                });
                if let Err(source) = written {
                    let _ = std::fs::remove_file(&staging);
                    return Err(io(source));
                }
                let linked = std::fs::hard_link(&staging, &path);
                let _ = std::fs::remove_file(&staging);
                match linked {
                    Ok(()) => Ok(Self(key)),
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        Self::load_or_create(data_dir)
                    }
                    Err(e) => Err(io(e)),
                }
            }
            Err(e) => Err(io(e)),
        }
    }

    /// A key from fixed bytes (tests, reproducible benchmarks).
    pub fn from_bytes(key: [u8; 32]) -> Self {
        Self(key)
    }

    fn mac(&self, kind: &str, value: &str) -> [u8; 32] {
        // HMAC accepts keys of any length; a 32-byte key cannot fail.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        mac.update(kind.as_bytes());
        mac.update(b"\0");
        mac.update(value.as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// The pseudonym of an address as people see it (self-report files): 32 hex digits.
    pub fn pseudonym(&self, address: &str) -> String {
        let canonical = canonical_address(address);
        let mac = self.mac("address", &canonical);
        mac[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Internal node id of an address (first 8 bytes of its HMAC).
    pub(crate) fn address_node(&self, canonical: &str) -> u64 {
        let mac = self.mac("address", canonical);
        u64::from_be_bytes([
            mac[0], mac[1], mac[2], mac[3], mac[4], mac[5], mac[6], mac[7],
        ])
    }

    /// Internal node id of a normalised display name.
    pub(crate) fn name_node(&self, name: &str) -> u64 {
        let mac = self.mac("name", name);
        u64::from_be_bytes([
            mac[0], mac[1], mac[2], mac[3], mac[4], mac[5], mac[6], mac[7],
        ])
    }
}

/// The default data directory: `$RIGHTSCOPE_DATA_DIR`, else `$XDG_DATA_HOME/rightscope`, else
/// `~/.local/share/rightscope`.
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("RIGHTSCOPE_DATA_DIR") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME") {
        return PathBuf::from(dir).join("rightscope");
    }
    std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join(".local/share/rightscope"))
        .unwrap_or_else(|| PathBuf::from(".rightscope"))
}

/// Lower-cases an address and undoes list rewriting of the DMARC kind:
/// `name=example.com@dmarc.ietf.org` → `name@example.com`.
pub fn canonical_address(address: &str) -> String {
    let lower = address.trim().trim_matches(['<', '>']).to_ascii_lowercase();
    if let Some((local, domain)) = lower.rsplit_once('@') {
        if domain.starts_with("dmarc.") {
            if let Some((user, original_domain)) = local.rsplit_once('=') {
                if original_domain.contains('.') && !user.is_empty() {
                    return format!("{user}@{original_domain}");
                }
            }
        }
    }
    lower
}

/// Display name for alias merging: `"Last, First"` → `first last`, lower case, single spaces,
/// list rewriting (`Name via List`) removed. None for names too short to identify one person
/// (fewer than two words) or that are addresses.
pub fn normalise_name(name: &str) -> Option<String> {
    let mut name = name.trim().trim_matches(['"', '\'']).to_string();
    if let Some(pos) = name.to_ascii_lowercase().rfind(" via ") {
        name.truncate(pos);
    }
    if name.contains('@') {
        return None;
    }
    // Drop bracketed notes: "Schumacher, Gregory [CTO]", "Mike Swift (NT)".
    let mut cleaned = String::with_capacity(name.len());
    let mut depth = 0_i32;
    for c in name.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ if depth <= 0 => cleaned.push(c),
            _ => {}
        }
    }
    let reordered = match cleaned.split_once(',') {
        Some((last, first)) if !first.trim().is_empty() => {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => cleaned,
    };
    let words: Vec<String> = reordered
        .split_whitespace()
        .map(|w| w.trim_matches(['"', '\'', '.']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    (words.len() >= 2).then(|| words.join(" "))
}

/// True when the display name marks a list rewrite (`"Name via List" <list@…>`): the address is the
/// list's, not the person's.
pub fn is_list_rewrite(name: Option<&str>) -> bool {
    name.is_some_and(|n| n.to_ascii_lowercase().contains(" via "))
}

/// Union–find over address and name nodes: one component is one person.
#[derive(Debug, Default)]
pub struct IdentityMerger {
    index: HashMap<u64, u32>,
    parent: Vec<u32>,
}

impl IdentityMerger {
    /// Dense index of a node, adding it if new.
    pub fn node(&mut self, node: u64) -> u32 {
        let next = u32::try_from(self.parent.len()).unwrap_or(u32::MAX);
        *self.index.entry(node).or_insert_with(|| {
            self.parent.push(next);
            next
        })
    }

    /// The dense index of a known node.
    pub fn lookup(&self, node: u64) -> Option<u32> {
        self.index.get(&node).copied()
    }

    /// The component representative of a dense index.
    pub fn find(&mut self, mut i: u32) -> u32 {
        while self.parent[i as usize] != i {
            let grand = self.parent[self.parent[i as usize] as usize];
            self.parent[i as usize] = grand;
            i = grand;
        }
        i
    }

    /// Merges two dense indices into one person.
    pub fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (low, high) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[high as usize] = low;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staging_files_of_killed_processes_are_swept_and_those_of_live_ones_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        // 4_194_304 is above Linux's largest process id, so no process has it.
        let abandoned = dir.path().join(format!(".{KEY_FILE}.4194305.0a3ab43e"));
        let live = dir
            .path()
            .join(format!(".{KEY_FILE}.{}.00000000", std::process::id()));
        let unrelated = dir.path().join(".participation.keys-backup");
        for file in [&abandoned, &live, &unrelated] {
            std::fs::write(file, [0_u8; 32]).expect("write");
        }
        PseudonymKey::load_or_create(dir.path()).expect("key");
        assert!(
            !abandoned.exists(),
            "the killed process's staging file stays"
        );
        assert!(live.exists(), "a live process's staging file was removed");
        assert!(unrelated.exists(), "an unrelated file was removed");
        PseudonymKey::load_or_create(dir.path()).expect("key read back");
    }

    #[test]
    fn processes_creating_the_key_at_once_share_one() {
        let dir = tempfile::tempdir().expect("temp dir");
        let keys: Vec<[u8; 32]> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..8)
                .map(|_| scope.spawn(|| PseudonymKey::load_or_create(dir.path()).map(|k| k.0)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("thread").expect("key"))
                .collect()
        });
        assert!(
            keys.windows(2).all(|w| w[0] == w[1]),
            "one key for everyone"
        );
        let files: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
        assert_eq!(files.len(), 1, "no staging files left behind");
    }

    #[test]
    fn dmarc_rewrites_and_case() {
        assert_eq!(
            canonical_address("Jane=Example.COM@dmarc.ietf.org"),
            "jane@example.com"
        );
        assert_eq!(canonical_address("<Bob@Example.org>"), "bob@example.org");
    }

    #[test]
    fn names_normalise_for_aliases() {
        assert_eq!(
            normalise_name("\"Linn, John\"").as_deref(),
            Some("john linn")
        );
        assert_eq!(
            normalise_name("John Linn via Ietf").as_deref(),
            Some("john linn")
        );
        assert_eq!(
            normalise_name("Schumacher, Gregory [CTO]").as_deref(),
            Some("gregory schumacher")
        );
        assert_eq!(normalise_name("admin"), None);
        assert!(is_list_rewrite(Some("Jane Doe via Datatracker")));
    }

    #[test]
    fn key_is_created_once_and_pseudonyms_are_stable() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = PseudonymKey::load_or_create(dir.path()).expect("key");
        let again = PseudonymKey::load_or_create(dir.path()).expect("key");
        assert_eq!(first.pseudonym("A@B.org"), again.pseudonym("a@b.org"));
        assert_eq!(first.pseudonym("a@b.org").len(), 32);
        std::fs::write(dir.path().join(KEY_FILE), b"short").expect("write");
        assert!(matches!(
            PseudonymKey::load_or_create(dir.path()),
            Err(ParticipationError::BadKey { .. })
        ));
    }

    #[test]
    fn merger_joins_components() {
        let mut m = IdentityMerger::default();
        let (a, b, c) = (m.node(1), m.node(2), m.node(3));
        m.union(a, b);
        assert_eq!(m.find(b), m.find(a));
        assert_ne!(m.find(c), m.find(a));
    }
}
