//! Walks an xml2rfc tree (v3 or v2) in reading order and writes its prose, headings and source
//! positions into a `DocumentBuilder`, numbering sections, figures and tables as xml2rfc does.

use crate::dates::MONTHS;

use std::cell::Cell;
use std::collections::HashMap;
use std::ops::Range;

use roxmltree::{Node, NodeId};

use crate::builder::DocumentBuilder;
use crate::model::SectionKind;
use crate::sections::classify_title;
use crate::source_map::{floor_char_boundary, SourcePosition};

use super::prolog::Prepared;

/// Past this many nested elements the walker stops recursing and reads the rest as flat text.
const MAX_RECURSION: usize = 512;

/// Maps positions in the text roxmltree parsed back to the original file.
#[derive(Debug)]
pub(crate) struct Positions<'a> {
    prepared: &'a Prepared,
    original: &'a str,
    line_starts: Vec<usize>,
    /// Start of the root element in the prepared text; nodes before it came from DTD entity values.
    root_start: usize,
    /// Last answer (original offset, line index, column): lookups come mostly in document order,
    /// so columns are counted from there rather than from the start of a possibly very long line.
    last: Cell<(usize, usize, u32)>,
}

impl<'a> Positions<'a> {
    /// Positions for a document whose root element starts at `root_start` (prepared text).
    pub fn new(original: &'a str, prepared: &'a Prepared, root_start: usize) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', original.as_bytes()).map(|i| i + 1));
        Self {
            prepared,
            original,
            line_starts,
            root_start,
            last: Cell::new((0, 0, 1)),
        }
    }

    /// Source position of an offset in the prepared text.
    pub fn at(&self, offset: usize) -> SourcePosition {
        let text = self.original;
        let offset =
            floor_char_boundary(text, self.prepared.original_offset(offset).min(text.len()));
        let line = self
            .line_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1);
        let (last_offset, last_line, last_column) = self.last.get();
        let count = |a: usize, b: usize| {
            let n = text.get(a..b).map_or(0, |run| run.chars().count());
            u32::try_from(n).unwrap_or(u32::MAX)
        };
        let column = if line == last_line && offset >= last_offset {
            last_column.saturating_add(count(last_offset, offset))
        } else if line == last_line {
            last_column.saturating_sub(count(offset, last_offset))
        } else {
            let start = self.line_starts.get(line).copied().unwrap_or(0);
            count(start, offset).saturating_add(1)
        };
        self.last.set((offset, line, column));
        SourcePosition {
            line: u32::try_from(line + 1).unwrap_or(u32::MAX),
            column,
        }
    }

    /// Where an element starts, or its nearest ancestor that sits in the document body.
    fn element(&self, node: Node<'_, '_>) -> SourcePosition {
        let offset = std::iter::once(node)
            .chain(node.ancestors())
            .map(|n| n.range().start)
            .find(|&start| start >= self.root_start)
            .unwrap_or(self.root_start);
        self.at(offset)
    }

    /// Offset (prepared text) of the first character of a text node.
    fn text_start(&self, node: Node<'_, '_>) -> usize {
        let start = node.range().start;
        if start >= self.root_start {
            let cdata = self
                .prepared
                .text
                .get(start..)
                .is_some_and(|rest| rest.starts_with("<![CDATA["));
            return if cdata { start + 9 } else { start };
        }
        // Text that begins with an entity reports the entity's place in the DTD: use what precedes it.
        if let Some(prev) = node.prev_sibling() {
            if prev.range().end >= self.root_start {
                return prev.range().end;
            }
        }
        match node.parent_element() {
            Some(parent) if parent.range().start >= self.root_start => self.start_tag_end(parent),
            _ => self.root_start,
        }
    }

    /// Checkpoints `(offset in the text node's value, offset in the prepared source)` from which the two
    /// agree character for character; entity references, CDATA markers and CRLF sit between
    /// checkpoints. Stops at the first disagreement (an internal entity of unknown length): offsets
    /// past the last checkpoint are then approximate.
    pub fn align(&self, start: usize, text: &str) -> Vec<(usize, usize)> {
        let source = self.prepared.text.as_str();
        let src = source.as_bytes();
        let decoded = text.as_bytes();
        let mut checkpoints = vec![(0, start)];
        let (mut i, mut j) = (0usize, start);
        let mut in_cdata = source
            .get(..start)
            .is_some_and(|before| before.ends_with("<![CDATA["));
        while i < decoded.len() {
            let Some(&s) = src.get(j) else {
                break;
            };
            let rest = src.get(j..).unwrap_or(&[]);
            if in_cdata {
                if rest.starts_with(b"]]>") {
                    j += 3;
                    in_cdata = false;
                    checkpoints.push((i, j));
                    continue;
                }
            } else if s == b'<' {
                if rest.starts_with(b"<![CDATA[") {
                    j += 9;
                    in_cdata = true;
                    checkpoints.push((i, j));
                    continue;
                }
                break;
            } else if s == b'&' {
                // Character references, the predefined and the bundled entities are one character.
                let Some(semi) = memchr::memchr(b';', rest) else {
                    break;
                };
                let name = source.get(j + 1..j + semi).unwrap_or("");
                let one_char = name.starts_with('#')
                    || matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
                    || super::entities::lookup(name).is_some();
                let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
                    break;
                };
                if !one_char {
                    break;
                }
                i += c.len_utf8();
                j += semi + 1;
                checkpoints.push((i, j));
                continue;
            }
            if s == b'\r' {
                // roxmltree reads CRLF and CR as LF.
                j += if src.get(j + 1) == Some(&b'\n') { 2 } else { 1 };
                if decoded.get(i) != Some(&b'\n') {
                    break;
                }
                i += 1;
                checkpoints.push((i, j));
                continue;
            }
            if decoded.get(i) != Some(&s) {
                break;
            }
            i += 1;
            j += 1;
        }
        checkpoints
    }

    /// Offset just after the `>` of an element's start tag.
    fn start_tag_end(&self, element: Node<'_, '_>) -> usize {
        let from = element
            .attributes()
            .map(|a| a.range().end)
            .max()
            .unwrap_or(element.range().start);
        self.prepared
            .text
            .get(from..)
            .and_then(|rest| memchr::memchr(b'>', rest.as_bytes()))
            .map_or(from, |i| from + i + 1)
    }
}

