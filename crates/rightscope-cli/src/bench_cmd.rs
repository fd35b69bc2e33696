//! `rightscope bench parse`: parsing throughput and peak memory over a corpus, written as a JSON report.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use rayon::prelude::*;
use rightscope_doc::Limits;
use rightscope_rules::{Family, Verdict};
use serde::Serialize;

use crate::check_cmd::builtin_catalogue;
use crate::inputs::{collect, read_document, Input};
use crate::{BenchCheckArgs, BenchParseArgs};

/// Target throughput of the foundation issue, in MB/s on 2 cores.
const TARGET_MB_PER_S: f64 = 300.0;

#[derive(Debug, Serialize)]
struct Report {
    benchmark: &'static str,
    inputs: Vec<String>,
    documents: usize,
    errors: usize,
    bytes: u64,
    threads: usize,
    runs: Vec<Run>,
    best_seconds: f64,
    best_mb_per_s: f64,
    target_mb_per_s: f64,
    meets_target: bool,
    peak_rss_mib: Option<f64>,
    machine: Machine,
}

#[derive(Debug, Serialize)]
struct Run {
    seconds: f64,
    mb_per_s: f64,
    docs_per_s: f64,
}

#[derive(Debug, Serialize)]
pub(crate) struct Machine {
    cpus: usize,
    cpu_model: Option<String>,
    os: &'static str,
}

fn files_of(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let files: Vec<PathBuf> = collect(paths)
        .into_iter()
        .filter_map(|input| match input {
            Input::File(path) => Some(path),
            Input::Problem { .. } => None,
        })
        .collect();
    anyhow::ensure!(!files.is_empty(), "no documents found in the given paths");
    Ok(files)
}

pub(crate) fn write_report(report: &impl Serialize, path: Option<&PathBuf>) -> anyhow::Result<()> {
    let json = serde_json::to_string_pretty(report)?;
    match path {
        Some(path) => std::fs::write(path, format!("{json}\n"))
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{json}")?;
        }
    }
    Ok(())
}

pub(crate) fn machine() -> Machine {
    Machine {
        cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
        cpu_model: cpu_model(),
        os: std::env::consts::OS,
    }
}

/// Target of the check issue: at most this many times ripgrep's time over the same files.
const TARGET_RATIO_TO_RIPGREP: f64 = 2.0;
/// Target of the check issue: peak memory in MiB.
const TARGET_PEAK_RSS_MIB: f64 = 500.0;

/// How noisy the catalogue is over a corpus: findings per document and `creates` verdicts.
#[derive(Debug, Serialize)]
struct Noise {
    findings_per_document_percentiles: BTreeMap<&'static str, usize>,
    documents_without_findings: usize,
    documents_with_a_creates_verdict: usize,
    creates_verdicts_per_family: BTreeMap<&'static str, usize>,
}

fn noise_of(per_document: &[(usize, Vec<Family>)]) -> Noise {
    let mut counts: Vec<usize> = per_document.iter().map(|(findings, _)| *findings).collect();
    counts.sort_unstable();
    let percentile = |p: usize| {
        counts
            .get(counts.len().saturating_sub(1) * p / 100)
            .copied()
            .unwrap_or(0)
    };
    let mut percentiles = BTreeMap::new();
    for (label, p) in [("p50", 50), ("p90", 90), ("p99", 99), ("max", 100)] {
        percentiles.insert(label, percentile(p));
    }
    let mut per_family = BTreeMap::new();
    for family in per_document.iter().flat_map(|(_, creates)| creates) {
        *per_family.entry(family.as_str()).or_insert(0) += 1;
    }
    Noise {
        findings_per_document_percentiles: percentiles,
        documents_without_findings: counts.iter().filter(|&&count| count == 0).count(),
        documents_with_a_creates_verdict: per_document
            .iter()
            .filter(|(_, creates)| !creates.is_empty())
            .count(),
        creates_verdicts_per_family: per_family,
    }
}

