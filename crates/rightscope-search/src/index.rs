//! The index: opening, staleness, atomic rebuilds, bulk writing and searching.

use std::fs;
use std::ops::Bound;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{PoisonError, RwLock};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, QueryParser, QueryParserError,
    RangeQuery, TermQuery,
};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::error::{Result, SearchError};
use crate::manifest::{self, Manifest};
use crate::query::{self, FilterName, ParsedQuery};
use crate::record::{FindingRecord, RevisionRecord};
use crate::schema::{self, filter_value, Fields, BODY_EXCERPT_BYTES};
use crate::snippet::{Snippet, SnippetMaker};

/// Most hits one search returns; larger limits are lowered.
pub const MAX_LIMIT: usize = 1000;
/// Deepest offset served; paging further is not a search use case and costs memory per request.
pub const MAX_OFFSET: usize = 10_000;
/// Default total memory budget of a writer, shared by its indexing threads.
pub const DEFAULT_MEMORY_BUDGET: usize = 256 * 1024 * 1024;

/// Field boosts of the free-text fields: a word in the title says more than one in the body.
const BOOSTS: [(&str, f32); 6] = [
    ("title", 3.0),
    ("names", 2.0),
    ("abstract", 2.0),
    ("sections", 2.0),
    ("body", 1.0),
    ("sentence", 1.0),
];

/// How a writer indexes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriterOptions {
    /// Total memory for indexing, split between the threads (each needs at least 15 MB).
    pub memory_budget: usize,
    /// Indexing threads.
    pub threads: usize,
    /// Merge everything into one segment when a rebuild finishes: slower to build, faster to search.
    pub single_segment: bool,
}

impl Default for WriterOptions {
    fn default() -> Self {
        // At least two threads so indexing uses both cores of the smallest machine we run on.
        let threads = std::thread::available_parallelism()
            .map_or(2, |n| n.get())
            .clamp(2, 8);
        WriterOptions {
            memory_budget: DEFAULT_MEMORY_BUDGET,
            threads,
            single_segment: true,
        }
    }
}

/// Whether a hit is a revision or one of its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    /// A document revision.
    Revision,
    /// A finding in a revision.
    Finding,
}

impl HitKind {
    /// Lower-case name, as the `kind:` filter takes it.
    pub fn as_str(self) -> &'static str {
        match self {
            HitKind::Revision => "revision",
            HitKind::Finding => "finding",
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Revision key (`rfc8890`); for a finding, its revision's.
    pub key: String,
    /// Document name.
    pub name: String,
    /// Draft revision number.
    pub rev: Option<String>,
    /// Title of the revision.
    pub title: String,
    /// Revision or finding.
    pub kind: HitKind,
    /// Relevance score (BM25 with field boosts); filters add nothing.
    pub score: f32,
    /// Highlighted passage.
    pub snippet: Snippet,
    /// Publication year.
    pub year: Option<i32>,
    /// Finding's family.
    pub family: Option<String>,
    /// Finding's rule code.
    pub code: Option<String>,
    /// Finding's family verdict for its revision.
    pub verdict: Option<String>,
    /// Finding's polarity.
    pub polarity: Option<String>,
    /// Finding's section title.
    pub section: Option<String>,
}

/// A page of results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    /// Number of matching records in all.
    pub total: usize,
    /// The requested page, best first; equal scores keep index order, so pages do not overlap.
    pub hits: Vec<Hit>,
    /// Time the search took, snippets included.
    pub took: Duration,
    /// What was not understood and how it was handled (syntax fallback, ignored filters, cut query).
    pub warnings: Vec<String>,
}

impl SearchResults {
    fn empty(took: Duration, warnings: Vec<String>) -> SearchResults {
        SearchResults {
            total: 0,
            hits: Vec::new(),
            took,
            warnings,
        }
    }
}

/// What a hit shows, stored as one small JSON value per record.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct StoredHit {
    key: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    rev: Option<String>,
    title: String,
    finding: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    family: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    verdict: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    polarity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    section: Option<String>,
}

