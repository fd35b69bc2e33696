//! `rightscope`: human-rights due diligence for Internet standards documents — the command line.

mod audit_cmd;
mod bench_all;
mod bench_cmd;
mod bench_refs;
mod bench_search;
mod bench_web;
mod check_cmd;
mod config;
mod diff_cmd;
mod eval_cmd;
mod feed_cmd;
mod index_cmd;
mod ingest_cmd;
mod inputs;
mod install_cmd;
mod parse_cmd;
mod participation_cmd;
mod refs_cmd;
mod review_cmd;
mod rules_cmd;
mod search_cmd;
mod serve_cmd;
mod show_cmd;
mod store_args;
mod strip_cmd;
mod suppress;
mod trends_cmd;
mod user_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Human-rights due diligence for Internet standards documents.
#[derive(Debug, Parser)]
#[command(name = "rightscope", version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Find where documents create or mitigate human-rights risks (exit 0: none at --fail-on, 1: found, 2: error).
    Check(CheckArgs),
    /// Compare two revisions: findings added, removed and unchanged, and verdict changes (exit 1 only with --fail-on-new-risk).
    Diff(DiffArgs),
    /// List the rule catalogue, or explain one rule.
    Rules(RulesArgs),
    /// Measure verdicts against hand-made labels (precision, recall, direction) as a JSON report.
    Eval(EvalArgs),
    /// Print documents as plain text without pagination (page footers, running headers, form feeds).
    Strip(StripArgs),
    /// Print the document model: metadata and sections with their kinds and lines.
    Parse(ParseArgs),
    /// Ingest corpora (RFC mirror, draft revisions, W3C specifications) into the store (exit 2: some input failed).
    Ingest(ingest_cmd::IngestArgs),
    /// Show a stored document: metadata, revisions, timeline and the latest verdicts per family.
    Show(show_cmd::ShowArgs),
    /// Show a stored document's references: what it depends on, the risks it inherits, what depends on it.
    Refs(refs_cmd::RefsArgs),
    /// Trends over the store: considerations sections, findings and verdicts per year, area, stream, WG or SDO.
    Trends(trends_cmd::TrendsArgs),
    /// Print a watchlist's Atom feed: new revisions, new risk findings, Last Call deadlines.
    Feed(feed_cmd::FeedArgs),
    /// Create, list and remove watchlists.
    Watch(feed_cmd::WatchArgs),
    /// Search the store's documents and findings (builds the search index first if it is missing or stale).
    Search(search_cmd::SearchArgs),
    /// Rebuild the search index from the store and print what it holds.
    Index(index_cmd::IndexArgs),
    /// Serve the web observatory (pages, Atom feeds, JSON API) over the store; binds 127.0.0.1:8080 by default.
    Serve(serve_cmd::ServeArgs),
    /// Who takes part in mailing lists: aggregate metrics (cells under 5 people read "< 5"), synth, bench.
    Participation(participation_cmd::ParticipationArgs),
    /// Measure rightscope's speed and memory on a corpus and write a JSON report.
    #[command(subcommand)]
    Bench(BenchCommand),
    /// Manage review accounts: add, list, disable, enable, reset-password (passwords from stdin or a file).
    User(user_cmd::UserArgs),
    /// Export a review as Markdown (HRPC review shape) or JSON (exit 2: no such review).
    Review(review_cmd::ReviewArgs),
    /// Check the audit log's hash chain (exit 0: intact, 1: broken, naming the first broken entry).
    Audit(audit_cmd::AuditArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish) generated from these options.
    Completions(install_cmd::CompletionsArgs),
    /// Print the man page, or write it and one page per subcommand into a directory.
    Man(install_cmd::ManArgs),
}

#[derive(Debug, Subcommand)]
enum BenchCommand {
    /// Parsing throughput (MB/s) and peak memory over the given files and directories.
    Parse(BenchParseArgs),
    /// `check` over the given files against `rg -c -f <all rule patterns>` on the same files.
    Check(BenchCheckArgs),
    /// Full ingest into a fresh store, then a re-ingest of the unchanged corpus: time, memory, size.
    Ingest(bench_cmd::BenchIngestArgs),
    /// Search latency (p50/p90/p99) over the store's index, building the index first if needed.
    Search(bench_search::BenchSearchArgs),
    /// Reference reports of every document (or a sample) and each trend grouping: time per document.
    Refs(bench_refs::BenchRefsArgs),
    /// Load on a running web app: many keep-alive clients, latency p50/p90/p99 against p99 < 50 ms.
    Web(bench_web::BenchWebArgs),
    /// Every figure of the project in one run (parse, check vs ripgrep, strip vs ietf-reviewtool, ingest
    /// SQLite vs PostgreSQL, search, refs, web under load, mail vs BigBang) as one JSON report.
    All(bench_all::BenchAllArgs),
}

