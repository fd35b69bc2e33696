//! Stripping agrees with the peer tool (`ietf-reviewtool strip`) on the sample RFCs.
//!
//! The expected digests come from `scripts/peer-strip.py expectations`; agreement is on the sequence of
//! non-blank lines, the measure the foundation issue set. No Python is needed to run this test.

use std::path::PathBuf;

use sha2::{Digest, Sha256};

fn corpus() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
}

fn non_blank_digest(text: &str) -> (usize, String) {
    let lines: Vec<&str> = text
        .split('\n')
        .filter(|line| !line.trim().is_empty())
        .collect();
    let mut joined = lines.join("\n");
    joined.push('\n');
    let digest = Sha256::digest(joined.as_bytes());
    let hex = digest
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect::<String>();
    (lines.len(), hex)
}

#[test]
fn strip_agrees_with_ietf_reviewtool_on_the_sample() {
    let expectations = include_str!("fixtures/strip/peer-sample.tsv");
    let mut agree = 0;
    let mut differ = Vec::new();
    let mut total = 0;
    for row in expectations.lines().filter(|row| !row.starts_with('#')) {
        let fields: Vec<&str> = row.split('\t').collect();
        let [name, count, digest] = fields[..] else {
            panic!("bad expectation row {row:?}");
        };
        total += 1;
        let path = corpus().join("sample").join(name);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let document = rightscope_doc::parse(&bytes, name, &rightscope_doc::Limits::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let (ours_count, ours_digest) = non_blank_digest(&document.text);
        if ours_digest == digest {
            agree += 1;
        } else {
            differ.push(format!(
                "{name}: {ours_count} non-blank lines, peer {count}"
            ));
        }
    }
    assert_eq!(total, 34, "the sample has 34 RFC texts");
    assert!(
        agree >= 33,
        "only {agree} of {total} agree; differ: {differ:#?}"
    );
}

#[test]
fn strip_pagination_equals_the_document_text() {
    let path = corpus().join("sample/rfc7258.txt");
    let bytes = std::fs::read(&path).expect("sample present");
    let text = String::from_utf8_lossy(&bytes);
    let document = rightscope_doc::parse(&bytes, "rfc7258.txt", &rightscope_doc::Limits::default())
        .expect("parses");
    assert_eq!(rightscope_doc::strip_pagination(&text), document.text);
    assert!(!document.text.contains('\u{c}'));
    assert!(!document.text.contains("[Page "));
}
