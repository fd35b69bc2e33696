//! The SDO almanac: how to take part in each standards body, as bundled, sourced, translatable facts.
//!
//! One TOML file per body in `data/` is compiled in with `include_str!` and parsed at first use. Every section
//! of a body says when it was checked and against which public pages. URLs here are only ever rendered as links;
//! nothing in this crate fetches anything.
//!
//! ```
//! let almanac = rightscope_almanac::Almanac::bundled();
//! let ietf = almanac.body("ietf").expect("IETF is bundled");
//! assert_eq!(ietf.short_name, "IETF");
//! let channels = almanac.comment_channels("ietf", Some("httpbis"));
//! assert!(channels.iter().any(|c| c.target == "httpbis@ietf.org"));
//!
//! // How open each body is, side by side: one row per WTO principle and per barrier.
//! use rightscope_almanac::{BarrierLevel, Rating, Tone};
//! let rows = almanac.comparison();
//! let fee = rows.iter().find(|r| r.topic.key() == "membership-fee").expect("a row per barrier");
//! assert_eq!(fee.cells[0].body_id, "ietf");
//! assert_eq!(fee.cells[0].rating, Rating::Barrier(BarrierLevel::None));
//! assert_eq!(fee.cells[0].tone, Tone::Good);
//! ```

mod date;
mod openness;
mod texts;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use date::{Date, DateError};
pub use openness::{
    Barrier, BarrierEntry, BarrierLevel, ComparisonCell, ComparisonRow, OpennessReport, Principle,
    PrincipleEntry, PrincipleRating, Rating, Tone, Topic, WTO_PRINCIPLES_URL,
};
pub use texts::message_id;

/// The bundled data files, by file name.
const BUNDLED: &[(&str, &str)] = &[
    ("ietf.toml", include_str!("../data/ietf.toml")),
    ("irtf.toml", include_str!("../data/irtf.toml")),
    ("w3c.toml", include_str!("../data/w3c.toml")),
    ("itu-t.toml", include_str!("../data/itu-t.toml")),
    ("etsi.toml", include_str!("../data/etsi.toml")),
    ("3gpp.toml", include_str!("../data/3gpp.toml")),
    ("ieee-802.toml", include_str!("../data/ieee-802.toml")),
];

/// Placeholder for the working group name in `wg_channels` targets.
pub const WG_PLACEHOLDER: &str = "{wg}";

/// Errors from loading almanac data.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A data file is not valid TOML or does not have the expected fields.
    #[error("{file}: {source}")]
    Parse {
        /// The data file.
        file: String,
        /// What the TOML parser said, with line and column.
        #[source]
        source: toml::de::Error,
    },
    /// A data file parsed but breaks a rule (empty field, non-https URL, duplicate id, …).
    #[error("{file}: {}", .problems.join("; "))]
    Invalid {
        /// The data file.
        file: String,
        /// Every problem found, each naming the field.
        problems: Vec<String>,
    },
}

/// All bodies of the almanac.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Almanac {
    bodies: Vec<Body>,
}

