//! `rightscope search`: full-text search over the store's documents and findings, through the
//! search index (rebuilt first when it is missing or behind the store). Also the store and index
//! options that `index` and `bench search` share.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use rightscope_ingest::index::{ensure_index_with, Ensured, IndexOptions, IndexSummary};
use rightscope_search::{Hit, HitKind, SearchIndex, SearchResults, Snippet};
use rightscope_store::Store;

use crate::store_args::{runtime, StoreArgs, Target};
use serde::Serialize;

/// Version of the JSON output.
const JSON_VERSION: u32 = 1;

/// `rightscope search` options.
#[derive(Debug, clap::Args)]
pub(crate) struct SearchArgs {
    /// The query: words, "phrases", AND/OR/-word, and filters such as family:LI verdict:creates
    /// year:2015..2020 wg:tls kind:finding code:LI001 status:informational sdo:ietf.
    #[arg(required = true, value_name = "QUERY", num_args = 1..)]
    pub query: Vec<String>,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Hits to show.
    #[arg(long, short = 'n', default_value_t = 10, value_name = "N")]
    pub limit: usize,
    /// Hits to skip (for the next page).
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub offset: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
    pub format: SearchFormat,
}

/// Output formats of `search`.
#[derive(Debug, Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub(crate) enum SearchFormat {
    /// For people: key, title, kind and a highlighted snippet per hit.
    Text,
    /// Stable, versioned JSON.
    Json,
}

/// Opens the store's index, rebuilding it (and saying so on standard error) when it is missing,
/// stale or damaged.
pub(crate) async fn ensure(store: &Store, target: &Target) -> anyhow::Result<Ensured> {
    if !target
        .index_dir
        .join(rightscope_search::MANIFEST_FILE)
        .exists()
    {
        eprintln!(
            "building the search index in {} (first use)…",
            target.index_dir.display()
        );
    }
    let ensured = ensure_index_with(store, &target.index_dir, &IndexOptions::default())
        .await
        .with_context(|| format!("search index {}", target.index_dir.display()))?;
    if let Some((why, summary)) = &ensured.rebuilt {
        eprintln!("rebuilt the search index ({why}): {}", describe(summary));
    }
    Ok(ensured)
}

/// One line about a rebuild: counts, size and time.
pub(crate) fn describe(summary: &IndexSummary) -> String {
    format!(
        "{} revisions, {} findings, {:.1} MB in {:.2} s",
        summary.revisions,
        summary.findings,
        summary.size_bytes as f64 / 1e6,
        summary.elapsed.as_secs_f64()
    )
}

