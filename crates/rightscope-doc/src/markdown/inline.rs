//! Inline text of one block (paragraph, heading, table row) with source offsets, and the kramdown-rfc
//! rewrites applied to it: `{{xref}}` → `[RFC2119]` / `Section 3`, attribute lists `{: …}` and index
//! entries `(((…)))` removed, `{::boilerplate bcp14}` expanded.
//!
//! pulldown-cmark splits text at characters it might treat as markup (`_`, `&`, `[`…), so a
//! `{{link_relation}}` can arrive in several events; the rewrites therefore run on the whole block.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::builder::DocumentBuilder;
use crate::source_map::SourcePosition;

/// Start of a run of block text and the byte offset in the whole source it comes from
/// (`None` for generated text such as a list marker or an expanded reference).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seg {
    at: usize,
    src: Option<usize>,
}

/// The text of one block being collected.
#[derive(Debug, Default)]
pub(super) struct Inline {
    text: String,
    segs: Vec<Seg>,
    /// Ranges of `text` from code spans: left exactly as written.
    literal: Vec<Range<usize>>,
}

impl Inline {
    /// Appends text that starts at byte `src` of the source (or is generated, if `None`).
    pub(super) fn push(&mut self, run: &str, src: Option<usize>) {
        if run.is_empty() {
            return;
        }
        let seg = Seg {
            at: self.text.len(),
            src,
        };
        match self.segs.last_mut() {
            Some(last) if last.at == seg.at => *last = seg,
            _ => self.segs.push(seg),
        }
        self.text.push_str(run);
    }

    /// Appends code-span text, which the rewrites leave alone.
    pub(super) fn push_literal(&mut self, run: &str, src: Option<usize>) {
        let start = self.text.len();
        self.push(run, src);
        if self.text.len() > start {
            self.literal.push(start..self.text.len());
        }
    }

    /// The collected text.
    pub(super) fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether nothing was collected.
    pub(super) fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The source offset of the first character, if it has one.
    pub(super) fn first_src(&self) -> Option<usize> {
        self.segs.iter().find_map(|seg| seg.src)
    }

    /// The source offset of byte `at` of the text.
    fn src_at(&self, at: usize) -> Option<usize> {
        let index = self.segs.partition_point(|seg| seg.at <= at);
        let seg = self.segs.get(index.checked_sub(1)?)?;
        seg.src.map(|src| src + (at - seg.at))
    }

    fn overlaps_literal(&self, range: &Range<usize>) -> bool {
        let index = self.literal.partition_point(|lit| lit.end <= range.start);
        self.literal
            .get(index)
            .is_some_and(|lit| lit.start < range.end)
    }

    /// Copies `range` of this text, with its source offsets, onto the end of `out`.
    fn copy_into(&self, range: Range<usize>, out: &mut Inline) {
        let Some(run) = self.text.get(range.clone()) else {
            return;
        };
        if run.is_empty() {
            return;
        }
        let base = out.text.len();
        out.push(run, self.src_at(range.start));
        let first = self.segs.partition_point(|seg| seg.at <= range.start);
        for seg in self.segs.iter().skip(first) {
            if seg.at >= range.end {
                break;
            }
            out.segs.push(Seg {
                at: base + (seg.at - range.start),
                src: seg.src,
            });
        }
        let first_literal = self.literal.partition_point(|lit| lit.end <= range.start);
        for lit in self.literal.iter().skip(first_literal) {
            if lit.start >= range.end {
                break;
            }
            let start = lit.start.max(range.start);
            let end = lit.end.min(range.end);
            if start < end {
                out.literal
                    .push(base + (start - range.start)..base + (end - range.start));
            }
        }
    }

