//! Per-family assessment of a document from its findings.

use serde::Serialize;

use crate::finding::Finding;
use crate::rule::{Family, Polarity};

/// The overall stance of a document towards one family of risks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The document creates or enables the risk.
    Creates,
    /// The document protects against the risk.
    Mitigates,
    /// Both, substantively.
    Mixed,
    /// It discusses the risk without creating or mitigating it.
    Discusses,
    /// Nothing relevant.
    None,
}

impl Verdict {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Creates => "creates",
            Verdict::Mitigates => "mitigates",
            Verdict::Mixed => "mixed",
            Verdict::Discusses => "discusses",
            Verdict::None => "none",
        }
    }

    /// Parses a verdict name.
    pub fn from_name(name: &str) -> Option<Verdict> {
        [
            Verdict::Creates,
            Verdict::Mitigates,
            Verdict::Mixed,
            Verdict::Discusses,
            Verdict::None,
        ]
        .into_iter()
        .find(|verdict| verdict.as_str().eq_ignore_ascii_case(name.trim()))
    }
}

/// One family's verdict with the weights behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// The family.
    pub family: Family,
    /// The verdict.
    pub verdict: Verdict,
    /// Net score: mitigation weight minus risk weight.
    pub score: f32,
    /// Summed weight of risk findings.
    pub risk: f32,
    /// Summed weight of mitigation findings.
    pub mitigation: f32,
    /// Number of context findings.
    pub context: usize,
    /// Number of findings of the family.
    pub findings: usize,
    /// How likely people who read the whole document agree with the verdict (0–1, calibrated on the
    /// development labels; see `confidence.rs`).
    pub confidence: f32,
}

/// Weight a side needs to decide a verdict.
const DECIDES: f32 = 2.0;
/// Below this share of the stronger side, the weaker side does not make a verdict mixed.
const MIXED_SHARE: f32 = 0.4;
/// Weight of evidence that the document at least talks about the family.
const DISCUSSES: f32 = 1.0;

/// Families whose `creates` verdict means the document handles people's data in a way its
/// considerations have to answer (evaluation protocol §4).
const PRIVACY_RISKS: [Family; 3] = [Family::SURV, Family::ID, Family::ANON];

/// Assesses every family from a document's findings.
pub fn assess(findings: &[Finding]) -> Vec<Assessment> {
    let mut assessments = assess_each(findings);
    unanswered_risks(&mut assessments);
    assessments
}

/// Considerations that say nothing protective while the document creates a surveillance,
/// identification or anonymity risk have failed at their job: that is a `creates` for CONS, even
/// when no section is missing (RFC 2131's client identifier, RFC 5101's flow records).
fn unanswered_risks(assessments: &mut [Assessment]) {
    let creates = assessments
        .iter()
        .any(|a| PRIVACY_RISKS.contains(&a.family) && a.verdict == Verdict::Creates);
    if let Some(cons) = assessments.iter_mut().find(|a| a.family == Family::CONS) {
        if creates && cons.verdict == Verdict::None && cons.mitigation == 0.0 {
            cons.verdict = Verdict::Creates;
        }
    }
}

fn assess_each(findings: &[Finding]) -> Vec<Assessment> {
    Family::ALL
        .into_iter()
        .map(|family| {
            let mut risk = 0.0f32;
            let mut mitigation = 0.0f32;
            let mut context = 0usize;
            let mut count = 0usize;
            for finding in findings.iter().filter(|finding| finding.family == family) {
                count += 1;
                match finding.polarity {
                    Polarity::Risk => risk += finding.weight,
                    Polarity::Mitigation => mitigation += finding.weight,
                    Polarity::Context => context += 1,
                }
            }
            Assessment {
                family,
                verdict: family_verdict(family, verdict(risk, mitigation, context)),
                score: mitigation - risk,
                risk,
                mitigation,
                context,
                findings: count,
                confidence: 0.5,
            }
        })
        .collect()
}

/// The considerations family judges whether the sections are there and substantive: it creates, it
/// mitigates, or there is nothing at stake. Weak evidence (one short section, one absent one) is not a
/// discussion of a risk, so it reads `none` there.
fn family_verdict(family: Family, verdict: Verdict) -> Verdict {
    if family == Family::CONS && verdict == Verdict::Discusses {
        Verdict::None
    } else {
        verdict
    }
}

fn verdict(risk: f32, mitigation: f32, context: usize) -> Verdict {
    let stronger = risk.max(mitigation);
    let weaker = risk.min(mitigation);
    if stronger >= DECIDES {
        if weaker >= DECIDES && weaker >= MIXED_SHARE * stronger {
            return Verdict::Mixed;
        }
        return if risk >= mitigation {
            Verdict::Creates
        } else {
            Verdict::Mitigates
        };
    }
    if risk + mitigation + 0.5 * context as f32 >= DISCUSSES {
        Verdict::Discusses
    } else {
        Verdict::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_from_weights() {
        assert_eq!(verdict(0.0, 0.0, 0), Verdict::None);
        assert_eq!(verdict(3.0, 0.5, 0), Verdict::Creates);
        assert_eq!(verdict(0.0, 5.0, 2), Verdict::Mitigates);
        assert_eq!(verdict(4.0, 3.0, 0), Verdict::Mixed);
        assert_eq!(verdict(10.0, 2.0, 0), Verdict::Creates);
        assert_eq!(verdict(0.0, 0.0, 3), Verdict::Discusses);
    }

    fn assessment(family: Family, verdict: Verdict, mitigation: f32) -> Assessment {
        Assessment {
            family,
            verdict,
            score: mitigation,
            risk: 0.0,
            mitigation,
            context: 0,
            findings: 0,
            confidence: 0.5,
        }
    }

    #[test]
    fn considerations_silent_on_a_created_privacy_risk_create_one() {
        let cons_of = |others: Assessment, cons: Assessment| {
            let mut all = vec![others, cons];
            unanswered_risks(&mut all);
            all[1].verdict
        };
        let silent = || assessment(Family::CONS, Verdict::None, 0.0);
        assert_eq!(
            cons_of(assessment(Family::ID, Verdict::Creates, 0.0), silent()),
            Verdict::Creates
        );
        // A protective word in the considerations, a risk outside the privacy families, or a
        // privacy family that only discusses: no change.
        assert_eq!(
            cons_of(
                assessment(Family::SURV, Verdict::Creates, 0.0),
                assessment(Family::CONS, Verdict::None, 1.0)
            ),
            Verdict::None
        );
        assert_eq!(
            cons_of(assessment(Family::ENC, Verdict::Creates, 0.0), silent()),
            Verdict::None
        );
        assert_eq!(
            cons_of(assessment(Family::ANON, Verdict::Discusses, 0.0), silent()),
            Verdict::None
        );
    }

    #[test]
    fn considerations_never_merely_discuss() {
        assert_eq!(
            family_verdict(Family::CONS, Verdict::Discusses),
            Verdict::None
        );
        assert_eq!(
            family_verdict(Family::CONS, Verdict::Mitigates),
            Verdict::Mitigates
        );
        assert_eq!(
            family_verdict(Family::SURV, Verdict::Discusses),
            Verdict::Discusses
        );
    }
}