/// A tantivy index of revisions and findings in a directory managed by this crate.
pub struct SearchIndex {
    dir: PathBuf,
    manifest: RwLock<Manifest>,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    parser: QueryParser,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("dir", &self.dir)
            .field("manifest", &self.manifest())
            .finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// Creates an empty index in `dir` (created if needed); fails if one is already there.
    pub fn create(dir: &Path) -> Result<SearchIndex> {
        fs::create_dir_all(dir).map_err(|error| SearchError::io(dir, error))?;
        if dir.join(manifest::MANIFEST_FILE).exists() {
            return Err(SearchError::AlreadyExists {
                dir: dir.to_path_buf(),
            });
        }
        let temp = manifest::new_temp_dir(dir)?;
        let built = new_tantivy_index(&temp).and_then(|_| manifest::promote(dir, &temp));
        let active = match built {
            Ok(active) => active,
            Err(error) => {
                let _ = fs::remove_dir_all(&temp);
                return Err(error);
            }
        };
        Manifest::new(active, "").write(dir)?;
        SearchIndex::open(dir)
    }

    /// Opens the index in `dir`, with a clear error if it is missing, of another schema version
    /// or damaged.
    pub fn open(dir: &Path) -> Result<SearchIndex> {
        let manifest = Manifest::read(dir)?;
        let corrupt = |reason: String| SearchError::Corrupt {
            dir: dir.to_path_buf(),
            reason,
        };
        let path = dir.join(&manifest.active);
        if !path.is_dir() {
            return Err(corrupt(format!("{} is missing", manifest.active)));
        }
        // tantivy trusts its files: a truncated segment makes it panic (arithmetic on lengths
        // read from the file) rather than fail, so opening runs under `catch_unwind`.
        let (index, reader, fields) = guard(dir, "opening the index", || {
            let index = Index::open_in_dir(&path).map_err(|error| corrupt(error.to_string()))?;
            let (expected, fields) = schema::build();
            if index.schema() != expected {
                return Err(corrupt(
                    "tantivy schema differs from this build's (same schema version)".to_string(),
                ));
            }
            schema::register_analyzer(&index);
            // Manual: an index changes only when this process commits or rebuilds, and a
            // background reload thread per index would be wasted on the common read-only case.
            let reader = index
                .reader_builder()
                .reload_policy(ReloadPolicy::Manual)
                .try_into()
                .map_err(|error| corrupt(error.to_string()))?;
            Ok((index, reader, fields))
        })?;
        let parser = query_parser(&index)?;
        Ok(SearchIndex {
            dir: dir.to_path_buf(),
            manifest: RwLock::new(manifest),
            index,
            reader,
            fields,
            parser,
        })
    }

    /// Opens the index if it exists, is intact, has this build's schema and reflects
    /// `generation`; `None` tells the caller to rebuild.
    pub fn open_if_fresh(dir: &Path, generation: &str) -> Option<SearchIndex> {
        let index = SearchIndex::open(dir).ok()?;
        (index.generation() == generation).then_some(index)
    }

    /// Builds a new index from what `fill` adds and puts it in place of the old one atomically.
    ///
    /// The new index is written into a temporary directory beside the live one; only when it is
    /// complete and committed does the manifest switch to it. If `fill` fails, the old index stays
    /// in service untouched. Works whether the old index is intact, damaged or missing.
    pub fn rebuild<F, E>(
        dir: &Path,
        generation: &str,
        options: &WriterOptions,
        fill: F,
    ) -> Result<SearchIndex, E>
    where
        F: FnOnce(&mut SearchWriter) -> Result<(), E>,
        E: From<SearchError>,
    {
        fs::create_dir_all(dir).map_err(|error| SearchError::io(dir, error))?;
        let temp = manifest::new_temp_dir(dir)?;
        match build_into(&temp, options, fill) {
            Ok(()) => {}
            Err(error) => {
                let _ = fs::remove_dir_all(&temp);
                return Err(error);
            }
        }
        let active = manifest::promote(dir, &temp).inspect_err(|_| {
            let _ = fs::remove_dir_all(&temp);
        })?;
        Manifest::new(active, generation).write(dir)?;
        manifest::remove_unused(dir);
        Ok(SearchIndex::open(dir)?)
    }

    /// A writer adding to this index with the default options. Call [`SearchWriter::commit`],
    /// then [`SearchIndex::reload`] to see the changes.
    pub fn writer(&self) -> Result<SearchWriter> {
        self.writer_with(&WriterOptions::default())
    }

    /// A writer adding to this index with the given options.
    pub fn writer_with(&self, options: &WriterOptions) -> Result<SearchWriter> {
        let mut writer = SearchWriter::new(&self.index, self.fields.clone(), options)?;
        writer.manifest_dir = Some(self.dir.clone());
        Ok(writer)
    }

