//! Maps byte offsets in a document's normalised text back to line and column in the original file.
//!
//! Each parser records where a run of output text starts in the source (a *segment*); inside a segment
//! characters are assumed to correspond one to one, which holds for stripped plain text and is a close
//! approximation for text decoded from markup (entities shift columns by a few characters at most).

use serde::Serialize;

/// A position in the original file, 1-based, columns counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub struct SourcePosition {
    /// Line number, starting at 1.
    pub line: u32,
    /// Column in characters, starting at 1.
    pub column: u32,
}

/// Start of a run of text whose characters sit one after another on one source line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    text_start: usize,
    line: u32,
    column: u32,
}

/// Offsets in the normalised text → positions in the original file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    segments: Vec<Segment>,
}

impl SourceMap {
    /// An empty map; every offset maps to line 1, column 1 until segments are added.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records that text from `text_start` on comes from `position` in the source.
    ///
    /// Segments must be pushed in increasing `text_start` order; a segment at the same offset as the
    /// previous one replaces it.
    pub fn push(&mut self, text_start: usize, position: SourcePosition) {
        let segment = Segment {
            text_start,
            line: position.line,
            column: position.column,
        };
        match self.segments.last_mut() {
            Some(last) if last.text_start == text_start => *last = segment,
            Some(last) if last.text_start > text_start => {
                // Out of order: keep the map sorted by ignoring the earlier claim.
                debug_assert!(false, "source map segments out of order");
            }
            _ => self.segments.push(segment),
        }
    }

    /// Number of segments recorded.
    pub fn len(&self) -> usize {
        self.segments.len()
    }

    /// Whether no segment was recorded.
    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }

    /// The source position of byte `offset` of `text` (the text this map was built for).
    pub fn position(&self, text: &str, offset: usize) -> SourcePosition {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let index = self
            .segments
            .partition_point(|segment| segment.text_start <= offset);
        let Some(segment) = index.checked_sub(1).and_then(|i| self.segments.get(i)) else {
            return SourcePosition { line: 1, column: 1 };
        };
        let start = floor_char_boundary(text, segment.text_start.min(offset));
        let chars = text.get(start..offset).map_or(0, |run| run.chars().count());
        SourcePosition {
            line: segment.line,
            column: segment
                .column
                .saturating_add(u32::try_from(chars).unwrap_or(u32::MAX)),
        }
    }
}

/// The largest char boundary of `text` at or before `offset`.
pub(crate) fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Line starts of a source, for turning source byte offsets into positions.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    source: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `source`.
    pub fn new(source: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i + 1));
        Self {
            source,
            line_starts,
        }
    }

    /// Position (1-based line, character column) of a byte offset in the source.
    pub fn position(&self, offset: usize) -> SourcePosition {
        let offset = floor_char_boundary(self.source, offset.min(self.source.len()));
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self
            .line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let column = self
            .source
            .get(line_start..offset)
            .map_or(0, |run| run.chars().count());
        SourcePosition {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column + 1).unwrap_or(u32::MAX),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_inside_a_segment_count_characters() {
        let text = "héllo\nworld";
        let mut map = SourceMap::new();
        map.push(0, SourcePosition { line: 3, column: 4 });
        map.push(7, SourcePosition { line: 9, column: 1 });
        assert_eq!(map.position(text, 0), SourcePosition { line: 3, column: 4 });
        assert_eq!(map.position(text, 3), SourcePosition { line: 3, column: 6 });
        assert_eq!(map.position(text, 8), SourcePosition { line: 9, column: 2 });
        // An offset inside a multi-byte character maps to that character.
        assert_eq!(map.position(text, 2), SourcePosition { line: 3, column: 5 });
    }

    #[test]
    fn empty_map_points_at_the_start() {
        let map = SourceMap::new();
        assert_eq!(
            map.position("abc", 2),
            SourcePosition { line: 1, column: 1 }
        );
    }

    #[test]
    fn line_index_maps_bytes_to_lines() {
        let index = LineIndex::new("ab\ncdé\nf");
        assert_eq!(index.position(0), SourcePosition { line: 1, column: 1 });
        assert_eq!(index.position(3), SourcePosition { line: 2, column: 1 });
        assert_eq!(index.position(7), SourcePosition { line: 2, column: 4 });
        assert_eq!(index.position(8), SourcePosition { line: 3, column: 1 });
    }
}
