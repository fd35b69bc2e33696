//! Evidence spans across revisions: a quoted passage found again in a new revision's text.

use serde::Serialize;

/// Where a quoted passage is in a new text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum Carried {
    /// The passage occurs byte for byte at `start..end`.
    Exact {
        /// Byte offset of the start.
        start: usize,
        /// Byte offset of the end.
        end: usize,
    },
    /// The passage occurs at `start..end` once runs of whitespace are treated alike (re-wrapped
    /// lines, changed indentation).
    Whitespace {
        /// Byte offset of the start.
        start: usize,
        /// Byte offset of the end.
        end: usize,
    },
    /// The passage no longer occurs: the text it pointed at changed.
    Changed,
}

impl Carried {
    /// The new range, unless the text changed.
    pub fn range(self) -> Option<std::ops::Range<usize>> {
        match self {
            Carried::Exact { start, end } | Carried::Whitespace { start, end } => Some(start..end),
            Carried::Changed => None,
        }
    }
}

/// Where a passage occurs in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrences {
    /// Whether the ranges are byte-for-byte matches (else they match up to whitespace).
    pub exact: bool,
    /// Byte ranges in the text, in order.
    pub ranges: Vec<std::ops::Range<usize>>,
}

/// Finds `quote` in `text`: every byte-for-byte occurrence, or when there is none, every occurrence
/// once runs of whitespace are treated alike (text re-wrapped when copied from a page or revised).
pub fn occurrences(text: &str, quote: &str) -> Occurrences {
    let exact: Vec<_> = text
        .match_indices(quote)
        .map(|(at, _)| at..at + quote.len())
        .filter(|_| !quote.is_empty())
        .collect();
    if !exact.is_empty() {
        return Occurrences {
            exact: true,
            ranges: exact,
        };
    }
    let (needle, _) = collapse(quote.trim());
    if needle.is_empty() {
        return Occurrences {
            exact: false,
            ranges: Vec::new(),
        };
    }
    let (haystack, offsets) = collapse(text);
    let ranges = haystack
        .match_indices(&needle)
        .filter_map(|(at, _)| {
            // Map the collapsed range back to the original bytes.
            let start = *offsets.get(at)?;
            // The needle ends in a non-space (it is trimmed), whose every byte maps to its own
            // original byte: the last one's offset + 1 is the end of that character.
            let last = *offsets.get(at + needle.len() - 1)?;
            Some(start..last + 1)
        })
        .collect();
    Occurrences {
        exact: false,
        ranges,
    }
}

/// Finds `quoted` (which stood at byte `old_start` of the old text) in `new_text`: an exact
/// occurrence first, else one equal up to whitespace; of several, the one nearest `old_start`. An
/// empty or all-whitespace quote is [`Carried::Changed`]: there is nothing to recognise.
pub fn carry_forward(quoted: &str, old_start: usize, new_text: &str) -> Carried {
    if quoted.trim().is_empty() {
        return Carried::Changed;
    }
    let found = occurrences(new_text, quoted);
    let nearest = found
        .ranges
        .into_iter()
        .min_by_key(|range| range.start.abs_diff(old_start));
    match nearest {
        Some(range) if found.exact => Carried::Exact {
            start: range.start,
            end: range.end,
        },
        Some(range) => Carried::Whitespace {
            start: range.start,
            end: range.end,
        },
        None => Carried::Changed,
    }
}

/// The text with each run of whitespace replaced by one space, and for each byte of the result the
/// offset of the byte it came from in the input (a collapsed run maps to its first whitespace byte).
fn collapse(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len());
    let mut in_space = false;
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
                offsets.push(at);
            }
            in_space = true;
        } else {
            in_space = false;
            let before = out.len();
            out.push(c);
            for i in 0..out.len() - before {
                offsets.push(at + i);
            }
        }
    }
    (out, offsets)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = "Servers retain user logs indefinitely.\n   They MAY encrypt them.";

    #[test]
    fn exact_match_first_and_nearest() {
        let new = "Intro.\nServers retain user logs indefinitely.\n   They MAY encrypt them.";
        assert_eq!(
            carry_forward("retain user logs", 8, new),
            Carried::Exact { start: 15, end: 31 }
        );
        let twice = "a b a b a";
        assert_eq!(
            carry_forward("a", 7, twice),
            Carried::Exact { start: 8, end: 9 }
        );
    }

    #[test]
    fn rewrapped_text_matches_up_to_whitespace() {
        let quoted = &OLD[8..]; // "retain user logs indefinitely.\n   They MAY encrypt them."
        let new = "Servers retain user\n      logs indefinitely. They MAY\nencrypt them. More.";
        let carried = carry_forward(quoted, 8, new);
        let range = carried.range().expect("found");
        assert!(matches!(carried, Carried::Whitespace { .. }));
        assert_eq!(
            &new[range],
            "retain user\n      logs indefinitely. They MAY\nencrypt them."
        );
    }

    #[test]
    fn non_ascii_text_maps_back_to_char_boundaries() {
        let new = "Les serveurs   gardent\n les journaux — indéfiniment.";
        let carried = carry_forward("gardent les journaux — indéfiniment", 0, new);
        let range = carried.range().expect("found");
        assert_eq!(&new[range], "gardent\n les journaux — indéfiniment");
        // A quote ending in a multi-byte character ends after its last byte.
        let carried = carry_forward("les  journaux —", 0, new);
        assert_eq!(&new[carried.range().expect("found")], "les journaux —");
    }

    #[test]
    fn removed_text_is_changed() {
        assert_eq!(
            carry_forward("retain user logs", 8, "Servers keep nothing."),
            Carried::Changed
        );
        assert_eq!(carry_forward("  ", 0, "  "), Carried::Changed);
        assert_eq!(carry_forward("x", 0, ""), Carried::Changed);
    }
}
