//! Reads kramdown-rfc Markdown (`draft-*.md` of i-d-template repositories): YAML front matter, then
//! `--- abstract`, `--- note_…`, `--- middle` and `--- back` parts of Markdown.
//!
//! The body is read twice with pulldown-cmark: a first pass numbers the headings as xml2rfc would
//! (attribute lists may follow a heading, and `{{anchor}}` xrefs anywhere need the numbers), the
//! second writes the text. Every run of text keeps its byte offset in the file for the source map.

mod front_matter;
mod inline;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use regex::Regex;

use crate::builder::DocumentBuilder;
use crate::decode::decode;
use crate::error::DocError;
use crate::limits::Limits;
use crate::model::{Document, Format, Meta, Sdo, SectionKind, SourceInfo};
use crate::sections::classify_title;
use crate::source_map::{LineIndex, SourcePosition};

use front_matter::{FrontMatter, LoadError, Yaml, MAX_FRONT_MATTER};
use inline::{Attrs, Context, Inline, Rewriter};

/// Reads a kramdown-rfc Markdown document.
pub fn parse(bytes: &[u8], source: SourceInfo, limits: &Limits) -> Result<Document, DocError> {
    let (text, decode_warning) = decode(bytes);
    let text: &str = &text;
    let index = LineIndex::new(text);
    let mut builder = DocumentBuilder::new(limits.max_sections);
    if let Some(warning) = decode_warning {
        builder.warn(warning.message);
    }
    let layout = split_layout(text);
    for warning in &layout.warnings {
        builder.warn(warning.clone());
    }
    let front = match &layout.front {
        Some(range) => read_front_matter(text, range.clone(), &index, limits)?,
        None => FrontMatter {
            meta: Meta {
                sdo: Sdo::Ietf,
                ..Meta::default()
            },
            ..FrontMatter::default()
        },
    };
    for warning in &front.warnings {
        builder.warn(warning.clone());
    }
    let mut ctx = Context {
        entities: front.entities,
        aliases: front.aliases,
        sections: Default::default(),
    };
    // Generated text (expanded entities, boilerplate, section labels) may add at most as much
    // again as the document itself, plus room for a few boilerplate paragraphs in small files.
    let mut rewriter = Rewriter::new(text.len().saturating_add(64 * 1024));

    let mut planner = Planner::new(&index, limits);
    for part in &layout.parts {
        let body = part_source(text, part);
        planner.plan_part(&body, part, &ctx, &mut rewriter)?;
    }
    let plan = planner.finish();
    ctx.sections = plan.labels();
    for warning in &plan.warnings {
        builder.warn(warning.clone());
    }

    let mut renderer = Renderer {
        builder,
        positions: Positions::new(text, &index),
        ctx: &ctx,
        rewriter,
        plan: &plan.headings,
        next_heading: 0,
        inline: Inline::default(),
        marker: None,
        stack: Vec::new(),
        heading_open: false,
        pipe_table: false,
    };
    let mut previous: Option<&PartKind> = None;
    if let (Some((value, line)), Some(range)) = (&front.abstract_text, &layout.front) {
        let fm = text.get(range.clone()).unwrap_or("");
        let start = range.start + line_start(fm, *line);
        renderer
            .builder
            .heading(1, None, "Abstract", None, Some(index.position(start)));
        renderer.builder.set_current_kind(SectionKind::Abstract);
        renderer.render_yaml_text(value, text, start..range.end);
        previous = Some(&PartKind::Abstract);
    }
    for part in &layout.parts {
        let position = part.marker.map(|offset| index.position(offset));
        match &part.kind {
            PartKind::Abstract if !matches!(previous, Some(PartKind::Abstract)) => {
                renderer
                    .builder
                    .heading(1, None, "Abstract", None, position);
                renderer.builder.set_current_kind(SectionKind::Abstract);
            }
            PartKind::Note(title) if previous != Some(&part.kind) => {
                renderer.builder.heading(1, None, title, None, position);
            }
            PartKind::Middle | PartKind::Back
                if matches!(previous, Some(PartKind::Abstract | PartKind::Note(_))) =>
            {
                // Text before the first heading of the body is not part of the abstract.
                renderer.builder.paragraph_break();
                renderer.builder.close_to(1);
            }
            _ => {}
        }
        previous = Some(&part.kind);
        let body = part_source(text, part);
        renderer.render_part(&body, part);
    }
    let Renderer {
        mut builder,
        rewriter,
        ..
    } = renderer;
    for warning in rewriter.warnings {
        builder.warn(warning);
    }
    let mut document = builder.finish(source, front.meta);
    document.references = front.references;
    Ok(document)
}

/// Which part of a kramdown-rfc document a stretch of Markdown belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum PartKind {
    Abstract,
    Note(String),
    Middle,
    Back,
}

impl PartKind {
    fn rank(&self) -> u8 {
        match self {
            PartKind::Abstract => 0,
            PartKind::Note(_) => 1,
            PartKind::Middle => 2,
            PartKind::Back => 3,
        }
    }
}

/// A stretch of Markdown: its byte range in the file and the `--- label` line that opened it.
#[derive(Debug, Clone)]
struct Part {
    kind: PartKind,
    range: Range<usize>,
    marker: Option<usize>,
}

/// Where the front matter and the parts are.
#[derive(Debug, Default)]
struct Layout {
    front: Option<Range<usize>>,
    parts: Vec<Part>,
    warnings: Vec<String>,
}

/// A line `---` or `--- label` (kramdown-rfc's section separator); `Some(None)` for a bare `---`.
fn marker_label(line: &str) -> Option<Option<&str>> {
    let rest = line.strip_prefix("---")?;
    let rest = rest.trim_end_matches([' ', '\t', '\r']);
    if rest.is_empty() {
        return Some(None);
    }
    let label = rest
        .strip_prefix([' ', '\t'])?
        .trim_start_matches([' ', '\t']);
    let word = label.strip_suffix('-').unwrap_or(label);
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        Some(Some(word))
    } else {
        None
    }
}

