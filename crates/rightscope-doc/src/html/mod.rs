//! Reads W3C specifications published as HTML (ReSpec and Bikeshed output) into the document model.
//!
//! html5ever (through scraper) builds the tree; the walk over it is iterative, drops scripts,
//! navigation, tables of contents and generator chrome, and writes prose through the
//! `DocumentBuilder`. html5ever keeps no source offsets, so `source::Locator` finds each text run in
//! the raw HTML by a forward-only search and gives it a line and column.

mod meta;
mod source;

use scraper::node::Element;
use scraper::{CaseSensitivity, Html, Node};

use crate::builder::DocumentBuilder;
use crate::decode::decode;
use crate::error::DocError;
use crate::limits::Limits;
use crate::model::{Document, Format, SourceInfo};
use crate::source_map::SourcePosition;

use source::Locator;

/// Reads a W3C HTML specification.
pub fn parse(bytes: &[u8], source: SourceInfo, limits: &Limits) -> Result<Document, DocError> {
    let (text, warning) = decode(bytes);
    check_not_binary(&text)?;
    let scan = source::scan(&text, limits.max_depth);
    let mut builder = DocumentBuilder::new(limits.max_sections);
    if let Some(warning) = warning {
        builder.warn(warning.message);
    }
    if scan.too_deep > 0 {
        builder.warn(format!(
            "elements nested deeper than {} levels; {} tags past that depth were ignored",
            limits.max_depth, scan.too_deep
        ));
    }
    if scan.crowded > 0 {
        builder.warn(format!(
            "{} tags with an excessive number of attributes were ignored",
            scan.crowded
        ));
    }
    let flattened = scan.flattened(&text);
    let html = Html::parse_document(flattened.as_deref().unwrap_or(&text));
    let mut walker = Walker::new(builder, Locator::new(&text, scan));
    walker.walk(&html);
    if walker.loc.exhausted() {
        walker
            .b
            .warn("source positions are approximate: the HTML did not match its parsed text");
    }
    let meta = meta::extract(&html);
    let mut doc = walker.b.finish(source, meta);
    if doc.text.trim().is_empty() {
        return Err(DocError::Malformed {
            format: Format::Html,
            reason: "no readable text found in the HTML".into(),
        });
    }
    if doc.meta.workgroup.is_none() {
        doc.meta.workgroup = meta::workgroup_from_status(&doc);
    }
    Ok(doc)
}

/// Refuses input that is plainly not text, before html5ever turns it into a page of mojibake.
fn check_not_binary(text: &str) -> Result<(), DocError> {
    let head: String = text.chars().take(8192).collect();
    if let Some(at) = head.find('\0') {
        return Err(DocError::Malformed {
            format: Format::Html,
            reason: format!("binary data, not HTML (NUL byte at offset {at})"),
        });
    }
    let total = head.chars().count();
    let control = head
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if total > 0 && control * 10 > total {
        return Err(DocError::Malformed {
            format: Format::Html,
            reason: "binary data, not HTML (too many control characters)".into(),
        });
    }
    Ok(())
}

/// Elements whose content is never part of the prose.
const DROPPED: [&str; 25] = [
    "head",
    "script",
    "style",
    "template",
    "noscript",
    "nav",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "audio",
    "video",
    "button",
    "select",
    "input",
    "textarea",
    "datalist",
    "title",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
    "dialog",
    "math",
];

/// Elements whose text html5ever keeps as one raw string: nothing inside to locate or read.
const RAW: [&str; 10] = [
    "script",
    "style",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "textarea",
    "title",
    "plaintext",
];

/// Classes of generator chrome: tables of contents, definition panels, annotations, and the
/// audience badges of the Privacy Principles (words glued together without spaces).
const DROPPED_CLASSES: [&str; 9] = [
    "toc",
    "dfn-panel",
    "annotation",
    "mdn-anno",
    "wpt-tests-block",
    "caniuse-status",
    "respec-ui",
    "idlHeader",
    "audience-label",
];

/// Blocks that stand as paragraphs.
const PARAGRAPH: [&str; 38] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "blockquote",
    "figure",
    "figcaption",
    "details",
    "summary",
    "dl",
    "ul",
    "ol",
    "menu",
    "table",
    "form",
    "fieldset",
    "address",
    "hr",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "body",
    "html",
    "center",
    "hgroup",
    "search",
    "legend",
    "listing",
    "thead",
    "tbody",
];

