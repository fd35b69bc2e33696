//! Ingest shared by several processes (on several machines, with PostgreSQL): one process lists the
//! sources and queues one job per file ([`enqueue`]); any number of workers take jobs from the store's
//! queue, parse and store them ([`work`]). A worker that dies leaves its jobs `taken`; once their lease
//! runs out another worker takes them again. Revisions are identified by their bytes' SHA-256, so a job
//! redone after its revision was already committed stores nothing twice. A job's outcome is what the
//! pipeline reported for its file ([`Progress::item`]).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use rightscope_store::{JobState, Store};
use serde::Serialize;

use crate::error::IngestError;
use crate::pipeline::{ingest_plan, IngestOptions, IngestSummary, ItemOutcome, Progress, Stage};
use crate::plan::{Plan, WorkItem};

/// What became of each file of a batch, by path as the jobs name it, passed on to another [`Progress`].
struct Outcomes<'a> {
    seen: Mutex<HashMap<String, ItemOutcome>>,
    next: &'a dyn Progress,
}

impl<'a> Outcomes<'a> {
    fn forwarding_to(next: &'a dyn Progress) -> Outcomes<'a> {
        Outcomes {
            seen: Mutex::new(HashMap::new()),
            next,
        }
    }

    fn into_inner(self) -> HashMap<String, ItemOutcome> {
        self.seen
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Progress for Outcomes<'_> {
    fn stage(&self, stage: Stage) {
        self.next.stage(stage);
    }

    fn planned(&self, items: usize) {
        self.next.planned(items);
    }

    fn item(&self, path: &Path, outcome: ItemOutcome) {
        self.seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(path.display().to_string(), outcome);
        self.next.item(path, outcome);
    }

    fn committed(&self, inserted: usize) {
        self.next.committed(inserted);
    }
}

/// What [`enqueue`] did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct EnqueueSummary {
    /// Files listed for parsing.
    pub files: usize,
    /// Jobs that became pending (new files, or files whose bytes changed).
    pub queued: usize,
    /// The metadata stage of the listing (document facts, events, relations; no revisions).
    pub metadata: IngestSummary,
}

/// How a worker behaves.
#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// Name recorded on the jobs it takes (host and process id by default).
    pub id: String,
    /// Jobs taken at a time.
    pub batch: usize,
    /// A job taken longer ago than this is presumed abandoned and handed out again.
    pub lease: Duration,
    /// How long to wait before asking again when no job is pending but some are still taken.
    pub poll: Duration,
    /// Keep waiting for new jobs when the queue is empty, instead of returning.
    pub follow: bool,
}

impl Default for WorkerOptions {
    fn default() -> WorkerOptions {
        WorkerOptions {
            id: format!("worker-{}", std::process::id()),
            batch: 50,
            lease: Duration::from_secs(600),
            poll: Duration::from_secs(2),
            follow: false,
        }
    }
}

/// What [`work`] did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct WorkerSummary {
    /// The worker's name.
    pub worker: String,
    /// Jobs this worker finished as done.
    pub done: usize,
    /// Jobs this worker finished as failed.
    pub failed: usize,
    /// Abandoned jobs it put back in the queue.
    pub requeued: usize,
    /// Revisions it stored.
    pub revisions_inserted: usize,
    /// Revisions it found already stored (a job redone after a worker died, or unchanged bytes).
    pub revisions_unchanged: usize,
    /// Wall-clock seconds.
    pub seconds: f64,
}

