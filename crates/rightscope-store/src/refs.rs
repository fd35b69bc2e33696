//! The reference graph: what a document's latest revision references, what references it, and the
//! risks it inherits from the documents it depends on; plus the considerations facts trends use.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::error::{Failure, StoreError};
use crate::model::RelationRecord;
use crate::store::Store;
use crate::write::builder;

/// How deep normative references are followed for inherited risks.
pub const INHERIT_DEPTH: usize = 3;

/// How many document names one query of the reference walk binds (well under SQLite's and
/// PostgreSQL's limits on bound parameters).
const BATCH: usize = 500;

/// One entry of a revision's reference lists, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewReference {
    /// Label the document cites it by (`RFC2119`).
    pub label: String,
    /// `normative`, `informative` or `unknown`.
    pub kind: String,
    /// Store name of the referenced document, when recognisable.
    pub target: Option<String>,
    /// Title of the referenced work.
    pub title: Option<String>,
    /// Byte span of the entry in the revision text.
    pub span: Option<(i64, i64)>,
}

/// A considerations section kind a revision has, and whether it is substantive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewConsideration {
    /// Section kind name (`SecurityConsiderations`).
    pub kind: String,
    /// Whether it says more than "None." (rule in `rightscope_doc::considerations`).
    pub substantive: bool,
    /// Words in its body.
    pub words: i64,
}

/// A reference of a document's latest revision, with whether its target is in the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutgoingReference {
    /// Label as cited.
    pub label: String,
    /// `normative`, `informative` or `unknown`.
    pub kind: String,
    /// Store name of the target, when recognisable.
    pub target: Option<String>,
    /// Title of the referenced work.
    pub title: Option<String>,
    /// Whether the target document is stored.
    pub stored: bool,
}

/// A document whose latest revision references the one asked about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IncomingReference {
    /// The referencing document.
    pub from: String,
    /// Label it cites the document by.
    pub label: String,
    /// `normative`, `informative` or `unknown`.
    pub kind: String,
}

/// A `creates` verdict of a referenced document, reached through references.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InheritedRisk {
    /// Rule family (`ENC`).
    pub family: String,
    /// The referenced document whose latest assessment creates the risk.
    pub source: String,
    /// Document names from the asking document to `source`, both included.
    pub path: Vec<String>,
    /// `normative` when every hop is normative, `informative` when the first hop is informative.
    pub kind: String,
    /// Score of the source's assessment.
    pub score: f64,
}

/// A document's place in the reference graph: the shape of `rightscope refs --format json` and of
/// `/api/v1/documents/{name}/references`, built in one place so both always agree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RefsReport {
    /// Version of this shape.
    pub version: u32,
    /// The stored name the request resolved to.
    pub name: String,
    /// References of the latest revision, in document order.
    pub depends_on: Vec<OutgoingReference>,
    /// Risks inherited through references (never the document's own verdicts).
    pub inherited_risks: Vec<InheritedRisk>,
    /// Documents whose latest revision references this one.
    pub depended_on_by: Vec<IncomingReference>,
    /// Obsoletes/updates relations from and to the document.
    pub relations: Vec<RelationRecord>,
}

/// Store names a reader's spelling may mean, most likely first: `RFC 8890` is `rfc8890`,
/// `draft-foo-03` is a revision of `draft-foo`, and W3C shortnames keep their case.
pub fn name_candidates(name: &str) -> Vec<String> {
    let wanted = name.trim().to_ascii_lowercase().replace("rfc ", "rfc");
    let mut candidates = vec![wanted.clone()];
    if let Some((base, rev)) = wanted.rsplit_once('-') {
        if rev.len() == 2 && rev.bytes().all(|b| b.is_ascii_digit()) {
            candidates.push(base.to_string());
        }
    }
    let exact = name.trim().to_string();
    if !candidates.contains(&exact) {
        candidates.push(exact);
    }
    candidates
}

