//! `rightscope bench parse`: parsing throughput and peak memory over a corpus, written as a JSON report.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use rayon::prelude::*;
use rightscope_doc::Limits;
use serde::Serialize;

use crate::inputs::{collect, read_document, Input};
use crate::BenchParseArgs;

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
struct Machine {
    cpus: usize,
    cpu_model: Option<String>,
    os: &'static str,
}

/// Reads and parses every input `runs` times and reports the throughput of each run.
pub fn run(args: &BenchParseArgs) -> anyhow::Result<ExitCode> {
    let limits = Limits::default();
    let files: Vec<PathBuf> = collect(&args.paths)
        .into_iter()
        .filter_map(|input| match input {
            Input::File(path) => Some(path),
            Input::Problem { .. } => None,
        })
        .collect();
    anyhow::ensure!(!files.is_empty(), "no documents found in the given paths");
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
        machine: Machine {
            cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
            cpu_model: cpu_model(),
            os: std::env::consts::OS,
        },
    };
    let json = serde_json::to_string_pretty(&report)?;
    match &args.report {
        Some(path) => std::fs::write(path, format!("{json}\n"))
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{json}")?;
        }
    }
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

/// Peak resident set size of this process (Linux `VmHWM`).
fn peak_rss_mib() -> Option<f64> {
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
