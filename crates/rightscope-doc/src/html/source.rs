//! What html5ever does not tell: where text and tags sit in the raw source, how deep elements nest
//! (html5ever is quadratic in nesting depth, so deep input is flattened before it sees it), and a
//! forward-only search that maps text runs back to source lines.

use std::ops::Range;

use memchr::memmem::Finder;

use crate::source_map::{LineIndex, SourcePosition};

/// Tags with more attributes than this are removed before parsing: html5ever checks duplicate
/// attributes pairwise, so one tag with a million attributes would take hours.
const MAX_ATTRIBUTES: usize = 1_000;

/// How far up the open-element model an end tag looks for its start tag; past it the end tag is
/// assumed not to match, which can only over-estimate the depth.
const SCOPE_WINDOW: usize = 64;

/// The layout of the raw source.
#[derive(Debug, Default)]
pub(super) struct Scan {
    /// Byte ranges of character data (outside tags, comments and raw-text elements), in order.
    pub text: Vec<Range<usize>>,
    /// Byte ranges of start and end tags, in order.
    pub tags: Vec<Range<usize>>,
    /// Byte ranges of tags to remove before parsing (nested too deep, or too many attributes).
    pub removed: Vec<Range<usize>>,
    /// Start tags removed because they were nested deeper than the limit.
    pub too_deep: usize,
    /// Tags removed because they had too many attributes.
    pub crowded: usize,
}

impl Scan {
    /// The source with the removed tags cut out, if any were.
    pub fn flattened(&self, src: &str) -> Option<String> {
        if self.removed.is_empty() {
            return None;
        }
        let mut out = String::with_capacity(src.len());
        let mut at = 0;
        for range in &self.removed {
            out.push_str(src.get(at..range.start).unwrap_or(""));
            // A space keeps words on either side of a removed tag apart.
            out.push(' ');
            at = range.end;
        }
        out.push_str(src.get(at..).unwrap_or(""));
        Some(out)
    }
}

/// Elements whose content is raw text, never markup.
const RAW_TEXT: [&str; 10] = [
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

/// Elements that never have content.
const VOID: [&str; 19] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "frame", "basefont", "bgsound", "image",
];

/// Elements that stop an end tag's search for its start tag ("has an element in scope").
const SCOPE_BOUNDARY: [&str; 12] = [
    "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button",
    "svg", "math",
];

/// The HTML "special" category, less the void and raw-text elements that never stay open.
const SPECIAL: [&str; 56] = [
    "address",
    "applet",
    "article",
    "aside",
    "blockquote",
    "body",
    "button",
    "caption",
    "center",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "html",
    "li",
    "listing",
    "main",
    "marquee",
    "menu",
    "nav",
    "object",
    "ol",
    "p",
    "pre",
    "search",
    "section",
    "select",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "dialog",
];

/// Start tags that close an open `<p>`.
const CLOSES_P: [&str; 36] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "search",
    "section",
    "summary",
    "table",
    "ul",
    "listing",
];

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

#[derive(Debug)]
struct Open {
    name: String,
    /// The start tag is kept; when false its end tag is removed too.
    kept: bool,
}

/// The parser's stack of open elements, approximated; errs on the deep side so the limit holds.
#[derive(Debug, Default)]
struct Nesting {
    stack: Vec<Open>,
    kept: usize,
    foreign: usize,
}

impl Nesting {
    fn pop(&mut self) -> Option<Open> {
        let open = self.stack.pop()?;
        if open.kept {
            self.kept -= 1;
        }
        if matches!(open.name.as_str(), "svg" | "math") {
            self.foreign = self.foreign.saturating_sub(1);
        }
        Some(open)
    }

    fn top_is(&self, names: &[&str]) -> bool {
        self.stack
            .last()
            .is_some_and(|open| names.contains(&open.name.as_str()))
    }