/// The stored form of a parsed document's references.
pub(crate) fn references_from(document: &rightscope_doc::Document) -> Vec<NewReference> {
    document
        .references
        .iter()
        .map(|reference| NewReference {
            label: reference.label.clone(),
            kind: reference.kind.as_str().to_string(),
            target: reference.target.clone(),
            title: reference.title.clone(),
            span: reference.span.as_ref().map(|span| {
                (
                    i64::try_from(span.start).unwrap_or(i64::MAX),
                    i64::try_from(span.end).unwrap_or(i64::MAX),
                )
            }),
        })
        .collect()
}

/// The stored form of a parsed document's considerations sections.
pub(crate) fn considerations_from(document: &rightscope_doc::Document) -> Vec<NewConsideration> {
    rightscope_doc::considerations::considerations(document)
        .into_iter()
        .map(|c| NewConsideration {
            kind: c.kind.as_str().to_string(),
            substantive: c.substantive,
            words: i64::try_from(c.words).unwrap_or(i64::MAX),
        })
        .collect()
}

macro_rules! insert_references {
    ($tx:expr, $pool:expr, $revision_id:expr, $references:expr, $considerations:expr) => {{
        let references: &[crate::refs::NewReference] = $references;
        let considerations: &[crate::refs::NewConsideration] = $considerations;
        async {
            for (chunk_index, chunk) in references.chunks(400).enumerate() {
                let mut query = crate::write::builder(
                    $pool,
                    "INSERT INTO doc_references (revision_id, seq, label, kind, target, title, \
                     span_start, span_end) ",
                );
                query.push_values(chunk.iter().enumerate(), |mut row, (i, reference)| {
                    let seq = i64::try_from(chunk_index * 400 + i).unwrap_or(i64::MAX);
                    row.push_bind($revision_id)
                        .push_bind(seq)
                        .push_bind(crate::write::without_nul(&reference.label).into_owned())
                        .push_bind(reference.kind.as_str())
                        .push_bind(
                            reference
                                .target
                                .as_deref()
                                .map(|t| crate::write::without_nul(t).into_owned()),
                        )
                        .push_bind(
                            reference
                                .title
                                .as_deref()
                                .map(|t| crate::write::without_nul(t).into_owned()),
                        )
                        .push_bind(reference.span.map(|s| s.0))
                        .push_bind(reference.span.map(|s| s.1));
                });
                query.build().execute(&mut *$tx).await?;
            }
            if !considerations.is_empty() {
                let mut query = crate::write::builder(
                    $pool,
                    "INSERT INTO considerations (revision_id, kind, substantive, words) ",
                );
                query.push_values(considerations, |mut row, consideration| {
                    row.push_bind($revision_id)
                        .push_bind(consideration.kind.as_str())
                        .push_bind(i64::from(consideration.substantive))
                        .push_bind(consideration.words);
                });
                query.push(" ON CONFLICT DO NOTHING");
                query.build().execute(&mut *$tx).await?;
            }
            Ok::<(), sqlx::Error>(())
        }
        .await
    }};
}
pub(crate) use insert_references;

impl Store {
    /// The reference report of a document (name spelled as [`name_candidates`] accepts), or `None`
    /// when no such document is stored.
    pub async fn refs_report(&self, name: &str) -> Result<Option<RefsReport>, StoreError> {
        for candidate in name_candidates(name) {
            let Some(view) = self.document(&candidate).await? else {
                continue;
            };
            return Ok(Some(RefsReport {
                version: 1,
                depends_on: self.references_of(&candidate).await?,
                inherited_risks: self.inherited_risks(&candidate).await?,
                depended_on_by: self.referenced_by(&candidate).await?,
                relations: view.relations,
                name: candidate,
            }));
        }
        Ok(None)
    }

