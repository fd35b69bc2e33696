//! The kramdown-rfc Markdown reader on real drafts (snapshots, the whole corpus) and on hostile input.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rightscope_doc::{parse_as, DocError, Document, Format, Limits, SectionKind};
use serde_json::{json, Value};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/markdown/");

fn read_md(bytes: &[u8]) -> Result<Document, DocError> {
    parse_as(Format::Markdown, bytes, "test.md", &Limits::default())
}

fn corpus_file(relative: &str) -> Vec<u8> {
    let path = Path::new(CORPUS).join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(FIXTURES).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Metadata, the section outline with source lines, warnings and the start of the text.
fn summary(doc: &Document) -> Value {
    let sections: Vec<Value> = doc
        .sections
        .iter()
        .map(|s| {
            json!({
                "number": s.number,
                "title": s.title,
                "kind": s.kind,
                "depth": s.depth,
                "anchor": s.anchor,
                "line": doc.position(s.range.start).line,
            })
        })
        .collect();
    let excerpt: String = doc.text.chars().take(600).collect();
    json!({
        "meta": doc.meta,
        "warnings": doc.warnings,
        "sections": sections,
        "text_start": excerpt,
        "text_len": doc.text.len(),
    })
}

#[test]
fn snapshot_guidelines() {
    let doc = read_md(&corpus_file("md/draft-guidelines.md")).expect("parses");
    insta::assert_yaml_snapshot!("guidelines", summary(&doc));
}

#[test]
fn snapshot_for_the_users() {
    let doc = read_md(&corpus_file("drafts/for-the-users/draft.md")).expect("parses");
    insta::assert_yaml_snapshot!("for_the_users", summary(&doc));
}

#[test]
fn guidelines_text_points_back_at_the_source() {
    let bytes = corpus_file("md/draft-guidelines.md");
    let source = String::from_utf8(bytes.clone()).expect("utf-8");
    let doc = read_md(&bytes).expect("parses");
    // Every occurrence of a distinctive sentence maps to the line it is on in the file.
    let needle = "Human rights threats on the Internet come in a myriad of forms.";
    let at = doc.text.find(needle).expect("in text");
    let line = source
        .lines()
        .position(|l| l.starts_with(needle))
        .expect("in source")
        + 1;
    assert_eq!(doc.position(at).line as usize, line);
    assert_eq!(doc.position(at).column, 1);
    // References became [RFC…]; front-matter references stayed out of the text.
    assert!(doc.text.contains("privacy considerations [RFC6973]"));
    assert!(!doc.text.contains("{{RFC"));
    assert!(!doc.text.contains("Hill2014:"));
    assert!(!doc.text.contains("trust200902"));
    assert!(doc.has_section(SectionKind::SecurityConsiderations));
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "md") {
            out.push(path);
        }
    }
}

