//! Full-text search over standards-document revisions and their findings (tantivy).
//!
//! Callers feed plain [`RevisionRecord`]s and [`FindingRecord`]s (this crate knows nothing of the
//! store) into [`SearchIndex::rebuild`] or a [`SearchWriter`], and query with [`SearchIndex::search`].
//!
//! # Query language
//! Free text goes to tantivy's query parser over title (boost 3), name (2), abstract (2), section
//! titles (2), body and finding sentence (1): words (all must match), `"phrases"`, `AND`, `OR`,
//! `-excluded`, parentheses, `title:word`. Filters, case-insensitive, may be mixed in anywhere:
//! `sdo:` `family:` `verdict:` `status:` `wg:` `stream:` `year:2019` / `year:2015..2020`
//! `kind:revision|finding` (or a document kind: `kind:rfc`) `code:` `polarity:` `key:`.
//! Different filters all apply; values of one filter are alternatives (`sdo:ietf,w3c`); `-wg:tls`
//! excludes. `family:SURV verdict:creates` means SURV's verdict is `creates`. Input the parser
//! does not understand is searched as plain words, with a warning, never an error.
//!
//! # Storage and speed
//! Positions are kept only on the free-text fields (phrases need them); filters are raw terms.
//! The body is indexed in full but only its first [`BODY_EXCERPT_BYTES`] are stored, for snippets
//! (a match deeper in falls back to the abstract); snippets are cut from a small window around the
//! densest cluster of query words, so their cost does not grow with the document. Readers reload
//! manually ([`SearchIndex::reload`]). On the full RFC corpus (9,824 texts, 505 MB, 29,038 findings;
//! 2 cores shared with other builds) a rebuild takes 23–46 s into one 306 MB segment and
//! [`BENCH_QUERIES`] run at p50 0.6 ms, p99 1.7–9 ms (`examples/index_corpus.rs`).
//!
//! # Staleness
//! `rightscope-index.json` in the index directory records the schema version and a caller-given
//! generation; [`SearchIndex::open_if_fresh`] returns `None` when either differs or the index is
//! missing or damaged, and [`SearchIndex::rebuild`] replaces it atomically.

mod bench;
mod error;
mod index;
mod manifest;
mod query;
mod record;
mod schema;
mod snippet;

pub use bench::{latency_benchmark, LatencyReport, QueryLatency, BENCH_QUERIES};
pub use error::{Result, SearchError};
pub use index::{
    Hit, HitKind, SearchIndex, SearchResults, SearchWriter, WriterOptions, DEFAULT_MEMORY_BUDGET,
    MAX_LIMIT, MAX_OFFSET,
};
pub use manifest::{Manifest, MANIFEST_FILE};
pub use query::MAX_QUERY_BYTES;
pub use record::{FindingRecord, RevisionRecord};
pub use schema::{BODY_EXCERPT_BYTES, SCHEMA_VERSION};
pub use snippet::Snippet;
