//! Organisations, stakeholder groups and regions from the editable `data/domains.csv` table, suffix
//! rules and consented self-reports. Every classification says where it came from.
//!
//! Only the sender's mail domain (or a person's own self-report) is used. Gender, ethnicity or
//! nationality are never inferred from names, and this module has no code that looks at names.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{ParticipationError, Result};
use crate::identity::PseudonymKey;
use crate::report::is_unsafe_char;

/// The starter table shipped with the crate.
pub const BUILTIN_DOMAINS: &str = include_str!("../data/domains.csv");

/// Stakeholder group (DESIGN §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StakeholderGroup {
    /// Companies.
    Industry,
    /// Governments and intergovernmental bodies.
    Government,
    /// Universities and research institutes.
    Academia,
    /// Non-governmental organisations, human-rights groups.
    CivilSociety,
    /// Standards bodies, registries, the technical organisations of the Internet.
    TechnicalCommunity,
    /// People writing from personal (freemail) addresses.
    Individual,
    /// Not in the table and no self-report.
    Unknown,
}

impl StakeholderGroup {
    /// All groups, in table order.
    pub const ALL: [Self; 7] = [
        Self::Industry,
        Self::Government,
        Self::Academia,
        Self::CivilSociety,
        Self::TechnicalCommunity,
        Self::Individual,
        Self::Unknown,
    ];

    /// The name used in tables and CSV files.
    pub fn name(self) -> &'static str {
        match self {
            Self::Industry => "industry",
            Self::Government => "government",
            Self::Academia => "academia",
            Self::CivilSociety => "civil-society",
            Self::TechnicalCommunity => "technical-community",
            Self::Individual => "individual",
            Self::Unknown => "unknown",
        }
    }

    /// Parses a group name as written in the tables.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.name() == text.trim())
    }
}

/// Name of a UN M49 region code (regions and the sub-regions used in the table).
pub fn m49_name(code: &str) -> &'static str {
    match code {
        "001" => "World",
        "002" => "Africa",
        "019" => "Americas",
        "021" => "Northern America",
        "419" => "Latin America and the Caribbean",
        "142" => "Asia",
        "030" => "Eastern Asia",
        "034" => "Southern Asia",
        "035" => "South-eastern Asia",
        "145" => "Western Asia",
        "150" => "Europe",
        "151" => "Eastern Europe",
        "154" => "Northern Europe",
        "155" => "Western Europe",
        "039" => "Southern Europe",
        "009" => "Oceania",
        _ => "unknown",
    }
}

/// Where a classification came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ClassificationSource {
    /// An exact (or parent-domain) row of the domains table.
    Table {
        /// Line of the row in the table.
        line: usize,
    },
    /// A suffix rule such as `*.edu`.
    SuffixRule {
        /// The rule as written.
        rule: String,
    },
    /// The person's own consented self-report.
    SelfReport,
    /// Nothing matched.
    Unknown,
}

/// Organisation, stakeholder group and region of a sender, with its source.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Classification {
    /// Organisation name (None for individuals and unknown domains).
    pub organisation: Option<String>,
    /// Stakeholder group.
    pub group: StakeholderGroup,
    /// UN M49 region code, when known.
    pub region: Option<String>,
    /// Where this came from.
    pub source: ClassificationSource,
}

impl Classification {
    fn unknown() -> Self {
        Self {
            organisation: None,
            group: StakeholderGroup::Unknown,
            region: None,
            source: ClassificationSource::Unknown,
        }
    }
}

#[derive(Debug, Clone)]
struct Row {
    organisation: String,
    group: StakeholderGroup,
    region: String,
    line: usize,
}

/// The domain table plus self-reports.
#[derive(Debug, Clone, Default)]
pub struct Classifier {
    exact: HashMap<String, Row>,
    suffixes: Vec<(String, Row)>,
    self_reports: HashMap<u64, Classification>,
    /// Self-report rows ignored because consent was not `yes`.
    pub self_reports_without_consent: usize,
}

/// Splits one CSV line (RFC 4180 quotes, no line breaks inside fields); an opening quote that is
/// never closed is an error.
pub fn csv_row(line: &str) -> std::result::Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(format!(
            "field {} opens a quote that is never closed (fields cannot span lines)",
            fields.len() + 1
        ));
    }
    fields.push(field);
    Ok(fields)
}

/// A value from a table as shown in an error: escaped, at most 40 characters.
fn shown(text: &str) -> String {
    let mut out: String = text.chars().take(40).flat_map(char::escape_debug).collect();
    if text.chars().nth(40).is_some() {
        out.push('…');
    }
    format!("\"{out}\"")
}

/// Checks one row of a table: the header's number of fields, no control or bidi characters.
fn check_row(fields: &[String], header: &[String]) -> std::result::Result<(), String> {
    if fields.len() != header.len() {
        return Err(format!(
            "the row has {} fields, the header has {}",
            fields.len(),
            header.len()
        ));
    }
    for (field, name) in fields.iter().zip(header) {
        if let Some(c) = field.chars().find(|&c| is_unsafe_char(c)) {
            return Err(format!(
                "column {} holds a control or bidirectional-override character (U+{:04X})",
                name.trim(),
                u32::from(c)
            ));
        }
    }
    Ok(())
}