    /// Makes committed changes visible to searches and re-reads the manifest.
    pub fn reload(&self) -> Result<()> {
        self.reader.reload()?;
        let manifest = Manifest::read(&self.dir)?;
        *self
            .manifest
            .write()
            .unwrap_or_else(PoisonError::into_inner) = manifest;
        Ok(())
    }

    /// The directory the index lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The generation string of the last commit.
    pub fn generation(&self) -> String {
        self.manifest().generation
    }

    fn manifest(&self) -> Manifest {
        self.manifest
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Number of records (revisions and findings) searchable now.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Number of segments searched; one after a rebuild with [`WriterOptions::single_segment`].
    pub fn num_segments(&self) -> usize {
        self.reader.searcher().segment_readers().len()
    }

    /// Bytes on disk of the live index.
    pub fn size_bytes(&self) -> u64 {
        let path = self.dir.join(self.manifest().active);
        fs::read_dir(path)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|entry| entry.metadata().ok())
                    .filter(|metadata| metadata.is_file())
                    .map(|metadata| metadata.len())
                    .sum()
            })
            .unwrap_or(0)
    }

    /// Reads every file of the index and checks its checksum (slow: use after a crash or in
    /// maintenance, not on every open).
    pub fn verify(&self) -> Result<()> {
        let damaged = self.index.validate_checksum()?;
        if damaged.is_empty() {
            return Ok(());
        }
        let mut files: Vec<String> = damaged
            .iter()
            .map(|path| path.display().to_string())
            .collect();
        files.sort();
        Err(SearchError::Corrupt {
            dir: self.dir.clone(),
            reason: format!("bad checksum in {}", files.join(", ")),
        })
    }

    /// Searches with the query language described in the crate documentation. Never fails on
    /// what the user typed: unparseable syntax falls back to its words (with a warning).
    pub fn search(&self, query: &str, limit: usize, offset: usize) -> Result<SearchResults> {
        // Damage that opening did not notice can still make tantivy panic while reading.
        guard(&self.dir, "searching", || {
            self.search_unguarded(query, limit, offset)
        })
    }

    fn search_unguarded(&self, query: &str, limit: usize, offset: usize) -> Result<SearchResults> {
        let started = Instant::now();
        let mut warnings = Vec::new();
        let (capped, cut) = query::cap(query);
        if cut {
            warnings.push(format!(
                "the query was cut to its first {} bytes",
                capped.len()
            ));
        }
        let mut parsed = query::parse(capped);
        warnings.append(&mut parsed.warnings);
        let text_query = if parsed.text.is_empty() {
            None
        } else {
            self.text_query(&parsed.text, &mut warnings)
        };
        let (positive, negative) = self.filter_clauses(&parsed);
        if text_query.is_none() && positive.is_empty() && negative.is_empty() {
            // Nothing was asked: an empty page rather than the whole index.
            return Ok(SearchResults::empty(started.elapsed(), warnings));
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        match &text_query {
            Some(text) => clauses.push((Occur::Must, text.box_clone())),
            None if positive.is_empty() => clauses.push((Occur::Must, Box::new(AllQuery))),
            None => {}
        }
        // Filters select; they must not change the ranking, so they score zero.
        clauses.extend(
            positive
                .into_iter()
                .map(|filter| -> (Occur, Box<dyn Query>) {
                    (Occur::Must, Box::new(ConstScoreQuery::new(filter, 0.0)))
                }),
        );
        clauses.extend(negative.into_iter().map(|filter| (Occur::MustNot, filter)));
        let full = BooleanQuery::new(clauses);

        let limit = limit.min(MAX_LIMIT);
        let offset = offset.min(MAX_OFFSET);
        let searcher = self.reader.searcher();
        if limit == 0 {
            let total = searcher.search(&full, &Count)?;
            return Ok(SearchResults {
                total,
                hits: Vec::new(),
                took: started.elapsed(),
                warnings,
            });
        }
        let (total, top) = searcher.search(
            &full,
            &(
                Count,
                TopDocs::with_limit(limit)
                    .and_offset(offset)
                    .order_by_score(),
            ),
        )?;

        let makers = match &text_query {
            Some(text) => Makers {
                body: SnippetMaker::new(&searcher, text.as_ref(), self.fields.body)?,
                abstract_text: SnippetMaker::new(
                    &searcher,
                    text.as_ref(),
                    self.fields.abstract_text,
                )?,
                sentence: SnippetMaker::new(&searcher, text.as_ref(), self.fields.sentence)?,
            },
            None => Makers::default(),
        };
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            hits.push(self.hit(&doc, score, &makers));
        }
        Ok(SearchResults {
            total,
            hits,
            took: started.elapsed(),
            warnings,
        })
    }

    /// The free text as a tantivy query: the query parser's reading if it has one, otherwise the
    /// bare words. `None` if nothing searchable is left.
    fn text_query(&self, text: &str, warnings: &mut Vec<String>) -> Option<Box<dyn Query>> {
        if query::nesting(text) <= query::MAX_NESTING {
            match self.parser.parse_query(text) {
                Ok(parsed) => return Some(parsed),
                // Only exclusions (`-foo`): exclude them from everything.
                Err(QueryParserError::AllButQueryForbidden) => {
                    if let Ok(parsed) = self.parser.parse_query(&format!("* {text}")) {
                        return Some(parsed);
                    }
                }
                Err(_) => {}
            }
        }
        let words = query::plain_words(text);
        if words.is_empty() {
            warnings.push("the query has no words to search for".to_string());
            return None;
        }
        warnings.push(format!(
            "the query syntax was not understood; searched for the words: {words}"
        ));
        match self.parser.parse_query(&words) {
            Ok(parsed) => Some(parsed),
            Err(_) => {
                let (parsed, _errors) = self.parser.parse_query_lenient(&words);
                Some(parsed)
            }
        }
    }

    /// Filter queries that must match and those that must not.
    fn filter_clauses(&self, parsed: &ParsedQuery) -> (Queries, Queries) {
        let fields = &self.fields;
        let mut positive: Vec<Box<dyn Query>> = Vec::new();
        let mut negative: Vec<Box<dyn Query>> = Vec::new();
        let simple = [
            (FilterName::Sdo, fields.sdo),
            (FilterName::Status, fields.status),
            (FilterName::Wg, fields.wg),
            (FilterName::Stream, fields.stream),
            (FilterName::Code, fields.code),
            (FilterName::Polarity, fields.polarity),
            (FilterName::Key, fields.key),
        ];
        for (name, field) in simple {
            let wanted = parsed.values(name, false);
            if !wanted.is_empty() {
                positive.push(any_term(field, &wanted));
            }
            let unwanted = parsed.values(name, true);
            if !unwanted.is_empty() {
                negative.push(any_term(field, &unwanted));
            }
        }

        // `kind:` takes the record kind (revision, finding) or the document kind (rfc, draft).
        for negated in [false, true] {
            let values = parsed.values(FilterName::Kind, negated);
            let (records, documents): (Vec<&str>, Vec<&str>) = values
                .into_iter()
                .partition(|value| matches!(*value, "revision" | "finding"));
            let target = if negated {
                &mut negative
            } else {
                &mut positive
            };
            if !records.is_empty() {
                target.push(any_term(fields.kind, &records));
            }
            if !documents.is_empty() {
                target.push(any_term(fields.doctype, &documents));
            }
        }

        // A family and a verdict together constrain the same family: `surv:creates`.
        let families = parsed.values(FilterName::Family, false);
        let verdicts = parsed.values(FilterName::Verdict, false);
        let not_families = parsed.values(FilterName::Family, true);
        let not_verdicts = parsed.values(FilterName::Verdict, true);
        let pairs = |families: &[&str], verdicts: &[&str]| -> Vec<String> {
            families
                .iter()
                .flat_map(|family| {
                    verdicts
                        .iter()
                        .map(move |verdict| format!("{family}:{verdict}"))
                })
                .collect()
        };
        match (families.is_empty(), verdicts.is_empty()) {
            (false, false) => {
                let pairs = pairs(&families, &verdicts);
                let pairs: Vec<&str> = pairs.iter().map(String::as_str).collect();
                positive.push(any_term(fields.family_verdict, &pairs));
            }
            (false, true) => positive.push(any_term(fields.family, &families)),
            (true, false) => positive.push(any_term(fields.verdict, &verdicts)),
            (true, true) => {}
        }
        if !not_families.is_empty() {
            negative.push(any_term(fields.family, &not_families));
        }
        if !not_verdicts.is_empty() {
            if families.is_empty() {
                negative.push(any_term(fields.verdict, &not_verdicts));
            } else {
                let pairs = pairs(&families, &not_verdicts);
                let pairs: Vec<&str> = pairs.iter().map(String::as_str).collect();
                negative.push(any_term(fields.family_verdict, &pairs));
            }
        }

        for negated in [false, true] {
            let ranges: Vec<Box<dyn Query>> = parsed
                .values(FilterName::Year, negated)
                .into_iter()
                .filter_map(query::parse_years)
                .map(|range| -> Box<dyn Query> {
                    let bound = |year: i64, open: i64| {
                        if year == open {
                            Bound::Unbounded
                        } else {
                            Bound::Included(Term::from_field_i64(fields.year, year))
                        }
                    };
                    Box::new(RangeQuery::new(
                        bound(range.from, i64::MIN),
                        bound(range.to, i64::MAX),
                    ))
                })
                .collect();
            if !ranges.is_empty() {
                let query = union(ranges);
                if negated {
                    negative.push(query);
                } else {
                    positive.push(query);
                }
            }
        }
        (positive, negative)
    }

    fn hit(&self, doc: &TantivyDocument, score: f32, makers: &Makers) -> Hit {
        let text = |field| {
            doc.get_first(field)
                .and_then(|value| value.as_str())
                .unwrap_or("")
        };
        // A record this crate wrote always has it; an unreadable one still shows as a hit.
        let stored: StoredHit = serde_json::from_str(text(self.fields.hit)).unwrap_or_default();
        let snippet = if stored.finding {
            let sentence = text(self.fields.sentence);
            makers
                .sentence
                .as_ref()
                .and_then(|maker| maker.snippet(sentence))
                .unwrap_or_else(|| Snippet::head(sentence))
        } else {
            let excerpt = text(self.fields.excerpt);
            let abstract_text = text(self.fields.abstract_text);
            makers
                .body
                .as_ref()
                .and_then(|maker| maker.snippet(excerpt))
                .or_else(|| {
                    makers
                        .abstract_text
                        .as_ref()
                        .and_then(|maker| maker.snippet(abstract_text))
                })
                .unwrap_or_else(|| {
                    Snippet::head(if abstract_text.trim().is_empty() {
                        excerpt
                    } else {
                        abstract_text
                    })
                })
        };
        Hit {
            key: stored.key,
            name: stored.name,
            rev: stored.rev,
            title: stored.title,
            kind: if stored.finding {
                HitKind::Finding
            } else {
                HitKind::Revision
            },
            score,
            snippet,
            year: stored.year,
            family: stored.family,
            code: stored.code,
            verdict: stored.verdict,
            polarity: stored.polarity,
            section: stored.section,
        }
    }
}

