//! `rightscope index`: rebuilds the search index from the store, whatever state it is in.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use rightscope_ingest::index::{rebuild_index, IndexOptions};

use crate::search_cmd::describe;
use crate::store_args::{runtime, StoreArgs};

/// `rightscope index` options.
#[derive(Debug, clap::Args)]
pub(crate) struct IndexArgs {
    #[command(flatten)]
    pub store: StoreArgs,
}

pub(crate) fn run(args: &IndexArgs) -> anyhow::Result<ExitCode> {
    let target = args.store.target();
    let summary = runtime()?.block_on(async {
        let store = target.open().await?;
        eprintln!(
            "indexing {} into {}…",
            store.location(),
            target.index_dir.display()
        );
        let summary = rebuild_index(&store, &target.index_dir, &IndexOptions::default())
            .await
            .with_context(|| format!("search index {}", target.index_dir.display()));
        store.close().await;
        summary
    })?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "indexed {} ({} records, {} segment{}, store generation {}) into {}",
        describe(&summary),
        summary.records,
        summary.segments,
        if summary.segments == 1 { "" } else { "s" },
        summary.generation,
        summary.dir.display()
    )?;
    Ok(ExitCode::SUCCESS)
}
