//! `rightscope diff OLD NEW`: what a new revision of a document changed for human rights.
//!
//! OLD and NEW are files, or revision names (`draft-ietf-foo-03`, `rfc8890`) looked up under `--corpus`.
//! Exit 0 normally, 1 with `--fail-on-new-risk` when the new revision brings in a risk, 2 on bad input.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rightscope_doc::{Document, Limits};
use rightscope_report::DiffOptions;
use rightscope_rules::{CheckResult, Checker};

use crate::check_cmd::builtin_catalogue;
use crate::config::selects;
use crate::inputs::{display_path, read_document};
use crate::{DiffArgs, DiffFormat};

/// Extensions a revision name may resolve to, best first: XML keeps the structure, text is the
/// published form, Markdown is a source.
const PREFERRED: [&str; 3] = ["xml", "txt", "md"];

/// Whether an argument looks like a revision name rather than a path: `draft-…-NN` or `rfcNNNN`.
fn revision_name(argument: &str) -> Option<String> {
    let name = argument.trim().to_ascii_lowercase().replace(' ', "");
    if name.contains(['/', '\\']) || name.contains('.') {
        return None;
    }
    let rfc = name
        .strip_prefix("rfc")
        .is_some_and(|number| !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()));
    let draft = name.rsplit_once('-').is_some_and(|(stem, rev)| {
        !stem.is_empty() && rev.len() == 2 && rev.chars().all(|c| c.is_ascii_digit())
    });
    (rfc || draft).then_some(name)
}

/// Turns an argument into a file: the path itself if it exists, else a revision name under `--corpus`.
fn resolve(argument: &str, corpus: Option<&Path>) -> anyhow::Result<PathBuf> {
    let path = PathBuf::from(argument);
    if path.exists() {
        return Ok(path);
    }
    let Some(name) = revision_name(argument) else {
        anyhow::bail!("{argument}: no such file or directory");
    };
    let Some(corpus) = corpus else {
        anyhow::bail!("{argument}: no such file (give --corpus DIR to look up revision names)");
    };
    anyhow::ensure!(
        corpus.is_dir(),
        "{}: the corpus is not a directory",
        corpus.display()
    );
    crate::inputs::find_in_corpora(&[corpus.to_path_buf()], &name, &PREFERRED).ok_or_else(|| {
        anyhow::anyhow!(
            "{argument}: no {name}.xml, .txt or .md under {}",
            corpus.display()
        )
    })
}

fn load(
    path: &Path,
    limits: &Limits,
    checker: &Checker,
) -> anyhow::Result<(Document, CheckResult)> {
    let document = read_document(path, limits)
        .map_err(|message| anyhow::anyhow!("{}: {message}", display_path(path)))?;
    let result = checker.check(&document);
    Ok((document, result))
}

/// Runs `diff`.
pub fn run(args: &DiffArgs) -> anyhow::Result<ExitCode> {
    let catalogue = builtin_catalogue()?;
    for (flag, selectors) in [("--select", &args.select), ("--ignore", &args.ignore)] {
        for selector in selectors {
            anyhow::ensure!(
                catalogue.rules().any(|rule| selects(selector, rule)),
                "{flag}: `{selector}` is neither a rule code nor a family"
            );
        }
    }
    let selected = catalogue.filtered(|rule| {
        (args.select.is_empty() || args.select.iter().any(|s| selects(s, rule)))
            && !args.ignore.iter().any(|s| selects(s, rule))
    });
    let checker = Checker::new(&selected).map_err(|error| anyhow::anyhow!("{error}"))?;
    let limits = Limits {
        max_size: args.max_size,
        ..Limits::default()
    };
    let corpus = args.corpus.as_deref();
    let old_path = resolve(&args.old, corpus)?;
    let new_path = resolve(&args.new, corpus)?;
    // The two revisions are independent: read and check them side by side.
    let (old, new) = rayon::join(
        || load(&old_path, &limits, &checker),
        || load(&new_path, &limits, &checker),
    );
    let (old_doc, old_result) = old?;
    let (new_doc, new_result) = new?;
    for document in [&old_doc, &new_doc] {
        for warning in &document.warnings {
            eprintln!("warning: {}: {}", document.source.path, warning.message);
        }
    }
    let diff = rightscope_rules::diff((&old_doc, &old_result), (&new_doc, &new_result));

    let color = match args.color.as_str() {
        "always" => true,
        "never" => false,
        _ => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let options = DiffOptions {
        color,
        show_unchanged: args.show_unchanged,
        show_context: args.show_context,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        DiffFormat::Text => {
            rightscope_report::write_diff_text(&mut out, &old_doc, &new_doc, &diff, options)?;
        }
        DiffFormat::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &rightscope_report::diff_json(&old_doc, &new_doc, &diff),
            )?;
            writeln!(out)?;
        }
        DiffFormat::Markdown => {
            out.write_all(
                rightscope_report::diff_markdown(&old_doc, &new_doc, &diff, &catalogue).as_bytes(),
            )?;
        }
    }
    out.flush()?;
    Ok(if args.fail_on_new_risk && diff.new_risks() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_names() {
        assert_eq!(
            revision_name("draft-iab-for-the-users-04").as_deref(),
            Some("draft-iab-for-the-users-04")
        );
        assert_eq!(revision_name("RFC 8890").as_deref(), Some("rfc8890"));
        assert_eq!(revision_name("draft-foo-4"), None);
        assert_eq!(revision_name("dir/draft-foo-04"), None);
        assert_eq!(revision_name("draft-foo-04.txt"), None);
        assert_eq!(revision_name("rfc"), None);
    }
}
