//! Measures verdicts against hand-made labels (`document,family,verdict,why`; family `*` means every
//! family): per-family precision and recall of "relevant" (verdict ≠ none) and accuracy of direction.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::assess::{Assessment, Verdict};
use crate::rule::Family;

/// One labelled (document, family) pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    /// Document name as in the corpus (`rfc3924`).
    pub document: String,
    /// The family judged.
    pub family: Family,
    /// The expected verdict.
    pub verdict: Verdict,
    /// Why, in the labeller's words.
    pub why: String,
}

/// Longest document name: a name is a file stem, and file names have at most 255 bytes.
const MAX_DOCUMENT_NAME: usize = 255;

/// A field as shown in an error: escaped, at most 40 characters.
fn shown(text: &str) -> String {
    crate::escaped(text, 40)
}

/// A `document`, `family` or `verdict` field: trimmed, its surrounding quotes removed; a quote
/// that is not closed is an error.
fn unquote<'a>(field: &'a str, column: &str, line_number: usize) -> Result<&'a str, String> {
    let field = field.trim();
    match field.strip_prefix('"') {
        Some(rest) => rest.strip_suffix('"').map(str::trim).ok_or_else(|| {
            format!("line {line_number}: the {column} column opens a quote that is not closed")
        }),
        None => Ok(field),
    }
}

/// Parses a labels CSV. A row whose family is `*` labels every family that the same document has no row of
/// its own for, wherever that row is in the file; two rows for the same document and family are an error.
pub fn parse_labels(csv: &str) -> Result<Vec<Label>, String> {
    let mut explicit: Vec<(Label, usize)> = Vec::new();
    let mut defaults: Vec<(String, Verdict, String, usize)> = Vec::new();
    for (index, line) in csv.lines().enumerate() {
        let line_number = index + 1;
        if line.trim().is_empty() || (index == 0 && line.starts_with("document,")) {
            continue;
        }
        let mut fields = line.splitn(4, ',');
        let (Some(document), Some(family), Some(verdict)) =
            (fields.next(), fields.next(), fields.next())
        else {
            return Err(format!(
                "line {line_number}: expected document,family,verdict,why"
            ));
        };
        let document = unquote(document, "document", line_number)?.to_string();
        let family = unquote(family, "family", line_number)?;
        let verdict = unquote(verdict, "verdict", line_number)?;
        if let Some(c) = document.chars().find(|&c| crate::is_unsafe_char(c)) {
            return Err(format!(
                "line {line_number}: the document name holds a control or bidirectional-override character (U+{:04X})",
                u32::from(c)
            ));
        }
        if document.len() > MAX_DOCUMENT_NAME {
            return Err(format!(
                "line {line_number}: the document name is {} bytes long; a name is a file stem of at most {MAX_DOCUMENT_NAME} bytes",
                document.len()
            ));
        }
        // Free text: control and bidi characters become U+FFFD so the JSON report shows none raw.
        let why: String = fields
            .next()
            .unwrap_or("")
            .trim()
            .chars()
            .map(|c| {
                if crate::is_unsafe_char(c) {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect();
        let verdict = Verdict::from_name(verdict)
            .ok_or_else(|| format!("line {line_number}: unknown verdict `{}`", shown(verdict)))?;
        if family == "*" {
            if let Some((.., first)) = defaults.iter().find(|default| default.0 == document) {
                return Err(format!(
                    "line {line_number}: a second `*` row for {document} (the first is line {first})"
                ));
            }
            defaults.push((document, verdict, why, line_number));
            continue;
        }
        let family = Family::from_code(family)
            .ok_or_else(|| format!("line {line_number}: unknown family `{}`", shown(family)))?;
        if let Some((_, first)) = explicit
            .iter()
            .find(|(label, _)| label.document == document && label.family == family)
        {
            return Err(format!(
                "line {line_number}: {document} {} is already labelled on line {first}",
                family.as_str()
            ));
        }
        explicit.push((
            Label {
                document,
                family,
                verdict,
                why,
            },
            line_number,
        ));
    }
    let mut labels: Vec<Label> = explicit.into_iter().map(|(label, _)| label).collect();
    for (document, verdict, why, _) in defaults {
        for family in Family::ALL {
            let labelled = labels
                .iter()
                .any(|label| label.document == document && label.family == family);
            if !labelled {
                labels.push(Label {
                    document: document.clone(),
                    family,
                    verdict,
                    why: why.clone(),
                });
            }
        }
    }
    Ok(labels)
}

/// Counts for one family (or overall).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Pairs judged.
    pub pairs: usize,
    /// Relevant and predicted relevant.
    pub true_positives: usize,
    /// Not relevant but predicted relevant.
    pub false_positives: usize,
    /// Relevant but predicted none.
    pub false_negatives: usize,
    /// Precision of "relevant".
    pub precision: f64,
    /// Recall of "relevant".
    pub recall: f64,
    /// F1 of "relevant".
    pub f1: f64,
    /// Pairs whose expected and predicted verdicts both have a direction (creates, mitigates, mixed).
    pub directed: usize,
    /// Of those, how many have the same verdict.
    pub direction_correct: usize,
    /// `direction_correct / directed`.
    pub direction_accuracy: f64,
    /// How many pairs had each expected verdict (outer key) and predicted verdict (inner key).
    pub confusion: BTreeMap<Verdict, BTreeMap<Verdict, usize>>,
}

impl Scores {
    fn add(&mut self, expected: Verdict, predicted: Verdict) {
        self.pairs += 1;
        *self
            .confusion
            .entry(expected)
            .or_default()
            .entry(predicted)
            .or_default() += 1;
        let relevant = expected != Verdict::None;
        let predicted_relevant = predicted != Verdict::None;
        match (relevant, predicted_relevant) {
            (true, true) => self.true_positives += 1,
            (false, true) => self.false_positives += 1,
            (true, false) => self.false_negatives += 1,
            (false, false) => {}
        }
        let directed = |verdict: Verdict| {
            matches!(
                verdict,
                Verdict::Creates | Verdict::Mitigates | Verdict::Mixed
            )
        };
        if directed(expected) && directed(predicted) {
            self.directed += 1;
            if expected == predicted {
                self.direction_correct += 1;
            }
        }
    }

    fn finish(&mut self) {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        self.precision = ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        );
        self.recall = ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        );
        self.f1 = if self.precision + self.recall == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        };
        self.direction_accuracy = ratio(self.direction_correct, self.directed);
    }
}