impl Almanac {
    /// The almanac compiled into this crate, parsed on first use.
    ///
    /// # Panics
    /// If the bundled data is invalid; the crate's tests check it, so this means a broken build.
    pub fn bundled() -> &'static Almanac {
        match Self::try_bundled() {
            Ok(almanac) => almanac,
            Err(error) => panic!("bundled almanac data is invalid: {error}"),
        }
    }

    /// The bundled almanac, or why its data is invalid.
    pub fn try_bundled() -> Result<&'static Almanac, &'static Error> {
        static ALMANAC: OnceLock<Result<Almanac, Error>> = OnceLock::new();
        ALMANAC.get_or_init(|| Self::from_files(BUNDLED)).as_ref()
    }

    /// Parses and checks data files given as `(file name, TOML text)` pairs.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Almanac, Error> {
        let mut bodies = Vec::with_capacity(files.len());
        let mut names = BTreeSet::new();
        for (file, text) in files {
            let body: Body = toml::from_str(text).map_err(|source| Error::Parse {
                file: (*file).to_owned(),
                source,
            })?;
            let mut problems = body.problems();
            for name in std::iter::once(&body.id).chain(&body.aliases) {
                if !names.insert(name.to_ascii_lowercase()) {
                    problems.push(format!("id or alias {name:?} is used by another body"));
                }
            }
            if !problems.is_empty() {
                return Err(Error::Invalid {
                    file: (*file).to_owned(),
                    problems,
                });
            }
            bodies.push(body);
        }
        Ok(Almanac { bodies })
    }

    /// Every body, in the order of the bundled files.
    pub fn bodies(&self) -> &[Body] {
        &self.bodies
    }

    /// The body with this id or alias, ignoring case (`"ietf"`, `"ITU-T"`, `"ieee"`).
    pub fn body(&self, id: &str) -> Option<&Body> {
        let id = id.trim();
        self.bodies.iter().find(|b| {
            b.id.eq_ignore_ascii_case(id) || b.aliases.iter().any(|a| a.eq_ignore_ascii_case(id))
        })
    }

    /// The almanac in another language: every body [`Body::localized`] with `lookup`.
    pub fn localized(&self, lookup: impl Fn(&str) -> Option<String>) -> Almanac {
        Almanac {
            bodies: self.bodies.iter().map(|b| b.localized(&lookup).0).collect(),
        }
    }

    /// Where to comment on a document of `sdo`, most specific first: the group's own channels when `wg` is a
    /// valid group name, then the body's general channels. Empty for an unknown body.
    pub fn comment_channels(&self, sdo: &str, wg: Option<&str>) -> Vec<Channel> {
        self.body(sdo)
            .map(|b| b.comment_channels(wg))
            .unwrap_or_default()
    }
}

/// One standards body: who it is and how to take part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Stable lowercase id, e.g. `ietf`, `itu-t`, `ieee-802`.
    pub id: String,
    /// Other names that find this body, e.g. `itu` for ITU-T.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Short name, e.g. `IETF`.
    pub short_name: String,
    /// Full name, e.g. `Internet Engineering Task Force`.
    pub full_name: String,
    /// Home page.
    pub website: String,
    /// A warning to show readers about the data (e.g. that fees change).
    #[serde(default)]
    pub caveat: Option<String>,
    /// What the body is.
    pub about: About,
    /// How to take part.
    pub participate: Participate,
    /// What taking part costs.
    pub cost: Cost,
    /// Whether documents are public.
    pub documents: Documents,
    /// Whether meetings and mailing lists are open.
    pub meetings: Meetings,
    /// Remote participation.
    pub remote: Remote,
    /// How decisions are made.
    pub decisions: Decisions,
    /// Human rights, ethics and conduct policies.
    pub ethics: Ethics,
    /// Where and how to comment on a document.
    pub comments: Comments,
    /// How long comment periods usually are.
    pub comment_window: CommentWindow,
    /// How the body does on the WTO principles and on barriers to taking part.
    pub openness: OpennessReport,
}

/// What the body is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    /// Two or three plain sentences.
    pub description: String,
    /// When this section was last checked.
    pub checked: Date,
    /// Public pages this section is based on.
    pub sources: Vec<String>,
}

/// How to take part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participate {
    /// One or two sentences.
    pub summary: String,
    /// Steps, in order.
    pub steps: Vec<String>,
    /// When this section was last checked.
    pub checked: Date,
    /// Public pages this section is based on.
    pub sources: Vec<String>,
}

/// What taking part costs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    /// One sentence.
    pub summary: String,
    /// Membership fees.
    pub membership: String,
    /// Meeting fees.
    pub meetings: String,
    /// Fee waivers, reductions and travel support.
    pub waivers: String,
    /// When this section was last checked.
    pub checked: Date,
    /// Public pages this section is based on.
    pub sources: Vec<String>,
}

/// How open something is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Openness {
    /// Open to anyone, free.
    Yes,
    /// Open in part, or to some people only.
    Partly,
    /// Members only.
    No,
}

