//! Calibrated confidence: how often a finding, and a family verdict, agreed with people who read the
//! whole document. Two logistic models, fitted on the development labels by `rightscope eval
//! --fit-confidence` and shipped as data (`confidence.toml`); the engine only evaluates them.
//!
//! A finding is *confirmed* when the labellers judged its family relevant to the document in a direction
//! the finding supports (a risk finding under `creates`, `mixed` or `discusses`; a mitigation under
//! `mitigates`, `mixed` or `discusses`). A verdict *agrees* when it has the labelled relevance and, where
//! both have a direction, the labelled direction: the two figures `rightscope eval` reports.

use std::collections::{BTreeMap, HashMap, HashSet};

use rightscope_doc::SectionKind;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::assess::{Assessment, Verdict};
use crate::engine::section_weight;
use crate::finding::Finding;
use crate::rule::{Family, Polarity, RuleKind, Strength};

/// The model shipped with the catalogue.
const SHIPPED: &str = include_str!("../confidence.toml");

/// Names of the finding model's inputs, in order; a model file must list the same.
pub const FINDING_FEATURES: [&str; 14] = [
    "bias",
    "rule-prior-logit",
    "in-abstract",
    "in-introduction",
    "in-considerations",
    "in-minor-section",
    "requirement",
    "negated",
    "quoted",
    "context-only",
    "whole-document-rule",
    "family-findings-log",
    "family-in-purpose",
    "family-sections-log",
];

/// Names of the verdict model's inputs, in order; a model file must list the same.
pub const VERDICT_FEATURES: [&str; 13] = [
    "bias",
    "creates",
    "mitigates",
    "mixed",
    "discusses",
    "relevant-weight-log",
    "relevant-findings-log",
    "relevant-best-finding",
    "relevant-purpose",
    "relevant-decisiveness",
    "none-findings-log",
    "none-best-finding",
    "none-purpose",
];

/// Pseudo-count pulling a rule's confirmed share towards its family's.
const PRIOR_STRENGTH: f64 = 3.0;
/// L2 penalty on every weight but the bias.
const PENALTY: f64 = 1.0;

/// A model file that does not fit the code.
#[derive(Debug, Error)]
pub enum ConfidenceError {
    /// Not valid TOML of the expected shape.
    #[error("the confidence model is not valid: {0}")]
    Format(String),
    /// Its inputs are not the ones this version computes.
    #[error("the confidence model's {model} inputs are {found:?}, this version computes {expected:?}: refit it with `rightscope eval --fit-confidence`")]
    Features {
        /// `finding` or `verdict`.
        model: &'static str,
        /// What the file lists.
        found: Vec<String>,
        /// What the code computes.
        expected: Vec<String>,
    },
}

/// One logistic model: named inputs and their weights.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Logistic {
    /// Input names, in order.
    pub features: Vec<String>,
    /// One weight per input.
    pub weights: Vec<f64>,
}

impl Logistic {
    fn probability(&self, inputs: &[f64]) -> f64 {
        let z: f64 = self.weights.iter().zip(inputs).map(|(w, x)| w * x).sum();
        sigmoid(z)
    }

    fn untrained(names: &[&str]) -> Logistic {
        Logistic {
            features: names.iter().map(|name| name.to_string()).collect(),
            weights: vec![0.0; names.len()],
        }
    }
}

/// How the shipped model was fitted, for the file's readers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// The labels it was fitted on.
    pub labels: String,
    /// Findings it learnt from.
    pub findings: usize,
    /// (document, family) pairs it learnt from.
    pub pairs: usize,
}

/// Both models and the per-rule priors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfidenceModel {
    /// How it was fitted.
    pub fitted: Provenance,
    /// Share of each family's findings that were confirmed.
    pub family_prior: BTreeMap<String, f64>,
    /// Share of each rule's findings that were confirmed, pulled towards its family's share.
    pub rule_prior: BTreeMap<String, f64>,
    /// The finding model.
    pub finding: Logistic,
    /// The verdict model.
    pub verdict: Logistic,
}

impl ConfidenceModel {
    /// The model shipped in `confidence.toml`.
    pub fn shipped() -> Result<ConfidenceModel, ConfidenceError> {
        ConfidenceModel::from_toml(SHIPPED)
    }

