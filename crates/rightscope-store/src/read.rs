//! Reading: documents with their history, timelines, findings, assessments, texts, counts, and a
//! paged walk over every latest revision for building a search index.

use serde::Serialize;
use sqlx::types::Json;
use sqlx::Row;

use crate::error::{Failure, StoreError};
use crate::model::{
    AssessmentRecord, Counts, DocumentKind, DocumentRecord, DocumentView, EventKind, FindingRecord,
    IndexRecord, IngestErrorRecord, NewAssessment, NewFinding, RelationKind, RelationRecord,
    RevisionRecord, StoredSection, TimelineEntry,
};
use crate::store::Store;
use crate::watch::{
    last_call_item, open_last_calls_sql, FeedItems, LastCallItem, NewRevisionItem, RiskFindingItem,
};
use crate::write::builder;

/// Document columns, aliased `d`.
macro_rules! document_columns {
    () => {
        "d.id AS d_id, d.name AS d_name, d.sdo AS d_sdo, d.kind AS d_kind, d.title AS d_title, \
         d.stream AS d_stream, d.wg AS d_wg, d.area AS d_area, d.status AS d_status, \
         d.rfc_number AS d_rfc_number, d.became_rfc AS d_became_rfc, d.doi AS d_doi, \
         d.keywords AS d_keywords, d.abstract AS d_abstract, d.created_at AS d_created_at, \
         d.updated_at AS d_updated_at"
    };
}

/// Revision columns (without text), aliased `r`, with the document name from `d`.
macro_rules! revision_columns {
    () => {
        "r.id AS r_id, d.name AS r_document, r.rev AS r_rev, r.date AS r_date, r.format AS r_format, \
         r.path AS r_path, r.sha256 AS r_sha256, r.size AS r_size, r.title AS r_title, \
         r.finding_count AS r_finding_count, r.parsed_at AS r_parsed_at"
    };
}

/// Finding columns.
macro_rules! finding_columns {
    () => {
        "id, revision_id, code, name, family, polarity, severity, message, span_start, span_end, \
         sentence_start, sentence_end, line, col, end_line, end_col, section, section_kind, strength, \
         negated, weight, confidence, fingerprint, questions"
    };
}

/// Builds a [`DocumentRecord`] from a row with [`document_columns!`]; `Result<_, Failure>`.
macro_rules! document_record {
    ($row:expr) => {{
        let row = $row;
        (|| -> Result<DocumentRecord, Failure> {
            let kind: String = row.try_get("d_kind")?;
            let keywords: Option<Json<Vec<String>>> = row.try_get("d_keywords")?;
            Ok(DocumentRecord {
                id: row.try_get("d_id")?,
                name: row.try_get("d_name")?,
                sdo: row.try_get("d_sdo")?,
                kind: DocumentKind::from_name(&kind)
                    .ok_or_else(|| Failure::Invalid(format!("stored document kind {kind:?}")))?,
                title: row.try_get("d_title")?,
                stream: row.try_get("d_stream")?,
                wg: row.try_get("d_wg")?,
                area: row.try_get("d_area")?,
                status: row.try_get("d_status")?,
                rfc_number: row.try_get("d_rfc_number")?,
                became_rfc: row.try_get("d_became_rfc")?,
                doi: row.try_get("d_doi")?,
                keywords: keywords.map(|json| json.0).unwrap_or_default(),
                abstract_text: row.try_get("d_abstract")?,
                created_at: row.try_get("d_created_at")?,
                updated_at: row.try_get("d_updated_at")?,
            })
        })()
    }};
}

/// Builds a [`RevisionRecord`] from a row with [`revision_columns!`]; `Result<_, sqlx::Error>`.
macro_rules! revision_record {
    ($row:expr) => {{
        let row = $row;
        (|| -> Result<RevisionRecord, sqlx::Error> {
            Ok(RevisionRecord {
                id: row.try_get("r_id")?,
                document: row.try_get("r_document")?,
                rev: row.try_get("r_rev")?,
                date: row.try_get("r_date")?,
                format: row.try_get("r_format")?,
                path: row.try_get("r_path")?,
                sha256: row.try_get("r_sha256")?,
                size: row.try_get("r_size")?,
                title: row.try_get("r_title")?,
                finding_count: row.try_get("r_finding_count")?,
                parsed_at: row.try_get("r_parsed_at")?,
            })
        })()
    }};
}

