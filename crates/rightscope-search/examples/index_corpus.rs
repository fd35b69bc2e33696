//! Benchmark: indexes the whole RFC corpus and measures search latency.
//!
//! ```text
//! RIGHTSCOPE_RFC_TXT_DIR=/path/to/rfc-txt \
//!   cargo run --release -p rightscope-search --features corpus-bench --example index_corpus
//! ```
//! Each `rfcNNNN.txt` is parsed by `rightscope-doc` and checked by `rightscope-rules` so the index
//! holds realistic findings and verdicts; a file the parser rejects is indexed as raw text with a
//! heuristic title. Prints preparation time, index build time (rebuild including the final merge),
//! index size and the latency report over `BENCH_QUERIES`. `RIGHTSCOPE_INDEX_DIR` chooses where
//! the index goes (default `target/tmp/search-bench`).

// Printing the report is this program's whole purpose.
#![allow(clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use rightscope_doc::{Limits, SectionKind};
use rightscope_rules::{Catalogue, Checker, Verdict};
use rightscope_search::{
    latency_benchmark, FindingRecord, RevisionRecord, SearchError, SearchIndex, WriterOptions,
    BENCH_QUERIES,
};

type Entry = (RevisionRecord, Vec<FindingRecord>);

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(corpus) = std::env::var_os("RIGHTSCOPE_RFC_TXT_DIR").map(PathBuf::from) else {
        println!("set RIGHTSCOPE_RFC_TXT_DIR to an unpacked rfc-txt/ directory");
        return Ok(());
    };
    let index_dir = std::env::var_os("RIGHTSCOPE_INDEX_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/tmp/search-bench")
        });
    let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus)?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| {
                    name.starts_with("rfc") && name.ends_with(".txt") && name != "rfc-index.txt"
                })
        })
        .collect();
    files.sort();

    let started = Instant::now();
    let checker = Checker::new(&Catalogue::builtin()?)?;
    let mut entries = prepare(&files, &checker);
    // RFC headers give a category ("Standards Track"), the index the status ("PROPOSED STANDARD").
    if let Ok(index_text) = std::fs::read_to_string(corpus.join("rfc-index.txt")) {
        let statuses = statuses(&index_text);
        for (revision, _) in &mut entries {
            if let Some(status) = revision.rfc_number.and_then(|number| statuses.get(&number)) {
                revision.status = Some(status.clone());
            }
        }
    }
    let prepare_secs = started.elapsed().as_secs_f64();
    let bytes: usize = entries
        .iter()
        .map(|(revision, _)| revision.body.len())
        .sum();
    let findings: usize = entries.iter().map(|(_, findings)| findings.len()).sum();
    println!(
        "prepared {} revisions ({:.0} MB of text, {} findings) in {:.1} s",
        entries.len(),
        bytes as f64 / 1e6,
        findings,
        prepare_secs
    );

    let options = WriterOptions::default();
    let rss_before = rss_mb("VmRSS:");
    let started = Instant::now();
    let index = SearchIndex::rebuild(&index_dir, "bench", &options, |writer| {
        for (revision, findings) in &entries {
            writer.add(revision, findings)?;
        }
        Ok::<(), SearchError>(())
    })?;
    let build_secs = started.elapsed().as_secs_f64();
    println!(
        "index build: {:.1} s with {} threads and {} MB budget; {} records, {} segment(s), {:.0} MB on disk; RSS {} MB before (records in memory), peak {} MB",
        build_secs,
        options.threads,
        options.memory_budget / (1024 * 1024),
        index.num_docs(),
        index.num_segments(),
        index.size_bytes() as f64 / 1e6,
        rss_before,
        rss_mb("VmHWM:")
    );
    drop(entries);

    let report = latency_benchmark(&index, &BENCH_QUERIES);
    println!(
        "latency over {} queries x 3 runs: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        BENCH_QUERIES.len(),
        report.p50_ms,
        report.p90_ms,
        report.p99_ms,
        report.max_ms
    );
    for query in &report.per_query {
        println!(
            "{:>8.2} ms {:>8} hits  {}{}",
            query.ms,
            query.total,
            query.query,
            query
                .error
                .as_deref()
                .map(|error| format!("  ERROR {error}"))
                .unwrap_or_default()
        );
    }
    for query in [
        "\"lawful intercept\"",
        "family:ID verdict:creates kind:finding",
        "\"MAC address\" identifier",
    ] {
        let results = index.search(query, 1, 0)?;
        if let Some(hit) = results.hits.first() {
            println!(
                "top hit for {query}: {} {:?} {}",
                hit.key, hit.kind, hit.title
            );
            println!("  {}", hit.snippet.to_html());
        }
    }
    Ok(())
}

/// Parses and checks every file on all cores.
fn prepare(files: &[PathBuf], checker: &Checker) -> Vec<Entry> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Entry)>> = Mutex::new(Vec::with_capacity(files.len()));
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let at = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(at) else { break };
                if let Some(entry) = record(path, checker) {
                    results
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .push((at, entry));
                }
            });
        }
    });
    let mut results = results
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    results.sort_by_key(|(at, _)| *at);
    results.into_iter().map(|(_, entry)| entry).collect()
}