    /// This text with each range replaced (ranges sorted and disjoint); replacements take the
    /// source offset of the text they replace.
    pub(super) fn edit(&self, edits: Vec<(Range<usize>, String)>) -> Inline {
        let mut out = Inline::default();
        let mut cursor = 0;
        for (range, replacement) in edits {
            if range.start < cursor {
                continue;
            }
            self.copy_into(cursor..range.start, &mut out);
            out.push(&replacement, self.src_at(range.start));
            cursor = range.end;
        }
        self.copy_into(cursor..self.text.len(), &mut out);
        out
    }

    /// A kramdown table written as a paragraph of `| a | b |` lines (kramdown needs no header
    /// delimiter row, so CommonMark does not see a table): cells joined by ` | `, one row a line,
    /// separator rows (`|---+---|`) dropped.
    pub(super) fn pipe_table_rows(&self) -> Inline {
        let mut edits = Vec::new();
        let mut start = 0;
        for line in self.text.split_inclusive('\n') {
            let end = start + line.len();
            let content = line.trim_end_matches('\n');
            let trimmed = content.trim();
            let separator = !trimmed.is_empty()
                && trimmed.contains('-')
                && trimmed
                    .chars()
                    .all(|c| matches!(c, '|' | '-' | '+' | '=' | ':' | ' '));
            if separator {
                edits.push((start..end, String::new()));
            } else if trimmed.starts_with('|') {
                let pipes: Vec<usize> = content
                    .match_indices('|')
                    .map(|(at, _)| start + at)
                    .filter(|&at| !self.overlaps_literal(&(at..at + 1)))
                    .collect();
                let last = pipes.len().saturating_sub(1);
                let line_end = start + content.len();
                for (i, &at) in pipes.iter().enumerate() {
                    // Take the spaces around the pipe with it.
                    let before = self
                        .text
                        .get(start..at)
                        .map_or(0, |b| b.len() - b.trim_end().len());
                    let after = self
                        .text
                        .get(at + 1..line_end)
                        .map_or(0, |a| a.len() - a.trim_start().len());
                    let range = (at - before)..(at + 1 + after);
                    let replacement = if i == 0 || (i == last && range.end == line_end) {
                        String::new()
                    } else {
                        " | ".to_string()
                    };
                    edits.push((range, replacement));
                }
            }
            start = end;
        }
        self.edit(edits)
    }

    /// This text without leading and trailing whitespace.
    pub(super) fn trimmed(self) -> Inline {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len();
        if start == 0 && end == self.text.len() {
            return self;
        }
        let mut out = Inline::default();
        if start < end {
            self.copy_into(start..end, &mut out);
        }
        out
    }

    /// Writes the text to the document, each run with its source position.
    pub(super) fn emit(
        &self,
        builder: &mut DocumentBuilder,
        position: &mut dyn FnMut(usize) -> SourcePosition,
    ) {
        for (i, seg) in self.segs.iter().enumerate() {
            let end = self.segs.get(i + 1).map_or(self.text.len(), |next| next.at);
            if let Some(run) = self.text.get(seg.at..end) {
                builder.push_text(run, seg.src.map(&mut *position));
            }
        }
    }
}

/// Attributes a kramdown attribute list can give a heading.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Attrs {
    /// `#anchor`.
    pub id: Option<String>,
    /// `numbered="false"`, `unnumbered` or `.unnumbered`.
    pub unnumbered: bool,
    /// Whether any attribute list was seen.
    pub seen: bool,
}

impl Attrs {
    /// Reads `#id .class key="value" word` (the inside of `{: …}` or `{#…}`).
    pub(super) fn parse_into(&mut self, list: &str) {
        self.seen = true;
        for token in attr_tokens(list) {
            if let Some(id) = token.strip_prefix('#') {
                if !id.is_empty() {
                    self.id = Some(id.to_string());
                }
            } else if let Some((key, value)) = token.split_once('=') {
                let value = value.trim_matches(|c| c == '"' || c == '\'');
                if key.eq_ignore_ascii_case("numbered") && value.eq_ignore_ascii_case("false") {
                    self.unnumbered = true;
                }
                if key.eq_ignore_ascii_case("anchor") && !value.is_empty() {
                    self.id = Some(value.to_string());
                }
            } else if token
                .trim_start_matches('.')
                .eq_ignore_ascii_case("unnumbered")
            {
                self.unnumbered = true;
            }
        }
    }

