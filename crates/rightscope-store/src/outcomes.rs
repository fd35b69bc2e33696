//! Outcome transparency: across each document's revisions, how many risk findings were opened and how
//! many resolved, per standards body, working group or stream and per year.
//!
//! A document's *lineage* is its revisions in order, continued by the RFC it became (a draft whose
//! `became_rfc` names an RFC in the store). Between two consecutive revisions, a finding code that
//! occurs more often counts as opened (by the difference) and one that occurs less often as resolved.
//! The first revision's findings are counted apart: nothing was opened "because of review" there.
//! Events are dated by the later revision's date; a revision without a date is counted in no year.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use sqlx::Row;

use crate::error::{Failure, StoreError};
use crate::store::Store;

/// What to group the outcomes by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OutcomeGrouping {
    /// The standards body (`ietf`, `w3c`, …).
    Sdo,
    /// The working group (`none` when there is none).
    Wg,
    /// The stream (`IETF`, `IRTF`, `IAB`, `INDEPENDENT`, …; `none` when unknown).
    Stream,
}

impl OutcomeGrouping {
    /// Every grouping, for choosers.
    pub const ALL: [OutcomeGrouping; 3] = [
        OutcomeGrouping::Sdo,
        OutcomeGrouping::Wg,
        OutcomeGrouping::Stream,
    ];

    /// The name used in addresses (`sdo`, `wg`, `stream`).
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeGrouping::Sdo => "sdo",
            OutcomeGrouping::Wg => "wg",
            OutcomeGrouping::Stream => "stream",
        }
    }

    /// A grouping from its name.
    pub fn parse(text: &str) -> Option<OutcomeGrouping> {
        OutcomeGrouping::ALL
            .into_iter()
            .find(|g| g.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

/// Opened and resolved findings in one year.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OutcomeYear {
    /// Calendar year of the revisions.
    pub year: i32,
    /// Findings that later revisions added.
    pub opened: i64,
    /// Findings that later revisions removed.
    pub resolved: i64,
}

/// The outcomes of one group (one body, working group or stream).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OutcomeGroup {
    /// The group's name (`none` when the documents have none).
    pub group: String,
    /// Lineages (documents, with the RFC they became) in the group.
    pub documents: i64,
    /// Lineages with more than one revision: the only ones where anything can be opened or resolved.
    pub revised: i64,
    /// Risk findings in the first revision of each lineage.
    pub at_first: i64,
    /// Risk findings added by later revisions.
    pub opened: i64,
    /// Risk findings removed by later revisions.
    pub resolved: i64,
    /// Risk findings in the latest revision of each lineage.
    pub at_latest: i64,
    /// Opened and resolved per year, oldest first.
    pub years: Vec<OutcomeYear>,
}

/// The outcome report: one entry per group, largest (by findings opened + resolved) first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OutcomeReport {
    /// What the groups are.
    pub grouping: Option<OutcomeGrouping>,
    /// The family the findings were limited to, if any.
    pub family: Option<String>,
    /// The groups.
    pub groups: Vec<OutcomeGroup>,
    /// All groups together.
    pub total: OutcomeGroup,
}

/// One revision with its risk findings counted per rule code, as read from the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionCounts {
    /// The document's name.
    pub document: String,
    /// The document's body, stream and working group.
    pub sdo: String,
    /// Stream, if known.
    pub stream: Option<String>,
    /// Working group, if known.
    pub wg: Option<String>,
    /// For a draft, the RFC number it became.
    pub became_rfc: Option<i64>,
    /// For an RFC, its number.
    pub rfc_number: Option<i64>,
    /// The revision (`00`…), `None` for an RFC.
    pub rev: Option<String>,
    /// The revision as a number, for ordering.
    pub rev_number: Option<i64>,
    /// The revision's date (`YYYY-MM-DD…`), if known.
    pub date: Option<String>,
    /// Risk findings per rule code.
    pub counts: BTreeMap<String, i64>,
}

impl Store {
    /// Outcome transparency over the whole store, grouped by `grouping`, optionally for one family.
    pub async fn outcomes(
        &self,
        grouping: OutcomeGrouping,
        family: Option<&str>,
    ) -> Result<OutcomeReport, StoreError> {
        let revisions = self.revision_counts(family).await?;
        let mut report = compute_outcomes(&revisions, grouping);
        report.family = family.map(str::to_string);
        Ok(report)
    }