    /// A start tag; returns whether to keep it.
    fn start(&mut self, name: &str, max_depth: usize) -> bool {
        if CLOSES_P.contains(&name) && self.top_is(&["p"]) {
            self.pop();
        }
        let closes_same: &[&str] = match name {
            "li" => &["li"],
            "dd" | "dt" => &["dd", "dt"],
            "option" => &["option"],
            "tr" => &["tr"],
            "td" | "th" => &["td", "th"],
            n if is_heading(n) => &["h1", "h2", "h3", "h4", "h5", "h6"],
            _ => &[],
        };
        if self.top_is(closes_same) {
            self.pop();
        }
        let kept = self.kept < max_depth;
        if kept {
            self.kept += 1;
        }
        if matches!(name, "svg" | "math") {
            self.foreign += 1;
        }
        self.stack.push(Open {
            name: name.to_string(),
            kept,
        });
        kept
    }

    /// An end tag; returns whether to keep it.
    fn end(&mut self, name: &str) -> bool {
        let special = SPECIAL.contains(&name);
        let table_family = matches!(name, "table" | "tbody" | "thead" | "tfoot" | "tr");
        let mut found = None;
        for (distance, open) in self.stack.iter().rev().take(SCOPE_WINDOW).enumerate() {
            let other = open.name.as_str();
            if other == name {
                found = Some(distance);
                break;
            }
            let stops = if table_family {
                matches!(other, "html" | "table" | "template")
            } else if special {
                SCOPE_BOUNDARY.contains(&other) || (name == "li" && matches!(other, "ol" | "ul"))
            } else {
                SPECIAL.contains(&other)
            };
            if stops {
                break;
            }
        }
        let Some(distance) = found else {
            return true;
        };
        for _ in 0..distance {
            self.pop();
        }
        self.pop().is_none_or(|open| open.kept)
    }
}

/// Scans `src` once: text and tag ranges, and the tags to remove so that nesting stays within
/// `max_depth` levels.
pub(super) fn scan(src: &str, max_depth: usize) -> Scan {
    let bytes = src.as_bytes();
    let mut out = Scan::default();
    let mut nesting = Nesting::default();
    let mut text_start = 0;
    let mut i = 0;
    while let Some(found) = bytes.get(i..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let lt = i + found;
        let next = bytes.get(lt + 1).copied();
        let (end, tag) = match next {
            Some(b'!') if bytes.get(lt..lt + 4) == Some(b"<!--") => {
                let end = find_from(bytes, lt + 4, b"-->").map_or(bytes.len(), |at| at + 3);
                (end, false)
            }
            Some(b'!' | b'?') => (after_gt(bytes, lt), false),
            Some(b'/') if bytes.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) => {
                let name = tag_name(bytes, lt + 2);
                let tag_end = scan_tag(bytes, lt + 2).end;
                if !nesting.end(&name) {
                    out.removed.push(lt..tag_end);
                }
                (tag_end, true)
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let name = tag_name(bytes, lt + 1);
                let tag = scan_tag(bytes, lt + 1);
                if tag.attributes > MAX_ATTRIBUTES {
                    out.crowded += 1;
                    out.removed.push(lt..tag.end);
                } else if RAW_TEXT.contains(&name.as_str()) {
                    out.text.extend(nonempty(text_start..lt));
                    out.tags.push(lt..tag.end);
                    let close = if name == "plaintext" {
                        bytes.len()
                    } else {
                        find_end_tag(bytes, tag.end, &name)
                    };
                    text_start = close;
                    i = close;
                    continue;
                } else {
                    let leaf =
                        VOID.contains(&name.as_str()) || (tag.self_closing && nesting.foreign > 0);
                    if !leaf && !nesting.start(&name, max_depth) {
                        out.too_deep += 1;
                        out.removed.push(lt..tag.end);
                    }
                }
                (tag.end, true)
            }
            _ => {
                i = lt + 1;
                continue;
            }
        };
        out.text.extend(nonempty(text_start..lt));
        if tag {
            out.tags.push(lt..end);
        }
        text_start = end;
        i = end;
    }
    out.text.extend(nonempty(text_start..bytes.len()));
    out
}

fn nonempty(range: Range<usize>) -> Option<Range<usize>> {
    (range.start < range.end).then_some(range)
}

fn find_from(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)
        .and_then(|rest| memchr::memmem::find(rest, needle))
        .map(|at| from + at)
}

fn after_gt(bytes: &[u8], from: usize) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| memchr::memchr(b'>', rest))
        .map_or(bytes.len(), |at| from + at + 1)
}

