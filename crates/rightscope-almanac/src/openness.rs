//! How open each body is, against the WTO principles for international standards and a list of barriers to
//! taking part (issue 10, part 3).
//!
//! The Freedom Online Coalition's 2024 statement on technical standards and human rights recalls the WTO
//! principles (transparency, openness, impartiality and consensus, effectiveness and relevance, coherence, the
//! development dimension) and asks standards bodies to lower financial and cultural barriers and to enforce codes
//! of conduct. Each body's `[openness]` part rates it on each principle and each barrier, in a plain sentence or
//! two, with the body's own public pages as sources and the date they were checked.
//!
//! Ratings are deliberately coarse:
//! - a principle is [`PrincipleRating::Met`], [`PrincipleRating::Partly`] met, [`PrincipleRating::NotMet`], or
//!   [`PrincipleRating::Unclear`] when we could not confirm it from public pages;
//! - a barrier is [`BarrierLevel::None`], [`BarrierLevel::Low`] (it exists, but there is a free or cheap way
//!   around it), [`BarrierLevel::High`] (it keeps many people out), or [`BarrierLevel::Unclear`]. For the code of
//!   conduct and the human rights policy, the barrier is their absence: `none` means the body has one that
//!   applies to everyone, `high` that we know of none.
//!
//! Every rating maps to a [`Tone`] so that a page can colour a comparison table without knowing the scales.

use serde::{Deserialize, Serialize};

use crate::{Almanac, Body, Date};

/// The WTO TBT Committee's page on the six principles for the development of international standards.
pub const WTO_PRINCIPLES_URL: &str =
    "https://www.wto.org/english/tratop_e/tbt_e/principles_standards_tbt_e.htm";

/// One of the six WTO principles for the development of international standards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Principle {
    /// Work programmes, proposals and results are public, with time to comment.
    Transparency,
    /// Membership is open to all interested parties, without discrimination.
    Openness,
    /// Every party can contribute and is treated fairly; decisions by consensus.
    ImpartialityAndConsensus,
    /// Standards respond to real needs and do not hold back innovation.
    EffectivenessAndRelevance,
    /// The body avoids duplicating or contradicting other standards bodies.
    Coherence,
    /// The concerns of developing countries are taken into account, and they can take part.
    DevelopmentDimension,
}

impl Principle {
    /// Every principle, in the WTO's order.
    pub const ALL: [Principle; 6] = [
        Principle::Transparency,
        Principle::Openness,
        Principle::ImpartialityAndConsensus,
        Principle::EffectivenessAndRelevance,
        Principle::Coherence,
        Principle::DevelopmentDimension,
    ];

    /// The key as in the data files, e.g. `impartiality-and-consensus`.
    pub fn key(self) -> &'static str {
        match self {
            Principle::Transparency => "transparency",
            Principle::Openness => "openness",
            Principle::ImpartialityAndConsensus => "impartiality-and-consensus",
            Principle::EffectivenessAndRelevance => "effectiveness-and-relevance",
            Principle::Coherence => "coherence",
            Principle::DevelopmentDimension => "development-dimension",
        }
    }

    /// The English name, e.g. `Impartiality and consensus`.
    pub fn label(self) -> &'static str {
        match self {
            Principle::Transparency => "Transparency",
            Principle::Openness => "Openness",
            Principle::ImpartialityAndConsensus => "Impartiality and consensus",
            Principle::EffectivenessAndRelevance => "Effectiveness and relevance",
            Principle::Coherence => "Coherence",
            Principle::DevelopmentDimension => "Development dimension",
        }
    }

    /// The section name in [`Body::sections`], e.g. `openness.transparency`.
    fn section(self) -> &'static str {
        match self {
            Principle::Transparency => "openness.transparency",
            Principle::Openness => "openness.openness",
            Principle::ImpartialityAndConsensus => "openness.impartiality-and-consensus",
            Principle::EffectivenessAndRelevance => "openness.effectiveness-and-relevance",
            Principle::Coherence => "openness.coherence",
            Principle::DevelopmentDimension => "openness.development-dimension",
        }
    }
}

