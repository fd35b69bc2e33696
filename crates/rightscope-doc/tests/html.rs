//! W3C HTML reader on the real ReSpec and Bikeshed specifications of the corpus, and on hostile input.

use rightscope_doc::{parse_as, DocError, Document, Format, Limits};
use serde_json::json;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/");

fn read(name: &str) -> (String, Document) {
    let path = format!("{CORPUS}w3c/{name}");
    let bytes = std::fs::read(&path).expect("corpus file");
    let doc = parse_as(Format::Html, &bytes, name, &Limits::default()).expect("parses");
    (String::from_utf8_lossy(&bytes).into_owned(), doc)
}

fn parse_str(html: &str) -> Result<Document, DocError> {
    parse_as(
        Format::Html,
        html.as_bytes(),
        "test.html",
        &Limits::default(),
    )
}

/// Metadata, every section with its heading's source line, and the start of the text.
fn summary(doc: &Document) -> serde_json::Value {
    let sections: Vec<_> = doc
        .sections
        .iter()
        .map(|s| {
            json!({
                "number": s.number,
                "title": s.title,
                "kind": s.kind,
                "depth": s.depth,
                "line": doc.position(s.range.start).line,
            })
        })
        .collect();
    let excerpt: String = doc.text.chars().take(400).collect();
    json!({
        "meta": doc.meta,
        "warnings": doc.warnings,
        "sections": sections,
        "excerpt": excerpt,
    })
}

/// 1-based line of `needle` in the source file.
fn source_line(source: &str, needle: &str) -> u32 {
    let at = source.find(needle).expect("needle in source");
    u32::try_from(source[..at].matches('\n').count() + 1).expect("line fits")
}

#[test]
fn respec_privacy_principles() {
    let (source, doc) = read("privacy-principles.html");
    insta::assert_yaml_snapshot!(summary(&doc));
    // The abstract's first phrase is also in a <meta> description; it must map to the paragraph.
    let phrase = "Privacy is an essential part of the web";
    let at = doc.text.find(phrase).expect("phrase in text");
    assert_eq!(
        doc.position(at).line,
        source_line(&source, &format!("<p>{phrase}"))
    );
    // A heading after the table of contents maps to the heading, not to its TOC entry.
    let intro = doc
        .sections
        .iter()
        .find(|s| s.anchor.as_deref() == Some("intro"))
        .expect("intro section");
    assert_eq!(
        doc.position(intro.range.start).line,
        source_line(&source, "<h2 id=\"intro\">")
    );
    assert!(!doc.text.contains("Table of Contents"));
    assert!(!doc.text.contains("respec-"));
}

#[test]
fn bikeshed_security_privacy_questionnaire() {
    let (source, doc) = read("security-privacy-questionnaire.html");
    insta::assert_yaml_snapshot!(summary(&doc));
    let threats = doc
        .sections
        .iter()
        .find(|s| s.anchor.as_deref() == Some("passive-network"))
        .expect("section 3.1");
    assert_eq!(threats.title, "Passive Network Attackers");
    assert_eq!(
        doc.position(threats.range.start).line,
        source_line(&source, "id=\"passive-network\"")
    );
    let question = "This document contains a set of questions";
    let at = doc.text.find(question).expect("abstract text");
    assert_eq!(doc.position(at).line, source_line(&source, question));
    // Scripts at the end of the page (dfn panels, ref hints) leave nothing behind.
    assert!(!doc.text.contains("querySelector"));
    assert!(!doc.text.contains("Boilerplate"));
}

#[test]
fn hostile_fixture_keeps_only_prose() {
    let html = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/html/hostile.html"
    ))
    .expect("fixture");
    let doc = parse_str(&html).expect("parses");
    for absent in [
        "Injected",
        "script text",
        "styled text",
        "hidden text",
        "commented",
        "noscript text",
    ] {
        assert!(
            !doc.text.contains(absent),
            "{absent:?} leaked into {:?}",
            doc.text
        );
    }
    assert!(doc.text.contains("Visible prose."));
    assert!(doc.text.contains("<script> as text is fine & kept."));
    assert!(doc.text.contains("cell nested"), "{:?}", doc.text);
    assert_eq!(doc.sections.len(), 1);
    assert_eq!(doc.sections[0].number.as_deref(), Some("1"));
    let visible = doc.text.find("Visible").expect("visible");
    assert_eq!(doc.position(visible).line, 8);
}

#[test]
fn deeply_nested_and_crowded_input_is_bounded() {
    let start = std::time::Instant::now();
    let divs = format!(
        "<p>top</p>{}deep{}",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let doc = parse_str(&divs).expect("parses");
    assert!(doc.text.contains("deep"));
    // Stray end tags that html5ever ignores must not hide the depth from the pre-scan.
    let stray = "<x><div></x>".repeat(50_000) + "end";
    assert!(parse_str(&stray).expect("parses").text.contains("end"));
    let inline = "<b>".repeat(100_000) + "bold";
    assert!(parse_str(&inline).expect("parses").text.contains("bold"));
    let crowded = format!("<p {}>attrs</p>", "a ".repeat(200_000));
    assert!(parse_str(&crowded).expect("parses").text.contains("attrs"));
    let lists = "<ul><li>".repeat(30_000) + "item";
    assert!(parse_str(&lists).expect("parses").text.contains("item"));
    let tables = "<table><tr><td>".repeat(30_000) + "cell";
    assert!(parse_str(&tables).expect("parses").text.contains("cell"));
    assert!(start.elapsed().as_secs() < 60, "took {:?}", start.elapsed());
}

#[test]
fn garbage_gives_clear_errors() {
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    let err = parse_as(Format::Html, &binary, "x.html", &Limits::default()).expect_err("binary");
    assert!(err.to_string().contains("binary data"), "{err}");
    let err = parse_str("<html><head><style>x</style></head></html>").expect_err("no text");
    assert!(err.to_string().contains("no readable text"), "{err}");
    // Lone `<` and unterminated tags and comments are text or nothing, never a panic.
    for odd in [
        "<",
        "a < b",
        "<p",
        "<!--",
        "<![CDATA[x",
        "</",
        "<p class=\"x>y",
        "&#xFFFFFFFF; ok",
    ] {
        let _ = parse_str(odd);
    }
}

#[test]
fn non_utf8_is_read_with_a_warning() {
    let doc = parse_as(
        Format::Html,
        b"<p>caf\xe9 cr\xe8me</p>",
        "x.html",
        &Limits::default(),
    )
    .expect("parses");
    assert_eq!(doc.text, "caf\u{e9} cr\u{e8}me\n");
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.message.contains("Windows-1252")));
}
