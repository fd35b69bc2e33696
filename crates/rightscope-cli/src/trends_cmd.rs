//! `rightscope trends`: per year, area, stream, working group or SDO, the share of documents with
//! Security/Privacy/Human Rights/IANA considerations (and substantive ones), findings per family by
//! polarity, and verdict counts.

use std::io::Write;
use std::process::ExitCode;

use clap::ValueEnum;
use rightscope_store::{trends_csv, TrendGroup, TrendRow, TrendsReport, CONSIDERATION_KINDS};

use crate::store_args::{runtime, StoreArgs};

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
            let report = TrendsReport::new(args.by.group(), &rows);
            writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        }
        TrendsFormat::Csv => out.write_all(trends_csv(&rows).as_bytes())?,
        TrendsFormat::Text => out.write_all(text(&rows).as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The table: documents, % with / % substantive per considerations kind, risk findings, verdicts.
pub(crate) fn text(rows: &[TrendRow]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = write!(out, "{:<14} {:>6}", "group", "docs");
    for (_, short) in CONSIDERATION_KINDS {
        let _ = write!(out, " {:>13}", format!("{short} %/subst"));
    }
    let _ = writeln!(
        out,
        "  {:>8} {:>8} {:>8}  creates/mitigates/mixed",
        "risk", "mitig", "context"
    );
    for row in rows {
        let _ = write!(out, "{:<14} {:>6}", row.group, row.documents);
        for (kind, _) in CONSIDERATION_KINDS {
            let cell = format!(
                "{:.0}/{:.0}",
                row.share(kind, false) * 100.0,
                row.share(kind, true) * 100.0
            );
            let _ = write!(out, " {cell:>13}");
        }
        let polarity = |p: &str| row.polarity_count(p);
        let verdict = |v: &str| row.verdict_count(v);
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