/// Whether documents are public.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Documents {
    /// Whether drafts can be read by anyone.
    pub drafts_public: Openness,
    /// Whether final standards are free to read.
    pub final_free: Openness,
    /// Plain explanation.
    pub summary: String,
    /// When this section was last checked.
    pub checked: Date,
    /// Public pages this section is based on.
    pub sources: Vec<String>,
}

/// Whether meetings and mailing lists are open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meetings {
    /// Whether anyone can attend meetings.
    pub meetings_open: Openness,
    /// Whether anyone can read and post to the mailing lists.
    pub mailing_lists_open: Openness,
    /// Plain explanation.
    pub summary: String,
    /// When this section was last checked.
    pub checked: Date,
    /// Public pages this section is based on.
    pub sources: Vec<String>,
}

/// Remote participation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remote {
    /// Whether people can take part without travelling.
    pub available: Openness,
    /// Plain explanation.
    pub summary: String,
    /// When this section was last checked.
    pub checked: Date,
    /// Public pages this section is based on.
    pub sources: Vec<String>,
}

/// The kind of decision process, for filters and icons; the summary explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecisionProcess {
    /// Rough consensus judged by chairs, no voting (IETF, IRTF).
    RoughConsensus,
    /// Consensus, with votes by members when needed (W3C, 3GPP, IEEE).
    ConsensusAndMemberVotes,
    /// Consensus, with final approval by national standards bodies (ETSI European Standards).
    ConsensusAndNationalVotes,
    /// Consensus, with approval by governments for some documents (ITU-T).
    ConsensusAndMemberStateApproval,
}

/// How decisions are made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decisions {
    /// The kind of process.
    pub process: DecisionProcess,
    /// Plain explanation.
    pub summary: String,
    /// How to appeal or object.
    #[serde(default)]
    pub appeals: Option<String>,
    /// When this section was last checked.
    pub checked: Date,
    /// Public pages this section is based on.
    pub sources: Vec<String>,
}

/// A titled link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// What the link is.
    pub title: String,
    /// Where it points (https).
    pub url: String,
}

/// Human rights, ethics and conduct policies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ethics {
    /// Plain explanation.
    pub summary: String,
    /// The policies and groups, as links.
    pub policies: Vec<Link>,
    /// When this section was last checked.
    pub checked: Date,
    /// Public pages this section is based on.
    pub sources: Vec<String>,
}

/// What kind of channel a comment goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    /// An email list; the target is an address.
    MailingList,
    /// A web page; the target is a URL.
    Web,
    /// GitHub issues; the target is a URL.
    Github,
    /// A liaison statement between standards bodies; the target is a URL explaining it.
    Liaison,
    /// A person or organisation to contact; the target is a URL explaining who.
    Contact,
}

/// A channel as written in the data; the target may contain [`WG_PLACEHOLDER`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelTemplate {
    /// The kind of channel.
    pub kind: ChannelKind,
    /// Short label.
    pub label: String,
    /// Email address or https URL.
    pub target: String,
    /// One sentence of advice.
    pub note: String,
}

/// Where and how to comment on a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comments {
    /// Plain explanation.
    pub summary: String,
    /// Channels for any document of the body.
    pub channels: Vec<ChannelTemplate>,
    /// Channels of one working group, with `{wg}` in their targets.
    #[serde(default)]
    pub wg_channels: Vec<ChannelTemplate>,
    /// Prefixes removed from a group name before it fills `{wg}` (e.g. `802.` so `802.11` gives `11`).
    #[serde(default)]
    pub wg_strip_prefix: Vec<String>,
    /// When this section was last checked.
    pub checked: Date,
    /// Public pages this section is based on.
    pub sources: Vec<String>,
}

/// How long comment periods usually are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommentWindow {
    /// Plain explanation, with the rules' own words for the periods.
    pub summary: String,
    /// The usual minimum in days, when there is one.
    #[serde(default)]
    pub typical_days: Option<u32>,
    /// When this section was last checked.
    pub checked: Date,
    /// Public pages this section is based on.
    pub sources: Vec<String>,
}

