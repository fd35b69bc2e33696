//! Section headings in RFC and Internet-Draft plain text.
//!
//! Headings start at column 0: numbered (`3.2.  Title`, `A.1.  Title`, `Appendix B.  Title`) or one of
//! the well-known unnumbered titles (`Abstract`, `Status of This Memo`, `Security Considerations`…).
//! Table-of-contents entries (dot leaders, trailing page numbers) are not headings.

use crate::model::SectionKind;
use crate::sections::classify_title;

/// A heading found on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// Number as printed, without a trailing dot (`3.2`, `A.1`, `Appendix B` becomes `B`).
    pub number: Option<String>,
    /// Title text.
    pub title: String,
    /// Nesting depth from the number (`3.2` → 2); 1 for unnumbered headings.
    pub depth: u8,
}

/// Reads a heading from a line of stripped text, if the line is one.
pub fn parse_heading(line: &str) -> Option<Heading> {
    let first = line.chars().next()?;
    if first.is_whitespace() || line.len() > 120 || is_toc_entry(line) {
        return None;
    }
    if first.is_ascii_digit() {
        return numbered(line);
    }
    if let Some(rest) = line
        .strip_prefix("Appendix ")
        .or_else(|| line.strip_prefix("APPENDIX "))
        .or_else(|| line.strip_prefix("Annex "))
    {
        return appendix(rest.trim_start());
    }
    if first.is_ascii_uppercase() {
        if let Some(heading) = roman(line) {
            return Some(heading);
        }
        if let Some(heading) = lettered(line) {
            return Some(heading);
        }
        return unnumbered(line);
    }
    None
}

/// `3.`, `3.2.`, `3.2` followed by at least one space and a title that starts with a letter.
fn numbered(line: &str) -> Option<Heading> {
    let (number, title) = split_number(line, |first| first.is_ascii_digit())?;
    let mut depth = 0u8;
    for part in number.split('.') {
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        depth = depth.saturating_add(1);
    }
    // "1998 was a year" is prose; section numbers rarely pass 99 at the top level.
    if number.split('.').next().is_some_and(|top| top.len() > 2) {
        return None;
    }
    title_ok(title)?;
    Some(Heading {
        number: Some(number.to_string()),
        title: clean_title(title),
        depth,
    })
}

/// `II.  The Basic Protocol`: roman-numbered top-level sections of early RFCs (`I.` counts as roman).
fn roman(line: &str) -> Option<Heading> {
    let (number, title) = split_number(line, |first| matches!(first, 'I' | 'V' | 'X'))?;
    let is_roman = number.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        && (number.len() >= 2 || number == "I")
        && number.len() <= 5;
    if !is_roman || !line[number.len()..].starts_with('.') {
        return None;
    }
    title_ok(title)?;
    Some(Heading {
        number: Some(number.to_string()),
        title: clean_title(title),
        depth: 1,
    })
}

/// `A.1.  Title` or `A.  Title` (appendices in older RFCs).
fn lettered(line: &str) -> Option<Heading> {
    let (number, title) = split_number(line, |first| first.is_ascii_uppercase())?;
    let mut parts = number.split('.');
    let letter = parts.next()?;
    if letter.len() != 1 {
        return None;
    }
    let mut depth = 1u8;
    for part in parts {
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        depth = depth.saturating_add(1);
    }
    // "A.  Title" needs its trailing dot: "A Title" is a sentence.
    if depth == 1 && !line[1..].starts_with('.') {
        return None;
    }
    title_ok(title)?;
    Some(Heading {
        number: Some(number.to_string()),
        title: clean_title(title),
        depth,
    })
}

/// After `Appendix `: `A.  Title`, `A.1.  Title`, `A:  Title`, `A - Title`.
fn appendix(rest: &str) -> Option<Heading> {
    let end = rest.find([' ', '\t', ':']).unwrap_or(rest.len());
    let number = rest[..end].trim_end_matches('.');
    if number.is_empty()
        || !number.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
        || number.len() > 12
    {
        return None;
    }
    let title = rest[end..]
        .trim_start_matches([':', ' ', '\t', '-', '.'])
        .trim();
    let depth = u8::try_from(number.split('.').count()).unwrap_or(u8::MAX);
    Some(Heading {
        number: Some(number.to_string()),
        title: if title.is_empty() {
            "Appendix".to_string()
        } else {
            clean_title(title)
        },
        depth,
    })
}