/// What an `xref` can point at.
#[derive(Debug, Clone)]
enum Target {
    Section {
        number: Option<String>,
        title: String,
        appendix: bool,
    },
    Reference,
    Figure(usize, String),
    Table(usize, String),
}

/// Numbers and cross-reference targets, computed before the walk so forward references resolve.
#[derive(Debug, Default)]
struct Numbering<'a> {
    sections: HashMap<NodeId, Option<String>>,
    figures: HashMap<NodeId, usize>,
    tables: HashMap<NodeId, usize>,
    /// Number of the "References" heading xml2rfc adds above several top-level `<references>`.
    references_parent: Option<String>,
    targets: HashMap<&'a str, Target>,
    /// `<displayreference target to>`: the label a reference is cited by.
    display: HashMap<&'a str, &'a str>,
}

impl<'a> Numbering<'a> {
    fn compute(root: Node<'a, '_>, v3: bool, max_sections: usize) -> Self {
        let mut n = Numbering::default();
        let mut top_references_total: Option<usize> = None;
        let mut middle = 0usize;
        let mut appendices = 0usize;
        let mut figures = 0usize;
        let mut tables = 0usize;
        let mut children: HashMap<NodeId, usize> = HashMap::new();
        let mut top_references = 0usize;
        for node in root.descendants().filter(Node::is_element) {
            let parent = node.parent_element();
            let parent_name = parent.map(|p| p.tag_name().name());
            let name = node.tag_name().name();
            if matches!(name, "section" | "references") && n.sections.len() >= max_sections {
                // Headings past the limit are read as text; numbering them would only cost memory.
                continue;
            }
            match name {
                "section" => {
                    let numbered = !matches!(node.attribute("numbered"), Some("false" | "no"));
                    let number = match (parent_name, parent) {
                        (Some("middle"), _) if numbered => {
                            middle += 1;
                            Some(middle.to_string())
                        }
                        (Some("back"), _) if numbered => {
                            appendices += 1;
                            Some(letters(appendices))
                        }
                        (Some("section"), Some(p)) if numbered => {
                            n.sections.get(&p.id()).cloned().flatten().map(|pn| {
                                let count = children.entry(p.id()).or_insert(0);
                                *count += 1;
                                format!("{pn}.{count}")
                            })
                        }
                        _ => None,
                    };
                    let appendix = number
                        .as_deref()
                        .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_uppercase()));
                    let target = Target::Section {
                        number: number.clone(),
                        title: section_title(node),
                        appendix,
                    };
                    n.add_targets(node, &target);
                    n.sections.insert(node.id(), number);
                }
                "references" => {
                    let number = match (parent_name, parent) {
                        (Some("back"), Some(back)) => {
                            let total = *top_references_total.get_or_insert_with(|| {
                                back.children()
                                    .filter(|c| c.has_tag_name("references"))
                                    .count()
                            });
                            top_references += 1;
                            let base = middle + 1;
                            if total > 1 {
                                n.references_parent = Some(base.to_string());
                                Some(format!("{base}.{top_references}"))
                            } else {
                                Some(base.to_string())
                            }
                        }
                        (Some("references"), Some(p)) => {
                            n.sections.get(&p.id()).cloned().flatten().map(|pn| {
                                let count = children.entry(p.id()).or_insert(0);
                                *count += 1;
                                format!("{pn}.{count}")
                            })
                        }
                        _ => None,
                    };
                    let target = Target::Section {
                        number: number.clone(),
                        title: references_title(node),
                        appendix: false,
                    };
                    n.add_targets(node, &target);
                    n.sections.insert(node.id(), number);
                }
                // xml2rfc v2 numbers only figures and tables that have a title or an anchor.
                "figure" if v3 || node.has_attribute("title") || node.has_attribute("anchor") => {
                    figures += 1;
                    n.figures.insert(node.id(), figures);
                    n.add_targets(node, &Target::Figure(figures, caption_name(node)));
                }
                "table" | "texttable"
                    if v3
                        || node.has_tag_name("table")
                        || node.has_attribute("title")
                        || node.has_attribute("anchor") =>
                {
                    tables += 1;
                    n.tables.insert(node.id(), tables);
                    n.add_targets(node, &Target::Table(tables, caption_name(node)));
                }
                "reference" | "referencegroup" => {
                    if let Some(anchor) = node.attribute("anchor") {
                        n.targets.entry(anchor).or_insert(Target::Reference);
                    }
                }
                "displayreference" => {
                    if let (Some(target), Some(to)) =
                        (node.attribute("target"), node.attribute("to"))
                    {
                        n.display.insert(target, to);
                    }
                }
                _ => {}
            }
        }
        n
    }

    fn add_targets(&mut self, node: Node<'a, '_>, target: &Target) {
        for key in [node.attribute("anchor"), node.attribute("pn")]
            .into_iter()
            .flatten()
        {
            self.targets.entry(key).or_insert_with(|| target.clone());
        }
    }

    /// `[RFC2119]`, or the label a `<displayreference>` gives it.
    fn label(&self, anchor: &str) -> String {
        format!("[{}]", self.display.get(anchor).copied().unwrap_or(anchor))
    }
}

