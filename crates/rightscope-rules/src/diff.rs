//! Revision risk diff: which findings a new revision of a document added, removed or kept, and how each
//! family's verdict moved.
//!
//! Findings are matched by rule code and a normalised sentence that ignores re-wrapping, case,
//! punctuation, line-end hyphenation, reference tags (`[RFC7258]`), section numbers (`Section 4.2`) and
//! list markers, so re-paginating or renumbering a document changes nothing. Exact matches are taken
//! first; the findings left over are paired within the same rule when their sentences share at least
//! [`SIMILAR`] of their words (token-set Jaccard), so a lightly reworded sentence counts as unchanged with
//! an edit rather than as one removed and one added finding; failing that, when nearly all words of the
//! shorter sentence ([`CONTAINED`]) are in the longer one, as when a sentence was split, merged, or list
//! items ran together in one rendering. Each finding is matched at most once, so a sentence that fires
//! twice needs two partners. Findings of `absence` rules ("no Privacy Considerations section") are
//! about the whole document and match by rule code alone.

use std::collections::{BTreeSet, HashMap};

use rightscope_doc::Document;

use crate::assess::Verdict;
use crate::engine::CheckResult;
use crate::finding::Finding;
use crate::rule::{Family, Polarity, RuleKind};

/// Word overlap (Jaccard over sets of words) at or above which two sentences of the same rule are the
/// same finding, reworded.
pub const SIMILAR: f64 = 0.8;

/// Share of a sentence's words that must reappear in a longer sentence of the same rule for the two to be
/// one finding whose sentence was merged with a neighbour or split (when Jaccard is below [`SIMILAR`]).
pub const CONTAINED: f64 = 0.9;
/// Fewest distinct words the shorter sentence needs before containment counts: short sentences are
/// contained in too many others.
const CONTAINED_MIN_WORDS: usize = 8;

/// What changed between two revisions.
#[derive(Debug, Clone, PartialEq)]
pub struct RevisionDiff {
    /// Findings only in the new revision, in its document order.
    pub added: Vec<Finding>,
    /// Findings only in the old revision, in its document order.
    pub removed: Vec<Finding>,
    /// Findings in both, in the new revision's document order.
    pub unchanged: Vec<Matched>,
    /// Every family's verdict and score in both revisions, in [`Family::ALL`] order.
    pub families: Vec<FamilyChange>,
}

/// One finding present in both revisions.
#[derive(Debug, Clone, PartialEq)]
pub struct Matched {
    /// The finding in the old revision.
    pub old: Finding,
    /// The finding in the new revision.
    pub new: Finding,
    /// Word overlap of the two sentences: 1.0 when they normalise to the same text.
    pub similarity: f64,
    /// Section title (without its number) in the old revision, when it differs from the new one.
    pub moved_from: Option<String>,
}

impl Matched {
    /// Whether the sentence was reworded (matched by similarity, not exactly).
    pub fn edited(&self) -> bool {
        self.similarity < 1.0
    }

    /// Whether the finding is now in a section with another title.
    pub fn moved(&self) -> bool {
        self.moved_from.is_some()
    }

    /// Whether the finding turned from risk to mitigation, or into or out of context.
    pub fn polarity_changed(&self) -> bool {
        self.old.polarity != self.new.polarity
    }

    /// Whether anything a reader would notice changed: direction, section or wording.
    pub fn changed(&self) -> bool {
        self.edited() || self.moved() || self.polarity_changed()
    }
}

/// One family's verdict before and after.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FamilyChange {
    /// The family.
    pub family: Family,
    /// Verdict in the old revision.
    pub old_verdict: Verdict,
    /// Verdict in the new revision.
    pub new_verdict: Verdict,
    /// Net score (mitigation minus risk) in the old revision.
    pub old_score: f32,
    /// Net score in the new revision.
    pub new_score: f32,
}

impl FamilyChange {
    /// Whether the verdict differs.
    pub fn verdict_changed(&self) -> bool {
        self.old_verdict != self.new_verdict
    }
}