    /// Reads a model file and checks that its inputs are the ones this version computes.
    pub fn from_toml(text: &str) -> Result<ConfidenceModel, ConfidenceError> {
        let model: ConfidenceModel =
            toml::from_str(text).map_err(|error| ConfidenceError::Format(error.to_string()))?;
        check_features("finding", &model.finding, &FINDING_FEATURES)?;
        check_features("verdict", &model.verdict, &VERDICT_FEATURES)?;
        Ok(model)
    }

    /// The model as a file, with a header saying what it is.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!(
            "# Confidence model for rightscope's findings and verdicts (crates/rightscope-rules/src/confidence.rs).\n\
             # Generated by `rightscope eval {} --fit-confidence FILE`; do not edit by hand.\n\n{body}",
            self.fitted.labels
        )
    }

    /// A model that says 0.5 everywhere (every weight zero).
    pub fn untrained() -> ConfidenceModel {
        ConfidenceModel {
            fitted: Provenance::default(),
            family_prior: BTreeMap::new(),
            rule_prior: BTreeMap::new(),
            finding: Logistic::untrained(&FINDING_FEATURES),
            verdict: Logistic::untrained(&VERDICT_FEATURES),
        }
    }

    fn prior(&self, code: &str, family: Family) -> f64 {
        self.rule_prior
            .get(code)
            .or_else(|| self.family_prior.get(family.as_str()))
            .copied()
            .unwrap_or(0.5)
    }

    /// Sets the confidence of every finding, then of every verdict.
    pub fn apply(&self, findings: &mut [Finding], assessments: &mut [Assessment]) {
        let document = DocumentSignals::of(findings);
        for finding in findings.iter_mut() {
            let inputs = finding_inputs(
                finding,
                self.prior(&finding.code, finding.family),
                &document,
            );
            finding.confidence = round(self.finding.probability(&inputs));
        }
        self.rate_with(findings, assessments, &document);
    }

    /// Sets the confidence of every verdict from findings whose confidence is already set (also after
    /// some findings were filtered out and the families assessed again).
    pub fn rate_verdicts(&self, findings: &[Finding], assessments: &mut [Assessment]) {
        self.rate_with(findings, assessments, &DocumentSignals::of(findings));
    }

    fn rate_with(
        &self,
        findings: &[Finding],
        assessments: &mut [Assessment],
        document: &DocumentSignals,
    ) {
        for assessment in assessments.iter_mut() {
            let inputs = verdict_inputs(assessment, findings, document);
            assessment.confidence = round(self.verdict.probability(&inputs));
        }
    }
}