/// A barrier to taking part, as the FOC statement asks bodies to lower them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Barrier {
    /// A fee to become a member, when membership is needed to take part.
    MembershipFee,
    /// A fee to attend meetings.
    MeetingFee,
    /// Whether you must travel to take part.
    RemoteParticipation,
    /// Whether drafts and standards can be read for free.
    DocumentAccess,
    /// Whether work is only in one language.
    Language,
    /// Who decides, and whether outsiders have a say.
    DecisionRule,
    /// Whether a code of conduct protects participants (the barrier is its absence).
    CodeOfConduct,
    /// Whether the body reviews its work for human rights (the barrier is its absence).
    HumanRightsPolicy,
}

impl Barrier {
    /// Every barrier, in a fixed order: money first, then access, then culture and policy.
    pub const ALL: [Barrier; 8] = [
        Barrier::MembershipFee,
        Barrier::MeetingFee,
        Barrier::RemoteParticipation,
        Barrier::DocumentAccess,
        Barrier::Language,
        Barrier::DecisionRule,
        Barrier::CodeOfConduct,
        Barrier::HumanRightsPolicy,
    ];

    /// The key as in the data files, e.g. `meeting-fee`.
    pub fn key(self) -> &'static str {
        match self {
            Barrier::MembershipFee => "membership-fee",
            Barrier::MeetingFee => "meeting-fee",
            Barrier::RemoteParticipation => "remote-participation",
            Barrier::DocumentAccess => "document-access",
            Barrier::Language => "language",
            Barrier::DecisionRule => "decision-rule",
            Barrier::CodeOfConduct => "code-of-conduct",
            Barrier::HumanRightsPolicy => "human-rights-policy",
        }
    }

    /// The English name, e.g. `Meeting fee`.
    pub fn label(self) -> &'static str {
        match self {
            Barrier::MembershipFee => "Membership fee",
            Barrier::MeetingFee => "Meeting fee",
            Barrier::RemoteParticipation => "Remote participation",
            Barrier::DocumentAccess => "Access to documents",
            Barrier::Language => "Language",
            Barrier::DecisionRule => "Who decides",
            Barrier::CodeOfConduct => "Code of conduct",
            Barrier::HumanRightsPolicy => "Human rights policy",
        }
    }

    /// The section name in [`Body::sections`], e.g. `barrier.meeting-fee`.
    fn section(self) -> &'static str {
        match self {
            Barrier::MembershipFee => "barrier.membership-fee",
            Barrier::MeetingFee => "barrier.meeting-fee",
            Barrier::RemoteParticipation => "barrier.remote-participation",
            Barrier::DocumentAccess => "barrier.document-access",
            Barrier::Language => "barrier.language",
            Barrier::DecisionRule => "barrier.decision-rule",
            Barrier::CodeOfConduct => "barrier.code-of-conduct",
            Barrier::HumanRightsPolicy => "barrier.human-rights-policy",
        }
    }
}

/// How well a body follows a principle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PrincipleRating {
    /// The body's rules and practice follow the principle.
    Met,
    /// In part, or for some people or documents only.
    Partly,
    /// The rules or practice go against the principle.
    NotMet,
    /// We could not confirm it from public pages.
    Unclear,
}

/// How much a barrier keeps people out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BarrierLevel {
    /// No such barrier.
    None,
    /// The barrier exists, but there is a free or cheap way around it.
    Low,
    /// The barrier keeps many people out.
    High,
    /// We could not confirm it from public pages.
    Unclear,
}

/// A colour-free summary of any rating, for tables: good, mixed, poor or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tone {
    /// Principle met, or no barrier.
    Good,
    /// Principle partly met, or a low barrier.
    Mixed,
    /// Principle not met, or a high barrier.
    Poor,
    /// Not known.
    Unknown,
}

impl PrincipleRating {
    /// Every rating, best first.
    pub const ALL: [PrincipleRating; 4] = [
        PrincipleRating::Met,
        PrincipleRating::Partly,
        PrincipleRating::NotMet,
        PrincipleRating::Unclear,
    ];