impl RevisionDiff {
    /// Risk findings the new revision brought in: added ones, and kept ones that became risks.
    pub fn new_risks(&self) -> usize {
        let added = self
            .added
            .iter()
            .filter(|finding| finding.polarity == Polarity::Risk)
            .count();
        let turned = self
            .unchanged
            .iter()
            .filter(|pair| {
                pair.new.polarity == Polarity::Risk && pair.old.polarity != Polarity::Risk
            })
            .count();
        added + turned
    }

    /// Families whose verdict changed.
    pub fn verdict_changes(&self) -> impl Iterator<Item = &FamilyChange> {
        self.families
            .iter()
            .filter(|change| change.verdict_changed())
    }
}

/// Compares the findings of two revisions of a document (or a draft and the RFC it became).
pub fn diff(old: (&Document, &CheckResult), new: (&Document, &CheckResult)) -> RevisionDiff {
    let (old_doc, old_result) = old;
    let (new_doc, new_result) = new;
    let old_keys: Vec<Key> = old_result
        .findings
        .iter()
        .map(|finding| Key::of(old_doc, finding))
        .collect();
    let new_keys: Vec<Key> = new_result
        .findings
        .iter()
        .map(|finding| Key::of(new_doc, finding))
        .collect();

    // partner[new index] = (old index, similarity)
    let mut partner: Vec<Option<(usize, f64)>> = vec![None; new_keys.len()];
    let mut old_taken = vec![false; old_keys.len()];

    // Exact matches, as a multiset: the n-th copy of a sentence pairs with the n-th copy.
    let mut exact: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (index, key) in old_keys.iter().enumerate().rev() {
        exact
            .entry((key.code, key.text.as_str()))
            .or_default()
            .push(index);
    }
    for (index, key) in new_keys.iter().enumerate() {
        if let Some(old_index) = exact
            .get_mut(&(key.code, key.text.as_str()))
            .and_then(Vec::pop)
        {
            partner[index] = Some((old_index, 1.0));
            old_taken[old_index] = true;
        }
    }

    // Similar matches among the rest, within one rule, best pairs first.
    // (tier, score, new, old): Jaccard pairs before containment pairs, best scores first.
    let mut candidates: Vec<(u8, f64, usize, usize)> = Vec::new();
    for (new_index, new_key) in new_keys.iter().enumerate() {
        if partner[new_index].is_some() {
            continue;
        }
        for (old_index, old_key) in old_keys.iter().enumerate() {
            if old_taken[old_index] || old_key.code != new_key.code {
                continue;
            }
            let similarity = jaccard(&old_key.words, &new_key.words);
            if similarity >= SIMILAR {
                candidates.push((0, similarity, new_index, old_index));
            } else if let Some(contained) = containment(&old_key.words, &new_key.words) {
                // Second tier: a sentence split or merged (list items run together in one rendering).
                candidates.push((1, contained, new_index, old_index));
            }
        }
    }
    candidates.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.total_cmp(&a.1))
            .then((a.2, a.3).cmp(&(b.2, b.3)))
    });
    for (_, _, new_index, old_index) in candidates {
        if partner[new_index].is_none() && !old_taken[old_index] {
            let similarity = old_keys
                .get(old_index)
                .zip(new_keys.get(new_index))
                .map_or(0.0, |(old_key, new_key)| {
                    jaccard(&old_key.words, &new_key.words)
                });
            // An edited sentence never counts as identical, however close its words.
            partner[new_index] = Some((old_index, similarity.min(1.0 - f64::EPSILON)));
            old_taken[old_index] = true;
        }
    }

    let mut added = Vec::new();
    let mut unchanged = Vec::new();
    for (index, finding) in new_result.findings.iter().enumerate() {
        match partner.get(index).copied().flatten() {
            Some((old_index, similarity)) => {
                let (Some(old_finding), Some(old_key), Some(new_key)) = (
                    old_result.findings.get(old_index),
                    old_keys.get(old_index),
                    new_keys.get(index),
                ) else {
                    continue;
                };
                let moved_from = (old_key.section != new_key.section)
                    .then(|| old_key.section.clone().unwrap_or_default());
                unchanged.push(Matched {
                    old: old_finding.clone(),
                    new: finding.clone(),
                    similarity,
                    moved_from,
                });
            }
            None => added.push(finding.clone()),
        }
    }
    let removed = old_result
        .findings
        .iter()
        .zip(&old_taken)
        .filter(|(_, taken)| !**taken)
        .map(|(finding, _)| finding.clone())
        .collect();

    let families = Family::ALL
        .into_iter()
        .map(|family| {
            let of = |result: &CheckResult| {
                result
                    .assessments
                    .iter()
                    .find(|assessment| assessment.family == family)
                    .map_or((Verdict::None, 0.0), |assessment| {
                        (assessment.verdict, assessment.score)
                    })
            };
            let (old_verdict, old_score) = of(old_result);
            let (new_verdict, new_score) = of(new_result);
            FamilyChange {
                family,
                old_verdict,
                new_verdict,
                old_score,
                new_score,
            }
        })
        .collect();

    RevisionDiff {
        added,
        removed,
        unchanged,
        families,
    }
}

