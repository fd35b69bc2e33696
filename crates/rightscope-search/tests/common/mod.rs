//! Shared fixtures: synthetic records from `tests/fixtures/records.json` and, where the shared
//! corpus is on this machine, a few real RFC texts.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use rightscope_search::{FindingRecord, RevisionRecord, SearchIndex, WriterOptions};
use serde::Deserialize;

/// A revision with its findings, as the fixture file holds them.
#[derive(Debug, Clone, Deserialize)]
pub struct Entry {
    pub revision: RevisionRecord,
    #[serde(default)]
    pub findings: Vec<FindingRecord>,
}

pub fn fixtures() -> Vec<Entry> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/records.json");
    let text = std::fs::read_to_string(&path).expect("fixture file");
    serde_json::from_str(&text).expect("fixture JSON")
}

/// Small budget and two threads: tests run beside other builds.
pub fn options() -> WriterOptions {
    WriterOptions {
        memory_budget: 64 * 1024 * 1024,
        threads: 2,
        single_segment: true,
    }
}

pub fn build(dir: &Path, generation: &str, entries: &[Entry]) -> SearchIndex {
    SearchIndex::rebuild(dir, generation, &options(), |writer| {
        for entry in entries {
            writer.add(&entry.revision, &entry.findings)?;
        }
        Ok::<(), rightscope_search::SearchError>(())
    })
    .expect("rebuild")
}

/// The fixture index in a fresh temporary directory (kept alive by the returned guard).
pub fn fixture_index() -> (tempfile::TempDir, SearchIndex) {
    let dir = tempfile::tempdir().expect("temp dir");
    let index = build(dir.path(), "fixtures-1", &fixtures());
    (dir, index)
}

/// Directory of real RFC texts shared between worktrees, if present on this machine.
pub fn sample_dir() -> Option<PathBuf> {
    let dir = PathBuf::from("/work/shared/corpus/sample");
    dir.join("rfc7258.txt").is_file().then_some(dir)
}

/// A real RFC as a revision record: title from the first centred line after the header block.
pub fn real_rfc(dir: &Path, number: u32, year: i32) -> RevisionRecord {
    let body = std::fs::read_to_string(dir.join(format!("rfc{number}.txt"))).expect("sample RFC");
    let title = body
        .lines()
        .skip_while(|line| !line.trim().is_empty())
        .map(str::trim)
        .find(|line| !line.is_empty())
        .unwrap_or("")
        .to_string();
    RevisionRecord {
        key: format!("rfc{number}"),
        name: format!("rfc{number}"),
        sdo: "ietf".to_string(),
        kind: "rfc".to_string(),
        title,
        body,
        year: Some(year),
        rfc_number: Some(number),
        ..RevisionRecord::default()
    }
}

/// Keys of the hits, in order.
pub fn keys(results: &rightscope_search::SearchResults) -> Vec<String> {
    results.hits.iter().map(|hit| hit.key.clone()).collect()
}

/// Sorted, de-duplicated keys of the hits.
pub fn key_set(results: &rightscope_search::SearchResults) -> Vec<String> {
    let mut keys = keys(results);
    keys.sort();
    keys.dedup();
    keys
}
