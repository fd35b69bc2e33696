//! The matching engine: the literals of every pattern of every rule compiled once into one Aho-Corasick
//! automaton, each document scanned once, the candidate rules' regexes run on the sentences they may match,
//! and each hit weighed by its context.

use std::ops::Range;

use rightscope_doc::{Document, SectionKind};
use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::catalogue::Catalogue;
use crate::confidence::{ConfidenceError, ConfidenceModel};
use crate::context::{is_quoted, stance, strength, Stance};
use crate::finding::Finding;
use crate::pattern::Pattern;
use crate::prefilter::{Placement, Prefilter};
use crate::rule::{Family, Negation, Polarity, Rule, RuleKind, Strength};
use crate::sentences::sentences;

/// The engine could not be built from the catalogue.
#[derive(Debug, Error)]
pub enum EngineError {
    /// A pattern that validated alone failed to compile into the shared automaton.
    #[error("rule {code}: pattern `{pattern}` does not compile: {message}")]
    Pattern {
        /// The rule's code.
        code: String,
        /// The pattern as written.
        pattern: String,
        /// The compiler's message.
        message: String,
    },
    /// The shared literal automaton could not be built.
    #[error("the rule patterns do not compile together: {0}")]
    Automaton(String),
    /// The shipped confidence model does not fit this version.
    #[error(transparent)]
    Confidence(#[from] ConfidenceError),
}

/// Rewrites each literal space outside a character class to `\s+`, so rule authors write phrases
/// ("lawful intercept") that also match across line breaks and indentation.
pub fn widen_spaces(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut in_class = false;
    let mut escaped = false;
    for c in pattern.chars() {
        if escaped {
            out.push(c);
            escaped = false;
            continue;
        }
        match c {
            '\\' => {
                escaped = true;
                out.push(c);
            }
            '[' => {
                in_class = true;
                out.push(c);
            }
            ']' => {
                in_class = false;
                out.push(c);
            }
            ' ' if !in_class => out.push_str(r"\s+"),
            _ => out.push(c),
        }
    }
    out
}

/// A rule ready to run: its compiled sentence filters and section filter.
#[derive(Debug)]
struct CompiledRule {
    rule: Rule,
    /// One regex per pattern, to find the span once the automaton says which pattern matched.
    patterns: Vec<Pattern>,
    requires: Vec<Pattern>,
    unless: Vec<Pattern>,
    when: Vec<Pattern>,
    include: Vec<SectionKind>,
    exclude: Vec<SectionKind>,
    section: Option<SectionKind>,
    missing: Option<SectionKind>,
}

/// Runs the catalogue over documents.
#[derive(Debug)]
pub struct Checker {
    rules: Vec<CompiledRule>,
    /// Which rules may match where, from one scan of the document.
    prefilter: Prefilter,
    /// Turns findings and verdicts into calibrated confidences.
    confidence: ConfidenceModel,
}

/// What a check of one document found.
#[derive(Debug, Clone)]
pub struct CheckResult {
    /// Findings in document order.
    pub findings: Vec<Finding>,
    /// One assessment per family.
    pub assessments: Vec<crate::assess::Assessment>,
}

fn compile_all(code: &str, patterns: &[String]) -> Result<Vec<Pattern>, EngineError> {
    patterns
        .iter()
        .map(|pattern| {
            Pattern::new(pattern).map_err(|error| EngineError::Pattern {
                code: code.to_string(),
                pattern: pattern.clone(),
                message: error.to_string(),
            })
        })
        .collect()
}

fn kinds(names: &[String]) -> Vec<SectionKind> {
    names
        .iter()
        .filter_map(|name| SectionKind::from_name(name))
        .collect()
}

impl Checker {
    /// Compiles the catalogue.
    pub fn new(catalogue: &Catalogue) -> Result<Checker, EngineError> {
        let mut rules = Vec::with_capacity(catalogue.len());
        let mut sentence_patterns: Vec<Vec<String>> = Vec::with_capacity(catalogue.len());
        for rule in catalogue.rules() {
            sentence_patterns.push(
                rule.patterns
                    .iter()
                    .map(|pattern| widen_spaces(pattern))
                    .collect(),
            );
            rules.push(CompiledRule {
                patterns: compile_all(&rule.code, &rule.patterns)?,
                requires: compile_all(&rule.code, &rule.requires)?,
                unless: compile_all(&rule.code, &rule.unless)?,
                when: compile_all(&rule.code, &rule.when)?,
                include: kinds(&rule.sections.include),
                exclude: kinds(&rule.sections.exclude),
                section: rule.section.as_deref().and_then(SectionKind::from_name),
                missing: rule.missing.as_deref().and_then(SectionKind::from_name),
                rule: rule.clone(),
            });
        }
        let prefilter = Prefilter::new(&sentence_patterns).map_err(EngineError::Automaton)?;
        Ok(Checker {
            rules,
            prefilter,
            confidence: ConfidenceModel::shipped()?,
        })
    }