    /// References of a document's latest revision, in document order; empty for an unknown name.
    pub async fn references_of(&self, name: &str) -> Result<Vec<OutgoingReference>, StoreError> {
        let result: Result<Vec<OutgoingReference>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT r.label, r.kind, r.target, r.title, t.name AS stored_name \
                     FROM documents d JOIN doc_references r ON r.revision_id = d.latest_revision_id \
                     LEFT JOIN documents t ON t.name = r.target \
                     WHERE d.name = $1 ORDER BY r.seq",
                )
                .bind(name)
                .fetch_all(pool)
                .await?;
                let mut out = Vec::with_capacity(rows.len());
                for row in &rows {
                    let stored: Option<String> = row.try_get("stored_name")?;
                    out.push(OutgoingReference {
                        label: row.try_get("label")?,
                        kind: row.try_get("kind")?,
                        target: row.try_get("target")?,
                        title: row.try_get("title")?,
                        stored: stored.is_some(),
                    });
                }
                Ok(out)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Documents whose latest revision references `name`, by name.
    pub async fn referenced_by(&self, name: &str) -> Result<Vec<IncomingReference>, StoreError> {
        let result: Result<Vec<IncomingReference>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT d.name, r.label, r.kind FROM doc_references r \
                     JOIN documents d ON d.latest_revision_id = r.revision_id \
                     WHERE r.target = $1 ORDER BY d.name, r.seq",
                )
                .bind(name)
                .fetch_all(pool)
                .await?;
                let mut out = Vec::with_capacity(rows.len());
                for row in &rows {
                    out.push(IncomingReference {
                        from: row.try_get("name")?,
                        label: row.try_get("label")?,
                        kind: row.try_get("kind")?,
                    });
                }
                Ok(out)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Edges out of the latest revisions of `sources` to stored documents, as (source, target, kind),
    /// by source and then in document order: one query per [`BATCH`] sources.
    async fn edges_from(
        &self,
        sources: &[String],
    ) -> Result<Vec<(String, String, String)>, StoreError> {
        let mut out = Vec::new();
        for chunk in sources.chunks(BATCH) {
            let result: Result<Vec<(String, String, String)>, Failure> = dispatch!(self, pool, SQLITE => {
                async {
                    let mut query = builder(
                        pool,
                        "SELECT d.name AS source, r.target, r.kind FROM documents d \
                         JOIN doc_references r ON r.revision_id = d.latest_revision_id \
                         JOIN documents t ON t.name = r.target WHERE d.name IN (",
                    );
                    let mut list = query.separated(", ");
                    for name in chunk {
                        list.push_bind(name);
                    }
                    query.push(") ORDER BY d.name, r.seq");
                    let rows = query.build().fetch_all(pool).await?;
                    let mut edges = Vec::with_capacity(rows.len());
                    for row in &rows {
                        edges.push((row.try_get("source")?, row.try_get("target")?, row.try_get("kind")?));
                    }
                    Ok(edges)
                }
                .await
            });
            out.extend(result.map_err(|failure| self.fail(failure))?);
        }
        Ok(out)
    }

    /// `creates` verdicts of the latest assessments of `names`, as (family, score) by family, keyed
    /// by name. `CONS` is left out: a missing considerations section is about how a document is
    /// written and does not carry over to the documents that use it.
    async fn creates_of(
        &self,
        names: &[String],
    ) -> Result<HashMap<String, Vec<(String, f64)>>, StoreError> {
        let mut out: HashMap<String, Vec<(String, f64)>> = HashMap::new();
        for chunk in names.chunks(BATCH) {
            let result: Result<Vec<(String, String, f64)>, Failure> = dispatch!(self, pool, SQLITE => {
                async {
                    let mut query = builder(
                        pool,
                        "SELECT d.name, a.family, a.score FROM documents d \
                         JOIN assessments a ON a.revision_id = d.latest_revision_id \
                         WHERE a.verdict = 'creates' AND a.family <> 'CONS' AND d.name IN (",
                    );
                    let mut list = query.separated(", ");
                    for name in chunk {
                        list.push_bind(name);
                    }
                    query.push(") ORDER BY d.name, a.family");
                    let rows = query.build().fetch_all(pool).await?;
                    let mut verdicts = Vec::with_capacity(rows.len());
                    for row in &rows {
                        verdicts.push((row.try_get("name")?, row.try_get("family")?, row.try_get("score")?));
                    }
                    Ok(verdicts)
                }
                .await
            });
            for (name, family, score) in result.map_err(|failure| self.fail(failure))? {
                out.entry(name).or_default().push((family, score));
            }
        }
        Ok(out)
    }

