//! The bridge from the store to the search index: rebuilds a [`SearchIndex`] from every document's
//! latest revision and its findings, and tells when an index no longer reflects the store.
//!
//! # Async store, sync index
//! The store is async (sqlx on the caller's tokio runtime); tantivy is synchronous and CPU-bound.
//! [`rebuild_index`] therefore splits in two: the async side walks
//! [`Store::stream_revisions`] page by page, fetches each revision's findings and converts them to
//! [`RevisionRecord`]s and [`FindingRecord`]s; it sends each converted page through a bounded
//! channel ([`IndexOptions::channel_pages`] pages deep) to one blocking task
//! ([`tokio::task::spawn_blocking`]) that runs [`SearchIndex::rebuild`] and adds what it receives.
//! The channel's bound is what keeps memory flat: at most `channel_pages + 2` pages of revisions
//! exist at once (one being read, the queue, one being indexed), whatever the corpus size, plus
//! tantivy's own writer budget. The async side never blocks the runtime, and the blocking side never
//! needs a runtime.
//!
//! The last message of a complete walk is an explicit end marker. If the store fails (or the async
//! side is dropped) the channel closes without it, the fill fails, and [`SearchIndex::rebuild`]
//! discards the half-built index: the old index stays in service. If indexing fails, the send fails
//! and the walk stops.
//!
//! # Generations
//! The index records [`Store::generation`] read *before* the walk starts. A write that lands
//! during the walk changes the store's generation, so the next [`ensure_index`] sees the index as
//! stale and rebuilds: an index can be older than its generation says, never newer.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rightscope_search::{
    FindingRecord, RevisionRecord, SearchError, SearchIndex, WriterOptions, MANIFEST_FILE,
};
use rightscope_store::{IndexRecord, Store, StoreError};
use serde::Serialize;
use tokio::sync::mpsc;

/// Longest finding sentence indexed, in bytes (cut at a character boundary). Sentences are usually
/// a few hundred bytes; a run-on "sentence" in a table or an ASCII-art figure can be far longer and
/// would only bloat the index and the snippets.
pub const MAX_SENTENCE_BYTES: usize = 1024;

/// Default revisions per page read from the store.
pub const DEFAULT_PAGE_SIZE: usize = 64;

/// How a rebuild reads the store and writes the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexOptions {
    /// Revisions per page read from the store (each page is one query, plus one per revision for
    /// its findings).
    pub page_size: usize,
    /// Converted pages that may wait for the indexing thread; the bound on memory in flight.
    pub channel_pages: usize,
    /// Options of the tantivy writer (threads, memory budget, final merge).
    pub writer: WriterOptions,
}

impl Default for IndexOptions {
    fn default() -> IndexOptions {
        IndexOptions {
            page_size: DEFAULT_PAGE_SIZE,
            channel_pages: 2,
            writer: WriterOptions::default(),
        }
    }
}

/// What a rebuild produced.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndexSummary {
    /// The index directory.
    pub dir: PathBuf,
    /// Revisions indexed (one per document: its latest revision).
    pub revisions: u64,
    /// Findings indexed.
    pub findings: u64,
    /// Searchable records (revisions and findings).
    pub records: u64,
    /// Segments after the rebuild.
    pub segments: usize,
    /// Bytes on disk of the new index.
    pub size_bytes: u64,
    /// The store generation the index reflects.
    pub generation: String,
    /// Wall-clock time of the rebuild.
    #[serde(rename = "seconds", serialize_with = "as_seconds")]
    pub elapsed: Duration,
}

fn as_seconds<S: serde::Serializer>(elapsed: &Duration, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f64(elapsed.as_secs_f64())
}

/// Why an index directory cannot serve the store as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum IndexState {
    /// The index reflects the store's current generation.
    Fresh,
    /// There is no index in the directory.
    Missing,
    /// The index was built from another generation of the store.
    Stale {
        /// Generation the index reflects.
        indexed: String,
        /// The store's generation now.
        current: String,
    },
    /// The index cannot be opened (damaged, or of another schema version).
    Unusable {
        /// Why.
        reason: String,
    },
}