/// Writes the document under `root` (the `<rfc>` element) into `builder`.
pub(crate) fn render(
    root: Node<'_, '_>,
    positions: &Positions<'_>,
    builder: &mut DocumentBuilder,
    max_sections: usize,
) {
    let v3 = root.attribute("version") == Some("3");
    let numbering = Numbering::compute(root, v3, max_sections);
    let mut walker = Walker {
        b: builder,
        pos: positions,
        numbering,
        pending_space: false,
        after_marker: false,
        flatten: 0,
        list_depth: 0,
        recursion: 0,
        counters: HashMap::new(),
    };
    walker.document(root);
}

struct Walker<'w, 'a> {
    b: &'w mut DocumentBuilder,
    pos: &'w Positions<'w>,
    numbering: Numbering<'a>,
    /// Whitespace was seen since the last run; a space goes in before the next one.
    pending_space: bool,
    /// A list marker was just written; the item's first block continues its line.
    after_marker: bool,
    /// Inside a table cell: block boundaries become spaces.
    flatten: usize,
    list_depth: usize,
    recursion: usize,
    /// v2 `<list counter="…">` counters, shared across lists.
    counters: HashMap<String, usize>,
}

impl<'a> Walker<'_, 'a> {
    fn document(&mut self, root: Node<'a, '_>) {
        for child in root.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "front" => self.front(child),
                "middle" => {
                    for node in child.children() {
                        if node.has_tag_name("section") {
                            self.section(node, 1);
                        } else {
                            self.node(node);
                        }
                    }
                }
                "back" => self.back(child),
                _ => {}
            }
        }
    }

    fn front(&mut self, front: Node<'a, '_>) {
        if let Some(title) = front.children().find(|c| c.has_tag_name("title")) {
            self.block_break();
            self.children(title);
            self.block_break();
        }
        for child in front.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "abstract" => {
                    self.heading(child, 1, None, "Abstract".to_string(), None);
                    self.b.set_current_kind(SectionKind::Abstract);
                    self.children(child);
                }
                "note" => {
                    let title = section_title(child);
                    let title = if title.is_empty() {
                        "Note".to_string()
                    } else {
                        title
                    };
                    let name = child.children().find(|c| c.has_tag_name("name"));
                    self.heading(child, 1, None, title, name);
                    self.children(child);
                }
                "boilerplate" => {
                    for section in child.children().filter(|c| c.has_tag_name("section")) {
                        self.section(section, 1);
                    }
                }
                _ => {}
            }
        }
    }

    fn back(&mut self, back: Node<'a, '_>) {
        let several = back
            .children()
            .filter(|c| c.has_tag_name("references"))
            .count()
            > 1;
        let mut parent_written = false;
        for child in back.children() {
            match child.tag_name().name() {
                "references" if child.is_element() => {
                    if several {
                        if !parent_written {
                            parent_written = true;
                            let number = self.numbering.references_parent.clone();
                            self.heading(child, 1, number, "References".to_string(), None);
                            self.b.set_current_kind(SectionKind::References);
                        }
                        self.references(child, 2);
                    } else {
                        self.references(child, 1);
                    }
                }
                "section" if child.is_element() => self.section(child, 1),
                "displayreference" => {}
                _ => self.node(child),
            }
        }
    }

    fn heading(
        &mut self,
        node: Node<'a, '_>,
        depth: usize,
        number: Option<String>,
        title: String,
        name: Option<Node<'a, '_>>,
    ) {
        let mut position = self.title_position(node, name);
        // The builder writes `number title` as one run: start it so the title's characters map exactly.
        if let Some(number) = &number {
            let shift = u32::try_from(number.chars().count() + 1).unwrap_or(0);
            position.column = position.column.saturating_sub(shift).max(1);
        }
        let anchor = node.attribute("anchor").map(str::to_string);
        let depth = u8::try_from(depth).unwrap_or(u8::MAX);
        self.b
            .heading(depth, number, &title, anchor, Some(position));
        self.pending_space = false;
        self.after_marker = false;
    }

    /// Where a heading's title text starts: in its `<name>`, its v2 `title` attribute, or the element.
    fn title_position(&self, node: Node<'a, '_>, name: Option<Node<'a, '_>>) -> SourcePosition {
        if let Some(name) = name {
            let first_text = name
                .descendants()
                .filter(Node::is_text)
                .find(|t| t.text().is_some_and(|t| !t.chars().all(is_xml_space)));
            if let (Some(node), Some(text)) = (first_text, first_text.and_then(|t| t.text())) {
                let lead = text.len() - text.trim_start_matches(is_xml_space).len();
                let checkpoints = self.pos.align(self.pos.text_start(node), text);
                return self.pos.at(source_offset(&checkpoints, lead));
            }
            return self.pos.element(name);
        }
        match node.attribute_node("title") {
            Some(title) if node.range().start >= self.pos.root_start => {
                let value = title.range_value().start;
                let lead = title.value().len() - title.value().trim_start().len();
                self.pos.at(value + lead)
            }
            _ => self.pos.element(node),
        }
    }

    fn section(&mut self, node: Node<'a, '_>, depth: usize) {
        if self.recursion > MAX_RECURSION {
            self.flat_text(node);
            return;
        }
        self.recursion += 1;
        let number = self.numbering.sections.get(&node.id()).cloned().flatten();
        let name = node.children().find(|c| c.has_tag_name("name"));
        let title = section_title(node);
        let own_kind = classify_title(&title).is_some();
        self.heading(node, depth, number, title, name);
        // Back matter is appendices, numbered or not, unless the title says what it is.
        if depth == 1 && !own_kind && node.parent().is_some_and(|p| p.has_tag_name("back")) {
            self.b.set_current_kind(SectionKind::Appendix);
        }
        for child in node.children() {
            match child.tag_name().name() {
                "name" if child.is_element() => {}
                "section" if child.is_element() => self.section(child, depth + 1),
                "references" if child.is_element() => self.references(child, depth + 1),
                _ => self.node(child),
            }
        }
        self.recursion -= 1;
    }

    fn references(&mut self, node: Node<'a, '_>, depth: usize) {
        if self.recursion > MAX_RECURSION {
            self.flat_text(node);
            return;
        }
        self.recursion += 1;
        let number = self.numbering.sections.get(&node.id()).cloned().flatten();
        let name = node.children().find(|c| c.has_tag_name("name"));
        self.heading(node, depth, number, references_title(node), name);
        self.b.set_current_kind(SectionKind::References);
        for child in node.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "references" => self.references(child, depth + 1),
                "reference" => self.reference(child, true),
                "referencegroup" => self.reference_group(child),
                _ => {}
            }
        }
        self.recursion -= 1;
    }

    fn reference(&mut self, node: Node<'a, '_>, labelled: bool) {
        let mut line = String::new();
        if labelled {
            line.push_str(&self.numbering.label(node.attribute("anchor").unwrap_or("")));
            line.push_str("  ");
        }
        line.push_str(&reference_text(node));
        self.b.line_break();
        self.push_run(&line, Some(self.pos.element(node)));
        self.b.line_break();
        self.pending_space = false;
    }

    fn reference_group(&mut self, node: Node<'a, '_>) {
        let mut line = self.numbering.label(node.attribute("anchor").unwrap_or(""));
        if let Some(target) = node.attribute("target") {
            line.push_str(&format!("  <{target}>"));
        }
        self.b.line_break();
        self.push_run(&line, Some(self.pos.element(node)));
        self.b.line_break();
        self.pending_space = false;
        for reference in node.children().filter(|c| c.has_tag_name("reference")) {
            self.reference(reference, false);
        }
    }

    fn children(&mut self, node: Node<'a, '_>) {
        for child in node.children() {
            self.node(child);
        }
    }

    fn node(&mut self, node: Node<'a, '_>) {
        if node.is_text() {
            self.text(node);
        } else if node.is_element() {
            if self.recursion > MAX_RECURSION {
                self.flat_text(node);
                return;
            }
            self.recursion += 1;
            self.element(node);
            self.recursion -= 1;
        }
    }

    fn element(&mut self, el: Node<'a, '_>) {
        match el.tag_name().name() {
            "t" | "preamble" | "postamble" | "blockquote" | "aside" | "note" | "abstract" => {
                self.block_break();
                self.children(el);
                self.block_break();
            }
            "section" => {
                // Out of place (xml2rfc only nests sections in sections): keep the text.
                self.block_break();
                self.children(el);
                self.block_break();
            }
            "ul" | "ol" => self.list_v3(el),
            "list" => self.list_v2(el, None),
            "dl" => self.definition_list(el),
            "artwork" | "sourcecode" => self.verbatim(el),
            "artset" => {
                let artworks: Vec<_> = el
                    .children()
                    .filter(|c| c.has_tag_name("artwork"))
                    .collect();
                let chosen = artworks
                    .iter()
                    .find(|a| a.attribute("type") == Some("ascii-art"))
                    .or_else(|| artworks.iter().find(|a| a.attribute("type") != Some("svg")))
                    .or(artworks.first());
                if let Some(artwork) = chosen {
                    self.verbatim(*artwork);
                }
            }
            "figure" => self.figure(el),
            "table" => self.table_v3(el),
            "texttable" => self.table_v2(el),
            "author" | "contact" => self.contact(el),
            "reference" => self.reference(el, true),
            "referencegroup" => self.reference_group(el),
            "references" => {
                self.block_break();
                self.children(el);
                self.block_break();
            }
            "xref" | "relref" => self.xref(el),
            "eref" => {
                if has_content(el) {
                    self.children(el);
                } else if let Some(target) = el.attribute("target") {
                    self.push_run(target, Some(self.pos.element(el)));
                }
            }
            "cref" => {
                if el.attribute("display") != Some("false") {
                    self.push_run("[[", Some(self.pos.element(el)));
                    self.children(el);
                    self.push_run("]]", None);
                }
            }
            "br" => self.soft_break(),
            "vspace" => {
                let blank = el
                    .attribute("blankLines")
                    .and_then(|v| v.trim().parse::<u32>().ok())
                    .unwrap_or(0);
                if blank > 0 && self.flatten == 0 && self.list_depth == 0 {
                    self.b.paragraph_break();
                    self.pending_space = false;
                } else {
                    self.soft_break();
                }
            }
            // Generated, invisible, or metadata already read: not prose.
            "iref" | "toc" | "link" | "keyword" | "seriesInfo" | "displayreference" | "svg"
            | "include" | "name" | "format" | "area" | "workgroup" | "date" | "title"
            | "organization" | "address" => {}
            // em, strong, tt, sub, sup, bcp14, spanx, u, code and anything unknown: their text.
            _ => self.children(el),
        }
    }

    fn text(&mut self, node: Node<'a, '_>) {
        let Some(text) = node.text() else {
            return;
        };
        if text.chars().all(is_xml_space) {
            if !text.is_empty() {
                self.pending_space = true;
            }
            return;
        }
        let checkpoints = self.pos.align(self.pos.text_start(node), text);
        let (pieces, trailing_space) = pieces(text, &checkpoints);
        for (range, space_before) in pieces {
            if space_before {
                self.pending_space = true;
            }
            let position = self.pos.at(source_offset(&checkpoints, range.start));
            let piece = text.get(range).unwrap_or("").replace('\t', " ");
            self.push_run(&piece, Some(position));
        }
        if trailing_space {
            self.pending_space = true;
        }
    }

    /// Text of a subtree too deep to walk recursively, read iteratively.
    fn flat_text(&mut self, node: Node<'a, '_>) {
        for text in node.descendants().filter(Node::is_text) {
            self.text(text);
        }
    }

    fn push_run(&mut self, run: &str, position: Option<SourcePosition>) {
        if run.is_empty() {
            return;
        }
        if self.pending_space && !self.b.ends_with_space() {
            self.b.push_text(" ", None);
        }
        self.pending_space = false;
        self.after_marker = false;
        self.b.push_text(run, position);
    }

    /// Ends or starts a block: a blank line, a line end inside lists, a space inside table cells.
    fn block_break(&mut self) {
        if self.flatten > 0 {
            self.pending_space = true;
            return;
        }
        if self.after_marker {
            return;
        }
        self.pending_space = false;
        if self.list_depth > 0 {
            self.b.line_break();
        } else {
            self.b.paragraph_break();
        }
    }

    fn soft_break(&mut self) {
        if self.flatten > 0 {
            self.pending_space = true;
        } else {
            self.b.line_break();
            self.pending_space = false;
        }
    }

    fn item_start(&mut self, marker: &str, position: SourcePosition) {
        if self.flatten > 0 {
            self.pending_space = true;
        } else {
            self.b.line_break();
            self.pending_space = false;
        }
        if !marker.is_empty() {
            self.push_run(marker, Some(position));
            self.pending_space = true;
            self.after_marker = true;
        }
    }

    fn end_list(&mut self) {
        self.list_depth = self.list_depth.saturating_sub(1);
        self.after_marker = false;
        self.block_break();
    }

    fn list_v3(&mut self, el: Node<'a, '_>) {
        self.block_break();
        self.list_depth += 1;
        let ordered = el.has_tag_name("ol");
        let style = el.attribute("type").unwrap_or("1");
        let empty = el.attribute("empty") == Some("true");
        let start = el
            .attribute("start")
            .and_then(|s| s.trim().parse::<usize>().ok())
            .unwrap_or(1)
            .min(1 << 30);
        let items = el.children().filter(|c| c.has_tag_name("li"));
        for (li, n) in items.zip(start..) {
            let marker = if !ordered {
                if empty {
                    String::new()
                } else {
                    "*".to_string()
                }
            } else {
                ordered_marker(style, n)
            };
            let position = self.pos.element(li);
            self.item_start(&marker, position);
            self.children(li);
            self.after_marker = false;
        }
        self.end_list();
    }

    fn list_v2(&mut self, el: Node<'a, '_>, inherited: Option<&str>) {
        if self.recursion > MAX_RECURSION {
            self.flat_text(el);
            return;
        }
        self.recursion += 1;
        self.list_v2_items(el, inherited);
        self.recursion -= 1;
    }

    fn list_v2_items(&mut self, el: Node<'a, '_>, inherited: Option<&str>) {
        self.block_break();
        self.list_depth += 1;
        let style = el.attribute("style").or(inherited).unwrap_or("empty");
        let counter_name = el.attribute("counter").map(str::to_string);
        let mut local = 0usize;
        for t in el.children().filter(Node::is_element) {
            if t.has_tag_name("list") {
                self.list_v2(t, Some(style));
                continue;
            }
            if !t.has_tag_name("t") {
                self.node(t);
                continue;
            }
            let n = match &counter_name {
                Some(name) => {
                    let c = self.counters.entry(name.clone()).or_insert(0);
                    *c += 1;
                    *c
                }
                None => {
                    local += 1;
                    local
                }
            };
            let position = self.pos.element(t);
            match style {
                "symbols" => self.item_start("*", position),
                "numbers" => self.item_start(&format!("{n}."), position),
                "letters" => self.item_start(&format!("{}.", letters(n).to_lowercase()), position),
                "hanging" => {
                    self.item_start("", position);
                    if let Some(hang) = t.attribute("hangText") {
                        self.push_run(&collapse_spaces(hang.trim()), Some(position));
                        self.b.line_break();
                        self.pending_space = false;
                    }
                }
                s if s.starts_with("format") => {
                    let format = s.get(6..).unwrap_or("").trim();
                    self.item_start(&format_marker(format, n), position);
                }
                _ => self.item_start("", position),
            }
            for child in t.children() {
                if child.has_tag_name("list") {
                    self.list_v2(child, Some(style));
                } else {
                    self.node(child);
                }
            }
            self.after_marker = false;
        }
        self.end_list();
    }

    fn definition_list(&mut self, el: Node<'a, '_>) {
        self.block_break();
        self.list_depth += 1;
        for child in el.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "dt" => {
                    self.item_start("", self.pos.element(child));
                    self.children(child);
                    self.soft_break();
                }
                "dd" => {
                    self.soft_break();
                    self.children(child);
                    self.soft_break();
                }
                _ => self.node(child),
            }
        }
        self.end_list();
    }

    fn verbatim(&mut self, el: Node<'a, '_>) {
        if el.attribute("type") == Some("svg") || el.children().any(|c| c.has_tag_name("svg")) {
            return;
        }
        if self.flatten > 0 {
            self.flat_text(el);
            return;
        }
        // Every line of the artwork's text as (fragment, position) runs: a line breaks into fragments
        // where an entity or a CDATA marker sits in the source, so each fragment maps exactly.
        let mut lines: Vec<Vec<(&str, SourcePosition)>> = Vec::new();
        for text_node in el.descendants().filter(Node::is_text) {
            let Some(text) = text_node.text() else {
                continue;
            };
            let checkpoints = self.pos.align(self.pos.text_start(text_node), text);
            let mut line_start = 0;
            for line in text.split('\n') {
                let end = line_start + line.trim_end().len();
                let mut fragments = Vec::new();
                let mut from = line_start;
                let cuts = checkpoints
                    .iter()
                    .map(|&(decoded, _)| decoded)
                    .filter(|&d| d > line_start && d < end)
                    .chain(std::iter::once(end));
                for to in cuts {
                    if to > from {
                        let position = self.pos.at(source_offset(&checkpoints, from));
                        fragments.push((text.get(from..to).unwrap_or(""), position));
                    }
                    from = to;
                }
                lines.push(fragments);
                line_start += line.len() + 1;
            }
        }
        let first = lines.iter().position(|l| !l.is_empty());
        let last = lines.iter().rposition(|l| !l.is_empty());
        let (Some(first), Some(last)) = (first, last) else {
            return;
        };
        self.after_marker = false;
        self.block_break();
        for line in lines.get(first..=last).unwrap_or(&[]) {
            for (fragment, position) in line {
                self.b.push_text(fragment, Some(*position));
            }
            self.b.push_text("\n", None);
        }
        self.pending_space = false;
        self.block_break();
    }

    fn figure(&mut self, el: Node<'a, '_>) {
        self.block_break();
        for child in el.children() {
            if !child.has_tag_name("name") {
                self.node(child);
            }
        }
        if let Some(&n) = self.numbering.figures.get(&el.id()) {
            self.caption(el, "Figure", n);
        }
        self.block_break();
    }

    fn caption(&mut self, el: Node<'a, '_>, word: &str, n: usize) {
        let name = caption_name(el);
        let position = el
            .children()
            .find(|c| c.has_tag_name("name"))
            .map_or_else(|| self.pos.element(el), |c| self.pos.element(c));
        let caption = if name.is_empty() {
            format!("{word} {n}")
        } else {
            format!("{word} {n}: {name}")
        };
        self.block_break();
        self.push_run(&caption, Some(position));
        self.block_break();
    }

    fn table_v3(&mut self, el: Node<'a, '_>) {
        self.block_break();
        for child in el.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "name" | "iref" => {}
                "thead" | "tbody" | "tfoot" => {
                    for row in child.children().filter(|c| c.has_tag_name("tr")) {
                        self.row(
                            row.children()
                                .filter(|c| c.has_tag_name("td") || c.has_tag_name("th")),
                        );
                    }
                }
                "tr" => self.row(
                    child
                        .children()
                        .filter(|c| c.has_tag_name("td") || c.has_tag_name("th")),
                ),
                _ => self.node(child),
            }
        }
        if let Some(&n) = self.numbering.tables.get(&el.id()) {
            self.caption(el, "Table", n);
        }
        self.block_break();
    }

    fn table_v2(&mut self, el: Node<'a, '_>) {
        self.block_break();
        let columns = el
            .children()
            .filter(|c| c.has_tag_name("ttcol"))
            .count()
            .max(1);
        if let Some(pre) = el.children().find(|c| c.has_tag_name("preamble")) {
            self.node(pre);
        }
        self.row(el.children().filter(|c| c.has_tag_name("ttcol")));
        let cells: Vec<_> = el.children().filter(|c| c.has_tag_name("c")).collect();
        for row in cells.chunks(columns) {
            self.row(row.iter().copied());
        }
        if let Some(post) = el.children().find(|c| c.has_tag_name("postamble")) {
            self.node(post);
        }
        if let Some(&n) = self.numbering.tables.get(&el.id()) {
            self.caption(el, "Table", n);
        }
        self.block_break();
    }

    /// One table row on one line, cells separated by ` | `.
    fn row<'b>(&mut self, cells: impl Iterator<Item = Node<'a, 'b>>)
    where
        'b: 'a,
    {
        if self.flatten == 0 {
            self.b.line_break();
        }
        self.pending_space = false;
        self.flatten += 1;
        for (i, cell) in cells.enumerate() {
            if i > 0 {
                self.pending_space = false;
                self.b.push_text(" | ", None);
            }
            self.children(cell);
        }
        self.flatten -= 1;
        self.pending_space = false;
        if self.flatten == 0 {
            self.b.line_break();
        }
    }

    /// `<author>`/`<contact>`: a name inline in a paragraph, an address block elsewhere.
    fn contact(&mut self, el: Node<'a, '_>) {
        let inline = el.parent_element().is_some_and(|p| {
            matches!(
                p.tag_name().name(),
                "t" | "td" | "th" | "dt" | "em" | "strong"
            )
        }) || self.flatten > 0;
        let name = person_name(el);
        let position = self.pos.element(el);
        if inline {
            self.push_run(&name, Some(position));
            return;
        }
        self.block_break();
        let mut lines: Vec<(String, SourcePosition)> = Vec::new();
        if !name.is_empty() {
            lines.push((name, position));
        }
        if let Some(org) = el.children().find(|c| c.has_tag_name("organization")) {
            let org_text = text_of(Some(org));
            if !org_text.is_empty() {
                lines.push((org_text, self.pos.element(org)));
            }
        }
        if let Some(address) = el.children().find(|c| c.has_tag_name("address")) {
            for part in address.children().filter(Node::is_element) {
                let position = self.pos.element(part);
                match part.tag_name().name() {
                    "postal" => {
                        for line in postal_lines(part) {
                            lines.push((line, position));
                        }
                    }
                    "phone" => lines.push((format!("Phone: {}", text_of(Some(part))), position)),
                    "facsimile" => lines.push((format!("Fax: {}", text_of(Some(part))), position)),
                    "email" => lines.push((format!("Email: {}", text_of(Some(part))), position)),
                    "uri" => lines.push((format!("URI: {}", text_of(Some(part))), position)),
                    _ => {}
                }
            }
        }
        for (line, position) in lines {
            if line.trim().is_empty() {
                continue;
            }
            self.b.line_break();
            self.push_run(&line, Some(position));
        }
        self.pending_space = false;
        self.block_break();
    }

    fn xref(&mut self, el: Node<'a, '_>) {
        if has_content(el) {
            self.children(el);
            return;
        }
        let target = el.attribute("target").unwrap_or("");
        let format = el.attribute("format").unwrap_or("default");
        let section = el.attribute("section");
        let section_format = el
            .attribute("sectionFormat")
            .or_else(|| el.attribute("displayFormat"))
            .unwrap_or("of");
        let text = match self.numbering.targets.get(target) {
            Some(Target::Reference) => {
                let label = self.numbering.label(target);
                match section {
                    Some(s) => match section_format {
                        "comma" => format!("{label}, Section {s}"),
                        "parens" => format!("{label} (Section {s})"),
                        "bare" => s.to_string(),
                        _ => format!("Section {s} of {label}"),
                    },
                    None if format == "none" => String::new(),
                    None => label,
                }
            }
            Some(Target::Section {
                number,
                title,
                appendix,
            }) => match (format, number) {
                ("none", _) => String::new(),
                ("title", _) | ("counter", None) => title.clone(),
                ("counter", Some(n)) => n.clone(),
                (_, Some(n)) if *appendix => format!("Appendix {n}"),
                (_, Some(n)) => format!("Section {n}"),
                (_, None) => format!("\"{title}\""),
            },
            Some(Target::Figure(n, name)) => counted("Figure", *n, name, format),
            Some(Target::Table(n, name)) => counted("Table", *n, name, format),
            None => match el.attribute("derivedContent") {
                Some(derived) if !derived.trim().is_empty() => derived.to_string(),
                _ if format == "none" => String::new(),
                _ => format!("[{target}]"),
            },
        };
        let position = self.pos.element(el);
        self.push_run(&text, Some(position));
    }
}

