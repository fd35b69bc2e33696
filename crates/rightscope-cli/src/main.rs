//! `rightscope`: human-rights due diligence for Internet standards documents — the command line.

mod bench_cmd;
mod inputs;
mod parse_cmd;
mod strip_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Human-rights due diligence for Internet standards documents.
#[derive(Debug, Parser)]
#[command(name = "rightscope", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print documents as plain text without pagination (page footers, running headers, form feeds).
    Strip(StripArgs),
    /// Print the document model: metadata and sections with their kinds and lines.
    Parse(ParseArgs),
    /// Measure rightscope's speed and memory on a corpus and write a JSON report.
    #[command(subcommand)]
    Bench(BenchCommand),
}

#[derive(Debug, Subcommand)]
enum BenchCommand {
    /// Parsing throughput (MB/s) and peak memory over the given files and directories.
    Parse(BenchParseArgs),
}

#[derive(Debug, clap::Args)]
struct BenchParseArgs {
    /// Files or directories to parse.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// How many times to parse everything; the best run counts.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Write the JSON report here instead of standard output.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
}

/// Options shared by every command that reads documents.
#[derive(Debug, clap::Args)]
struct InputArgs {
    /// Files or directories to read (directories are searched for .txt, .xml, .md, .html and .pdf files).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Largest document accepted, in bytes.
    #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
    max_size: u64,
    /// Number of documents read in parallel (default: one per CPU core).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
}

#[derive(Debug, clap::Args)]
struct StripArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Write one `<name>.stripped` file per input into this directory instead of printing.
    #[arg(long, short = 'o', value_name = "DIR")]
    output_dir: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct ParseArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ParseFormat::Text)]
    format: ParseFormat,
    /// Include the normalised text of each document in JSON output.
    #[arg(long)]
    with_text: bool,
}

/// Output formats of `parse`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ParseFormat {
    /// A summary for people.
    Text,
    /// The document model as JSON.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Strip(args) => strip_cmd::run(&args),
        Command::Parse(args) => parse_cmd::run(&args),
        Command::Bench(BenchCommand::Parse(args)) => bench_cmd::run(&args),
    };
    match result {
        Ok(status) => status,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
