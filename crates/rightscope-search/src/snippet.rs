//! Highlighted snippets: tantivy's `SnippetGenerator` run on a small window of the stored text,
//! returned as plain text with highlight ranges, and rendered to HTML with everything escaped.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

use serde::Serialize;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::{Searcher, Term};

use crate::error::Result;

/// Longest snippet, in characters.
pub(crate) const SNIPPET_CHARS: usize = 220;

/// Texts up to this size are handed to the generator whole; longer ones are first narrowed to the
/// window where the query's words cluster, because tokenising 64 KiB for each of ten hits would cost
/// more than the search itself.
const WHOLE_TEXT_BYTES: usize = 4 * 1024;

/// Bytes of context kept either side of the densest cluster of matches.
const WINDOW_MARGIN: usize = 2 * SNIPPET_CHARS;

/// At most this many occurrences of one word are considered when looking for the window.
const MAX_OCCURRENCES: usize = 256;

/// A fragment of text with the byte ranges of the words that matched the query.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// The fragment, whitespace collapsed to single spaces.
    pub text: String,
    /// Byte ranges in `text` to highlight, sorted and not overlapping.
    pub highlights: Vec<Range<usize>>,
}

impl Snippet {
    /// Whether the snippet has no text.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// HTML with every character that means something in HTML escaped (`&`, `<`, `>`, `"`, `'`)
    /// and the highlights wrapped in `<mark>`; safe to insert in element content or attributes.
    pub fn to_html(&self) -> String {
        let mut html = String::with_capacity(self.text.len() + 16 * self.highlights.len());
        let mut done = 0;
        for range in &self.highlights {
            // Ranges are checked, not trusted: a caller may have built this snippet by hand.
            let valid = range.start >= done
                && range.start < range.end
                && range.end <= self.text.len()
                && self.text.is_char_boundary(range.start)
                && self.text.is_char_boundary(range.end);
            if !valid {
                continue;
            }
            escape_into(&mut html, &self.text[done..range.start]);
            html.push_str("<mark>");
            escape_into(&mut html, &self.text[range.clone()]);
            html.push_str("</mark>");
            done = range.end;
        }
        escape_into(&mut html, &self.text[done..]);
        html
    }

    /// The first [`SNIPPET_CHARS`] characters of `text`, cut after a word, without highlights.
    pub(crate) fn head(text: &str) -> Snippet {
        let collapsed = collapse(text, &[]).0;
        let mut end = collapsed.len();
        if let Some((index, _)) = collapsed.char_indices().nth(SNIPPET_CHARS) {
            end = collapsed[..index].rfind(' ').unwrap_or(index);
        }
        Snippet {
            text: collapsed[..end].to_string(),
            highlights: Vec::new(),
        }
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Collapses whitespace runs to one space and trims, moving `ranges` along.
fn collapse(text: &str, ranges: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    // Old byte offset → new byte offset, recorded at every range boundary.
    let mut boundaries: BTreeSet<usize> = BTreeSet::new();
    for range in ranges {
        boundaries.insert(range.start);
        boundaries.insert(range.end);
    }
    let mut mapped: HashMap<usize, usize> = HashMap::new();
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for (index, c) in text.char_indices() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            if boundaries.contains(&index) {
                mapped.insert(index, out.len());
            }
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if boundaries.contains(&index) {
            mapped.insert(index, out.len());
        }
        out.push(c);
    }
    let end = out.len();
    let ranges = ranges
        .iter()
        .filter_map(|range| {
            let start = *mapped.get(&range.start)?;
            let stop = mapped.get(&range.end).copied().unwrap_or(end).min(end);
            (start < stop).then_some(start..stop)
        })
        .collect();
    (out, ranges)
}

/// Makes snippets of one field's text for one query.
pub(crate) struct SnippetMaker {
    generator: SnippetGenerator,
    /// Lower-case prefixes of the query's terms, to find where in a long text they occur.
    needles: Vec<String>,
}

impl std::fmt::Debug for SnippetMaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SnippetMaker")
            .field("needles", &self.needles)
            .finish_non_exhaustive()
    }
}