#[derive(Debug, Serialize)]
struct CheckReport {
    benchmark: &'static str,
    inputs: Vec<String>,
    documents: usize,
    errors: usize,
    bytes: u64,
    rules: usize,
    patterns: usize,
    findings: usize,
    noise: Noise,
    threads: usize,
    check_seconds: f64,
    check_mb_per_s: f64,
    ripgrep_command: String,
    ripgrep_seconds: Option<f64>,
    /// ripgrep was stopped at the timeout: its time is at least `ripgrep_seconds`.
    ripgrep_timed_out: bool,
    ratio_to_ripgrep: Option<f64>,
    target_ratio: f64,
    meets_ratio_target: Option<bool>,
    peak_rss_mib: Option<f64>,
    target_peak_rss_mib: f64,
    machine: Machine,
}

/// Runs a command to its end or until `timeout`: (seconds, whether it finished).
fn run_timed(
    command: &mut std::process::Command,
    timeout: std::time::Duration,
) -> std::io::Result<(f64, bool)> {
    let started = Instant::now();
    let mut child = command.spawn()?;
    loop {
        if child.try_wait()?.is_some() {
            return Ok((started.elapsed().as_secs_f64(), true));
        }
        if started.elapsed() >= timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Ok((started.elapsed().as_secs_f64(), false));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// `bench check`: the whole check pipeline over a corpus against `rg -c -f <all rule patterns>` on the
/// same files, measured in the same run (best of `runs` for each).
pub fn run_check(args: &BenchCheckArgs) -> anyhow::Result<ExitCode> {
    let limits = Limits::default();
    let files = files_of(&args.paths)?;
    let catalogue = builtin_catalogue()?;
    let checker =
        rightscope_rules::Checker::new(&catalogue).map_err(|error| anyhow::anyhow!("{error}"))?;
    let patterns = rightscope_rules::Checker::pattern_sources(&catalogue);
    let threads = rayon::current_num_threads();

    let mut best_check = f64::INFINITY;
    let mut per_document: Vec<(usize, Vec<Family>)> = Vec::new();
    for _ in 0..args.runs.max(1) {
        let started = Instant::now();
        per_document = files
            .par_iter()
            .filter_map(|path| {
                let document = read_document(path, &limits).ok()?;
                let result = checker.check(&document);
                let creates = result
                    .assessments
                    .iter()
                    .filter(|assessment| assessment.verdict == Verdict::Creates)
                    .map(|assessment| assessment.family)
                    .collect();
                Some((result.findings.len(), creates))
            })
            .collect();
        best_check = best_check.min(started.elapsed().as_secs_f64());
    }
    let bytes: u64 = files
        .iter()
        .filter_map(|path| std::fs::metadata(path).ok())
        .map(|metadata| metadata.len())
        .sum();
    let totals = (
        per_document.len(),
        files.len() - per_document.len(),
        bytes,
        per_document
            .iter()
            .map(|(findings, _)| findings)
            .sum::<usize>(),
    );
    let noise = noise_of(&per_document);
    let peak_rss = peak_rss_mib();

    let pattern_file =
        std::env::temp_dir().join(format!("rightscope-patterns-{}.txt", std::process::id()));
    std::fs::write(&pattern_file, patterns.join("\n") + "\n")
        .context("cannot write the pattern file")?;
    let mut ripgrep = std::process::Command::new(&args.ripgrep);
    ripgrep.arg("-c").arg("--no-messages");
    if !args.ripgrep_unicode {
        ripgrep.arg("--no-unicode");
    }
    ripgrep
        .arg("-j")
        .arg(threads.to_string())
        .arg("-f")
        .arg(&pattern_file)
        .args(&files)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let timeout = std::time::Duration::from_secs(args.ripgrep_timeout.max(1));
    let mut best_rg: Option<f64> = None;
    let mut timed_out = false;
    for _ in 0..args.runs.max(1) {
        match run_timed(&mut ripgrep, timeout) {
            Ok((seconds, finished)) => {
                best_rg = Some(best_rg.map_or(seconds, |best: f64| best.min(seconds)));
                if !finished {
                    timed_out = true;
                    break;
                }
            }
            Err(error) => {
                eprintln!(
                    "warning: could not run {}: {error}; no ratio reported",
                    args.ripgrep.display()
                );
                break;
            }
        }
    }
    let _ = std::fs::remove_file(&pattern_file);
    let ratio = best_rg.map(|rg| best_check / rg);
    let report = CheckReport {
        benchmark: "check",
        inputs: args.paths.iter().map(|p| p.display().to_string()).collect(),
        documents: totals.0,
        errors: totals.1,
        bytes: totals.2,
        rules: catalogue.len(),
        patterns: patterns.len(),
        findings: totals.3,
        noise,
        threads,
        check_seconds: best_check,
        check_mb_per_s: totals.2 as f64 / 1e6 / best_check,
        ripgrep_command: format!(
            "{} -c --no-messages{} -j {threads} -f <{} rule patterns> <{} files>",
            args.ripgrep.display(),
            if args.ripgrep_unicode {
                ""
            } else {
                " --no-unicode"
            },
            patterns.len(),
            files.len()
        ),
        ripgrep_seconds: best_rg,
        ripgrep_timed_out: timed_out,
        ratio_to_ripgrep: ratio,
        target_ratio: TARGET_RATIO_TO_RIPGREP,
        meets_ratio_target: ratio.map(|ratio| ratio <= TARGET_RATIO_TO_RIPGREP),
        peak_rss_mib: peak_rss,
        target_peak_rss_mib: TARGET_PEAK_RSS_MIB,
        machine: machine(),
    };
    write_report(&report, args.report.as_ref())?;
    eprintln!(
        "check: {} documents ({:.1} MB), {} findings in {best_check:.2} s; ripgrep {}; ratio {}; peak RSS {}",
        totals.0,
        totals.2 as f64 / 1e6,
        totals.3,
        best_rg.map_or_else(
            || "not run".into(),
            |s| format!("{}{s:.2} s", if timed_out { "over " } else { "" })
        ),
        ratio.map_or_else(
            || "n/a".into(),
            |r| format!("{}{r:.3}", if timed_out { "under " } else { "" })
        ),
        peak_rss.map_or_else(|| "unknown".into(), |m| format!("{m:.0} MiB")),
    );
    Ok(ExitCode::SUCCESS)
}

/// Reads and parses every input `runs` times and reports the throughput of each run.
pub fn run(args: &BenchParseArgs) -> anyhow::Result<ExitCode> {
    let limits = Limits::default();
    let files = files_of(&args.paths)?;
    let threads = rayon::current_num_threads();
    let mut runs = Vec::new();
    let mut totals = (0usize, 0usize, 0u64);
    for _ in 0..args.runs.max(1) {
        let started = Instant::now();
        totals = files
            .par_iter()
            .map(|path| match read_document(path, &limits) {
                Ok(document) => (1, 0, document.source.size),
                Err(_) => (0, 1, 0),
            })
            .reduce(|| (0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
        let seconds = started.elapsed().as_secs_f64();
        runs.push(Run {
            seconds,
            mb_per_s: totals.2 as f64 / 1e6 / seconds,
            docs_per_s: totals.0 as f64 / seconds,
        });
    }
    let best = runs
        .iter()
        .min_by(|a, b| a.seconds.total_cmp(&b.seconds))
        .map_or(0.0, |run| run.seconds);
    let best_mb_per_s = totals.2 as f64 / 1e6 / best;
    let report = Report {
        benchmark: "parse",
        inputs: args.paths.iter().map(|p| p.display().to_string()).collect(),
        documents: totals.0,
        errors: totals.1,
        bytes: totals.2,
        threads,
        runs,
        best_seconds: best,
        best_mb_per_s,
        target_mb_per_s: TARGET_MB_PER_S,
        meets_target: best_mb_per_s >= TARGET_MB_PER_S,
        peak_rss_mib: peak_rss_mib(),
        machine: machine(),
    };
    write_report(&report, args.report.as_ref())?;
    eprintln!(
        "parsed {} documents ({:.1} MB) in {best:.2} s: {best_mb_per_s:.0} MB/s on {threads} threads, peak RSS {}",
        totals.0,
        totals.2 as f64 / 1e6,
        report
            .peak_rss_mib
            .map_or_else(|| "unknown".to_string(), |mib| format!("{mib:.0} MiB"))
    );
    Ok(ExitCode::SUCCESS)
}

/// The nearest-rank value at `fraction` (0.5 for the median) of sorted values; `None` when empty.
pub(crate) fn nearest_rank<T: Copy>(sorted: &[T], fraction: f64) -> Option<T> {
    let rank = ((sorted.len() as f64) * fraction).ceil() as usize;
    sorted.get(rank.clamp(1, sorted.len().max(1)) - 1).copied()
}

/// Peak resident set size of this process (Linux `VmHWM`).
pub(crate) fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn cpu_model() -> Option<String> {
    let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    let line = info.lines().find(|line| line.starts_with("model name"))?;
    Some(line.split_once(':')?.1.trim().to_string())
}

/// Targets of the ingest issue (full RFC corpus, 2 cores).
const TARGET_INGEST_SECONDS: f64 = 60.0;
/// Re-ingest of the unchanged corpus.
const TARGET_REINGEST_SECONDS: f64 = 10.0;
/// Peak memory of an ingest.
const TARGET_INGEST_RSS_MIB: f64 = 1024.0;

/// Options of `rightscope bench ingest`.
#[derive(Debug, clap::Args)]
pub struct BenchIngestArgs {
    /// Directories to ingest (e.g. an unpacked rfc-txt, rfc-xml and rfc-meta).
    #[arg(required = true, value_name = "DIR")]
    pub paths: Vec<PathBuf>,
    /// Benchmark this PostgreSQL database (it should be empty) instead of a fresh SQLite data directory.
    #[arg(long, value_name = "URL")]
    pub database: Option<String>,
    /// Parser threads (default: one per CPU core).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Ingest into this SQLite data directory (new or empty) and keep it with its search index
    /// (`DIR/search-index`) afterwards, e.g. for `bench search` (default: a temporary directory).
    #[arg(long, value_name = "DIR", conflicts_with = "database")]
    pub keep_data_dir: Option<PathBuf>,
    /// Write the JSON report here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
struct IngestBenchReport {
    benchmark: &'static str,
    inputs: Vec<String>,
    store: String,
    documents: i64,
    revisions: i64,
    findings: i64,
    errors: usize,
    threads: usize,
    ingest_seconds: f64,
    index_seconds: f64,
    /// Ingest plus index: the figure the target is for.
    ingest_and_index_seconds: f64,
    index_records: u64,
    index_bytes: u64,
    reingest_seconds: f64,
    peak_rss_mib_ingest: Option<f64>,
    peak_rss_mib: Option<f64>,
    store_bytes: u64,
    target_ingest_seconds: f64,
    target_reingest_seconds: f64,
    target_peak_rss_mib: f64,
    meets_ingest_target: bool,
    meets_reingest_target: bool,
    meets_rss_target: Option<bool>,
    load_average_before: Option<String>,
    load_average_after: Option<String>,
    ingest: rightscope_ingest::IngestSummary,
    reingest: rightscope_ingest::IngestSummary,
    machine: Machine,
}

fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    Some(
        text.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

fn dir_size(dir: &std::path::Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.metadata().ok())
        .filter(|metadata| metadata.is_file())
        .map(|metadata| metadata.len())
        .sum()
}

/// What one `bench ingest` run measured inside the runtime.
struct IngestRun {
    first: rightscope_ingest::IngestSummary,
    ingest_seconds: f64,
    rss_ingest: Option<f64>,
    index: rightscope_ingest::index::IndexSummary,
    index_seconds: f64,
    second: rightscope_ingest::IngestSummary,
    reingest_seconds: f64,
    counts: rightscope_store::Counts,
    database_bytes: u64,
}

/// `bench ingest`: a full ingest into a fresh store, then a re-ingest of the unchanged corpus.
pub fn run_ingest(args: &BenchIngestArgs) -> anyhow::Result<ExitCode> {
    let temp = tempfile::Builder::new()
        .prefix("rightscope-bench-ingest-")
        .tempdir()
        .context("cannot create a temporary data directory")?;
    let data_dir = args
        .keep_data_dir
        .clone()
        .unwrap_or_else(|| temp.path().join("data"));
    if let Some(dir) = &args.keep_data_dir {
        let empty = std::fs::read_dir(dir).map_or(true, |mut entries| entries.next().is_none());
        anyhow::ensure!(
            empty,
            "--keep-data-dir {}: not empty (the benchmark needs a fresh store)",
            dir.display()
        );
    }
    let location = match &args.database {
        Some(url) => rightscope_store::Location::parse(url),
        None => rightscope_store::Location::Dir(data_dir.clone()),
    };
    let sources = crate::ingest_cmd::sources(&args.paths, None);
    let options = rightscope_ingest::IngestOptions {
        threads: args.jobs,
        ..rightscope_ingest::IngestOptions::default()
    };
    let threads = args.jobs.unwrap_or_else(rayon::current_num_threads);
    let load_before = load_average();
    let runtime = crate::store_args::runtime()?;
    let index_dir = match &args.keep_data_dir {
        Some(dir) => dir.join(crate::store_args::INDEX_SUBDIR),
        None => temp.path().join("search-index"),
    };
    let measured = runtime.block_on(async {
        let fail = |error: rightscope_store::StoreError| anyhow::anyhow!("{error}");
        let store = rightscope_store::Store::open(location.clone())
            .await
            .map_err(fail)?;
        let run_ingest = || async {
            let started = Instant::now();
            let summary = rightscope_ingest::ingest(
                &store,
                &sources,
                &options,
                &rightscope_ingest::NoProgress,
            )
            .await
            .map_err(|error| anyhow::anyhow!("{error}"))?;
            Ok::<_, anyhow::Error>((summary, started.elapsed().as_secs_f64()))
        };
        let (first, ingest_seconds) = run_ingest().await?;
        let rss_ingest = peak_rss_mib();
        let started = Instant::now();
        let index = rightscope_ingest::index::rebuild_index(
            &store,
            &index_dir,
            &rightscope_ingest::index::IndexOptions::default(),
        )
        .await
        .with_context(|| format!("search index {}", index_dir.display()))?;
        let index_seconds = started.elapsed().as_secs_f64();
        let (second, reingest_seconds) = run_ingest().await?;
        let counts = store.counts().await.map_err(fail)?;
        let database_bytes = store.size_bytes().await.map_err(fail)?;
        store.close().await;
        Ok::<_, anyhow::Error>(IngestRun {
            first,
            ingest_seconds,
            rss_ingest,
            index,
            index_seconds,
            second,
            reingest_seconds,
            counts,
            database_bytes,
        })
    })?;
    let IngestRun {
        first,
        ingest_seconds,
        rss_ingest,
        index,
        index_seconds,
        second,
        reingest_seconds,
        counts,
        database_bytes,
    } = measured;
    let peak = peak_rss_mib();
    // A data directory's files (database, WAL); PostgreSQL's own figure for its database.
    let store_bytes = match &location {
        rightscope_store::Location::Dir(dir) => dir_size(dir),
        rightscope_store::Location::Postgres(_) => database_bytes,
    };
    let report = IngestBenchReport {
        benchmark: "ingest",
        inputs: args.paths.iter().map(|p| p.display().to_string()).collect(),
        store: location.to_string(),
        documents: counts.documents,
        revisions: counts.revisions,
        findings: counts.findings,
        errors: first.errors,
        threads,
        ingest_seconds,
        index_seconds,
        ingest_and_index_seconds: ingest_seconds + index_seconds,
        index_records: index.records,
        index_bytes: index.size_bytes,
        reingest_seconds,
        peak_rss_mib_ingest: rss_ingest,
        peak_rss_mib: peak,
        store_bytes,
        target_ingest_seconds: TARGET_INGEST_SECONDS,
        target_reingest_seconds: TARGET_REINGEST_SECONDS,
        target_peak_rss_mib: TARGET_INGEST_RSS_MIB,
        meets_ingest_target: ingest_seconds + index_seconds <= TARGET_INGEST_SECONDS,
        meets_reingest_target: reingest_seconds <= TARGET_REINGEST_SECONDS,
        meets_rss_target: peak.map(|mib| mib <= TARGET_INGEST_RSS_MIB),
        load_average_before: load_before,
        load_average_after: load_average(),
        ingest: first,
        reingest: second,
        machine: machine(),
    };
    write_report(&report, args.report.as_ref())?;
    eprintln!(
        "ingest: {} documents, {} revisions, {} findings in {ingest_seconds:.1} s, index {index_seconds:.1} s; \
         re-ingest {reingest_seconds:.1} s; peak RSS {}; store {:.0} MB",
        counts.documents,
        counts.revisions,
        counts.findings,
        peak.map_or_else(|| "unknown".into(), |m| format!("{m:.0} MiB")),
        store_bytes as f64 / 1e6,
    );
    Ok(ExitCode::SUCCESS)
}
