//! Writing: revisions in batches (one transaction each), document facts, events, relations, errors.

use std::collections::HashSet;
use std::sync::LazyLock;

use sqlx::types::Json;
use sqlx::{Database, QueryBuilder, Row};

use crate::dates::{normalise_date, now};
use crate::error::{Failure, StoreError};
use crate::model::{DocumentFacts, NewEvent, NewRelation, NewRevision, PutSummary, StoredSection};
use crate::store::Store;

/// Rows per multi-row `INSERT` of findings: 23 parameters each stays far below SQLite's 32766 limit.
const FINDING_CHUNK: usize = 400;
/// Parameters per `IN (…)` list.
const IN_CHUNK: usize = 500;

/// Replaces NUL characters, which PostgreSQL text and JSONB cannot hold, by spaces: one byte for one
/// byte, so finding offsets into the text stay right. Done on both backends so they store the same.
pub(crate) fn without_nul(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\0') {
        std::borrow::Cow::Owned(text.replace('\0', " "))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// [`without_nul`] over every string of a JSON value.
fn json_without_nul(value: &serde_json::Value) -> std::borrow::Cow<'_, serde_json::Value> {
    fn has_nul(value: &serde_json::Value) -> bool {
        match value {
            serde_json::Value::String(text) => text.contains('\0'),
            serde_json::Value::Array(items) => items.iter().any(has_nul),
            serde_json::Value::Object(map) => map
                .iter()
                .any(|(key, value)| key.contains('\0') || has_nul(value)),
            _ => false,
        }
    }
    fn clean(value: &serde_json::Value) -> serde_json::Value {
        match value {
            serde_json::Value::String(text) => serde_json::Value::String(text.replace('\0', " ")),
            serde_json::Value::Array(items) => items.iter().map(clean).collect(),
            serde_json::Value::Object(map) => map
                .iter()
                .map(|(key, value)| (key.replace('\0', " "), clean(value)))
                .collect(),
            other => other.clone(),
        }
    }
    if has_nul(value) {
        std::borrow::Cow::Owned(clean(value))
    } else {
        std::borrow::Cow::Borrowed(value)
    }
}

/// Sections with NUL-free titles.
fn sections_without_nul(sections: &[StoredSection]) -> std::borrow::Cow<'_, [StoredSection]> {
    if sections.iter().any(|section| section.title.contains('\0')) {
        std::borrow::Cow::Owned(
            sections
                .iter()
                .map(|section| StoredSection {
                    title: section.title.replace('\0', " "),
                    ..section.clone()
                })
                .collect(),
        )
    } else {
        std::borrow::Cow::Borrowed(sections)
    }
}

/// A query builder for the pool's database (lets the compiler pick the backend inside `dispatch!`).
pub(crate) fn builder<DB: Database>(_pool: &sqlx::Pool<DB>, sql: &str) -> QueryBuilder<DB>
where
    <DB as Database>::Arguments: Default,
{
    QueryBuilder::new(sql)
}

/// The document upsert: later non-null values win, `unknown`/`other` never overwrite, and a row whose
/// values would not change is not written at all (so re-running an index import does no writes).
fn upsert_document_sql(sqlite: bool) -> String {
    let distinct = if sqlite { "IS NOT" } else { "IS DISTINCT FROM" };
    let merged = [
        "title",
        "stream",
        "wg",
        "area",
        "status",
        "rfc_number",
        "became_rfc",
        "doi",
        "keywords",
        "abstract",
    ];
    let mut set = vec![
        "sdo = CASE WHEN excluded.sdo = 'unknown' THEN documents.sdo ELSE excluded.sdo END"
            .to_string(),
        "kind = CASE WHEN excluded.kind = 'other' THEN documents.kind ELSE excluded.kind END"
            .to_string(),
    ];
    let mut changed = vec![
        format!("(excluded.sdo <> 'unknown' AND excluded.sdo {distinct} documents.sdo)"),
        format!("(excluded.kind <> 'other' AND excluded.kind {distinct} documents.kind)"),
    ];
    for column in merged {
        set.push(format!(
            "{column} = COALESCE(excluded.{column}, documents.{column})"
        ));
        changed.push(format!(
            "(excluded.{column} IS NOT NULL AND excluded.{column} {distinct} documents.{column})"
        ));
    }
    set.push("updated_at = excluded.updated_at".to_string());
    format!(
        "INSERT INTO documents (name, sdo, kind, title, stream, wg, area, status, rfc_number, \
         became_rfc, doi, keywords, abstract, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) \
         ON CONFLICT (name) DO UPDATE SET {} WHERE {}",
        set.join(", "),
        changed.join(" OR ")
    )
}

