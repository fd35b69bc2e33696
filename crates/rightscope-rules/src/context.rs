//! The context of a match inside its sentence: BCP 14 strength, negation or refusal, quotation.

use crate::rule::Strength;

/// BCP 14 keywords, longest first so `MUST NOT` wins over `MUST`.
const KEYWORDS: [(&str, Strength); 11] = [
    ("MUST NOT", Strength::MustNot),
    ("SHALL NOT", Strength::MustNot),
    ("SHOULD NOT", Strength::ShouldNot),
    ("NOT RECOMMENDED", Strength::ShouldNot),
    ("MUST", Strength::Must),
    ("SHALL", Strength::Must),
    ("REQUIRED", Strength::Must),
    ("SHOULD", Strength::Should),
    ("RECOMMENDED", Strength::Should),
    ("MAY", Strength::May),
    ("OPTIONAL", Strength::May),
];

/// The BCP 14 keyword nearest to `at` in `sentence` (byte offset inside the sentence), or `None`.
pub fn strength(sentence: &str, at: usize) -> Strength {
    let mut best: Option<(usize, Strength)> = None;
    for (keyword, strength) in KEYWORDS {
        let mut from = 0;
        while let Some(found) = sentence[from..].find(keyword) {
            let position = from + found;
            from = position + keyword.len();
            if !is_word(sentence, position, keyword.len()) {
                continue;
            }
            // "MUST" inside "MUST NOT" was already counted as MUST NOT.
            if keyword == "MUST" || keyword == "SHOULD" || keyword == "SHALL" {
                let rest = &sentence[position + keyword.len()..];
                if rest.trim_start().starts_with("NOT") {
                    continue;
                }
            }
            if keyword == "RECOMMENDED" && sentence[..position].trim_end().ends_with("NOT") {
                continue;
            }
            let distance = position.abs_diff(at);
            if best.is_none_or(|(best_distance, _)| distance < best_distance) {
                best = Some((distance, strength));
            }
        }
    }
    best.map_or(Strength::None, |(_, strength)| strength)
}

/// Whether `len` bytes at `position` form a whole upper-case word.
fn is_word(text: &str, position: usize, len: usize) -> bool {
    let before = text[..position].chars().next_back();
    let after = text[position + len..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
}

/// Words that negate what follows in the same clause.
const NEGATORS: [&str; 17] = [
    "not", "no", "never", "without", "cannot", "can't", "don't", "doesn't", "won't", "isn't",
    "aren't", "neither", "nor", "none", "nothing", "lack", "lacks",
];

/// Verbs of refusal or protection: "prevents tracking", "protects against interception".
const COUNTERS: [&str; 30] = [
    "prevent",
    "prevents",
    "preventing",
    "prevented",
    "protect",
    "protects",
    "protecting",
    "mitigate",
    "mitigates",
    "mitigating",
    "avoid",
    "avoids",
    "avoiding",
    "resist",
    "resists",
    "thwart",
    "defend",
    "defends",
    "refuse",
    "refuses",
    "prohibit",
    "prohibits",
    "forbid",
    "forbids",
    "eliminate",
    "eliminates",
    "minimise",
    "minimises",
    "minimize",
    "minimizes",
];

/// Verbs of harm: a negation in front of one ("does not hinder") leaves the match as it is.
const HARMS: [&str; 15] = [
    "interfere",
    "interferes",
    "hinder",
    "hinders",
    "impede",
    "impedes",
    "harm",
    "harms",
    "break",
    "breaks",
    "degrade",
    "degrades",
    "undermine",
    "undermines",
    "weaken",
];

/// How the clause before a match treats it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    /// Nothing negates the match.
    Plain,
    /// A negation ("does not provide interception", "MUST NOT include").
    Negated,
    /// A verb of protection or refusal ("prevents tracking").
    Countered,
}

