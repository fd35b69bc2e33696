//! `rightscope serve`: the web observatory over a store (thin: options, open the store, serve).

use std::net::SocketAddr;
use std::process::ExitCode;

use crate::store_args::StoreArgs;

/// `rightscope serve` options.
#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Address to listen on; the default accepts connections from this machine only.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub bind: SocketAddr,
    /// Public address of the site, used in feed links (default: http://ADDR).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Ingest these corpus directories first (unchanged files are skipped), e.g. ../shared/corpus/sample.
    #[arg(long = "ingest", value_name = "DIR")]
    pub ingest: Vec<std::path::PathBuf>,
    /// Mail archives for the participation dashboards (a file, or a directory that is one list);
    /// repeat for several lists. Read once at start-up, pseudonymised with the installation's key.
    #[arg(long = "archives", value_name = "PATH")]
    pub archives: Vec<std::path::PathBuf>,
    /// Check every SECONDS whether the store changed and rebuild this node's search index (for a
    /// node whose store `ingest --worker` processes write; see docs/deploy.md).
    #[arg(long, value_name = "SECONDS")]
    pub reindex_every: Option<u64>,
}

/// Runs the server until it is stopped.
pub(crate) fn run(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    if let Some(missing) = args.archives.iter().find(|p| !p.exists()) {
        anyhow::bail!(
            "--archives {}: no such file or directory",
            missing.display()
        );
    }
    let target = args.store.target();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let store = if args.ingest.is_empty() {
            target.open().await?
        } else {
            let store = target.open_or_create().await?;
            let sources = crate::ingest_cmd::sources(&args.ingest, None);
            let options = rightscope_ingest::IngestOptions::default();
            eprintln!(
                "rightscope: ingesting {} into {} …",
                args.ingest
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                target.location
            );
            let summary = rightscope_ingest::ingest(
                &store,
                &sources,
                &options,
                &rightscope_ingest::NoProgress,
            )
            .await
            .map_err(|error| anyhow::anyhow!("{error}"))?;
            eprintln!(
                "rightscope: {} documents; {} new revisions, {} unchanged; {} errors",
                summary.documents,
                summary.revisions_inserted,
                summary.revisions_unchanged,
                summary.errors
            );
            for sample in &summary.error_samples {
                eprintln!("error: {}: {}", sample.path, sample.message);
            }
            store
        };
        if !args.archives.is_empty() {
            eprintln!(
                "rightscope: reading mail archives {} for the participation pages …",
                args.archives
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        eprintln!(
            "rightscope: open http://{}/ in a browser (Ctrl-C stops the server)",
            args.bind
        );
        rightscope_web::serve(
            store,
            rightscope_web::ServeOptions {
                bind: args.bind,
                index_dir: target.index_dir.clone(),
                base_url: args.base_url.clone(),
                archives: args.archives.clone(),
                reindex_every: args
                    .reindex_every
                    .map(|seconds| std::time::Duration::from_secs(seconds.max(1))),
            },
        )
        .await?;
        Ok(ExitCode::SUCCESS)
    })
}
