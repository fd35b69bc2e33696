//! `rightscope show NAME`: a stored document's metadata, revisions, timeline and latest verdicts.

use std::io::Write;
use std::process::ExitCode;

use clap::ValueEnum;
use rightscope_store::{AssessmentRecord, DocumentView, TimelineEntry};
use serde::Serialize;

use crate::store_args::{runtime, StoreArgs};

/// Options of `rightscope show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// Document name: `rfc8890`, `draft-iab-for-the-users` (a trailing `-NN` is accepted), a W3C shortname.
    #[arg(value_name = "NAME")]
    pub name: String,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

/// Output formats of `show`.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ShowFormat {
    /// For people.
    Text,
    /// Stable, versioned JSON.
    Json,
}

#[derive(Debug, Serialize)]
struct Shown {
    version: u32,
    #[serde(flatten)]
    view: DocumentView,
    timeline: Vec<TimelineEntry>,
    latest_revision_id: Option<i64>,
    verdicts: Vec<AssessmentRecord>,
}

/// Runs `rightscope show`: exit 0, or 2 when the document is not stored.
pub fn run(args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let runtime = runtime()?;
    let shown = runtime.block_on(async {
        let store = args.store.target().open().await?;
        let result = load(&store, &args.name).await;
        store.close().await;
        result
    })?;
    print_document_report(&args.name, &args.store, args.format, shown.as_ref(), text)
}

async fn load(store: &rightscope_store::Store, name: &str) -> anyhow::Result<Option<Shown>> {
    let wanted = name.trim().to_ascii_lowercase().replace("rfc ", "rfc");
    let mut candidates = vec![wanted.clone()];
    // `draft-foo-03` names a revision of `draft-foo`.
    if let Some((base, rev)) = wanted.rsplit_once('-') {
        if rev.len() == 2 && rev.bytes().all(|b| b.is_ascii_digit()) {
            candidates.push(base.to_string());
        }
    }
    // W3C shortnames keep their case.
    candidates.push(name.trim().to_string());
    let fail = |error: rightscope_store::StoreError| anyhow::anyhow!("{error}");
    for candidate in candidates {
        let Some(view) = store.document(&candidate).await.map_err(fail)? else {
            continue;
        };
        let timeline = store.timeline(&candidate).await.map_err(fail)?;
        // The latest of the whole history: the RFC a draft became, else the highest draft.
        let latest = view.revisions.last().map(|revision| revision.id);
        let verdicts = match latest {
            Some(id) => store.assessments(id).await.map_err(fail)?,
            None => Vec::new(),
        };
        return Ok(Some(Shown {
            version: 1,
            view,
            timeline,
            latest_revision_id: latest,
            verdicts,
        }));
    }
    Ok(None)
}

fn text(shown: &Shown) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let d = &shown.view.document;
    let _ = writeln!(
        out,
        "{}  {}",
        d.name,
        d.title.as_deref().unwrap_or("(no title)")
    );
    let mut facts = vec![format!("{} {}", d.sdo, d.kind.as_str())];
    for (label, value) in [
        ("status", d.status.clone()),
        ("stream", d.stream.clone()),
        ("wg", d.wg.clone()),
        ("area", d.area.clone()),
        ("doi", d.doi.clone()),
        (
            "rfc",
            d.rfc_number
                .filter(|_| d.became_rfc.is_none())
                .map(|n| n.to_string()),
        ),
        ("became", d.became_rfc.map(|n| format!("RFC {n}"))),
    ] {
        if let Some(value) = value {
            facts.push(format!("{label}: {value}"));
        }
    }
    let _ = writeln!(out, "  {}", facts.join(" · "));
    if !d.keywords.is_empty() {
        let _ = writeln!(out, "  keywords: {}", d.keywords.join(", "));
    }
    if let Some(abstract_text) = &d.abstract_text {
        let _ = writeln!(out, "\nAbstract\n  {}", wrap(abstract_text, 96, "  "));
    }
    let _ = writeln!(out, "\nRevisions ({})", shown.view.revisions.len());
    for revision in &shown.view.revisions {
        let label = match &revision.rev {
            Some(rev) => format!("{}-{rev}", revision.document),
            None => revision.document.clone(),
        };
        let _ = writeln!(
            out,
            "  {label:<40} {:<10} {:<9} {:>4} findings  {}",
            revision.date.as_deref().unwrap_or("-"),
            revision.format,
            revision.finding_count,
            revision.path
        );
    }
    if !shown.view.relations.is_empty() {
        let _ = writeln!(out, "\nRelations");
        for relation in &shown.view.relations {
            let _ = writeln!(
                out,
                "  {} {} {}",
                relation.from,
                relation.kind.as_str(),
                relation.to
            );
        }
    }
    let _ = writeln!(out, "\nTimeline");
    for entry in &shown.timeline {
        match entry {
            TimelineEntry::Revision {
                at, document, rev, ..
            } => {
                let label = match rev {
                    Some(rev) => format!("{document}-{rev}"),
                    None => document.clone(),
                };
                let _ = writeln!(out, "  {at:<10}  revision         {label}");
            }
            TimelineEntry::Event {
                at,
                document,
                kind,
                detail,
                ..
            } => {
                let what = if document == &d.name {
                    detail.clone()
                } else {
                    format!("{document} {detail}").trim().to_string()
                };
                let _ = writeln!(out, "  {at:<10}  {:<16} {what}", kind.as_str());
            }
        }
    }
    let _ = writeln!(out, "\nVerdicts of the latest revision");
    let relevant: Vec<&AssessmentRecord> = shown
        .verdicts
        .iter()
        .filter(|a| a.assessment.verdict != "none")
        .collect();
    if shown.verdicts.is_empty() {
        let _ = writeln!(out, "  (no revision stored)");
    } else if relevant.is_empty() {
        let _ = writeln!(out, "  none in any family");
    }
    for assessment in relevant {
        let a = &assessment.assessment;
        let _ = writeln!(
            out,
            "  {:<6} {:<10} score {:>6.1}  {} findings",
            a.family, a.verdict, a.score, a.findings
        );
    }
    out
}

/// Wraps prose at `width` columns, continuation lines starting with `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split_whitespace() {
        if line > 0 && line + 1 + word.len() > width {
            out.push('\n');
            out.push_str(indent);
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.len();
    }
    out
}

/// Prints a per-document report as JSON or text, or says the document is not stored (exit 2).
pub(crate) fn print_document_report<T: Serialize>(
    name: &str,
    store: &StoreArgs,
    format: ShowFormat,
    report: Option<&T>,
    text: impl Fn(&T) -> String,
) -> anyhow::Result<ExitCode> {
    let Some(report) = report else {
        eprintln!(
            "error: {name}: no such document in {}",
            store.target().location
        );
        return Ok(ExitCode::from(2));
    };
    let mut out = std::io::stdout().lock();
    match format {
        ShowFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(report)?)?,
        ShowFormat::Text => out.write_all(text(report).as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}
