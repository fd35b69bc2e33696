//! RFC and Internet-Draft plain text: pagination stripped, sections from column-0 headings, metadata from
//! the first page. The document text is the stripped text, line for line.

mod front;
mod headings;
mod paginate;

use crate::decode::decode;
use crate::error::DocError;
use crate::limits::Limits;
use crate::model::{Document, Section, SourceInfo, Warning};
use crate::sections::section_kind;
use crate::source_map::{SourceMap, SourcePosition};

pub use headings::{parse_heading, Heading};
pub use paginate::{strip_lines, StrippedLine};

/// Removes pagination (page footers, running headers, form feeds and the blank lines around them) from
/// RFC or Internet-Draft text; what `rightscope strip` prints.
pub fn strip_pagination(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = String::with_capacity(text.len());
    for line in strip_lines(text) {
        out.push_str(line.content);
        out.push('\n');
    }
    out
}

/// Reads RFC or Internet-Draft plain text from bytes.
pub fn parse(bytes: &[u8], source: SourceInfo, limits: &Limits) -> Result<Document, DocError> {
    let (text, warning) = decode(bytes);
    let mut document = parse_text_str(&text, source, limits)?;
    if let Some(warning) = warning {
        document.warnings.insert(0, warning);
    }
    Ok(document)
}

/// Reads RFC or Internet-Draft plain text that is already decoded (also used for text extracted from PDF).
pub fn parse_text_str(
    text: &str,
    source: SourceInfo,
    limits: &Limits,
) -> Result<Document, DocError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut warnings: Vec<Warning> = Vec::new();
    // Old RFCs carry NUL fill characters after page footers (teletype padding); they are not text.
    let without_nul;
    let text = if text.contains('\0') {
        without_nul = text.replace('\0', "");
        warnings.push(Warning {
            message: format!(
                "removed {} NUL fill characters",
                text.len() - without_nul.len()
            ),
        });
        without_nul.as_str()
    } else {
        text
    };
    let lines = strip_lines(text);
    if lines.iter().all(|line| line.content.trim().is_empty()) {
        return Err(DocError::Unrecognised {
            reason: "there is no text in it (only whitespace)".into(),
        });
    }
    let meta = front::read_front(&lines);

    let mut output = String::with_capacity(text.len());
    let mut source_map = SourceMap::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut section_limit_warned = false;

    let margin = heading_margin(&lines);
    let mut toc = TableOfContents::default();
    for (index, line) in lines.iter().enumerate() {
        let start = output.len();
        if !line.content.is_empty() {
            source_map.push(
                start,
                SourcePosition {
                    line: line.line,
                    column: 1,
                },
            );
            let next_is_heading = || {
                lines[index + 1..]
                    .iter()
                    .find(|next| !next.content.is_empty())
                    .and_then(|next| at_margin(next.content, margin))
                    .and_then(parse_heading)
                    .is_some_and(|next| next.number.is_some())
            };
            let heading = at_margin(line.content, margin)
                .and_then(parse_heading)
                .filter(|heading| !toc.is_entry(heading, next_is_heading));
            if let Some(mut heading) = heading {
                if let Some(next) = lines.get(index + 1) {
                    continue_title(&mut heading, line.content, next.content);
                }
                if sections.len() < limits.max_sections {
                    open_section(&mut sections, &mut open, heading, start, &output);
                } else if !section_limit_warned {
                    section_limit_warned = true;
                    warnings.push(Warning {
                        message: format!(
                            "more than {} sections; later headings are read as text",
                            limits.max_sections
                        ),
                    });
                }
            }
            output.push_str(line.content);
        }
        output.push('\n');
    }
    let end = output.trim_end().len();
    for index in open.drain(..) {
        if let Some(section) = sections.get_mut(index) {
            section.range.end = end.max(section.range.start);
        }
    }
    Ok(Document {
        source,
        meta,
        text: output,
        sections,
        source_map,
        warnings,
        references: Vec::new(),
    })
}

