//! `rightscope bench search`: search latency over the store's index (built first if needed, and
//! then timed), as a JSON report against the targets p50 < 10 ms and p99 < 50 ms.

use std::path::PathBuf;
use std::process::ExitCode;

use rightscope_search::{latency_benchmark, QueryLatency, BENCH_QUERIES};
use serde::Serialize;

use crate::bench_cmd::{machine, peak_rss_mib, write_report, Machine};
use crate::search_cmd::ensure;
use crate::store_args::{runtime, StoreArgs};

/// Target median latency, in milliseconds.
const TARGET_P50_MS: f64 = 10.0;
/// Target 99th-percentile latency, in milliseconds.
const TARGET_P99_MS: f64 = 50.0;
/// Timed passes `latency_benchmark` makes over the queries, after one untimed warm-up pass.
const ROUNDS: usize = 3;

/// `rightscope bench search` options.
#[derive(Debug, clap::Args)]
pub(crate) struct BenchSearchArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Write the JSON report here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
struct Report {
    benchmark: &'static str,
    /// The store, password redacted.
    store: String,
    index_dir: String,
    /// Documents in the store (one revision of each is indexed).
    documents: i64,
    /// Records in the index: revisions and findings.
    records: u64,
    index_size_bytes: u64,
    segments: usize,
    /// The rebuild this run had to do, if the index was missing or stale.
    build: Option<Build>,
    queries: usize,
    warmup_rounds: usize,
    timed_rounds: usize,
    limit: usize,
    p50_ms: f64,
    p90_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    target_p50_ms: f64,
    target_p99_ms: f64,
    meets_targets: bool,
    failed_queries: usize,
    per_query: Vec<QueryLatency>,
    peak_rss_mib: Option<f64>,
    machine: Machine,
}

#[derive(Debug, Serialize)]
struct Build {
    reason: String,
    seconds: f64,
    revisions: u64,
    findings: u64,
}

pub(crate) fn run(args: &BenchSearchArgs) -> anyhow::Result<ExitCode> {
    let target = args.store.target();
    let (ensured, location, documents) = runtime()?.block_on(async {
        let store = target.open().await?;
        let ensured = ensure(&store, &target).await;
        let counts = store.counts().await;
        store.close().await;
        Ok::<_, anyhow::Error>((ensured?, store.location().to_string(), counts?.documents))
    })?;
    let index = ensured.index;
    let build = ensured.rebuilt.map(|(why, summary)| Build {
        reason: why.to_string(),
        seconds: summary.elapsed.as_secs_f64(),
        revisions: summary.revisions,
        findings: summary.findings,
    });
    eprintln!(
        "timing {} queries ({ROUNDS} rounds after a warm-up) on {} records…",
        BENCH_QUERIES.len(),
        index.num_docs()
    );
    let latency = latency_benchmark(&index, &BENCH_QUERIES);
    let failed = latency
        .per_query
        .iter()
        .filter(|query| query.error.is_some())
        .count();
    let report = Report {
        benchmark: "search",
        store: location,
        index_dir: index.dir().display().to_string(),
        documents,
        records: index.num_docs(),
        index_size_bytes: index.size_bytes(),
        segments: index.num_segments(),
        build,
        queries: BENCH_QUERIES.len(),
        warmup_rounds: 1,
        timed_rounds: ROUNDS,
        limit: 10,
        p50_ms: latency.p50_ms,
        p90_ms: latency.p90_ms,
        p99_ms: latency.p99_ms,
        max_ms: latency.max_ms,
        target_p50_ms: TARGET_P50_MS,
        target_p99_ms: TARGET_P99_MS,
        meets_targets: latency.p50_ms < TARGET_P50_MS
            && latency.p99_ms < TARGET_P99_MS
            && failed == 0,
        failed_queries: failed,
        per_query: latency.per_query,
        peak_rss_mib: peak_rss_mib(),
        machine: machine(),
    };
    write_report(&report, args.report.as_ref())?;
    eprintln!(
        "search latency: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms (targets p50 < {TARGET_P50_MS} ms, p99 < {TARGET_P99_MS} ms){}",
        report.p50_ms,
        report.p90_ms,
        report.p99_ms,
        report.max_ms,
        if failed > 0 {
            format!("; {failed} queries failed")
        } else {
            String::new()
        }
    );
    Ok(ExitCode::SUCCESS)
}
