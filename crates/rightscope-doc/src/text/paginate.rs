//! Pagination stripping for RFC and Internet-Draft plain text.
//!
//! Removes page footers (`… [Page N]`), running headers (`RFC 3924   Title   October 2004`,
//! `Internet-Draft   Abbrev   March 2020`), form feeds and the blank lines around page breaks, and keeps
//! every other line as it is (only trailing whitespace and carriage returns go). A paragraph split by a page
//! break is joined again: after a break, a blank line is kept only when the previous line ended a sentence
//! or the next line starts at column 0 (a heading). This is the behaviour of idnits' and
//! `ietf-reviewtool`'s strip, made stricter about what counts as a header so body text is never dropped.

use crate::dates::MONTHS;

/// One line of stripped output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrippedLine<'a> {
    /// The line without trailing whitespace; empty for a blank line.
    pub content: &'a str,
    /// 1-based line number in the original text; `0` for a blank line that stands for several.
    pub line: u32,
}

/// Strips pagination from `text`, returning the kept lines with their original line numbers.
pub fn strip_lines(text: &str) -> Vec<StrippedLine<'_>> {
    let mut out = Vec::with_capacity(text.len() / 60);
    let mut state = State::default();
    // Unpaginated documents (RFC 8650 on) have no form feed at all: skip the per-line search.
    let paginated = memchr::memchr(0x0c, text.as_bytes()).is_some();
    let mut line_start = 0;
    let line_ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for (index, line_end) in line_ends.enumerate() {
        let raw = text.get(line_start..line_end).unwrap_or("");
        line_start = line_end + 1;
        let line_number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        // A form feed starts a new page; text before it on the same line belongs to the old page and text
        // after it to the new one (often the running header itself).
        let feed = if paginated {
            memchr::memrchr(0x0c, raw.as_bytes())
        } else {
            None
        };
        let content = match feed {
            Some(feed) => {
                let before = raw[..feed].trim_end();
                if !before.trim().is_empty() {
                    state.line(before, index, line_number, &mut out);
                }
                state.page_break();
                let after = raw[feed + 1..].trim_end();
                if after.trim().is_empty() || is_running_header(after) {
                    state.after_header |= !after.trim().is_empty();
                    continue;
                }
                after
            }
            None => raw.trim_end(),
        };
        state.line(content, index, line_number, &mut out);
    }
    out
}

/// Pagination state carried from line to line.
#[derive(Debug)]
struct State {
    /// A page break was passed since the last content line.
    new_page: bool,
    /// The previous content line ended a sentence, or the current line starts at column 0.
    sentence: bool,
    /// A blank line was seen since the last content line.
    have_blank: bool,
    /// The last thing removed was a running header (a bare draft name may follow it).
    after_header: bool,
    /// Blank lines seen since the last page break; `usize::MAX` when no break is pending.
    lines_since_break: usize,
}

impl Default for State {
    fn default() -> Self {
        Self {
            new_page: false,
            sentence: false,
            have_blank: false,
            after_header: false,
            lines_since_break: usize::MAX,
        }
    }
}

impl State {
    /// Handles one line (without form feeds or trailing whitespace) and pushes what is kept.
    fn line<'a>(
        &mut self,
        content: &'a str,
        index: usize,
        line: u32,
        out: &mut Vec<StrippedLine<'a>>,
    ) {
        if is_footer(content) {
            self.page_break();
            return;
        }
        // Callers pass lines without trailing whitespace, so a blank line is an empty one.
        let is_blank = content.is_empty();
        if !is_blank {
            if self.header_allowed() && is_running_header(content) {
                self.after_header = true;
                self.new_page = true;
                return;
            }
            if index > 10 && is_strict_running_header(content) {
                self.page_break();
                self.after_header = true;
                return;
            }
            if self.new_page && self.after_header && is_bare_draft_name(content) {
                return;
            }
        }
        if starts_unindented(content) {
            self.sentence = true;
        }
        if is_blank {
            self.have_blank = true;
            self.lines_since_break = self.lines_since_break.saturating_add(1);
            return;
        }
        let need_blank = if self.new_page {
            self.sentence
        } else {
            self.have_blank
        };
        if need_blank && !out.is_empty() {
            out.push(StrippedLine {
                content: "",
                line: 0,
            });
        }
        self.have_blank = false;
        self.sentence = ends_sentence(content);
        self.new_page = false;
        self.after_header = false;
        self.lines_since_break = usize::MAX;
        out.push(StrippedLine { content, line });
    }

    fn page_break(&mut self) {
        self.new_page = true;
        self.lines_since_break = 0;
    }

    /// A running header is only looked for on the first lines after a page break.
    fn header_allowed(&self) -> bool {
        self.new_page && !self.after_header && self.lines_since_break <= 6
    }
}