fn record(path: &Path, checker: &Checker) -> Option<Entry> {
    let bytes = std::fs::read(path).ok()?;
    let stem = path.file_stem()?.to_str()?.to_string();
    let number = stem.trim_start_matches("rfc").parse::<u32>().ok();
    let Ok(document) = rightscope_doc::parse(&bytes, &path.to_string_lossy(), &Limits::default())
    else {
        return Some((raw_record(&stem, number, &bytes), Vec::new()));
    };
    let result = checker.check(&document);
    let meta = &document.meta;
    let abstract_text = document
        .sections_of(SectionKind::Abstract)
        .next()
        .map(|section| document.section_text(section).to_string())
        .unwrap_or_default();
    let verdicts: Vec<(String, String)> = result
        .assessments
        .iter()
        .map(|assessment| {
            (
                assessment.family.as_str().to_string(),
                assessment.verdict.as_str().to_string(),
            )
        })
        .collect();
    let verdict_of = |family: &str| {
        verdicts
            .iter()
            .find(|(name, _)| name == family)
            .map_or(Verdict::None.as_str().to_string(), |(_, verdict)| {
                verdict.clone()
            })
    };
    let findings = result
        .findings
        .iter()
        .map(|finding| FindingRecord {
            key: stem.clone(),
            code: finding.code.clone(),
            family: finding.family.as_str().to_string(),
            polarity: finding.polarity.as_str().to_string(),
            verdict: verdict_of(finding.family.as_str()),
            sentence: document
                .text
                .get(finding.sentence.clone())
                .unwrap_or("")
                .to_string(),
            section: finding.section.clone(),
        })
        .collect();
    let revision = RevisionRecord {
        key: stem.clone(),
        name: stem.clone(),
        rev: None,
        sdo: "ietf".to_string(),
        kind: "rfc".to_string(),
        title: meta
            .title
            .clone()
            .unwrap_or_else(|| heuristic_title(&document.text)),
        abstract_text,
        section_titles: document
            .sections
            .iter()
            .map(|section| section.title.clone())
            .collect(),
        status: meta.status.clone(),
        wg: meta.workgroup.clone(),
        stream: meta.stream.clone(),
        year: meta.date.as_deref().and_then(year_in),
        rfc_number: meta.rfc_number.or(number),
        verdicts,
        body: document.text,
    };
    Some((revision, findings))
}

/// RFC number → `(Status: …)` from `rfc-index.txt`, whose entries start with the number at column 0
/// and continue on indented lines.
fn statuses(index: &str) -> std::collections::HashMap<u32, String> {
    let mut statuses = std::collections::HashMap::new();
    let mut entry = String::new();
    let mut flush = |entry: &str| {
        let number = entry
            .split_whitespace()
            .next()
            .and_then(|number| number.parse::<u32>().ok());
        let status = entry
            .split_once("(Status: ")
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(status, _)| status.trim().to_string());
        if let (Some(number), Some(status)) = (number, status) {
            statuses.insert(number, status);
        }
    };
    for line in index.lines() {
        if line.starts_with(|c: char| c.is_ascii_digit()) {
            flush(&entry);
            entry.clear();
        }
        entry.push(' ');
        entry.push_str(line.trim());
    }
    flush(&entry);
    statuses
}

/// A file the parser rejected, indexed as plain text.
fn raw_record(stem: &str, number: Option<u32>, bytes: &[u8]) -> RevisionRecord {
    let body = String::from_utf8_lossy(bytes).into_owned();
    RevisionRecord {
        key: stem.to_string(),
        name: stem.to_string(),
        sdo: "ietf".to_string(),
        kind: "rfc".to_string(),
        title: heuristic_title(&body),
        year: year_in(&body[..body.len().min(2000)]),
        rfc_number: number,
        body,
        ..RevisionRecord::default()
    }
}

/// The first indented line after the header block: RFC titles are centred below it.
fn heuristic_title(text: &str) -> String {
    text.lines()
        .skip_while(|line| line.trim().is_empty())
        .skip_while(|line| !line.trim().is_empty())
        .find(|line| line.starts_with("   ") && line.trim().len() > 3)
        .map_or_else(String::new, |line| line.trim().to_string())
}

/// The first plausible four-digit year in `text`.
fn year_in(text: &str) -> Option<i32> {
    text.as_bytes()
        .windows(4)
        .enumerate()
        .find_map(|(at, window)| {
            let boundary_before = at == 0 || !text.as_bytes()[at - 1].is_ascii_digit();
            let boundary_after = text
                .as_bytes()
                .get(at + 4)
                .is_none_or(|b| !b.is_ascii_digit());
            let digits = std::str::from_utf8(window).ok()?;
            let year: i32 = digits.parse().ok()?;
            (boundary_before && boundary_after && (1968..=2100).contains(&year)).then_some(year)
        })
}

/// A memory figure of this process from `/proc/self/status` (`VmRSS:` now, `VmHWM:` peak), in MB.
fn rss_mb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with(field))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}