    /// Takes attributes from a later list, keeping earlier ones it does not set.
    pub(super) fn merge(&mut self, other: Attrs) {
        self.seen |= other.seen;
        self.unnumbered |= other.unnumbered;
        if other.id.is_some() {
            self.id = other.id;
        }
    }
}

/// Whitespace-separated tokens, keeping quoted values whole.
fn attr_tokens(list: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut token = String::new();
    let mut quote = None;
    for c in list.trim_start_matches(':').chars() {
        match quote {
            Some(q) if c == q => {
                quote = None;
                token.push(c);
            }
            Some(_) => token.push(c),
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                token.push(c);
            }
            None if c.is_whitespace() => {
                if !token.is_empty() {
                    tokens.push(std::mem::take(&mut token));
                }
            }
            None => token.push(c),
        }
    }
    if !token.is_empty() {
        tokens.push(token);
    }
    tokens
}

/// How an xref to a section of this document is printed (`Section 3`, `Appendix A`, `"Title"`).
pub(super) type SectionLabels = HashMap<String, String>;

/// Everything the rewrites need to know about the document.
#[derive(Debug, Default)]
pub(super) struct Context {
    /// `entity:` values.
    pub entities: HashMap<String, String>,
    /// Reference aliases: alias → anchor.
    pub aliases: HashMap<String, String>,
    /// Section anchors → how an xref to them reads.
    pub sections: SectionLabels,
}

/// Longest entity value expanded; longer ones are hostile or a mistake.
const MAX_ENTITY: usize = 1024;

/// Applies the rewrites, within a budget of generated text so that expansions
/// (entities, boilerplate, section titles) cannot multiply the input.
#[derive(Debug)]
pub(super) struct Rewriter {
    budget: usize,
    budget_warned: bool,
    include_warned: bool,
    /// Problems to report on the document.
    pub warnings: Vec<String>,
}

