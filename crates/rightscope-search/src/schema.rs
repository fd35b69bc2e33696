//! The tantivy schema: which fields exist, how each is indexed and what is stored.
//!
//! Choices that keep the index small and queries fast:
//! - Positions are recorded only on the free-text fields, because only they take phrase queries;
//!   filter fields are raw terms without frequencies or positions.
//! - Nothing is stored for display except one small JSON blob per hit, the abstract, the finding
//!   sentence and a bounded excerpt of the body (see [`BODY_EXCERPT_BYTES`]) that snippets are cut
//!   from. The full body is indexed but not stored: storing it would roughly double the index for
//!   snippets that, for three RFCs in four, the excerpt already covers.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::{LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer};
use tantivy::Index;

/// Version of the schema and of what goes into it; bump it when either changes so old indexes are
/// rebuilt instead of misread.
pub const SCHEMA_VERSION: u32 = 1;

/// How much of a revision's body is stored for snippets. Three quarters of RFCs are shorter; a
/// match further in falls back to a snippet of the abstract.
pub const BODY_EXCERPT_BYTES: usize = 64 * 1024;

/// Name of the English analyser registered on every index this crate opens.
pub(crate) const ANALYZER: &str = "rightscope_en";

/// Longest token kept; longer ones are base64 blobs and hex dumps nobody searches for.
const MAX_TOKEN_BYTES: usize = 40;

/// Handles of every field of the schema.
#[derive(Debug, Clone)]
pub(crate) struct Fields {
    /// `revision` or `finding` (raw).
    pub kind: Field,
    /// Revision key (raw); findings carry their revision's key.
    pub key: Field,
    /// Stored JSON with what a hit shows (name, rev, title, year, family, code…).
    pub hit: Field,
    /// Free text: title.
    pub title: Field,
    /// Free text: document name and key, so `esni` finds `draft-ietf-tls-esni`.
    pub names: Field,
    /// Free text, stored: abstract.
    pub abstract_text: Field,
    /// Free text: section titles (a finding's own section for findings).
    pub sections: Field,
    /// Free text, not stored: full body.
    pub body: Field,
    /// Stored only: the first [`BODY_EXCERPT_BYTES`] of the body, for snippets.
    pub excerpt: Field,
    /// Free text, stored: a finding's sentence.
    pub sentence: Field,
    /// Filters (raw, lower-case).
    pub sdo: Field,
    /// Document kind filter (`rfc`, `draft`).
    pub doctype: Field,
    /// Family filter: families with a verdict other than `none` (a finding's own family).
    pub family: Field,
    /// Verdict filter: any family's verdict (a finding's family's verdict).
    pub verdict: Field,
    /// `family:verdict` pairs (`surv:creates`), so a family and a verdict filter mean the same family.
    pub family_verdict: Field,
    /// Status filter (`proposed-standard`).
    pub status: Field,
    /// Working-group filter.
    pub wg: Field,
    /// Stream filter.
    pub stream: Field,
    /// Rule code filter (findings).
    pub code: Field,
    /// Polarity filter (findings).
    pub polarity: Field,
    /// Publication year: indexed for exact years, fast for ranges.
    pub year: Field,
}

/// Builds the schema and the handles to its fields.
pub(crate) fn build() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = |stored: bool| {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(ANALYZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let options = TextOptions::default().set_indexing_options(indexing);
        if stored {
            options.set_stored()
        } else {
            options
        }
    };
    let fields = Fields {
        kind: builder.add_text_field("kind", STRING),
        key: builder.add_text_field("key", STRING),
        hit: builder.add_text_field("hit", STORED),
        title: builder.add_text_field("title", text(false)),
        names: builder.add_text_field("names", text(false)),
        abstract_text: builder.add_text_field("abstract", text(true)),
        sections: builder.add_text_field("sections", text(false)),
        body: builder.add_text_field("body", text(false)),
        excerpt: builder.add_text_field("excerpt", STORED),
        sentence: builder.add_text_field("sentence", text(true)),
        sdo: builder.add_text_field("sdo", STRING),
        doctype: builder.add_text_field("doctype", STRING),
        family: builder.add_text_field("family", STRING),
        verdict: builder.add_text_field("verdict", STRING),
        family_verdict: builder.add_text_field("family_verdict", STRING),
        status: builder.add_text_field("status", STRING),
        wg: builder.add_text_field("wg", STRING),
        stream: builder.add_text_field("stream", STRING),
        code: builder.add_text_field("code", STRING),
        polarity: builder.add_text_field("polarity", STRING),
        year: builder.add_i64_field("year", INDEXED | FAST),
    };
    (builder.build(), fields)
}

/// Registers the analyser the text fields name; tantivy does not persist analysers, so every
/// opened index needs this.
pub(crate) fn register_analyzer(index: &Index) {
    let analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(Stemmer::default())
        .build();
    index.tokenizers().register(ANALYZER, analyzer);
}

/// Normalises a filter value the same way at index and at query time: trimmed, lower-case, runs
/// of spaces and underscores as one `-` (`Proposed Standard` → `proposed-standard`).
pub(crate) fn filter_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for word in value
        .split(|c: char| c.is_whitespace() || c == '_')
        .filter(|word| !word.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_values_are_normalised() {
        assert_eq!(filter_value("  Proposed   Standard "), "proposed-standard");
        assert_eq!(filter_value("SURV"), "surv");
        assert_eq!(
            filter_value("best_current_practice"),
            "best-current-practice"
        );
        assert_eq!(filter_value(""), "");
    }
}