    /// Assesses the families again from findings that were filtered after the check (suppressions,
    /// a confidence floor), keeping the findings' confidences and rating the new verdicts.
    pub fn reassess(&self, findings: &[Finding]) -> Vec<crate::assess::Assessment> {
        let mut assessments = crate::assess::assess(findings);
        self.confidence.rate_verdicts(findings, &mut assessments);
        assessments
    }

    /// Rules whose patterns have no literal the prefilter can use (they run on every sentence).
    pub fn unfiltered_rules(&self) -> usize {
        self.prefilter.unfiltered()
    }

    /// Every pattern of every rule after space widening, one per line (for `rg -f`).
    pub fn pattern_sources(catalogue: &Catalogue) -> Vec<String> {
        catalogue
            .rules()
            .flat_map(|rule| rule.patterns.iter().map(|pattern| widen_spaces(pattern)))
            .collect()
    }

    /// Finds the risks and mitigations in one document and assesses each family.
    pub fn check(&self, document: &Document) -> CheckResult {
        let mut findings = Vec::new();
        let text = document.text.as_str();
        let sentences = sentences(text);
        let lowercase = text.to_ascii_lowercase();
        let (hits, always) = self.prefilter.hits(&lowercase);
        // (sentence, rule, pattern, where the pattern must start in the sentence when anchored)
        let mut candidates: Vec<(usize, usize, usize, Option<usize>)> = hits
            .into_iter()
            .filter_map(|hit| {
                let index = sentences.partition_point(|sentence| sentence.start <= hit.offset);
                let sentence = index.checked_sub(1)?;
                let range = sentences.get(sentence)?;
                let anchor = (hit.placement == Placement::Prefix).then(|| hit.offset - range.start);
                (hit.offset < range.end).then_some((sentence, hit.pattern.0, hit.pattern.1, anchor))
            })
            .collect();
        for sentence in 0..sentences.len() {
            candidates.extend(
                always
                    .iter()
                    .map(|&(rule, pattern)| (sentence, rule, pattern, None)),
            );
        }
        candidates.sort_unstable();
        candidates.dedup();
        for group in candidates.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let Some(&(sentence, rule, _, _)) = group.first() else {
                continue;
            };
            let (Some(range), Some(compiled)) = (sentences.get(sentence), self.rules.get(rule))
            else {
                continue;
            };
            if compiled.rule.kind == RuleKind::Absence {
                continue;
            }
            let Some(text) = document.text.get(range.clone()) else {
                continue;
            };
            let mut searched = usize::MAX;
            let found = group
                .iter()
                .filter_map(|&(_, _, number, anchor)| {
                    let pattern = compiled.patterns.get(number)?;
                    match anchor {
                        // An unanchored search already looked at the whole sentence.
                        Some(_) if searched == number => None,
                        Some(start) => pattern.find_anchored(text, start),
                        None => {
                            searched = number;
                            pattern.find(text)
                        }
                    }
                })
                .min_by_key(|found| found.start);
            if let Some(found) = found {
                findings.extend(self.sentence_finding(compiled, document, range.clone(), found));
            }
        }
        for compiled in &self.rules {
            match compiled.rule.kind {
                RuleKind::Absence => findings.extend(absence_finding(compiled, document)),
                RuleKind::Section if compiled.rule.patterns.is_empty() => {
                    findings.extend(short_section_findings(compiled, document));
                }
                _ => {}
            }
        }
        let touches_topic = findings
            .iter()
            .any(|finding| finding.family != Family::CONS && finding.polarity != Polarity::Context);
        if !touches_topic {
            findings.retain(|finding| {
                self.rules
                    .iter()
                    .find(|compiled| compiled.rule.code == finding.code)
                    .is_none_or(|compiled| !compiled.rule.needs_topic)
            });
        }
        findings
            .sort_by(|a, b| (a.span.start, a.code.as_str()).cmp(&(b.span.start, b.code.as_str())));
        let mut assessments = crate::assess::assess(&findings);
        self.confidence.apply(&mut findings, &mut assessments);
        CheckResult {
            findings,
            assessments,
        }
    }

