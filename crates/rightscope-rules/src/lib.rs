//! The rightscope rule catalogue and engine: finds where a standards document creates or mitigates
//! human-rights risks, with evidence, and assesses each risk family.
//!
//! Rules are data (`rules/<FAMILY>/<CODE>.toml`); this crate is pure: documents in, findings out.

mod assess;
mod catalogue;
mod confidence;
mod context;
mod diff;
mod display;
mod engine;
mod evaluate;
mod finding;
mod locale;
mod pattern;
mod prefilter;
mod rule;
mod sentences;

pub use assess::{assess, Assessment, Verdict};
pub use catalogue::{Catalogue, CatalogueError, LoadedRule, RuleFileError, REDIRECTS};
pub use confidence::{
    agrees, calibrate, calibration, confirms, fit, Calibration, CalibrationBin, ConfidenceError,
    ConfidenceModel, ConfidenceReport, LabelledCheck, Logistic, FINDING_FEATURES, VERDICT_FEATURES,
};
pub use context::{stance, strength, Stance};
pub use diff::{diff, normalise_sentence, FamilyChange, Matched, RevisionDiff, CONTAINED, SIMILAR};
pub use display::{escaped, is_unsafe_char};
pub use engine::{fingerprint, section_weight, widen_spaces, CheckResult, Checker, EngineError};
pub use evaluate::{evaluate, parse_labels, Evaluation, Judged, Label, Scores};
pub use finding::Finding;
pub use locale::{is_supported_locale, rule_text, translated_message, TextField, LOCALES};
pub use pattern::Pattern;
pub use rule::{
    Family, Negation, Polarity, Rule, RuleKind, SectionFilter, Severity, Strength, QUESTIONS,
    THREATS,
};
pub use sentences::sentences;