static INLINE_MARKUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\{\{([^{}]*)\}\}|\{:([^{}]*)\}|\(\(\(([^()]*)\)\)\)").expect("valid regex")
});
static HEADER_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{(#[^{}]*)\}\s*$").expect("valid regex"));
static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\w+:(?://|.*@)").expect("valid regex"));

const SECTION_WORDS: [&str; 7] = [
    "section",
    "sections",
    "appendix",
    "appendices",
    "paragraph",
    "paragraphs",
    "figure",
];

impl Rewriter {
    /// A rewriter that may generate up to `budget` bytes more than it removes.
    pub(super) fn new(budget: usize) -> Self {
        Self {
            budget,
            budget_warned: false,
            include_warned: false,
            warnings: Vec::new(),
        }
    }

    /// Rewrites the markup of one block; for a heading, also takes a trailing `{#id}`.
    /// Attribute lists seen are added to `attrs`.
    pub(super) fn rewrite(
        &mut self,
        inline: &Inline,
        ctx: &Context,
        heading: bool,
        attrs: &mut Attrs,
    ) -> Inline {
        let text = inline.as_str();
        let mut edits: Vec<(Range<usize>, String)> = Vec::new();
        let mut end_limit = text.len();
        if heading {
            if let Some(found) = HEADER_ID.captures(text) {
                if let (Some(whole), Some(list)) = (found.get(0), found.get(1)) {
                    if !inline.overlaps_literal(&whole.range()) {
                        attrs.parse_into(list.as_str());
                        end_limit = whole.start();
                    }
                }
            }
        }
        let searched = text.get(..end_limit).unwrap_or(text);
        for found in INLINE_MARKUP.captures_iter(searched) {
            let Some(whole) = found.get(0) else {
                continue;
            };
            if inline.overlaps_literal(&whole.range()) {
                continue;
            }
            let replacement = if let Some(xref) = found.get(1) {
                self.xref(xref.as_str(), ctx)
            } else if let Some(list) = found.get(2) {
                self.extension(list.as_str(), ctx, attrs)
            } else {
                String::new()
            };
            let replacement = self.charge(replacement, whole.as_str());
            edits.push((whole.range(), replacement));
        }
        if end_limit < text.len() {
            edits.push((end_limit..text.len(), String::new()));
        }
        inline.edit(edits)
    }

    /// Keeps a replacement if the budget allows it, else falls back to the bare target in brackets.
    fn charge(&mut self, replacement: String, original: &str) -> String {
        let growth = replacement.len().saturating_sub(original.len());
        if growth <= self.budget {
            self.budget -= growth;
            return replacement;
        }
        if !self.budget_warned {
            self.budget_warned = true;
            self.warnings.push(
                "expanded references, entities and boilerplate exceed the size of the document; \
                 later ones are left unexpanded"
                    .into(),
            );
        }
        let inner = original.trim_matches(|c| c == '{' || c == '}');
        if original.starts_with("{{") && inner.len() + 2 <= original.len() {
            format!("[{inner}]")
        } else {
            String::new()
        }
    }

    /// `{:…}` forms: attribute lists vanish (recording heading attributes), boilerplate expands.
    fn extension(&mut self, list: &str, ctx: &Context, attrs: &mut Attrs) -> String {
        let Some(directive) = list.strip_prefix(':') else {
            if !list.starts_with('/') {
                attrs.parse_into(list);
            }
            return String::new();
        };
        let mut words = directive.split_whitespace();
        match words.next() {
            Some("boilerplate") => {
                let key = words.next().unwrap_or("");
                let text = boilerplate(key);
                // The boilerplate itself carries xrefs.
                let mut inline = Inline::default();
                inline.push(&text, None);
                let mut ignored = Attrs::default();
                let rewritten = self.rewrite(&inline, ctx, false, &mut ignored);
                rewritten.text
            }
            Some("include")
            | Some("include-nested")
            | Some("include-quote")
            | Some("include-dedent")
            | Some("include-all")
            | Some("include-last") => {
                if !self.include_warned {
                    self.include_warned = true;
                    self.warnings.push(
                        "the document includes other files ({::include …}); their text is not read"
                            .into(),
                    );
                }
                String::new()
            }
            _ => String::new(),
        }
    }

    /// How `{{inner}}` reads in xml2rfc output.
    fn xref(&self, inner: &str, ctx: &Context) -> String {
        let inner = inner.trim();
        if let Some(name) = inner.strip_prefix('&') {
            return match ctx.entities.get(name) {
                Some(value) if value.len() <= MAX_ENTITY => value.clone(),
                _ => name.to_string(),
            };
        }
        // `Section 3 of RFC8446`, `Sections 1 and 2 of X`.
        let (prefix, rest) = match inner.split_once(" of ") {
            Some((before, after))
                if before
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| SECTION_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s))) =>
            {
                (Some(before.trim()), after.trim())
            }
            _ => (None, inner),
        };
        // A sub-reference `subref@anchor` names a part of the reference; the anchor is what prints.
        let rest = match rest.split_once('@') {
            Some((sub, anchor)) if !sub.contains(char::is_whitespace) && !URL.is_match(rest) => {
                anchor
            }
            _ => rest,
        };
        let rest = rest.trim_start_matches(['!', '?']);
        let (replacing, rest) = match rest.strip_prefix('-') {
            Some(stripped) => (true, stripped),
            None => (false, rest),
        };
        let word_end = rest
            .find(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == '=')
            .unwrap_or(rest.len());
        let (word, mut suffix) = rest.split_at(word_end);
        if let Some(after_bibref) = suffix.strip_prefix('=') {
            let end = after_bibref
                .find(|c: char| c.is_whitespace() || c == ',' || c == '(')
                .unwrap_or(after_bibref.len());
            suffix = after_bibref.get(end..).unwrap_or("");
        }
        let word = if replacing {
            ctx.aliases.get(word).map_or(word, String::as_str)
        } else {
            word
        };
        if word.is_empty() {
            return format!("[{inner}]");
        }
        let target = if URL.is_match(word) {
            word.to_string()
        } else if let Some(label) = ctx.sections.get(word) {
            label.clone()
        } else {
            format!("[{word}]")
        };
        let suffix = suffix.trim_end();
        match prefix {
            Some(prefix) => format!("{prefix} of {target}{suffix}"),
            None => format!("{target}{suffix}"),
        }
    }
}