    /// The key as in the data files, e.g. `not-met`.
    pub fn key(self) -> &'static str {
        match self {
            PrincipleRating::Met => "met",
            PrincipleRating::Partly => "partly",
            PrincipleRating::NotMet => "not-met",
            PrincipleRating::Unclear => "unclear",
        }
    }

    /// The English label, e.g. `Partly met`.
    pub fn label(self) -> &'static str {
        match self {
            PrincipleRating::Met => "Met",
            PrincipleRating::Partly => "Partly met",
            PrincipleRating::NotMet => "Not met",
            PrincipleRating::Unclear => "Unclear",
        }
    }

    /// Good, mixed, poor or unknown.
    pub fn tone(self) -> Tone {
        match self {
            PrincipleRating::Met => Tone::Good,
            PrincipleRating::Partly => Tone::Mixed,
            PrincipleRating::NotMet => Tone::Poor,
            PrincipleRating::Unclear => Tone::Unknown,
        }
    }
}

impl BarrierLevel {
    /// Every level, lowest barrier first.
    pub const ALL: [BarrierLevel; 4] = [
        BarrierLevel::None,
        BarrierLevel::Low,
        BarrierLevel::High,
        BarrierLevel::Unclear,
    ];

    /// The key as in the data files, e.g. `high`.
    pub fn key(self) -> &'static str {
        match self {
            BarrierLevel::None => "none",
            BarrierLevel::Low => "low",
            BarrierLevel::High => "high",
            BarrierLevel::Unclear => "unclear",
        }
    }

    /// The English label, e.g. `Low barrier`.
    pub fn label(self) -> &'static str {
        match self {
            BarrierLevel::None => "No barrier",
            BarrierLevel::Low => "Low barrier",
            BarrierLevel::High => "High barrier",
            BarrierLevel::Unclear => "Unclear",
        }
    }

    /// Good, mixed, poor or unknown.
    pub fn tone(self) -> Tone {
        match self {
            BarrierLevel::None => Tone::Good,
            BarrierLevel::Low => Tone::Mixed,
            BarrierLevel::High => Tone::Poor,
            BarrierLevel::Unclear => Tone::Unknown,
        }
    }
}

/// How a body does on one WTO principle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrincipleEntry {
    /// Which principle.
    pub principle: Principle,
    /// How well the body follows it.
    pub rating: PrincipleRating,
    /// One or two plain sentences that explain the rating.
    pub statement: String,
    /// Public pages of the body this is based on.
    pub sources: Vec<String>,
    /// When it was last checked.
    pub checked: Date,
}

/// How high one barrier is at a body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarrierEntry {
    /// Which barrier.
    pub barrier: Barrier,
    /// How much it keeps people out.
    pub level: BarrierLevel,
    /// One or two plain sentences that explain the level.
    pub statement: String,
    /// Public pages of the body this is based on.
    pub sources: Vec<String>,
    /// When it was last checked.
    pub checked: Date,
}

/// The `[openness]` part of a body: one entry per principle and one per barrier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpennessReport {
    /// One entry per WTO principle, in any order.
    pub principles: Vec<PrincipleEntry>,
    /// One entry per barrier, in any order.
    pub barriers: Vec<BarrierEntry>,
}

impl OpennessReport {
    /// The entry for this principle.
    pub fn principle(&self, principle: Principle) -> Option<&PrincipleEntry> {
        self.principles.iter().find(|e| e.principle == principle)
    }

    /// The entry for this barrier.
    pub fn barrier(&self, barrier: Barrier) -> Option<&BarrierEntry> {
        self.barriers.iter().find(|e| e.barrier == barrier)
    }

    /// Every entry's section name, date and sources, principles then barriers in data order.
    pub(crate) fn sections(&self) -> impl Iterator<Item = crate::SectionSources<'_>> {
        let principles = self.principles.iter().map(|e| crate::SectionSources {
            section: e.principle.section(),
            checked: e.checked,
            sources: &e.sources,
        });
        let barriers = self.barriers.iter().map(|e| crate::SectionSources {
            section: e.barrier.section(),
            checked: e.checked,
            sources: &e.sources,
        });
        principles.chain(barriers)
    }

    /// Missing and repeated principles and barriers.
    pub(crate) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for principle in Principle::ALL {
            let count = self
                .principles
                .iter()
                .filter(|e| e.principle == principle)
                .count();
            if count != 1 {
                problems.push(format!(
                    "openness.principles: {:?} appears {count} times, must appear once",
                    principle.key()
                ));
            }
        }
        for barrier in Barrier::ALL {
            let count = self
                .barriers
                .iter()
                .filter(|e| e.barrier == barrier)
                .count();
            if count != 1 {
                problems.push(format!(
                    "openness.barriers: {:?} appears {count} times, must appear once",
                    barrier.key()
                ));
            }
        }
        problems
    }
}

