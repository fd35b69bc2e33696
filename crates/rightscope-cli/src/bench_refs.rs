//! `rightscope bench refs`: what the reference graph and the trends cost on a store — the reference
//! report (depends on, inherited risks, depended on by) of every document, or of a sample, and each
//! trend grouping — as a JSON report.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use rightscope_store::{DocumentFilter, Store, TrendGroup};
use serde::Serialize;

use crate::bench_cmd::{machine, nearest_rank, peak_rss_mib, write_report, Machine};
use crate::store_args::{runtime, StoreArgs};

/// Documents listed per store query while collecting names.
const PAGE: i64 = 1000;

/// `rightscope bench refs` options.
#[derive(Debug, clap::Args)]
pub(crate) struct BenchRefsArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Time at most this many documents, evenly spread over the names (default: every document).
    #[arg(long, value_name = "N")]
    pub sample: Option<usize>,
    /// Write the JSON report here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
struct Report {
    benchmark: &'static str,
    /// The store, password redacted.
    store: String,
    documents_in_store: usize,
    documents_timed: usize,
    /// Time of one `refs_report` (three lists and the inherited-risk walk), per document.
    refs_p50_ms: f64,
    refs_p90_ms: f64,
    refs_p99_ms: f64,
    refs_max_ms: f64,
    refs_total_seconds: f64,
    /// The document that took longest, with how much it reaches.
    slowest: Option<Slowest>,
    /// Inherited risks found over the timed documents.
    inherited_risks: usize,
    documents_inheriting: usize,
    /// One computation of each trend grouping.
    trends: Vec<TrendTiming>,
    trends_total_seconds: f64,
    peak_rss_mib: Option<f64>,
    machine: Machine,
}

#[derive(Debug, Serialize)]
struct Slowest {
    name: String,
    ms: f64,
    depends_on: usize,
    depended_on_by: usize,
    inherited_risks: usize,
}

#[derive(Debug, Serialize)]
struct TrendTiming {
    by: &'static str,
    groups: usize,
    seconds: f64,
}

/// Every document name in the store, by name.
async fn all_names(store: &Store) -> anyhow::Result<Vec<String>> {
    let filter = DocumentFilter::default();
    let mut names = Vec::new();
    loop {
        let page = store
            .list_documents(&filter, PAGE, names.len() as i64)
            .await?;
        let got = page.items.len();
        names.extend(page.items.into_iter().map(|item| item.document.name));
        if got == 0 || names.len() as i64 >= page.total {
            return Ok(names);
        }
    }
}

/// `sample` names spread evenly over `names` (all of them when `sample` is `None` or larger).
fn spread(names: &[String], sample: Option<usize>) -> Vec<String> {
    match sample {
        Some(wanted) if wanted > 0 && wanted < names.len() => (0..wanted)
            .map(|index| names[index * names.len() / wanted].clone())
            .collect(),
        _ => names.to_vec(),
    }
}

/// The value at `fraction` of sorted milliseconds (nearest rank); 0 when there are none.
fn percentile(sorted: &[f64], fraction: f64) -> f64 {
    nearest_rank(sorted, fraction).unwrap_or(0.0)
}

pub(crate) fn run(args: &BenchRefsArgs) -> anyhow::Result<ExitCode> {
    let target = args.store.target();
    let report = runtime()?.block_on(async {
        let store = target.open().await?;
        let names = all_names(&store).await?;
        let timed = spread(&names, args.sample);
        eprintln!(
            "timing the reference report of {} of {} documents…",
            timed.len(),
            names.len()
        );
        let mut times = Vec::with_capacity(timed.len());
        let mut slowest: Option<Slowest> = None;
        let mut inherited = 0;
        let mut inheriting = 0;
        let started = Instant::now();
        for name in &timed {
            let start = Instant::now();
            let refs = store.refs_report(name).await?;
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            times.push(ms);
            let Some(refs) = refs else { continue };
            inherited += refs.inherited_risks.len();
            inheriting += usize::from(!refs.inherited_risks.is_empty());
            if slowest.as_ref().is_none_or(|slowest| ms > slowest.ms) {
                slowest = Some(Slowest {
                    name: name.clone(),
                    ms,
                    depends_on: refs.depends_on.len(),
                    depended_on_by: refs.depended_on_by.len(),
                    inherited_risks: refs.inherited_risks.len(),
                });
            }
        }
        let refs_total_seconds = started.elapsed().as_secs_f64();
        let mut trends = Vec::new();
        for by in TrendGroup::ALL {
            let start = Instant::now();
            let rows = store.trends(by).await?;
            trends.push(TrendTiming {
                by: by.as_str(),
                groups: rows.len(),
                seconds: start.elapsed().as_secs_f64(),
            });
        }
        let location = store.location().to_string();
        store.close().await;
        times.sort_by(f64::total_cmp);
        Ok::<_, anyhow::Error>(Report {
            benchmark: "refs",
            store: location,
            documents_in_store: names.len(),
            documents_timed: timed.len(),
            refs_p50_ms: percentile(&times, 0.50),
            refs_p90_ms: percentile(&times, 0.90),
            refs_p99_ms: percentile(&times, 0.99),
            refs_max_ms: times.last().copied().unwrap_or(0.0),
            refs_total_seconds,
            slowest,
            inherited_risks: inherited,
            documents_inheriting: inheriting,
            trends_total_seconds: trends.iter().map(|trend| trend.seconds).sum(),
            trends,
            peak_rss_mib: peak_rss_mib(),
            machine: machine(),
        })
    })?;
    write_report(&report, args.report.as_ref())?;
    eprintln!(
        "reference report per document: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} documents, {:.1} s); trends, all {} groupings: {:.2} s",
        report.refs_p50_ms,
        report.refs_p90_ms,
        report.refs_p99_ms,
        report.refs_max_ms,
        report.documents_timed,
        report.refs_total_seconds,
        report.trends.len(),
        report.trends_total_seconds
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sample_spreads_over_the_names() {
        let names: Vec<String> = (0..10).map(|n| format!("rfc{n}")).collect();
        assert_eq!(spread(&names, Some(3)), vec!["rfc0", "rfc3", "rfc6"]);
        assert_eq!(spread(&names, None).len(), 10);
        assert_eq!(spread(&names, Some(50)).len(), 10);
        assert_eq!(percentile(&[1.0, 2.0, 3.0, 4.0], 0.5), 2.0);
        assert_eq!(percentile(&[], 0.5), 0.0);
    }
}