/// Runs `work`, turning a panic inside tantivy (damaged files) into [`SearchError::Corrupt`].
fn guard<T>(dir: &Path, what: &str, work: impl FnOnce() -> Result<T>) -> Result<T> {
    // Nothing observable is left half-updated by a panic here: `work` only reads.
    match std::panic::catch_unwind(AssertUnwindSafe(work)) {
        Ok(result) => result,
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|message| (*message).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            Err(SearchError::Corrupt {
                dir: dir.to_path_buf(),
                reason: format!("the search engine failed while {what}: {message}"),
            })
        }
    }
}

/// A list of queries (filters to require or to exclude).
type Queries = Vec<Box<dyn Query>>;

/// Snippet makers of one search, one per field snippets are cut from.
#[derive(Debug, Default)]
struct Makers {
    body: Option<SnippetMaker>,
    abstract_text: Option<SnippetMaker>,
    sentence: Option<SnippetMaker>,
}

/// A query matching any of `values` (already normalised) in a raw field.
fn any_term(field: tantivy::schema::Field, values: &[&str]) -> Box<dyn Query> {
    let terms: Vec<Box<dyn Query>> = values
        .iter()
        .map(|value| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, value),
                IndexRecordOption::Basic,
            ))
        })
        .collect();
    union(terms)
}

