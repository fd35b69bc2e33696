//! `rightscope trends`: per year, area, stream, working group or SDO, the share of documents with
//! Security/Privacy/Human Rights/IANA considerations (and substantive ones), findings per family by
//! polarity, and verdict counts.

use std::io::Write;
use std::process::ExitCode;

use clap::ValueEnum;
use rightscope_store::{TrendGroup, TrendRow};
use serde::Serialize;

use crate::store_args::{runtime, StoreArgs};

/// The considerations kinds reported, with their short column names.
const KINDS: [(&str, &str); 4] = [
    ("SecurityConsiderations", "security"),
    ("PrivacyConsiderations", "privacy"),
    ("HumanRightsConsiderations", "human-rights"),
    ("IanaConsiderations", "iana"),
];

/// Options of `rightscope trends`.
#[derive(Debug, clap::Args)]
pub struct TrendsArgs {
    /// What to group documents by.
    #[arg(long, value_enum, default_value_t = By::Year)]
    pub by: By,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TrendsFormat::Text)]
    pub format: TrendsFormat,
}

/// Groupings of `trends`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum By {
    /// Year of the latest revision.
    Year,
    /// IETF area.
    Area,
    /// Stream.
    Stream,
    /// Working group.
    Wg,
    /// Standards body.
    Sdo,
}

impl By {
    fn group(self) -> TrendGroup {
        match self {
            By::Year => TrendGroup::Year,
            By::Area => TrendGroup::Area,
            By::Stream => TrendGroup::Stream,
            By::Wg => TrendGroup::Wg,
            By::Sdo => TrendGroup::Sdo,
        }
    }
}

/// Output formats of `trends`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum TrendsFormat {
    /// A table for people.
    Text,
    /// Stable, versioned JSON.
    Json,
    /// One row per group, for spreadsheets.
    Csv,
}

#[derive(Debug, Serialize)]
struct TrendsReport<'a> {
    version: u32,
    by: TrendGroup,
    groups: &'a [TrendRow],
}

/// Runs `rightscope trends`.
pub fn run(args: &TrendsArgs) -> anyhow::Result<ExitCode> {
    let runtime = runtime()?;
    let rows = runtime.block_on(async {
        let store = args.store.target().open().await?;
        let result = store
            .trends(args.by.group())
            .await
            .map_err(|error| anyhow::anyhow!("{error}"));
        store.close().await;
        result
    })?;
    let mut out = std::io::stdout().lock();
    match args.format {
        TrendsFormat::Json => {
            let report = TrendsReport {
                version: 1,
                by: args.by.group(),
                groups: &rows,
            };
            writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        }
        TrendsFormat::Csv => out.write_all(csv(&rows).as_bytes())?,
        TrendsFormat::Text => out.write_all(text(&rows).as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Families that appear in any row, sorted.
fn families(rows: &[TrendRow]) -> Vec<String> {
    let mut all: Vec<String> = rows
        .iter()
        .flat_map(|row| row.findings.keys().cloned())
        .collect();
    all.sort();
    all.dedup();
    all
}

const VERDICTS: [&str; 5] = ["creates", "mitigates", "mixed", "discusses", "none"];

/// The table: documents, % with / % substantive per considerations kind, risk findings, verdicts.
pub(crate) fn text(rows: &[TrendRow]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = write!(out, "{:<14} {:>6}", "group", "docs");
    for (_, short) in KINDS {
        let _ = write!(out, " {:>13}", format!("{short} %/subst"));
    }
    let _ = writeln!(
        out,
        "  {:>8} {:>8} {:>8}  creates/mitigates/mixed",
        "risk", "mitig", "context"
    );
    for row in rows {
        let _ = write!(out, "{:<14} {:>6}", row.group, row.documents);
        for (kind, _) in KINDS {
            let cell = format!(
                "{:.0}/{:.0}",
                row.share(kind, false) * 100.0,
                row.share(kind, true) * 100.0
            );
            let _ = write!(out, " {cell:>13}");
        }
        let polarity = |p: &str| -> i64 {
            row.findings
                .values()
                .map(|by| by.get(p).copied().unwrap_or(0))
                .sum()
        };
        let verdict = |v: &str| row.verdicts.get(v).copied().unwrap_or(0);
        let _ = writeln!(
            out,
            "  {:>8} {:>8} {:>8}  {}/{}/{}",
            polarity("risk"),
            polarity("mitigation"),
            polarity("context"),
            verdict("creates"),
            verdict("mitigates"),
            verdict("mixed")
        );
    }
    out
}

/// One CSV row per group: counts, not shares, so sums stay exact.
pub(crate) fn csv(rows: &[TrendRow]) -> String {
    let families = families(rows);
    let mut header = vec!["group".to_string(), "documents".to_string()];
    for (_, short) in KINDS {
        header.push(format!("{short}_present"));
        header.push(format!("{short}_substantive"));
    }
    for family in &families {
        for polarity in ["risk", "mitigation", "context"] {
            header.push(format!("{family}_{polarity}"));
        }
    }
    for verdict in VERDICTS {
        header.push(format!("verdict_{verdict}"));
    }
    let mut out = header.join(",");
    out.push('\n');
    for row in rows {
        let mut cells = vec![csv_cell(&row.group), row.documents.to_string()];
        for (kind, _) in KINDS {
            let count = row.considerations.get(kind).copied().unwrap_or_default();
            cells.push(count.present.to_string());
            cells.push(count.substantive.to_string());
        }
        for family in &families {
            for polarity in ["risk", "mitigation", "context"] {
                let n = row
                    .findings
                    .get(family)
                    .and_then(|by| by.get(polarity))
                    .copied()
                    .unwrap_or(0);
                cells.push(n.to_string());
            }
        }
        for verdict in VERDICTS {
            cells.push(row.verdicts.get(verdict).copied().unwrap_or(0).to_string());
        }
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// Quotes a CSV cell when it needs it.
fn csv_cell(value: &str) -> String {
    if value.contains([',', '"', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}
