//! `rightscope review export ID`: a review as Markdown (for a mailing list) or JSON.

use std::io::Write;
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};

use crate::store_args::{runtime, StoreArgs};

/// Options of `rightscope review`.
#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    #[command(subcommand)]
    pub command: ReviewCommand,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// In the shape of the published HRPC reviews, ready for a mailing list.
    Markdown,
    /// Versioned JSON.
    Json,
}

/// `review` subcommands.
#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Print a review: header (document, revision, reviewers, date), then each question's answer and
    /// evidence.
    Export {
        /// Review id.
        id: i64,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
        format: ExportFormat,
    },
}

/// Runs `rightscope review …`; 2 for an unknown review.
pub fn run(args: &ReviewArgs) -> anyhow::Result<ExitCode> {
    let runtime = runtime()?;
    runtime.block_on(async {
        let store = args.store.target().open().await?;
        let result = match &args.command {
            // The command line runs as the store's administrator: it may export private reviews.
            ReviewCommand::Export { id, format } => {
                match rightscope_review::build_export(&store, *id).await {
                    Ok(export) => {
                        let text = match format {
                            ExportFormat::Markdown => export.to_markdown(),
                            ExportFormat::Json => format!("{}\n", export.to_json()),
                        };
                        std::io::stdout().lock().write_all(text.as_bytes())?;
                        Ok(ExitCode::SUCCESS)
                    }
                    Err(rightscope_review::ReviewError::Store(error)) => Err(error.into()),
                    Err(error) => {
                        eprintln!("error: {error}");
                        Ok(ExitCode::from(2))
                    }
                }
            }
        };
        store.close().await;
        result
    })
}