#[derive(Debug, clap::Args)]
struct BenchCheckArgs {
    /// Files or directories to check.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// How many times to run each side; the best run counts.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// The ripgrep binary to compare with.
    #[arg(long, default_value = "rg", value_name = "PROGRAM")]
    ripgrep: PathBuf,
    /// Run ripgrep with Unicode classes (its default). The engine matches with ASCII classes, so by
    /// default ripgrep gets `--no-unicode` and both sides match the same thing.
    #[arg(long)]
    ripgrep_unicode: bool,
    /// Stop a ripgrep run after this many seconds; the report then gives a lower bound.
    #[arg(long, default_value_t = 3600, value_name = "SECONDS")]
    ripgrep_timeout: u64,
    /// Write the JSON report here instead of standard output.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
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

#[derive(Debug, clap::Args)]
struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    /// Exit 1 when a risk finding at or above this severity remains: info, warning, error or never.
    #[arg(long, value_name = "LEVEL")]
    fail_on: Option<String>,
    /// Only these rule codes or families (comma-separated; replaces the config's `select`).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    select: Vec<String>,
    /// Skip these rule codes or families (comma-separated; added to the config's `ignore`).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    ignore: Vec<String>,
    /// Configuration file (default: rightscope.toml in this directory or a parent).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Ignore any rightscope.toml.
    #[arg(long)]
    no_config: bool,
    /// Report only findings not in this earlier JSON report.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Print how often each rule fired instead of the findings.
    #[arg(long)]
    statistics: bool,
    /// Only findings at least this confident (0–1: how often people who read the whole document
    /// confirmed such findings); the verdicts are recomputed from the findings kept.
    #[arg(long, value_name = "P", value_parser = parse_confidence)]
    min_confidence: Option<f64>,
    /// Also show `context` findings (passages that discuss a risk without creating or mitigating it).
    #[arg(long)]
    show_context: bool,
    /// Colour: auto, always or never.
    #[arg(long, default_value = "auto", value_name = "WHEN")]
    color: String,
}

/// A confidence floor between 0 and 1.
fn parse_confidence(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a number between 0 and 1"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is not between 0 and 1"))
    }
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum CheckFormat {
    /// For people: findings with the source line and a summary per family.
    Text,
    /// Stable, versioned JSON.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// A review comment for a mailing list or GitHub.
    Markdown,
}

#[derive(Debug, clap::Args)]
struct DiffArgs {
    /// The old revision: a file, or a name (`draft-foo-03`, `rfc8890`) looked up under --corpus.
    #[arg(value_name = "OLD")]
    old: String,
    /// The new revision: a file, or a name looked up under --corpus.
    #[arg(value_name = "NEW")]
    new: String,
    /// Directory searched (recursively) for `NAME.xml`, `NAME.txt` or `NAME.md`, in that preference.
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
    /// List the findings both revisions share, not only their count.
    #[arg(long)]
    show_unchanged: bool,
    /// Also list `context` findings (passages that discuss a risk without creating or mitigating it).
    #[arg(long)]
    show_context: bool,
    /// Exit 1 when the new revision adds a risk finding (or turns one into a risk).
    #[arg(long)]
    fail_on_new_risk: bool,
    /// Only these rule codes or families (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    select: Vec<String>,
    /// Skip these rule codes or families (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    ignore: Vec<String>,
    /// Largest document accepted, in bytes.
    #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
    max_size: u64,
    /// Colour: auto, always or never.
    #[arg(long, default_value = "auto", value_name = "WHEN")]
    color: String,
}

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum DiffFormat {
    /// For a terminal: verdict changes, added and removed findings, counts.
    Text,
    /// Stable, versioned JSON.
    Json,
    /// A message for a mailing list.
    Markdown,
}

