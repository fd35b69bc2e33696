//! What a rule is: the fields of a rule file (`rules/<FAMILY>/<CODE>.toml`).

use serde::{Deserialize, Serialize};

/// The twelve risk families of the taxonomy (DESIGN §2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Family {
    /// Surveillance and monitoring.
    SURV,
    /// Lawful interception.
    LI,
    /// Weakened encryption.
    ENC,
    /// Anonymity and pseudonymity.
    ANON,
    /// Permanent identifiers.
    ID,
    /// Censorship and filtering.
    CENS,
    /// Traffic manipulation.
    TRAF,
    /// Centralisation and gatekeeping.
    CENT,
    /// Accessibility.
    A11Y,
    /// Internationalisation and localisation.
    I18N,
    /// Groups at risk.
    GROUP,
    /// Considerations sections.
    CONS,
}

impl Family {
    /// Every family, in the taxonomy's order.
    pub const ALL: [Family; 12] = [
        Family::SURV,
        Family::LI,
        Family::ENC,
        Family::ANON,
        Family::ID,
        Family::CENS,
        Family::TRAF,
        Family::CENT,
        Family::A11Y,
        Family::I18N,
        Family::GROUP,
        Family::CONS,
    ];

    /// The family code (`SURV`).
    pub fn as_str(self) -> &'static str {
        match self {
            Family::SURV => "SURV",
            Family::LI => "LI",
            Family::ENC => "ENC",
            Family::ANON => "ANON",
            Family::ID => "ID",
            Family::CENS => "CENS",
            Family::TRAF => "TRAF",
            Family::CENT => "CENT",
            Family::A11Y => "A11Y",
            Family::I18N => "I18N",
            Family::GROUP => "GROUP",
            Family::CONS => "CONS",
        }
    }

    /// The family's name in plain words.
    pub fn title(self) -> &'static str {
        match self {
            Family::SURV => "surveillance and monitoring",
            Family::LI => "lawful interception",
            Family::ENC => "weakened encryption",
            Family::ANON => "anonymity and pseudonymity",
            Family::ID => "permanent identifiers",
            Family::CENS => "censorship and filtering",
            Family::TRAF => "traffic manipulation",
            Family::CENT => "centralisation and gatekeeping",
            Family::A11Y => "accessibility",
            Family::I18N => "internationalisation and localisation",
            Family::GROUP => "groups at risk",
            Family::CONS => "considerations sections",
        }
    }

    /// Parses a family code, case-insensitively.
    pub fn from_code(code: &str) -> Option<Family> {
        Family::ALL
            .into_iter()
            .find(|family| family.as_str().eq_ignore_ascii_case(code))
    }
}

impl std::fmt::Display for Family {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which way a finding points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// The text creates or enables the risk.
    Risk,
    /// The text protects against the risk.
    Mitigation,
    /// The text discusses the risk without creating or mitigating it.
    Context,
}

impl Polarity {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Risk => "risk",
            Polarity::Mitigation => "mitigation",
            Polarity::Context => "context",
        }
    }

    /// The opposite direction; context stays context.
    pub fn flipped(self) -> Polarity {
        match self {
            Polarity::Risk => Polarity::Mitigation,
            Polarity::Mitigation => Polarity::Risk,
            Polarity::Context => Polarity::Context,
        }
    }
}

/// How loudly a finding is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Worth a look before publication.
    Warning,
    /// A serious human-rights risk.
    Error,
}

impl Severity {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses `info`, `warning` or `error`.
    pub fn from_name(name: &str) -> Option<Severity> {
        match name.to_ascii_lowercase().as_str() {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// How a rule looks at a document (Vale-style kinds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleKind {
    /// Patterns matched sentence by sentence.
    Pattern,
    /// Something the document lacks: a section kind, optionally only when its text matches `when`.
    Absence,
    /// Patterns or a length check inside one section kind.
    Section,
}

/// The BCP 14 strength of a sentence (RFC 2119, RFC 8174).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Strength {
    /// MUST, SHALL, REQUIRED.
    #[serde(rename = "MUST")]
    Must,
    /// MUST NOT, SHALL NOT.
    #[serde(rename = "MUST NOT")]
    MustNot,
    /// SHOULD, RECOMMENDED.
    #[serde(rename = "SHOULD")]
    Should,
    /// SHOULD NOT, NOT RECOMMENDED.
    #[serde(rename = "SHOULD NOT")]
    ShouldNot,
    /// MAY, OPTIONAL.
    #[serde(rename = "MAY")]
    May,
    /// No BCP 14 keyword in the sentence.
    #[serde(rename = "NONE")]
    None,
}

impl Strength {
    /// The keyword as written in rule files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Strength::Must => "MUST",
            Strength::MustNot => "MUST NOT",
            Strength::Should => "SHOULD",
            Strength::ShouldNot => "SHOULD NOT",
            Strength::May => "MAY",
            Strength::None => "NONE",
        }
    }

    /// Whether the keyword itself negates (MUST NOT, SHOULD NOT).
    pub fn is_negative(self) -> bool {
        matches!(self, Strength::MustNot | Strength::ShouldNot)
    }
}

