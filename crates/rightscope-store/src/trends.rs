//! Trends over the stored corpus: per year, area, stream, working group or SDO, how many documents
//! have considerations sections (and substantive ones), their findings by family and polarity, and
//! their verdicts. Every figure is over each document's latest revision.

use std::collections::BTreeMap;

use serde::Serialize;
use sqlx::Row;

use crate::error::{Failure, StoreError};
use crate::store::Store;

/// What documents are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TrendGroup {
    /// Year of the latest revision's date.
    Year,
    /// IETF area.
    Area,
    /// Stream (IETF, IRTF, IAB, independent).
    Stream,
    /// Working group.
    Wg,
    /// Standards body.
    Sdo,
}

/// The considerations kinds trends report, with their short names (CSV columns, page anchors).
pub const CONSIDERATION_KINDS: [(&str, &str); 4] = [
    ("SecurityConsiderations", "security"),
    ("PrivacyConsiderations", "privacy"),
    ("HumanRightsConsiderations", "human-rights"),
    ("IanaConsiderations", "iana"),
];

/// Finding polarities, in report order.
pub const POLARITIES: [&str; 3] = ["risk", "mitigation", "context"];

/// Assessment verdicts, in report order.
pub const TREND_VERDICTS: [&str; 5] = ["creates", "mitigates", "mixed", "discusses", "none"];

impl TrendGroup {
    /// Every grouping, in the order offered to readers.
    pub const ALL: [TrendGroup; 5] = [
        TrendGroup::Year,
        TrendGroup::Area,
        TrendGroup::Stream,
        TrendGroup::Wg,
        TrendGroup::Sdo,
    ];

    /// The grouping's name: `year`, `area`, `stream`, `wg` or `sdo`.
    pub fn as_str(self) -> &'static str {
        match self {
            TrendGroup::Year => "year",
            TrendGroup::Area => "area",
            TrendGroup::Stream => "stream",
            TrendGroup::Wg => "wg",
            TrendGroup::Sdo => "sdo",
        }
    }

    /// The SQL expression of the group key; documents without a value are `unknown`.
    fn expression(self) -> &'static str {
        match self {
            TrendGroup::Year => {
                "COALESCE(NULLIF(SUBSTR(COALESCE(r.date, ''), 1, 4), ''), 'unknown')"
            }
            TrendGroup::Area => "COALESCE(NULLIF(d.area, ''), 'unknown')",
            TrendGroup::Stream => "COALESCE(NULLIF(d.stream, ''), 'unknown')",
            TrendGroup::Wg => "COALESCE(NULLIF(d.wg, ''), 'unknown')",
            TrendGroup::Sdo => "COALESCE(NULLIF(d.sdo, ''), 'unknown')",
        }
    }

    /// Parses `year`, `area`, `stream`, `wg` or `sdo`.
    pub fn from_name(name: &str) -> Option<TrendGroup> {
        match name {
            "year" => Some(TrendGroup::Year),
            "area" => Some(TrendGroup::Area),
            "stream" => Some(TrendGroup::Stream),
            "wg" => Some(TrendGroup::Wg),
            "sdo" => Some(TrendGroup::Sdo),
            _ => None,
        }
    }
}

/// Documents with one considerations kind in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ConsiderationCount {
    /// Documents with a section of that kind.
    pub present: i64,
    /// Documents with a substantive section of that kind.
    pub substantive: i64,
}

/// The figures of one group.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TrendRow {
    /// Group key (`2019`, `sec`, `IETF`, `unknown`).
    pub group: String,
    /// Documents in the group.
    pub documents: i64,
    /// Per considerations kind (`SecurityConsiderations`): present and substantive counts.
    pub considerations: BTreeMap<String, ConsiderationCount>,
    /// Findings per family, then per polarity (`risk`, `mitigation`, `context`).
    pub findings: BTreeMap<String, BTreeMap<String, i64>>,
    /// Assessments per verdict (`creates`, `mitigates`, …), over all families.
    pub verdicts: BTreeMap<String, i64>,
}

/// The JSON shape of `rightscope trends --format json` and `/api/v1/trends`.
#[derive(Debug, Clone, Serialize)]
pub struct TrendsReport<'a> {
    /// Version of this shape.
    pub version: u32,
    /// What the rows are grouped by.
    pub by: TrendGroup,
    /// One row per group, ordered by group key.
    pub groups: &'a [TrendRow],
}