/// The column headings start at: 0 in nearly every RFC. Some early RFCs indent the whole text; when
/// column 0 holds fewer than two numbered headings and at least 99 % of the lines are indented, the
/// document's left margin is used, if it holds two numbered headings.
fn heading_margin(lines: &[StrippedLine<'_>]) -> usize {
    let numbered_at = |margin: usize| {
        lines
            .iter()
            .filter_map(|line| at_margin(line.content, margin))
            .filter_map(parse_heading)
            .filter(|heading| heading.number.is_some())
            .take(2)
            .count()
    };
    if numbered_at(0) >= 2 {
        return 0;
    }
    let mut indents: Vec<usize> = lines
        .iter()
        .skip(20)
        .filter(|line| !line.content.is_empty())
        .map(|line| indentation(line.content))
        .collect();
    if indents.is_empty() {
        return 0;
    }
    indents.sort_unstable();
    let margin = indents[indents.len() / 100];
    if margin > 0 && margin <= 16 && numbered_at(margin) >= 2 {
        margin
    } else {
        0
    }
}

/// Tables of contents whose entries sit at column 0 (text extracted from PDF, a few old RFCs) look
/// like headings. After a "Table of Contents" heading, numbered lines are entries until the first
/// entry's number comes round again: that is the real section.
#[derive(Debug, Default)]
struct TableOfContents {
    /// Inside a table of contents; holds the number of its first entry once seen.
    open: Option<Option<String>>,
}

impl TableOfContents {
    /// Whether `heading` is a TOC entry; `entries_follow` says whether the next line is a numbered heading
    /// (only then do the entries sit at the heading margin).
    fn is_entry(&mut self, heading: &Heading, entries_follow: impl Fn() -> bool) -> bool {
        let lower = heading.title.to_ascii_lowercase();
        if heading.number.is_none() && (lower == "table of contents" || lower == "contents") {
            if entries_follow() {
                self.open = Some(None);
            }
            return false;
        }
        let Some(first) = &mut self.open else {
            return false;
        };
        match (&heading.number, first.as_ref()) {
            (Some(number), None) => {
                *first = Some(number.clone());
                true
            }
            (Some(number), Some(first_number)) if number == first_number => {
                self.open = None;
                false
            }
            (Some(_), Some(_)) => true,
            // Unnumbered entries (Acknowledgements, Authors' Addresses) repeat too; the body has begun
            // only when a numbered section reappears.
            (None, _) => first.is_some(),
        }
    }
}

/// Long headings wrap onto a second line aligned with the title (`3.2.  Analyzing … Speculated` /
/// `      Impact`); that line belongs to the title.
fn continue_title(heading: &mut Heading, line: &str, next: &str) {
    let Some(title_column) = line.find(heading.title.split(' ').next().unwrap_or("")) else {
        return;
    };
    if heading.number.is_none() || title_column == 0 || line.len() < 50 {
        return;
    }
    let continuation = next.trim();
    let aligned = indentation(next) == title_column;
    if aligned
        && !continuation.is_empty()
        && continuation.len() < 60
        && !continuation.ends_with('.')
    {
        heading.title.push(' ');
        heading.title.push_str(continuation);
    }
}

/// The line without its first `margin` spaces, if it starts with exactly that many (or with none: headings
/// such as "Security Considerations" stay at column 0 in indented documents).
fn at_margin(line: &str, margin: usize) -> Option<&str> {
    let indent = indentation(line);
    (indent == margin || indent == 0).then(|| &line[indent..])
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Closes the open sections the heading ends and opens its own.
fn open_section(
    sections: &mut Vec<Section>,
    open: &mut Vec<usize>,
    heading: Heading,
    start: usize,
    output: &str,
) {
    let end = output.trim_end().len();
    while let Some(&index) = open.last() {
        let Some(section) = sections.get_mut(index) else {
            break;
        };
        if section.depth < heading.depth {
            break;
        }
        section.range.end = end.max(section.range.start);
        open.pop();
    }
    let parent = open
        .last()
        .and_then(|&index| sections.get(index))
        .map(|section| section.kind);
    let kind = section_kind(&heading.title, heading.number.as_deref(), parent);
    sections.push(Section {
        number: heading.number,
        title: heading.title,
        kind,
        range: start..start,
        depth: heading.depth,
        anchor: None,
    });
    open.push(sections.len() - 1);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Format, SectionKind};

    fn source() -> SourceInfo {
        SourceInfo {
            path: "test.txt".into(),
            format: Format::RfcText,
            sha256: String::new(),
            size: 0,
        }
    }

    #[test]
    fn sections_and_positions() {
        let text = "Abstract\n\n   Short.\n\n1.  Introduction\n\n   Hello.\n\n1.1.  Scope\n\n   Small.\n\n2.  Security Considerations\n\n   None.\n\nX   [Page 1]\n\u{c}\nRFC 1   T   May 1990\n\n   More.\n";
        let doc = parse_text_str(text, source(), &Limits::default()).expect("parses");
        let titles: Vec<(&str, SectionKind, u8)> = doc
            .sections
            .iter()
            .map(|s| (s.title.as_str(), s.kind, s.depth))
            .collect();
        assert_eq!(
            titles,
            vec![
                ("Abstract", SectionKind::Abstract, 1),
                ("Introduction", SectionKind::Introduction, 1),
                ("Scope", SectionKind::Introduction, 2),
                (
                    "Security Considerations",
                    SectionKind::SecurityConsiderations,
                    1
                ),
            ]
        );
        let more = doc.text.find("More").expect("kept");
        assert_eq!(
            doc.position(more),
            SourcePosition {
                line: 21,
                column: 4
            }
        );
        assert_eq!(doc.kind_at(more), SectionKind::SecurityConsiderations);
        let security = &doc.sections[3];
        assert!(doc.section_text(security).ends_with("More."));
        assert_eq!(
            doc.section_text(&doc.sections[1]).lines().last(),
            Some("   Small.")
        );
    }

    #[test]
    fn whitespace_only_is_an_error() {
        assert!(matches!(
            parse_text_str(" \n\n\t\n", source(), &Limits::default()),
            Err(DocError::Unrecognised { .. })
        ));
    }
}