impl std::fmt::Display for IndexState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IndexState::Fresh => f.write_str("up to date"),
            IndexState::Missing => f.write_str("no index yet"),
            IndexState::Stale { indexed, current } => write!(
                f,
                "the store changed since the index was built (generation {indexed} -> {current})"
            ),
            IndexState::Unusable { reason } => write!(f, "the index is unusable: {reason}"),
        }
    }
}

/// An index ready for searching, and the rebuild it took, if any.
#[derive(Debug)]
pub struct Ensured {
    /// The open index.
    pub index: SearchIndex,
    /// Why the index had to be rebuilt, and the rebuild; `None` when it was fresh.
    pub rebuilt: Option<(IndexState, IndexSummary)>,
}

/// Failures of the bridge.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing or opening the index failed.
    #[error(transparent)]
    Search(#[from] SearchError),
    /// The walk over the store ended without finishing (the reading side failed or went away);
    /// the index was not replaced.
    #[error("the store walk stopped before the end; the index was left as it was")]
    Interrupted,
    /// The indexing thread panicked or was cancelled.
    #[error("the indexing thread failed: {0}")]
    Thread(String),
}

/// Result type of this module.
pub type Result<T, E = IndexError> = std::result::Result<T, E>;

/// The generation string an index built from `store` now records.
pub async fn store_generation(store: &Store) -> Result<String> {
    Ok(store.generation().await?.to_string())
}

/// Whether the index in `dir` reflects the store's current generation.
pub async fn index_state(store: &Store, dir: &Path) -> Result<IndexState> {
    let current = store_generation(store).await?;
    Ok(state_of(dir, &current).0)
}

/// The state of `dir` against `generation`, and the open index when it is fresh.
fn state_of(dir: &Path, generation: &str) -> (IndexState, Option<SearchIndex>) {
    if !dir.join(MANIFEST_FILE).exists() {
        return (IndexState::Missing, None);
    }
    match SearchIndex::open(dir) {
        Ok(index) if index.generation() == generation => (IndexState::Fresh, Some(index)),
        Ok(index) => (
            IndexState::Stale {
                indexed: index.generation(),
                current: generation.to_string(),
            },
            None,
        ),
        Err(SearchError::Missing { .. }) => (IndexState::Missing, None),
        Err(error) => (
            IndexState::Unusable {
                reason: error.to_string(),
            },
            None,
        ),
    }
}

/// Opens the index in `dir` if it reflects the store, else rebuilds it with default options.
pub async fn ensure_index(store: &Store, dir: &Path) -> Result<SearchIndex> {
    Ok(ensure_index_with(store, dir, &IndexOptions::default())
        .await?
        .index)
}

/// Like [`ensure_index`], with options for a rebuild, saying whether and why it rebuilt.
pub async fn ensure_index_with(
    store: &Store,
    dir: &Path,
    options: &IndexOptions,
) -> Result<Ensured> {
    let generation = store_generation(store).await?;
    let (state, fresh) = state_of(dir, &generation);
    if let Some(index) = fresh {
        return Ok(Ensured {
            index,
            rebuilt: None,
        });
    }
    let (index, summary) = build(store, dir, options, generation).await?;
    Ok(Ensured {
        index,
        rebuilt: Some((state, summary)),
    })
}

/// Rebuilds the index in `dir` from every document's latest revision in the store, replacing any
/// index there atomically (a failed rebuild leaves the old one in service).
pub async fn rebuild_index(
    store: &Store,
    dir: &Path,
    options: &IndexOptions,
) -> Result<IndexSummary> {
    let generation = store_generation(store).await?;
    Ok(build(store, dir, options, generation).await?.1)
}