/// A row of the comparison table: a principle or a barrier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "kind", content = "key", rename_all = "kebab-case")]
pub enum Topic {
    /// A WTO principle.
    Principle(Principle),
    /// A barrier to taking part.
    Barrier(Barrier),
}

impl Topic {
    /// Every topic: the principles, then the barriers.
    pub fn all() -> impl Iterator<Item = Topic> {
        Principle::ALL
            .into_iter()
            .map(Topic::Principle)
            .chain(Barrier::ALL.into_iter().map(Topic::Barrier))
    }

    /// The key as in the data files.
    pub fn key(self) -> &'static str {
        match self {
            Topic::Principle(p) => p.key(),
            Topic::Barrier(b) => b.key(),
        }
    }

    /// The English name.
    pub fn label(self) -> &'static str {
        match self {
            Topic::Principle(p) => p.label(),
            Topic::Barrier(b) => b.label(),
        }
    }

    /// The Fluent id of the name, e.g. `sdo-label-principle-transparency`.
    pub fn label_id(self) -> String {
        match self {
            Topic::Principle(p) => format!("sdo-label-principle-{}", p.key()),
            Topic::Barrier(b) => format!("sdo-label-barrier-{}", b.key()),
        }
    }
}

/// A rating of either scale, as shown in one cell of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum Rating {
    /// The rating of a principle.
    Principle(PrincipleRating),
    /// The level of a barrier.
    Barrier(BarrierLevel),
}

impl Rating {
    /// The key as in the data files, e.g. `met`, `high`.
    pub fn key(self) -> &'static str {
        match self {
            Rating::Principle(r) => r.key(),
            Rating::Barrier(l) => l.key(),
        }
    }

    /// The English label, e.g. `Partly met`, `High barrier`.
    pub fn label(self) -> &'static str {
        match self {
            Rating::Principle(r) => r.label(),
            Rating::Barrier(l) => l.label(),
        }
    }

    /// The Fluent id of the label, e.g. `sdo-label-rating-met`, `sdo-label-level-high`.
    pub fn label_id(self) -> String {
        match self {
            Rating::Principle(r) => format!("sdo-label-rating-{}", r.key()),
            Rating::Barrier(l) => format!("sdo-label-level-{}", l.key()),
        }
    }

    /// Good, mixed, poor or unknown.
    pub fn tone(self) -> Tone {
        match self {
            Rating::Principle(r) => r.tone(),
            Rating::Barrier(l) => l.tone(),
        }
    }
}

/// One body's cell in a comparison row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparisonCell<'a> {
    /// The body's id, e.g. `ietf`.
    pub body_id: &'a str,
    /// The body's short name, e.g. `IETF`.
    pub short_name: &'a str,
    /// The rating or level.
    pub rating: Rating,
    /// The rating in one word for colours and icons.
    pub tone: Tone,
    /// The plain statement that explains it.
    pub statement: &'a str,
    /// Public pages it is based on.
    pub sources: &'a [String],
    /// When it was last checked.
    pub checked: Date,
}

/// One row of the comparison: a principle or barrier, with one cell per body in almanac order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparisonRow<'a> {
    /// The principle or barrier.
    pub topic: Topic,
    /// Its English name; translate with [`Topic::label_id`].
    pub label: &'static str,
    /// One cell per body, in the order of [`Almanac::bodies`].
    pub cells: Vec<ComparisonCell<'a>>,
}

impl Body {
    /// This body's rating on one principle or barrier.
    pub fn openness_cell(&self, topic: Topic) -> Option<ComparisonCell<'_>> {
        let (rating, statement, sources, checked) = match topic {
            Topic::Principle(p) => {
                let e = self.openness.principle(p)?;
                (
                    Rating::Principle(e.rating),
                    &e.statement,
                    &e.sources,
                    e.checked,
                )
            }
            Topic::Barrier(b) => {
                let e = self.openness.barrier(b)?;
                (
                    Rating::Barrier(e.level),
                    &e.statement,
                    &e.sources,
                    e.checked,
                )
            }
        };
        Some(ComparisonCell {
            body_id: &self.id,
            short_name: &self.short_name,
            rating,
            tone: rating.tone(),
            statement,
            sources,
            checked,
        })
    }
}