static UPSERT_DOCUMENT_SQLITE: LazyLock<String> = LazyLock::new(|| upsert_document_sql(true));
static UPSERT_DOCUMENT_POSTGRES: LazyLock<String> = LazyLock::new(|| upsert_document_sql(false));

/// The upsert statement for a backend.
pub(crate) fn upsert_document_statement(sqlite: bool) -> &'static str {
    if sqlite {
        UPSERT_DOCUMENT_SQLITE.as_str()
    } else {
        UPSERT_DOCUMENT_POSTGRES.as_str()
    }
}

/// Upserts one document inside a transaction; evaluates to `Result<(id, changed), sqlx::Error>`.
macro_rules! upsert_document {
    ($tx:expr, $facts:expr, $at:expr, $sqlite:expr) => {{
        let facts: &DocumentFacts = $facts;
        async {
            let kind = facts.resolved_kind();
            let result = sqlx::query(crate::write::upsert_document_statement($sqlite))
                .bind(&facts.name)
                .bind(facts.sdo.as_deref().unwrap_or("unknown"))
                .bind(kind.as_str())
                .bind(facts.title.as_deref().map(crate::write::without_nul))
                .bind(&facts.stream)
                .bind(&facts.wg)
                .bind(&facts.area)
                .bind(&facts.status)
                .bind(facts.rfc_number)
                .bind(facts.became_rfc)
                .bind(&facts.doi)
                .bind(facts.keywords.as_ref().map(Json))
                .bind(
                    facts
                        .abstract_text
                        .as_deref()
                        .map(crate::write::without_nul),
                )
                .bind($at)
                .execute(&mut *$tx)
                .await?;
            let id: i64 = sqlx::query("SELECT id FROM documents WHERE name = $1")
                .bind(&facts.name)
                .fetch_one(&mut *$tx)
                .await?
                .try_get("id")?;
            Ok::<(i64, bool), sqlx::Error>((id, result.rows_affected() > 0))
        }
        .await
    }};
}