/// Like [`rebuild_index`], also returning the open index.
pub async fn rebuild_and_open(
    store: &Store,
    dir: &Path,
    options: &IndexOptions,
) -> Result<(SearchIndex, IndexSummary)> {
    let generation = store_generation(store).await?;
    build(store, dir, options, generation).await
}

/// One revision ready for the writer.
type Entry = (RevisionRecord, Vec<FindingRecord>);

/// What the reading side sends the indexing thread.
enum Message {
    /// A page of converted revisions.
    Page(Vec<Entry>),
    /// The walk is complete: commit.
    Done,
}

async fn build(
    store: &Store,
    dir: &Path,
    options: &IndexOptions,
    generation: String,
) -> Result<(SearchIndex, IndexSummary)> {
    let started = Instant::now();
    let (sender, mut receiver) = mpsc::channel::<Message>(options.channel_pages.max(1));
    let writer_options = options.writer.clone();
    let target = dir.to_path_buf();
    let recorded = generation.clone();
    let indexing = tokio::task::spawn_blocking(move || {
        let mut counts = (0u64, 0u64);
        let index = SearchIndex::rebuild(&target, &recorded, &writer_options, |writer| {
            loop {
                match receiver.blocking_recv() {
                    Some(Message::Page(entries)) => {
                        for (revision, findings) in &entries {
                            writer.add(revision, findings)?;
                        }
                    }
                    Some(Message::Done) => break,
                    None => return Err(IndexError::Interrupted),
                }
            }
            counts = (writer.revisions(), writer.findings());
            Ok::<(), IndexError>(())
        })?;
        Ok::<_, IndexError>((index, counts))
    });

    let walked = walk(store, options.page_size, &sender).await;
    if walked.is_ok() {
        // A failed send means the indexing side already stopped; its own error says why.
        let _ = sender.send(Message::Done).await;
    }
    drop(sender);
    let indexed = indexing
        .await
        .map_err(|error| IndexError::Thread(error.to_string()))?;
    // A store error explains an interrupted fill better than the fill's own error.
    walked?;
    let (index, (revisions, findings)) = indexed?;
    let summary = IndexSummary {
        dir: dir.to_path_buf(),
        revisions,
        findings,
        records: index.num_docs(),
        segments: index.num_segments(),
        size_bytes: index.size_bytes(),
        generation,
        elapsed: started.elapsed(),
    };
    Ok((index, summary))
}

/// Streams the store into the channel; stops early (successfully) if the indexing side is gone.
async fn walk(store: &Store, page_size: usize, sender: &mpsc::Sender<Message>) -> Result<()> {
    let mut pages = store.stream_revisions(page_size);
    while let Some(page) = pages.next_page().await? {
        let mut entries = Vec::with_capacity(page.len());
        for record in page {
            let findings = store.findings(record.revision.id).await?;
            entries.push(convert(record, &findings));
        }
        if sender.send(Message::Page(entries)).await.is_err() {
            return Ok(());
        }
    }
    Ok(())
}