/// One place to send a comment, ready to render as a link (never fetched).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Channel {
    /// The kind of channel.
    pub kind: ChannelKind,
    /// Short label.
    pub label: String,
    /// Email address or URL, as shown.
    pub target: String,
    /// Link for the target: `mailto:` for mailing lists, else the URL.
    pub href: String,
    /// One sentence of advice.
    pub note: String,
}

/// The checked date and sources of one section, for review dashboards and tests.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SectionSources<'a> {
    /// Section name as in the data file, e.g. `cost`.
    pub section: &'static str,
    /// When it was last checked.
    pub checked: Date,
    /// Public pages it is based on.
    pub sources: &'a [String],
}

impl Body {
    /// Every section's checked date and sources, in file order; each openness entry is its own section, named
    /// like `openness.transparency` or `barrier.meeting-fee`.
    pub fn sections(&self) -> Vec<SectionSources<'_>> {
        macro_rules! section {
            ($field:ident) => {
                SectionSources {
                    section: stringify!($field),
                    checked: self.$field.checked,
                    sources: &self.$field.sources,
                }
            };
        }
        [
            section!(about),
            section!(participate),
            section!(cost),
            section!(documents),
            section!(meetings),
            section!(remote),
            section!(decisions),
            section!(ethics),
            section!(comments),
            section!(comment_window),
        ]
        .into_iter()
        .chain(self.openness.sections())
        .collect()
    }

    /// The oldest `checked` date of any section: how fresh the whole entry is.
    pub fn oldest_check(&self) -> Date {
        self.sections()
            .iter()
            .map(|s| s.checked)
            .min()
            .unwrap_or(self.about.checked)
    }

    /// Every URL in the entry (website, sources, policies, web channels), for link checks.
    pub fn urls(&self) -> Vec<&str> {
        let mut urls = vec![self.website.as_str()];
        for section in self.sections() {
            urls.extend(section.sources.iter().map(String::as_str));
        }
        urls.extend(self.ethics.policies.iter().map(|p| p.url.as_str()));
        urls.extend(
            self.comments
                .channels
                .iter()
                .chain(&self.comments.wg_channels)
                .filter(|c| c.kind != ChannelKind::MailingList)
                .map(|c| c.target.as_str()),
        );
        urls
    }

    /// Where to comment, most specific first: the group's channels when `wg` is a valid group name (letters,
    /// digits, `-`, `_`), then the body's general channels.
    pub fn comment_channels(&self, wg: Option<&str>) -> Vec<Channel> {
        let wg = wg.and_then(|wg| self.normalize_wg(wg));
        let mut channels = Vec::new();
        if let Some(wg) = &wg {
            channels.extend(
                self.comments
                    .wg_channels
                    .iter()
                    .map(|t| render(t, Some(wg))),
            );
        }
        channels.extend(self.comments.channels.iter().map(|t| render(t, None)));
        channels
    }

    /// The group name as it fills `{wg}`, or `None` when it is not a plain group name.
    fn normalize_wg(&self, wg: &str) -> Option<String> {
        let mut wg = wg.trim().to_ascii_lowercase();
        for prefix in &self.comments.wg_strip_prefix {
            if let Some(rest) = wg.strip_prefix(&prefix.to_ascii_lowercase()) {
                wg = rest.to_owned();
                break;
            }
        }
        let plain = !wg.is_empty()
            && wg.len() <= 64
            && wg
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        plain.then_some(wg)
    }

    /// Every rule this entry breaks, each naming the field; empty when valid.
    fn problems(&self) -> Vec<String> {
        let mut problems = self.empty_texts();
        if self.id.trim().is_empty() {
            problems.push("id is empty".to_owned());
        }
        if self.short_name.trim().is_empty() {
            problems.push("short_name is empty".to_owned());
        }
        if !self
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            problems.push(format!(
                "id {:?} must be lowercase letters, digits and '-'",
                self.id
            ));
        }
        if self.id == "label" {
            problems
                .push("id \"label\" is reserved for the openness labels' message ids".to_owned());
        }
        problems.extend(self.openness.problems());
        if self.participate.steps.is_empty() {
            problems.push("participate.steps is empty".to_owned());
        }
        if self.comments.channels.is_empty() {
            problems.push("comments.channels is empty".to_owned());
        }
        for section in self.sections() {
            if section.sources.is_empty() {
                problems.push(format!("{}.sources is empty", section.section));
            }
        }
        for url in self.urls() {
            if let Some(problem) = url_problem(url) {
                problems.push(problem);
            }
        }
        for channel in self
            .comments
            .channels
            .iter()
            .chain(&self.comments.wg_channels)
        {
            if channel.kind == ChannelKind::MailingList {
                let address = channel.target.replace(WG_PLACEHOLDER, "wg");
                let valid = address.split_once('@').is_some_and(|(local, domain)| {
                    !local.is_empty() && domain.contains('.') && !domain.contains('@')
                }) && !address.chars().any(|c| c.is_whitespace() || c.is_control());
                if !valid {
                    problems.push(format!(
                        "mailing list {:?} is not an email address",
                        channel.target
                    ));
                }
            }
        }
        for channel in &self.comments.wg_channels {
            if !channel.target.contains(WG_PLACEHOLDER) {
                problems.push(format!(
                    "wg channel {:?} has no {WG_PLACEHOLDER} in its target",
                    channel.target
                ));
            }
        }
        for channel in &self.comments.channels {
            if channel.target.contains(WG_PLACEHOLDER) {
                problems.push(format!(
                    "channel {:?} has {WG_PLACEHOLDER}: move it to wg_channels",
                    channel.target
                ));
            }
        }
        problems
    }
}