/// Source offset of an offset in a text node's value, from `Positions::align` checkpoints.
fn source_offset(checkpoints: &[(usize, usize)], decoded: usize) -> usize {
    let index = checkpoints.partition_point(|&(d, _)| d <= decoded);
    checkpoints
        .get(index.saturating_sub(1))
        .map_or(0, |&(d, s)| s + (decoded - d))
}

/// Splits a text node's value into runs written as they are, each with whether whitespace precedes
/// it, plus whether the value ends in whitespace. Runs break at line ends, at runs of several
/// whitespace characters (written as one space) and at alignment checkpoints, so every run maps
/// character for character onto the source.
fn pieces(text: &str, checkpoints: &[(usize, usize)]) -> (Vec<(Range<usize>, bool)>, bool) {
    let is_break = |k: usize| checkpoints.binary_search_by_key(&k, |&(d, _)| d).is_ok();
    let mut out = Vec::new();
    let mut current: Option<(usize, bool)> = None;
    let mut space = false;
    let mut k = 0;
    while let Some(c) = text.get(k..).and_then(|rest| rest.chars().next()) {
        if k > 0 && is_break(k) {
            if let Some((start, before)) = current.take() {
                out.push((start..k, before));
            }
        }
        if is_xml_space(c) {
            let run_end = text
                .get(k..)
                .and_then(|rest| rest.find(|c: char| !is_xml_space(c)))
                .map_or(text.len(), |n| k + n);
            let single = run_end - k == 1 && c != '\n';
            if single && current.is_some() && run_end < text.len() {
                k = run_end;
                continue;
            }
            if let Some((start, before)) = current.take() {
                out.push((start..k, before));
            }
            space = true;
            k = run_end;
            continue;
        }
        if current.is_none() {
            current = Some((k, space));
            space = false;
        }
        k += c.len_utf8();
    }
    if let Some((start, before)) = current {
        out.push((start..text.len(), before));
    }
    (out, space)
}