/// Builds a [`FindingRecord`] from a row with [`finding_columns!`]; `Result<_, sqlx::Error>`.
macro_rules! finding_record {
    ($row:expr) => {{
        let row = $row;
        (|| -> Result<FindingRecord, sqlx::Error> {
            let questions: Json<Vec<String>> = row.try_get("questions")?;
            Ok(FindingRecord {
                id: row.try_get("id")?,
                revision_id: row.try_get("revision_id")?,
                finding: NewFinding {
                    code: row.try_get("code")?,
                    name: row.try_get("name")?,
                    family: row.try_get("family")?,
                    polarity: row.try_get("polarity")?,
                    severity: row.try_get("severity")?,
                    message: row.try_get("message")?,
                    span_start: row.try_get("span_start")?,
                    span_end: row.try_get("span_end")?,
                    sentence_start: row.try_get("sentence_start")?,
                    sentence_end: row.try_get("sentence_end")?,
                    line: row.try_get("line")?,
                    col: row.try_get("col")?,
                    end_line: row.try_get("end_line")?,
                    end_col: row.try_get("end_col")?,
                    section: row.try_get("section")?,
                    section_kind: row.try_get("section_kind")?,
                    strength: row.try_get("strength")?,
                    negated: row.try_get("negated")?,
                    weight: row.try_get("weight")?,
                    confidence: row.try_get("confidence")?,
                    fingerprint: row.try_get("fingerprint")?,
                    questions: questions.0,
                },
            })
        })()
    }};
}

/// Builds an [`AssessmentRecord`]; `Result<_, sqlx::Error>`.
macro_rules! assessment_record {
    ($row:expr) => {{
        let row = $row;
        (|| -> Result<AssessmentRecord, sqlx::Error> {
            Ok(AssessmentRecord {
                revision_id: row.try_get("revision_id")?,
                assessment: NewAssessment {
                    family: row.try_get("family")?,
                    verdict: row.try_get("verdict")?,
                    score: row.try_get("score")?,
                    risk: row.try_get("risk")?,
                    mitigation: row.try_get("mitigation")?,
                    context: row.try_get("context")?,
                    findings: row.try_get("findings")?,
                    confidence: row.try_get("confidence")?,
                },
            })
        })()
    }};
}

