//! The search index as the server sees it: `rightscope ingest` rebuilds the index beside the live
//! one and switches a manifest, so a running server must notice and reopen, or it would search the
//! corpus as it was when it started.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use rightscope_search::SearchIndex;
use rightscope_store::Store;

/// How often a search may check the store for a newer index.
const CHECK_EVERY: Duration = Duration::from_secs(2);

/// The open search index, reopened when a rebuild for a newer store generation is in place.
#[derive(Debug)]
pub struct LiveIndex {
    dir: PathBuf,
    current: RwLock<Arc<SearchIndex>>,
    last_check: Mutex<Instant>,
    interval: Duration,
}

impl LiveIndex {
    /// Wraps an open index.
    pub fn new(index: SearchIndex) -> LiveIndex {
        LiveIndex::checking_every(index, CHECK_EVERY)
    }

    /// Wraps an open index, checking for a newer one at most once per `interval`.
    pub fn checking_every(index: SearchIndex, interval: Duration) -> LiveIndex {
        LiveIndex {
            dir: index.dir().to_path_buf(),
            current: RwLock::new(Arc::new(index)),
            last_check: Mutex::new(Instant::now()),
            interval,
        }
    }

    /// The index directory.
    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    /// The index to search now. At most once per interval (two seconds by default), compares the store's generation with the
    /// index's and, when they differ and a fresh index is in place, switches to it. Errors while
    /// checking keep the current index: a slightly stale answer beats none.
    pub async fn get(&self, store: &Store) -> Arc<SearchIndex> {
        let current = self.snapshot();
        if !self.due() {
            return current;
        }
        let Ok(generation) = rightscope_ingest::index::store_generation(store).await else {
            return current;
        };
        if current.generation() == generation {
            return current;
        }
        let dir = self.dir.clone();
        let fresh =
            tokio::task::spawn_blocking(move || SearchIndex::open_if_fresh(&dir, &generation))
                .await
                .ok()
                .flatten();
        match fresh {
            Some(fresh) => {
                let fresh = Arc::new(fresh);
                *self
                    .current
                    .write()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::clone(&fresh);
                fresh
            }
            None => current,
        }
    }

    fn snapshot(&self) -> Arc<SearchIndex> {
        Arc::clone(
            &self
                .current
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }

    /// Whether a check is due, marking it done.
    fn due(&self) -> bool {
        let mut last = self
            .last_check
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if last.elapsed() < self.interval {
            return false;
        }
        *last = Instant::now();
        true
    }
}

/// Rebuilds the index in `dir` whenever the store has moved on (checked every `every`), for a web
/// node whose store other processes write (ingest workers on other machines): each node keeps its own
/// index, and [`LiveIndex::get`] switches to the rebuilt one. A failed check or rebuild is reported
/// and tried again at the next tick.
pub async fn keep_fresh(store: Store, dir: PathBuf, every: Duration) {
    use rightscope_ingest::index::{index_state, rebuild_index, IndexOptions, IndexState};
    loop {
        tokio::time::sleep(every).await;
        let stale = match index_state(&store, &dir).await {
            Ok(IndexState::Fresh) => false,
            Ok(_) => true,
            Err(error) => {
                eprintln!("rightscope: cannot check the search index: {error}");
                false
            }
        };
        if stale {
            if let Err(error) = rebuild_index(&store, &dir, &IndexOptions::default()).await {
                eprintln!(
                    "rightscope: cannot rebuild the search index in {}: {error}",
                    dir.display()
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rightscope_ingest::{ingest, IngestOptions, NoProgress, Source};

    fn corpus(path: &str) -> PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/corpus")
            .join(path)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_rebuilt_index_is_picked_up_without_a_restart() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).await.expect("store");
        let index_dir = dir.path().join("index");
        let ingest_one = |path: &str| {
            let sources = [Source::detect(corpus(path))];
            let store = store.clone();
            async move {
                ingest(&store, &sources, &IngestOptions::default(), &NoProgress)
                    .await
                    .expect("ingest");
            }
        };
        ingest_one("sample/rfc8890.txt").await;
        let index = rightscope_ingest::index::ensure_index(&store, &index_dir)
            .await
            .expect("index");
        let live = LiveIndex::checking_every(index, Duration::ZERO);
        let hits = |index: Arc<SearchIndex>| {
            index
                .search("\"lawful intercept\"", 10, 0)
                .expect("search")
                .total
        };
        assert_eq!(
            hits(live.get(&store).await),
            0,
            "RFC 8890 has no such phrase"
        );

        // What `rightscope ingest` does in another process: store the document, rebuild the index.
        ingest_one("sample/rfc3924.txt").await;
        assert_eq!(
            hits(live.get(&store).await),
            0,
            "not rebuilt yet: the old index serves"
        );
        rightscope_ingest::index::rebuild_index(&store, &index_dir, &Default::default())
            .await
            .expect("rebuild");
        assert!(
            hits(live.get(&store).await) > 0,
            "the rebuilt index is in use"
        );
        store.close().await;
    }
}