fn check_features(
    model: &'static str,
    logistic: &Logistic,
    expected: &[&str],
) -> Result<(), ConfidenceError> {
    if logistic
        .features
        .iter()
        .map(String::as_str)
        .ne(expected.iter().copied())
        || logistic.weights.len() != expected.len()
    {
        return Err(ConfidenceError::Features {
            model,
            found: logistic.features.clone(),
            expected: expected.iter().map(|name| name.to_string()).collect(),
        });
    }
    Ok(())
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

fn logit(p: f64) -> f64 {
    let p = p.clamp(0.02, 0.98);
    (p / (1.0 - p)).ln()
}

/// Two decimals: more would claim a precision the labels do not have.
fn round(p: f64) -> f32 {
    ((p * 100.0).round() / 100.0) as f32
}

/// What the whole document says about each family, shared by its findings.
#[derive(Debug, Default)]
struct DocumentSignals {
    /// Findings per family.
    count: HashMap<Family, usize>,
    /// Distinct sections per family.
    sections: HashMap<Family, usize>,
    /// Families with a passage in the abstract or introduction: the document's stated purpose.
    purpose: HashSet<Family>,
}

impl DocumentSignals {
    fn of(findings: &[Finding]) -> DocumentSignals {
        let mut signals = DocumentSignals::default();
        let mut sections: HashSet<(Family, Option<&str>)> = HashSet::new();
        for finding in findings {
            *signals.count.entry(finding.family).or_default() += 1;
            sections.insert((finding.family, finding.section.as_deref()));
            if finding.kind != RuleKind::Absence
                && matches!(
                    finding.section_kind,
                    SectionKind::Abstract | SectionKind::Introduction
                )
            {
                signals.purpose.insert(finding.family);
            }
        }
        for (family, _) in sections {
            *signals.sections.entry(family).or_default() += 1;
        }
        signals
    }

    fn findings(&self, family: Family) -> f64 {
        self.count.get(&family).copied().unwrap_or(0) as f64
    }

    fn sections(&self, family: Family) -> f64 {
        self.sections.get(&family).copied().unwrap_or(0) as f64
    }

    fn in_purpose(&self, family: Family) -> f64 {
        flag(self.purpose.contains(&family))
    }
}

fn flag(value: bool) -> f64 {
    if value {
        1.0
    } else {
        0.0
    }
}

fn finding_inputs(finding: &Finding, prior: f64, document: &DocumentSignals) -> Vec<f64> {
    let kind = finding.section_kind;
    let quoted = finding.kind != RuleKind::Absence
        && finding.weight + 1e-3 < section_weight(kind)
        && section_weight(kind) > 0.0;
    vec![
        1.0,
        logit(prior),
        flag(kind == SectionKind::Abstract),
        flag(kind == SectionKind::Introduction),
        flag(kind.is_considerations()),
        flag(matches!(
            kind,
            SectionKind::Appendix
                | SectionKind::Terminology
                | SectionKind::Examples
                | SectionKind::IanaConsiderations
        )),
        flag(finding.strength != Strength::None),
        flag(finding.negated),
        flag(quoted),
        flag(finding.polarity == Polarity::Context),
        flag(finding.kind == RuleKind::Absence),
        document.findings(finding.family).ln_1p(),
        document.in_purpose(finding.family),
        document.sections(finding.family).ln_1p(),
    ]
}

fn verdict_inputs(
    assessment: &Assessment,
    findings: &[Finding],
    document: &DocumentSignals,
) -> Vec<f64> {
    let family = assessment.family;
    let best = findings
        .iter()
        .filter(|finding| finding.family == family)
        .map(|finding| f64::from(finding.confidence))
        .fold(0.0, f64::max);
    let relevant = flag(assessment.verdict != Verdict::None);
    let none = 1.0 - relevant;
    let weight = f64::from(assessment.risk + assessment.mitigation);
    let decisiveness = if weight > 0.0 {
        f64::from((assessment.risk - assessment.mitigation).abs()) / weight
    } else {
        0.0
    };
    let count = document.findings(family).ln_1p();
    let purpose = document.in_purpose(family);
    vec![
        1.0,
        flag(assessment.verdict == Verdict::Creates),
        flag(assessment.verdict == Verdict::Mitigates),
        flag(assessment.verdict == Verdict::Mixed),
        flag(assessment.verdict == Verdict::Discusses),
        relevant * weight.ln_1p(),
        relevant * count,
        relevant * best,
        relevant * purpose,
        relevant * decisiveness,
        none * count,
        none * best,
        none * purpose,
    ]
}

/// Whether people's verdict confirms a finding of this polarity.
pub fn confirms(label: Verdict, polarity: Polarity) -> bool {
    match label {
        Verdict::None => false,
        Verdict::Mixed | Verdict::Discusses => true,
        Verdict::Creates => polarity != Polarity::Mitigation,
        Verdict::Mitigates => polarity != Polarity::Risk,
    }
}

/// Whether a verdict agrees with people's: same relevance and, where both have one, same direction.
pub fn agrees(label: Verdict, predicted: Verdict) -> bool {
    let directed = |verdict: Verdict| {
        matches!(
            verdict,
            Verdict::Creates | Verdict::Mitigates | Verdict::Mixed
        )
    };
    (label == Verdict::None) == (predicted == Verdict::None)
        && (!(directed(label) && directed(predicted)) || label == predicted)
}

/// One checked document with its labels, to learn from.
#[derive(Debug, Clone)]
pub struct LabelledCheck {
    /// The document's name.
    pub document: String,
    /// Its findings (any confidence).
    pub findings: Vec<Finding>,
    /// Its assessments.
    pub assessments: Vec<Assessment>,
    /// People's verdict per family.
    pub labels: HashMap<Family, Verdict>,
}

/// Fits both models on labelled checks. A rule's prior for a finding is computed without the finding's
/// own document, so the finding model learns how far a prior from *other* documents carries.
pub fn fit(checks: &[LabelledCheck], labels_name: &str) -> ConfidenceModel {
    // (rule, document) -> (findings, confirmed)
    let mut per_rule: HashMap<(&str, &str), (f64, f64)> = HashMap::new();
    let mut rule_totals: HashMap<&str, (f64, f64, Family)> = HashMap::new();
    let mut family_totals: HashMap<Family, (f64, f64)> = HashMap::new();
    for check in checks {
        for finding in &check.findings {
            let Some(&label) = check.labels.get(&finding.family) else {
                continue;
            };
            let confirmed = flag(confirms(label, finding.polarity));
            let entry = per_rule
                .entry((finding.code.as_str(), check.document.as_str()))
                .or_default();
            entry.0 += 1.0;
            entry.1 += confirmed;
            let total =
                rule_totals
                    .entry(finding.code.as_str())
                    .or_insert((0.0, 0.0, finding.family));
            total.0 += 1.0;
            total.1 += confirmed;
            let family = family_totals.entry(finding.family).or_default();
            family.0 += 1.0;
            family.1 += confirmed;
        }
    }
    let family_rate = |family: Family, less: (f64, f64)| {
        let (n, k) = family_totals.get(&family).copied().unwrap_or_default();
        (k - less.1 + 1.0) / (n - less.0 + 2.0)
    };
    let smoothed = |code: &str, less: (f64, f64)| {
        let (n, k, family) = rule_totals
            .get(code)
            .copied()
            .unwrap_or((0.0, 0.0, Family::CONS));
        let base = family_rate(family, less);
        (k - less.1 + PRIOR_STRENGTH * base) / (n - less.0 + PRIOR_STRENGTH)
    };
    let mut finding_rows = Vec::new();
    let mut finding_targets = Vec::new();
    for check in checks {
        let signals = DocumentSignals::of(&check.findings);
        for finding in &check.findings {
            let Some(&label) = check.labels.get(&finding.family) else {
                continue;
            };
            let own = per_rule
                .get(&(finding.code.as_str(), check.document.as_str()))
                .copied()
                .unwrap_or_default();
            finding_rows.push(finding_inputs(
                finding,
                smoothed(&finding.code, own),
                &signals,
            ));
            finding_targets.push(confirms(label, finding.polarity));
        }
    }
    let mut model = ConfidenceModel {
        fitted: Provenance {
            labels: labels_name.to_string(),
            findings: finding_rows.len(),
            pairs: 0,
        },
        family_prior: family_totals
            .keys()
            .map(|&family| {
                (
                    family.as_str().to_string(),
                    three(family_rate(family, (0.0, 0.0))),
                )
            })
            .collect(),
        rule_prior: rule_totals
            .keys()
            .map(|&code| (code.to_string(), three(smoothed(code, (0.0, 0.0)))))
            .collect(),
        finding: Logistic {
            features: FINDING_FEATURES
                .iter()
                .map(|name| name.to_string())
                .collect(),
            weights: logistic_regression(&finding_rows, &finding_targets),
        },
        verdict: Logistic::untrained(&VERDICT_FEATURES),
    };
    // Findings rated as an unseen document's would be: priors without the document's own findings.
    let rated: Vec<Vec<Finding>> = checks
        .iter()
        .map(|check| {
            let mut findings = check.findings.clone();
            let signals = DocumentSignals::of(&findings);
            for finding in &mut findings {
                let own = per_rule
                    .get(&(finding.code.as_str(), check.document.as_str()))
                    .copied()
                    .unwrap_or_default();
                let inputs = finding_inputs(finding, smoothed(&finding.code, own), &signals);
                finding.confidence = round(model.finding.probability(&inputs));
            }
            findings
        })
        .collect();
    let mut verdict_rows = Vec::new();
    let mut verdict_targets = Vec::new();
    for (check, findings) in checks.iter().zip(&rated) {
        let signals = DocumentSignals::of(findings);
        for assessment in &check.assessments {
            let Some(&label) = check.labels.get(&assessment.family) else {
                continue;
            };
            verdict_rows.push(verdict_inputs(assessment, findings, &signals));
            verdict_targets.push(agrees(label, assessment.verdict));
        }
    }
    model.fitted.pairs = verdict_rows.len();
    model.verdict.weights = logistic_regression(&verdict_rows, &verdict_targets);
    model
}

fn three(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// Penalised logistic regression by Newton's method (a handful of inputs, a few thousand rows).
fn logistic_regression(rows: &[Vec<f64>], targets: &[bool]) -> Vec<f64> {
    let width = rows.first().map_or(0, Vec::len);
    let mut weights = vec![0.0; width];
    for _ in 0..50 {
        let mut gradient = vec![0.0; width];
        let mut hessian = vec![vec![0.0; width]; width];
        for (row, &target) in rows.iter().zip(targets) {
            let z: f64 = weights.iter().zip(row).map(|(w, x)| w * x).sum();
            let p = sigmoid(z);
            let error = p - flag(target);
            let curvature = (p * (1.0 - p)).max(1e-9);
            for i in 0..width {
                gradient[i] += error * row[i];
                for j in 0..width {
                    hessian[i][j] += curvature * row[i] * row[j];
                }
            }
        }
        for i in 1..width {
            gradient[i] += PENALTY * weights[i];
            hessian[i][i] += PENALTY;
        }
        hessian[0][0] += 1e-6;
        let Some(step) = solve(hessian, gradient) else {
            break;
        };
        let mut largest: f64 = 0.0;
        for (weight, delta) in weights.iter_mut().zip(&step) {
            *weight -= delta;
            largest = largest.max(delta.abs());
        }
        if largest < 1e-8 {
            break;
        }
    }
    weights
        .iter()
        .map(|&w| (w * 10_000.0).round() / 10_000.0)
        .collect()
}

/// Solves `matrix · x = vector` by Gaussian elimination with partial pivoting.
fn solve(mut matrix: Vec<Vec<f64>>, mut vector: Vec<f64>) -> Option<Vec<f64>> {
    let n = vector.len();
    for column in 0..n {
        let pivot = (column..n)
            .max_by(|&a, &b| matrix[a][column].abs().total_cmp(&matrix[b][column].abs()))?;
        if matrix[pivot][column].abs() < 1e-12 {
            return None;
        }
        matrix.swap(column, pivot);
        vector.swap(column, pivot);
        for row in column + 1..n {
            let factor = matrix[row][column] / matrix[column][column];
            let pivot_row = matrix[column].clone();
            for (cell, above) in matrix[row].iter_mut().zip(&pivot_row).skip(column) {
                *cell -= factor * above;
            }
            vector[row] -= factor * vector[column];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let tail: f64 = (row + 1..n).map(|k| matrix[row][k] * x[k]).sum();
        x[row] = (vector[row] - tail) / matrix[row][row];
    }
    Some(x)
}

/// How well stated confidences match how often they were right.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Calibration {
    /// Items scored.
    pub items: usize,
    /// Mean squared difference between confidence and outcome (0 is perfect; 0.25 is a coin).
    pub brier: f64,
    /// Expected calibration error over the bins: the mean gap between stated and observed, weighted by
    /// how many items fall in each bin.
    pub expected_calibration_error: f64,
    /// Reliability table: ten bins of stated confidence.
    pub bins: Vec<CalibrationBin>,
}

/// One bin of a reliability table.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CalibrationBin {
    /// Lower edge of stated confidence (inclusive).
    pub from: f64,
    /// Upper edge (exclusive, but 1.0 is in the last bin).
    pub to: f64,
    /// Items in the bin.
    pub items: usize,
    /// Their mean stated confidence.
    pub stated: f64,
    /// The share that were right.
    pub observed: f64,
}

/// Calibration of both kinds of statement over a labelled set.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ConfidenceReport {
    /// Verdicts: was the verdict's relevance and direction the labelled one.
    pub verdicts: Calibration,
    /// Findings: did the labels confirm the finding's family and direction.
    pub findings: Calibration,
}