impl Store {
    /// A document with its revisions (drafts by revision number, then the RFC) and relations, or
    /// `None` if the name is unknown.
    pub async fn document(&self, name: &str) -> Result<Option<DocumentView>, StoreError> {
        let result: Result<Option<DocumentView>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let row = sqlx::query(concat!(
                    "SELECT ", document_columns!(), " FROM documents d WHERE d.name = $1"
                ))
                .bind(name)
                .fetch_optional(pool)
                .await?;
                let Some(row) = row else { return Ok(None) };
                let document = document_record!(&row)?;
                // Drafts that became this RFC, or that became the same RFC as this draft.
                let own_rfc = (document.kind == DocumentKind::Rfc)
                    .then_some(document.rfc_number)
                    .flatten()
                    .or(document.became_rfc);
                let rows = sqlx::query(concat!(
                    "SELECT ", revision_columns!(),
                    " FROM revisions r JOIN documents d ON d.id = r.document_id WHERE ",
                    "(d.id = $1 OR (d.kind = 'rfc' AND d.rfc_number = $2) OR d.became_rfc = $3)",
                    " ORDER BY (r.rev IS NULL), COALESCE(r.rev_number, -1), COALESCE(r.date, ''), r.id"
                ))
                .bind(document.id)
                .bind(document.became_rfc)
                .bind(own_rfc)
                .fetch_all(pool)
                .await?;
                let revisions = rows
                    .iter()
                    .map(|row| revision_record!(row))
                    .collect::<Result<Vec<_>, _>>()?;
                let rows = sqlx::query(
                    "SELECT d.name AS from_name, r.to_name, r.kind FROM relations r \
                     JOIN documents d ON d.id = r.from_document_id \
                     WHERE r.from_document_id = $1 OR r.to_name = $2 \
                     ORDER BY d.name, r.kind, r.to_name",
                )
                .bind(document.id)
                .bind(&document.name)
                .fetch_all(pool)
                .await?;
                let mut relations = Vec::with_capacity(rows.len());
                for row in &rows {
                    let kind: String = row.try_get("kind")?;
                    relations.push(RelationRecord {
                        from: row.try_get("from_name")?,
                        to: row.try_get("to_name")?,
                        kind: RelationKind::from_name(&kind).ok_or_else(|| {
                            Failure::Invalid(format!("stored relation kind {kind:?}"))
                        })?,
                    });
                }
                Ok(Some(DocumentView { document, revisions, relations }))
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// A document's lifecycle events and revisions (its own and those of the RFC it became or the
    /// drafts that became it) in date order; empty for an unknown name. Undated revisions are placed
    /// at the day they were stored.
    pub async fn timeline(&self, name: &str) -> Result<Vec<TimelineEntry>, StoreError> {
        let result: Result<Vec<TimelineEntry>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let row = sqlx::query(
                    "SELECT id, kind, rfc_number, became_rfc FROM documents WHERE name = $1",
                )
                .bind(name)
                .fetch_optional(pool)
                .await?;
                let Some(row) = row else { return Ok(Vec::new()) };
                let id: i64 = row.try_get("id")?;
                let kind: String = row.try_get("kind")?;
                let rfc_number: Option<i64> = row.try_get("rfc_number")?;
                let became_rfc: Option<i64> = row.try_get("became_rfc")?;
                let own_rfc = if kind == "rfc" { rfc_number } else { None }.or(became_rfc);
                let mut entries: Vec<(usize, TimelineEntry)> = Vec::new();
                let rows = sqlx::query(concat!(
                    "SELECT r.id, d.name, r.rev, COALESCE(r.date, substr(r.parsed_at, 1, 10)) AS at ",
                    "FROM revisions r JOIN documents d ON d.id = r.document_id WHERE ",
                    "(d.id = $1 OR (d.kind = 'rfc' AND d.rfc_number = $2) OR d.became_rfc = $3)",
                    " ORDER BY (r.rev IS NULL), COALESCE(r.rev_number, -1), r.id"
                ))
                .bind(id)
                .bind(became_rfc)
                .bind(own_rfc)
                .fetch_all(pool)
                .await?;
                for row in &rows {
                    entries.push((
                        entries.len(),
                        TimelineEntry::Revision {
                            at: row.try_get("at")?,
                            document: row.try_get("name")?,
                            revision_id: row.try_get("id")?,
                            rev: row.try_get("rev")?,
                        },
                    ));
                }
                let rows = sqlx::query(concat!(
                    "SELECT e.at, d.name, e.kind, e.detail, e.source FROM lifecycle_events e ",
                    "JOIN documents d ON d.id = e.document_id WHERE ",
                    "(d.id = $1 OR (d.kind = 'rfc' AND d.rfc_number = $2) OR d.became_rfc = $3)",
                    " ORDER BY e.at, e.id"
                ))
                .bind(id)
                .bind(became_rfc)
                .bind(own_rfc)
                .fetch_all(pool)
                .await?;
                for row in &rows {
                    let kind: String = row.try_get("kind")?;
                    entries.push((
                        entries.len(),
                        TimelineEntry::Event {
                            at: row.try_get("at")?,
                            document: row.try_get("name")?,
                            kind: EventKind::from_name(&kind).ok_or_else(|| {
                                Failure::Invalid(format!("stored event kind {kind:?}"))
                            })?,
                            detail: row.try_get("detail")?,
                            source: row.try_get("source")?,
                        },
                    ));
                }
                // Stable on equal dates: revisions (in revision order) before that day's events.
                entries.sort_by(|a, b| a.1.at().cmp(b.1.at()).then(a.0.cmp(&b.0)));
                Ok(entries.into_iter().map(|(_, entry)| entry).collect())
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// The findings of a revision in text order.
    pub async fn findings(&self, revision_id: i64) -> Result<Vec<FindingRecord>, StoreError> {
        let result: Result<Vec<FindingRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(concat!(
                    "SELECT ", finding_columns!(),
                    " FROM findings WHERE revision_id = $1 ORDER BY span_start, id"
                ))
                .bind(revision_id)
                .fetch_all(pool)
                .await?;
                let findings = rows
                    .iter()
                    .map(|row| finding_record!(row))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(findings)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// The assessments of a revision, by family name.
    pub async fn assessments(&self, revision_id: i64) -> Result<Vec<AssessmentRecord>, StoreError> {
        let result: Result<Vec<AssessmentRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT revision_id, family, verdict, score, risk, mitigation, context, findings, \
                     confidence FROM assessments WHERE revision_id = $1 ORDER BY family",
                )
                .bind(revision_id)
                .fetch_all(pool)
                .await?;
                let assessments = rows
                    .iter()
                    .map(|row| assessment_record!(row))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(assessments)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// A revision by document name and revision (`Some("03")`), or the document's latest revision for
    /// `None`.
    pub async fn revision_by_name_rev(
        &self,
        name: &str,
        rev: Option<&str>,
    ) -> Result<Option<RevisionRecord>, StoreError> {
        let result: Result<Option<RevisionRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let row = match rev {
                    Some(rev) => {
                        sqlx::query(concat!(
                            "SELECT ", revision_columns!(),
                            " FROM revisions r JOIN documents d ON d.id = r.document_id ",
                            "WHERE d.name = $1 AND r.rev = $2 ORDER BY r.id LIMIT 1"
                        ))
                        .bind(name)
                        .bind(rev)
                        .fetch_optional(pool)
                        .await?
                    }
                    None => {
                        sqlx::query(concat!(
                            "SELECT ", revision_columns!(),
                            " FROM documents d JOIN revisions r ON r.id = d.latest_revision_id ",
                            "WHERE d.name = $1"
                        ))
                        .bind(name)
                        .fetch_optional(pool)
                        .await?
                    }
                };
                Ok(row.as_ref().map(|row| revision_record!(row)).transpose()?)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// The normalised text of a revision.
    pub async fn revision_text(&self, revision_id: i64) -> Result<Option<String>, StoreError> {
        let result: Result<Option<String>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let row = sqlx::query("SELECT text FROM revisions WHERE id = $1")
                    .bind(revision_id)
                    .fetch_optional(pool)
                    .await?;
                Ok(row.map(|row| row.try_get("text")).transpose()?)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// The sections of a revision (offsets into its text).
    pub async fn revision_sections(
        &self,
        revision_id: i64,
    ) -> Result<Option<Vec<StoredSection>>, StoreError> {
        let result: Result<Option<Vec<StoredSection>>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let row = sqlx::query("SELECT sections FROM revisions WHERE id = $1")
                    .bind(revision_id)
                    .fetch_optional(pool)
                    .await?;
                let sections: Option<Json<Vec<StoredSection>>> =
                    row.map(|row| row.try_get("sections")).transpose()?;
                Ok(sections.map(|json| json.0))
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// How many documents, revisions and findings are stored.
    pub async fn counts(&self) -> Result<Counts, StoreError> {
        let result: Result<Counts, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let row = sqlx::query(
                    "SELECT (SELECT COUNT(*) FROM documents) AS documents, \
                     (SELECT COUNT(*) FROM revisions) AS revisions, \
                     (SELECT COUNT(*) FROM findings) AS findings",
                )
                .fetch_one(pool)
                .await?;
                Ok(Counts {
                    documents: row.try_get("documents")?,
                    revisions: row.try_get("revisions")?,
                    findings: row.try_get("findings")?,
                })
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Bytes the database takes: SQLite's pages (not its write-ahead log), or PostgreSQL's
    /// `pg_database_size` of the current database.
    pub async fn size_bytes(&self) -> Result<u64, StoreError> {
        let result: Result<i64, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let sql = if SQLITE {
                    "SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()"
                } else {
                    "SELECT pg_database_size(current_database()) AS bytes"
                };
                let row = sqlx::query(sql).fetch_one(pool).await?;
                Ok(row.try_get("bytes")?)
            }
            .await
        });
        result
            .map(|bytes| u64::try_from(bytes).unwrap_or(0))
            .map_err(|failure| self.fail(failure))
    }

    /// A number that changes in the same transaction as any change to documents, revisions, events,
    /// relations, errors or watchlists (not ingest jobs), so a search index can record the generation
    /// it was built from and tell when it is stale.
    pub async fn generation(&self) -> Result<i64, StoreError> {
        let result: Result<i64, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let row = sqlx::query("SELECT generation FROM store_state WHERE id = 1")
                    .fetch_one(pool)
                    .await?;
                Ok(row.try_get("generation")?)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Recorded ingest errors, newest first.
    pub async fn errors(&self) -> Result<Vec<IngestErrorRecord>, StoreError> {
        let result: Result<Vec<IngestErrorRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT id, path, sha256, message, at FROM ingest_errors ORDER BY id DESC",
                )
                .fetch_all(pool)
                .await?;
                let mut errors = Vec::with_capacity(rows.len());
                for row in &rows {
                    errors.push(IngestErrorRecord {
                        id: row.try_get("id")?,
                        path: row.try_get("path")?,
                        sha256: row.try_get("sha256")?,
                        message: row.try_get("message")?,
                        at: row.try_get("at")?,
                    });
                }
                Ok(errors)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Walks every document's latest revision in pages of `page_size`, for building a search index
    /// without loading the corpus into memory.
    pub fn stream_revisions(&self, page_size: usize) -> RevisionStream<'_> {
        RevisionStream {
            store: self,
            page_size: page_size.clamp(1, 10_000),
            after: 0,
            done: false,
        }
    }
}

/// Pages of [`IndexRecord`]s in document order (keyset paging: each page is one short query).
#[derive(Debug)]
pub struct RevisionStream<'a> {
    store: &'a Store,
    page_size: usize,
    /// Last document id returned.
    after: i64,
    done: bool,
}

impl RevisionStream<'_> {
    /// The next page, or `None` when every document has been returned.
    pub async fn next_page(&mut self) -> Result<Option<Vec<IndexRecord>>, StoreError> {
        if self.done {
            return Ok(None);
        }
        let after = self.after;
        let limit = i64::try_from(self.page_size).unwrap_or(i64::MAX);
        let store = self.store;
        let result: Result<Vec<IndexRecord>, Failure> = dispatch!(store, pool, SQLITE => {
            async {
                let rows = sqlx::query(concat!(
                    "SELECT ", document_columns!(), ", ", revision_columns!(),
                    ", r.text AS r_text, r.sections AS r_sections, r.meta AS r_meta ",
                    "FROM documents d JOIN revisions r ON r.id = d.latest_revision_id ",
                    "WHERE d.id > $1 ORDER BY d.id LIMIT $2"
                ))
                .bind(after)
                .bind(limit)
                .fetch_all(pool)
                .await?;
                let mut records = Vec::with_capacity(rows.len());
                for row in &rows {
                    let sections: Json<Vec<StoredSection>> = row.try_get("r_sections")?;
                    let meta: Json<serde_json::Value> = row.try_get("r_meta")?;
                    records.push(IndexRecord {
                        document: document_record!(row)?,
                        revision: revision_record!(row)?,
                        section_titles: sections.0.into_iter().map(|s| s.title).collect(),
                        body: row.try_get("r_text")?,
                        meta: meta.0,
                        assessments: Vec::new(),
                    });
                }
                if !records.is_empty() {
                    let mut query = builder(
                        pool,
                        "SELECT revision_id, family, verdict, score, risk, mitigation, context, \
                         findings, confidence FROM assessments WHERE revision_id IN (",
                    );
                    let mut list = query.separated(", ");
                    for record in &records {
                        list.push_bind(record.revision.id);
                    }
                    query.push(") ORDER BY revision_id, family");
                    let rows = query.build().fetch_all(pool).await?;
                    let mut by_revision: std::collections::HashMap<i64, Vec<AssessmentRecord>> =
                        std::collections::HashMap::new();
                    for row in &rows {
                        let assessment = assessment_record!(row)?;
                        by_revision.entry(assessment.revision_id).or_default().push(assessment);
                    }
                    for record in &mut records {
                        record.assessments =
                            by_revision.remove(&record.revision.id).unwrap_or_default();
                    }
                }
                Ok(records)
            }
            .await
        });
        let records = result.map_err(|failure| store.fail(failure))?;
        match records.last() {
            Some(last) => self.after = last.document.id,
            None => self.done = true,
        }
        if records.len() < self.page_size {
            self.done = true;
        }
        if records.is_empty() {
            return Ok(None);
        }
        Ok(Some(records))
    }
}

// ---------------------------------------------------------------- listings for the web app

/// Filters of a document listing ([`Store::list_documents`]); `None` means any. Family and verdict
/// look at the latest revision's assessments (both must hold for the same family when both are given).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DocumentFilter {
    /// Standards body (`ietf`, `w3c`).
    pub sdo: Option<String>,
    /// Family code (`SURV`).
    pub family: Option<String>,
    /// Verdict (`creates`, `mitigates`, `mixed`, `discusses`, `none`).
    pub verdict: Option<String>,
    /// Status, case-insensitive (`informational`).
    pub status: Option<String>,
    /// Working group, case-insensitive.
    pub wg: Option<String>,
    /// Year of the latest revision's date.
    pub year: Option<i32>,
}

/// One document of a listing with its latest revision and the families that revision creates or
/// mitigates risk in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentListItem {
    /// The document.
    pub document: DocumentRecord,
    /// Its latest revision, if any.
    pub latest: Option<RevisionRecord>,
    /// Families assessed `creates` in the latest revision.
    pub creates: Vec<String>,
    /// Families assessed `mitigates` in the latest revision.
    pub mitigates: Vec<String>,
}