/// Why a URL from the data is not acceptable: it must be `https://host/…` with no spaces.
fn url_problem(url: &str) -> Option<String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Some(format!("URL {url:?} does not start with https://"));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || !host.contains('.') {
        return Some(format!("URL {url:?} has no host name"));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some(format!("URL {url:?} contains spaces or control characters"));
    }
    None
}

fn render(template: &ChannelTemplate, wg: Option<&str>) -> Channel {
    let target = match wg {
        Some(wg) => template.target.replace(WG_PLACEHOLDER, wg),
        None => template.target.clone(),
    };
    let href = match template.kind {
        ChannelKind::MailingList => format!("mailto:{target}"),
        _ => target.clone(),
    };
    Channel {
        kind: template.kind,
        label: template.label.clone(),
        target,
        href,
        note: template.note.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_rules() {
        assert_eq!(url_problem("https://www.ietf.org/"), None);
        assert!(url_problem("http://www.ietf.org/").is_some());
        assert!(url_problem("https:///path").is_some());
        assert!(url_problem("https://localhost/").is_some());
        assert!(url_problem("https://a.org/x y").is_some());
    }

    #[test]
    fn invalid_data_names_the_file_and_field() {
        let text = include_str!("../data/ietf.toml").replace(
            "website = \"https://www.ietf.org/\"",
            "website = \"http://www.ietf.org/\"",
        );
        let error = Almanac::from_files(&[("ietf.toml", &text)]).expect_err("http is refused");
        let message = error.to_string();
        assert!(message.starts_with("ietf.toml: "), "{message}");
        assert!(
            message.contains("does not start with https://"),
            "{message}"
        );
    }

    #[test]
    fn unknown_fields_are_refused() {
        let text = format!("{}\n[extra]\nx = 1\n", include_str!("../data/w3c.toml"));
        let error = Almanac::from_files(&[("w3c.toml", &text)]).expect_err("unknown field");
        assert!(error.to_string().contains("w3c.toml"), "{error}");
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let text = include_str!("../data/ietf.toml");
        let error =
            Almanac::from_files(&[("a.toml", text), ("b.toml", text)]).expect_err("duplicate id");
        assert!(
            error.to_string().contains("used by another body"),
            "{error}"
        );
    }
}