/// What a finding is matched on.
struct Key<'a> {
    code: &'a str,
    /// The normalised sentence.
    text: String,
    /// Its distinct words, for similarity.
    words: BTreeSet<String>,
    /// Title of its section without the number, lower case.
    section: Option<String>,
}

impl<'a> Key<'a> {
    fn of(document: &Document, finding: &'a Finding) -> Key<'a> {
        // What a document lacks is the same finding whichever sentence it is anchored on.
        let text = if finding.kind == RuleKind::Absence {
            String::new()
        } else {
            normalise_sentence(document.text.get(finding.sentence.clone()).unwrap_or(""))
        };
        let words = text.split(' ').map(str::to_string).collect();
        let section = document
            .section_at(finding.span.start)
            .map(|section| words_of(&section.title).join(" "));
        Key {
            code: &finding.code,
            text,
            words,
            section,
        }
    }
}

/// A sentence reduced to what survives re-wrapping, re-pagination and renumbering: lower-case words
/// separated by single spaces, without punctuation, reference tags, section numbers or list markers,
/// with words hyphenated at a line end joined.
pub fn normalise_sentence(sentence: &str) -> String {
    let mut words = words_of(&strip_references(sentence));
    // A list marker ("1.", "a)", "o  ") left at the start is layout, not content.
    if words.len() > 1 && starts_with_list_marker(sentence) {
        words.remove(0);
    }
    // Numbers after "section" or "appendix" name a place that renumbering moves.
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut after_place = false;
    for word in words {
        let is_number = is_section_number(&word);
        if after_place && is_number {
            continue;
        }
        after_place = matches!(
            word.as_str(),
            "section" | "sections" | "appendix" | "appendices" | "and" | "or" | "to"
        ) && (after_place
            || matches!(
                word.as_str(),
                "section" | "sections" | "appendix" | "appendices"
            ));
        out.push(word);
    }
    out.join(" ")
}

/// Whether a sentence opens with a list marker or a section number: `1.`, `2)`, `4.2`, `a)`, `(b)` or the
/// `o` bullet of RFC text. Headings are printed `6.  Security` in text and `6 Security` from XML.
fn starts_with_list_marker(sentence: &str) -> bool {
    let trimmed = sentence.trim_start().trim_start_matches('(');
    let numbered: String = trimmed
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    if numbered.starts_with(|c: char| c.is_ascii_digit()) && numbered.len() <= 12 {
        let after = trimmed.get(numbered.len()..).unwrap_or("");
        return after.is_empty()
            || after.starts_with(char::is_whitespace)
            || after.starts_with(')');
    }
    let mut chars = trimmed.chars();
    let (Some(first), after) = (chars.next(), chars.as_str()) else {
        return false;
    };
    (first == 'o' && (after.starts_with("  ") || after.starts_with('\n')))
        || (first.is_ascii_lowercase() && after.starts_with(')'))
}

/// Whether a word (already without dots) is a section or appendix number: digits, or one capital letter
/// followed by digits (`a1` from `A.1`), as lower-cased by [`words_of`].
fn is_section_number(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => word.chars().all(|c| c.is_ascii_digit()),
        Some(c) if c.is_ascii_lowercase() => {
            let rest = chars.as_str();
            rest.is_empty() || rest.chars().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Drops bracketed reference tags (`[RFC7258]`, `[I-D.ietf-foo]`, `[1]`) and kramdown `{{RFC2119}}`.
fn strip_references(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    let mut rest = sentence;
    while let Some(open) = rest.find(['[', '{']) {
        let (before, from) = rest.split_at(open);
        out.push_str(before);
        let close = if from.starts_with("{{") {
            "}}"
        } else if from.starts_with('[') {
            "]"
        } else {
            "}"
        };
        let inner_start = if close == "}}" { 2 } else { 1 };
        match from
            .get(inner_start..)
            .and_then(|inner| inner.find(close).map(|end| (inner, end)))
        {
            // A tag is one short token; longer brackets hold prose and are kept.
            Some((inner, end)) if end <= 60 && !inner[..end].contains(char::is_whitespace) => {
                out.push(' ');
                rest = &inner[end + close.len()..];
            }
            _ => {
                out.push_str(&from[..1]);
                rest = &from[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Lower-case words of a text: runs of letters and digits, with hyphens and dots inside a word dropped
/// (`end-to-end` → `endtoend`, `4.2` → `42`) and a word hyphenated across a line break joined.
fn words_of(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
            continue;
        }
        if (c == '-' || c == '.' || c == '\u{2010}' || c == '\u{00ad}') && !word.is_empty() {
            // Look past a line break after a hyphen: "protec-\n   tion" is one word.
            let mut lookahead = chars.clone();
            let mut broke = false;
            if c != '.' {
                while let Some(&next) = lookahead.peek() {
                    if next == '\n' {
                        broke = true;
                    } else if !next.is_whitespace() {
                        break;
                    }
                    lookahead.next();
                }
            }
            if lookahead.peek().is_some_and(|next| next.is_alphanumeric())
                && (broke || chars.peek().is_some_and(|next| next.is_alphanumeric()))
            {
                chars = lookahead;
                continue;
            }
        }
        if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Share of the shorter sentence's words found in the longer one, when the shorter has enough words for
/// that to mean something and nearly all of them are there.
fn containment(a: &BTreeSet<String>, b: &BTreeSet<String>) -> Option<f64> {
    let smaller = a.len().min(b.len());
    if smaller < CONTAINED_MIN_WORDS {
        return None;
    }
    let share = a.intersection(b).count() as f64 / smaller as f64;
    (share >= CONTAINED).then_some(share)
}

/// Share of words two sentences have in common (1.0 for two empty sentences).
fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 1.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Catalogue, Checker};
    use rightscope_doc::{Format, Limits};

    fn checker() -> Checker {
        let catalogue = Catalogue::builtin()
            .expect("builtin catalogue")
            .filtered(|rule| rule.code == "LI001" || rule.code == "SURV001");
        Checker::new(&catalogue).expect("compiles")
    }

    fn parsed(text: &str) -> (Document, CheckResult) {
        let document = rightscope_doc::parse_as(
            Format::RfcText,
            text.as_bytes(),
            "draft-test-00.txt",
            &Limits::default(),
        )
        .expect("parses");
        let result = checker().check(&document);
        (document, result)
    }

    fn diffed(old: &str, new: &str) -> RevisionDiff {
        let (old_doc, old_result) = parsed(old);
        let (new_doc, new_result) = parsed(new);
        assert!(!old_result.findings.is_empty() || !new_result.findings.is_empty());
        diff((&old_doc, &old_result), (&new_doc, &new_result))
    }

    const OLD: &str = "Abstract\n\n   This document describes a protocol for relaying messages.\n\n\
1.  Introduction\n\n   Relays carry messages between users.\n\n\
2.  Operation\n\n   Relays MUST log the source IP address of every incoming connection, as\n   described in Section 4.2 [RFC6302].\n\n\
3.  Interception\n\n   A relay MAY offer an interception interface to the\n   operators of the network it serves.\n";

    #[test]
    fn identical_revisions_change_nothing() {
        let diff = diffed(OLD, OLD);
        assert!(diff.added.is_empty() && diff.removed.is_empty());
        assert_eq!(diff.unchanged.len(), 2);
        assert!(diff.unchanged.iter().all(|pair| !pair.changed()));
        assert_eq!(diff.verdict_changes().count(), 0);
        assert_eq!(diff.new_risks(), 0);
    }

    #[test]
    fn rewrapped_sentence_is_unchanged() {
        let new = OLD.replace(
            "Relays MUST log the source IP address of every incoming connection, as\n   described in",
            "Relays MUST log the source IP address of every\n   incoming connection, as described in",
        );
        let diff = diffed(OLD, &new);
        assert!(
            diff.added.is_empty() && diff.removed.is_empty(),
            "{diff:#?}"
        );
        assert!(diff.unchanged.iter().all(|pair| !pair.changed()));
    }

    #[test]
    fn renumbered_sections_and_references_are_unchanged() {
        let new = OLD
            .replace("2.  Operation", "3.  Operation")
            .replace("3.  Interception", "4.  Interception")
            .replace("1.  Introduction\n\n   Relays carry messages between users.\n\n", "1.  Introduction\n\n   Relays carry messages between users.\n\n2.  Terminology\n\n   A relay is a server.\n\n")
            .replace("Section 4.2 [RFC6302]", "Section 5.1 [I-D.ietf-relay-logs]");
        let diff = diffed(OLD, &new);
        assert!(
            diff.added.is_empty() && diff.removed.is_empty(),
            "{diff:#?}"
        );
        assert!(
            diff.unchanged.iter().all(|pair| !pair.changed()),
            "{diff:#?}"
        );
        // The positions are the new file's.
        assert!(diff
            .unchanged
            .iter()
            .all(|pair| pair.new.line > pair.old.line));
    }

    #[test]
    fn moved_finding_is_unchanged_with_its_old_section() {
        let new = OLD.replace("3.  Interception", "3.  Operator Access");
        let diff = diffed(OLD, &new);
        assert!(diff.added.is_empty() && diff.removed.is_empty());
        let moved: Vec<_> = diff.unchanged.iter().filter(|pair| pair.moved()).collect();
        assert_eq!(moved.len(), 1);
        assert_eq!(moved[0].moved_from.as_deref(), Some("interception"));
        assert_eq!(moved[0].new.code, "LI001");
    }

    #[test]
    fn lightly_edited_sentence_is_unchanged_with_an_edit() {
        // One word of eleven differs: Jaccard 10/12 ≥ 0.8.
        let new = OLD.replace("Relays MUST log", "Relays SHALL log");
        let diff = diffed(OLD, &new);
        assert!(
            diff.added.is_empty() && diff.removed.is_empty(),
            "{diff:#?}"
        );
        let edited: Vec<_> = diff.unchanged.iter().filter(|pair| pair.edited()).collect();
        assert_eq!(edited.len(), 1);
        assert!(edited[0].similarity >= SIMILAR && edited[0].similarity < 1.0);
    }

    #[test]
    fn absence_findings_match_wherever_they_are_anchored() {
        let catalogue = Catalogue::builtin()
            .expect("builtin catalogue")
            .filtered(|rule| rule.code == "CONS003");
        let checker = Checker::new(&catalogue).expect("compiles");
        let text = |first: &str| {
            format!("Abstract\n\n   A protocol.\n\n1.  Data\n\n   {first}\n\n   Servers store the user's location and the subscriber's\n   identity, and keep personal data for billing.\n")
        };
        let check = |text: &str| {
            let document = rightscope_doc::parse_as(
                Format::RfcText,
                text.as_bytes(),
                "draft-test-00.txt",
                &Limits::default(),
            )
            .expect("parses");
            let result = checker.check(&document);
            (document, result)
        };
        let (old_doc, old_result) = check(&text("This protocol sends personal data to servers."));
        let (new_doc, new_result) = check(&text(
            "Clients disclose personal data whenever they connect.",
        ));
        assert_eq!(old_result.findings.len(), 1);
        assert_eq!(new_result.findings.len(), 1);
        assert_ne!(
            old_result.findings[0].fingerprint,
            new_result.findings[0].fingerprint
        );
        let diff = diff((&old_doc, &old_result), (&new_doc, &new_result));
        assert!(
            diff.added.is_empty() && diff.removed.is_empty(),
            "{diff:#?}"
        );
        assert_eq!(diff.unchanged.len(), 1);
    }

    #[test]
    fn merged_sentence_is_unchanged_with_an_edit() {
        let new = OLD.replace(
            "[RFC6302].\n",
            "[RFC6302], and operators keep them for as long as they see fit, which can be\n   years.\n",
        );
        let diff = diffed(OLD, &new);
        assert!(
            diff.added.is_empty() && diff.removed.is_empty(),
            "{diff:#?}"
        );
        let edited: Vec<_> = diff.unchanged.iter().filter(|pair| pair.edited()).collect();
        assert_eq!(edited.len(), 1);
        assert!(edited[0].similarity < SIMILAR);
    }

    #[test]
    fn rewritten_risk_sentence_is_removed_and_added() {
        let new = OLD.replace(
            "Relays MUST log the source IP address of every incoming connection, as\n   described in Section 4.2 [RFC6302].",
            "For abuse handling, operators are expected to log IP addresses for a while.",
        );
        let diff = diffed(OLD, &new);
        assert_eq!(diff.added.len(), 1, "{diff:#?}");
        assert_eq!(diff.removed.len(), 1);
        assert_eq!(diff.added[0].code, "SURV001");
        assert_eq!(diff.removed[0].code, "SURV001");
        assert_eq!(diff.unchanged.len(), 1);
    }

    #[test]
    fn dropped_risk_changes_the_verdict() {
        let new = OLD.replace(
            "   A relay MAY offer an interception interface to the\n   operators of the network it serves.\n",
            "   A relay MUST NOT offer an interception interface to the\n   operators of the network it serves.\n",
        );
        let diff = diffed(OLD, &new);
        // MAY → MUST NOT: 13 of 16 words shared: still the same finding, now a mitigation.
        let turned: Vec<_> = diff
            .unchanged
            .iter()
            .filter(|pair| pair.polarity_changed())
            .collect();
        assert_eq!(turned.len(), 1, "{diff:#?}");
        assert_eq!(turned[0].new.polarity, Polarity::Mitigation);
        let li = diff
            .families
            .iter()
            .find(|change| change.family == Family::LI)
            .expect("LI");
        assert!(li.new_score > li.old_score);
        assert_eq!(diff.new_risks(), 0);
    }

    #[test]
    fn repeated_sentences_match_as_a_multiset() {
        let twice = OLD.replace(
            "3.  Interception\n",
            "3.  Interception\n\n   A relay MAY offer an interception interface to the\n   operators of the network it serves.\n\n4.  More\n",
        );
        let diff = diffed(OLD, &twice);
        assert_eq!(diff.added.len(), 1, "{diff:#?}");
        assert_eq!(diff.unchanged.len(), 2);
        assert_eq!(diff.new_risks(), 1);
        let diff = diffed(&twice, OLD);
        assert_eq!(diff.removed.len(), 1);
        assert!(diff.added.is_empty());
        let diff = diffed(&twice, &twice);
        assert!(diff.added.is_empty() && diff.removed.is_empty());
        assert_eq!(diff.unchanged.len(), 3);
    }

    #[test]
    fn normalisation_ignores_layout() {
        assert_eq!(
            normalise_sentence("The  device MUST\n   support lawful-\n   interception [RFC7258]."),
            normalise_sentence("the device must support lawful interception.")
                .replace("lawful interception", "lawfulinterception")
        );
        assert_eq!(
            normalise_sentence(
                "As Section 4.2 says, end-to-\n   end encryption {{RFC8446}} helps."
            ),
            normalise_sentence("As section 5.1.3 says, end-to-end encryption helps.")
        );
        for marker in ["2.  ", "2) ", "(b) ", "o  ", "4.2.1 ", "6 "] {
            assert_eq!(
                normalise_sentence(&format!("{marker}Servers MUST log addresses.")),
                "servers must log addresses",
                "{marker}"
            );
        }
        assert_eq!(normalise_sentence("a server logs"), "a server logs");
        assert_eq!(
            normalise_sentence("See Appendix A.1 and Section 3."),
            "see appendix and section"
        );
        // Numbers that are not places are content.
        assert_ne!(
            normalise_sentence("Keys of 128 bits."),
            normalise_sentence("Keys of 256 bits.")
        );
        // Prose in brackets stays.
        assert_eq!(
            normalise_sentence("A [long aside here] ends."),
            "a long aside here ends"
        );
    }
}
