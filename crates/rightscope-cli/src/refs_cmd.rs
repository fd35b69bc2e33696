//! `rightscope refs NAME`: what a stored document depends on, the risks it inherits from those
//! documents, and what depends on it.

use std::process::ExitCode;

use rightscope_store::RefsReport;

use crate::show_cmd::ShowFormat;
use crate::store_args::{runtime, StoreArgs};

/// Options of `rightscope refs`.
#[derive(Debug, clap::Args)]
pub struct RefsArgs {
    /// Document name: `rfc8890`, `draft-iab-for-the-users` (a trailing `-NN` is accepted), a W3C shortname.
    #[arg(value_name = "NAME")]
    pub name: String,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

/// Runs `rightscope refs`: exit 0, or 2 when the document is not stored.
pub fn run(args: &RefsArgs) -> anyhow::Result<ExitCode> {
    let runtime = runtime()?;
    let report = runtime.block_on(async {
        let store = args.store.target().open().await?;
        let result = store
            .refs_report(&args.name)
            .await
            .map_err(|error| anyhow::anyhow!("{error}"));
        store.close().await;
        result
    })?;
    crate::show_cmd::print_document_report(
        &args.name,
        &args.store,
        args.format,
        report.as_ref(),
        text,
    )
}

/// The text rendering of a report.
pub(crate) fn text(report: &RefsReport) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "{}", report.name);
    let stored = report.depends_on.iter().filter(|r| r.stored).count();
    let _ = writeln!(
        out,
        "\nDepends on ({} references, {} stored)",
        report.depends_on.len(),
        stored
    );
    for reference in &report.depends_on {
        let target = reference.target.as_deref().unwrap_or("-");
        let mark = if reference.stored { "stored" } else { "" };
        let _ = writeln!(
            out,
            "  {:<11} {:<28} {:<32} {}",
            reference.kind,
            format!("[{}]", reference.label),
            target,
            mark
        );
    }
    let _ = writeln!(
        out,
        "\nInherited risks (shown apart: they never change {}'s own verdicts)",
        report.name
    );
    if report.inherited_risks.is_empty() {
        let _ = writeln!(out, "  none");
    }
    for risk in &report.inherited_risks {
        let _ = writeln!(
            out,
            "  {:<6} from {:<24} {:<11} via {}",
            risk.family,
            risk.source,
            risk.kind,
            risk.path.join(" → ")
        );
    }
    let _ = writeln!(
        out,
        "\nDepended on by ({} documents)",
        report.depended_on_by.len()
    );
    for incoming in &report.depended_on_by {
        let _ = writeln!(
            out,
            "  {:<11} {:<32} as [{}]",
            incoming.kind, incoming.from, incoming.label
        );
    }
    if !report.relations.is_empty() {
        let _ = writeln!(out, "\nRelations");
        for relation in &report.relations {
            let _ = writeln!(
                out,
                "  {} {} {}",
                relation.from,
                relation.kind.as_str(),
                relation.to
            );
        }
    }
    out
}
