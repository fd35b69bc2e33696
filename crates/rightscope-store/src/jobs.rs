//! A queue of ingest jobs that several workers (on several machines, with PostgreSQL) take from at once.

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use serde::Serialize;
use sqlx::Row;

use crate::dates::{now, timestamp};
use crate::error::{Failure, StoreError};
use crate::store::Store;
use crate::write::{begin_write, builder};

/// Where a job is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
    /// Waiting for a worker.
    Pending,
    /// A worker has it.
    Taken,
    /// Ingested.
    Done,
    /// The worker gave up on it.
    Failed,
}

impl JobState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            JobState::Pending => "pending",
            JobState::Taken => "taken",
            JobState::Done => "done",
            JobState::Failed => "failed",
        }
    }

    /// Parses a stored name.
    pub fn from_name(name: &str) -> Option<JobState> {
        [
            JobState::Pending,
            JobState::Taken,
            JobState::Done,
            JobState::Failed,
        ]
        .into_iter()
        .find(|state| state.as_str() == name)
    }
}

/// One input file to ingest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IngestJob {
    /// Row id.
    pub id: i64,
    /// Path of the input.
    pub path: String,
    /// Its sha256, if known when it was queued.
    pub sha256: Option<String>,
    /// State.
    pub state: JobState,
    /// The worker that took it last.
    pub worker: Option<String>,
    /// When it was taken last.
    pub taken_at: Option<String>,
    /// How many times it was taken.
    pub attempts: i64,
    /// Why it failed, for failed jobs.
    pub error: Option<String>,
}

macro_rules! job_record {
    ($row:expr) => {{
        let row = $row;
        (|| -> Result<IngestJob, Failure> {
            let state: String = row.try_get("state")?;
            Ok(IngestJob {
                id: row.try_get("id")?,
                path: row.try_get("path")?,
                sha256: row.try_get("sha256")?,
                state: JobState::from_name(&state)
                    .ok_or_else(|| Failure::Invalid(format!("stored job state {state:?}")))?,
                worker: row.try_get("worker")?,
                taken_at: row.try_get("taken_at")?,
                attempts: row.try_get("attempts")?,
                error: row.try_get("error")?,
            })
        })()
    }};
}

const JOB_COLUMNS: &str = "id, path, sha256, state, worker, taken_at, attempts, error";