/// Splits a file the way kramdown-rfc does: if it starts with `---`, the lines up to the next
/// `---`/`--- label` line are YAML, and each `--- label` line starts a part (a bare `---` returns to
/// the previous label). A file that does not start with `---` is all Markdown.
fn split_layout(text: &str) -> Layout {
    let mut layout = Layout::default();
    let whole_middle = |layout: &mut Layout| {
        if text.is_empty() {
            return;
        }
        layout.parts.push(Part {
            kind: PartKind::Middle,
            range: 0..text.len(),
            marker: None,
        });
    };
    let first = text.split_inclusive('\n').next().unwrap_or("");
    let Some(first_label) = marker_label(first.trim_end_matches('\n')) else {
        whole_middle(&mut layout);
        return layout;
    };
    // Marker lines: (offset of the line, offset after it, label).
    let mut markers: Vec<(usize, usize, Option<&str>)> = Vec::new();
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let skip = i == 0 && first_label.is_none();
        if !skip && line.starts_with("---") {
            if let Some(label) = marker_label(line.trim_end_matches('\n')) {
                markers.push((offset, offset + line.len(), label));
            }
        }
        offset += line.len();
    }
    if first_label.is_none() {
        let front_start = first.len();
        match markers.first() {
            Some(&(offset, _, _)) => layout.front = Some(front_start..offset),
            None => {
                // An unterminated front matter is more likely a Markdown file that opens with a
                // rule than a document that is all metadata: read it all as Markdown, and say so.
                layout.warnings.push(
                    "the file starts with `---` but the front matter is never closed by another \
                     `---` line; read as Markdown without front matter"
                        .into(),
                );
                whole_middle(&mut layout);
                return layout;
            }
        }
    }
    let mut labels: Vec<&str> = Vec::new();
    let mut unknown: Vec<&str> = Vec::new();
    for (i, &(marker, content_start, label)) in markers.iter().enumerate() {
        match label {
            Some(label) => labels.push(label),
            None => {
                labels.pop();
            }
        }
        let end = markers.get(i + 1).map_or(text.len(), |next| next.0);
        let kind = match labels.last() {
            None | Some(&"middle") => Some(PartKind::Middle),
            Some(&"abstract") => Some(PartKind::Abstract),
            Some(&"back") => Some(PartKind::Back),
            Some(&"fluff") => None,
            Some(label) => match label.strip_prefix("note_") {
                Some(title) => Some(PartKind::Note(note_title(title))),
                None => {
                    if !unknown.contains(label) {
                        unknown.push(label);
                    }
                    None
                }
            },
        };
        if let Some(kind) = kind {
            layout.parts.push(Part {
                kind,
                range: content_start.min(end)..end,
                marker: Some(marker),
            });
        }
    }
    for label in unknown {
        layout.warnings.push(format!(
            "the part `--- {label}` is not abstract, note, middle or back; its text is not read"
        ));
    }
    // kramdown-rfc gathers parts by label into front (abstract, notes), middle and back.
    layout.parts.sort_by_key(|part| part.kind.rank());
    layout
}

/// Source positions of byte offsets, remembering the last one: `LineIndex::position` counts the
/// characters from the start of the line on every call, which is quadratic for the many runs of one
/// very long line (a hostile file can be a single 64 MiB line); runs come in file order, so
/// counting from the previous run is enough.
struct Positions<'a> {
    text: &'a str,
    index: &'a LineIndex<'a>,
    last: Option<(usize, SourcePosition)>,
}

impl<'a> Positions<'a> {
    fn new(text: &'a str, index: &'a LineIndex<'a>) -> Self {
        Self {
            text,
            index,
            last: None,
        }
    }

    fn position(&mut self, offset: usize) -> SourcePosition {
        let offset = offset.min(self.text.len());
        if let Some((last, position)) = self.last {
            if let Some(gap) = self.text.get(last..offset) {
                if memchr::memchr(b'\n', gap.as_bytes()).is_none() {
                    let chars = u32::try_from(gap.chars().count()).unwrap_or(u32::MAX);
                    let position = SourcePosition {
                        line: position.line,
                        column: position.column.saturating_add(chars),
                    };
                    self.last = Some((offset, position));
                    return position;
                }
            }
        }
        let position = self.index.position(offset);
        if self.text.is_char_boundary(offset) {
            self.last = Some((offset, position));
        }
        position
    }
}

/// Whether a paragraph's source is a kramdown table: `|` lines, perhaps with an attribute list.
fn is_pipe_table(source: &str) -> bool {
    let mut rows = 0;
    for line in source.lines() {
        let line = line.trim();
        if line.starts_with('|') {
            rows += 1;
        } else if !line.is_empty() && !line.starts_with("{:") {
            return false;
        }
    }
    rows > 0
}

/// Byte offset of the start of 1-based `line` in `text` (the end if it has fewer lines).
fn line_start(text: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    memchr::memchr_iter(b'\n', text.as_bytes())
        .nth(line - 2)
        .map_or(text.len(), |at| at + 1)
}

/// `Note_to_Readers_` → `Note to Readers`.
fn note_title(label: &str) -> String {
    let title = label.replace('_', " ");
    let title = title.trim();
    if title.is_empty() {
        "Note".into()
    } else {
        title.to_string()
    }
}