/// A page of a document listing.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocumentPage {
    /// Documents matching the filter in all.
    pub total: i64,
    /// This page, by name.
    pub items: Vec<DocumentListItem>,
}

/// How many documents' latest revisions create or mitigate risk in a family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FamilyTally {
    /// Family code.
    pub family: String,
    /// Documents assessed `creates`.
    pub creates: i64,
    /// Documents assessed `mitigates`.
    pub mitigates: i64,
}

/// A revision with at least one family assessed `creates`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RiskyRevision {
    /// Document name.
    pub document: String,
    /// Document title.
    pub title: Option<String>,
    /// Revision row id.
    pub revision_id: i64,
    /// Revision.
    pub rev: Option<String>,
    /// Revision date.
    pub date: Option<String>,
    /// Families assessed `creates`, sorted.
    pub families: Vec<String>,
    /// Risk findings in those families.
    pub risk_findings: i64,
}

/// Which findings a feed of [`Store::scoped_feed_items`] shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedScope {
    /// Every finding of a rule code.
    Rule(String),
    /// Risk findings of a family in revisions assessed `creates` for it.
    Family(String),
    /// A document: its revisions, risk findings in `creates` families and upcoming Last Calls.
    Document(String),
}

/// Appends ` AND …` conditions of a [`DocumentFilter`] on documents `d` and latest revisions `r`.
macro_rules! push_document_filter {
    ($query:expr, $filter:expr) => {{
        let query = &mut $query;
        let filter: &DocumentFilter = $filter;
        if let Some(sdo) = &filter.sdo {
            query.push(" AND d.sdo = ");
            query.push_bind(sdo.to_ascii_lowercase());
        }
        if let Some(status) = &filter.status {
            query.push(" AND lower(d.status) = ");
            query.push_bind(status.to_ascii_lowercase());
        }
        if let Some(wg) = &filter.wg {
            query.push(" AND lower(d.wg) = ");
            query.push_bind(wg.to_ascii_lowercase());
        }
        if let Some(year) = filter.year {
            query.push(" AND substr(r.date, 1, 4) = ");
            query.push_bind(format!("{year:04}"));
        }
        if filter.family.is_some() || filter.verdict.is_some() {
            query.push(
                " AND EXISTS (SELECT 1 FROM assessments a WHERE a.revision_id = d.latest_revision_id",
            );
            if let Some(family) = &filter.family {
                query.push(" AND a.family = ");
                query.push_bind(family.to_ascii_uppercase());
            }
            if let Some(verdict) = &filter.verdict {
                query.push(" AND a.verdict = ");
                query.push_bind(verdict.to_ascii_lowercase());
            }
            query.push(")");
        }
    }};
}

