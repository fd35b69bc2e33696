//! `rightscope ingest`: corpora into the store, with a progress bar on a terminal and a summary.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use clap::ValueEnum;
use rightscope_ingest::datatracker::{Datatracker, DatatrackerOptions, Query, DEFAULT_BASE_URL};
use rightscope_ingest::index::{rebuild_index, IndexOptions};
use rightscope_ingest::worker::{self, WorkerOptions};
use rightscope_ingest::{
    ingest, IngestOptions, IngestSummary, ItemOutcome, NoProgress, Progress, Source, SourceKind,
    Stage,
};

use crate::store_args::{runtime, StoreArgs, Target};

/// Source kinds on the command line.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SourceArg {
    /// An RFC mirror: rfcNNNN.txt/.xml/.json, rfc-index.txt/.xml.
    Rfc,
    /// Internet-Draft revisions: draft-NAME-NN.txt/.xml/.md.
    Drafts,
    /// W3C specifications: *.html with TR API *.json.
    W3c,
    /// The IETF Datatracker API: metadata and lifecycle events of the named documents (or of
    /// --group / --since), no document text. Contacts the Datatracker; nothing else does.
    Datatracker,
}

impl SourceArg {
    /// The directory kind, for the sources that are directories.
    fn directory_kind(self) -> Option<SourceKind> {
        match self {
            SourceArg::Rfc => Some(SourceKind::Rfc),
            SourceArg::Drafts => Some(SourceKind::Drafts),
            SourceArg::W3c => Some(SourceKind::W3c),
            SourceArg::Datatracker => None,
        }
    }
}

/// Options of `rightscope ingest`.
#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Directories (or files) to ingest; with `--source datatracker`, document names
    /// (`draft-ietf-quic-transport`, `rfc9000`).
    #[arg(value_name = "DIR")]
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
    /// Datatracker: documents of this group (`quic`).
    #[arg(long, value_name = "ACRONYM")]
    pub group: Option<String>,
    /// Datatracker: documents changed since this date (`2026-01-01`).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Datatracker: the API's base URL.
    #[arg(long, default_value = DEFAULT_BASE_URL, value_name = "URL")]
    pub datatracker_url: String,
    /// Do not rebuild the search index after the ingest (`rightscope search` rebuilds it when needed).
    #[arg(long)]
    pub no_index: bool,
    /// Summary format.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    pub format: SummaryFormat,
    /// Shared ingest, step 1: list the directories, queue one job per file in the store and store
    /// the metadata; `--worker` processes then do the parsing (docs/deploy.md).
    #[arg(long, conflicts_with = "worker")]
    pub enqueue: bool,
    /// Shared ingest, step 2: take queued jobs from the store and ingest them until none is left.
    /// Run any number, on any machines that see the same directories at the same paths.
    #[arg(long)]
    pub worker: bool,
    /// Worker name recorded on its jobs (default: worker-<process id>).
    #[arg(long, value_name = "NAME", requires = "worker")]
    pub worker_id: Option<String>,
    /// Jobs a worker takes at a time.
    #[arg(long, default_value_t = 50, value_name = "N", requires = "worker")]
    pub worker_batch: usize,
    /// Seconds after which a job taken by a worker that did not finish it is handed out again.
    #[arg(
        long,
        default_value_t = 600,
        value_name = "SECONDS",
        requires = "worker"
    )]
    pub lease: u64,
    /// Keep waiting for new jobs instead of stopping when the queue is empty.
    #[arg(long, requires = "worker")]
    pub follow: bool,
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
pub fn sources(paths: &[PathBuf], kind: Option<SourceKind>) -> Vec<Source> {
    paths
        .iter()
        .map(|path| Source {
            path: path.clone(),
            kind,
        })
        .collect()
}

/// Runs `rightscope ingest`: exit 0, or 2 when some input could not be ingested.
pub fn run(args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let target = args.store.target();
    let datatracker = args.source == Some(SourceArg::Datatracker);
    if !datatracker && args.paths.is_empty() {
        anyhow::bail!("name at least one directory or file to ingest");
    }
    if !datatracker && (args.group.is_some() || args.since.is_some()) {
        anyhow::bail!("--group and --since select Datatracker documents: add --source datatracker");
    }
    if datatracker && (args.enqueue || args.worker) {
        anyhow::bail!(
            "--enqueue and --worker share the ingest of directories, not of the Datatracker"
        );
    }
    if args.enqueue || args.worker {
        return run_shared(args);
    }
    let runtime = runtime()?;
    let bar = Bar::new();
    let summary = runtime.block_on(async {
        let store = target.open_or_create().await?;
        let summary = if datatracker {
            import_datatracker(&store, args).await
        } else {
            ingest_directories(&store, args, &bar).await
        };
        bar.finish();
        let summary = match summary {
            Ok(summary) if !args.no_index => index_after(&store, &target, summary).await,
            other => other,
        };
        store.close().await;
        summary
    })?;
    print_summary(&summary, args.format, &target.location.to_string())?;
    Ok(if summary.errors > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

async fn ingest_directories(
    store: &rightscope_store::Store,
    args: &IngestArgs,
    bar: &Bar,
) -> anyhow::Result<IngestSummary> {
    let options = ingest_options(args);
    let sources = sources(&args.paths, args.source.and_then(SourceArg::directory_kind));
    ingest(store, &sources, &options, bar)
        .await
        .map_err(|error| anyhow::anyhow!("{error}"))
}

/// The options of an ingest of directories.
fn ingest_options(args: &IngestArgs) -> IngestOptions {
    IngestOptions {
        limits: rightscope_doc::Limits {
            max_size: args.max_size,
            ..rightscope_doc::Limits::default()
        },
        batch_size: args.batch_size.max(1),
        threads: args.jobs,
        ..IngestOptions::default()
    }
}

/// Prints a summary as JSON, or as the given line for people.
fn write_summary(
    format: SummaryFormat,
    summary: &impl serde::Serialize,
    line: impl FnOnce() -> String,
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        SummaryFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(summary)?)?,
        SummaryFormat::Text => writeln!(out, "{}", line())?,
    }
    Ok(())
}