/// Parses the YAML between the `---` lines into metadata, or says why it cannot.
fn read_front_matter(
    text: &str,
    range: Range<usize>,
    index: &LineIndex,
    limits: &Limits,
) -> Result<FrontMatter, DocError> {
    let yaml_src = text.get(range.clone()).unwrap_or("");
    if yaml_src.len() > MAX_FRONT_MATTER {
        return Err(DocError::Refused {
            format: Format::Markdown,
            reason: format!(
                "the YAML front matter is {} bytes, over the limit of {} bytes",
                yaml_src.len(),
                MAX_FRONT_MATTER
            ),
        });
    }
    let first_line = index.position(range.start).line as usize;
    let error = match Yaml::load(yaml_src, limits.max_depth) {
        Ok(yaml) => return Ok(front_matter::read(&yaml)),
        Err(error) => error,
    };
    let (line, col, reason) = match error {
        LoadError::Syntax { reason, line, col } => (line, col, reason),
        LoadError::TooDeep { line } => {
            return Err(DocError::Refused {
                format: Format::Markdown,
                reason: format!(
                    "the YAML front matter nests deeper than {} levels (line {})",
                    limits.max_depth,
                    first_line + line.saturating_sub(1)
                ),
            })
        }
    };
    let file_line = first_line + line.saturating_sub(1);
    // kramdown-rfc reads YAML with libyaml, which accepts some things yaml-rust2 does not (a quoted
    // scalar continued at column 0, common in hand-written reference entries). If the keys before
    // the top-level key holding the error load on their own, use them and say what was dropped:
    // the metadata comes first in practice, the references last.
    let cut = top_level_key_start(yaml_src, line);
    if let Ok(yaml) = Yaml::load(yaml_src.get(..cut).unwrap_or(""), limits.max_depth) {
        if yaml
            .root()
            .is_some_and(|root| !yaml.entries(root).is_empty())
        {
            let mut front = front_matter::read(&yaml);
            let dropped_line = first_line + line_of(yaml_src, cut);
            front.warnings.push(format!(
                "the YAML front matter has an error at line {file_line}, column {} ({reason}); \
                 its keys from line {dropped_line} on were ignored",
                col + 1
            ));
            return Ok(front);
        }
    }
    Err(DocError::Malformed {
        format: Format::Markdown,
        reason: format!(
            "the YAML front matter is not valid YAML: {reason} (line {file_line}, column {})",
            col + 1
        ),
    })
}

/// Byte offset of the last line at or before 1-based `line` that starts a top-level key
/// (a non-blank, non-comment character in column 0).
fn top_level_key_start(yaml: &str, line: usize) -> usize {
    let mut best = 0;
    let mut offset = 0;
    for (i, text) in yaml.split_inclusive('\n').enumerate() {
        if i + 1 > line {
            break;
        }
        if text.starts_with(|c: char| !c.is_whitespace() && c != '#') {
            best = offset;
        }
        offset += text.len();
    }
    best
}

/// 0-based line number of byte `offset` of `text`.
fn line_of(text: &str, offset: usize) -> usize {
    memchr::memchr_iter(b'\n', text.as_bytes().get(..offset).unwrap_or(&[])).count()
}

/// The Markdown of a part, with kramdown comment and nomarkdown blocks blanked out (byte for byte,
/// so offsets still point into the file).
fn part_source<'t>(text: &'t str, part: &Part) -> Cow<'t, str> {
    let body = text.get(part.range.clone()).unwrap_or("");
    if !body.contains("{::comment}") && !body.contains("{::nomarkdown}") {
        return Cow::Borrowed(body);
    }
    let mut bytes = body.as_bytes().to_vec();
    let mut from = 0;
    while let Some(open) = COMMENT_OPEN.find_at(body, from) {
        let end = COMMENT_CLOSE
            .find_at(body, open.end())
            .map_or(body.len(), |close| close.end());
        for byte in bytes.get_mut(open.start()..end).into_iter().flatten() {
            if *byte != b'\n' && *byte != b'\r' {
                *byte = b' ';
            }
        }
        from = end;
    }
    // Only whole characters were replaced by ASCII spaces, so this cannot fail; fall back to the
    // unmasked text rather than panic if it somehow did.
    match String::from_utf8(bytes) {
        Ok(masked) => Cow::Owned(masked),
        Err(_) => Cow::Borrowed(body),
    }
}

static COMMENT_OPEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{::(?:comment|nomarkdown)\}").expect("valid regex"));
static COMMENT_CLOSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{:/(?:comment|nomarkdown)?\}").expect("valid regex"));

fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_DEFINITION_LIST
}

/// A heading as it will be written: depth, xml2rfc number, title and anchor.
#[derive(Debug, Clone)]
struct Planned {
    depth: u8,
    number: Option<String>,
    title: String,
    anchor: Option<String>,
    src: usize,
    back: bool,
}

/// All headings of the document, in order.
#[derive(Debug, Default)]
struct Plan {
    headings: Vec<Planned>,
    warnings: Vec<String>,
}

impl Plan {
    /// How an xref to each anchored heading reads.
    fn labels(&self) -> inline::SectionLabels {
        let mut labels = inline::SectionLabels::new();
        for heading in &self.headings {
            let Some(anchor) = &heading.anchor else {
                continue;
            };
            let label = match (&heading.number, heading.back) {
                (Some(number), false) => format!("Section {number}"),
                (Some(number), true) => format!("Appendix {number}"),
                (None, _) => format!("\"{}\"", heading.title),
            };
            labels.entry(anchor.clone()).or_insert(label);
        }
        labels
    }
}

/// A heading whose attributes may still come on the next line.
#[derive(Debug)]
struct PendingHeading {
    level: u8,
    title: String,
    attrs: Attrs,
    end_line: u32,
    src: usize,
    back: bool,
}

/// First pass: finds the headings and numbers them.
struct Planner<'a> {
    index: &'a LineIndex<'a>,
    max_depth: usize,
    max_headings: usize,
    headings: Vec<Planned>,
    middle: Vec<u32>,
    back: Vec<u32>,
    /// Source levels and numbered-ness of the open headings of the current part kind.
    open: Vec<(u8, bool)>,
    open_kind: Option<PartKind>,
    ids: HashSet<String>,
    /// Next suffix to try for each generated id, so repeated titles do not rescan from `-1`.
    suffixes: HashMap<String, u32>,
    pending: Option<PendingHeading>,
    pending_attrs: Option<(Attrs, u32)>,
    warnings: Vec<String>,
}