/// Unnumbered headings are recognised only by their title, so prose at column 0 is not mistaken for one.
fn unnumbered(line: &str) -> Option<Heading> {
    let title = line.trim();
    if title.len() > 60 || title.ends_with(',') {
        return None;
    }
    let kind = classify_title(title)?;
    // "Introduction to this memo explains…": a heading is short, and considerations titles must be exact.
    let words = title.split_whitespace().count();
    if words > 6
        || (kind != SectionKind::Boilerplate && words > 4 && !title.contains("onsiderations"))
    {
        return None;
    }
    if title.ends_with('.') && !matches!(kind, SectionKind::References) {
        return None;
    }
    Some(Heading {
        number: None,
        title: clean_title(title),
        depth: 1,
    })
}

/// Splits `3.2.  Title` into `("3.2", "Title")`; the number's first character must satisfy `first_ok`.
fn split_number(line: &str, first_ok: impl Fn(char) -> bool) -> Option<(&str, &str)> {
    if !line.starts_with(first_ok) {
        return None;
    }
    let end = line.find([' ', '\t'])?;
    let number = line[..end].trim_end_matches('.');
    let title = line[end..].trim();
    if number.is_empty() || title.is_empty() {
        return None;
    }
    Some((number, title))
}

/// A title starts with a letter (or a quote/bracket) and is not a sentence fragment ending in a comma.
fn title_ok(title: &str) -> Option<()> {
    let first = title.chars().next()?;
    if !(first.is_alphabetic() || matches!(first, '"' | '\'' | '(' | '[' | '<' | '.')) {
        return None;
    }
    if title.ends_with(',') || title.ends_with(';') {
        return None;
    }
    Some(())
}

/// Table-of-contents lines: dot leaders or a page number after a wide gap.
fn is_toc_entry(line: &str) -> bool {
    let trimmed = line.trim_end();
    let without_number = trimmed.trim_end_matches(|c: char| c.is_ascii_digit());
    if without_number.len() == trimmed.len() {
        return false;
    }
    let before = without_number.trim_end();
    let gap = without_number.len() - before.len();
    before.ends_with("..") || before.ends_with(". .") || gap >= 2 || without_number.ends_with('\t')
}

fn clean_title(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(line: &str) -> Option<(Option<String>, String, u8)> {
        parse_heading(line).map(|h| (h.number, h.title, h.depth))
    }

    #[test]
    fn numbered_headings() {
        assert_eq!(
            heading("1.  Introduction"),
            Some((Some("1".into()), "Introduction".into(), 1))
        );
        assert_eq!(
            heading("3.2.1.  Wire Format"),
            Some((Some("3.2.1".into()), "Wire Format".into(), 3))
        );
        assert_eq!(
            heading("10 SECURITY CONSIDERATIONS"),
            Some((Some("10".into()), "SECURITY CONSIDERATIONS".into(), 1))
        );
        assert_eq!(
            heading("A.1.  Test Vectors"),
            Some((Some("A.1".into()), "Test Vectors".into(), 2))
        );
        assert_eq!(
            heading("Appendix B.  Acknowledgements"),
            Some((Some("B".into()), "Acknowledgements".into(), 1))
        );
    }

    #[test]
    fn unnumbered_headings() {
        assert_eq!(heading("Abstract"), Some((None, "Abstract".into(), 1)));
        assert_eq!(
            heading("Status of this Memo"),
            Some((None, "Status of this Memo".into(), 1))
        );
        assert_eq!(
            heading("Security Considerations"),
            Some((None, "Security Considerations".into(), 1))
        );
        assert_eq!(
            heading("Authors' Addresses"),
            Some((None, "Authors' Addresses".into(), 1))
        );
    }

    #[test]
    fn not_headings() {
        assert_eq!(heading("   1.  Introduction"), None);
        assert_eq!(
            heading("1.  Introduction ..................................  3"),
            None
        );
        assert_eq!(heading("   2.1 Terminology . . . . . . . . 4"), None);
        assert_eq!(heading("1998 was a year of change"), None);
        assert_eq!(heading("A man walks into a bar"), None);
        assert_eq!(
            heading("Security considerations of this kind are discussed in the companion memo"),
            None
        );
        assert_eq!(heading("2. 3,"), None);
    }
}