    /// Every revision in lineage order (document, then revision order) with its risk findings per code.
    pub async fn revision_counts(
        &self,
        family: Option<&str>,
    ) -> Result<Vec<RevisionCounts>, StoreError> {
        // A LEFT JOIN keeps revisions without risk findings: going to zero is a resolution.
        let result: Result<Vec<RevisionCounts>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT d.name, d.sdo, d.stream, d.wg, d.became_rfc, d.rfc_number, r.id, r.rev, r.rev_number, r.date, \
                     f.code, COUNT(f.id) AS n \
                     FROM revisions r JOIN documents d ON d.id = r.document_id \
                     LEFT JOIN findings f ON f.revision_id = r.id AND f.polarity = 'risk' \
                     AND (CAST($1 AS TEXT) IS NULL OR f.family = $1) \
                     GROUP BY d.id, d.name, d.sdo, d.stream, d.wg, d.became_rfc, d.rfc_number, \
                     r.id, r.rev, r.rev_number, r.date, f.code \
                     ORDER BY d.id, (r.rev IS NULL), COALESCE(r.rev_number, -1), COALESCE(r.date, ''), r.id",
                )
                .bind(family)
                .fetch_all(pool)
                .await?;
                let mut out: Vec<RevisionCounts> = Vec::new();
                let mut last_id: Option<i64> = None;
                for row in &rows {
                    let id: i64 = row.try_get("id")?;
                    if last_id != Some(id) {
                        last_id = Some(id);
                        out.push(RevisionCounts {
                            document: row.try_get("name")?,
                            sdo: row.try_get("sdo")?,
                            stream: row.try_get("stream")?,
                            wg: row.try_get("wg")?,
                            became_rfc: row.try_get("became_rfc")?,
                            rfc_number: row.try_get("rfc_number")?,
                            rev: row.try_get("rev")?,
                            rev_number: row.try_get("rev_number")?,
                            date: row.try_get("date")?,
                            counts: BTreeMap::new(),
                        });
                    }
                    let code: Option<String> = row.try_get("code")?;
                    if let (Some(code), Some(current)) = (code, out.last_mut()) {
                        current.counts.insert(code, row.try_get("n")?);
                    }
                }
                Ok(out)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }
}

/// The year of a stored date, if it has one.
fn year_of(date: Option<&str>) -> Option<i32> {
    date.and_then(|d| d.get(..4)).and_then(|y| y.parse().ok())
}

/// Adds one lineage to a group.
fn add_lineage(
    group: &mut OutcomeGroup,
    years: &mut BTreeMap<i32, OutcomeYear>,
    lineage: &[&RevisionCounts],
) {
    let Some(first) = lineage.first() else {
        return;
    };
    group.documents += 1;
    if lineage.len() > 1 {
        group.revised += 1;
    }
    group.at_first += first.counts.values().sum::<i64>();
    for pair in lineage.windows(2) {
        let (before, after) = (&pair[0].counts, &pair[1].counts);
        let mut opened = 0;
        let mut resolved = 0;
        for (code, n) in after {
            opened += (n - before.get(code).copied().unwrap_or(0)).max(0);
        }
        for (code, n) in before {
            resolved += (n - after.get(code).copied().unwrap_or(0)).max(0);
        }
        group.opened += opened;
        group.resolved += resolved;
        if let Some(year) = year_of(pair[1].date.as_deref()) {
            let entry = years.entry(year).or_insert_with(|| OutcomeYear {
                year,
                ..OutcomeYear::default()
            });
            entry.opened += opened;
            entry.resolved += resolved;
        }
    }
    if let Some(last) = lineage.last() {
        group.at_latest += last.counts.values().sum::<i64>();
    }
}

/// The group key of a lineage: the first revision that has the attribute (drafts know their working
/// group; the RFC they become may not).
fn group_key(lineage: &[&RevisionCounts], grouping: OutcomeGrouping) -> String {
    let value = lineage.iter().find_map(|r| {
        let value = match grouping {
            OutcomeGrouping::Sdo => Some(r.sdo.as_str()),
            OutcomeGrouping::Wg => r.wg.as_deref(),
            OutcomeGrouping::Stream => r.stream.as_deref(),
        };
        value.map(str::trim).filter(|v| !v.is_empty())
    });
    match value {
        Some(value) if grouping == OutcomeGrouping::Sdo => value.to_ascii_lowercase(),
        Some(value) => value.to_string(),
        None => "none".to_string(),
    }
}