/// Lower-case tag name starting at `from`.
fn tag_name(bytes: &[u8], from: usize) -> String {
    bytes
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|b| !b.is_ascii_whitespace() && !matches!(b, b'>' | b'/'))
        .take(64)
        .map(|b| char::from(b.to_ascii_lowercase()))
        .collect()
}

struct TagEnd {
    end: usize,
    attributes: usize,
    self_closing: bool,
}

/// Finds the end of a tag whose name starts at `from`, skipping quoted attribute values.
fn scan_tag(bytes: &[u8], from: usize) -> TagEnd {
    let mut i = from;
    let mut attributes = 0;
    let mut after_eq = false;
    let mut in_space = false;
    let mut last = 0u8;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'>' => {
                return TagEnd {
                    end: i + 1,
                    attributes,
                    self_closing: last == b'/',
                }
            }
            b'"' | b'\'' if after_eq => {
                i = bytes
                    .get(i + 1..)
                    .and_then(|rest| memchr::memchr(b, rest))
                    .map_or(bytes.len(), |at| i + 1 + at);
                after_eq = false;
                in_space = false;
            }
            b'=' => after_eq = true,
            b if b.is_ascii_whitespace() => in_space = true,
            _ => {
                if in_space && !after_eq && b != b'/' {
                    attributes += 1;
                }
                after_eq = false;
                in_space = false;
            }
        }
        last = b;
        i += 1;
    }
    TagEnd {
        end: bytes.len(),
        attributes,
        self_closing: false,
    }
}

/// Start of the `</name` that ends a raw-text element, or the end of the source.
fn find_end_tag(bytes: &[u8], from: usize, name: &str) -> usize {
    let finder = Finder::new(b"</");
    let mut at = from;
    while let Some(found) = bytes.get(at..).and_then(|rest| finder.find(rest)) {
        let start = at + found;
        let name_end = start + 2 + name.len();
        let matches = bytes
            .get(start + 2..name_end)
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name.as_bytes()));
        let delimited = bytes
            .get(name_end)
            .is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'));
        if matches && delimited {
            return start;
        }
        at = start + 2;
    }
    bytes.len()
}

/// Every search together may scan this many times the source, plus a constant, before giving up.
const BUDGET_FACTOR: usize = 4;
const BUDGET_EXTRA: usize = 4 << 20;
/// One search gives up after this many bytes, so a run that is not in the source costs little.
const PER_SEARCH: usize = 256 << 10;
/// Cost charged for visiting a range, so many tiny ranges cannot scan for free.
const RANGE_COST: usize = 16;

/// Forward-only search of text runs and element ids in the source, with positions.
#[derive(Debug)]
pub(super) struct Locator<'a> {
    src: &'a str,
    scan: Scan,
    cursor: usize,
    budget: usize,
    exhausted: bool,
    tracker: Tracker<'a>,
}

impl<'a> Locator<'a> {
    /// A locator over `src` laid out by `scan`.
    pub fn new(src: &'a str, scan: Scan) -> Self {
        Self {
            src,
            scan,
            cursor: 0,
            budget: src.len().saturating_mul(BUDGET_FACTOR) + BUDGET_EXTRA,
            exhausted: false,
            tracker: Tracker::new(src),
        }
    }

    /// Whether the search budget ran out (positions after that point are approximate).
    pub fn exhausted(&self) -> bool {
        self.exhausted
    }

    /// The position of the cursor: where the last located thing was.
    pub fn here(&mut self) -> SourcePosition {
        self.tracker.position(self.cursor)
    }

    fn charge(&mut self, cost: usize) {
        self.budget = self.budget.saturating_sub(cost);
        if self.budget == 0 {
            self.exhausted = true;
        }
    }