fn union(mut queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if queries.len() == 1 {
        if let Some(query) = queries.pop() {
            return query;
        }
    }
    Box::new(BooleanQuery::union(queries))
}

fn query_parser(index: &Index) -> Result<QueryParser> {
    let schema = index.schema();
    let mut default_fields = Vec::with_capacity(BOOSTS.len());
    let mut boosts = Vec::with_capacity(BOOSTS.len());
    for (name, boost) in BOOSTS {
        let field = schema.get_field(name)?;
        default_fields.push(field);
        boosts.push((field, boost));
    }
    let mut parser = QueryParser::new(schema, default_fields, index.tokenizers().clone());
    // Every word must appear (in some field): what people expect of a search box, and
    // intersections are much cheaper than unions on a large corpus.
    parser.set_conjunction_by_default();
    for (field, boost) in boosts {
        parser.set_field_boost(field, boost);
    }
    Ok(parser)
}

fn new_tantivy_index(path: &Path) -> Result<Index> {
    let (schema, _) = schema::build();
    let index = Index::create_in_dir(path, schema)?;
    schema::register_analyzer(&index);
    Ok(index)
}

/// Fills a new tantivy index in `temp` and commits it.
fn build_into<F, E>(temp: &Path, options: &WriterOptions, fill: F) -> Result<(), E>
where
    F: FnOnce(&mut SearchWriter) -> Result<(), E>,
    E: From<SearchError>,
{
    let index = new_tantivy_index(temp)?;
    let (_, fields) = schema::build();
    let mut writer = SearchWriter::new(&index, fields, options)?;
    fill(&mut writer)?;
    writer.writer.commit().map_err(SearchError::from)?;
    writer.finish(options.single_segment)?;
    Ok(())
}