#[derive(Debug, clap::Args)]
struct EvalArgs {
    /// Labels CSV: document,family,verdict,why (family `*` = every family the document has no row for).
    #[arg(value_name = "LABELS.csv")]
    labels: PathBuf,
    /// Directory holding the labelled documents (`<document>.txt`, `.xml`, … anywhere below it; repeat for several).
    #[arg(long, value_name = "DIR", required = true)]
    corpus: Vec<PathBuf>,
    /// Write the JSON report here instead of standard output.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Figures only: no pair-by-pair disagreements, printed or in the report (for a held-apart test set).
    #[arg(long)]
    figures_only: bool,
    /// Fit the confidence model on these labels and write it here (the shipped one is
    /// crates/rightscope-rules/confidence.toml; fit it on the development part only).
    #[arg(long, value_name = "FILE")]
    fit_confidence: Option<PathBuf>,
    /// Write every labelled document's findings (with weight and section kind) and labels here, one
    /// JSON object per line, for error analysis. Not with `--figures-only`: that is for the test part.
    #[arg(long, value_name = "FILE", conflicts_with = "figures_only")]
    dump_findings: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct RulesArgs {
    #[command(subcommand)]
    command: Option<RulesCommand>,
    /// Output format of the list.
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    format: RulesFormat,
    /// Print every rule pattern, one per line (for `rg -f`).
    #[arg(long)]
    patterns: bool,
}

#[derive(Debug, Subcommand)]
enum RulesCommand {
    /// Print one rule's page: summary, why it matters, example, what to do, RFC 9620 questions.
    Explain {
        /// Rule code (LI001) or name.
        code: String,
    },
    /// Write the documentation site's rule catalogue: one Markdown page per rule (the text of `rules
    /// explain`) and an index page; prints the SUMMARY.md lines for the pages.
    Catalogue {
        /// Directory to write into (the book's is book/src/rules).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

/// Output formats of `rules`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum RulesFormat {
    /// One line per rule.
    Text,
    /// Every field of every rule.
    Json,
}

/// Output formats of `parse`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ParseFormat {
    /// A summary for people.
    Text,
    /// The document model as JSON.
    Json,
}

/// A panic is a bug: say so in one line instead of the default hook's backtrace note. Panics inside
/// parsers are caught and recorded against their input, and the run goes on; `RUST_BACKTRACE` brings
/// the default report back for debugging.
fn install_panic_hook() {
    if std::env::var_os("RUST_BACKTRACE").is_some() {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|text| (*text).to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".to_string());
        let place = info
            .location()
            .map(|location| format!(" at {}:{}", location.file(), location.line()))
            .unwrap_or_default();
        eprintln!("internal error: {message}{place} (a bug in rightscope; set RUST_BACKTRACE=1 for details)");
    }));
}

fn main() -> ExitCode {
    install_panic_hook();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check_cmd::run(&args),
        Command::Diff(args) => diff_cmd::run(&args),
        Command::Rules(args) => rules_cmd::run(&args),
        Command::Eval(args) => eval_cmd::run(&args),
        Command::Strip(args) => strip_cmd::run(&args),
        Command::Parse(args) => parse_cmd::run(&args),
        Command::Search(args) => search_cmd::run(&args),
        Command::Index(args) => index_cmd::run(&args),
        Command::Serve(args) => serve_cmd::run(&args),
        Command::Participation(args) => participation_cmd::run(&args),
        Command::Bench(BenchCommand::Parse(args)) => bench_cmd::run(&args),
        Command::Bench(BenchCommand::Check(args)) => bench_cmd::run_check(&args),
        Command::Bench(BenchCommand::Ingest(args)) => bench_cmd::run_ingest(&args),
        Command::Ingest(args) => ingest_cmd::run(&args),
        Command::Show(args) => show_cmd::run(&args),
        Command::Refs(args) => refs_cmd::run(&args),
        Command::Trends(args) => trends_cmd::run(&args),
        Command::Feed(args) => feed_cmd::run(&args),
        Command::Watch(args) => feed_cmd::run_watch(&args),
        Command::Bench(BenchCommand::Search(args)) => bench_search::run(&args),
        Command::Bench(BenchCommand::Refs(args)) => bench_refs::run(&args),
        Command::Bench(BenchCommand::Web(args)) => bench_web::run(&args),
        Command::Bench(BenchCommand::All(args)) => bench_all::run(&args),
        Command::User(args) => user_cmd::run(&args),
        Command::Review(args) => review_cmd::run(&args),
        Command::Audit(args) => audit_cmd::run(&args),
        Command::Completions(args) => install_cmd::completions(&args),
        Command::Man(args) => install_cmd::man(&args),
    };
    match result {
        Ok(status) => status,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
