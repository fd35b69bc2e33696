//! Time spent extracting references and considerations facts over a directory of documents, apart
//! from parsing: `cargo run --release -p rightscope-doc --example refs_extract_time -- DIR`.

#![allow(clippy::print_stdout)] // a developer tool whose output is its point

use std::time::{Duration, Instant};

use rightscope_doc::{considerations, parse, references, Limits, ReferenceKind};
use serde_json::json;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(dir) = std::env::args().nth(1) else {
        return Err("usage: refs_extract_time DIR".into());
    };
    let limits = Limits::default();
    let (mut files, mut refs, mut with_target, mut documents_with_refs) =
        (0usize, 0usize, 0usize, 0usize);
    let mut kinds = [0usize; 3];
    let (mut parse_time, mut refs_time, mut cons_time) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "xml"))
        .filter(|p| !p.ends_with("rfc-index.txt"))
        .collect();
    paths.sort();
    for path in paths {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let started = Instant::now();
        let Ok(doc) = parse(&bytes, &path.to_string_lossy(), &limits) else {
            continue;
        };
        parse_time += started.elapsed();
        files += 1;
        let started = Instant::now();
        let found = references::from_text(&doc);
        refs_time += started.elapsed();
        let started = Instant::now();
        let facts = considerations::considerations(&doc);
        cons_time += started.elapsed();
        std::hint::black_box(&facts);
        documents_with_refs += usize::from(!doc.references.is_empty());
        refs += doc.references.len();
        with_target += doc.references.iter().filter(|r| r.target.is_some()).count();
        for r in &doc.references {
            kinds[match r.kind {
                ReferenceKind::Normative => 0,
                ReferenceKind::Informative => 1,
                ReferenceKind::Unknown => 2,
            }] += 1;
        }
        std::hint::black_box(found);
    }
    let report = json!({
        "files": files,
        "documents_with_references": documents_with_refs,
        "references": refs,
        "with_target": with_target,
        "normative": kinds[0], "informative": kinds[1], "unknown": kinds[2],
        "parse_ms": parse_time.as_secs_f64() * 1000.0,
        "reference_extraction_ms": refs_time.as_secs_f64() * 1000.0,
        "considerations_ms": cons_time.as_secs_f64() * 1000.0,
    });
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(())
}
