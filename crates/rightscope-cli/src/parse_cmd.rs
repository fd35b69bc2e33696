//! `rightscope parse`: the document model (metadata, sections with kinds and lines) as text or JSON.

use std::io::Write;
use std::process::ExitCode;

use rightscope_doc::{Document, Meta, Warning};
use serde::Serialize;

use crate::inputs::for_each_document;
use crate::{ParseArgs, ParseFormat};

/// Version of the JSON layout printed by `parse --format json`.
const JSON_VERSION: u32 = 1;

#[derive(Debug, Serialize)]
struct Report<'a> {
    version: u32,
    tool: Tool,
    documents: Vec<DocumentView<'a>>,
    errors: Vec<ErrorView>,
}

#[derive(Debug, Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Debug, Serialize)]
struct DocumentView<'a> {
    path: String,
    format: &'static str,
    sha256: &'a str,
    size: u64,
    meta: &'a Meta,
    sections: Vec<SectionView<'a>>,
    warnings: &'a [Warning],
    text_bytes: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct SectionView<'a> {
    number: Option<&'a str>,
    title: &'a str,
    kind: &'static str,
    depth: u8,
    line: u32,
    end_line: u32,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    anchor: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct ErrorView {
    path: String,
    message: String,
}

fn document_view(document: &Document, with_text: bool) -> DocumentView<'_> {
    let sections = document
        .sections
        .iter()
        .map(|section| SectionView {
            number: section.number.as_deref(),
            title: &section.title,
            kind: section.kind.as_str(),
            depth: section.depth,
            line: document.position(section.range.start).line,
            end_line: document
                .position(section.range.end.saturating_sub(1).max(section.range.start))
                .line,
            start: section.range.start,
            end: section.range.end,
            anchor: section.anchor.as_deref(),
        })
        .collect();
    DocumentView {
        path: document.source.path.clone(),
        format: document.source.format.as_str(),
        sha256: &document.source.sha256,
        size: document.source.size,
        meta: &document.meta,
        sections,
        warnings: &document.warnings,
        text_bytes: document.text.len(),
        text: with_text.then_some(document.text.as_str()),
    }
}

/// Prints the model of every input; exit 2 if any input failed.
pub fn run(args: &ParseArgs) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    match args.format {
        ParseFormat::Json => {
            // Whole-corpus JSON is built one document at a time but printed as one value.
            let mut documents = Vec::new();
            let mut errors = Vec::new();
            for_each_document(&args.input, |outcome| {
                match outcome.result {
                    Ok(document) => documents.push(document),
                    Err(message) => errors.push(ErrorView {
                        path: outcome.path.display().to_string(),
                        message,
                    }),
                }
                Ok(())
            })?;
            failed = !errors.is_empty();
            let report = Report {
                version: JSON_VERSION,
                tool: Tool {
                    name: "rightscope",
                    version: env!("CARGO_PKG_VERSION"),
                },
                documents: documents
                    .iter()
                    .map(|document| document_view(document, args.with_text))
                    .collect(),
                errors,
            };
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        ParseFormat::Text => {
            for_each_document(&args.input, |outcome| {
                match outcome.result {
                    Ok(document) => write_text(&mut out, &document)?,
                    Err(message) => {
                        failed = true;
                        out.flush()?;
                        eprintln!("error: {}: {message}", outcome.path.display());
                    }
                }
                Ok(())
            })?;
        }
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// A short human-readable summary of one document.
fn write_text(out: &mut impl Write, document: &Document) -> std::io::Result<()> {
    let view = document_view(document, false);
    let meta = &document.meta;
    writeln!(out, "{} ({})", view.path, view.format)?;
    let name = match (&meta.name, &meta.rev) {
        (Some(name), Some(rev)) => format!("{name}-{rev}"),
        (Some(name), None) => name.clone(),
        _ => "(unknown)".into(),
    };
    writeln!(out, "  name:    {name}")?;
    if let Some(title) = &meta.title {
        writeln!(out, "  title:   {title}")?;
    }
    for (label, value) in [
        ("status", &meta.status),
        ("stream", &meta.stream),
        ("group", &meta.workgroup),
        ("date", &meta.date),
    ] {
        if let Some(value) = value {
            writeln!(
                out,
                "  {label}:{:width$}{value}",
                "",
                width = 8 - label.len()
            )?;
        }
    }
    if !meta.authors.is_empty() {
        let authors: Vec<String> = meta
            .authors
            .iter()
            .map(|author| match &author.organization {
                Some(organization) => format!("{} ({organization})", author.name),
                None => author.name.clone(),
            })
            .collect();
        writeln!(out, "  authors: {}", authors.join("; "))?;
    }
    writeln!(out, "  sections: {}", view.sections.len())?;
    for section in &view.sections {
        let indent = "  ".repeat(usize::from(section.depth));
        let number = section.number.map(|n| format!("{n} ")).unwrap_or_default();
        writeln!(
            out,
            "  {:>6}  {indent}{number}{}  [{}]",
            format!("l.{}", section.line),
            section.title,
            section.kind
        )?;
    }
    for warning in view.warnings {
        writeln!(out, "  warning: {}", warning.message)?;
    }
    writeln!(out)
}