/// Adds records to an index in bulk, on several threads within a memory budget.
pub struct SearchWriter {
    writer: IndexWriter<TantivyDocument>,
    fields: Fields,
    /// Index directory whose manifest a commit updates; `None` while rebuilding (the rebuild
    /// writes the manifest once the new index is complete).
    manifest_dir: Option<PathBuf>,
    revisions: u64,
    findings: u64,
}

impl std::fmt::Debug for SearchWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchWriter")
            .field("revisions", &self.revisions)
            .field("findings", &self.findings)
            .finish_non_exhaustive()
    }
}

impl SearchWriter {
    fn new(index: &Index, fields: Fields, options: &WriterOptions) -> Result<SearchWriter> {
        let threads = options.threads.max(1);
        let writer = index.writer_with_num_threads(threads, options.memory_budget)?;
        Ok(SearchWriter {
            writer,
            fields,
            manifest_dir: None,
            revisions: 0,
            findings: 0,
        })
    }

    /// Revisions added so far.
    pub fn revisions(&self) -> u64 {
        self.revisions
    }

    /// Findings added so far.
    pub fn findings(&self) -> u64 {
        self.findings
    }

    /// Adds a revision and its findings; the findings inherit the revision's filters (sdo, status,
    /// wg, stream, year, document kind). Visible after [`SearchWriter::commit`].
    pub fn add(&mut self, revision: &RevisionRecord, findings: &[FindingRecord]) -> Result<()> {
        self.writer.add_document(self.revision_doc(revision))?;
        self.revisions += 1;
        for finding in findings {
            self.writer
                .add_document(self.finding_doc(revision, finding))?;
            self.findings += 1;
        }
        Ok(())
    }

    /// Replaces whatever the index holds under the revision's key with this revision and findings.
    pub fn upsert(&mut self, revision: &RevisionRecord, findings: &[FindingRecord]) -> Result<()> {
        self.delete(&revision.key);
        self.add(revision, findings)
    }

    /// Deletes a revision and its findings by key (applies to what was added before the call).
    pub fn delete(&mut self, key: &str) {
        self.writer
            .delete_term(Term::from_field_text(self.fields.key, &filter_value(key)));
    }

    /// Commits what was added; when writing to a live index, also records `generation` in the
    /// manifest (a rebuild records its own generation when it completes).
    pub fn commit(&mut self, generation: &str) -> Result<()> {
        self.writer.commit()?;
        if let Some(dir) = &self.manifest_dir {
            let mut manifest = Manifest::read(dir)?;
            manifest.generation = generation.to_string();
            manifest.committed_at = Manifest::new(String::new(), "").committed_at;
            manifest.write(dir)?;
        }
        Ok(())
    }

    /// Waits for background merges, optionally merging every segment into one first.
    /// Uncommitted additions are dropped.
    pub fn finish(mut self, single_segment: bool) -> Result<()> {
        if single_segment {
            let segments = self.writer.index().searchable_segment_ids()?;
            if segments.len() > 1 {
                self.writer.merge(&segments).wait()?;
            }
        }
        self.writer.wait_merging_threads()?;
        Ok(())
    }