/// Inserts events for a document inside a transaction; evaluates to the number inserted.
macro_rules! insert_events {
    ($tx:expr, $document_id:expr, $events:expr) => {{
        let events: &[NewEvent] = $events;
        async {
            let mut inserted = 0u64;
            for event in events {
                inserted += sqlx::query(
                    "INSERT INTO lifecycle_events (document_id, at, kind, detail, source) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                )
                .bind($document_id)
                .bind(normalise_date(&event.at))
                .bind(event.kind.as_str())
                .bind(&event.detail)
                .bind(&event.source)
                .execute(&mut *$tx)
                .await?
                .rows_affected();
            }
            Ok::<u64, sqlx::Error>(inserted)
        }
        .await
    }};
}

/// Inserts relations from a document inside a transaction; evaluates to the number inserted.
macro_rules! insert_relations {
    ($tx:expr, $document_id:expr, $relations:expr) => {{
        let relations: &[NewRelation] = $relations;
        async {
            let mut inserted = 0u64;
            for relation in relations {
                inserted += sqlx::query(
                    "INSERT INTO relations (from_document_id, to_name, kind) VALUES ($1, $2, $3) \
                     ON CONFLICT DO NOTHING",
                )
                .bind($document_id)
                .bind(&relation.to)
                .bind(relation.kind.as_str())
                .execute(&mut *$tx)
                .await?
                .rows_affected();
            }
            Ok::<u64, sqlx::Error>(inserted)
        }
        .await
    }};
}

/// Opens a write transaction: `BEGIN IMMEDIATE` on SQLite takes the write lock up front, so two writers
/// queue on the busy timeout instead of failing when a read lock cannot be upgraded.
macro_rules! begin_write {
    ($pool:expr, $sqlite:expr) => {
        if $sqlite {
            $pool.begin_with("BEGIN IMMEDIATE").await
        } else {
            $pool.begin().await
        }
    };
}

/// Marks the data as changed; last statement before commit, so PostgreSQL holds the row lock briefly.
macro_rules! bump_generation {
    ($tx:expr) => {
        sqlx::query("UPDATE store_state SET generation = generation + 1 WHERE id = 1")
            .execute(&mut *$tx)
            .await
    };
}

pub(crate) use begin_write;
pub(crate) use bump_generation;

impl Store {
    /// The sha256 of every stored revision, in one query, so an ingester can skip unchanged files
    /// before parsing them.
    pub async fn known_hashes(&self) -> Result<HashSet<String>, StoreError> {
        let result: Result<HashSet<String>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query("SELECT sha256 FROM revisions").fetch_all(pool).await?;
                rows.iter()
                    .map(|row| row.try_get::<String, _>("sha256").map_err(Failure::from))
                    .collect()
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Writes a batch of revisions in one transaction. A revision whose sha256 is already stored is
    /// skipped; documents are upserted by name (later non-null values win). If nothing in the batch is
    /// new, nothing is written.
    pub async fn put_revisions(&self, revisions: &[NewRevision]) -> Result<PutSummary, StoreError> {
        if let Some(bad) = revisions
            .iter()
            .find(|revision| revision.document.name.trim().is_empty() || revision.sha256.is_empty())
        {
            return Err(self.fail(Failure::Invalid(format!(
                "revision {} has no document name or no sha256",
                bad.path
            ))));
        }
        let result: Result<PutSummary, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                // Find stored hashes first, outside any write transaction, so an unchanged batch
                // never takes the write lock.
                let mut known: HashSet<String> = HashSet::new();
                for chunk in revisions.chunks(IN_CHUNK) {
                    let mut query = builder(pool, "SELECT sha256 FROM revisions WHERE sha256 IN (");
                    let mut list = query.separated(", ");
                    for revision in chunk {
                        list.push_bind(revision.sha256.as_str());
                    }
                    query.push(")");
                    for row in query.build().fetch_all(pool).await? {
                        known.insert(row.try_get("sha256")?);
                    }
                }
                let mut summary = PutSummary::default();
                let mut fresh = Vec::new();
                for revision in revisions {
                    if known.insert(revision.sha256.clone()) {
                        fresh.push(revision);
                    } else {
                        summary.unchanged += 1;
                    }
                }
                if fresh.is_empty() {
                    return Ok(summary);
                }
                // Lock documents in name order, so concurrent batches naming the same documents in
                // different orders queue behind each other instead of deadlocking on PostgreSQL.
                fresh.sort_by(|a, b| a.document.name.cmp(&b.document.name));
                let at = now();
                let mut tx = begin_write!(pool, SQLITE)?;
                for revision in fresh {
                    let (document_id, _) = upsert_document!(tx, &revision.document, &at, SQLITE)?;
                    let rev_number = revision
                        .rev
                        .as_deref()
                        .and_then(|rev| rev.trim().parse::<i64>().ok());
                    let finding_count = i64::try_from(revision.findings.len()).unwrap_or(i64::MAX);
                    let inserted = sqlx::query(
                        "INSERT INTO revisions (document_id, rev, rev_number, date, format, path, \
                         sha256, size, title, text, sections, meta, finding_count, parsed_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
                         ON CONFLICT (sha256) DO NOTHING RETURNING id",
                    )
                    .bind(document_id)
                    .bind(&revision.rev)
                    .bind(rev_number)
                    .bind(revision.date.as_deref().map(normalise_date))
                    .bind(&revision.format)
                    .bind(&revision.path)
                    .bind(&revision.sha256)
                    .bind(revision.size)
                    .bind(revision.title.as_deref().map(without_nul))
                    .bind(without_nul(&revision.text))
                    .bind(Json(sections_without_nul(&revision.sections)))
                    .bind(Json(json_without_nul(&revision.meta)))
                    .bind(finding_count)
                    .bind(&at)
                    .fetch_optional(&mut *tx)
                    .await?;
                    // Another writer (a second ingest worker) stored the same bytes meanwhile.
                    let Some(row) = inserted else {
                        summary.unchanged += 1;
                        continue;
                    };
                    let revision_id: i64 = row.try_get("id")?;
                    for chunk in revision.findings.chunks(FINDING_CHUNK) {
                        let mut query = builder(
                            pool,
                            "INSERT INTO findings (revision_id, code, name, family, polarity, \
                             severity, message, span_start, span_end, sentence_start, sentence_end, \
                             line, col, end_line, end_col, section, section_kind, strength, negated, \
                             weight, confidence, fingerprint, questions) ",
                        );
                        query.push_values(chunk, |mut row, finding| {
                            row.push_bind(revision_id)
                                .push_bind(finding.code.as_str())
                                .push_bind(finding.name.as_str())
                                .push_bind(finding.family.as_str())
                                .push_bind(finding.polarity.as_str())
                                .push_bind(finding.severity.as_str())
                                .push_bind(finding.message.as_str())
                                .push_bind(finding.span_start)
                                .push_bind(finding.span_end)
                                .push_bind(finding.sentence_start)
                                .push_bind(finding.sentence_end)
                                .push_bind(finding.line)
                                .push_bind(finding.col)
                                .push_bind(finding.end_line)
                                .push_bind(finding.end_col)
                                .push_bind(finding.section.as_deref())
                                .push_bind(finding.section_kind.as_str())
                                .push_bind(finding.strength.as_str())
                                .push_bind(finding.negated)
                                .push_bind(finding.weight)
                                .push_bind(finding.confidence)
                                .push_bind(finding.fingerprint.as_str())
                                .push_bind(Json(&finding.questions));
                        });
                        query.build().execute(&mut *tx).await?;
                    }
                    if !revision.assessments.is_empty() {
                        let mut query = builder(
                            pool,
                            "INSERT INTO assessments (revision_id, family, verdict, score, risk, \
                             mitigation, context, findings, confidence) ",
                        );
                        query.push_values(&revision.assessments, |mut row, assessment| {
                            row.push_bind(revision_id)
                                .push_bind(assessment.family.as_str())
                                .push_bind(assessment.verdict.as_str())
                                .push_bind(assessment.score)
                                .push_bind(assessment.risk)
                                .push_bind(assessment.mitigation)
                                .push_bind(assessment.context)
                                .push_bind(assessment.findings)
                                .push_bind(assessment.confidence);
                        });
                        // A family listed twice keeps its first assessment instead of failing the batch.
                        query.push(" ON CONFLICT DO NOTHING");
                        query.build().execute(&mut *tx).await?;
                    }
                    insert_events!(tx, document_id, &revision.events)?;
                    insert_relations!(tx, document_id, &revision.relations)?;
                    crate::refs::insert_references!(
                        tx,
                        pool,
                        revision_id,
                        &revision.references,
                        &revision.considerations
                    )?;
                    sqlx::query(
                        "UPDATE documents SET latest_revision_id = (SELECT r.id FROM revisions r \
                         WHERE r.document_id = $1 ORDER BY (r.rev IS NULL) DESC, \
                         COALESCE(r.rev_number, -1) DESC, COALESCE(r.date, '') DESC, r.id DESC \
                         LIMIT 1) WHERE id = $1",
                    )
                    .bind(document_id)
                    .execute(&mut *tx)
                    .await?;
                    summary.inserted += 1;
                }
                if summary.inserted > 0 {
                    bump_generation!(tx)?;
                    tx.commit().await?;
                } else {
                    tx.rollback().await?;
                }
                Ok(summary)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Upserts document metadata without a revision (from an RFC index, the Datatracker), in one
    /// transaction. Returns how many documents were created or changed.
    pub async fn put_document_facts(&self, facts: &[DocumentFacts]) -> Result<usize, StoreError> {
        if facts.iter().any(|facts| facts.name.trim().is_empty()) {
            return Err(self.fail(Failure::Invalid(
                "document facts without a name".to_string(),
            )));
        }
        let result: Result<usize, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let at = now();
                let mut tx = begin_write!(pool, SQLITE)?;
                let mut changed = 0usize;
                for facts in facts {
                    let (_, was_changed) = upsert_document!(tx, facts, &at, SQLITE)?;
                    changed += usize::from(was_changed);
                }
                if changed > 0 {
                    bump_generation!(tx)?;
                    tx.commit().await?;
                } else {
                    tx.rollback().await?;
                }
                Ok(changed)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Stores lifecycle events of a document (created bare if unknown). Events already stored are
    /// skipped; returns how many were new.
    pub async fn put_events(
        &self,
        document: &str,
        events: &[NewEvent],
    ) -> Result<usize, StoreError> {
        // One document is a batch of one: the same transaction, order and no-op rule.
        self.put_events_many(&[(document.to_string(), events.to_vec())])
            .await
    }

    /// Stores relations from a document (created bare if unknown) to named documents; returns how many
    /// were new.
    pub async fn put_relations(
        &self,
        document: &str,
        relations: &[NewRelation],
    ) -> Result<usize, StoreError> {
        // One document is a batch of one: the same transaction, order and no-op rule.
        self.put_relations_many(&[(document.to_string(), relations.to_vec())])
            .await
    }

    /// Stores lifecycle events of many documents (each created bare if unknown) in one transaction,
    /// for metadata-only imports of a whole index; events already stored are skipped, and nothing is
    /// written when every one is. Returns how many were new.
    pub async fn put_events_many(
        &self,
        events: &[(String, Vec<NewEvent>)],
    ) -> Result<usize, StoreError> {
        let mut named: Vec<(DocumentFacts, &[NewEvent])> = Vec::with_capacity(events.len());
        for (document, list) in events {
            named.push((self.facts_for(document)?, list.as_slice()));
        }
        // Name order, so concurrent writers lock documents in one order (no PostgreSQL deadlock).
        named.sort_by(|a, b| a.0.name.cmp(&b.0.name));
        let result: Result<usize, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let at = now();
                let mut tx = begin_write!(pool, SQLITE)?;
                let mut changed = false;
                let mut inserted = 0u64;
                for (facts, list) in &named {
                    let (document_id, created) = upsert_document!(tx, facts, &at, SQLITE)?;
                    changed |= created;
                    inserted += insert_events!(tx, document_id, list)?;
                }
                if inserted > 0 || changed {
                    bump_generation!(tx)?;
                    tx.commit().await?;
                } else {
                    tx.rollback().await?;
                }
                Ok(usize::try_from(inserted).unwrap_or(usize::MAX))
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Stores relations from many documents (each created bare if unknown) in one transaction;
    /// returns how many were new. Nothing is written when every one is already stored.
    pub async fn put_relations_many(
        &self,
        relations: &[(String, Vec<NewRelation>)],
    ) -> Result<usize, StoreError> {
        let mut named: Vec<(DocumentFacts, &[NewRelation])> = Vec::with_capacity(relations.len());
        for (document, list) in relations {
            named.push((self.facts_for(document)?, list.as_slice()));
        }
        named.sort_by(|a, b| a.0.name.cmp(&b.0.name));
        let result: Result<usize, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let at = now();
                let mut tx = begin_write!(pool, SQLITE)?;
                let mut changed = false;
                let mut inserted = 0u64;
                for (facts, list) in &named {
                    let (document_id, created) = upsert_document!(tx, facts, &at, SQLITE)?;
                    changed |= created;
                    inserted += insert_relations!(tx, document_id, list)?;
                }
                if inserted > 0 || changed {
                    bump_generation!(tx)?;
                    tx.commit().await?;
                } else {
                    tx.rollback().await?;
                }
                Ok(usize::try_from(inserted).unwrap_or(usize::MAX))
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Records that an input could not be ingested.
    pub async fn record_error(
        &self,
        path: &str,
        sha256: Option<&str>,
        message: &str,
    ) -> Result<(), StoreError> {
        let result: Result<(), Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut tx = begin_write!(pool, SQLITE)?;
                sqlx::query("INSERT INTO ingest_errors (path, sha256, message, at) VALUES ($1, $2, $3, $4)")
                    .bind(path)
                    .bind(sha256)
                    .bind(message)
                    .bind(now())
                    .execute(&mut *tx)
                    .await?;
                bump_generation!(tx)?;
                tx.commit().await?;
                Ok(())
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Bare facts naming a document, refusing an empty name.
    fn facts_for(&self, document: &str) -> Result<DocumentFacts, StoreError> {
        if document.trim().is_empty() {
            return Err(self.fail(Failure::Invalid("empty document name".to_string())));
        }
        Ok(DocumentFacts::named(document.trim()))
    }
}