/// Blocks that stand on their own line.
const LINE: [&str; 5] = ["li", "dt", "dd", "tr", "caption"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Block {
    #[default]
    Inline,
    Line,
    Paragraph,
}

/// What an open element changed, undone when it closes.
#[derive(Debug, Default)]
struct Frame {
    skip: bool,
    block: Block,
    pre: bool,
    list: bool,
    cell: bool,
    row: bool,
    section: bool,
    head: bool,
    /// This element is the heading being captured.
    heading: bool,
    secno: bool,
    /// Depth of the first section heading inside this `<section>`, closed with it.
    opened: Option<u8>,
}

/// A heading being read: its number and title are known only when it closes.
#[derive(Debug)]
struct Capture {
    depth: u8,
    anchor: Option<String>,
    number: String,
    title: String,
    position: Option<SourcePosition>,
}

#[derive(Debug)]
struct Walker<'a> {
    b: DocumentBuilder,
    loc: Locator<'a>,
    frames: Vec<Frame>,
    skip: usize,
    pre: usize,
    list: usize,
    cell: usize,
    head: usize,
    secno: usize,
    /// Frame indices of open `<section>` elements, with their ids.
    sections: Vec<(usize, Option<String>)>,
    row_cells: Vec<u32>,
    pending_space: bool,
    capture: Option<Capture>,
}

impl<'a> Walker<'a> {
    fn new(b: DocumentBuilder, loc: Locator<'a>) -> Self {
        Self {
            b,
            loc,
            frames: Vec::new(),
            skip: 0,
            pre: 0,
            list: 0,
            cell: 0,
            head: 0,
            secno: 0,
            sections: Vec::new(),
            row_cells: Vec::new(),
            pending_space: false,
            capture: None,
        }
    }

