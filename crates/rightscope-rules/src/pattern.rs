//! A rule pattern compiled for matching: ASCII word and space classes over the bytes of the text.
//!
//! Unicode classes made every `\w`, `\b` and `[^.;]{0,40}` a large automaton, and the lazy DFA gives up on
//! Unicode word boundaries at the first non-ASCII byte, so most sentences ran through the slow engines.
//! Standards prose is almost all ASCII and rule words are English, so ASCII classes lose nothing that
//! matters; a pattern that only compiles with Unicode keeps it. Matches are widened to character
//! boundaries, so a span never splits a multi-byte character.

use std::ops::Range;

use regex_automata::meta::{BuildError, Regex};
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};

use crate::engine::widen_spaces;

/// One compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    regex: Regex,
}

impl Pattern {
    /// Compiles a pattern as rule authors write it (literal spaces match any run of white space).
    pub fn new(source: &str) -> Result<Pattern, Box<BuildError>> {
        let widened = widen_spaces(source);
        let ascii = Regex::builder()
            .syntax(syntax::Config::new().unicode(false).utf8(false))
            .build(&widened);
        let regex = match ascii {
            Ok(regex) => regex,
            Err(_) => Regex::new(&widened).map_err(Box::new)?,
        };
        Ok(Pattern { regex })
    }

    /// The leftmost match in `text`.
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        self.find_at(text, 0)
    }

    /// The leftmost match in `text` starting at or after `start`.
    pub fn find_at(&self, text: &str, start: usize) -> Option<Range<usize>> {
        let input = Input::new(text.as_bytes()).range(start.min(text.len())..);
        self.regex
            .search(&input)
            .map(|found| snap(text, found.range()))
    }

    /// A match that begins exactly at `start`.
    pub fn find_anchored(&self, text: &str, start: usize) -> Option<Range<usize>> {
        let input = Input::new(text.as_bytes())
            .range(start.min(text.len())..)
            .anchored(Anchored::Yes);
        self.regex
            .search(&input)
            .map(|found| snap(text, found.range()))
    }

    /// Whether the pattern matches anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.regex.is_match(text.as_bytes())
    }

    /// Every non-overlapping match in `text`.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Range<usize>> + 't {
        self.regex
            .find_iter(text.as_bytes())
            .map(move |found| snap(text, found.range()))
    }
}

/// Widens a byte range to the character boundaries around it.
fn snap(text: &str, range: Range<usize>) -> Range<usize> {
    let mut start = range.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = range.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_classes_and_boundaries() {
        let pattern = Pattern::new(r"(?i)\bMAC address[^.;]{0,3}").expect("compiles");
        let text = "the mac  address é; more";
        let found = pattern.find(text).expect("matches");
        assert!(text.is_char_boundary(found.start) && text.is_char_boundary(found.end));
        assert_eq!(&text[found.clone()], "mac  address é");
    }

    #[test]
    fn anchored_only_at_start() {
        let pattern = Pattern::new(r"(?i)\bintercept\w*").expect("compiles");
        let text = "lawful intercept here";
        assert_eq!(pattern.find_anchored(text, 7), Some(7..16));
        assert_eq!(pattern.find_anchored(text, 0), None);
    }
}
