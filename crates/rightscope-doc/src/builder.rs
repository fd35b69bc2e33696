//! Assembles a `Document` from text runs and headings, for the parsers of structured formats.
//!
//! Parsers walk their format in document order and call `heading` for each section and `text` for
//! each run of prose; the builder keeps the output text, the source map and the open-section stack, so
//! every format produces sections and source positions the same way.

use crate::model::{Document, Meta, Section, SectionKind, SourceInfo, Warning};
use crate::sections::section_kind;
use crate::source_map::{SourceMap, SourcePosition};

/// A section whose end is not known yet.
#[derive(Debug)]
struct OpenSection {
    index: usize,
    depth: u8,
}

/// Incremental builder of a document's text, sections and source map.
#[derive(Debug, Default)]
pub struct DocumentBuilder {
    text: String,
    source_map: SourceMap,
    sections: Vec<Section>,
    open: Vec<OpenSection>,
    warnings: Vec<Warning>,
    max_sections: usize,
    section_limit_warned: bool,
}

impl DocumentBuilder {
    /// A builder that keeps at most `max_sections` sections.
    pub fn new(max_sections: usize) -> Self {
        Self {
            max_sections,
            ..Self::default()
        }
    }

    /// The text so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Appends a run of text that starts at `position` in the source (or is generated, if `None`).
    ///
    /// Each line of the run after the first is mapped to the following source line, column 1.
    pub fn push_text(&mut self, run: &str, position: Option<SourcePosition>) {
        if run.is_empty() {
            return;
        }
        match position {
            Some(mut position) => {
                for (i, line) in run.split_inclusive('\n').enumerate() {
                    if i > 0 {
                        position.line = position.line.saturating_add(1);
                        position.column = 1;
                    }
                    self.source_map.push(self.text.len(), position);
                    self.text.push_str(line);
                }
            }
            None => self.text.push_str(run),
        }
    }

    /// Ends the current paragraph: makes the text end with exactly one blank line (unless it is empty).
    pub fn paragraph_break(&mut self) {
        if self.text.is_empty() {
            return;
        }
        while self.text.ends_with(' ') || self.text.ends_with('\t') {
            self.text.pop();
        }
        if !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        if !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    /// Ends the current line unless the text already ends one.
    pub fn line_break(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    /// Whether the text ends with whitespace (or is empty), so a separating space is not needed.
    pub fn ends_with_space(&self) -> bool {
        self.text.is_empty() || self.text.ends_with(char::is_whitespace)
    }

    /// Starts a section at nesting `depth` (1 = top level): closes open sections at the same or a deeper
    /// level, writes the heading line (`number title`) and opens the new section.
    pub fn heading(
        &mut self,
        depth: u8,
        number: Option<String>,
        title: &str,
        anchor: Option<String>,
        position: Option<SourcePosition>,
    ) {
        let depth = depth.max(1);
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        self.close_to(depth);
        self.paragraph_break();
        if self.sections.len() >= self.max_sections {
            if !self.section_limit_warned {
                self.section_limit_warned = true;
                self.warn(format!(
                    "more than {} sections; later headings are read as text",
                    self.max_sections
                ));
            }
            self.push_text(&title, position);
            self.paragraph_break();
            return;
        }
        let start = self.text.len();
        let heading_line = match &number {
            Some(number) => format!("{number} {title}"),
            None => title.clone(),
        };
        self.push_text(&heading_line, position);
        self.paragraph_break();
        let parent = self
            .open
            .last()
            .and_then(|open| self.sections.get(open.index))
            .map(|section| section.kind);
        let kind = section_kind(&title, number.as_deref(), parent);
        self.sections.push(Section {
            number,
            title,
            kind,
            range: start..start,
            depth,
            anchor,
        });
        self.open.push(OpenSection {
            index: self.sections.len() - 1,
            depth,
        });
    }

    /// Closes every open section at `depth` or deeper, ending them at the current text length.
    pub fn close_to(&mut self, depth: u8) {
        while self.open.last().is_some_and(|open| open.depth >= depth) {
            self.close_last();
        }
    }

    fn close_last(&mut self) {
        if let Some(open) = self.open.pop() {
            let end = trimmed_end(&self.text);
            if let Some(section) = self.sections.get_mut(open.index) {
                section.range.end = end.max(section.range.start);
            }
        }
    }

    /// Records a problem that was worked around.
    pub fn warn(&mut self, message: impl Into<String>) {
        self.warnings.push(Warning {
            message: message.into(),
        });
    }

    /// Overrides the kind of the section most recently opened (for formats that mark kinds explicitly).
    pub fn set_current_kind(&mut self, kind: SectionKind) {
        if let Some(section) = self
            .open
            .last()
            .and_then(|open| self.sections.get_mut(open.index))
        {
            section.kind = kind;
        }
    }

    /// Closes all sections and returns the document.
    pub fn finish(mut self, source: SourceInfo, meta: Meta) -> Document {
        self.close_to(1);
        let keep = trimmed_end(&self.text);
        self.text.truncate(keep);
        self.text.push('\n');
        Document {
            source,
            meta,
            text: self.text,
            sections: self.sections,
            source_map: self.source_map,
            warnings: self.warnings,
            references: Vec::new(),
        }
    }
}

/// Length of `text` without trailing whitespace.
fn trimmed_end(text: &str) -> usize {
    text.trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Format;

    fn info() -> SourceInfo {
        SourceInfo {
            path: "t".into(),
            format: Format::RfcXml,
            sha256: String::new(),
            size: 0,
        }
    }

    #[test]
    fn nested_headings_get_ranges_and_inherited_kinds() {
        let mut b = DocumentBuilder::new(100);
        b.heading(1, Some("1.".into()), "Introduction", None, None);
        b.push_text("Intro text.", Some(SourcePosition { line: 5, column: 3 }));
        b.heading(1, Some("2.".into()), "Security Considerations", None, None);
        b.push_text("Be careful.", None);
        b.heading(2, Some("2.1.".into()), "Threats", None, None);
        b.push_text(
            "Many.\nMore.",
            Some(SourcePosition {
                line: 20,
                column: 1,
            }),
        );
        let doc = b.finish(info(), Meta::default());
        assert_eq!(doc.sections.len(), 3);
        assert_eq!(doc.sections[0].kind, SectionKind::Introduction);
        assert_eq!(
            doc.section_text(&doc.sections[0]),
            "1. Introduction\n\nIntro text."
        );
        assert_eq!(doc.sections[2].kind, SectionKind::SecurityConsiderations);
        assert_eq!(doc.sections[1].range.end, doc.sections[2].range.end);
        let more = doc.text.find("More").expect("text kept");
        assert_eq!(doc.position(more).line, 21);
        let intro = doc.text.find("Intro text").expect("text kept");
        assert_eq!(
            doc.position(intro + 1),
            SourcePosition { line: 5, column: 4 }
        );
    }
}