/// Scores the confidences the checks carry against their labels.
pub fn calibrate(checks: &[LabelledCheck]) -> ConfidenceReport {
    let mut verdicts = Vec::new();
    let mut findings = Vec::new();
    for check in checks {
        for assessment in &check.assessments {
            if let Some(&label) = check.labels.get(&assessment.family) {
                verdicts.push((assessment.confidence, agrees(label, assessment.verdict)));
            }
        }
        for finding in &check.findings {
            if let Some(&label) = check.labels.get(&finding.family) {
                findings.push((finding.confidence, confirms(label, finding.polarity)));
            }
        }
    }
    ConfidenceReport {
        verdicts: calibration(&verdicts),
        findings: calibration(&findings),
    }
}

/// Scores (confidence, was right) pairs.
pub fn calibration(outcomes: &[(f32, bool)]) -> Calibration {
    const BINS: usize = 10;
    let mut bins: Vec<CalibrationBin> = (0..BINS)
        .map(|bin| CalibrationBin {
            from: bin as f64 / BINS as f64,
            to: (bin + 1) as f64 / BINS as f64,
            ..CalibrationBin::default()
        })
        .collect();
    let mut brier = 0.0;
    for &(confidence, right) in outcomes {
        let stated = f64::from(confidence);
        brier += (stated - flag(right)).powi(2);
        let index = ((stated * BINS as f64) as usize).min(BINS - 1);
        if let Some(bin) = bins.get_mut(index) {
            bin.items += 1;
            bin.stated += stated;
            bin.observed += flag(right);
        }
    }
    let items = outcomes.len();
    let mut gap = 0.0;
    for bin in &mut bins {
        if bin.items > 0 {
            bin.stated /= bin.items as f64;
            bin.observed /= bin.items as f64;
            gap += bin.items as f64 * (bin.stated - bin.observed).abs();
        }
    }
    let share = |total: f64| {
        if items == 0 {
            0.0
        } else {
            total / items as f64
        }
    };
    Calibration {
        items,
        brier: share(brier),
        expected_calibration_error: share(gap),
        bins,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_fits_the_code() {
        let model = ConfidenceModel::shipped().expect("confidence.toml matches the features");
        assert!(model.fitted.findings > 0, "the shipped model was fitted");
        let again = ConfidenceModel::from_toml(&model.to_toml()).expect("round trip");
        assert_eq!(again, model);
    }

    #[test]
    fn a_model_with_other_inputs_is_refused_with_the_refit_command() {
        let mut model = ConfidenceModel::untrained();
        model.finding.features.pop();
        model.finding.weights.pop();
        let error = ConfidenceModel::from_toml(&model.to_toml()).expect_err("features differ");
        assert!(error.to_string().contains("--fit-confidence"), "{error}");
    }

    #[test]
    fn regression_learns_a_separable_signal() {
        // Input 1 decides the outcome 90 % of the time.
        let mut rows = Vec::new();
        let mut targets = Vec::new();
        for i in 0..200 {
            let on = i % 2 == 0;
            rows.push(vec![1.0, flag(on)]);
            // One row in ten of each group goes the other way.
            targets.push(if i % 20 < 2 { !on } else { on });
        }
        let weights = logistic_regression(&rows, &targets);
        let on = sigmoid(weights[0] + weights[1]);
        let off = sigmoid(weights[0]);
        // The penalty pulls both a little towards the middle.
        assert!((0.8..0.95).contains(&on), "on {on}");
        assert!((0.05..0.2).contains(&off), "off {off}");
    }

    #[test]
    fn calibration_of_honest_and_overconfident_statements() {
        let honest: Vec<(f32, bool)> = (0..100).map(|i| (0.7, i % 10 < 7)).collect();
        let scored = calibration(&honest);
        assert!(scored.expected_calibration_error < 1e-6);
        assert!((scored.brier - 0.21).abs() < 1e-6, "{}", scored.brier);
        let overconfident: Vec<(f32, bool)> = (0..100).map(|i| (0.95, i % 2 == 0)).collect();
        let scored = calibration(&overconfident);
        assert!((scored.expected_calibration_error - 0.45).abs() < 1e-6);
        assert_eq!(scored.bins[9].items, 100);
        assert!((scored.bins[9].observed - 0.5).abs() < 1e-9);
    }

    #[test]
    fn what_confirms_a_finding() {
        assert!(confirms(Verdict::Creates, Polarity::Risk));
        assert!(!confirms(Verdict::Creates, Polarity::Mitigation));
        assert!(confirms(Verdict::Mitigates, Polarity::Mitigation));
        assert!(!confirms(Verdict::Mitigates, Polarity::Risk));
        assert!(confirms(Verdict::Discusses, Polarity::Risk));
        assert!(!confirms(Verdict::None, Polarity::Context));
        assert!(agrees(Verdict::Mixed, Verdict::Mixed));
        assert!(!agrees(Verdict::Creates, Verdict::Mitigates));
        assert!(agrees(Verdict::Discusses, Verdict::Creates));
        assert!(!agrees(Verdict::None, Verdict::Discusses));
    }
}