    /// Risks a document inherits: the `creates` verdicts of every document reached through normative
    /// references (followed up to [`INHERIT_DEPTH`] hops, shortest path first, kind `normative`), then
    /// of its direct informative or unlabelled references not reached normatively (kind `informative`
    /// or `unknown`, not followed further). The document's own verdicts are not read or changed.
    ///
    /// The walk goes one hop at a time over the whole frontier, so a document page costs at most
    /// [`INHERIT_DEPTH`] edge queries and one verdict query (per [`BATCH`] documents), however many
    /// documents it reaches.
    pub async fn inherited_risks(&self, name: &str) -> Result<Vec<InheritedRisk>, StoreError> {
        let mut reached: HashSet<String> = HashSet::from([name.to_string()]);
        // Paths in the order their last document was first reached: that order picks the path shown.
        let mut normative: Vec<Vec<String>> = Vec::new();
        let mut direct: Vec<(String, String)> = Vec::new();
        let mut frontier: Vec<Vec<String>> = vec![vec![name.to_string()]];
        while !frontier.is_empty() && frontier[0].len() <= INHERIT_DEPTH {
            let sources: Vec<String> = frontier
                .iter()
                .filter_map(|path| path.last().cloned())
                .collect();
            let mut edges: HashMap<String, Vec<(String, String)>> = HashMap::new();
            for (source, target, kind) in self.edges_from(&sources).await? {
                edges.entry(source).or_default().push((target, kind));
            }
            let mut next_frontier = Vec::new();
            for path in &frontier {
                let Some(current) = path.last() else {
                    continue;
                };
                for (target, kind) in edges.get(current).into_iter().flatten() {
                    if kind != "normative" {
                        if path.len() == 1 {
                            direct.push((target.clone(), kind.clone()));
                        }
                        continue;
                    }
                    if !reached.insert(target.clone()) {
                        continue;
                    }
                    let mut next = path.clone();
                    next.push(target.clone());
                    normative.push(next.clone());
                    next_frontier.push(next);
                }
            }
            frontier = next_frontier;
        }
        let mut paths: Vec<(Vec<String>, String)> = normative
            .into_iter()
            .map(|path| (path, "normative".to_string()))
            .collect();
        for (target, kind) in direct {
            if reached.insert(target.clone()) {
                paths.push((vec![name.to_string(), target], kind));
            }
        }
        let targets: Vec<String> = paths
            .iter()
            .filter_map(|(path, _)| path.last().cloned())
            .collect();
        let creates = self.creates_of(&targets).await?;
        let mut out = Vec::new();
        for (path, kind) in paths {
            let Some(source) = path.last() else {
                continue;
            };
            for (family, score) in creates.get(source).into_iter().flatten() {
                out.push(InheritedRisk {
                    family: family.clone(),
                    source: source.clone(),
                    path: path.clone(),
                    kind: kind.clone(),
                    score: *score,
                });
            }
        }
        let rank = |kind: &str| match kind {
            "normative" => 0,
            "informative" => 1,
            _ => 2,
        };
        out.sort_by(|a, b| {
            (
                rank(&a.kind),
                a.path.len(),
                a.family.as_str(),
                a.source.as_str(),
            )
                .cmp(&(
                    rank(&b.kind),
                    b.path.len(),
                    b.family.as_str(),
                    b.source.as_str(),
                ))
        });
        Ok(out)
    }
}