impl Almanac {
    /// The side-by-side comparison of every body: one row per principle then per barrier, one cell per body.
    /// A validated almanac has every cell; a body missing an entry is left out of that row.
    pub fn comparison(&self) -> Vec<ComparisonRow<'_>> {
        Topic::all()
            .map(|topic| ComparisonRow {
                topic,
                label: topic.label(),
                cells: self
                    .bodies()
                    .iter()
                    .filter_map(|b| b.openness_cell(topic))
                    .collect(),
            })
            .collect()
    }

    /// Every label of the comparison (topics and ratings) as `(message id, English text)`.
    pub fn openness_labels() -> Vec<(String, &'static str)> {
        let mut out: Vec<(String, &'static str)> =
            Topic::all().map(|t| (t.label_id(), t.label())).collect();
        out.extend(
            PrincipleRating::ALL
                .into_iter()
                .map(Rating::Principle)
                .chain(BarrierLevel::ALL.into_iter().map(Rating::Barrier))
                .map(|r| (r.label_id(), r.label())),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparison_has_every_topic_and_body() {
        let almanac = Almanac::bundled();
        let rows = almanac.comparison();
        assert_eq!(rows.len(), Principle::ALL.len() + Barrier::ALL.len());
        assert_eq!(rows[0].topic, Topic::Principle(Principle::Transparency));
        assert_eq!(rows[6].topic, Topic::Barrier(Barrier::MembershipFee));
        for row in &rows {
            let ids: Vec<&str> = row.cells.iter().map(|c| c.body_id).collect();
            let expected: Vec<&str> = almanac.bodies().iter().map(|b| b.id.as_str()).collect();
            assert_eq!(ids, expected, "{}", row.label);
            for cell in &row.cells {
                assert_eq!(cell.tone, cell.rating.tone());
                assert!(!cell.sources.is_empty());
                match (row.topic, cell.rating) {
                    (Topic::Principle(_), Rating::Principle(_))
                    | (Topic::Barrier(_), Rating::Barrier(_)) => {}
                    other => panic!("rating of the wrong scale: {other:?}"),
                }
            }
        }
        let fee = &rows[6];
        let cell = |id: &str| fee.cells.iter().find(|c| c.body_id == id).map(|c| c.rating);
        assert_eq!(cell("ietf"), Some(Rating::Barrier(BarrierLevel::None)));
        assert_eq!(cell("itu-t"), Some(Rating::Barrier(BarrierLevel::High)));
    }

    #[test]
    fn keys_match_serde_names() {
        for p in Principle::ALL {
            let json = format!("{:?}", toml_value(&p));
            assert!(json.contains(p.key()), "{json}");
        }
        for b in Barrier::ALL {
            let json = format!("{:?}", toml_value(&b));
            assert!(json.contains(b.key()), "{json}");
        }
        for r in PrincipleRating::ALL {
            assert!(format!("{:?}", toml_value(&r)).contains(r.key()));
        }
        for l in BarrierLevel::ALL {
            assert!(format!("{:?}", toml_value(&l)).contains(l.key()));
        }
    }

    fn toml_value<T: Serialize>(value: &T) -> String {
        #[derive(Serialize)]
        struct Wrap<'a, T> {
            v: &'a T,
        }
        toml::to_string(&Wrap { v: value }).unwrap_or_default()
    }

    #[test]
    fn missing_and_repeated_entries_are_refused() {
        let ietf = Almanac::bundled().body("ietf").expect("bundled");
        let mut report = ietf.openness.clone();
        report.principles.pop();
        let first = report.barriers[0].clone();
        report.barriers.push(first);
        let problems = report.problems();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("development-dimension"));
        assert!(problems[1].contains("membership-fee") && problems[1].contains("2 times"));
    }

    #[test]
    fn labels_have_unique_ids() {
        let labels = Almanac::openness_labels();
        let mut ids: Vec<&str> = labels.iter().map(|(id, _)| id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), labels.len());
        assert_eq!(labels.len(), 14 + 8);
    }
}
