//! Finds, in one pass over a document, which patterns can possibly match where.
//!
//! Every pattern is reduced to literal words it cannot match without, lower-cased: its prefixes (then a
//! match must *start* at the literal, so the pattern runs anchored there), its suffixes, or the words of
//! one piece of it (`remains` in `\b\w+ id\b\s+remains`). One Aho-Corasick automaton over all those literals
//! scans the document's ASCII-lower-cased text once; each hit makes its pattern a candidate for the
//! sentence it falls in. A pattern with no usable literal is a candidate for every sentence. The
//! patterns' own regexes then decide.
//!
//! This replaces one overlapping DFA over hundreds of case-insensitive patterns, whose state space
//! explodes (seconds per document, gigabytes of cache).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind};

/// Literals shorter than this say too little to be worth a hit (`a`, `to`).
const MIN_LITERAL: usize = 3;

/// A pattern of a rule: `(rule index, pattern index within the rule)`.
pub type PatternId = (usize, usize);

/// Where a literal sits in its pattern, which decides how the pattern is run at a hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Placement {
    /// Every match starts with one of the literals: run the pattern anchored at the hit.
    Prefix,
    /// Every match contains one of the literals somewhere: search the sentence.
    Inside,
}

/// Literals one of which occurs in every match of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Required {
    /// Lower-cased, sorted, distinct.
    pub words: Vec<String>,
    /// Where they sit.
    pub placement: Placement,
}

/// A prefilter hit: the pattern may match in the sentence around `offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Byte offset of the literal in the text.
    pub offset: usize,
    /// The pattern.
    pub pattern: PatternId,
    /// How to run the pattern here.
    pub placement: Placement,
}

/// The literal prefilter over all patterns of all rules.
#[derive(Debug)]
pub struct Prefilter {
    automaton: AhoCorasick,
    /// Automaton literal index → the patterns it makes candidates, with the literal's placement.
    owners: Vec<Vec<(PatternId, Placement)>>,
    /// Patterns without a literal: candidates everywhere.
    always: Vec<PatternId>,
}

/// Words so common in standards prose that a literal made of one selects nothing.
const COMMON: [&str; 24] = [
    "the", "and", "all", "any", "for", "with", "must", "may", "not", "can", "are", "its", "has",
    "one", "this", "that", "from", "only", "each", "will", "use", "shall", "should", "such",
];

/// Literals this long are selective enough that running anchored matters more than more letters.
const LONG_ENOUGH: usize = 4;

/// How selective a set of literals is: no common word, then the length of its shortest literal.
fn selectivity(words: &[String]) -> (bool, usize) {
    let common = words.iter().any(|word| COMMON.contains(&word.trim()));
    let shortest = words
        .iter()
        .map(|word| word.trim().len())
        .min()
        .unwrap_or(0);
    (!common, shortest)
}

/// The literal set of `hir` of the given kind, lower-cased, when it is usable.
fn literals(hir: &Hir, kind: ExtractKind) -> Option<Vec<String>> {
    let mut extractor = Extractor::new();
    extractor.kind(kind);
    let seq = extractor.extract(hir);
    let mut words: Vec<String> = seq
        .literals()?
        .iter()
        .map(|literal| String::from_utf8_lossy(literal.as_bytes()).to_ascii_lowercase())
        .collect();
    words.sort();
    words.dedup();
    (!words.is_empty() && selectivity(&words).1 >= MIN_LITERAL).then_some(words)
}

/// Lower-cased literals one of which must occur wherever `pattern` matches, or `None`.
pub fn required_literals(pattern: &str) -> Option<Required> {
    // Case-insensitivity is handled by lower-casing both sides, so extract from the case-sensitive form.
    let sensitive = pattern.replace("(?i)", "");
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(&sensitive)
        .ok()?;
    let mut options: Vec<Required> = Vec::new();
    if let Some(words) = literals(&hir, ExtractKind::Prefix) {
        options.push(Required {
            words,
            placement: Placement::Prefix,
        });
    }
    if let Some(words) = literals(&hir, ExtractKind::Suffix) {
        options.push(Required {
            words,
            placement: Placement::Inside,
        });
    }
    // Each piece of a top-level sequence must match too, so its prefixes occur inside every match.
    if let HirKind::Concat(pieces) = hir.kind() {
        for piece in pieces.iter().skip(1) {
            if let Some(words) = literals(piece, ExtractKind::Prefix) {
                options.push(Required {
                    words,
                    placement: Placement::Inside,
                });
            }
        }
    }
    // The most selective set wins; among equals, the one that can run anchored.
    let rank = |required: &Required| {
        let (uncommon, shortest) = selectivity(&required.words);
        (
            uncommon,
            shortest.min(LONG_ENOUGH),
            std::cmp::Reverse(required.placement),
            shortest,
        )
    };
    options.into_iter().max_by_key(rank)
}