    /// Visits the tree in document order without recursion (100 000 nested elements are fine).
    fn walk(&mut self, html: &Html) {
        let root = html.tree.root();
        let mut next = root.first_child();
        'walk: while let Some(node) = next {
            let descend = match node.value() {
                Node::Element(element) => {
                    let parent = node.parent().and_then(|p| p.value().as_element());
                    self.open(element, parent)
                }
                Node::Text(text) => {
                    self.text(text);
                    false
                }
                Node::Fragment => true,
                _ => false,
            };
            if descend {
                if let Some(child) = node.first_child() {
                    next = Some(child);
                    continue;
                }
            }
            let mut current = node;
            loop {
                if current.value().is_element() {
                    self.close();
                }
                if let Some(sibling) = current.next_sibling() {
                    next = Some(sibling);
                    continue 'walk;
                }
                match current.parent() {
                    Some(parent) if parent.id() != root.id() => current = parent,
                    _ => break 'walk,
                }
            }
        }
        while !self.frames.is_empty() {
            self.close();
        }
    }

    /// Opens an element; returns whether to visit its children.
    fn open(&mut self, el: &Element, parent: Option<&Element>) -> bool {
        let name = el.name();
        let mut frame = Frame::default();
        if let Some(id) = el.id() {
            self.loc.find_id(id);
        }
        let in_head_chrome = self.frames.last().is_some_and(|f| f.head);
        if self.skip > 0 || is_dropped(el, parent) || (in_head_chrome && !is_head_keeper(el)) {
            frame.skip = true;
            self.skip += 1;
            self.frames.push(frame);
            return !RAW.contains(&name);
        }
        let capturing = self.capture.is_some();
        if name == "div" && has_class(el, "head") && self.head == 0 {
            frame.head = true;
            self.head += 1;
        }
        if capturing && has_class(el, "secno") {
            frame.secno = true;
            self.secno += 1;
        }
        let level = heading_level(name);
        if let Some(level) = level.filter(|_| !capturing && self.head == 0) {
            let depth = (level - 1).max(u8::try_from(self.sections.len()).unwrap_or(u8::MAX));
            let anchor = el
                .id()
                .map(str::to_string)
                .or_else(|| self.sections.last().and_then(|(_, id)| id.clone()));
            self.capture = Some(Capture {
                depth: depth.clamp(1, 16),
                anchor,
                number: String::new(),
                title: String::new(),
                position: None,
            });
            frame.heading = true;
            self.frames.push(frame);
            return true;
        }
        if name == "section" {
            frame.section = true;
            self.sections
                .push((self.frames.len(), el.id().map(str::to_string)));
        }
        frame.block = if PARAGRAPH.contains(&name) {
            Block::Paragraph
        } else if LINE.contains(&name) {
            Block::Line
        } else {
            Block::Inline
        };
        match name {
            "pre" | "listing" => frame.pre = true,
            "li" | "dd" | "dt" => frame.list = true,
            "tr" => frame.row = true,
            "td" | "th" => frame.cell = true,
            _ => {}
        }
        self.brk(frame.block);
        if name == "br" {
            self.line_break();
        }
        if frame.row {
            self.row_cells.push(0);
        }
        if frame.cell {
            if let Some(count) = self.row_cells.last_mut() {
                if *count > 0 && self.capture.is_none() {
                    self.b.push_text(" | ", None);
                    self.pending_space = false;
                }
                *count += 1;
            }
        }
        self.pre += usize::from(frame.pre);
        self.list += usize::from(frame.list);
        self.cell += usize::from(frame.cell);
        self.frames.push(frame);
        true
    }

    fn close(&mut self) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        if frame.skip {
            self.skip = self.skip.saturating_sub(1);
            return;
        }
        if frame.heading {
            self.finish_heading();
            return;
        }
        self.pre -= usize::from(frame.pre);
        self.list -= usize::from(frame.list);
        self.cell -= usize::from(frame.cell);
        self.head -= usize::from(frame.head);
        self.secno -= usize::from(frame.secno);
        if frame.row {
            self.row_cells.pop();
        }
        self.brk(frame.block);
        if frame.section {
            self.sections.pop();
            if let Some(depth) = frame.opened {
                self.b.close_to(depth);
            }
        }
    }

    fn finish_heading(&mut self) {
        let Some(capture) = self.capture.take() else {
            return;
        };
        self.secno = 0;
        let title = capture.title.trim();
        let number = capture.number.trim().trim_end_matches('.').trim();
        if title.is_empty() && number.is_empty() {
            return;
        }
        let number = (!number.is_empty()).then(|| number.to_string());
        self.b.heading(
            capture.depth,
            number,
            title,
            capture.anchor,
            capture.position,
        );
        self.pending_space = false;
        if let Some(&(index, _)) = self.sections.last() {
            if let Some(frame) = self.frames.get_mut(index) {
                frame.opened.get_or_insert(capture.depth);
            }
        }
    }

    /// Applies a block boundary, weakened inside lists (a line), cells and headings (a space).
    fn brk(&mut self, block: Block) {
        if block == Block::Inline {
            return;
        }
        if self.cell > 0 || self.capture.is_some() {
            self.pending_space = true;
        } else if block == Block::Line || self.list > 0 {
            self.line_break();
        } else {
            self.b.paragraph_break();
            self.pending_space = false;
        }
    }

    fn line_break(&mut self) {
        if self.pre > 0 && self.skip == 0 && self.capture.is_none() {
            self.b.push_text("\n", None);
        } else if self.cell > 0 || self.capture.is_some() {
            self.pending_space = true;
        } else {
            self.b.line_break();
            self.pending_space = false;
        }
    }

    fn text(&mut self, text: &str) {
        let lines: Vec<&str> = text.split('\n').collect();
        let Some(first) = lines.iter().position(|line| !line.trim().is_empty()) else {
            if self.skip == 0 && !text.is_empty() {
                if self.pre > 0 && self.capture.is_none() {
                    self.b.push_text(text, None);
                } else {
                    self.pending_space = true;
                }
            }
            return;
        };
        let first_line = lines.get(first).copied().unwrap_or("");
        let found = self.loc.find_text(safe_prefix(first_line.trim_start()));
        if self.skip > 0 {
            return;
        }
        let base = found.unwrap_or_else(|| self.loc.here());
        let line_of = |k: usize| -> u32 {
            let offset = u32::try_from(k.abs_diff(first)).unwrap_or(u32::MAX);
            if k >= first {
                base.line.saturating_add(offset)
            } else {
                base.line.saturating_sub(offset).max(1)
            }
        };
        if self.pre > 0 && self.capture.is_none() {
            let indent = leading_chars(first_line);
            let mut pieces = text.split_inclusive('\n');
            for k in 0.. {
                let Some(piece) = pieces.next() else { break };
                let column = if k == first {
                    base.column.saturating_sub(indent).max(1)
                } else {
                    1
                };
                let position = SourcePosition {
                    line: line_of(k),
                    column,
                };
                self.b.push_text(piece, Some(position));
            }
            return;
        }
        for (k, line) in lines.iter().enumerate() {
            if k > 0 || line.starts_with(char::is_whitespace) {
                self.pending_space = true;
            }
            let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
            if words.is_empty() {
                continue;
            }
            let position = SourcePosition {
                line: line_of(k),
                column: if k == first {
                    base.column
                } else {
                    leading_chars(line).saturating_add(1)
                },
            };
            self.push_words(&words, position);
            self.pending_space = line.ends_with(char::is_whitespace);
        }
    }

    fn push_words(&mut self, words: &str, position: SourcePosition) {
        if let Some(capture) = self.capture.as_mut() {
            let target = if self.secno > 0 {
                &mut capture.number
            } else {
                &mut capture.title
            };
            if self.pending_space && !target.is_empty() && !target.ends_with(' ') {
                target.push(' ');
            }
            target.push_str(words);
            capture.position.get_or_insert(position);
            return;
        }
        if self.pending_space && !self.b.ends_with_space() {
            self.b.push_text(" ", None);
        }
        self.b.push_text(words, Some(position));
    }
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