pub(crate) fn run(args: &SearchArgs) -> anyhow::Result<ExitCode> {
    let query = args.query.join(" ");
    let target = args.store.target();
    let runtime = runtime()?;
    let (index, rebuilt) = runtime.block_on(async {
        let store = target.open().await?;
        let ensured = ensure(&store, &target).await;
        store.close().await;
        let ensured = ensured?;
        Ok::<_, anyhow::Error>((ensured.index, ensured.rebuilt.is_some()))
    })?;
    let results = index
        .search(&query, args.limit, args.offset)
        .with_context(|| format!("searching {}", index.dir().display()))?;
    for warning in &results.warnings {
        eprintln!("warning: {warning}");
    }
    let mut out = std::io::stdout().lock();
    match args.format {
        SearchFormat::Json => {
            let json = JsonResults::new(&query, args, &results, rebuilt);
            serde_json::to_writer_pretty(&mut out, &json)?;
            writeln!(out)?;
        }
        SearchFormat::Text => {
            let style = if out.is_terminal() && std::env::var_os("NO_COLOR").is_none() {
                Style::Terminal
            } else {
                Style::Brackets
            };
            write_text(&mut out, &index, &results, args.offset, style)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// How highlights are marked in text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// Bold and underlined (ANSI), for a terminal.
    Terminal,
    /// `[word]`, for pipes and files.
    Brackets,
}

fn write_text(
    out: &mut impl Write,
    index: &SearchIndex,
    results: &SearchResults,
    offset: usize,
    style: Style,
) -> anyhow::Result<()> {
    for hit in &results.hits {
        writeln!(out, "{}  {}", hit.key, hit.title)?;
        writeln!(out, "    {}", kind_line(hit))?;
        let snippet = mark(&hit.snippet, style);
        if !snippet.is_empty() {
            writeln!(out, "    {snippet}")?;
        }
        writeln!(out)?;
    }
    let shown = results.hits.len();
    let range = if shown == 0 {
        String::new()
    } else {
        format!(" (showing {}–{})", offset + 1, offset + shown)
    };
    writeln!(
        out,
        "{} {}{range} in {:.1} ms ({} records indexed)",
        results.total,
        if results.total == 1 { "hit" } else { "hits" },
        results.took.as_secs_f64() * 1000.0,
        index.num_docs()
    )?;
    Ok(())
}

/// `revision (2014)` or `finding LI001 LI risk, verdict creates, in 3. Architecture`.
fn kind_line(hit: &Hit) -> String {
    let mut line = hit.kind.as_str().to_string();
    if hit.kind == HitKind::Finding {
        for part in [&hit.code, &hit.family].into_iter().flatten() {
            line.push(' ');
            line.push_str(part);
        }
        if let Some(polarity) = &hit.polarity {
            line.push_str(&format!(" {polarity}"));
        }
        if let Some(verdict) = &hit.verdict {
            line.push_str(&format!(", verdict {verdict}"));
        }
        if let Some(section) = hit.section.as_deref().filter(|s| !s.is_empty()) {
            line.push_str(&format!(", in {section}"));
        }
    }
    if let Some(year) = hit.year {
        line.push_str(&format!(" ({year})"));
    }
    line
}

/// The snippet with its highlights marked; ranges that do not fit the text are ignored.
pub(crate) fn mark(snippet: &Snippet, style: Style) -> String {
    let (open, close) = match style {
        Style::Terminal => ("\u{1b}[1;4m", "\u{1b}[0m"),
        Style::Brackets => ("[", "]"),
    };
    let text = &snippet.text;
    let mut marked = String::with_capacity(text.len() + 8 * snippet.highlights.len());
    let mut done = 0;
    for range in &snippet.highlights {
        let valid = range.start >= done
            && range.start < range.end
            && range.end <= text.len()
            && text.is_char_boundary(range.start)
            && text.is_char_boundary(range.end);
        if !valid {
            continue;
        }
        marked.push_str(&text[done..range.start]);
        marked.push_str(open);
        marked.push_str(&text[range.clone()]);
        marked.push_str(close);
        done = range.end;
    }
    marked.push_str(&text[done..]);
    marked
}

/// The JSON output, version 1.
#[derive(Debug, Serialize)]
struct JsonResults<'a> {
    version: u32,
    query: &'a str,
    total: usize,
    took_ms: f64,
    offset: usize,
    limit: usize,
    /// Whether the index was (re)built for this search.
    rebuilt_index: bool,
    warnings: &'a [String],
    hits: Vec<JsonHit<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonHit<'a> {
    key: &'a str,
    name: &'a str,
    rev: Option<&'a str>,
    title: &'a str,
    kind: HitKind,
    score: f32,
    year: Option<i32>,
    family: Option<&'a str>,
    code: Option<&'a str>,
    verdict: Option<&'a str>,
    polarity: Option<&'a str>,
    section: Option<&'a str>,
    /// Snippet text, whitespace collapsed.
    snippet: &'a str,
    /// Byte ranges `[start, end)` of `snippet` to highlight.
    highlights: Vec<[usize; 2]>,
}

impl<'a> JsonResults<'a> {
    fn new(
        query: &'a str,
        args: &SearchArgs,
        results: &'a SearchResults,
        rebuilt: bool,
    ) -> JsonResults<'a> {
        JsonResults {
            version: JSON_VERSION,
            query,
            total: results.total,
            took_ms: results.took.as_secs_f64() * 1000.0,
            offset: args.offset,
            limit: args.limit,
            rebuilt_index: rebuilt,
            warnings: &results.warnings,
            hits: results
                .hits
                .iter()
                .map(|hit| JsonHit {
                    key: &hit.key,
                    name: &hit.name,
                    rev: hit.rev.as_deref(),
                    title: &hit.title,
                    kind: hit.kind,
                    score: hit.score,
                    year: hit.year,
                    family: hit.family.as_deref(),
                    code: hit.code.as_deref(),
                    verdict: hit.verdict.as_deref(),
                    polarity: hit.polarity.as_deref(),
                    section: hit.section.as_deref(),
                    snippet: &hit.snippet.text,
                    highlights: hit
                        .snippet
                        .highlights
                        .iter()
                        .map(|range| [range.start, range.end])
                        .collect(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_are_marked_and_bad_ranges_ignored() {
        let snippet = Snippet {
            text: "a lawful intercept interface".to_string(),
            highlights: vec![2..8, 9..18, 5..7, 100..200],
        };
        assert_eq!(
            mark(&snippet, Style::Brackets),
            "a [lawful] [intercept] interface"
        );
        assert_eq!(
            mark(&snippet, Style::Terminal),
            "a \u{1b}[1;4mlawful\u{1b}[0m \u{1b}[1;4mintercept\u{1b}[0m interface"
        );
    }
}
