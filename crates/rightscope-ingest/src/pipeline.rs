//! The ingest pipeline: list → skip known hashes → parse and check in parallel → one writer storing
//! batches in transactions → document facts, events and relations from the metadata.

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;
use rightscope_doc::Limits;
use rightscope_rules::{Catalogue, Checker};
use rightscope_store::{NewRevision, Store};
use serde::Serialize;

use crate::error::IngestError;
use crate::plan::{describe_io, plan, Plan, Source, WorkItem};

/// Tuning of [`ingest`].
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Limits applied to every document parsed.
    pub limits: Limits,
    /// Revisions per write transaction.
    pub batch_size: usize,
    /// A batch is also written once its texts reach this many bytes, so a run of very large
    /// documents does not hold hundreds of megabytes.
    pub batch_bytes: usize,
    /// Parsed revisions waiting for the writer; bounds memory when the store is slower than parsing.
    pub queue: usize,
    /// Parser threads (default: one per core).
    pub threads: Option<usize>,
    /// Document facts, events or relations per metadata transaction.
    pub metadata_batch: usize,
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions {
            limits: Limits::default(),
            batch_size: 200,
            batch_bytes: 64 * 1024 * 1024,
            queue: 64,
            threads: None,
            metadata_batch: 2000,
        }
    }
}

/// Where an ingest is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// Listing files and reading metadata.
    Listing,
    /// Parsing, checking and storing revisions.
    Revisions,
    /// Storing document facts, lifecycle events and relations.
    Metadata,
}

/// What became of one work item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemOutcome {
    /// Parsed and checked; stored with the next batch.
    Parsed,
    /// Its sha256 was already stored: not parsed.
    Unchanged,
    /// It could not be read, parsed or checked (recorded as an ingest error).
    Failed,
}

/// Receives progress. Every call comes from the task that runs [`ingest`], never from a parser thread.
pub trait Progress: Send + Sync {
    /// A stage begins.
    fn stage(&self, _stage: Stage) {}
    /// The number of files to parse is known.
    fn planned(&self, _items: usize) {}
    /// One file is done.
    fn item(&self, _path: &Path, _outcome: ItemOutcome) {}
    /// A batch of revisions was committed.
    fn committed(&self, _inserted: usize) {}
}

/// Progress that goes nowhere.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl Progress for NoProgress {}

/// One ingest error as reported in the summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorSample {
    /// The input.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

/// What an ingest did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct IngestSummary {
    /// Distinct documents the sources name (with a file or only in metadata).
    pub documents: usize,
    /// Files listed for parsing (one per revision).
    pub files: usize,
    /// Revisions stored by this run.
    pub revisions_inserted: usize,
    /// Files whose revision was already stored (not parsed).
    pub revisions_unchanged: usize,
    /// Documents whose stored facts this run created or changed (metadata stage).
    pub documents_changed: usize,
    /// Lifecycle events stored in the metadata stage.
    pub events_inserted: usize,
    /// Relations stored in the metadata stage.
    pub relations_inserted: usize,
    /// Inputs that failed, including ones that failed in an earlier run and were not retried.
    pub errors: usize,
    /// Of those, how many were already recorded by an earlier run (same bytes or same message).
    pub errors_known: usize,
    /// The first few errors.
    pub error_samples: Vec<ErrorSample>,
    /// Wall-clock seconds.
    pub seconds: f64,
}

/// How many errors the summary quotes.
const ERROR_SAMPLES: usize = 10;

impl IngestSummary {
    fn error(&mut self, path: &str, message: &str, known: bool) {
        self.errors += 1;
        self.errors_known += usize::from(known);
        if self.error_samples.len() < ERROR_SAMPLES {
            self.error_samples.push(ErrorSample {
                path: path.to_string(),
                message: message.to_string(),
            });
        }
    }
}

/// What the parser stage hands to the writer.
enum Processed {
    Revision(Box<NewRevision>),
    Unchanged(PathBuf),
    Failed {
        path: PathBuf,
        sha256: Option<String>,
        message: String,
    },
    /// Failed in an earlier run with the same bytes: not parsed again, not recorded again.
    KnownFailure {
        path: PathBuf,
        message: String,
    },
}

