//! `rightscope ingest`: corpora into the store, with a progress bar on a terminal and a summary.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::ValueEnum;
use rightscope_ingest::{
    ingest, IngestOptions, IngestSummary, ItemOutcome, Progress, Source, SourceKind, Stage,
};
use rightscope_store::{Location, Store};

/// Where the store is: a data directory (default) or a PostgreSQL URL.
#[derive(Debug, Clone, clap::Args)]
pub struct StoreArgs {
    /// PostgreSQL URL (`postgres://user:password@host/db`); the password is never printed.
    #[arg(long, global = true, value_name = "URL", conflicts_with = "data_dir")]
    pub database: Option<String>,
    /// Data directory of the embedded SQLite store (default: $RIGHTSCOPE_DATA or ./rightscope-data).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

impl StoreArgs {
    /// The store location these options name.
    pub fn location(&self) -> Location {
        if let Some(url) = &self.database {
            return Location::parse(url);
        }
        let dir = self
            .data_dir
            .clone()
            .or_else(|| std::env::var_os("RIGHTSCOPE_DATA").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("rightscope-data"));
        Location::Dir(dir)
    }
}

/// A tokio runtime for the store's async API.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("could not start the async runtime")
}

/// Opens the store (its errors already name the location, passwords redacted).
pub async fn open(args: &StoreArgs) -> anyhow::Result<Store> {
    Store::open(args.location())
        .await
        .map_err(|error| anyhow::anyhow!("{error}"))
}

/// Source kinds on the command line.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SourceArg {
    /// An RFC mirror: rfcNNNN.txt/.xml/.json, rfc-index.txt/.xml.
    Rfc,
    /// Internet-Draft revisions: draft-NAME-NN.txt/.xml/.md.
    Drafts,
    /// W3C specifications: *.html with TR API *.json.
    W3c,
}

impl From<SourceArg> for SourceKind {
    fn from(arg: SourceArg) -> SourceKind {
        match arg {
            SourceArg::Rfc => SourceKind::Rfc,
            SourceArg::Drafts => SourceKind::Drafts,
            SourceArg::W3c => SourceKind::W3c,
        }
    }
}

/// Options of `rightscope ingest`.
#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Directories (or files) to ingest.
    #[arg(required = true, value_name = "DIR")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArgs,
    /// What the directories hold (default: detected from the file names).
    #[arg(long, value_enum)]
    pub source: Option<SourceArg>,
    /// Parser threads (default: one per CPU core).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Revisions per write transaction.
    #[arg(long, default_value_t = 200, value_name = "N")]
    pub batch_size: usize,
    /// Largest document accepted, in bytes.
    #[arg(long, default_value_t = 64 * 1024 * 1024, value_name = "BYTES")]
    pub max_size: u64,
    /// Summary format.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    pub format: SummaryFormat,
}

/// Formats of the ingest summary.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SummaryFormat {
    /// A few lines for people.
    Text,
    /// The summary as JSON.
    Json,
}

/// A progress bar on standard error, only when it is a terminal.
struct Bar {
    bar: Option<indicatif::ProgressBar>,
}

impl Bar {
    fn new() -> Bar {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {msg:12} [{bar:40}] {pos}/{len} files {per_sec} eta {eta}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar
        });
        Bar { bar }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Progress for Bar {
    fn stage(&self, stage: Stage) {
        if let Some(bar) = &self.bar {
            bar.set_message(match stage {
                Stage::Listing => "listing",
                Stage::Revisions => "parsing",
                Stage::Metadata => "metadata",
            });
            bar.tick();
        }
    }

    fn planned(&self, items: usize) {
        if let Some(bar) = &self.bar {
            bar.set_length(items as u64);
        }
    }

    fn item(&self, _path: &Path, _outcome: ItemOutcome) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }
}

/// The sources the arguments name.
pub fn sources(paths: &[PathBuf], kind: Option<SourceArg>) -> Vec<Source> {
    paths
        .iter()
        .map(|path| Source {
            path: path.clone(),
            kind: kind.map(SourceKind::from),
        })
        .collect()
}

/// Runs `rightscope ingest`: exit 0, or 2 when some input could not be ingested.
pub fn run(args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let options = IngestOptions {
        limits: rightscope_doc::Limits {
            max_size: args.max_size,
            ..rightscope_doc::Limits::default()
        },
        batch_size: args.batch_size.max(1),
        threads: args.jobs,
        ..IngestOptions::default()
    };
    let sources = sources(&args.paths, args.source);
    let runtime = runtime()?;
    let bar = Bar::new();
    let summary = runtime.block_on(async {
        let store = open(&args.store).await?;
        let summary = ingest(&store, &sources, &options, &bar)
            .await
            .map_err(|error| anyhow::anyhow!("{error}"));
        store.close().await;
        summary
    });
    bar.finish();
    let summary = summary?;
    print_summary(&summary, args.format, &args.store.location().to_string())?;
    Ok(if summary.errors > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_summary(
    summary: &IngestSummary,
    format: SummaryFormat,
    store: &str,
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        SummaryFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(summary)?)?,
        SummaryFormat::Text => {
            writeln!(
                out,
                "ingested into {store}: {} documents, {} files; revisions: {} inserted, {} unchanged; \
                 metadata: {} documents changed, {} events, {} relations; {} errors; {:.1} s",
                summary.documents,
                summary.files,
                summary.revisions_inserted,
                summary.revisions_unchanged,
                summary.documents_changed,
                summary.events_inserted,
                summary.relations_inserted,
                summary.errors,
                summary.seconds
            )?;
        }
    }
    drop(out);
    for sample in &summary.error_samples {
        eprintln!("error: {}: {}", sample.path, sample.message);
    }
    if summary.errors > summary.error_samples.len() {
        eprintln!(
            "error: … and {} more inputs could not be ingested",
            summary.errors - summary.error_samples.len()
        );
    }
    Ok(())
}
