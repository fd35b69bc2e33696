//! `rightscope completions SHELL` and `rightscope man [--dir DIR]`: shell completions and man pages
//! generated from the clap definitions, so they never drift from `--help`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::CommandFactory;

use crate::Cli;

/// `rightscope completions` options.
#[derive(Debug, clap::Args)]
pub(crate) struct CompletionsArgs {
    /// The shell to write a completion script for.
    #[arg(value_enum, value_name = "SHELL")]
    shell: clap_complete::Shell,
}

/// `rightscope man` options.
#[derive(Debug, clap::Args)]
pub(crate) struct ManArgs {
    /// Write rightscope.1 and one page per subcommand (rightscope-check.1, …) into this directory
    /// instead of printing rightscope.1.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

/// Prints the completion script.
pub(crate) fn completions(args: &CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut command = Cli::command();
    // clap_complete panics when its writer fails; a buffer cannot, and a closed pipe then is an error.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "rightscope", &mut script);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the main man page, or writes every page into `--dir`.
pub(crate) fn man(args: &ManArgs) -> anyhow::Result<ExitCode> {
    let command = Cli::command();
    match &args.dir {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            clap_mangen::generate_to(command, dir)
                .with_context(|| format!("cannot write man pages into {}", dir.display()))?;
            let mut pages: Vec<String> = std::fs::read_dir(dir)?
                .filter_map(|entry| entry.ok())
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .filter(|name| name.starts_with("rightscope") && name.ends_with(".1"))
                .collect();
            pages.sort();
            eprintln!(
                "rightscope: wrote {} man pages into {}",
                pages.len(),
                dir.display()
            );
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            clap_mangen::Man::new(command).render(&mut out)?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