/// `Baker, et al.   Informational   [Page 3]`, `Expires March 2020   [Page 3]`, `Postel   Page 12`.
fn is_footer(line: &str) -> bool {
    let line = line.trim_end_matches(['\u{c}', ' ', '\t']);
    // Cheap rejection first: a footer ends with `]` or a page number, and says "age" just before it.
    let bytes = line.as_bytes();
    let Some(&last) = bytes.last() else {
        return false;
    };
    if !(last == b']' || last.is_ascii_digit() || b"ivxlc".contains(&last)) {
        return false;
    }
    let tail = &bytes[bytes.len().saturating_sub(16)..];
    if memchr::memmem::find(tail, b"age").is_none() && memchr::memmem::find(tail, b"AGE").is_none()
    {
        return false;
    }
    let Some(last_word_start) = line.rfind([' ', '[', '\t']) else {
        return false;
    };
    let (before, number) = line.split_at(last_word_start + 1);
    let (number, bracketed) = match number.strip_suffix(']') {
        Some(number) => (number, true),
        None => (number, false),
    };
    if number.is_empty()
        || !number
            .bytes()
            .all(|b| b.is_ascii_digit() || b"ivxlc".contains(&b))
    {
        return false;
    }
    let before = before.trim_end();
    let Some(rest) = before
        .strip_suffix("Page")
        .or_else(|| before.strip_suffix("page"))
        .or_else(|| before.strip_suffix("PAGE"))
    else {
        return false;
    };
    if bracketed {
        return rest.ends_with('[');
    }
    // Without brackets, insist on the wide gap of a footer line so "see page 5" in prose stays.
    let rest = rest.strip_suffix('[').unwrap_or(rest);
    rest.is_empty() || rest.ends_with("  ") || rest.ends_with('\t')
}

/// A running header on the first line of a page: starts like an RFC or draft header, ends with a year or number.
fn is_running_header(line: &str) -> bool {
    let trimmed = line.trim_start();
    let starts_like_header = trimmed.starts_with("RFC")
        || trimmed.starts_with("Internet-Draft")
        || trimmed.starts_with("Internet Draft")
        || trimmed.starts_with("INTERNET-DRAFT")
        || trimmed.starts_with("INTERNET DRAFT")
        || trimmed.starts_with("Internet-draft")
        || trimmed.starts_with("Draft")
        || trimmed.starts_with("DRAFT")
        || trimmed.starts_with("draft-")
        || ends_with_month_year(trimmed);
    starts_like_header && trimmed.ends_with(|c: char| c.is_ascii_digit())
}

/// A running header recognisable anywhere: `RFC nnnn  Title  Month Year` or `Internet-Draft  Title  Month Year`.
fn is_strict_running_header(line: &str) -> bool {
    let starts = line.starts_with("RFC ")
        || line.starts_with("Internet-Draft ")
        || line.starts_with("INTERNET-DRAFT ");
    starts && line.contains("   ") && ends_with_month_year(line)
}