impl<'a> TrendsReport<'a> {
    /// The report of rows grouped by `by`.
    pub fn new(by: TrendGroup, groups: &'a [TrendRow]) -> TrendsReport<'a> {
        TrendsReport {
            version: 1,
            by,
            groups,
        }
    }
}

/// Families that appear in any row, sorted.
pub fn trend_families(rows: &[TrendRow]) -> Vec<String> {
    let mut all: Vec<String> = rows
        .iter()
        .flat_map(|row| row.findings.keys().cloned())
        .collect();
    all.sort();
    all.dedup();
    all
}

/// The CSV of `rightscope trends --format csv` and `/trends.csv`: one row per group with counts,
/// not shares, so sums over rows stay exact.
pub fn trends_csv(rows: &[TrendRow]) -> String {
    let families = trend_families(rows);
    let mut header = vec!["group".to_string(), "documents".to_string()];
    for (_, short) in CONSIDERATION_KINDS {
        header.push(format!("{short}_present"));
        header.push(format!("{short}_substantive"));
    }
    for family in &families {
        for polarity in POLARITIES {
            header.push(format!("{family}_{polarity}"));
        }
    }
    for verdict in TREND_VERDICTS {
        header.push(format!("verdict_{verdict}"));
    }
    let mut out = header.join(",");
    out.push('\n');
    for row in rows {
        let mut cells = vec![csv_cell(&row.group), row.documents.to_string()];
        for (kind, _) in CONSIDERATION_KINDS {
            let count = row.considerations.get(kind).copied().unwrap_or_default();
            cells.push(count.present.to_string());
            cells.push(count.substantive.to_string());
        }
        for family in &families {
            for polarity in POLARITIES {
                cells.push(row.finding_count(family, polarity).to_string());
            }
        }
        for verdict in TREND_VERDICTS {
            cells.push(row.verdict_count(verdict).to_string());
        }
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// Quotes a CSV cell when it needs it, and defuses cells a spreadsheet would run as a formula.
fn csv_cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

impl TrendRow {
    /// Findings of a family with a polarity in the group.
    pub fn finding_count(&self, family: &str, polarity: &str) -> i64 {
        self.findings
            .get(family)
            .and_then(|by| by.get(polarity))
            .copied()
            .unwrap_or(0)
    }

    /// Findings of a polarity in the group, over all families.
    pub fn polarity_count(&self, polarity: &str) -> i64 {
        self.findings
            .values()
            .map(|by| by.get(polarity).copied().unwrap_or(0))
            .sum()
    }

    /// Assessments with a verdict in the group.
    pub fn verdict_count(&self, verdict: &str) -> i64 {
        self.verdicts.get(verdict).copied().unwrap_or(0)
    }

    /// Share of the group's documents with a section of `kind` (0 when the group is empty).
    pub fn share(&self, kind: &str, substantive: bool) -> f64 {
        let count = self.considerations.get(kind).copied().unwrap_or_default();
        let part = if substantive {
            count.substantive
        } else {
            count.present
        };
        if self.documents == 0 {
            0.0
        } else {
            part as f64 / self.documents as f64
        }
    }
}

impl Store {
    /// Trend figures per group, ordered by group key.
    pub async fn trends(&self, by: TrendGroup) -> Result<Vec<TrendRow>, StoreError> {
        let group = by.expression();
        let from = "FROM documents d JOIN revisions r ON r.id = d.latest_revision_id";
        let documents_sql = format!("SELECT {group} AS g, COUNT(*) AS n {from} GROUP BY 1");
        let considerations_sql = format!(
            "SELECT {group} AS g, c.kind, COUNT(*) AS n, COUNT(CASE WHEN c.substantive = 1 THEN 1 END) AS s {from} \
             JOIN considerations c ON c.revision_id = r.id GROUP BY 1, 2"
        );
        let findings_sql = format!(
            "SELECT {group} AS g, f.family, f.polarity, COUNT(*) AS n {from} \
             JOIN findings f ON f.revision_id = r.id GROUP BY 1, 2, 3"
        );
        let verdicts_sql = format!(
            "SELECT {group} AS g, a.verdict, COUNT(*) AS n {from} \
             JOIN assessments a ON a.revision_id = r.id GROUP BY 1, 2"
        );
        // Audited: the SQL is built only from the fixed fragments above, never from input.
        let result: Result<Vec<TrendRow>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut rows: BTreeMap<String, TrendRow> = BTreeMap::new();
                for row in sqlx::query(sqlx::AssertSqlSafe(documents_sql.as_str())).fetch_all(pool).await? {
                    let g: String = row.try_get("g")?;
                    let entry = rows.entry(g.clone()).or_default();
                    entry.group = g;
                    entry.documents = row.try_get("n")?;
                }
                for row in sqlx::query(sqlx::AssertSqlSafe(considerations_sql.as_str())).fetch_all(pool).await? {
                    let g: String = row.try_get("g")?;
                    let kind: String = row.try_get("kind")?;
                    let count = ConsiderationCount {
                        present: row.try_get("n")?,
                        substantive: row.try_get("s")?,
                    };
                    rows.entry(g).or_default().considerations.insert(kind, count);
                }
                for row in sqlx::query(sqlx::AssertSqlSafe(findings_sql.as_str())).fetch_all(pool).await? {
                    let g: String = row.try_get("g")?;
                    let family: String = row.try_get("family")?;
                    let polarity: String = row.try_get("polarity")?;
                    let n: i64 = row.try_get("n")?;
                    rows.entry(g)
                        .or_default()
                        .findings
                        .entry(family)
                        .or_default()
                        .insert(polarity, n);
                }
                for row in sqlx::query(sqlx::AssertSqlSafe(verdicts_sql.as_str())).fetch_all(pool).await? {
                    let g: String = row.try_get("g")?;
                    let verdict: String = row.try_get("verdict")?;
                    let n: i64 = row.try_get("n")?;
                    rows.entry(g).or_default().verdicts.insert(verdict, n);
                }
                Ok(rows.into_values().collect())
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }
}