impl<'a> Planner<'a> {
    fn new(index: &'a LineIndex<'a>, limits: &Limits) -> Self {
        Self {
            index,
            max_depth: limits.max_depth,
            max_headings: limits.max_sections,
            headings: Vec::new(),
            middle: Vec::new(),
            back: Vec::new(),
            open: Vec::new(),
            open_kind: None,
            ids: HashSet::new(),
            suffixes: HashMap::new(),
            pending: None,
            pending_attrs: None,
            warnings: Vec::new(),
        }
    }

    fn line(&self, offset: usize) -> u32 {
        self.index.position(offset).line
    }

    fn plan_part(
        &mut self,
        body: &str,
        part: &Part,
        ctx: &Context,
        rewriter: &mut Rewriter,
    ) -> Result<(), DocError> {
        if self.open_kind.as_ref() != Some(&part.kind) {
            self.finalize();
            self.open.clear();
            self.open_kind = Some(part.kind.clone());
        }
        let base = part.range.start;
        let back = part.kind == PartKind::Back;
        let mut depth = 0usize;
        // (source level, start offset, text) of a top-level heading being read.
        let mut heading: Option<(u8, Inline)> = None;
        // A top-level paragraph that may be only an attribute list.
        let mut paragraph: Option<(usize, Inline)> = None;
        for (event, range) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
            let abs = base + range.start;
            match event {
                Event::Start(tag) => {
                    if depth == 0 {
                        match tag {
                            Tag::Heading { level, .. } => {
                                heading = Some((level as u8, Inline::default()));
                                if matches!(part.kind, PartKind::Abstract | PartKind::Note(_))
                                    && self.warnings.is_empty()
                                {
                                    self.warnings.push(format!(
                                        "a heading inside the abstract or a note (line {}) is \
                                         numbered as a section of the body",
                                        self.line(abs)
                                    ));
                                }
                            }
                            Tag::Paragraph
                                if body.get(range.clone()).is_some_and(|p| p.contains("{:")) =>
                            {
                                paragraph = Some((abs, Inline::default()));
                            }
                            _ => {
                                self.finalize();
                                self.pending_attrs = None;
                            }
                        }
                    }
                    depth += 1;
                    if depth > self.max_depth {
                        return Err(DocError::Refused {
                            format: Format::Markdown,
                            reason: format!(
                                "Markdown nested deeper than {} levels (block quotes, lists or \
                                 emphasis) at line {}",
                                self.max_depth,
                                self.line(abs)
                            ),
                        });
                    }
                }
                Event::End(tag) => {
                    depth = depth.saturating_sub(1);
                    if depth > 0 {
                        continue;
                    }
                    match tag {
                        TagEnd::Heading(_) => {
                            if let Some((level, text)) = heading.take() {
                                let end_line = self.line((base + range.end).saturating_sub(1));
                                let start_line = self.line(abs);
                                self.heading(
                                    level, &text, abs, start_line, end_line, back, ctx, rewriter,
                                );
                            }
                        }
                        TagEnd::Paragraph => match paragraph.take() {
                            Some((start, text)) => {
                                self.attribute_paragraph(&text, start, base + range.end, ctx)
                            }
                            None => {
                                self.finalize();
                                self.pending_attrs = None;
                            }
                        },
                        _ => {}
                    }
                }
                Event::Text(run) => {
                    if let Some(text) = collecting(&mut heading, &mut paragraph) {
                        text.push(&run, Some(abs));
                    }
                }
                Event::Code(run) => {
                    if let Some(text) = collecting(&mut heading, &mut paragraph) {
                        text.push_literal(&run, Some(abs));
                    }
                }
                Event::SoftBreak | Event::HardBreak => {
                    if let Some(text) = collecting(&mut heading, &mut paragraph) {
                        text.push(" ", None);
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)] // Planner state plus the heading's facts.
    fn heading(
        &mut self,
        level: u8,
        text: &Inline,
        start: usize,
        start_line: u32,
        end_line: u32,
        back: bool,
        ctx: &Context,
        rewriter: &mut Rewriter,
    ) {
        self.finalize();
        let mut attrs = Attrs::default();
        if let Some((before, line)) = self.pending_attrs.take() {
            if line.saturating_add(1) == start_line {
                attrs.merge(before);
            }
        }
        let title = rewriter.rewrite(text, ctx, true, &mut attrs);
        let title = title
            .as_str()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        self.pending = Some(PendingHeading {
            level,
            title,
            attrs,
            end_line,
            src: text.first_src().unwrap_or(start),
            back,
        });
    }

    /// A top-level paragraph containing `{:`: if it is only attribute lists, it belongs to the
    /// heading just before it (kramdown puts a block's attributes on the line after it) or the
    /// heading right after it.
    fn attribute_paragraph(&mut self, text: &Inline, start: usize, end: usize, ctx: &Context) {
        let mut attrs = Attrs::default();
        // Rewritten only to classify the paragraph, so it does not spend the real budget.
        let rest = Rewriter::new(usize::MAX).rewrite(text, ctx, false, &mut attrs);
        let only_attributes = attrs.seen && rest.as_str().trim().is_empty();
        if !only_attributes {
            self.finalize();
            self.pending_attrs = None;
            return;
        }
        let start_line = self.line(start);
        match self.pending.as_mut() {
            Some(pending) if pending.end_line.saturating_add(1) == start_line => {
                pending.attrs.merge(attrs);
                self.finalize();
            }
            _ => {
                self.finalize();
                self.pending_attrs = Some((attrs, self.line(end.saturating_sub(1))));
            }
        }
    }

    /// Numbers the pending heading and adds it to the plan.
    fn finalize(&mut self) {
        let Some(pending) = self.pending.take() else {
            return;
        };
        if self.headings.len() >= self.max_headings {
            // The builder reads headings past its limit as text; the renderer does the same when
            // the plan runs out, so the plan stays bounded.
            return;
        }
        while self
            .open
            .last()
            .is_some_and(|&(level, _)| level >= pending.level)
        {
            self.open.pop();
        }
        let parent_numbered = self.open.last().is_none_or(|&(_, numbered)| numbered);
        let numbered = parent_numbered && !pending.attrs.unnumbered;
        self.open.push((pending.level, numbered));
        let depth = self.open.len();
        let number = if numbered {
            let counters = if pending.back {
                &mut self.back
            } else {
                &mut self.middle
            };
            counters.resize(depth, 0);
            if let Some(last) = counters.last_mut() {
                *last = last.saturating_add(1);
            }
            Some(format_number(counters, pending.back))
        } else {
            None
        };
        let anchor = match pending.attrs.id {
            Some(id) => {
                self.ids.insert(id.clone());
                id
            }
            None => self.auto_id(&pending.title),
        };
        self.headings.push(Planned {
            depth: u8::try_from(depth).unwrap_or(u8::MAX),
            number,
            title: pending.title,
            anchor: Some(anchor),
            src: pending.src,
            back: pending.back,
        });
    }

    /// kramdown's generated header id: letters, digits, spaces → `-`, lower case, made unique.
    fn auto_id(&mut self, title: &str) -> String {
        let trimmed = title.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
        let mut id = String::with_capacity(trimmed.len());
        for c in trimmed.chars() {
            if c.is_ascii_alphanumeric() {
                id.push(c.to_ascii_lowercase());
            } else if (c == ' ' || c == '-') && !id.ends_with('-') {
                id.push('-');
            }
        }
        let mut id = id.trim_end_matches('-').to_string();
        if id.is_empty() {
            id = "section".into();
        }
        let next = self.suffixes.entry(id.clone()).or_insert(0);
        let mut unique = id.clone();
        while self.ids.contains(&unique) {
            *next = next.saturating_add(1);
            unique = format!("{id}-{next}");
        }
        self.ids.insert(unique.clone());
        unique
    }

    fn finish(mut self) -> Plan {
        self.finalize();
        Plan {
            headings: self.headings,
            warnings: self.warnings,
        }
    }
}

/// The text being collected for the top-level heading or paragraph, if any.
fn collecting<'i>(
    heading: &'i mut Option<(u8, Inline)>,
    paragraph: &'i mut Option<(usize, Inline)>,
) -> Option<&'i mut Inline> {
    match (heading, paragraph) {
        (Some((_, text)), _) | (None, Some((_, text))) => Some(text),
        (None, None) => None,
    }
}