/// Ingests the sources into the store: see the crate documentation. Errors on single inputs are
/// recorded with [`Store::record_error`] and counted; only a store failure (or a missing source path)
/// stops the run. Re-running on unchanged sources parses nothing and writes nothing.
pub async fn ingest(
    store: &Store,
    sources: &[Source],
    options: &IngestOptions,
    progress: &dyn Progress,
) -> Result<IngestSummary, IngestError> {
    let started = Instant::now();
    progress.stage(Stage::Listing);
    let owned = sources.to_vec();
    let plan = tokio::task::spawn_blocking(move || plan(&owned))
        .await
        .map_err(|error| IngestError::Workers(error.to_string()))??;
    let mut summary = ingest_plan(store, plan, options, progress).await?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// [`ingest`] for an already listed [`Plan`].
pub async fn ingest_plan(
    store: &Store,
    plan: Plan,
    options: &IngestOptions,
    progress: &dyn Progress,
) -> Result<IngestSummary, IngestError> {
    let started = Instant::now();
    let Plan {
        items,
        documents,
        events,
        relations,
        problems,
    } = plan;
    let mut summary = IngestSummary {
        files: items.len(),
        ..IngestSummary::default()
    };
    let mut names: HashSet<&str> = documents.iter().map(|facts| facts.name.as_str()).collect();
    names.extend(items.iter().map(|item| item.facts.name.as_str()));
    names.extend(events.keys().map(String::as_str));
    summary.documents = names.len();

    let known = store.known_hashes().await?;
    let recorded = store.errors().await?;
    let failed_hashes: HashSet<String> = recorded.iter().filter_map(|e| e.sha256.clone()).collect();
    let mut recorded_messages: HashSet<(String, String)> = recorded
        .into_iter()
        .map(|error| (error.path, error.message))
        .collect();
    for (path, message) in problems {
        let path = path.display().to_string();
        let known = !recorded_messages.insert((path.clone(), message.clone()));
        if !known {
            store.record_error(&path, None, &message).await?;
        }
        summary.error(&path, &message, known);
    }

    progress.stage(Stage::Revisions);
    progress.planned(items.len());
    let catalogue = Catalogue::builtin().map_err(|error| IngestError::Rules(error.to_string()))?;
    let checker =
        Checker::new(&catalogue).map_err(|error| IngestError::Rules(error.to_string()))?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.unwrap_or(0))
        .thread_name(|i| format!("rightscope-ingest-{i}"))
        .build()
        .map_err(|error| IngestError::Workers(error.to_string()))?;
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Processed>(options.queue.max(1));
    let cancelled = Arc::new(AtomicBool::new(false));
    let parser = {
        let cancelled = Arc::clone(&cancelled);
        let limits = options.limits;
        std::thread::Builder::new()
            .name("rightscope-ingest-parse".to_string())
            .spawn(move || {
                pool.install(|| {
                    items.into_par_iter().for_each_with(sender, |sender, item| {
                        if cancelled.load(Ordering::Relaxed) {
                            return;
                        }
                        let processed = process(item, &checker, &known, &failed_hashes, &limits);
                        // The writer stopped (a store error): stop parsing.
                        if sender.blocking_send(processed).is_err() {
                            cancelled.store(true, Ordering::Relaxed);
                        }
                    });
                });
            })
            .map_err(|error| IngestError::Workers(error.to_string()))?
    };

    let written = write_revisions(
        store,
        &mut receiver,
        options,
        progress,
        &mut summary,
        &mut recorded_messages,
    )
    .await;
    if written.is_err() {
        cancelled.store(true, Ordering::Relaxed);
    }
    // Unblock the parsers and let them drain before joining.
    drop(receiver);
    let joined = tokio::task::spawn_blocking(move || parser.join())
        .await
        .map_err(|error| IngestError::Workers(error.to_string()))?;
    let fresh = written?;
    if joined.is_err() {
        return Err(IngestError::Workers("a parser thread panicked".to_string()));
    }

    progress.stage(Stage::Metadata);
    for chunk in documents.chunks(options.metadata_batch.max(1)) {
        summary.documents_changed += store.put_document_facts(chunk).await?;
    }
    // Events and relations that went in with a revision this run need no second look.
    let events: Vec<(String, Vec<rightscope_store::NewEvent>)> = events
        .into_iter()
        .filter(|(name, _)| !fresh.contains(name))
        .collect();
    for chunk in events.chunks(options.metadata_batch.max(1)) {
        summary.events_inserted += store.put_events_many(chunk).await?;
    }
    let relations: Vec<(String, Vec<rightscope_store::NewRelation>)> = relations
        .into_iter()
        .filter(|(name, _)| !fresh.contains(name))
        .collect();
    for chunk in relations.chunks(options.metadata_batch.max(1)) {
        summary.relations_inserted += store.put_relations_many(chunk).await?;
    }
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// The writer: batches parsed revisions into transactions and records errors. Returns the names of
/// documents whose events and relations were stored with one of their revisions.
async fn write_revisions(
    store: &Store,
    receiver: &mut tokio::sync::mpsc::Receiver<Processed>,
    options: &IngestOptions,
    progress: &dyn Progress,
    summary: &mut IngestSummary,
    recorded: &mut HashSet<(String, String)>,
) -> Result<HashSet<String>, IngestError> {
    let mut fresh = HashSet::new();
    let mut batch: Vec<NewRevision> = Vec::with_capacity(options.batch_size);
    let mut batch_bytes = 0usize;
    while let Some(processed) = receiver.recv().await {
        match processed {
            Processed::Revision(revision) => {
                progress.item(Path::new(&revision.path), ItemOutcome::Parsed);
                batch_bytes += revision.text.len();
                batch.push(*revision);
                if batch.len() >= options.batch_size.max(1) || batch_bytes >= options.batch_bytes {
                    flush(store, &mut batch, progress, summary, &mut fresh).await?;
                    batch_bytes = 0;
                }
            }
            Processed::Unchanged(path) => {
                summary.revisions_unchanged += 1;
                progress.item(&path, ItemOutcome::Unchanged);
            }
            Processed::Failed {
                path,
                sha256,
                message,
            } => {
                let shown = path.display().to_string();
                let known = !recorded.insert((shown.clone(), message.clone()));
                if !known {
                    store
                        .record_error(&shown, sha256.as_deref(), &message)
                        .await?;
                }
                summary.error(&shown, &message, known);
                progress.item(&path, ItemOutcome::Failed);
            }
            Processed::KnownFailure { path, message } => {
                summary.error(&path.display().to_string(), &message, true);
                progress.item(&path, ItemOutcome::Failed);
            }
        }
    }
    flush(store, &mut batch, progress, summary, &mut fresh).await?;
    Ok(fresh)
}

async fn flush(
    store: &Store,
    batch: &mut Vec<NewRevision>,
    progress: &dyn Progress,
    summary: &mut IngestSummary,
    fresh: &mut HashSet<String>,
) -> Result<(), IngestError> {
    if batch.is_empty() {
        return Ok(());
    }
    let put = store.put_revisions(batch).await?;
    summary.revisions_inserted += put.inserted;
    summary.revisions_unchanged += put.unchanged;
    for revision in batch.iter() {
        if !revision.events.is_empty() || !revision.relations.is_empty() {
            fresh.insert(revision.document.name.clone());
        }
    }
    progress.committed(put.inserted);
    batch.clear();
    Ok(())
}

/// Reads a file's bytes, refusing an oversized file before reading it.
pub(crate) fn read_bytes(path: &Path, limits: &Limits) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path)
        .map_err(|error| describe_io(&error))?
        .len();
    if size > limits.max_size {
        return Err(rightscope_doc::DocError::TooLarge {
            size,
            limit: limits.max_size,
        }
        .to_string());
    }
    std::fs::read(path).map_err(|error| describe_io(&error))
}