/// The text kramdown-rfc puts in place of `{::boilerplate key}`, its xrefs unexpanded.
fn boilerplate(key: &str) -> String {
    let key = key.to_ascii_lowercase();
    if let Some(rest) = key.strip_prefix("bcp14") {
        let mut text = String::new();
        if rest.starts_with("info") {
            text.push_str(
                "Although this document is not an IETF Standards Track publication, it adopts the \
                 conventions for normative language to provide clarity of instructions to the \
                 implementer. ",
            );
        }
        text.push_str(
            "The key words \"MUST\", \"MUST NOT\", \"REQUIRED\", \"SHALL\", \"SHALL NOT\", \
             \"SHOULD\", \"SHOULD NOT\", \"RECOMMENDED\", \"NOT RECOMMENDED\", \"MAY\", and \
             \"OPTIONAL\" in this document are to be interpreted as described in BCP 14 \
             {{!RFC2119}} {{!RFC8174}} when, and only when, they appear in all capitals, as shown here.",
        );
        if rest.contains('+') {
            text.push_str(
                " These words may also appear in this document in lower case as plain English \
                 words, absent their normative meanings.",
            );
        }
        return text;
    }
    if key.starts_with("rfc7942") || key.starts_with("rfc 7942") {
        return "This section records the status of known implementations of the protocol defined \
                by this specification at the time of posting of this Internet-Draft, and is based \
                on a proposal described in {{?RFC7942}}. The description of implementations in \
                this section is intended to assist the IETF in its decision processes in \
                progressing drafts to RFCs. Please note that the listing of any individual \
                implementation here does not imply endorsement by the IETF. Furthermore, no effort \
                has been spent to verify the information presented here that was supplied by IETF \
                contributors. This is not intended as, and must not be construed to be, a catalog \
                of available implementations or their features. Readers are advised to note that \
                other implementations may exist."
            .into();
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite_with(text: &str, ctx: &Context) -> (String, Attrs) {
        let mut inline = Inline::default();
        inline.push(text, Some(100));
        let mut attrs = Attrs::default();
        let out = Rewriter::new(1 << 20).rewrite(&inline, ctx, false, &mut attrs);
        (out.text, attrs)
    }

    fn rewrite(text: &str) -> String {
        rewrite_with(text, &Context::default()).0
    }

    #[test]
    fn xrefs_read_as_xml2rfc_prints_them() {
        assert_eq!(rewrite("see {{RFC2119}}."), "see [RFC2119].");
        assert_eq!(rewrite("{{!RFC2119}} {{?RFC8446}}"), "[RFC2119] [RFC8446]");
        assert_eq!(
            rewrite("{{Section 3 of RFC8446}}"),
            "Section 3 of [RFC8446]"
        );
        assert_eq!(
            rewrite("{{Section 3.1 of !RFC6838}}"),
            "Section 3.1 of [RFC6838]"
        );
        assert_eq!(
            rewrite("{{RFC3986, Section 3.3}}"),
            "[RFC3986], Section 3.3"
        );
        assert_eq!(
            rewrite("{{RFC3986 (Section 3.3)}}"),
            "[RFC3986] (Section 3.3)"
        );
        assert_eq!(rewrite("{{?Err6543=8610}}"), "[Err6543]");
        assert_eq!(
            rewrite("{{https://example.com/x}}"),
            "https://example.com/x"
        );
        let mut ctx = Context::default();
        ctx.sections.insert("specify".into(), "Section 2".into());
        ctx.aliases.insert("RFC9110".into(), "HTTP".into());
        ctx.entities.insert("CODE".into(), "4xx".into());
        assert_eq!(rewrite_with("in {{specify}}", &ctx).0, "in Section 2");
        assert_eq!(rewrite_with("{{-RFC9110}}", &ctx).0, "[HTTP]");
        assert_eq!(rewrite_with("The {{&CODE}} code", &ctx).0, "The 4xx code");
    }

    #[test]
    fn attribute_lists_and_irefs_vanish() {
        let (text, attrs) =
            rewrite_with("Intro {: #intro numbered=\"false\"}", &Context::default());
        assert_eq!(text, "Intro ");
        assert_eq!(attrs.id.as_deref(), Some("intro"));
        assert!(attrs.unnumbered);
        assert_eq!(rewrite("a(((index entry)))b{:.class}c"), "abc");
        assert_eq!(rewrite("{: style=\"format %d)\" counter=\"a\"}"), "");
    }

    #[test]
    fn heading_ids_come_off_the_end() {
        let mut inline = Inline::default();
        inline.push("Specifying {{x}} Headers {#specify}", Some(0));
        let mut attrs = Attrs::default();
        let out = Rewriter::new(100).rewrite(&inline, &Context::default(), true, &mut attrs);
        assert_eq!(out.text, "Specifying [x] Headers ");
        assert_eq!(attrs.id.as_deref(), Some("specify"));
    }

    #[test]
    fn code_spans_are_left_alone() {
        let mut inline = Inline::default();
        inline.push("use ", Some(0));
        inline.push_literal("{{RFC1}}", Some(5));
        inline.push(" not {{RFC2}}", Some(14));
        let mut attrs = Attrs::default();
        let out = Rewriter::new(100).rewrite(&inline, &Context::default(), false, &mut attrs);
        assert_eq!(out.text, "use {{RFC1}} not [RFC2]");
        // Offsets follow the text through the rewrite.
        assert_eq!(out.src_at(4), Some(5));
        assert_eq!(out.src_at(12), Some(14));
        assert_eq!(out.src_at(17), Some(19));
    }

    #[test]
    fn kramdown_pipe_tables() {
        let mut inline = Inline::default();
        inline.push("|----|----|", Some(0));
        inline.push("\n", None);
        inline.push("| Name | Ref |", Some(12));
        inline.push("\n", None);
        inline.push("|----+----|", Some(27));
        inline.push("\n", None);
        inline.push("| div  | {{div}} |", Some(39));
        let out = inline.pipe_table_rows();
        assert_eq!(out.text, "Name | Ref\ndiv | {{div}}");
        assert_eq!(out.src_at(0), Some(14));
        assert_eq!(out.src_at(11), Some(41));
    }

    #[test]
    fn boilerplate_expands_with_references() {
        let text = rewrite("{::boilerplate bcp14-tagged}");
        assert!(text.starts_with("The key words \"MUST\""));
        assert!(text.contains("BCP 14 [RFC2119] [RFC8174] when"));
    }

    #[test]
    fn expansion_is_bounded() {
        let mut ctx = Context::default();
        ctx.entities.insert("X".into(), "y".repeat(1000));
        let mut inline = Inline::default();
        inline.push(&"{{&X}}".repeat(100), Some(0));
        let mut rewriter = Rewriter::new(5000);
        let out = rewriter.rewrite(&inline, &ctx, false, &mut Attrs::default());
        assert!(out.text.len() < 5000 + 600);
        assert_eq!(rewriter.warnings.len(), 1);
    }
}
