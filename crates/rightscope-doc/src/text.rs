//! Placeholder.
use crate::error::DocError;
use crate::limits::Limits;
use crate::model::{Document, SourceInfo};

/// Strip.
pub fn strip_pagination(text: &str) -> String { text.to_string() }

/// Reads text.
pub fn parse(_bytes: &[u8], _source: SourceInfo, _limits: &Limits) -> Result<Document, DocError> {
    Err(DocError::Empty)
}

/// TEMPORARY STUB from the wt-html worktree so `pdf.rs` compiles and its tests run; the real plain-text
/// reader replaces it at merge. Numbered headings (`4.1.  Title`) and a few unnumbered ones, the
/// table of contents skipped, `[Page N]` footers and form feeds dropped, one position per line.
#[cfg_attr(not(feature = "pdf"), allow(dead_code))]
pub(crate) fn parse_text_str(
    text: &str,
    source: SourceInfo,
    limits: &Limits,
) -> Result<Document, DocError> {
    use crate::builder::DocumentBuilder;
    use crate::model::Meta;
    use crate::source_map::SourcePosition;
    const UNNUMBERED: [&str; 10] = [
        "Abstract",
        "Status of This Memo",
        "Copyright Notice",
        "Table of Contents",
        "Acknowledgements",
        "Acknowledgments",
        "Author's Address",
        "Authors' Addresses",
        "Contributors",
        "IAB Members at the Time of Approval",
    ];
    let numbered =
        regex::Regex::new(r"^(\d+(?:\.\d+)*|Appendix [A-Z](?:\.\d+)*)\.\s+([A-Z\x22].{0,75})$")
            .map_err(|e| DocError::Malformed {
                format: source.format,
                reason: e.to_string(),
            })?;
    let mut b = DocumentBuilder::new(limits.max_sections);
    let mut in_toc = false;
    let mut toc_first: Option<String> = None;
    for (i, line) in text.lines().enumerate() {
        let position = SourcePosition {
            line: u32::try_from(i + 1).unwrap_or(u32::MAX),
            column: 1,
        };
        let line = line.trim_start_matches('\u{c}').trim_end();
        if line.is_empty() {
            b.paragraph_break();
            continue;
        }
        if line.ends_with(']') && line.contains("[Page ") {
            continue;
        }
        if !line.starts_with(' ') {
            if let Some(c) = numbered.captures(line) {
                let number = c.get(1).map_or("", |m| m.as_str()).to_string();
                let title = c.get(2).map_or("", |m| m.as_str()).trim();
                if in_toc {
                    match &toc_first {
                        None => {
                            toc_first = Some(number);
                            continue;
                        }
                        Some(first) if *first == number => in_toc = false,
                        Some(_) => continue,
                    }
                }
                let depth = u8::try_from(number.matches('.').count() + 1).unwrap_or(u8::MAX);
                b.heading(depth, Some(number), title, None, Some(position));
                continue;
            }
            if UNNUMBERED.contains(&line) {
                if in_toc {
                    continue;
                }
                in_toc = line == "Table of Contents";
                b.heading(1, None, line, None, Some(position));
                continue;
            }
        }
        if in_toc {
            continue;
        }
        if !b.ends_with_space() {
            b.push_text(" ", None);
        }
        let indent = line.len() - line.trim_start().len();
        b.push_text(
            line.trim_start(),
            Some(SourcePosition {
                column: u32::try_from(indent + 1).unwrap_or(u32::MAX),
                ..position
            }),
        );
    }
    Ok(b.finish(source, Meta::default()))
}