/// The stance of the clause that contains the match starting at `at` (offset inside `sentence`).
///
/// The clause runs back to the previous `,` `;` `:` `(` or `but`; negation words after the match in
/// the same clause count too ("interception is not supported").
pub fn stance(sentence: &str, at: usize, strength: Strength) -> Stance {
    // A line break still ends the clause looked at: without it a negation many words back
    // ("systems that are not part of a closed ecosystem MUST be encoded using UTF-8") would turn the
    // match around. Wrapped clauses ("this avoids creating / a super-cookie") are missed instead.
    let clause_start = sentence[..at]
        .rfind([',', ';', ':', '(', '\n'])
        .map_or(0, |index| index + 1);
    let clause_start = sentence[clause_start..at]
        .rfind(" but ")
        .map_or(clause_start, |index| clause_start + index + 5);
    let clause_end = sentence[at..]
        .find([',', ';', ':', ')'])
        .map_or(sentence.len(), |index| at + index);
    let before = &sentence[clause_start..at];
    let after = &sentence[at..clause_end];
    let words_before: Vec<String> = words(before);
    if words_before
        .iter()
        .any(|word| COUNTERS.contains(&word.as_str()))
    {
        return Stance::Countered;
    }
    if strength.is_negative() && sentence[clause_start..clause_end].contains("NOT") {
        return Stance::Negated;
    }
    // "do not interfere with screen readers": the negation takes back a harm, not the match.
    let negated_before = words_before
        .iter()
        .rposition(|word| NEGATORS.contains(&word.as_str()))
        .is_some_and(|negator| {
            !words_before[negator..]
                .iter()
                .any(|word| HARMS.contains(&word.as_str()))
        });
    // After the match only close negation counts: "interception is not supported".
    let negated_after = words(after)
        .iter()
        .take(5)
        .any(|word| matches!(word.as_str(), "not" | "never"));
    if negated_before || negated_after {
        Stance::Negated
    } else {
        Stance::Plain
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the match at `at` sits inside double quotes in its sentence (quoted from elsewhere).
pub fn is_quoted(sentence: &str, at: usize) -> bool {
    let quotes_before = sentence[..at]
        .chars()
        .filter(|&c| c == '"' || c == '\u{201c}' || c == '\u{201d}')
        .count();
    quotes_before % 2 == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strength_nearest_keyword() {
        assert_eq!(strength("Encryption MAY be used.", 0), Strength::May);
        assert_eq!(
            strength("Clients MUST NOT include the MAC address.", 20),
            Strength::MustNot
        );
        assert_eq!(
            strength("It is NOT RECOMMENDED to log.", 10),
            Strength::ShouldNot
        );
        assert_eq!(strength("Logs are kept.", 0), Strength::None);
        assert_eq!(
            strength("Servers MUST log; clients MAY encrypt.", 31),
            Strength::May
        );
        assert_eq!(strength("This is a MUSTard test.", 0), Strength::None);
    }

    #[test]
    fn a_negated_harm_leaves_the_match_as_it_is() {
        let s = "Numbers are coded so that they do not interfere with screen readers.";
        assert_eq!(
            stance(s, s.find("screen").unwrap_or(0), Strength::None),
            Stance::Plain
        );
    }

    #[test]
    fn stance_of_a_clause() {
        let s = "This document does not provide an interception capability.";
        assert_eq!(
            stance(s, s.find("interception").unwrap_or(0), Strength::None),
            Stance::Negated
        );
        let s = "The mechanism prevents tracking of users.";
        assert_eq!(
            stance(s, s.find("tracking").unwrap_or(0), Strength::None),
            Stance::Countered
        );
        let s = "Clients MUST NOT include the MAC address.";
        assert_eq!(
            stance(s, s.find("MAC").unwrap_or(0), Strength::MustNot),
            Stance::Negated
        );
        let s = "No changes are needed, but the server logs the address.";
        assert_eq!(
            stance(s, s.find("logs").unwrap_or(0), Strength::None),
            Stance::Plain
        );
        let s = "Interception is not supported.";
        assert_eq!(stance(s, 0, Strength::None), Stance::Negated);
    }

    #[test]
    fn quotes() {
        let s = "RFC 2804 says \"the IETF will not build wiretaps\" clearly.";
        assert!(is_quoted(s, s.find("wiretaps").unwrap_or(0)));
        assert!(!is_quoted(s, s.find("clearly").unwrap_or(0)));
    }
}