    fn revision_doc(&self, revision: &RevisionRecord) -> TantivyDocument {
        let fields = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(fields.kind, HitKind::Revision.as_str());
        doc.add_text(fields.key, filter_value(&revision.key));
        doc.add_text(
            fields.hit,
            stored_json(&StoredHit {
                key: revision.key.clone(),
                name: revision.name.clone(),
                rev: revision.rev.clone(),
                title: revision.title.clone(),
                finding: false,
                year: revision.year,
                ..StoredHit::default()
            }),
        );
        doc.add_text(fields.title, &revision.title);
        let mut names = format!("{} {}", revision.name, revision.key);
        if let Some(number) = revision.rfc_number {
            names.push_str(&format!(" RFC {number} rfc{number}"));
        }
        doc.add_text(fields.names, names);
        doc.add_text(fields.abstract_text, &revision.abstract_text);
        for title in &revision.section_titles {
            doc.add_text(fields.sections, title);
        }
        doc.add_text(fields.body, &revision.body);
        doc.add_text(fields.excerpt, excerpt(&revision.body));
        self.add_revision_filters(&mut doc, revision);
        for (family, verdict) in &revision.verdicts {
            let (family, verdict) = (filter_value(family), filter_value(verdict));
            if family.is_empty() || verdict.is_empty() {
                continue;
            }
            // `family:SURV` means the document has something to say about SURV.
            if verdict != "none" {
                doc.add_text(fields.family, &family);
            }
            doc.add_text(fields.verdict, &verdict);
            doc.add_text(fields.family_verdict, format!("{family}:{verdict}"));
        }
        doc
    }

    fn finding_doc(&self, revision: &RevisionRecord, finding: &FindingRecord) -> TantivyDocument {
        let fields = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(fields.kind, HitKind::Finding.as_str());
        doc.add_text(fields.key, filter_value(&revision.key));
        let non_empty = |value: &str| (!value.trim().is_empty()).then(|| value.to_string());
        doc.add_text(
            fields.hit,
            stored_json(&StoredHit {
                key: revision.key.clone(),
                name: revision.name.clone(),
                rev: revision.rev.clone(),
                title: revision.title.clone(),
                finding: true,
                year: revision.year,
                family: non_empty(&finding.family),
                code: non_empty(&finding.code),
                verdict: non_empty(&finding.verdict),
                polarity: non_empty(&finding.polarity),
                section: finding.section.clone(),
            }),
        );
        doc.add_text(fields.sentence, &finding.sentence);
        if let Some(section) = &finding.section {
            doc.add_text(fields.sections, section);
        }
        self.add_revision_filters(&mut doc, revision);
        let family = filter_value(&finding.family);
        let verdict = filter_value(&finding.verdict);
        add_filter(&mut doc, fields.family, &finding.family);
        add_filter(&mut doc, fields.verdict, &finding.verdict);
        if !family.is_empty() && !verdict.is_empty() {
            doc.add_text(fields.family_verdict, format!("{family}:{verdict}"));
        }
        add_filter(&mut doc, fields.code, &finding.code);
        add_filter(&mut doc, fields.polarity, &finding.polarity);
        doc
    }

    fn add_revision_filters(&self, doc: &mut TantivyDocument, revision: &RevisionRecord) {
        let fields = &self.fields;
        add_filter(doc, fields.sdo, &revision.sdo);
        add_filter(doc, fields.doctype, &revision.kind);
        for (field, value) in [
            (fields.status, &revision.status),
            (fields.wg, &revision.wg),
            (fields.stream, &revision.stream),
        ] {
            if let Some(value) = value {
                add_filter(doc, field, value);
            }
        }
        if let Some(year) = revision.year {
            doc.add_i64(fields.year, i64::from(year));
        }
    }
}

fn add_filter(doc: &mut TantivyDocument, field: tantivy::schema::Field, value: &str) {
    let value = filter_value(value);
    if !value.is_empty() {
        doc.add_text(field, value);
    }
}

fn stored_json(hit: &StoredHit) -> String {
    // Serialising plain strings and numbers cannot fail; an empty object is a safe fallback.
    serde_json::to_string(hit).unwrap_or_else(|_| "{}".to_string())
}

/// The first [`BODY_EXCERPT_BYTES`] of `body`, cut at a character boundary.
fn excerpt(body: &str) -> &str {
    if body.len() <= BODY_EXCERPT_BYTES {
        return body;
    }
    let mut end = BODY_EXCERPT_BYTES;
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    &body[..end]
}
