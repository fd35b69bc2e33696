//! Finds, in one pass over a document, which rules can possibly match which sentences.
//!
//! Every pattern is reduced to the literal words it cannot match without (its prefixes, or failing that
//! its suffixes), lower-cased. One Aho-Corasick automaton over all those literals scans the document's
//! ASCII-lower-cased text once; each hit makes its rules candidates for the sentence it falls in. A pattern
//! with no usable literal is a candidate for every sentence. The rules' own regexes then decide.
//!
//! This replaces one overlapping DFA over hundreds of case-insensitive patterns, whose state space
//! explodes (seconds per document, gigabytes of cache).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor};

/// Literals shorter than this say too little to be worth a hit (`a`, `to`).
const MIN_LITERAL: usize = 3;

/// The literal prefilter over all patterns of all rules.
#[derive(Debug)]
pub struct Prefilter {
    automaton: AhoCorasick,
    /// Automaton literal index → rule indices it makes candidates.
    owners: Vec<Vec<usize>>,
    /// Rules with a pattern that has no literal: candidates everywhere.
    always: Vec<usize>,
}

/// Words so common in standards prose that a literal made of one selects nothing.
const COMMON: [&str; 24] = [
    "the", "and", "all", "any", "for", "with", "must", "may", "not", "can", "are", "its", "has",
    "one", "this", "that", "from", "only", "each", "will", "use", "shall", "should", "such",
];

/// How selective a set of literals is: the length of its shortest literal, and whether any is a common word.
fn selectivity(words: &[String]) -> (bool, usize) {
    let common = words.iter().any(|word| COMMON.contains(&word.trim()));
    let shortest = words
        .iter()
        .map(|word| word.trim().len())
        .min()
        .unwrap_or(0);
    (!common, shortest)
}

/// Lower-cased literals one of which must occur wherever `pattern` matches, or `None`.
pub fn required_literals(pattern: &str) -> Option<Vec<String>> {
    // Case-insensitivity is handled by lower-casing both sides, so extract from the case-sensitive form.
    let sensitive = pattern.replace("(?i)", "");
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(&sensitive)
        .ok()?;
    let mut best: Option<Vec<String>> = None;
    for kind in [ExtractKind::Prefix, ExtractKind::Suffix] {
        let mut extractor = Extractor::new();
        extractor.kind(kind);
        let seq = extractor.extract(&hir);
        let Some(literals) = seq.literals() else {
            continue;
        };
        let mut words: Vec<String> = literals
            .iter()
            .map(|literal| String::from_utf8_lossy(literal.as_bytes()).to_ascii_lowercase())
            .collect();
        words.sort();
        words.dedup();
        if words.is_empty() || selectivity(&words).1 < MIN_LITERAL {
            continue;
        }
        if best
            .as_ref()
            .is_none_or(|best| selectivity(&words) > selectivity(best))
        {
            best = Some(words);
        }
    }
    best
}

impl Prefilter {
    /// Builds the prefilter from each rule's patterns (`patterns[rule]`).
    pub fn new(patterns: &[Vec<String>]) -> Result<Prefilter, String> {
        let mut literals: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut always = Vec::new();
        for (rule, rule_patterns) in patterns.iter().enumerate() {
            for pattern in rule_patterns {
                match required_literals(pattern) {
                    Some(words) => {
                        for word in words {
                            match literals.iter().position(|known| *known == word) {
                                Some(index) => {
                                    if !owners[index].contains(&rule) {
                                        owners[index].push(rule);
                                    }
                                }
                                None => {
                                    literals.push(word);
                                    owners.push(vec![rule]);
                                }
                            }
                        }
                    }
                    None => {
                        if !always.contains(&rule) {
                            always.push(rule);
                        }
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

    /// Rules that can match a pattern in `text`, as (byte offset of the literal hit, rule index), plus the
    /// rules that must be tried everywhere.
    pub fn hits(&self, lowercase_text: &str) -> (Vec<(usize, usize)>, &[usize]) {
        let mut hits = Vec::new();
        for found in self.automaton.find_overlapping_iter(lowercase_text) {
            if let Some(rules) = self.owners.get(found.pattern().as_usize()) {
                hits.extend(rules.iter().map(|&rule| (found.start(), rule)));
            }
        }
        (hits, &self.always)
    }

    /// Number of rules without a usable literal.
    pub fn unfiltered(&self) -> usize {
        self.always.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_of_typical_patterns() {
        // The more selective side wins: the suffix "intercept" over the prefixes "lawful" and "legal".
        let words = required_literals(r"(?i)\b(lawful|legal)\s+intercept").expect("literals");
        assert_eq!(words, vec!["intercept".to_string()]);
        let words = required_literals(r"(?i)\b(lawful|legal)\s+\w+").expect("literals");
        assert_eq!(words, vec!["lawful".to_string(), "legal".to_string()]);
        assert!(
            required_literals(r"(?i)\w+ing").is_some_and(|w| w.iter().all(|x| x.ends_with("ing")))
        );
        assert_eq!(required_literals(r".*"), None);
    }

    #[test]
    fn hits_map_to_rules() {
        let prefilter = Prefilter::new(&[
            vec![r"(?i)\blawful\s+intercept".to_string()],
            vec![r"(?i)\bMAC\s+address".to_string(), r"\w+".to_string()],
        ])
        .expect("builds");
        let (hits, always) = prefilter.hits("the lawful intercept of a mac address");
        assert_eq!(always, &[1]);
        assert!(hits.contains(&(11, 0)), "{hits:?}");
        assert!(hits.iter().any(|&(_, rule)| rule == 1));
    }
}