/// `[2, 1]` → `2.1`; in the back matter the first level is a letter: `[1, 3]` → `A.3`.
fn format_number(counters: &[u32], back: bool) -> String {
    let mut out = String::new();
    for (i, &n) in counters.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        if i == 0 && back {
            out.push_str(&letters(n));
        } else {
            out.push_str(&n.to_string());
        }
    }
    out
}

/// 1 → A, 26 → Z, 27 → AA.
fn letters(mut n: u32) -> String {
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(char::from(b'A' + (n % 26) as u8));
        n /= 26;
    }
    out.iter().rev().collect()
}

/// What an open Markdown element means for the text around it.
#[derive(Debug)]
enum Open {
    Block,
    Heading,
    CodeBlock,
    Html,
    List { next: Option<u64> },
    Item,
    ListLike,
    Row { cells: usize },
    Link { dest: String, len: usize },
    Span,
}

/// Second pass: writes the text.
struct Renderer<'a> {
    builder: DocumentBuilder,
    positions: Positions<'a>,
    ctx: &'a Context,
    rewriter: Rewriter,
    plan: &'a [Planned],
    next_heading: usize,
    inline: Inline,
    /// A list marker (`- `, `2. `, `[1] `) written before the item's first text.
    marker: Option<String>,
    stack: Vec<Open>,
    heading_open: bool,
    /// The paragraph being read is a kramdown table of `| a | b |` lines.
    pipe_table: bool,
}