    /// Finds `needle` (a prefix of a text run, as it appears in the source) in character data after
    /// the cursor; an empty needle means the run starts with something encoded, and the next
    /// non-blank character data is taken. Moves the cursor past the match.
    pub fn find_text(&mut self, needle: &str) -> Option<SourcePosition> {
        if self.exhausted {
            return None;
        }
        let bytes = self.src.as_bytes();
        let first = self.scan.text.partition_point(|r| r.end <= self.cursor);
        let finder = Finder::new(needle.as_bytes());
        let mut spent = 0;
        let mut hit = None;
        for range in self.scan.text.get(first..).unwrap_or(&[]) {
            let start = range.start.max(self.cursor);
            let hay = bytes.get(start..range.end).unwrap_or(&[]);
            spent += hay.len() + RANGE_COST;
            // A text node is all the character data between two tags: once found, the rest of
            // its range is used up.
            let found = if needle.is_empty() {
                hay.iter()
                    .position(|b| !b.is_ascii_whitespace())
                    .map(|at| (start + at, range.end))
            } else {
                finder.find(hay).map(|at| (start + at, range.end))
            };
            if let Some(found) = found {
                hit = Some(found);
                break;
            }
            if spent > PER_SEARCH {
                break;
            }
        }
        self.charge(spent);
        let (at, after) = hit?;
        self.cursor = after;
        Some(self.tracker.position(at))
    }

    /// Finds the start tag carrying `id="…"` after the cursor and moves the cursor to it, so that
    /// text skipped by the reader (a table of contents) cannot be mistaken for what follows.
    pub fn find_id(&mut self, id: &str) -> bool {
        if self.exhausted || id.is_empty() || id.len() > 200 {
            return false;
        }
        let bytes = self.src.as_bytes();
        let first = self.scan.tags.partition_point(|r| r.end <= self.cursor);
        let finder = Finder::new(id.as_bytes());
        let mut spent = 0;
        let mut hit = None;
        'tags: for range in self.scan.tags.get(first..).unwrap_or(&[]) {
            let start = range.start.max(self.cursor);
            let hay = bytes.get(start..range.end).unwrap_or(&[]);
            spent += hay.len() + RANGE_COST;
            for at in finder.find_iter(hay) {
                if is_id_attribute(bytes, start + at, id.len()) {
                    hit = Some(range.start.max(self.cursor));
                    break 'tags;
                }
            }
            if spent > PER_SEARCH {
                break;
            }
        }
        self.charge(spent);
        match hit {
            Some(at) => {
                self.cursor = at;
                true
            }
            None => false,
        }
    }
}

/// Whether the value at `at..at+len` is the whole value of an `id` attribute.
fn is_id_attribute(bytes: &[u8], at: usize, len: usize) -> bool {
    let before = |back: usize| at.checked_sub(back).and_then(|i| bytes.get(i)).copied();
    let after = bytes.get(at + len).copied();
    let (quote, eq_at) = match before(1) {
        Some(q @ (b'"' | b'\'')) => (Some(q), 2),
        Some(b'=') => (None, 1),
        _ => return false,
    };
    if before(eq_at) != Some(b'=') {
        return false;
    }
    let is_id = before(eq_at + 1).is_some_and(|b| b.eq_ignore_ascii_case(&b'd'))
        && before(eq_at + 2).is_some_and(|b| b.eq_ignore_ascii_case(&b'i'))
        && before(eq_at + 3).is_some_and(|b| b.is_ascii_whitespace());
    let closed = match quote {
        Some(q) => after == Some(q),
        None => after.is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/')),
    };
    is_id && closed
}

/// Turns increasing byte offsets into positions in time linear in the source: `LineIndex` counts a
/// line's characters from its start on every call, which is quadratic on minified one-line HTML.
#[derive(Debug)]
struct Tracker<'a> {
    src: &'a str,
    offset: usize,
    position: SourcePosition,
}

impl<'a> Tracker<'a> {
    fn new(src: &'a str) -> Self {
        Self {
            src,
            offset: 0,
            position: SourcePosition { line: 1, column: 1 },
        }
    }

    fn position(&mut self, offset: usize) -> SourcePosition {
        let offset = crate::source_map::floor_char_boundary(self.src, offset.min(self.src.len()));
        if offset < self.offset {
            return LineIndex::new(self.src).position(offset);
        }
        let run = self.src.get(self.offset..offset).unwrap_or("");
        match run.rfind('\n') {
            Some(last) => {
                let newlines = memchr::memchr_iter(b'\n', run.as_bytes()).count();
                let tail = run.get(last + 1..).unwrap_or("").chars().count();
                self.position.line = self
                    .position
                    .line
                    .saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
                self.position.column = u32::try_from(tail + 1).unwrap_or(u32::MAX);
            }
            None => {
                let chars = u32::try_from(run.chars().count()).unwrap_or(u32::MAX);
                self.position.column = self.position.column.saturating_add(chars);
            }
        }
        self.offset = offset;
        self.position
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slices<'a>(src: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().filter_map(|r| src.get(r.clone())).collect()
    }

