//! `rightscope participation`: aggregate, k-anonymous participation metrics of mailing-list archives,
//! a synthetic-archive generator and the parse + metrics benchmark.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use rightscope_participation::synth::{write_synthetic, SeedBodies};
use rightscope_participation::{
    archive_files, default_data_dir, list_name, Analysis, Classifier, Period, PseudonymKey,
    ReadOptions,
};
use serde::Serialize;

/// `rightscope participation` options.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct ParticipationArgs {
    #[command(subcommand)]
    command: Option<ParticipationCommand>,
    #[command(flatten)]
    report: ReportArgs,
}

#[derive(Debug, clap::Subcommand)]
enum ParticipationCommand {
    /// Metrics of one or more archives side by side (the default).
    Report(ReportArgs),
    /// Write a synthetic mbox of real message bodies with varied senders, dates and threads.
    Synth(SynthArgs),
    /// Parse + metrics throughput (MB/s) and peak memory on an archive, as a JSON report.
    Bench(BenchArgs),
    /// Print the pseudonym of your own address (for a self-report file).
    Pseudonym(PseudonymArgs),
}

#[derive(Debug, Clone, clap::Args)]
struct ReportArgs {
    /// Archives: files (mbox, MMDF, LISTSERV .LOG, Pipermail .txt, single messages) or directories
    /// (each directory is one list made of the archives in it).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Group metrics by month, quarter or year.
    #[arg(long, value_enum, default_value_t = PeriodArg::Quarter)]
    period: PeriodArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
    /// Domain table instead of the built-in `data/domains.csv`.
    #[arg(long, value_name = "CSV")]
    domains: Option<PathBuf>,
    /// Consented self-reports: `id,group,region,organisation,consent` (id = pseudonym or address).
    #[arg(long, value_name = "CSV")]
    self_report: Vec<PathBuf>,
    /// Where the pseudonymisation key lives (created on first use).
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum PeriodArg {
    /// Calendar months (`2021-08`).
    Month,
    /// Calendar quarters (`2021-Q3`).
    Quarter,
    /// Calendar years.
    Year,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
enum OutputFormat {
    /// Plain-text tables: lists side by side, then per period.
    Table,
    /// The report's serde types as JSON (what dashboards read).
    Json,
    /// Long-format CSV: list, period, section, category, metric, value.
    Csv,
}

#[derive(Debug, clap::Args)]
struct SynthArgs {
    /// Output mbox.
    #[arg(value_name = "OUT")]
    out: PathBuf,
    /// Size to reach, e.g. `2GB`, `200MB` (decimal units).
    #[arg(long, default_value = "2GB")]
    size: String,
    /// Archives whose bodies are reused (default: the shared corpus mail samples).
    #[arg(long, value_name = "PATH")]
    seeds: Vec<PathBuf>,
    /// Number of synthetic participants.
    #[arg(long, default_value_t = 5000)]
    people: u64,
}

#[derive(Debug, clap::Args)]
struct BenchArgs {
    /// The archive to measure.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Write the JSON report here instead of standard output.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct PseudonymArgs {
    /// Your address.
    address: String,
    /// Where the pseudonymisation key lives.
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
}

pub(crate) fn run(args: &ParticipationArgs) -> anyhow::Result<ExitCode> {
    match &args.command {
        Some(ParticipationCommand::Report(r)) => run_report(r),
        None => run_report(&args.report),
        Some(ParticipationCommand::Synth(s)) => run_synth(s),
        Some(ParticipationCommand::Bench(b)) => run_bench(b),
        Some(ParticipationCommand::Pseudonym(p)) => {
            let key =
                PseudonymKey::load_or_create(&p.data_dir.clone().unwrap_or_else(default_data_dir))?;
            writeln!(std::io::stdout().lock(), "{}", key.pseudonym(&p.address))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn run_report(args: &ReportArgs) -> anyhow::Result<ExitCode> {
    if args.paths.is_empty() {
        anyhow::bail!("give at least one archive (file or directory)");
    }
    let data_dir = args.data_dir.clone().unwrap_or_else(default_data_dir);
    let key = PseudonymKey::load_or_create(&data_dir)?;
    let mut classifier = match &args.domains {
        Some(path) => Classifier::from_table_file(path)?,
        None => Classifier::builtin()?,
    };
    for path in &args.self_report {
        let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
        classifier.add_self_reports(&text, path, &key)?;
    }
    let mut analysis = Analysis::new(key);
    let mut failed = false;
    for path in &args.paths {
        let name = list_name(path);
        for file in archive_files(path).with_context(|| path.display().to_string())? {
            let reader = File::open(&file).with_context(|| file.display().to_string())?;
            if let Err(reason) = analysis.read(
                &name,
                BufReader::with_capacity(256 * 1024, reader),
                ReadOptions::default(),
            ) {
                eprintln!(
                    "{}: skipped: {}",
                    rightscope_report::terminal_safe(&file.display().to_string()),
                    rightscope_report::terminal_safe(&reason.to_string())
                );
                failed |= !path.is_dir();
            }
        }
    }
    let period = match args.period {
        PeriodArg::Month => Period::Month,
        PeriodArg::Quarter => Period::Quarter,
        PeriodArg::Year => Period::Year,
    };
    let report = analysis.report(&classifier, period);
    let text = match args.format {
        OutputFormat::Table => report.to_table(),
        OutputFormat::Json => report.to_json() + "\n",
        OutputFormat::Csv => report.to_csv(),
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// `2GB`, `200MB`, `1.5GB`, `1000000` → bytes (decimal units).
fn parse_size(text: &str) -> anyhow::Result<u64> {
    let t = text.trim().to_ascii_uppercase();
    let (number, unit) = t.split_at(t.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(t.len()));
    let n: f64 = number
        .trim()
        .parse()
        .with_context(|| format!("size {text:?}"))?;
    let mult = match unit.trim() {
        "" | "B" => 1.0,
        "KB" | "K" => 1e3,
        "MB" | "M" => 1e6,
        "GB" | "G" => 1e9,
        other => anyhow::bail!("size {text:?}: unknown unit {other:?} (B, KB, MB, GB)"),
    };
    Ok((n * mult) as u64)
}

fn default_seeds() -> Vec<PathBuf> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/mbox");
    vec![corpus.join("bigbang"), corpus.join("mailarchive")]
}

fn collect_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        if let Ok(entries) = std::fs::read_dir(path) {
            let mut paths: Vec<PathBuf> =
                entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            for p in paths {
                collect_files(&p, out);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}

fn run_synth(args: &SynthArgs) -> anyhow::Result<ExitCode> {
    let target = parse_size(&args.size)?;
    let roots = if args.seeds.is_empty() {
        default_seeds()
    } else {
        args.seeds.clone()
    };
    let mut files = Vec::new();
    for root in &roots {
        collect_files(root, &mut files);
    }
    let mut seeds = SeedBodies::default();
    for file in &files {
        let reader = File::open(file).with_context(|| file.display().to_string())?;
        seeds
            .add_archive(BufReader::new(reader))
            .with_context(|| file.display().to_string())?;
    }
    let out = File::create(&args.out).with_context(|| args.out.display().to_string())?;
    let mut out = BufWriter::with_capacity(1 << 20, out);
    let started = Instant::now();
    let summary = write_synthetic(&mut out, &seeds, target, args.people, 1_420_070_400, 0x5eed)?;
    out.flush()?;
    eprintln!(
        "wrote {} messages ({:.1} MB) from {} seed messages to {} in {:.1} s",
        summary.messages,
        summary.bytes as f64 / 1e6,
        seeds.len(),
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// Targets of the mail issue (DESIGN §7).
const TARGET_MB_PER_S: f64 = 200.0;

#[derive(Debug, Serialize)]
struct BenchReport {
    file: String,
    bytes: u64,
    messages: usize,
    skipped: u64,
    threads: usize,
    read_seconds: f64,
    report_seconds: f64,
    total_seconds: f64,
    mb_per_s: f64,
    target_mb_per_s: f64,
    meets_target: bool,
    peak_rss_mib: Option<f64>,
    cpus: usize,
}

fn run_bench(args: &BenchArgs) -> anyhow::Result<ExitCode> {
    let key = PseudonymKey::from_bytes([0x42; 32]);
    let classifier = Classifier::builtin()?;
    let mut analysis = Analysis::new(key);
    let started = Instant::now();
    let reader = File::open(&args.file).with_context(|| args.file.display().to_string())?;
    analysis
        .read(
            &list_name(&args.file),
            BufReader::with_capacity(1 << 20, reader),
            ReadOptions::default(),
        )
        .map_err(|reason| anyhow::anyhow!("{}: {reason}", args.file.display()))?;
    let read_seconds = started.elapsed().as_secs_f64();
    let list = &analysis.lists()[0];
    let (bytes, messages, skipped) = (
        list.bytes,
        list.message_count(),
        list.skipped.values().sum(),
    );
    let metrics_started = Instant::now();
    let report = analysis.report(&classifier, Period::Month);
    let report_seconds = metrics_started.elapsed().as_secs_f64();
    let total_seconds = started.elapsed().as_secs_f64();
    // Rendering is part of "metrics": make sure it is not optimised away.
    let rendered = report.to_json().len();
    let file_bytes = std::fs::metadata(&args.file)
        .map(|m| m.len())
        .unwrap_or(bytes);
    let mb_per_s = file_bytes as f64 / 1e6 / total_seconds;
    let out = BenchReport {
        file: args.file.display().to_string(),
        bytes: file_bytes,
        messages,
        skipped,
        threads: rayon::current_num_threads(),
        read_seconds,
        report_seconds,
        total_seconds,
        mb_per_s,
        target_mb_per_s: TARGET_MB_PER_S,
        meets_target: mb_per_s >= TARGET_MB_PER_S,
        peak_rss_mib: crate::bench_cmd::peak_rss_mib(),
        cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let json = serde_json::to_string_pretty(&out)? + "\n";
    match &args.report {
        Some(path) => std::fs::write(path, &json).with_context(|| path.display().to_string())?,
        None => std::io::stdout().lock().write_all(json.as_bytes())?,
    }
    eprintln!(
        "participation: {messages} messages ({:.0} MB) in {total_seconds:.2} s = {mb_per_s:.0} MB/s; peak RSS {}; report {rendered} bytes",
        file_bytes as f64 / 1e6,
        out.peak_rss_mib.map_or_else(|| "unknown".into(), |m| format!("{m:.0} MiB")),
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_in_decimal_units() {
        assert_eq!(parse_size("2GB").ok(), Some(2_000_000_000));
        assert_eq!(parse_size("200 MB").ok(), Some(200_000_000));
        assert!(parse_size("2 parsecs").is_err());
    }
}