/// One labelled pair with the engine's verdict, for error analysis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Judged {
    /// The label.
    pub label: Label,
    /// The engine's verdict (`None` when the document was not found).
    pub predicted: Option<Verdict>,
    /// Whether it agrees on relevance and, where both are directed, on direction.
    pub agrees: bool,
}

/// The evaluation of a label set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Overall (micro-averaged) scores.
    pub overall: Scores,
    /// Scores per family that has labels.
    pub families: BTreeMap<Family, Scores>,
    /// Every pair, for error analysis.
    pub pairs: Vec<Judged>,
    /// Labelled documents that were not found or could not be read.
    pub missing_documents: Vec<String>,
    /// Documents labelled `none` for every family.
    pub irrelevant_documents: usize,
    /// Of those, the ones the engine gave a `creates` verdict for some family (should be none).
    pub irrelevant_with_creates: Vec<String>,
    /// How well the stated confidences match the labels, where findings were scored too.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calibration: Option<crate::confidence::ConfidenceReport>,
}

/// Scores predictions (assessments per document name) against labels.
pub fn evaluate(labels: &[Label], predictions: &HashMap<String, Vec<Assessment>>) -> Evaluation {
    let mut overall = Scores::default();
    let mut families: BTreeMap<Family, Scores> = BTreeMap::new();
    let mut pairs = Vec::new();
    let mut missing_documents = Vec::new();
    for label in labels {
        let Some(assessments) = predictions.get(&label.document) else {
            if !missing_documents.contains(&label.document) {
                missing_documents.push(label.document.clone());
            }
            pairs.push(Judged {
                label: label.clone(),
                predicted: None,
                agrees: false,
            });
            continue;
        };
        let predicted = assessments
            .iter()
            .find(|assessment| assessment.family == label.family)
            .map_or(Verdict::None, |assessment| assessment.verdict);
        overall.add(label.verdict, predicted);
        families
            .entry(label.family)
            .or_default()
            .add(label.verdict, predicted);
        pairs.push(Judged {
            label: label.clone(),
            predicted: Some(predicted),
            agrees: crate::confidence::agrees(label.verdict, predicted),
        });
    }
    overall.finish();
    for scores in families.values_mut() {
        scores.finish();
    }
    let mut irrelevant: Vec<&str> = labels.iter().map(|label| label.document.as_str()).collect();
    irrelevant.sort_unstable();
    irrelevant.dedup();
    irrelevant.retain(|document| {
        labels
            .iter()
            .filter(|label| label.document == *document)
            .all(|label| label.verdict == Verdict::None)
    });
    let irrelevant_with_creates = irrelevant
        .iter()
        .filter(|document| {
            predictions.get(**document).is_some_and(|assessments| {
                assessments
                    .iter()
                    .any(|assessment| assessment.verdict == Verdict::Creates)
            })
        })
        .map(|document| document.to_string())
        .collect();
    Evaluation {
        overall,
        families,
        pairs,
        missing_documents,
        irrelevant_documents: irrelevant.len(),
        irrelevant_with_creates,
        calibration: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assessment(family: Family, verdict: Verdict) -> Assessment {
        Assessment {
            family,
            verdict,
            score: 0.0,
            risk: 0.0,
            mitigation: 0.0,
            context: 0,
            findings: 0,
            confidence: 0.5,
        }
    }

    #[test]
    fn labels_expand_star_and_score() {
        let labels =
            parse_labels("document,family,verdict,why\nrfc1,LI,creates,x\nrfc2,*,none,keywords\n")
                .expect("valid");
        assert_eq!(labels.len(), 13);
        let mut predictions = HashMap::new();
        predictions.insert(
            "rfc1".to_string(),
            vec![assessment(Family::LI, Verdict::Creates)],
        );
        predictions.insert(
            "rfc2".to_string(),
            vec![assessment(Family::ENC, Verdict::Discusses)],
        );
        let evaluation = evaluate(&labels, &predictions);
        assert_eq!(evaluation.overall.true_positives, 1);
        assert_eq!(evaluation.overall.false_positives, 1);
        assert!((evaluation.overall.precision - 0.5).abs() < 1e-9);
        assert!((evaluation.overall.recall - 1.0).abs() < 1e-9);
        assert_eq!(evaluation.overall.direction_accuracy, 1.0);
        assert_eq!(
            evaluation.overall.confusion[&Verdict::None][&Verdict::Discusses],
            1
        );
        assert_eq!(
            evaluation.overall.confusion[&Verdict::None][&Verdict::None],
            11
        );
        assert_eq!(evaluation.irrelevant_documents, 1);
        assert!(evaluation.irrelevant_with_creates.is_empty());
    }

    #[test]
    fn a_star_row_labels_only_the_families_left_open() {
        let labels = parse_labels("rfc1,*,none,about codecs\nrfc1,ENC,mitigates,TLS required\n")
            .expect("valid");
        assert_eq!(labels.len(), Family::ALL.len());
        let verdict_of = |family: Family| {
            labels
                .iter()
                .find(|label| label.family == family)
                .map(|label| label.verdict)
        };
        assert_eq!(verdict_of(Family::ENC), Some(Verdict::Mitigates));
        assert_eq!(verdict_of(Family::SURV), Some(Verdict::None));
        let twice = parse_labels("rfc1,LI,creates,a\nrfc1,LI,none,b\n").expect_err("duplicate");
        assert!(
            twice.contains("line 2") && twice.contains("line 1"),
            "{twice}"
        );
        let two_stars = parse_labels("rfc1,*,none,a\nrfc1,*,none,b\n").expect_err("two stars");
        assert!(two_stars.contains("line 2"), "{two_stars}");
    }

    #[test]
    fn bad_rows_are_named() {
        assert!(parse_labels("rfc1,XX,creates,x")
            .expect_err("bad family")
            .contains("line 1"));
        assert!(parse_labels("rfc1,LI,maybe,x")
            .expect_err("bad verdict")
            .contains("unknown verdict"));
    }
}