    #[test]
    fn scan_separates_text_tags_comments_and_raw_text() {
        let src = "<p class=\"a>b\">Hi <!-- x<y --> there</p><script>if (a<b) {}</script>end";
        let scan = scan(src, 256);
        assert_eq!(slices(src, &scan.text), vec!["Hi ", " there", "end"]);
        assert_eq!(
            slices(src, &scan.tags),
            vec!["<p class=\"a>b\">", "</p>", "<script>", "</script>"]
        );
        assert!(scan.removed.is_empty());
    }

    #[test]
    fn deep_nesting_is_cut_at_the_limit() {
        let src = format!("{}x{}", "<div>".repeat(10), "</div>".repeat(10));
        let scan = scan(&src, 4);
        assert_eq!(scan.too_deep, 6);
        let flat = scan.flattened(&src).unwrap_or_default();
        assert_eq!(flat.matches("<div>").count(), 4);
        assert_eq!(flat.matches("</div>").count(), 4);
    }

    #[test]
    fn well_formed_lists_do_not_accumulate_depth() {
        let item = "<ul><li><p>a<li>b</ul><dl><dt>t<dd>d</dl><p>x<div>y</div>";
        let src = format!("<body>{}</body>", item.repeat(1000));
        let scan = scan(&src, 16);
        assert_eq!(scan.too_deep, 0);
    }

    #[test]
    fn self_closing_html_elements_still_nest() {
        let src = "<div/>".repeat(100);
        assert_eq!(scan(&src, 10).too_deep, 90);
        let svg = format!("<svg>{}</svg>", "<path/>".repeat(100));
        assert_eq!(scan(&svg, 10).too_deep, 0);
    }

    #[test]
    fn stray_end_tags_do_not_hide_depth() {
        // html5ever ignores `</x>` here (a special element is in the way), so the divs pile up.
        let src = "<x><div></x>".repeat(100);
        assert!(scan(&src, 50).too_deep >= 100);
    }

    #[test]
    fn crowded_tags_are_removed() {
        let src = format!("<p {}>text</p>", "a ".repeat(MAX_ATTRIBUTES + 5));
        let scan = scan(&src, 256);
        assert_eq!(scan.crowded, 1);
        let flat = scan.flattened(&src).unwrap_or_default();
        assert_eq!(flat, " text</p>");
    }

    #[test]
    fn locator_moves_forward_and_skips_tags() {
        let src = "<a title=\"hello\">x</a>\n<p id=\"s2\">hello\nworld</p> <i>z</i>";
        let mut loc = Locator::new(src, scan(src, 256));
        assert_eq!(
            loc.find_text("x"),
            Some(SourcePosition {
                line: 1,
                column: 18
            })
        );
        assert!(loc.find_id("s2"));
        assert_eq!(
            loc.find_text("hello"),
            Some(SourcePosition {
                line: 2,
                column: 12
            })
        );
        assert_eq!(loc.find_text("hello"), None);
        assert_eq!(
            loc.find_text(""),
            Some(SourcePosition {
                line: 3,
                column: 14
            })
        );
    }

    #[test]
    fn id_attribute_must_be_whole() {
        let src = "<a data-id=\"t\" href=\"#t\">a</a><b id=tt>b</b><c id='t'>c</c>";
        let mut loc = Locator::new(src, scan(src, 256));
        assert!(loc.find_id("t"));
        assert_eq!(loc.find_text("c").map(|p| p.column), Some(55));
    }

    #[test]
    fn tracker_agrees_with_line_index() {
        let src = "ab\ncdé\n\nfgh ij\nk";
        let index = LineIndex::new(src);
        let mut tracker = Tracker::new(src);
        for offset in [0, 1, 3, 4, 7, 8, 9, 12, 16, 17] {
            assert_eq!(
                tracker.position(offset),
                index.position(offset),
                "offset {offset}"
            );
        }
        assert_eq!(tracker.position(2), index.position(2));
    }
}