impl Store {
    /// Queues inputs by path (with their sha256 when known). A path already queued is left alone
    /// unless its sha256 changed, which makes it pending again. Returns how many jobs became pending.
    pub async fn enqueue_jobs(
        &self,
        jobs: &[(String, Option<String>)],
    ) -> Result<usize, StoreError> {
        let result: Result<usize, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut tx = begin_write!(pool, SQLITE)?;
                let mut queued = 0u64;
                for (path, sha256) in jobs {
                    queued += sqlx::query(if SQLITE {
                        "INSERT INTO ingest_jobs (path, sha256, state, attempts) VALUES ($1, $2, 'pending', 0) \
                         ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, state = 'pending', \
                         worker = NULL, taken_at = NULL, error = NULL \
                         WHERE excluded.sha256 IS NOT ingest_jobs.sha256"
                    } else {
                        "INSERT INTO ingest_jobs (path, sha256, state, attempts) VALUES ($1, $2, 'pending', 0) \
                         ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, state = 'pending', \
                         worker = NULL, taken_at = NULL, error = NULL \
                         WHERE excluded.sha256 IS DISTINCT FROM ingest_jobs.sha256"
                    })
                    .bind(path)
                    .bind(sha256.as_deref())
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                }
                tx.commit().await?;
                Ok(usize::try_from(queued).unwrap_or(usize::MAX))
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Takes up to `n` pending jobs for `worker`, oldest first. On PostgreSQL concurrent workers skip
    /// each other's rows (`FOR UPDATE SKIP LOCKED`), so no job is handed out twice; on SQLite the write
    /// lock of `BEGIN IMMEDIATE` serialises takers.
    pub async fn take_jobs(&self, worker: &str, n: usize) -> Result<Vec<IngestJob>, StoreError> {
        let limit = i64::try_from(n).unwrap_or(i64::MAX);
        let result: Result<Vec<IngestJob>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut tx = begin_write!(pool, SQLITE)?;
                let mut query = builder(
                    pool,
                    "UPDATE ingest_jobs SET state = 'taken', worker = ",
                );
                query.push_bind(worker);
                query.push(", taken_at = ");
                query.push_bind(now());
                query.push(
                    ", attempts = attempts + 1 WHERE id IN (SELECT id FROM ingest_jobs \
                     WHERE state = 'pending' ORDER BY id LIMIT ",
                );
                query.push_bind(limit);
                query.push(if SQLITE { ")" } else { " FOR UPDATE SKIP LOCKED)" });
                query.push(" RETURNING ");
                query.push(JOB_COLUMNS);
                let rows = query.build().fetch_all(&mut *tx).await?;
                tx.commit().await?;
                let mut jobs = rows
                    .iter()
                    .map(|row| job_record!(row))
                    .collect::<Result<Vec<_>, _>>()?;
                jobs.sort_by_key(|job| job.id);
                Ok(jobs)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Marks a taken job done (`Ok`) or failed with a reason (`Err`).
    pub async fn finish_job(&self, id: i64, outcome: Result<(), &str>) -> Result<(), StoreError> {
        let (state, error) = match outcome {
            Ok(()) => (JobState::Done, None),
            Err(message) => (JobState::Failed, Some(message)),
        };
        let result: Result<(), Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let done = sqlx::query("UPDATE ingest_jobs SET state = $1, error = $2 WHERE id = $3")
                    .bind(state.as_str())
                    .bind(error)
                    .bind(id)
                    .execute(pool)
                    .await?
                    .rows_affected();
                if done == 0 {
                    return Err(Failure::Invalid(format!("no ingest job {id}")));
                }
                Ok(())
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Puts jobs taken longer ago than `older_than` (their worker presumably died) back to pending.
    /// Returns how many.
    pub async fn requeue_stale(&self, older_than: Duration) -> Result<usize, StoreError> {
        let cutoff = timestamp(
            SystemTime::now()
                .checked_sub(older_than)
                .unwrap_or(SystemTime::UNIX_EPOCH),
        );
        let result: Result<usize, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let requeued = sqlx::query(
                    "UPDATE ingest_jobs SET state = 'pending', worker = NULL, taken_at = NULL \
                     WHERE state = 'taken' AND taken_at < $1",
                )
                .bind(&cutoff)
                .execute(pool)
                .await?
                .rows_affected();
                Ok(usize::try_from(requeued).unwrap_or(usize::MAX))
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// How many jobs are in each state (states without jobs are absent).
    pub async fn job_counts(&self) -> Result<HashMap<JobState, usize>, StoreError> {
        let result: Result<HashMap<JobState, usize>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query("SELECT state, COUNT(*) AS n FROM ingest_jobs GROUP BY state")
                    .fetch_all(pool)
                    .await?;
                let mut counts = HashMap::new();
                for row in &rows {
                    let state: String = row.try_get("state")?;
                    let n: i64 = row.try_get("n")?;
                    let state = JobState::from_name(&state)
                        .ok_or_else(|| Failure::Invalid(format!("stored job state {state:?}")))?;
                    counts.insert(state, usize::try_from(n).unwrap_or(0));
                }
                Ok(counts)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Every job, by id (for progress reports and tests).
    pub async fn jobs(&self) -> Result<Vec<IngestJob>, StoreError> {
        let result: Result<Vec<IngestJob>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT id, path, sha256, state, worker, taken_at, attempts, error \
                     FROM ingest_jobs ORDER BY id",
                )
                .fetch_all(pool)
                .await?;
                let jobs = rows
                    .iter()
                    .map(|row| job_record!(row))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(jobs)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }
}
