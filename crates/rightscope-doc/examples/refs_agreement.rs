//! Agreement of references read from RFC text with the `<reference>` lists of the RFC's XML source.
//!
//! `cargo run --release -p rightscope-doc --example refs_agreement -- DIR_TXT DIR_XML [OUT.json]`
//! pairs `rfcNNNN.xml` in DIR_XML with `rfcNNNN.txt` in DIR_TXT and writes totals, recall (XML
//! entries found in the text), precision (text entries that are in the XML), kind agreement, misses
//! and the time spent extracting.

#![allow(clippy::print_stdout)] // a developer tool whose output is its point

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rightscope_doc::{parse, references, Limits, Reference};
use serde_json::json;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir_txt), Some(dir_xml)) = (args.first(), args.get(1)) else {
        return Err("usage: refs_agreement DIR_TXT DIR_XML [OUT.json]".into());
    };
    let mut xmls: Vec<PathBuf> = std::fs::read_dir(dir_xml)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .collect();
    xmls.sort();
    let limits = Limits::default();
    let (mut expected_total, mut found_total, mut recalled, mut precise, mut kind_same) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut pairs = 0usize;
    let mut misses = Vec::new();
    let mut extras = Vec::new();
    let mut per_doc = Vec::new();
    let mut text_extract = Duration::ZERO;
    for xml_path in &xmls {
        let Some(stem) = xml_path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let txt_path = Path::new(dir_txt).join(format!("{stem}.txt"));
        let (Ok(xml), Ok(txt)) = (std::fs::read(xml_path), std::fs::read(&txt_path)) else {
            continue;
        };
        let (Ok(xml_doc), Ok(txt_doc)) = (
            parse(&xml, &xml_path.to_string_lossy(), &limits),
            parse(&txt, &txt_path.to_string_lossy(), &limits),
        ) else {
            continue;
        };
        pairs += 1;
        let started = Instant::now();
        let again = references::from_text(&txt_doc);
        text_extract += started.elapsed();
        debug_assert_eq!(again.len(), txt_doc.references.len());
        let expected: &[Reference] = &xml_doc.references;
        let found: &[Reference] = &txt_doc.references;
        let pairing = references::pair(expected, found);
        let hits = pairing.iter().filter(|p| p.is_some()).count();
        expected_total += expected.len();
        found_total += found.len();
        recalled += hits;
        precise += hits;
        for (want, got) in expected.iter().zip(&pairing) {
            match got.and_then(|j| found.get(j)) {
                Some(got) if got.kind == want.kind => kind_same += 1,
                Some(_) => {}
                None => {
                    misses.push(json!({"rfc": stem, "label": want.label, "target": want.target}))
                }
            }
        }
        let mut matched = vec![false; found.len()];
        for j in pairing.iter().flatten() {
            if let Some(slot) = matched.get_mut(*j) {
                *slot = true;
            }
        }
        for (got, hit) in found.iter().zip(&matched) {
            if !hit {
                extras.push(json!({"rfc": stem, "label": got.label, "target": got.target}));
            }
        }
        if hits < expected.len() || hits < found.len() {
            per_doc.push(
                json!({"rfc": stem, "xml": expected.len(), "text": found.len(), "paired": hits}),
            );
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let report = json!({
        "pairs": pairs,
        "xml_references": expected_total,
        "text_references": found_total,
        "paired": recalled,
        "recall": ratio(recalled, expected_total),
        "precision": ratio(precise, found_total),
        "kind_agreement": ratio(kind_same, recalled),
        "text_extract_ms": text_extract.as_secs_f64() * 1000.0,
        "misses": misses,
        "extras": extras,
        "documents_with_differences": per_doc,
    });
    let out = serde_json::to_string_pretty(&report)?;
    match args.get(2) {
        Some(path) => std::fs::write(path, out)?,
        None => println!("{out}"),
    }
    Ok(())
}