impl Prefilter {
    /// Builds the prefilter from each rule's patterns (`patterns[rule][pattern]`).
    pub fn new(patterns: &[Vec<String>]) -> Result<Prefilter, String> {
        let mut literals: Vec<String> = Vec::new();
        let mut index_of: std::collections::HashMap<String, usize> = Default::default();
        let mut owners: Vec<Vec<(PatternId, Placement)>> = Vec::new();
        let mut always = Vec::new();
        for (rule, rule_patterns) in patterns.iter().enumerate() {
            for (number, pattern) in rule_patterns.iter().enumerate() {
                let id = (rule, number);
                let Some(required) = required_literals(pattern) else {
                    always.push(id);
                    continue;
                };
                for word in required.words {
                    let index = *index_of.entry(word.clone()).or_insert_with(|| {
                        literals.push(word);
                        owners.push(Vec::new());
                        owners.len() - 1
                    });
                    if let Some(list) = owners.get_mut(index) {
                        list.push((id, required.placement));
                    }
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&literals)
            .map_err(|error| error.to_string())?;
        Ok(Prefilter {
            automaton,
            owners,
            always,
        })
    }

    /// Where patterns may match in `lowercase_text`, plus the patterns that must be tried everywhere.
    pub fn hits(&self, lowercase_text: &str) -> (Vec<Hit>, &[PatternId]) {
        let mut hits = Vec::new();
        for found in self.automaton.find_overlapping_iter(lowercase_text) {
            if let Some(patterns) = self.owners.get(found.pattern().as_usize()) {
                hits.extend(patterns.iter().map(|&(pattern, placement)| Hit {
                    offset: found.start(),
                    pattern,
                    placement,
                }));
            }
        }
        (hits, &self.always)
    }

    /// Number of patterns without a usable literal.
    pub fn unfiltered(&self) -> usize {
        self.always.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_of_typical_patterns() {
        // Prefixes long enough to be selective win, so the pattern runs anchored at each hit.
        let required = required_literals(r"(?i)\b(lawful|legal)\s+intercept").expect("literals");
        assert_eq!(
            required.words,
            vec!["lawful".to_string(), "legal".to_string()]
        );
        assert_eq!(required.placement, Placement::Prefix);
        // A short or common prefix loses to a selective suffix.
        let required = required_literals(r"(?i)\b(an?|the)\s+intercept").expect("literals");
        assert_eq!(required.words, vec!["intercept".to_string()]);
        assert_eq!(required.placement, Placement::Inside);
        let required = required_literals(r"(?i)\b(lawful|legal)\s+\w+").expect("literals");
        assert_eq!(
            required.words,
            vec!["lawful".to_string(), "legal".to_string()]
        );
        assert_eq!(required.placement, Placement::Prefix);
        assert!(required_literals(r"(?i)\w+ing")
            .is_some_and(|r| r.words.iter().all(|x| x.ends_with("ing"))));
        assert_eq!(required_literals(r".*"), None);
    }

    #[test]
    fn a_middle_piece_gives_literals_when_the_ends_do_not() {
        let required =
            required_literals(r"(?i)\b(ids?|tokens?)\b[^.;]{0,40}\b(remains?|persists?) across")
                .expect("literals");
        assert_eq!(required.placement, Placement::Inside);
        assert!(required.words.iter().any(|word| word.starts_with("remain")));
    }

    #[test]
    fn hits_map_to_patterns() {
        let prefilter = Prefilter::new(&[
            vec![r"(?i)\blawful\s+intercept".to_string()],
            vec![r"(?i)\bMAC\s+address".to_string(), r"\w+".to_string()],
        ])
        .expect("builds");
        let (hits, always) = prefilter.hits("the lawful intercept of a mac address");
        assert_eq!(always, &[(1, 1)]);
        assert!(hits.contains(&Hit {
            offset: 4,
            pattern: (0, 0),
            placement: Placement::Prefix
        }));
        assert!(hits.iter().any(|hit| hit.pattern == (1, 0)));
    }
}