fn counted(word: &str, n: usize, name: &str, format: &str) -> String {
    match format {
        "none" => String::new(),
        "counter" => n.to_string(),
        "title" if !name.is_empty() => name.to_string(),
        _ => format!("{word} {n}"),
    }
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

/// Runs of XML whitespace collapsed to one space (no-break spaces are kept: they are meant).
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if is_xml_space(c) {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// All text under a node, whitespace collapsed.
pub(super) fn text_of(node: Option<Node<'_, '_>>) -> String {
    let Some(node) = node else {
        return String::new();
    };
    let mut raw = String::new();
    for text in node.descendants().filter(Node::is_text) {
        raw.push_str(text.text().unwrap_or(""));
    }
    collapse_spaces(&raw)
}

/// Whether an element has text or child elements to show.
fn has_content(el: Node<'_, '_>) -> bool {
    el.children()
        .any(|c| c.is_element() || c.text().is_some_and(|t| !t.chars().all(is_xml_space)))
}

pub(super) fn section_title(node: Node<'_, '_>) -> String {
    match node.children().find(|c| c.has_tag_name("name")) {
        Some(name) => text_of(Some(name)),
        None => collapse_spaces(node.attribute("title").unwrap_or("")),
    }
}

fn references_title(node: Node<'_, '_>) -> String {
    let title = section_title(node);
    if title.is_empty() {
        "References".to_string()
    } else {
        title
    }
}

fn caption_name(node: Node<'_, '_>) -> String {
    match node.children().find(|c| c.has_tag_name("name")) {
        Some(name) => text_of(Some(name)),
        None => collapse_spaces(node.attribute("title").unwrap_or("")),
    }
}

/// A, B, … Z, AA, AB…: xml2rfc's appendix letters.
fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(char::from(b'A' + u8::try_from(n % 26).unwrap_or(0)));
        n /= 26;
    }
    out.iter().rev().collect()
}

fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value && out.len() < 64 {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// Marker of item `n` of a v3 `<ol type="…">`.
fn ordered_marker(style: &str, n: usize) -> String {
    match style {
        "a" => format!("{}.", letters(n).to_lowercase()),
        "A" => format!("{}.", letters(n)),
        "i" => format!("{}.", roman(n)),
        "I" => format!("{}.", roman(n).to_uppercase()),
        s if s.contains('%') => format_marker(s, n),
        _ => format!("{n}."),
    }
}

/// Expands xml2rfc list formats such as `%d.`, `(%c)`, `REQ%d:`.
fn format_marker(format: &str, n: usize) -> String {
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('d') => out.push_str(&n.to_string()),
            Some('c') => out.push_str(&letters(n).to_lowercase()),
            Some('C') => out.push_str(&letters(n)),
            Some('i') => out.push_str(&roman(n)),
            Some('I') => out.push_str(&roman(n).to_uppercase()),
            Some('%') => out.push('%'),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    out
}

/// A person or organisation as named by `<author>`/`<contact>`.
pub(crate) fn person_name(el: Node<'_, '_>) -> String {
    if let Some(full) = el.attribute("fullname").filter(|f| !f.trim().is_empty()) {
        return collapse_spaces(full);
    }
    let initials = el.attribute("initials").unwrap_or("").trim();
    let surname = el.attribute("surname").unwrap_or("").trim();
    let joined = collapse_spaces(&format!("{initials} {surname}"));
    if !joined.is_empty() {
        return joined;
    }
    text_of(el.children().find(|c| c.has_tag_name("organization")))
}

fn postal_lines(postal: Node<'_, '_>) -> Vec<String> {
    let mut lines = Vec::new();
    let mut locality = Vec::new();
    for part in postal.children().filter(Node::is_element) {
        let text = text_of(Some(part));
        if text.is_empty() {
            continue;
        }
        match part.tag_name().name() {
            "city" | "region" | "code" | "cityarea" => locality.push(text),
            "country" => {
                if !locality.is_empty() {
                    lines.push(locality.join(" "));
                    locality.clear();
                }
                lines.push(text);
            }
            _ => lines.push(text),
        }
    }
    if !locality.is_empty() {
        lines.push(locality.join(" "));
    }
    lines
}

/// One reference as xml2rfc prints it, without the label:
/// `Bradner, S., "Key words…", BCP 14, RFC 2119, March 1997.`
fn reference_text(reference: Node<'_, '_>) -> String {
    let front = reference.children().find(|c| c.has_tag_name("front"));
    let mut parts: Vec<String> = Vec::new();
    if let Some(front) = front {
        let nodes: Vec<_> = front
            .children()
            .filter(|c| c.has_tag_name("author"))
            .collect();
        let authors: Vec<String> = nodes
            .iter()
            .enumerate()
            .map(|(i, a)| reference_author(*a, i == 0 || i + 1 < nodes.len()))
            .filter(|a| !a.is_empty())
            .collect();
        match authors.as_slice() {
            [] => {}
            [one] => parts.push(one.clone()),
            [first, second] => parts.push(format!("{first} and {second}")),
            [rest @ .., last] => parts.push(format!("{}, and {last}", rest.join(", "))),
        }
        let title = text_of(front.children().find(|c| c.has_tag_name("title")));
        if !title.is_empty() {
            if reference.attribute("quoteTitle") == Some("false") {
                parts.push(title);
            } else {
                parts.push(format!("\"{title}\""));
            }
        }
    }
    for refcontent in reference
        .children()
        .filter(|c| c.has_tag_name("refcontent"))
    {
        let text = text_of(Some(refcontent));
        if !text.is_empty() {
            parts.push(text);
        }
    }
    let series = reference
        .children()
        .chain(front.into_iter().flat_map(|f| f.children()))
        .filter(|c| c.has_tag_name("seriesInfo"));
    for info in series {
        let name = info.attribute("name").unwrap_or("").trim();
        let value = info.attribute("value").unwrap_or("").trim();
        let text = match name {
            "Internet-Draft" => format!("Work in Progress, Internet-Draft, {value}"),
            "" => value.to_string(),
            _ => format!("{name} {value}"),
        };
        if !text.trim().is_empty() {
            parts.push(text);
        }
    }
    if let Some(date) = front.and_then(|f| f.children().find(|c| c.has_tag_name("date"))) {
        let printed = [
            date.attribute("day"),
            date.attribute("month").map(month_name),
            date.attribute("year"),
        ]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
        if !printed.is_empty() {
            parts.push(printed);
        }
    }
    if let Some(target) = reference.attribute("target") {
        parts.push(format!("<{}>", target.trim()));
    }
    let mut line = parts.join(", ");
    if !line.is_empty() {
        line.push('.');
    }
    for annotation in reference
        .children()
        .filter(|c| c.has_tag_name("annotation"))
    {
        let text = text_of(Some(annotation));
        if !text.is_empty() {
            line.push(' ');
            line.push_str(&text);
        }
    }
    line
}

/// `Bradner, S.`, or `J. Reschke` for the last of several authors; `, Ed.` for editors.
fn reference_author(author: Node<'_, '_>, surname_first: bool) -> String {
    let initials = author.attribute("initials").unwrap_or("").trim();
    let surname = author.attribute("surname").unwrap_or("").trim();
    let mut name = if surname.is_empty() {
        person_name(author)
    } else if initials.is_empty() {
        author
            .attribute("fullname")
            .map_or_else(|| surname.to_string(), collapse_spaces)
    } else if surname_first {
        format!("{surname}, {initials}")
    } else {
        format!("{initials} {surname}")
    };
    if !name.is_empty() && author.attribute("role") == Some("editor") {
        name.push_str(", Ed.");
    }
    name
}

/// English month name for a month number; anything else as given.
pub(crate) fn month_name(month: &str) -> &str {
    month
        .trim()
        .parse::<usize>()
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or(month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appendix_letters_and_markers() {
        assert_eq!(letters(1), "A");
        assert_eq!(letters(26), "Z");
        assert_eq!(letters(27), "AA");
        assert_eq!(ordered_marker("1", 3), "3.");
        assert_eq!(ordered_marker("a", 2), "b.");
        assert_eq!(ordered_marker("I", 4), "IV.");
        assert_eq!(ordered_marker("REQ%d:", 7), "REQ7:");
        assert_eq!(format_marker("(%c)", 3), "(c)");
    }

    #[test]
    fn collapse_keeps_no_break_spaces() {
        assert_eq!(collapse_spaces("a \n\t b\u{a0}c"), "a b\u{a0}c");
    }

    #[test]
    fn month_numbers_become_names() {
        assert_eq!(month_name("3"), "March");
        assert_eq!(month_name("March"), "March");
        assert_eq!(month_name("13"), "13");
    }
}