/// Groups revisions (in lineage order, as [`Store::revision_counts`] returns them) into lineages and
/// counts what each group's revisions opened and resolved.
pub fn compute_outcomes(revisions: &[RevisionCounts], grouping: OutcomeGrouping) -> OutcomeReport {
    // A lineage is every draft that became one RFC, and that RFC; any other document is its own.
    #[derive(PartialEq, Eq, Hash)]
    enum Key<'a> {
        Rfc(i64),
        Name(&'a str),
    }
    let mut lineages: Vec<Vec<(usize, &RevisionCounts)>> = Vec::new();
    let mut index_of: HashMap<Key, usize> = HashMap::new();
    for (position, revision) in revisions.iter().enumerate() {
        let key = revision
            .became_rfc
            .or(revision.rfc_number)
            .map(Key::Rfc)
            .unwrap_or(Key::Name(revision.document.as_str()));
        let index = *index_of.entry(key).or_insert_with(|| {
            lineages.push(Vec::new());
            lineages.len() - 1
        });
        lineages[index].push((position, revision));
    }
    // The store's history order: drafts by revision number and date, the RFC last.
    let lineages: Vec<Vec<&RevisionCounts>> = lineages
        .into_iter()
        .map(|mut lineage| {
            lineage.sort_by(|(pa, a), (pb, b)| {
                (
                    a.rev.is_none(),
                    a.rev_number.unwrap_or(-1),
                    a.date.as_deref().unwrap_or(""),
                    pa,
                )
                    .cmp(&(
                        b.rev.is_none(),
                        b.rev_number.unwrap_or(-1),
                        b.date.as_deref().unwrap_or(""),
                        pb,
                    ))
            });
            lineage.into_iter().map(|(_, r)| r).collect()
        })
        .collect();

    let mut groups: BTreeMap<String, (OutcomeGroup, BTreeMap<i32, OutcomeYear>)> = BTreeMap::new();
    let mut total = OutcomeGroup {
        group: "all".to_string(),
        ..OutcomeGroup::default()
    };
    let mut total_years = BTreeMap::new();
    for lineage in &lineages {
        let key = group_key(lineage, grouping);
        let (group, years) = groups.entry(key.clone()).or_insert_with(|| {
            (
                OutcomeGroup {
                    group: key,
                    ..OutcomeGroup::default()
                },
                BTreeMap::new(),
            )
        });
        add_lineage(group, years, lineage);
        add_lineage(&mut total, &mut total_years, lineage);
    }
    total.years = total_years.into_values().collect();
    let mut groups: Vec<OutcomeGroup> = groups
        .into_values()
        .map(|(mut group, years)| {
            group.years = years.into_values().collect();
            group
        })
        .collect();
    groups.sort_by(|a, b| {
        (b.opened + b.resolved, b.documents)
            .cmp(&(a.opened + a.resolved, a.documents))
            .then_with(|| a.group.cmp(&b.group))
    });
    OutcomeReport {
        grouping: Some(grouping),
        family: None,
        groups,
        total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn revision(document: &str, date: &str, counts: &[(&str, i64)]) -> RevisionCounts {
        RevisionCounts {
            document: document.to_string(),
            sdo: "ietf".to_string(),
            stream: Some("IETF".to_string()),
            wg: Some("httpbis".to_string()),
            became_rfc: None,
            rfc_number: None,
            rev: Some("00".to_string()),
            rev_number: Some(0),
            date: Some(date.to_string()),
            counts: counts.iter().map(|(c, n)| (c.to_string(), *n)).collect(),
        }
    }

    #[test]
    fn counts_opened_and_resolved_between_revisions() {
        let revisions = vec![
            revision("draft-a", "2020-01-01", &[("SURV001", 2), ("ID001", 1)]),
            // One SURV001 resolved, ID001 resolved, ENC002 opened.
            revision("draft-a", "2020-06-01", &[("SURV001", 1), ("ENC002", 1)]),
            // Everything resolved.
            revision("draft-a", "2021-02-01", &[]),
            revision("draft-b", "2021-03-01", &[("LI001", 3)]),
        ];
        let report = compute_outcomes(&revisions, OutcomeGrouping::Wg);
        let group = &report.groups[0];
        assert_eq!(group.group, "httpbis");
        assert_eq!(group.documents, 2);
        assert_eq!(group.revised, 1);
        assert_eq!(group.at_first, 3 + 3);
        assert_eq!(group.opened, 1);
        assert_eq!(group.resolved, 2 + 2);
        assert_eq!(group.at_latest, 3);
        assert_eq!(
            group.years,
            vec![
                OutcomeYear {
                    year: 2020,
                    opened: 1,
                    resolved: 2
                },
                OutcomeYear {
                    year: 2021,
                    opened: 0,
                    resolved: 2
                },
            ]
        );
        assert_eq!(report.total.opened, 1);
        assert_eq!(report.total.resolved, 4);
    }

    #[test]
    fn an_rfc_continues_the_draft_it_came_from() {
        let mut rfc = revision("rfc9999", "2022-05-01", &[("SURV001", 1)]);
        rfc.rfc_number = Some(9999);
        rfc.rev = None;
        rfc.rev_number = None;
        rfc.wg = None;
        rfc.stream = None;
        // Stored before the draft: the lineage still runs draft → RFC.
        let mut draft = revision("draft-x", "2021-01-01", &[("SURV001", 2)]);
        draft.became_rfc = Some(9999);
        let report = compute_outcomes(&[rfc, draft], OutcomeGrouping::Wg);
        assert_eq!(report.groups.len(), 1);
        let group = &report.groups[0];
        assert_eq!(
            (group.group.as_str(), group.documents, group.revised),
            ("httpbis", 1, 1)
        );
        assert_eq!((group.at_first, group.resolved, group.at_latest), (2, 1, 1));
        assert_eq!(
            group.years,
            vec![OutcomeYear {
                year: 2022,
                opened: 0,
                resolved: 1
            }]
        );
    }

    #[test]
    fn missing_attributes_group_as_none() {
        let mut r = revision("rfc1", "1969-04-07", &[]);
        r.wg = None;
        let report = compute_outcomes(&[r], OutcomeGrouping::Wg);
        assert_eq!(report.groups[0].group, "none");
        assert_eq!(
            OutcomeGrouping::parse("Stream"),
            Some(OutcomeGrouping::Stream)
        );
        assert_eq!(OutcomeGrouping::parse("x"), None);
    }
}