impl Renderer<'_> {
    fn render_part(&mut self, body: &str, part: &Part) {
        let base = part.range.start;
        let back = part.kind == PartKind::Back;
        self.stack.clear();
        for (event, range) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
            let abs = base + range.start;
            match event {
                Event::Start(tag) => {
                    if matches!(tag, Tag::Paragraph) {
                        self.flush();
                        self.pipe_table = body.get(range.clone()).is_some_and(is_pipe_table);
                    }
                    self.start(tag);
                }
                Event::End(tag) => self.end(tag, back),
                Event::Text(run) => {
                    if self.heading_open {
                        self.inline.push(&run, Some(abs));
                        continue;
                    }
                    match self
                        .stack
                        .iter()
                        .rev()
                        .find(|open| matches!(open, Open::CodeBlock | Open::Html))
                    {
                        Some(Open::CodeBlock) => {
                            let position = self.positions.position(abs);
                            self.builder.push_text(&run, Some(position));
                        }
                        Some(_) => {}
                        None => self.inline.push(&run, Some(abs)),
                    }
                }
                Event::Code(run) => {
                    let offset = body
                        .get(range.clone())
                        .and_then(|raw| raw.find(&*run))
                        .map_or(abs, |at| abs + at);
                    self.inline.push_literal(&run, Some(offset));
                }
                Event::FootnoteReference(label) => {
                    if !self.heading_open {
                        self.inline.push(&format!("[{label}]"), Some(abs));
                    }
                }
                Event::SoftBreak => {
                    let separator = if self.pipe_table { "\n" } else { " " };
                    self.inline.push(separator, None);
                }
                Event::HardBreak => self.inline.push("\n", None),
                Event::Rule => {
                    self.flush();
                    self.builder.paragraph_break();
                }
                Event::Html(_)
                | Event::InlineHtml(_)
                | Event::InlineMath(_)
                | Event::DisplayMath(_)
                | Event::TaskListMarker(_) => {}
            }
        }
        self.flush();
        self.stack.clear();
    }

    /// Writes text given as a YAML value (an abstract in the front matter): paragraphs at blank
    /// lines, each line mapped to where its words are found in `window` of the file.
    fn render_yaml_text(&mut self, value: &str, text: &str, window: Range<usize>) {
        let mut cursor = window.start;
        for line in value.lines() {
            let words = line.trim();
            if words.is_empty() {
                self.flush();
                self.builder.paragraph_break();
                continue;
            }
            // Consecutive lines of a YAML scalar sit close together; a bounded window keeps a
            // line that cannot be found (escapes, folding) from rescanning the whole front matter.
            let limit = window.end.min(cursor.saturating_add(words.len() + 1024));
            let found = text
                .get(cursor..limit)
                .and_then(|rest| rest.find(words))
                .map(|at| cursor + at);
            if let Some(at) = found {
                cursor = at + words.len();
            }
            if !self.inline.is_empty() {
                self.inline.push(" ", None);
            }
            self.inline.push(words, found);
        }
        self.flush();
        self.builder.paragraph_break();
    }

    /// Whether the current block sits in a list, table or definition list (lines, not paragraphs).
    fn in_list(&self) -> bool {
        self.stack.iter().any(|open| {
            matches!(
                open,
                Open::List { .. } | Open::Item | Open::ListLike | Open::Row { .. }
            )
        })
    }

    fn end_block(&mut self) {
        if self.in_list() {
            self.builder.line_break();
        } else {
            self.builder.paragraph_break();
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading { .. } if self.stack.is_empty() => {
                self.flush();
                self.heading_open = true;
                self.stack.push(Open::Heading);
            }
            Tag::Paragraph | Tag::Heading { .. } => {
                self.flush();
                self.stack.push(Open::Block);
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.end_block();
                self.stack.push(Open::Block);
            }
            Tag::CodeBlock(_) => {
                self.flush();
                self.end_block();
                if let Some(marker) = self.marker.take() {
                    self.builder.push_text(&marker, None);
                }
                self.stack.push(Open::CodeBlock);
            }
            Tag::HtmlBlock | Tag::MetadataBlock(_) => {
                self.flush();
                self.stack.push(Open::Html);
            }
            Tag::List(first) => {
                self.flush();
                self.marker = None;
                self.builder.line_break();
                self.stack.push(Open::List { next: first });
            }
            Tag::Item => {
                self.flush();
                self.builder.line_break();
                let lists = self
                    .stack
                    .iter()
                    .filter(|open| matches!(open, Open::List { .. }))
                    .count();
                // Nested items are indented so that sub-steps stay visibly sub-steps.
                let mut marker = "  ".repeat(lists.saturating_sub(1).min(8));
                match self
                    .stack
                    .iter_mut()
                    .rev()
                    .find(|open| matches!(open, Open::List { .. }))
                {
                    Some(Open::List { next: Some(n) }) => {
                        marker.push_str(&format!("{n}. "));
                        *n = n.saturating_add(1);
                    }
                    _ => marker.push_str("- "),
                }
                self.marker = Some(marker);
                self.stack.push(Open::Item);
            }
            Tag::FootnoteDefinition(label) => {
                self.flush();
                self.builder.paragraph_break();
                self.marker = Some(format!("[{label}] "));
                self.stack.push(Open::Block);
            }
            Tag::DefinitionList => {
                self.flush();
                self.end_block();
                self.stack.push(Open::ListLike);
            }
            Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                self.flush();
                self.builder.line_break();
                self.stack.push(Open::ListLike);
            }
            Tag::Table(_) => {
                self.flush();
                self.end_block();
                self.stack.push(Open::ListLike);
            }
            Tag::TableHead | Tag::TableRow => {
                self.flush();
                self.builder.line_break();
                self.stack.push(Open::Row { cells: 0 });
            }
            Tag::TableCell => {
                if let Some(Open::Row { cells }) = self.stack.last_mut() {
                    if *cells > 0 {
                        self.inline.push(" | ", None);
                    }
                    *cells += 1;
                }
                self.stack.push(Open::Span);
            }
            Tag::Link { dest_url, .. } => {
                self.stack.push(Open::Link {
                    dest: dest_url.to_string(),
                    len: self.inline.as_str().len(),
                });
            }
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Image { .. } => self.stack.push(Open::Span),
        }
    }

    fn end(&mut self, tag: TagEnd, back: bool) {
        let open = self.stack.pop();
        match tag {
            TagEnd::Heading(_) if matches!(open, Some(Open::Heading)) => {
                self.heading_open = false;
                if self.next_heading < self.plan.len() {
                    self.inline = Inline::default();
                    self.heading(back);
                } else {
                    // Past the section limit the plan stops; the builder writes such headings as
                    // text (and warns once).
                    let collected = std::mem::take(&mut self.inline);
                    let title =
                        self.rewriter
                            .rewrite(&collected, self.ctx, true, &mut Attrs::default());
                    let position = collected
                        .first_src()
                        .map(|src| self.positions.position(src));
                    self.builder
                        .heading(1, None, title.as_str(), None, position);
                }
            }
            TagEnd::Paragraph | TagEnd::Heading(_) => {
                self.flush();
                self.end_block();
            }
            TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition => {
                self.flush();
                self.builder.paragraph_break();
            }
            TagEnd::CodeBlock => self.end_block(),
            TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => {}
            TagEnd::List(_) => {
                self.flush();
                self.end_block();
            }
            TagEnd::Item
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::TableHead
            | TagEnd::TableRow => {
                self.flush();
                self.builder.line_break();
            }
            TagEnd::DefinitionList | TagEnd::Table => {
                self.flush();
                self.end_block();
            }
            TagEnd::Link => {
                // `[](#anchor)` is an xref with generated text, as in RFC 7328.
                if let Some(Open::Link { dest, len }) = open {
                    if let Some(anchor) = dest.strip_prefix('#') {
                        if self.inline.as_str().len() == len {
                            let label = self
                                .ctx
                                .sections
                                .get(anchor)
                                .cloned()
                                .unwrap_or_else(|| format!("[{anchor}]"));
                            self.inline.push(&label, None);
                        }
                    }
                }
            }
            TagEnd::TableCell
            | TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Image => {}
        }
    }

    fn heading(&mut self, back: bool) {
        let Some(planned) = self.plan.get(self.next_heading) else {
            return;
        };
        self.next_heading += 1;
        let position = self.positions.position(planned.src);
        self.builder.heading(
            planned.depth,
            planned.number.clone(),
            &planned.title,
            planned.anchor.clone(),
            Some(position),
        );
        // `--- back` marks appendices explicitly; a title that names its own kind still wins.
        if back && planned.depth == 1 && classify_title(&planned.title).is_none() {
            self.builder.set_current_kind(SectionKind::Appendix);
        }
    }

    /// Writes the collected inline text of a block.
    fn flush(&mut self) {
        if self.inline.is_empty() {
            return;
        }
        let mut collected = std::mem::take(&mut self.inline);
        if std::mem::take(&mut self.pipe_table) {
            collected = collected.pipe_table_rows();
        }
        let mut attrs = Attrs::default();
        let rewritten = self
            .rewriter
            .rewrite(&collected, self.ctx, false, &mut attrs)
            .trimmed();
        if rewritten.is_empty() {
            return;
        }
        if let Some(marker) = self.marker.take() {
            self.builder.line_break();
            self.builder.push_text(&marker, None);
        } else if !self.builder.ends_with_space() {
            self.builder.push_text(" ", None);
        }
        let positions = &mut self.positions;
        rewritten.emit(&mut self.builder, &mut |offset| positions.position(offset));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> SourceInfo {
        SourceInfo {
            path: "t.md".into(),
            format: Format::Markdown,
            sha256: String::new(),
            size: 0,
        }
    }

    fn read(src: &str) -> Document {
        parse(src.as_bytes(), source(), &Limits::default()).expect("parses")
    }

    fn outline(doc: &Document) -> Vec<String> {
        doc.sections
            .iter()
            .map(|s| match &s.number {
                Some(n) => format!("{} {} {}", s.depth, n, s.title),
                None => format!("{} - {}", s.depth, s.title),
            })
            .collect()
    }

    const DRAFT: &str = "---
title: Example
docname: draft-ietf-foo-bar-latest
category: std
wg: FOO
author:
  - ins: A. Author
    name: Alice Author
    organization: Example Org
normative:
  RFC2119:
informative:
  SECRET-REF:
    title: Not In The Text
--- abstract

This is the **abstract** {{RFC2119}}.

--- note_Note_to_Readers

Discussion is on the list.

--- middle

# Introduction {#intro}

Text with *emphasis*, `code {{x}}` and a [link](https://example.com).
It continues on a second line.

## Terminology

{::boilerplate bcp14-tagged}

# Details
{: #details}

| a | b |
|---|---|
| 1 | 2 |

- one
- two
  - nested
- three

1. first
2. second

See {{intro}} and {{details}} and {{extra-stuff}}.

# Acknowledgments
{:numbered=\"false\"}

Thanks.

--- back

# Extra Stuff

## More

<!-- a comment -->
Done.
";

    #[test]
    fn reads_a_kramdown_rfc_draft() {
        let doc = read(DRAFT);
        assert_eq!(
            outline(&doc),
            vec![
                "1 - Abstract",
                "1 - Note to Readers",
                "1 1 Introduction",
                "2 1.1 Terminology",
                "1 2 Details",
                "1 - Acknowledgments",
                "1 A Extra Stuff",
                "2 A.1 More",
            ]
        );
        assert_eq!(doc.sections[0].kind, SectionKind::Abstract);
        assert_eq!(doc.sections[2].anchor.as_deref(), Some("intro"));
        assert_eq!(doc.sections[4].anchor.as_deref(), Some("details"));
        assert_eq!(doc.sections[6].kind, SectionKind::Appendix);
        assert_eq!(doc.meta.name.as_deref(), Some("draft-ietf-foo-bar"));
        assert_eq!(doc.meta.rev, None);
        assert_eq!(doc.meta.status.as_deref(), Some("std"));
        assert_eq!(doc.meta.stream.as_deref(), Some("IETF"));
        assert_eq!(doc.meta.workgroup.as_deref(), Some("FOO"));
        assert_eq!(
            doc.meta.authors[0].organization.as_deref(),
            Some("Example Org")
        );
        let text = &doc.text;
        assert!(text.contains("This is the abstract [RFC2119]."), "{text}");
        assert!(
            text.contains("Text with emphasis, code {{x}} and a link. It continues"),
            "{text}"
        );
        assert!(text.contains("BCP 14 [RFC2119] [RFC8174]"), "{text}");
        assert!(text.contains("a | b\n1 | 2"), "{text}");
        assert!(text.contains("- one\n- two\n  - nested\n- three"), "{text}");
        assert!(text.contains("1. first\n2. second"), "{text}");
        assert!(
            text.contains("See Section 1 and Section 2 and Appendix A."),
            "{text}"
        );
        assert!(!text.contains("Not In The Text"));
        assert!(!text.contains("comment"));
        assert!(!text.contains("{:"));
        assert!(!text.contains("numbered"));
        assert!(text.ends_with("Done.\n"));
    }

    #[test]
    fn positions_point_into_the_file() {
        let doc = read(DRAFT);
        let at = doc.text.find("It continues").expect("text");
        let line = DRAFT
            .lines()
            .position(|l| l.starts_with("It continues"))
            .expect("line")
            + 1;
        assert_eq!(doc.position(at).line as usize, line);
        assert_eq!(doc.position(at).column, 1);
        let at = doc.text.find("emphasis").expect("text");
        assert_eq!(doc.position(at).column, 12);
        let intro = &doc.sections[2];
        let line = DRAFT
            .lines()
            .position(|l| l.starts_with("# Intro"))
            .expect("line")
            + 1;
        assert_eq!(doc.position(intro.range.start).line as usize, line);
        let abstract_line = DRAFT
            .lines()
            .position(|l| l == "--- abstract")
            .expect("line")
            + 1;
        assert_eq!(
            doc.position(doc.sections[0].range.start).line as usize,
            abstract_line
        );
    }

    #[test]
    fn old_layout_with_setext_headings() {
        let doc = read(
            "---\ntitle: Old\ndocname: draft-x-y-02\n---\n\n--- abstract\n\nAbs.\n\n--- middle\n\n\
             Introduction\n============\n\nIntro.\n\nSub\n---------\n\nMore.\n",
        );
        assert_eq!(
            outline(&doc),
            vec!["1 - Abstract", "1 1 Introduction", "2 1.1 Sub"]
        );
        assert_eq!(doc.meta.rev.as_deref(), Some("02"));
    }

    #[test]
    fn no_front_matter_is_all_middle() {
        let doc = read("# One\n\ntext\n\n### Deep\n\nmore\n\n# Two\n");
        assert_eq!(outline(&doc), vec!["1 1 One", "2 1.1 Deep", "1 2 Two"]);
        assert_eq!(doc.meta.sdo, Sdo::Ietf);
    }

    #[test]
    fn unnumbered_sections_and_their_children() {
        let doc = read(
            "# A\n\n# Acknowledgments {:unnumbered}\n\n## Sub\n\n{: numbered=\"false\"}\n# C\n\n# D\n",
        );
        assert_eq!(
            outline(&doc),
            vec!["1 1 A", "1 - Acknowledgments", "2 - Sub", "1 - C", "1 2 D"]
        );
    }

    #[test]
    fn definition_lists_and_footnotes_are_lines() {
        let doc = read(
            "Term\n: The definition.\n\nOther\n: Another.\n\nA note[^1].\n\n[^1]: Footnote text.\n",
        );
        assert!(
            doc.text.contains("Term\nThe definition.\nOther\nAnother."),
            "{}",
            doc.text
        );
        assert!(doc.text.contains("A note[1]."), "{}", doc.text);
        assert!(doc.text.contains("[1] Footnote text."), "{}", doc.text);
    }

    #[test]
    fn code_blocks_are_kept_verbatim() {
        let src = "Intro.\n\n~~~ abnf\nfoo = {{bar}} *baz*\n  indented\n~~~\n\nAfter.\n";
        let doc = read(src);
        assert!(
            doc.text
                .contains("Intro.\n\nfoo = {{bar}} *baz*\n  indented\n\nAfter."),
            "{}",
            doc.text
        );
        let at = doc.text.find("  indented").expect("kept");
        assert_eq!(doc.position(at).line, 5);
    }

    #[test]
    fn comments_and_fluff_are_dropped() {
        let doc = read(
            "---\ntitle: x\n--- middle\n\n# A\n\n{::comment}\n# Hidden\nsecret\n{:/comment}\n\nshown\n\n\
             --- fluff\n\nfluffy\n",
        );
        assert_eq!(outline(&doc), vec!["1 1 A"]);
        assert!(doc.text.contains("shown"));
        assert!(!doc.text.contains("secret"));
        assert!(!doc.text.contains("fluffy"));
    }

    #[test]
    fn abstract_in_front_matter() {
        let src = "---\ntitle: T\nabstract: |\n  First {{RFC1}} line\n  continues.\n\n  Second.\n--- middle\n\n# Intro\n";
        let doc = read(src);
        assert_eq!(outline(&doc), vec!["1 - Abstract", "1 1 Intro"]);
        assert!(
            doc.text
                .starts_with("Abstract\n\nFirst [RFC1] line continues.\n\nSecond.\n\n1 Intro"),
            "{}",
            doc.text
        );
        let at = doc.text.find("continues").expect("text");
        assert_eq!(doc.position(at).line, 5);
        assert_eq!(doc.position(doc.sections[0].range.start).line, 3);
    }

    #[test]
    fn body_text_before_the_first_heading_is_outside_the_abstract() {
        let doc = read("---\ntitle: t\n--- abstract\n\nAbs.\n\n--- middle\n\nPreamble.\n\n# A\n");
        let at = doc.text.find("Preamble").expect("text");
        assert_eq!(doc.kind_at(at), SectionKind::Body);
        assert!(doc.section_at(at).is_none());
        assert_eq!(doc.section_text(&doc.sections[0]), "Abstract\n\nAbs.");
    }

    #[test]
    fn repeated_titles_get_unique_anchors() {
        let doc = read("# Foo\n\n# Foo\n\n# Foo {#foo-1}\n\n# Foo\n");
        let anchors: Vec<_> = doc.sections.iter().map(|s| s.anchor.as_deref()).collect();
        assert_eq!(
            anchors,
            vec![Some("foo"), Some("foo-1"), Some("foo-1"), Some("foo-2")]
        );
    }

    #[test]
    fn marker_lines() {
        assert_eq!(marker_label("---"), Some(None));
        assert_eq!(marker_label("--- \r"), Some(None));
        assert_eq!(marker_label("--- abstract"), Some(Some("abstract")));
        assert_eq!(
            marker_label("--- note_Note_to_Readers_"),
            Some(Some("note_Note_to_Readers_"))
        );
        assert_eq!(marker_label("--- back-"), Some(Some("back")));
        assert_eq!(marker_label("----"), None);
        assert_eq!(marker_label("---abstract"), None);
        assert_eq!(marker_label("--- two words"), None);
        assert_eq!(letters(1), "A");
        assert_eq!(letters(27), "AA");
        assert_eq!(format_number(&[2, 3], true), "B.3");
    }

    #[test]
    fn hostile_front_matter() {
        let err =
            parse(b"---\n: : [\n---\ntext\n", source(), &Limits::default()).expect_err("malformed");
        match err {
            DocError::Malformed { reason, .. } => assert!(reason.contains("line 3"), "{reason}"),
            other => panic!("unexpected {other:?}"),
        }
        // A YAML error late in the front matter keeps the keys before it.
        let doc = read(
            "---\ntitle: Kept\ninformative:\n  X:\n    title: \"broken\nscalar\"\n---\nBody.\n",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("Kept"));
        assert!(
            doc.warnings[0].message.contains("line 5"),
            "{:?}",
            doc.warnings
        );
        let doc = read("---\ntitle: never closed\n\nJust text.\n");
        assert_eq!(doc.warnings.len(), 1);
        assert!(doc.text.contains("Just text."));
    }
}