/// `ingest --enqueue` or `ingest --worker`: one line (or JSON) saying what this process did. The
/// search index is left to the web nodes (`serve --reindex-every`) or `rightscope index`.
fn run_shared(args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let target = args.store.target();
    let options = ingest_options(args);
    let sources = sources(&args.paths, args.source.and_then(SourceArg::directory_kind));
    let listed = rightscope_ingest::plan(&sources).map_err(|error| anyhow::anyhow!("{error}"))?;
    let location = target.location.to_string();
    runtime()?.block_on(async {
        let store = target.open_or_create().await?;
        let result = if args.enqueue {
            worker::enqueue(&store, listed, &options, &NoProgress)
                .await
                .map_err(|error| anyhow::anyhow!("{error}"))
                .and_then(|summary| {
                    write_summary(args.format, &summary, || {
                        format!(
                            "queued in {location}: {} files listed, {} jobs pending for workers; metadata: {} documents changed, {} events, {} relations",
                            summary.files,
                            summary.queued,
                            summary.metadata.documents_changed,
                            summary.metadata.events_inserted,
                            summary.metadata.relations_inserted
                        )
                    })?;
                    Ok(ExitCode::SUCCESS)
                })
        } else {
            let defaults = WorkerOptions::default();
            let worker_options = WorkerOptions {
                id: args.worker_id.clone().unwrap_or(defaults.id),
                batch: args.worker_batch.max(1),
                lease: Duration::from_secs(args.lease.max(1)),
                follow: args.follow,
                ..defaults
            };
            worker::work(&store, listed, &options, &worker_options, &NoProgress)
                .await
                .map_err(|error| anyhow::anyhow!("{error}"))
                .and_then(|summary| {
                    write_summary(args.format, &summary, || {
                        format!(
                            "{} into {location}: {} jobs done, {} failed, {} abandoned jobs taken back; revisions: {} inserted, {} already stored; {:.1} s",
                            summary.worker,
                            summary.done,
                            summary.failed,
                            summary.requeued,
                            summary.revisions_inserted,
                            summary.revisions_unchanged,
                            summary.seconds
                        )
                    })?;
                    Ok(if summary.failed > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
                })
        };
        store.close().await;
        result
    })
}

async fn import_datatracker(
    store: &rightscope_store::Store,
    args: &IngestArgs,
) -> anyhow::Result<IngestSummary> {
    let names: Vec<String> = args
        .paths
        .iter()
        .map(|name| name.to_string_lossy().into_owned())
        .collect();
    let mut query = Query::by_names(names);
    query.group = args.group.clone();
    query.since = args.since.clone();
    let tracker = Datatracker::new(&args.datatracker_url, DatatrackerOptions::default())?;
    eprintln!("asking {} …", tracker.base_url());
    Ok(rightscope_ingest::datatracker::import(store, Arc::new(tracker), query).await?)
}

/// Brings the search index up to date when the ingest changed the store, so the first search is fast.
async fn index_after(
    store: &rightscope_store::Store,
    target: &Target,
    summary: IngestSummary,
) -> anyhow::Result<IngestSummary> {
    let changed = summary.revisions_inserted
        + summary.documents_changed
        + summary.events_inserted
        + summary.relations_inserted
        > 0;
    if changed
        || !target
            .index_dir
            .join(rightscope_search::MANIFEST_FILE)
            .exists()
    {
        rebuild_index(store, &target.index_dir, &IndexOptions::default())
            .await
            .with_context(|| format!("search index {}", target.index_dir.display()))?;
    }
    Ok(summary)
}

fn print_summary(
    summary: &IngestSummary,
    format: SummaryFormat,
    store: &str,
) -> anyhow::Result<()> {
    write_summary(format, summary, || {
        format!(
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
        )
    })?;
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