/// Ends with `March 2004`, `Mar 2004`, `March 5, 2004` or `5 March 2004`.
fn ends_with_month_year(line: &str) -> bool {
    let mut words = line.split_whitespace().rev();
    let Some(year) = words.next() else {
        return false;
    };
    let is_year = year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && (year.starts_with("19") || year.starts_with("20"));
    if !is_year {
        return false;
    }
    let mut previous = words.next().unwrap_or("");
    if previous.ends_with(',') || previous.bytes().all(|b| b.is_ascii_digit()) {
        let day = previous.trim_end_matches(',');
        if day.bytes().all(|b| b.is_ascii_digit()) {
            previous = words.next().unwrap_or("");
        }
    }
    let previous = previous.trim_end_matches(['.', ',']);
    previous.len() >= 3
        && MONTHS
            .iter()
            .any(|month| month.starts_with(previous) || month.eq_ignore_ascii_case(previous))
}

/// A line that is only a draft name, as some drafts print under their running header.
fn is_bare_draft_name(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.starts_with("draft-")
        && trimmed
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b))
}

fn starts_unindented(line: &str) -> bool {
    line.chars().next().is_some_and(|c| !c.is_whitespace())
}

/// Ends a sentence (`.:?!`) or a URL, so a page break after it is also a paragraph break.
fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end();
    if trimmed.ends_with(['.', ':', '?', '!']) {
        return true;
    }
    let last = &trimmed[trimmed.rfind([' ', '\t']).map_or(0, |space| space + 1)..];
    if last.len() < 7 || memchr::memmem::find(last.as_bytes(), b"://").is_none() {
        return false;
    }
    ["http://", "https://", "ftp://"]
        .iter()
        .any(|scheme| last.contains(scheme))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stripped(text: &str) -> String {
        strip_lines(text)
            .iter()
            .map(|line| line.content)
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn footers() {
        assert!(is_footer(
            "Baker, et al.                Informational                      [Page 1]"
        ));
        assert!(is_footer(
            "Nottingham              Expires March 3, 2020                 [Page 12]"
        ));
        assert!(is_footer(
            "Postel                                                        Page 3"
        ));
        assert!(is_footer(
            "                                                              [Page iv]"
        ));
        assert!(!is_footer("   described on page 5"));
        assert!(!is_footer("   [Page] is not a footer"));
    }

    #[test]
    fn headers() {
        assert!(is_running_header(
            "RFC 3924           Architecture for Lawful Intercept        October 2004"
        ));
        assert!(is_running_header(
            "Internet-Draft                 HTTP Problem               October 2013"
        ));
        assert!(is_running_header(
            "INTERNET-DRAFT      Foo      12 Dec 2004"
        ));
        assert!(is_strict_running_header(
            "RFC 8890                  The Internet is for End Users              August 2020"
        ));
        assert!(!is_running_header("   This text mentions RFC 2119"));
        assert!(ends_with_month_year("Something   March 5, 2004"));
        assert!(!ends_with_month_year("Something   in 2004"));
    }

    #[test]
    fn joins_a_paragraph_split_by_a_page_break() {
        let text = "   This paragraph goes on\n\n\nBaker   Informational   [Page 1]\n\u{c}\nRFC 3924   Title   October 2004\n\n\n   and ends here.\n\n1.  Next\n";
        assert_eq!(
            stripped(text),
            "   This paragraph goes on\n   and ends here.\n\n1.  Next"
        );
    }

    #[test]
    fn keeps_a_paragraph_break_after_a_sentence() {
        let text = "   First paragraph.\n\nX   [Page 1]\n\u{c}RFC 1   T   May 1990\n\n   Second.\n";
        assert_eq!(stripped(text), "   First paragraph.\n\n   Second.");
    }

    #[test]
    fn original_line_numbers_are_kept() {
        let text = "\u{feff}a\n\n\nb\r\n";
        let lines = strip_lines(text);
        assert_eq!(lines.last().map(|l| (l.content, l.line)), Some(("b", 4)));
    }

    #[test]
    fn a_line_that_mentions_a_header_far_from_a_break_is_kept() {
        let text = "   text\n\nRFC 2119 keywords are used\n";
        assert_eq!(stripped(text), "   text\n\nRFC 2119 keywords are used");
    }
}
