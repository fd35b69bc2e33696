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

/// Parses a labels CSV; `*` in the family column expands to every family.
pub fn parse_labels(csv: &str) -> Result<Vec<Label>, String> {
    let mut labels = Vec::new();
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
        let why = fields.next().unwrap_or("").trim().to_string();
        let verdict = Verdict::from_name(verdict)
            .ok_or_else(|| format!("line {line_number}: unknown verdict `{verdict}`"))?;
        let families: Vec<Family> = if family.trim() == "*" {
            Family::ALL.to_vec()
        } else {
            vec![Family::from_code(family.trim())
                .ok_or_else(|| format!("line {line_number}: unknown family `{family}`"))?]
        };
        for family in families {
            labels.push(Label {
                document: document.trim().to_string(),
                family,
                verdict,
                why: why.clone(),
            });
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
}

impl Scores {
    fn add(&mut self, expected: Verdict, predicted: Verdict) {
        self.pairs += 1;
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
        let same_relevance = (label.verdict == Verdict::None) == (predicted == Verdict::None);
        let directed = |verdict: Verdict| {
            matches!(
                verdict,
                Verdict::Creates | Verdict::Mitigates | Verdict::Mixed
            )
        };
        let same_direction =
            !(directed(label.verdict) && directed(predicted)) || label.verdict == predicted;
        pairs.push(Judged {
            label: label.clone(),
            predicted: Some(predicted),
            agrees: same_relevance && same_direction,
        });
    }
    overall.finish();
    for scores in families.values_mut() {
        scores.finish();
    }
    Evaluation {
        overall,
        families,
        pairs,
        missing_documents,
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
