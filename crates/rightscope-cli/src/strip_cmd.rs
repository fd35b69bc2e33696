//! `rightscope strip`: de-paginated text, like idnits' and ietf-reviewtool's strip.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;

use crate::inputs::for_each_document;
use crate::StripArgs;

/// Prints (or writes to `--output-dir`) the stripped text of every input; exit 2 if any input failed.
pub fn run(args: &StripArgs) -> anyhow::Result<ExitCode> {
    if let Some(dir) = &args.output_dir {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create output directory {}", dir.display()))?;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let several = args.input.paths.len() > 1 || args.input.paths.iter().any(|p| p.is_dir());
    for_each_document(&args.input, |outcome| {
        let document = match outcome.result {
            Ok(document) => document,
            Err(message) => {
                failed = true;
                eprintln!("error: {}: {message}", outcome.path.display());
                return Ok(());
            }
        };
        for warning in &document.warnings {
            eprintln!("warning: {}: {}", outcome.path.display(), warning.message);
        }
        match &args.output_dir {
            Some(dir) => {
                // Only the file name is used, so no input path can write outside the directory.
                let name = outcome
                    .path
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "document".into());
                let target = dir.join(format!("{name}.stripped"));
                std::fs::write(&target, document.text.as_bytes())
                    .with_context(|| format!("cannot write {}", target.display()))?;
            }
            None => {
                if several {
                    writeln!(out, "==> {} <==", outcome.path.display())?;
                }
                out.write_all(document.text.as_bytes())?;
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
