//! Cuts a revision's text into plain and highlighted segments (one `<mark>` per finding sentence),
//! and into sections for showing long documents one section at a time. Segments are plain strings:
//! the template escapes them, so document text can never become markup.

use std::ops::Range;

use rightscope_store::{FindingRecord, StoredSection};

/// A run of text, highlighted for a finding or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text.
    pub text: String,
    /// The finding row id whose sentence this is.
    pub mark: Option<i64>,
}

/// Nearest character boundary at or before `at`.
fn floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The byte range a finding highlights: its sentence, or its match when the sentence is empty.
fn finding_range(finding: &FindingRecord) -> Option<Range<usize>> {
    let f = &finding.finding;
    let (start, end) = if f.sentence_end > f.sentence_start {
        (f.sentence_start, f.sentence_end)
    } else {
        (f.span_start, f.span_end)
    };
    let start = usize::try_from(start).ok()?;
    let end = usize::try_from(end).ok()?;
    (end > start).then_some(start..end)
}

/// Segments of `text[window]` with the findings' sentences marked; overlapping findings share the
/// first one's mark. Returns the segments and the ids of the findings that were marked.
pub fn segments(
    text: &str,
    window: Range<usize>,
    findings: &[FindingRecord],
) -> (Vec<Segment>, Vec<i64>) {
    let window = floor(text, window.start)..floor(text, window.end);
    let mut ranges: Vec<(Range<usize>, i64)> = findings
        .iter()
        .filter_map(|finding| {
            let range = finding_range(finding)?;
            let start = floor(text, range.start.max(window.start));
            let end = floor(text, range.end.min(window.end));
            (end > start).then_some((start..end, finding.id))
        })
        .collect();
    ranges.sort_by_key(|(range, id)| (range.start, *id));
    let mut out = Vec::new();
    let mut marked = Vec::new();
    let mut at = window.start;
    for (range, id) in ranges {
        if range.end <= at {
            continue;
        }
        let start = range.start.max(at);
        if start > at {
            out.push(Segment {
                text: text[at..start].to_string(),
                mark: None,
            });
        }
        out.push(Segment {
            text: text[start..range.end].to_string(),
            mark: Some(id),
        });
        marked.push(id);
        at = range.end;
    }
    if at < window.end {
        out.push(Segment {
            text: text[at..window.end].to_string(),
            mark: None,
        });
    }
    (out, marked)
}

/// The top-level sections of a revision as pages: (title, byte range), covering the whole text
/// (a leading untitled part becomes its own page).
pub fn pages(text: &str, sections: &[StoredSection]) -> Vec<(String, Range<usize>)> {
    let Some(depth) = sections.iter().map(|s| s.depth).min() else {
        return vec![(String::new(), 0..text.len())];
    };
    let mut starts: Vec<(String, usize)> = sections
        .iter()
        .filter(|s| s.depth == depth && s.start <= text.len())
        .map(|s| {
            let title = match &s.number {
                Some(number) => format!("{number} {}", s.title),
                None => s.title.clone(),
            };
            (title, floor(text, s.start))
        })
        .collect();
    starts.sort_by_key(|(_, start)| *start);
    starts.dedup_by_key(|(_, start)| *start);
    if starts.first().is_none_or(|(_, start)| *start > 0) {
        starts.insert(0, (String::new(), 0));
    }
    let mut pages = Vec::with_capacity(starts.len());
    for (i, (title, start)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(text.len(), |(_, next)| *next);
        if end > *start {
            pages.push((title.clone(), *start..end));
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use rightscope_store::NewFinding;

    fn finding(id: i64, start: i64, end: i64) -> FindingRecord {
        FindingRecord {
            id,
            revision_id: 1,
            finding: NewFinding {
                code: "X".into(),
                name: "x".into(),
                family: "SURV".into(),
                polarity: "risk".into(),
                severity: "warning".into(),
                message: String::new(),
                span_start: start,
                span_end: end,
                sentence_start: start,
                sentence_end: end,
                line: 1,
                col: 1,
                end_line: 1,
                end_col: 1,
                section: None,
                section_kind: "body".into(),
                strength: "none".into(),
                negated: false,
                weight: 1.0,
                confidence: None,
                fingerprint: String::new(),
                questions: Vec::new(),
            },
        }
    }

    #[test]
    fn marks_sentences_and_skips_overlaps() {
        let text = "One. Two é. Three.";
        let (segs, marked) = segments(text, 0..text.len(), &[finding(1, 5, 12), finding(2, 6, 9)]);
        assert_eq!(marked, vec![1]);
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text);
        assert_eq!(segs[1].mark, Some(1));
    }

    #[test]
    fn bad_offsets_do_not_panic() {
        let text = "héllo";
        let (segs, _) = segments(text, 0..99, &[finding(1, 2, 500), finding(2, -4, 1)]);
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text);
    }
}