/// Lists the plan's files as jobs (with the SHA-256 of their bytes, so a changed file is queued
/// again and an unchanged one is not) and stores the listing's metadata.
pub async fn enqueue(
    store: &Store,
    plan: Plan,
    options: &IngestOptions,
    progress: &dyn Progress,
) -> Result<EnqueueSummary, IngestError> {
    let Plan {
        items,
        documents,
        events,
        relations,
        problems,
    } = plan;
    let paths: Vec<PathBuf> = items.into_iter().map(|item| item.path).collect();
    let limits = options.limits;
    let jobs: Vec<(String, Option<String>)> = tokio::task::spawn_blocking(move || {
        paths
            .par_iter()
            .map(|path| {
                // An unreadable file is still queued: the worker that takes it records why it failed.
                let sha256 = crate::pipeline::read_bytes(path, &limits)
                    .ok()
                    .map(|bytes| rightscope_doc::sha256_hex(&bytes));
                (path.display().to_string(), sha256)
            })
            .collect()
    })
    .await
    .map_err(|error| IngestError::Workers(error.to_string()))?;
    let queued = store.enqueue_jobs(&jobs).await?;
    let metadata = ingest_plan(
        store,
        Plan {
            items: Vec::new(),
            documents,
            events,
            relations,
            problems,
        },
        options,
        progress,
    )
    .await?;
    Ok(EnqueueSummary {
        files: jobs.len(),
        queued,
        metadata,
    })
}

/// Takes jobs from the queue and ingests them until none is pending or taken (or, with
/// [`WorkerOptions::follow`], forever). `plan` is this worker's own listing of the same sources: a job
/// names a file by path, and the listing gives its metadata.
pub async fn work(
    store: &Store,
    plan: Plan,
    options: &IngestOptions,
    worker: &WorkerOptions,
    progress: &dyn Progress,
) -> Result<WorkerSummary, IngestError> {
    let started = Instant::now();
    let items: HashMap<String, WorkItem> = plan
        .items
        .into_iter()
        .map(|item| (item.path.display().to_string(), item))
        .collect();
    let mut summary = WorkerSummary {
        worker: worker.id.clone(),
        ..WorkerSummary::default()
    };
    loop {
        summary.requeued += store.requeue_stale(worker.lease).await?;
        let jobs = store.take_jobs(&worker.id, worker.batch.max(1)).await?;
        if jobs.is_empty() {
            let counts = store.job_counts().await?;
            let taken = counts.get(&JobState::Taken).copied().unwrap_or(0);
            if taken == 0 && !worker.follow {
                break;
            }
            tokio::time::sleep(worker.poll).await;
            continue;
        }
        let mut batch = Vec::with_capacity(jobs.len());
        let mut unknown = Vec::new();
        for job in &jobs {
            match items.get(&job.path) {
                Some(item) => batch.push(item.clone()),
                None => unknown.push(job.id),
            }
        }
        let outcomes = Outcomes::forwarding_to(progress);
        let ingested = ingest_plan(
            store,
            Plan {
                items: batch,
                ..Plan::default()
            },
            options,
            &outcomes,
        )
        .await?;
        summary.revisions_inserted += ingested.revisions_inserted;
        summary.revisions_unchanged += ingested.revisions_unchanged;
        let outcomes = outcomes.into_inner();
        // Why a file failed is in the store's error list; read it only for a batch that had failures.
        let errors: HashMap<String, String> = if outcomes
            .values()
            .any(|outcome| *outcome == ItemOutcome::Failed)
        {
            store
                .errors()
                .await?
                .into_iter()
                .map(|error| (error.path, error.message))
                .collect()
        } else {
            HashMap::new()
        };
        let unknown: HashSet<i64> = unknown.into_iter().collect();
        for job in jobs {
            let outcome = if unknown.contains(&job.id) {
                Err(format!(
                    "{}: not among this worker's sources (each worker must see the same files at the same paths)",
                    job.path
                ))
            } else {
                match outcomes.get(&job.path) {
                    // The batch was written before `ingest_plan` returned.
                    Some(ItemOutcome::Parsed | ItemOutcome::Unchanged) => Ok(()),
                    Some(ItemOutcome::Failed) => Err(errors
                        .get(&job.path)
                        .cloned()
                        .unwrap_or_else(|| format!("{}: could not be ingested", job.path))),
                    None => Err(format!("{}: the ingest did not reach it", job.path)),
                }
            };
            match &outcome {
                Ok(()) => summary.done += 1,
                Err(_) => summary.failed += 1,
            }
            store
                .finish_job(job.id, outcome.as_ref().map(|_| ()).map_err(String::as_str))
                .await?;
        }
    }
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}