/// The parser stage for one file: hash, skip if known, parse, check, build the revision.
fn process(
    item: WorkItem,
    checker: &Checker,
    known: &HashSet<String>,
    failed: &HashSet<String>,
    limits: &Limits,
) -> Processed {
    let bytes = match read_bytes(&item.path, limits) {
        Ok(bytes) => bytes,
        Err(message) => {
            return Processed::Failed {
                path: item.path,
                sha256: None,
                message,
            }
        }
    };
    let sha256 = rightscope_doc::sha256_hex(&bytes);
    if known.contains(&sha256) {
        return Processed::Unchanged(item.path);
    }
    if failed.contains(&sha256) {
        return Processed::KnownFailure {
            path: item.path,
            message: "failed in an earlier ingest (same bytes); not retried".to_string(),
        };
    }
    let shown = item.path.display().to_string();
    // The parsers are meant never to panic; if one does on a hostile file, that file fails alone.
    let built = catch_unwind(AssertUnwindSafe(|| {
        let document = rightscope_doc::parse(&bytes, &shown, limits).map_err(|e| e.to_string())?;
        let check = checker.check(&document);
        NewRevision::from_check(&document, &check, item.facts.clone())
            .ok_or_else(|| "the document has no name".to_string())
    }));
    let mut revision = match built {
        Ok(Ok(revision)) => revision,
        Ok(Err(message)) => {
            return Processed::Failed {
                path: item.path,
                sha256: Some(sha256),
                message,
            }
        }
        Err(_) => {
            return Processed::Failed {
                path: item.path,
                sha256: Some(sha256),
                message: "the parser or rule engine failed on this input (internal error)"
                    .to_string(),
            }
        }
    };
    if item.rev.is_some() {
        revision.rev = item.rev;
    } else if item.facts.kind == Some(rightscope_store::DocumentKind::Rfc) {
        // An RFC has no revision number, whatever the document header says.
        revision.rev = None;
    }
    for relation in item.relations {
        if !revision.relations.contains(&relation) {
            revision.relations.push(relation);
        }
    }
    revision.events = item.events;
    if !item.alternates.is_empty() {
        if let serde_json::Value::Object(meta) = &mut revision.meta {
            meta.insert(
                "alternates".to_string(),
                item.alternates
                    .iter()
                    .map(|path| serde_json::Value::String(path.display().to_string()))
                    .collect(),
            );
        }
    }
    Processed::Revision(Box::new(revision))
}