impl SnippetMaker {
    /// A maker for the terms `query` has on `field`, weighted like tantivy's own generator (rarer
    /// terms count more); `None` when the query has no term on that field.
    pub fn new(
        searcher: &Searcher,
        query: &dyn Query,
        field: Field,
    ) -> Result<Option<SnippetMaker>> {
        let mut terms: BTreeSet<Term> = BTreeSet::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field {
                terms.insert(term.clone());
            }
        });
        let mut weights: BTreeMap<String, f32> = BTreeMap::new();
        for term in &terms {
            let value = term.value();
            let Some(text) = value.as_str() else {
                continue;
            };
            let doc_freq = searcher.doc_freq(term)?;
            if doc_freq > 0 {
                weights.insert(text.to_string(), 1.0 / (1.0 + doc_freq as f32));
            }
        }
        if weights.is_empty() {
            return Ok(None);
        }
        let needles = weights.keys().map(|term| needle(term)).collect();
        let analyzer = searcher.index().tokenizer_for_field(field)?;
        let generator = SnippetGenerator::new(weights, analyzer, field, SNIPPET_CHARS);
        Ok(Some(SnippetMaker { generator, needles }))
    }

    /// The best snippet of `text`, or `None` if no query term occurs in it.
    pub fn snippet(&self, text: &str) -> Option<Snippet> {
        if text.len() > WHOLE_TEXT_BYTES {
            if let Some(window) = self.window(text) {
                if let Some(snippet) = self.generate(&text[window]) {
                    return Some(snippet);
                }
            }
        }
        // Short text, or the prefixes missed (a stem that is not a prefix of its word): all of it.
        self.generate(text)
    }

    fn generate(&self, text: &str) -> Option<Snippet> {
        let snippet = self.generator.snippet(text);
        if snippet.highlighted().is_empty() {
            return None;
        }
        let (text, highlights) = collapse(snippet.fragment(), snippet.highlighted());
        Some(Snippet { text, highlights })
    }

    /// The part of `text` around the densest cluster of the query's words: most distinct words
    /// within one snippet's length, then most occurrences.
    fn window(&self, text: &str) -> Option<Range<usize>> {
        let lower = text.to_ascii_lowercase();
        let bytes = lower.as_bytes();
        let mut hits: Vec<(usize, usize)> = Vec::new();
        for (index, needle) in self.needles.iter().enumerate() {
            let finder = memchr::memmem::Finder::new(needle.as_bytes());
            hits.extend(
                finder
                    .find_iter(bytes)
                    .filter(|&at| at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
                    .take(MAX_OCCURRENCES)
                    .map(|at| (at, index)),
            );
        }
        if hits.is_empty() {
            return None;
        }
        hits.sort_unstable();
        let mut counts = vec![0usize; self.needles.len()];
        let (mut distinct, mut first) = (0usize, 0usize);
        let mut best = (0usize, 0usize, hits[0].0);
        for last in 0..hits.len() {
            let (at, needle) = hits[last];
            if counts[needle] == 0 {
                distinct += 1;
            }
            counts[needle] += 1;
            while hits[first].0 + SNIPPET_CHARS < at {
                let dropped = hits[first].1;
                counts[dropped] -= 1;
                if counts[dropped] == 0 {
                    distinct -= 1;
                }
                first += 1;
            }
            let size = last - first + 1;
            if (distinct, size) > (best.0, best.1) {
                best = (distinct, size, hits[first].0);
            }
        }
        let start = floor_boundary(text, best.2.saturating_sub(WINDOW_MARGIN));
        let end = floor_boundary(
            text,
            (best.2 + SNIPPET_CHARS + WINDOW_MARGIN).min(text.len()),
        );
        Some(start..end)
    }
}

/// The part of a (stemmed) term a word containing it starts with: stems may change the last letter
/// (`privacy` → `privaci`), so longer stems lose it.
fn needle(term: &str) -> String {
    let mut needle = term.to_lowercase();
    if needle.chars().count() > 4 {
        needle.pop();
    }
    needle
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_everything_and_marks_highlights() {
        let snippet = Snippet {
            text: "<script>alert('x')</script> & \"lawful\" intercept".to_string(),
            highlights: vec![31..37, 39..48],
        };
        assert_eq!(
            snippet.to_html(),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;<mark>lawful</mark>&quot; \
             <mark>intercept</mark>"
        );
    }

    #[test]
    fn html_ignores_bad_ranges() {
        let snippet = Snippet {
            text: "héllo <b>".to_string(),
            #[allow(clippy::reversed_empty_ranges)]
            highlights: vec![2..3, 5..4, 0..100, 0..1, 0..1],
        };
        assert_eq!(snippet.to_html(), "<mark>h</mark>éllo &lt;b&gt;");
    }

    #[test]
    fn collapse_moves_ranges() {
        let (text, ranges) = collapse("  a\n   lawful \t intercept  ", &[7..13, 16..25]);
        assert_eq!(text, "a lawful intercept");
        assert_eq!(ranges, vec![2..8, 9..18]);
        assert_eq!(&text[ranges[0].clone()], "lawful");
    }

    #[test]
    fn head_cuts_after_a_word() {
        let long = "word ".repeat(100);
        let head = Snippet::head(&long);
        assert!(head.text.len() <= SNIPPET_CHARS);
        assert!(head.text.ends_with("word"));
        assert!(head.highlights.is_empty());
    }

    #[test]
    fn needles_tolerate_stems() {
        assert_eq!(needle("privaci"), "priva".to_string() + "c");
        assert_eq!(needle("mac"), "mac");
    }
}