/// The search records of one stored revision and its findings.
pub fn convert(
    record: IndexRecord,
    findings: &[rightscope_store::FindingRecord],
) -> (RevisionRecord, Vec<FindingRecord>) {
    let IndexRecord {
        document,
        revision,
        section_titles,
        body,
        meta,
        assessments,
    } = record;
    let key = match revision.rev.as_deref().filter(|rev| !rev.is_empty()) {
        Some(rev) => format!("{}-{rev}", document.name),
        None => document.name.clone(),
    };
    let verdicts: Vec<(String, String)> = assessments
        .iter()
        .map(|assessment| {
            (
                assessment.assessment.family.clone(),
                assessment.assessment.verdict.clone(),
            )
        })
        .collect();
    let verdict_of = |family: &str| {
        verdicts
            .iter()
            .find(|(name, _)| name == family)
            .map_or_else(|| "none".to_string(), |(_, verdict)| verdict.clone())
    };
    let finding_records = findings
        .iter()
        .map(|stored| {
            let finding = &stored.finding;
            FindingRecord {
                key: key.clone(),
                code: finding.code.clone(),
                family: finding.family.clone(),
                polarity: finding.polarity.clone(),
                verdict: verdict_of(&finding.family),
                sentence: sentence_of(&body, finding.sentence_start, finding.sentence_end),
                section: finding.section.clone(),
            }
        })
        .collect();
    let abstract_text = document
        .abstract_text
        .clone()
        .filter(|text| !text.trim().is_empty())
        .or_else(|| meta_string(&meta, "abstract"))
        .unwrap_or_default();
    let title = document
        .title
        .clone()
        .or_else(|| revision.title.clone())
        .filter(|title| !title.trim().is_empty())
        .unwrap_or_else(|| document.name.clone());
    let year = revision
        .date
        .as_deref()
        .and_then(year_of)
        .or_else(|| meta_string(&meta, "date").as_deref().and_then(year_of));
    let revision_record = RevisionRecord {
        key,
        name: document.name.clone(),
        rev: revision.rev.clone(),
        sdo: document.sdo.clone(),
        kind: document.kind.as_str().to_string(),
        title,
        abstract_text,
        section_titles,
        body,
        status: document.status.clone(),
        wg: document.wg.clone(),
        stream: document.stream.clone(),
        year,
        rfc_number: document
            .rfc_number
            .and_then(|number| u32::try_from(number).ok()),
        verdicts,
    };
    (revision_record, finding_records)
}

/// A string field of the revision's metadata JSON.
fn meta_string(meta: &serde_json::Value, field: &str) -> Option<String> {
    meta.get(field)
        .and_then(serde_json::Value::as_str)
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(str::to_string)
}

/// The year of an ISO date (`2014-05`, `2014-05-12`), if it starts with four digits.
fn year_of(date: &str) -> Option<i32> {
    let digits = date.trim().get(..4)?;
    if !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The text of `body` between the byte offsets, widened to character boundaries, clamped to the
/// body and cut to at most [`MAX_SENTENCE_BYTES`] (at a character boundary).
pub fn sentence_of(body: &str, start: i64, end: i64) -> String {
    let clamp = |offset: i64| {
        usize::try_from(offset.max(0))
            .unwrap_or(usize::MAX)
            .min(body.len())
    };
    let mut start = clamp(start);
    let mut end = clamp(end).max(start);
    while !body.is_char_boundary(start) {
        start -= 1;
    }
    while !body.is_char_boundary(end) {
        end += 1;
    }
    let mut cut = end.min(start + MAX_SENTENCE_BYTES);
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    body[start..cut].trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_clamped_and_cut_on_character_boundaries() {
        let body = "Intro. Ünïcödé sentence here. End.";
        assert_eq!(sentence_of(body, 7, 33), "Ünïcödé sentence here.");
        // Offsets inside a multi-byte character widen to the whole character.
        assert_eq!(sentence_of(body, 8, 10), "Ün");
        assert_eq!(sentence_of(body, -5, 6), "Intro.");
        assert_eq!(sentence_of(body, 34, 10_000), "End.");
        assert_eq!(sentence_of(body, 10_000, 20_000), "");
        let long = "é".repeat(2 * MAX_SENTENCE_BYTES);
        let cut = sentence_of(&long, 0, i64::MAX);
        assert!(cut.len() <= MAX_SENTENCE_BYTES && cut.len() >= MAX_SENTENCE_BYTES - 1);
        assert!(cut.chars().all(|c| c == 'é'));
    }

    #[test]
    fn years_come_from_iso_dates() {
        assert_eq!(year_of("2014-05-12"), Some(2014));
        assert_eq!(year_of("1998-11"), Some(1998));
        assert_eq!(year_of("May 2014"), None);
        assert_eq!(year_of("20"), None);
    }
}