/// What a negated sentence ("does not provide interception", "MUST NOT include the MAC") does to a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Negation {
    /// The finding points the other way (risk ↔ mitigation).
    #[default]
    Flip,
    /// The finding is dropped.
    Drop,
    /// Negation does not change the finding.
    Keep,
}

/// Section kinds a rule looks at or skips.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SectionFilter {
    /// Only these section kinds (empty: all but the excluded).
    #[serde(default)]
    pub include: Vec<String>,
    /// Never these section kinds (References and Boilerplate are always skipped unless included).
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// One rule, as written in its TOML file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable code: family plus three digits (`ENC003`). Never reused.
    pub code: String,
    /// Unique kebab-case name (`optional-encryption`).
    pub name: String,
    /// Risk family.
    pub family: Family,
    /// Which way a match points before context is taken into account.
    pub polarity: Polarity,
    /// How loudly a finding is reported.
    pub severity: Severity,
    /// How the rule looks at a document.
    pub kind: RuleKind,
    /// Regular expressions; a sentence matching any of them fires the rule. A space stands for any run of
    /// whitespace, so phrases match across line breaks.
    #[serde(default)]
    pub patterns: Vec<String>,
    /// The sentence must also match one of these.
    #[serde(default)]
    pub requires: Vec<String>,
    /// The sentence must match none of these.
    #[serde(default)]
    pub unless: Vec<String>,
    /// BCP 14 strengths the sentence must have (empty: any).
    #[serde(default)]
    pub strength: Vec<Strength>,
    /// What negation does.
    #[serde(default)]
    pub negation: Negation,
    /// Section kinds looked at or skipped.
    #[serde(default)]
    pub sections: SectionFilter,
    /// `section` rules: the section kind looked at.
    #[serde(default)]
    pub section: Option<String>,
    /// `section` rules without patterns: fires when the section has fewer words than this.
    #[serde(default)]
    pub min_words: Option<usize>,
    /// `absence` rules: fires when the document has no section of this kind.
    #[serde(default)]
    pub missing: Option<String>,
    /// `absence` rules: …and only when the document's text matches one of these…
    #[serde(default)]
    pub when: Vec<String>,
    /// …at least this many times (default 1).
    #[serde(default)]
    pub min_matches: Option<usize>,
    /// Fires only in documents that touch a human-rights topic: another family has a risk or a
    /// mitigation. A one-line Security Considerations section is fine in a document about keywords.
    #[serde(default)]
    pub needs_topic: bool,
    /// RFC 9620 guideline questions the rule touches.
    pub questions: Vec<String>,
    /// RFC 6973 privacy threats the rule touches.
    #[serde(default)]
    pub threats: Vec<String>,
    /// One plain-language sentence: what the finding means.
    pub summary: String,
    /// Why it matters for people, in two to four plain sentences.
    pub why: String,
    /// What an author can do.
    pub fix: String,
    /// A sentence that fires the rule.
    pub example: String,
    /// Sources: RFCs, W3C documents, the FOC statement.
    pub references: Vec<String>,
}

/// The RFC 9620 guideline questions, in the order of RFC 9620 §4 (DESIGN §2.3).
pub const QUESTIONS: [&str; 21] = [
    "connectivity",
    "reliability",
    "content-agnosticism",
    "localization",
    "internationalization",
    "open-standards",
    "heterogeneity",
    "integrity",
    "authenticity",
    "confidentiality",
    "security",
    "privacy",
    "pseudonymity",
    "anonymity",
    "censorship-resistance",
    "outcome-transparency",
    "adaptability",
    "accessibility",
    "decentralization",
    "remedy",
    "misc",
];

/// The RFC 6973 privacy threats (§5).
pub const THREATS: [&str; 9] = [
    "surveillance",
    "stored-data-compromise",
    "intrusion",
    "misattribution",
    "correlation",
    "identification",
    "secondary-use",
    "disclosure",
    "exclusion",
];