#[test]
fn every_corpus_markdown_file_parses() {
    let mut files = Vec::new();
    markdown_files(&Path::new(CORPUS).join("md"), &mut files);
    markdown_files(&Path::new(CORPUS).join("drafts"), &mut files);
    assert!(files.len() >= 30, "corpus has {} .md files", files.len());
    for path in &files {
        let bytes = std::fs::read(path).expect("readable");
        let doc = read_md(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let has_front_matter = bytes.starts_with(b"---");
        if has_front_matter {
            assert!(doc.meta.title.is_some(), "{}: no title", path.display());
            assert!(!doc.sections.is_empty(), "{}: no sections", path.display());
        }
        for marker in [
            "--- middle",
            "--- back",
            "--- abstract",
            "\nipr: ",
            "\ndocname: ",
        ] {
            assert!(
                !doc.text.contains(marker),
                "{}: {marker:?} in text",
                path.display()
            );
        }
        // Numbers follow the xml2rfc scheme: digits in the middle, a letter first in the back.
        for section in &doc.sections {
            if let Some(number) = &section.number {
                let depth = number.split('.').count();
                assert_eq!(
                    depth,
                    usize::from(section.depth),
                    "{}: {number}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn fixtures_not_yaml_is_malformed_with_a_line() {
    match read_md(&fixture("not-yaml.md")) {
        Err(DocError::Malformed { format, reason }) => {
            assert_eq!(format, Format::Markdown);
            assert!(reason.contains("not valid YAML"), "{reason}");
            assert!(reason.contains("line 3"), "{reason}");
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn fixtures_unterminated_front_matter_is_read_as_markdown() {
    let doc = read_md(&fixture("unterminated.md")).expect("parses");
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.message.contains("never closed")));
    assert!(doc.text.contains("The text is still read."));
    assert_eq!(doc.sections.len(), 1);
    assert_eq!(doc.sections[0].title, "Heading");
}

#[test]
fn fixtures_billion_laughs_is_bounded_and_fast() {
    let start = Instant::now();
    let doc = read_md(&fixture("billion-laughs.md")).expect("parses");
    assert!(start.elapsed() < Duration::from_secs(2));
    assert_eq!(doc.meta.title.as_deref(), Some("Billion laughs"));
    // `author: *i` points at nested lists of strings: no author, no expansion.
    assert!(doc.meta.authors.is_empty());
    assert!(doc.text.len() < 200);
    assert!(doc.text.contains("Still here."));
}

#[test]
fn fixtures_invalid_utf8_is_decoded_with_a_warning() {
    let doc = read_md(&fixture("latin1.md")).expect("parses");
    assert_eq!(doc.meta.title.as_deref(), Some("Café society"));
    assert!(
        doc.text.contains("Naïve text \u{201c}quoted\u{201d}."),
        "{}",
        doc.text
    );
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.message.contains("not valid UTF-8")));
}

#[test]
fn hostile_nesting_is_refused_quickly() {
    let inputs = [
        format!("{}x\n", ">".repeat(100_000)),
        format!("{}x\n", "- ".repeat(100_000)),
        format!("{}x\n", "> - ".repeat(50_000)),
        format!("{}x{}\n", "*".repeat(100_000), "*".repeat(100_000)),
        format!("{}x{}\n", "[".repeat(100_000), "](u)".repeat(100_000)),
    ];
    for input in &inputs {
        let start = Instant::now();
        let result = read_md(input.as_bytes());
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "took {:?}",
            start.elapsed()
        );
        if let Err(error) = result {
            assert!(matches!(error, DocError::Refused { .. }), "{error}");
            assert!(error.to_string().contains("nested deeper"), "{error}");
        }
    }
    assert!(matches!(
        read_md(inputs[0].as_bytes()),
        Err(DocError::Refused { .. })
    ));
    assert!(matches!(
        read_md(inputs[1].as_bytes()),
        Err(DocError::Refused { .. })
    ));
}

#[test]
fn hostile_front_matter_size_and_depth() {
    let mut big = String::from("---\ntitle: big\nkeyword: \"");
    big.push_str(&"x".repeat(1 << 20));
    big.push_str("\"\n--- middle\n\ntext\n");
    match read_md(big.as_bytes()) {
        Err(DocError::Refused { reason, .. }) => {
            assert!(reason.contains("front matter"), "{reason}")
        }
        other => panic!("expected Refused, got {other:?}"),
    }
    let mut deep = String::from("---\ntitle: deep\n");
    for level in 0..1000 {
        deep.push_str(&" ".repeat(level));
        deep.push_str("k:\n");
    }
    deep.push_str(&" ".repeat(1000));
    deep.push_str("end\n");
    deep.push_str("--- middle\n\ntext\n");
    match read_md(deep.as_bytes()) {
        Err(DocError::Refused { reason, .. }) => assert!(reason.contains("deeper"), "{reason}"),
        other => panic!("expected Refused, got {other:?}"),
    }
}

#[test]
fn hostile_expansions_stay_proportional() {
    let mut src = String::from("---\ntitle: amplify\nentity:\n  X: \"");
    src.push_str(&"y".repeat(1000));
    src.push_str("\"\n--- middle\n\n");
    for _ in 0..20_000 {
        src.push_str("{{&X}} {::boilerplate bcp14} ");
    }
    src.push('\n');
    let doc = read_md(src.as_bytes()).expect("parses");
    assert!(
        doc.text.len() <= 2 * src.len() + 128 * 1024,
        "text {} from input {}",
        doc.text.len(),
        src.len()
    );
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.message.contains("unexpanded")));
}

#[test]
fn hostile_many_headings_are_capped() {
    let src = "# h\n".repeat(50_000);
    let limits = Limits {
        max_sections: 1000,
        ..Limits::default()
    };
    let doc = parse_as(Format::Markdown, src.as_bytes(), "t.md", &limits).expect("parses");
    assert_eq!(doc.sections.len(), 1000);
    assert!(doc.warnings.iter().any(|w| w.message.contains("sections")));
}

#[test]
fn odd_inputs_do_not_panic() {
    let inputs: &[&[u8]] = &[
        b"---",
        b"---\n",
        b"---\n---\n",
        b"---\n---\n---\n---\n",
        b"--- abstract\nAbstract first.\n--- middle\n# A\n",
        b"---\ntitle: x\n--- back\n# Only appendix\n## Sub\n",
        b"---\ntitle: x\n--- note_\n\nnote\n--- unknown\n\nhidden\n---\n\nback to nothing\n",
        b"{{\n}}{{}}{:}{::}((()))(((\n{::comment}\nunclosed",
        b"# {{Section 1 of}} {{ of X}} {{@}} {{-}} {{!}} {{=}} {{&}}\n",
        b"\r\r\r# A\r\rtext\r",
        b"---\r\ntitle: crlf\r\n--- middle\r\n\r\n# A\r\n\r\ntext\r\n",
        b"\0\0\0# \0\n",
        b"| a | b |\n| - |\n|\n||||\n{: x}\n",
        b"term\n: def\n: def2\n\n[^x]: note [^x]\n",
        b"---\ndate: {DATE}\nauthor: [[[]]]\nentity: [1, 2]\nnormative: ~\ntitle: !!binary aGk=\n--- middle\n\nx\n",
        b"---\nauthor:\n  - name: &n Alice\n  - name: *n\n  - *n\n--- middle\n",
        b"\xef\xbb\xbf---\ntitle: bom\n--- middle\n\n# A\n",
    ];
    for input in inputs {
        match read_md(input) {
            Ok(doc) => {
                // Every section range lies inside the text on character boundaries.
                for section in &doc.sections {
                    assert!(section.range.end <= doc.text.len());
                    assert!(doc.text.is_char_boundary(section.range.start));
                }
                let _ = doc.position(doc.text.len());
            }
            Err(error) => assert!(!error.to_string().is_empty()),
        }
    }
    let doc =
        read_md(b"---\nauthor:\n  - name: &n Alice\n  - name: *n\n--- middle\n").expect("parses");
    assert_eq!(doc.meta.authors.len(), 2);
    assert_eq!(doc.meta.authors[1].name, "Alice");
    let doc = read_md(b"\xef\xbb\xbf---\ntitle: bom\n--- middle\n\n# A\n").expect("parses");
    assert_eq!(doc.meta.title.as_deref(), Some("bom"));
}