    fn sentence_finding(
        &self,
        compiled: &CompiledRule,
        document: &Document,
        sentence: Range<usize>,
        found: Range<usize>,
    ) -> Option<Finding> {
        let rule = &compiled.rule;
        let text = document.text.get(sentence.clone())?;
        if !compiled.requires.is_empty() && !compiled.requires.iter().any(|r| r.is_match(text)) {
            return None;
        }
        if compiled.unless.iter().any(|r| r.is_match(text)) {
            return None;
        }
        let start = sentence.start + found.start;
        let kind = document.kind_at(start);
        if !section_allowed(compiled, kind) {
            return None;
        }
        let sentence_strength = strength(text, found.start);
        if !rule.strength.is_empty() && !rule.strength.contains(&sentence_strength) {
            return None;
        }
        let stance = stance(text, found.start, sentence_strength);
        let mut polarity = rule.polarity;
        let negated = stance != Stance::Plain;
        match (stance, rule.negation) {
            (Stance::Plain, _) | (_, Negation::Keep) => {}
            (_, Negation::Drop) => return None,
            (Stance::Negated, Negation::Flip) => polarity = polarity.flipped(),
            (Stance::Countered, Negation::Flip) => {
                if polarity == Polarity::Risk {
                    polarity = Polarity::Mitigation;
                }
            }
        }
        // Considerations sections describe threats to explain them; without a requirement that is context.
        if kind.is_considerations()
            && polarity == Polarity::Risk
            && sentence_strength == Strength::None
        {
            polarity = Polarity::Context;
        }
        let quoted = is_quoted(text, found.start);
        let weight = section_weight(kind) * if quoted { 0.3 } else { 1.0 };
        Some(Finding::new(
            document,
            rule,
            polarity,
            start..sentence.start + found.end,
            sentence,
            sentence_strength,
            negated,
            weight,
        ))
    }
}

/// Whether a rule looks at text of this section kind.
fn section_allowed(compiled: &CompiledRule, kind: SectionKind) -> bool {
    if let Some(section) = compiled.section {
        return kind == section;
    }
    if !compiled.include.is_empty() {
        return compiled.include.contains(&kind);
    }
    if compiled.exclude.contains(&kind) {
        return false;
    }
    !matches!(
        kind,
        SectionKind::References | SectionKind::Boilerplate | SectionKind::Acknowledgements
    )
}

/// How much a finding in this kind of section says about the document's own design.
pub fn section_weight(kind: SectionKind) -> f32 {
    match kind {
        SectionKind::Abstract => 2.0,
        SectionKind::Introduction => 1.5,
        SectionKind::Body
        | SectionKind::SecurityConsiderations
        | SectionKind::PrivacyConsiderations
        | SectionKind::HumanRightsConsiderations
        | SectionKind::InternationalizationConsiderations
        | SectionKind::AccessibilityConsiderations => 1.0,
        SectionKind::Appendix => 0.5,
        SectionKind::Terminology | SectionKind::Examples | SectionKind::IanaConsiderations => 0.3,
        SectionKind::References | SectionKind::Boilerplate | SectionKind::Acknowledgements => 0.0,
    }
}

/// An `absence` rule: the document lacks a section kind (and its text shows it needs one).
fn absence_finding(compiled: &CompiledRule, document: &Document) -> Option<Finding> {
    let missing = compiled.missing?;
    if document.has_section(missing) || purpose_covers(document, missing) {
        return None;
    }
    let mut anchor = 0..0;
    if !compiled.when.is_empty() {
        let needed = compiled.rule.min_matches.unwrap_or(1).max(1);
        let mut count = 0;
        for regex in &compiled.when {
            for found in regex.find_iter(&document.text) {
                if section_allowed(compiled, document.kind_at(found.start)) {
                    if count == 0 {
                        anchor = found.clone();
                    }
                    count += 1;
                }
            }
        }
        if count < needed {
            return None;
        }
    }
    let sentence = sentence_around(&document.text, anchor.start);
    Some(Finding::new(
        document,
        &compiled.rule,
        compiled.rule.polarity,
        anchor,
        sentence,
        Strength::None,
        false,
        1.0,
    ))
}

