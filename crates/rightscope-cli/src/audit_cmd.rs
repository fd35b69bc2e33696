//! `rightscope audit verify`: checks the audit log's hash chain (exit 0 intact, 1 broken).

use std::io::Write;
use std::process::ExitCode;

use clap::Subcommand;

use crate::store_args::{runtime, StoreArgs};

/// Options of `rightscope audit`.
#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: AuditCommand,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// `audit` subcommands.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check every entry's hash and link; print the count and the head hash (keep it elsewhere to
    /// detect a truncated log later), or name the first broken entry and exit 1.
    Verify,
}

/// Runs `rightscope audit …`.
pub fn run(args: &AuditArgs) -> anyhow::Result<ExitCode> {
    let runtime = runtime()?;
    runtime.block_on(async {
        let store = args.store.target().open().await?;
        let result = rightscope_review::verify_store_chain(&store).await;
        store.close().await;
        match result.map_err(|error| anyhow::anyhow!("{error}"))? {
            Ok(summary) => {
                writeln!(
                    std::io::stdout().lock(),
                    "audit log intact: {} entries, head {}",
                    summary.entries,
                    summary.head
                )?;
                Ok(ExitCode::SUCCESS)
            }
            Err(broken) => {
                writeln!(std::io::stdout().lock(), "{broken}")?;
                Ok(ExitCode::from(1))
            }
        }
    })
}