fn has_class(el: &Element, class: &str) -> bool {
    el.has_class(class, CaseSensitivity::AsciiCaseInsensitive)
}

/// Whether an element and its content are left out of the text.
fn is_dropped(el: &Element, parent: Option<&Element>) -> bool {
    let name = el.name();
    if DROPPED.contains(&name) {
        return true;
    }
    if el.attr("hidden").is_some()
        || el
            .attr("aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if el.attr("style").is_some_and(|style| {
        let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect();
        compact.to_ascii_lowercase().contains("display:none")
    }) {
        return true;
    }
    if matches!(el.id(), Some("toc" | "respec-ui" | "back-to-top"))
        || el.attr("role").is_some_and(|role| role == "navigation")
    {
        return true;
    }
    if DROPPED_CLASSES.iter().any(|class| has_class(el, class)) {
        return true;
    }
    // Permalinks are chrome, but "Example 3" and "Principle 2.1" markers are self-links too.
    name == "a"
        && has_class(el, "self-link")
        && !has_class(el, "marker")
        && !parent.is_some_and(|p| has_class(p, "marker"))
}

/// In the `.head` block only the title and the status line are prose; the rest is metadata.
fn is_head_keeper(el: &Element) -> bool {
    el.name() == "h1"
        || matches!(el.id(), Some("w3c-state" | "subtitle" | "profile-and-date"))
        || has_class(el, "subtitle")
}

/// The longest start of `text` that appears verbatim in the source: characters that may have been
/// written as entities (`&amp;`, `&#x2019;`, `&nbsp;`) end it.
fn safe_prefix(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|&(i, c)| i >= 48 || !c.is_ascii() || matches!(c, '&' | '<' | '>' | '\r' | '"'))
        .map_or(text.len(), |(i, _)| i);
    text.get(..end).unwrap_or("")
}