/// Words in a title or abstract that say the whole document is about what a considerations section
/// of this kind would cover (a privacy analysis needs no separate Privacy Considerations section).
fn purpose_words(kind: SectionKind) -> Option<&'static str> {
    Some(match kind {
        SectionKind::PrivacyConsiderations => r"(?i)\bprivacy\b|\bpersonal (data|information)\b",
        SectionKind::HumanRightsConsiderations => {
            r"(?i)\bhuman rights\b|\b(pervasive|mass) (monitoring|surveillance)\b|\bcensorship\b"
        }
        SectionKind::AccessibilityConsiderations => {
            r"(?i)\baccessib(le|ility)\b|\bdeaf\b|\bhard of hearing\b|\bdisabilit(y|ies)\b"
        }
        SectionKind::InternationalizationConsiderations => r"(?i)\binternationali[sz]\w*|\bi18n\b",
        _ => return None,
    })
}

/// Whether the document's stated purpose (its title or abstract) is the subject of the missing
/// considerations section: then the whole document is that consideration.
fn purpose_covers(document: &Document, missing: SectionKind) -> bool {
    let Some(words) = purpose_words(missing) else {
        return false;
    };
    let Ok(regex) = regex::Regex::new(words) else {
        return false;
    };
    document
        .meta
        .title
        .as_deref()
        .is_some_and(|title| regex.is_match(title))
        || document
            .sections_of(SectionKind::Abstract)
            .any(|section| regex.is_match(document.section_text(section)))
}

/// A `section` rule with `min_words`: each top-level section of the kind that is too short.
fn short_section_findings(compiled: &CompiledRule, document: &Document) -> Vec<Finding> {
    let (Some(kind), Some(min_words)) = (compiled.section, compiled.rule.min_words) else {
        return Vec::new();
    };
    let mut findings = Vec::new();
    for section in document.sections_of(kind) {
        // Subsections are counted with their parent.
        let parent_same = document.sections.iter().any(|other| {
            other.depth < section.depth
                && other.kind == kind
                && other.range.start <= section.range.start
                && section.range.end <= other.range.end
        });
        if parent_same {
            continue;
        }
        let body = document.section_text(section);
        let words = body
            .split_whitespace()
            .count()
            .saturating_sub(section.title.split_whitespace().count() + 1);
        if words < min_words {
            let heading =
                section.range.start..section.range.start + body.lines().next().map_or(0, str::len);
            findings.push(Finding::new(
                document,
                &compiled.rule,
                compiled.rule.polarity,
                heading.clone(),
                heading,
                Strength::None,
                false,
                1.0,
            ));
        }
    }
    findings
}

/// The range of the sentence containing `offset` (the whole line when it is not in one).
fn sentence_around(text: &str, offset: usize) -> Range<usize> {
    sentences(text)
        .into_iter()
        .find(|range| range.start <= offset && offset < range.end.max(range.start + 1))
        .unwrap_or_else(|| {
            let end = text[offset.min(text.len())..]
                .find('\n')
                .map_or(text.len(), |index| offset + index);
            offset..end
        })
}

/// A short stable hash of a rule code and a sentence, insensitive to whitespace and case, so the
/// same finding is recognised in another revision or after re-wrapping.
pub fn fingerprint(code: &str, sentence: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(code.as_bytes());
    hasher.update(b"\0");
    for word in sentence.split_whitespace() {
        hasher.update(word.to_lowercase().as_bytes());
        hasher.update(b" ");
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purpose_words_cover_their_section() {
        let privacy = regex::Regex::new(
            purpose_words(SectionKind::PrivacyConsiderations).expect("privacy words"),
        )
        .expect("compiles");
        assert!(privacy.is_match("Privacy Considerations for DHCP"));
        assert!(!privacy.is_match("The Ident protocol"));
        let rights = regex::Regex::new(
            purpose_words(SectionKind::HumanRightsConsiderations).expect("rights words"),
        )
        .expect("compiles");
        assert!(rights.is_match("Opportunistic security against pervasive monitoring"));
        assert!(!rights.is_match("lawful intercept architecture"));
        assert!(purpose_words(SectionKind::SecurityConsiderations).is_none());
    }

    #[test]
    fn spaces_widen_outside_classes() {
        assert_eq!(widen_spaces("lawful intercept"), r"lawful\s+intercept");
        assert_eq!(widen_spaces("a[ ]b\\ c"), r"a[ ]b\ c");
    }

    #[test]
    fn fingerprints_ignore_wrapping() {
        assert_eq!(
            fingerprint("LI001", "The device  MUST\n   support interception."),
            fingerprint("LI001", "The device MUST support interception.")
        );
        assert_ne!(fingerprint("LI001", "a"), fingerprint("LI002", "a"));
    }
}