impl Store {
    /// A revision by row id.
    pub async fn revision(&self, revision_id: i64) -> Result<Option<RevisionRecord>, StoreError> {
        let result: Result<Option<RevisionRecord>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let row = sqlx::query(concat!(
                    "SELECT ", revision_columns!(),
                    " FROM revisions r JOIN documents d ON d.id = r.document_id WHERE r.id = $1"
                ))
                .bind(revision_id)
                .fetch_optional(pool)
                .await?;
                Ok(row.as_ref().map(|row| revision_record!(row)).transpose()?)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Documents matching a filter, by name, `limit` from `offset`, with the total count.
    pub async fn list_documents(
        &self,
        filter: &DocumentFilter,
        limit: i64,
        offset: i64,
    ) -> Result<DocumentPage, StoreError> {
        let limit = limit.clamp(1, 1000);
        let offset = offset.max(0);
        let result: Result<DocumentPage, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut query = builder(
                    pool,
                    "SELECT COUNT(*) AS n FROM documents d \
                     LEFT JOIN revisions r ON r.id = d.latest_revision_id WHERE 1 = 1",
                );
                push_document_filter!(query, filter);
                let total: i64 = query.build().fetch_one(pool).await?.try_get("n")?;
                let mut query = builder(
                    pool,
                    concat!(
                        "SELECT ", document_columns!(), ", r.id AS latest_id FROM documents d ",
                        "LEFT JOIN revisions r ON r.id = d.latest_revision_id WHERE 1 = 1"
                    ),
                );
                push_document_filter!(query, filter);
                query.push(" ORDER BY d.name LIMIT ");
                query.push_bind(limit);
                query.push(" OFFSET ");
                query.push_bind(offset);
                let rows = query.build().fetch_all(pool).await?;
                let mut items = Vec::with_capacity(rows.len());
                let mut latest_ids = Vec::new();
                for row in &rows {
                    let latest: Option<i64> = row.try_get("latest_id")?;
                    latest_ids.extend(latest);
                    items.push((document_record!(row)?, latest));
                }
                let mut revisions = std::collections::HashMap::new();
                let mut verdicts: std::collections::HashMap<i64, (Vec<String>, Vec<String>)> =
                    std::collections::HashMap::new();
                if !latest_ids.is_empty() {
                    let mut query = builder(
                        pool,
                        concat!(
                            "SELECT ", revision_columns!(),
                            " FROM revisions r JOIN documents d ON d.id = r.document_id WHERE r.id IN ("
                        ),
                    );
                    let mut list = query.separated(", ");
                    for id in &latest_ids {
                        list.push_bind(*id);
                    }
                    query.push(")");
                    for row in query.build().fetch_all(pool).await? {
                        let revision = revision_record!(&row)?;
                        revisions.insert(revision.id, revision);
                    }
                    let mut query = builder(
                        pool,
                        "SELECT revision_id, family, verdict FROM assessments \
                         WHERE verdict IN ('creates', 'mitigates') AND revision_id IN (",
                    );
                    let mut list = query.separated(", ");
                    for id in &latest_ids {
                        list.push_bind(*id);
                    }
                    query.push(") ORDER BY revision_id, family");
                    for row in query.build().fetch_all(pool).await? {
                        let id: i64 = row.try_get("revision_id")?;
                        let family: String = row.try_get("family")?;
                        let verdict: String = row.try_get("verdict")?;
                        let entry = verdicts.entry(id).or_default();
                        if verdict == "creates" {
                            entry.0.push(family);
                        } else {
                            entry.1.push(family);
                        }
                    }
                }
                let items = items
                    .into_iter()
                    .map(|(document, latest)| {
                        let (creates, mitigates) = latest
                            .and_then(|id| verdicts.remove(&id))
                            .unwrap_or_default();
                        DocumentListItem {
                            document,
                            latest: latest.and_then(|id| revisions.remove(&id)),
                            creates,
                            mitigates,
                        }
                    })
                    .collect();
                Ok(DocumentPage { total, items })
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Per family, how many documents' latest revisions create or mitigate risk, by family code.
    pub async fn family_tallies(&self) -> Result<Vec<FamilyTally>, StoreError> {
        let result: Result<Vec<FamilyTally>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT a.family, \
                     SUM(CASE WHEN a.verdict = 'creates' THEN 1 ELSE 0 END) AS creates, \
                     SUM(CASE WHEN a.verdict = 'mitigates' THEN 1 ELSE 0 END) AS mitigates \
                     FROM documents d JOIN assessments a ON a.revision_id = d.latest_revision_id \
                     GROUP BY a.family ORDER BY a.family",
                )
                .fetch_all(pool)
                .await?;
                let mut tallies = Vec::with_capacity(rows.len());
                for row in &rows {
                    tallies.push(FamilyTally {
                        family: row.try_get("family")?,
                        creates: row.try_get("creates")?,
                        mitigates: row.try_get("mitigates")?,
                    });
                }
                Ok(tallies)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// The newest revisions (by date, then storage order) with a family assessed `creates`.
    pub async fn risky_revisions(&self, limit: i64) -> Result<Vec<RiskyRevision>, StoreError> {
        let limit = limit.clamp(1, 1000);
        let result: Result<Vec<RiskyRevision>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT d.name, d.title, r.id, r.rev, r.date FROM revisions r \
                     JOIN documents d ON d.id = r.document_id \
                     WHERE EXISTS (SELECT 1 FROM assessments a WHERE a.revision_id = r.id \
                     AND a.verdict = 'creates') \
                     ORDER BY COALESCE(r.date, '') DESC, r.id DESC LIMIT $1",
                )
                .bind(limit)
                .fetch_all(pool)
                .await?;
                let mut out = Vec::with_capacity(rows.len());
                for row in &rows {
                    out.push(RiskyRevision {
                        document: row.try_get("name")?,
                        title: row.try_get("title")?,
                        revision_id: row.try_get("id")?,
                        rev: row.try_get("rev")?,
                        date: row.try_get("date")?,
                        families: Vec::new(),
                        risk_findings: 0,
                    });
                }
                for item in &mut out {
                    let rows = sqlx::query(
                        "SELECT a.family, (SELECT COUNT(*) FROM findings f WHERE f.revision_id = a.revision_id \
                         AND f.family = a.family AND f.polarity = 'risk') AS n \
                         FROM assessments a WHERE a.revision_id = $1 AND a.verdict = 'creates' \
                         ORDER BY a.family",
                    )
                    .bind(item.revision_id)
                    .fetch_all(pool)
                    .await?;
                    for row in &rows {
                        item.families.push(row.try_get("family")?);
                        let n: i64 = row.try_get("n")?;
                        item.risk_findings += n;
                    }
                }
                Ok(out)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Last Calls whose `last-call-end` event is dated `today` (`YYYY-MM-DD`) or later, soonest first.
    pub async fn open_last_calls(
        &self,
        today: &str,
        limit: i64,
    ) -> Result<Vec<LastCallItem>, StoreError> {
        let limit = limit.clamp(1, 1000);
        let result: Result<Vec<LastCallItem>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    concat!(open_last_calls_sql!(), "$1 ORDER BY e.at, d.name LIMIT $2"),
                )
                .bind(today)
                .bind(limit)
                .fetch_all(pool)
                .await?;
                let mut out = Vec::with_capacity(rows.len());
                for row in &rows {
                    out.push(last_call_item!(row));
                }
                Ok(out)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Feed items of a rule, a family or a document (see [`FeedScope`]), newest first, at most
    /// `limit` of each kind; Last Calls are those dated `today` or later.
    pub async fn scoped_feed_items(
        &self,
        scope: &FeedScope,
        today: &str,
        limit: i64,
    ) -> Result<FeedItems, StoreError> {
        let limit = limit.clamp(1, 1000);
        let result: Result<FeedItems, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut items = FeedItems::default();
                let mut query = builder(
                    pool,
                    "SELECT d.name, r.id AS revision_id, r.rev, r.parsed_at, f.id AS finding_id, f.code, \
                     f.family, f.message, f.section FROM findings f \
                     JOIN revisions r ON r.id = f.revision_id \
                     JOIN documents d ON d.id = r.document_id WHERE ",
                );
                match scope {
                    FeedScope::Rule(code) => {
                        query.push("f.code = ");
                        query.push_bind(code.clone());
                    }
                    FeedScope::Family(family) => {
                        query.push("f.polarity = 'risk' AND f.family = ");
                        query.push_bind(family.clone());
                    }
                    FeedScope::Document(name) => {
                        query.push("f.polarity = 'risk' AND d.name = ");
                        query.push_bind(name.clone());
                    }
                }
                if !matches!(scope, FeedScope::Rule(_)) {
                    query.push(
                        " AND EXISTS (SELECT 1 FROM assessments a WHERE a.revision_id = f.revision_id \
                         AND a.family = f.family AND a.verdict = 'creates')",
                    );
                }
                query.push(" ORDER BY r.parsed_at DESC, r.id DESC, f.span_start, f.id LIMIT ");
                query.push_bind(limit);
                for row in query.build().fetch_all(pool).await? {
                    items.risk_findings.push(RiskFindingItem {
                        document: row.try_get("name")?,
                        revision_id: row.try_get("revision_id")?,
                        rev: row.try_get("rev")?,
                        finding_id: row.try_get("finding_id")?,
                        code: row.try_get("code")?,
                        family: row.try_get("family")?,
                        message: row.try_get("message")?,
                        section: row.try_get("section")?,
                        at: row.try_get("parsed_at")?,
                    });
                }
                if let FeedScope::Document(name) = scope {
                    let rows = sqlx::query(
                        "SELECT d.name, r.id, r.rev, r.title, r.parsed_at FROM revisions r \
                         JOIN documents d ON d.id = r.document_id WHERE d.name = $1 \
                         ORDER BY r.parsed_at DESC, r.id DESC LIMIT $2",
                    )
                    .bind(name)
                    .bind(limit)
                    .fetch_all(pool)
                    .await?;
                    for row in &rows {
                        items.revisions.push(NewRevisionItem {
                            document: row.try_get("name")?,
                            revision_id: row.try_get("id")?,
                            rev: row.try_get("rev")?,
                            title: row.try_get("title")?,
                            at: row.try_get("parsed_at")?,
                        });
                    }
                    let rows = sqlx::query(
                        concat!(open_last_calls_sql!(), "$1 AND d.name = $2 ORDER BY e.at"),
                    )
                    .bind(today)
                    .bind(name)
                    .fetch_all(pool)
                    .await?;
                    for row in &rows {
                        items.last_calls.push(last_call_item!(row));
                    }
                }
                Ok(items)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }
}