fn leading_chars(line: &str) -> u32 {
    let count = line.chars().take_while(|c| c.is_whitespace()).count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SectionKind;

    fn read(html: &str) -> Document {
        let source = SourceInfo {
            path: "t.html".into(),
            format: Format::Html,
            sha256: String::new(),
            size: html.len() as u64,
        };
        parse(html.as_bytes(), source, &Limits::default()).expect("parses")
    }

    #[test]
    fn blocks_lists_and_tables_are_laid_out() {
        let doc = read(
            "<body><p>One <b>two</b>\n   three.</p><ul><li>a</li><li><p>b</p></li></ul>\
             <table><tr><th>h1<th>h2<tr><td><p>x</p><td>y</table><pre>  keep\n    this</pre></body>",
        );
        assert_eq!(
            doc.text,
            "One two three.\n\na\nb\n\nh1 | h2\nx | y\n\n  keep\n    this\n"
        );
    }

    #[test]
    fn scripts_styles_and_chrome_are_dropped() {
        let doc = read(
            "<style>p{}</style><script>alert('no')</script><nav id=toc><h2>Table of Contents</h2>\
             <a>1 Intro</a></nav><p hidden>secret</p><p aria-hidden=\"true\">also</p>\
             <h2 id=i><span class=secno>1. </span>Introduction<a class=self-link href=#i></a></h2><p>Text</p>\
             <template><p>tmpl</p></template><noscript>ns</noscript>",
        );
        assert_eq!(doc.text, "1 Introduction\n\nText\n");
        assert_eq!(doc.sections.len(), 1);
        assert_eq!(doc.sections[0].number.as_deref(), Some("1"));
        assert_eq!(doc.sections[0].title, "Introduction");
        assert_eq!(doc.sections[0].anchor.as_deref(), Some("i"));
        assert_eq!(doc.sections[0].kind, SectionKind::Introduction);
    }

    #[test]
    fn sections_nest_by_element_and_close_with_it() {
        let doc = read(
            "<section id=a><h2>Security Considerations</h2><p>x</p>\
             <section id=b><h3>Threats</h3><p>y</p></section><p>back in a</p></section>\
             <section id=c><h2>Other</h2><p>z</p></section>",
        );
        let titles: Vec<_> = doc
            .sections
            .iter()
            .map(|s| (s.title.as_str(), s.depth, s.kind))
            .collect();
        assert_eq!(
            titles,
            vec![
                (
                    "Security Considerations",
                    1,
                    SectionKind::SecurityConsiderations
                ),
                ("Threats", 2, SectionKind::SecurityConsiderations),
                ("Other", 1, SectionKind::Body),
            ]
        );
        let back = doc.text.find("back in a").expect("kept");
        assert_eq!(
            doc.section_at(back).map(|s| s.title.as_str()),
            Some("Security Considerations")
        );
        assert_eq!(doc.sections[0].anchor.as_deref(), Some("a"));
    }

    #[test]
    fn positions_point_at_source_lines_despite_entities() {
        let html = "<html><body>\n<nav id=toc><a>Findme</a></nav>\n<p>caf&eacute; &amp; tea\nsecond line</p>\n<p>&#x2019;quoted</p>\n<p>Findme here</p></body></html>";
        let doc = read(html);
        let at = |needle: &str| doc.position(doc.text.find(needle).expect(needle)).line;
        assert_eq!(at("caf"), 3);
        assert_eq!(at("second line"), 4);
        assert_eq!(at("\u{2019}quoted"), 5);
        assert_eq!(at("Findme here"), 6);
    }

    #[test]
    fn deep_nesting_does_not_overflow_or_stall() {
        let html = format!(
            "{}deep text{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        let start = std::time::Instant::now();
        let doc = read(&html);
        assert!(start.elapsed().as_secs() < 30);
        assert_eq!(doc.text, "deep text\n");
        assert!(doc
            .warnings
            .iter()
            .any(|w| w.message.contains("nested deeper")));
    }

    #[test]
    fn binary_and_empty_input_are_errors() {
        let source = SourceInfo {
            path: "b".into(),
            format: Format::Html,
            sha256: String::new(),
            size: 4,
        };
        let binary = parse(b"\x00\x01\x02<html>", source.clone(), &Limits::default());
        assert!(matches!(binary, Err(DocError::Malformed { .. })));
        let empty = parse(
            b"<html><script>x</script></html>",
            source,
            &Limits::default(),
        );
        assert!(matches!(empty, Err(DocError::Malformed { .. })));
    }

    #[test]
    fn safe_prefix_stops_at_encodable_characters() {
        assert_eq!(safe_prefix("Tom & Jerry"), "Tom ");
        assert_eq!(safe_prefix("\u{2019}s"), "");
        assert_eq!(safe_prefix(&"x".repeat(100)).len(), 48);
    }
}
