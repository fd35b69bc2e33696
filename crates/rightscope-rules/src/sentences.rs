//! Sentence segmentation over a document's normalised text.
//!
//! Sentences never cross a blank line (paragraphs, headings, list items and figures are separate
//! blocks). Inside a block a sentence ends at `.`, `!` or `?` followed by whitespace and a capital,
//! digit, quote or bracket — except after common abbreviations (`e.g.`, `i.e.`, `et al.`, `Sec.`) and
//! initials (`F. Baker`).

use std::ops::Range;

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: [&str; 22] = [
    "e.g", "i.e", "etc", "al", "cf", "vs", "viz", "fig", "sec", "no", "nos", "st", "dr", "mr",
    "ms", "mrs", "prof", "inc", "ltd", "approx", "resp", "vol",
];

/// Byte ranges of the sentences of `text`, in order.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(text.len() / 100);
    for block in blocks(text) {
        split_block(text, block, &mut out);
    }
    out
}

/// Blocks separated by blank lines.
fn blocks(text: &str) -> Vec<Range<usize>> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some(offset),
            (true, Some(begin)) => {
                blocks.push(begin..offset);
                start = None;
            }
            _ => {}
        }
        offset += line.len();
    }
    if let Some(begin) = start {
        blocks.push(begin..text.len());
    }
    blocks
}

fn split_block(text: &str, block: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut start = skip_space(bytes, block.start, block.end);
    let mut index = start;
    while index < block.end {
        let byte = bytes[index];
        if byte == b'\n' && index > start && starts_list_item(bytes, index + 1, block.end) {
            push(bytes, start..index, out);
            start = skip_space(bytes, index + 1, block.end);
            index = start;
            continue;
        }
        if matches!(byte, b'.' | b'!' | b'?') && ends_here(text, start, index, block.end) {
            let end = index + 1;
            push(bytes, start..end, out);
            start = skip_space(bytes, end, block.end);
            index = start;
            continue;
        }
        index += 1;
    }
    if start < block.end {
        push(bytes, start..block.end, out);
    }
}

fn push(bytes: &[u8], range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut end = range.end;
    while end > range.start && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    if end > range.start {
        out.push(range.start..end);
    }
}

/// Whether the line starting at `index` opens a list item (`* `, `- `, `o `, `1. `, `a) `, `(b) `), which
/// starts a new sentence even without a full stop before it: renderings of XML and Markdown lists put
/// items on consecutive lines.
fn starts_list_item(bytes: &[u8], index: usize, end: usize) -> bool {
    let at = {
        let mut at = index;
        while at < end && matches!(bytes[at], b' ' | b'\t') {
            at += 1;
        }
        at
    };
    let rest = bytes.get(at..end).unwrap_or_default();
    let spaced = |marker: usize| rest.get(marker).is_some_and(|&b| b == b' ' || b == b'\t');
    match rest.first() {
        Some(b'*' | b'-' | b'+' | b'o') => spaced(1),
        Some(b'0'..=b'9') => {
            let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            digits <= 3 && matches!(rest.get(digits), Some(b'.' | b')')) && spaced(digits + 1)
        }
        Some(b'(') => {
            rest.get(1).is_some_and(u8::is_ascii_alphanumeric)
                && rest.get(2) == Some(&b')')
                && spaced(3)
        }
        Some(b) if b.is_ascii_lowercase() => rest.get(1) == Some(&b')') && spaced(2),
        _ => false,
    }
}

fn skip_space(bytes: &[u8], mut index: usize, end: usize) -> usize {
    while index < end && bytes[index].is_ascii_whitespace() {
        index += 1;
    }
    index
}

/// Whether the punctuation at `index` ends the sentence that began at `start`.
fn ends_here(text: &str, start: usize, index: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let after = index + 1;
    // Closing quotes and brackets stay with the sentence they close.
    let mut next = after;
    while next < end && matches!(bytes[next], b'"' | b'\'' | b')' | b']') {
        next += 1;
    }
    if next >= end {
        return true;
    }
    if !bytes[next].is_ascii_whitespace() {
        return false;
    }
    let following = skip_space(bytes, next, end);
    if following >= end {
        return true;
    }
    let starts_sentence = text[following..].chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '(' | '[' | '\'')
    });
    if !starts_sentence || bytes[index] != b'.' {
        return starts_sentence;
    }
    // The separator may be a multi-byte space (U+00A0): step over its whole width.
    let word_start = text[start..index]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(')
        .map_or(start, |(at, c)| start + at + c.len_utf8());
    let word = &text[word_start..index];
    // Initials ("F. Baker") and abbreviations do not end sentences.
    let is_initial = word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    // "1.  Introduction", "3.2.  Wire Format", "A.1.": a section or list number, not a sentence.
    let is_numbering = word_start == start
        && word
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b.is_ascii_uppercase());
    let is_abbreviation = ABBREVIATIONS
        .iter()
        .any(|abbreviation| abbreviation.eq_ignore_ascii_case(word));
    !(is_initial || is_abbreviation || is_numbering)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn splits_on_sentence_ends_and_blank_lines() {
        let text = "1.  Introduction\n\n   This is one.  This is\n   two, e.g. with an aside.  F. Baker wrote it.\n\n   Last (really).";
        assert_eq!(
            split(text),
            vec![
                "1.  Introduction",
                "This is one.",
                "This is\n   two, e.g. with an aside.",
                "F. Baker wrote it.",
                "Last (really)."
            ]
        );
    }

    #[test]
    fn list_items_on_consecutive_lines_are_sentences() {
        let text = "Correlation can be done by:\n* An attacker on the path, who can see addresses\n* An attacker with logs\n   1. first step\n   (b) second\n   o  third";
        assert_eq!(
            split(text),
            vec![
                "Correlation can be done by:",
                "* An attacker on the path, who can see addresses",
                "* An attacker with logs",
                "1. first step",
                "(b) second",
                "o  third"
            ]
        );
        // A wrapped line that merely starts with a number or a letter is not a list item.
        assert_eq!(
            split("See Section\n   4.2 and RFC\n   2119 for more."),
            vec!["See Section\n   4.2 and RFC\n   2119 for more."]
        );
    }

    #[test]
    fn a_non_breaking_space_before_a_full_stop_does_not_panic() {
        // Regression: RFC XML files (MPTCP, ALTO) put U+00A0 before abbreviations.
        let text = "See Section\u{a0}3. The next\u{a0}e.g. Then more.";
        assert_eq!(
            split(text),
            vec!["See Section\u{a0}3.", "The next\u{a0}e.g. Then more."]
        );
    }

    #[test]
    fn numbers_and_urls_do_not_split() {
        assert_eq!(
            split("See version 1.2 at https://example.org/a.b today."),
            vec!["See version 1.2 at https://example.org/a.b today."]
        );
    }
}