/// A table file as text; invalid UTF-8 is an error naming its line.
fn read_table(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|source| ParticipationError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|error| {
        let bytes = error.as_bytes();
        let at = error.utf8_error().valid_up_to();
        let reason = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            "it is UTF-16 (byte order mark at the start); convert it to UTF-8".to_string()
        } else {
            format!("not valid UTF-8 (byte {at})")
        };
        ParticipationError::Table {
            path: path.to_path_buf(),
            line: bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1,
            reason,
        }
    })
}

/// Quotes a CSV field when needed.
pub fn csv_escape(field: &str) -> String {
    if field.contains([',', '"', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

impl Classifier {
    /// The built-in table.
    pub fn builtin() -> Result<Self> {
        Self::from_table(BUILTIN_DOMAINS, Path::new("built-in domains.csv"))
    }

    /// A table from CSV text with the header
    /// `domain,organisation,group,region,source,checked`; `path` names it in errors.
    pub fn from_table(text: &str, path: &Path) -> Result<Self> {
        let mut classifier = Self::default();
        let bad = |line: usize, reason: String| ParticipationError::Table {
            path: path.to_path_buf(),
            line,
            reason,
        };
        let mut lines = text.lines().enumerate();
        let header = match lines.next() {
            Some((_, l)) => csv_row(l).map_err(|reason| bad(1, reason))?,
            None => Vec::new(),
        };
        let column = |name: &str| header.iter().position(|h| h.trim() == name);
        let (Some(domain_col), Some(org_col), Some(group_col), Some(region_col)) = (
            column("domain"),
            column("organisation"),
            column("group"),
            column("region"),
        ) else {
            return Err(bad(
                1,
                "header must name domain, organisation, group, region, source, checked".into(),
            ));
        };
        for (i, line) in lines {
            let number = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields = csv_row(line).map_err(|reason| bad(number, reason))?;
            check_row(&fields, &header).map_err(|reason| bad(number, reason))?;
            let get = |col: usize| {
                fields
                    .get(col)
                    .map(|f| f.trim().to_string())
                    .unwrap_or_default()
            };
            let domain = get(domain_col).to_ascii_lowercase();
            if domain.is_empty() {
                return Err(bad(number, "empty domain".into()));
            }
            let group = StakeholderGroup::parse(&get(group_col)).ok_or_else(|| {
                bad(
                    number,
                    format!("unknown stakeholder group {}", shown(&get(group_col))),
                )
            })?;
            let region = get(region_col);
            if !region.is_empty() && m49_name(&region) == "unknown" {
                return Err(bad(
                    number,
                    format!(
                        "region {} is not a UN M49 code this table uses",
                        shown(&region)
                    ),
                ));
            }
            let row = Row {
                organisation: get(org_col),
                group,
                region,
                line: number,
            };
            if let Some(suffix) = domain.strip_prefix("*.") {
                classifier.suffixes.push((suffix.to_string(), row));
            } else if classifier.exact.insert(domain.clone(), row).is_some() {
                return Err(bad(
                    number,
                    format!("domain {} is listed twice", shown(&domain)),
                ));
            }
        }
        // Longest suffix first, so `*.ac.uk` wins over `*.uk`.
        classifier
            .suffixes
            .sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        Ok(classifier)
    }

    /// Reads a table file.
    pub fn from_table_file(path: &Path) -> Result<Self> {
        Self::from_table(&read_table(path)?, path)
    }

    /// Adds consented self-reports from CSV text with the header `id,group,region,organisation,consent`
    /// (`id` = pseudonym or address; rows without `consent` = `yes` are ignored and counted).
    pub fn add_self_reports(&mut self, text: &str, path: &Path, key: &PseudonymKey) -> Result<()> {
        let bad = |line: usize, reason: String| ParticipationError::Table {
            path: path.to_path_buf(),
            line,
            reason,
        };
        let mut lines = text.lines().enumerate();
        let header = match lines.next() {
            Some((_, l)) => csv_row(l).map_err(|reason| bad(1, reason))?,
            None => Vec::new(),
        };
        let column = |name: &str| header.iter().position(|h| h.trim() == name);
        let (Some(id_col), Some(group_col), Some(consent_col)) =
            (column("id"), column("group"), column("consent"))
        else {
            return Err(bad(
                1,
                "header must name id, group, region, organisation, consent".into(),
            ));
        };
        let (region_col, org_col) = (column("region"), column("organisation"));
        for (i, line) in lines {
            let number = i + 1;
            if line.trim().is_empty() {
                continue;
            }
            let fields = csv_row(line).map_err(|reason| bad(number, reason))?;
            check_row(&fields, &header).map_err(|reason| bad(number, reason))?;
            let get = |col: Option<usize>| {
                col.and_then(|c| fields.get(c))
                    .map(|f| f.trim().to_string())
                    .unwrap_or_default()
            };
            if !get(Some(consent_col)).eq_ignore_ascii_case("yes") {
                self.self_reports_without_consent += 1;
                continue;
            }
            let id = get(Some(id_col));
            let pseudonym = if id.contains('@') {
                key.pseudonym(&id)
            } else {
                id.to_ascii_lowercase()
            };
            let node = pseudonym_node(&pseudonym).ok_or_else(|| {
                bad(
                    number,
                    "id is neither an address nor a 32-hex-digit pseudonym".into(),
                )
            })?;
            let group = StakeholderGroup::parse(&get(Some(group_col))).ok_or_else(|| {
                bad(
                    number,
                    format!("unknown stakeholder group {}", shown(&get(Some(group_col)))),
                )
            })?;
            let region = Some(get(region_col)).filter(|r| !r.is_empty());
            if region.as_deref().is_some_and(|r| m49_name(r) == "unknown") {
                return Err(bad(
                    number,
                    "region is not a UN M49 code this table uses".into(),
                ));
            }
            let organisation = Some(get(org_col)).filter(|o| !o.is_empty());
            self.self_reports.insert(
                node,
                Classification {
                    organisation,
                    group,
                    region,
                    source: ClassificationSource::SelfReport,
                },
            );
        }
        Ok(())
    }

    /// The self-report for an address node, if the person gave one.
    pub(crate) fn self_report(&self, address_node: u64) -> Option<&Classification> {
        self.self_reports.get(&address_node)
    }

    /// Classifies a mail domain: exact row, then parent domains, then suffix rules, else unknown.
    pub fn classify_domain(&self, domain: &str) -> Classification {
        let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
        let mut candidate = domain.as_str();
        loop {
            if let Some(row) = self.exact.get(candidate) {
                return Classification {
                    organisation: Some(row.organisation.clone()).filter(|o| !o.is_empty()),
                    group: row.group,
                    region: Some(row.region.clone()).filter(|r| !r.is_empty()),
                    source: ClassificationSource::Table { line: row.line },
                };
            }
            match candidate.split_once('.') {
                Some((_, parent)) if parent.contains('.') => candidate = parent,
                _ => break,
            }
        }
        for (suffix, row) in &self.suffixes {
            if domain.ends_with(&format!(".{suffix}")) || domain == *suffix {
                return Classification {
                    organisation: Some(row.organisation.clone()).filter(|o| !o.is_empty()),
                    group: row.group,
                    region: Some(row.region.clone()).filter(|r| !r.is_empty()),
                    source: ClassificationSource::SuffixRule {
                        rule: format!("*.{suffix}"),
                    },
                };
            }
        }
        Classification::unknown()
    }

    /// Number of exact rows and suffix rules.
    pub fn len(&self) -> usize {
        self.exact.len() + self.suffixes.len()
    }

    /// True for an empty table.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The internal node of a 32-hex-digit pseudonym (its first 8 bytes).
fn pseudonym_node(pseudonym: &str) -> Option<u64> {
    if pseudonym.len() != 32 || !pseudonym.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u64::from_str_radix(&pseudonym[..16], 16).ok()
}

/// The file a table error names.
pub fn table_path(path: Option<&Path>) -> PathBuf {
    path.map_or_else(|| PathBuf::from("built-in domains.csv"), Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_loads_and_classifies() {
        let c = Classifier::builtin().expect("table");
        assert!(c.len() >= 200, "{}", c.len());
        let eff = c.classify_domain("eff.org");
        assert_eq!(eff.group, StakeholderGroup::CivilSociety);
        assert!(matches!(eff.source, ClassificationSource::Table { .. }));
        assert_eq!(
            c.classify_domain("list.ericsson.com").group,
            StakeholderGroup::Industry
        );
        assert_eq!(
            c.classify_domain("gmail.com").group,
            StakeholderGroup::Individual
        );
        let edu = c.classify_domain("cs.example.edu");
        assert_eq!(edu.group, StakeholderGroup::Academia);
        assert_eq!(
            edu.source,
            ClassificationSource::SuffixRule {
                rule: "*.edu".into()
            }
        );
        assert_eq!(
            c.classify_domain("ox.ac.uk").group,
            StakeholderGroup::Academia
        );
        assert_eq!(
            c.classify_domain("nowhere.invalid").source,
            ClassificationSource::Unknown
        );
    }

    #[test]
    fn table_errors_name_the_line() {
        let err = Classifier::from_table(
            "domain,organisation,group,region,source,checked\nx.org,X,nobody,150,,\n",
            Path::new("t.csv"),
        );
        assert!(matches!(
            err,
            Err(ParticipationError::Table { line: 2, .. })
        ));
    }

    #[test]
    fn self_reports_need_consent() {
        let key = PseudonymKey::from_bytes([7; 32]);
        let mut c = Classifier::default();
        c.add_self_reports("id,group,region,organisation,consent\na@x.org,civil-society,150,,yes\nb@x.org,academia,,,no\n", Path::new("s.csv"), &key)
            .expect("reports");
        assert_eq!(c.self_reports_without_consent, 1);
        let node = key.address_node("a@x.org");
        assert_eq!(
            c.self_report(node).map(|r| r.group),
            Some(StakeholderGroup::CivilSociety)
        );
    }
}
