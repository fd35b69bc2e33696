//! PDF reader on the RFC PDFs of the corpus, and on broken PDFs.
#![cfg(feature = "pdf")]

use rightscope_doc::{parse, parse_as, DocError, Document, Format, Limits, SectionKind};
use serde_json::json;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/");

fn corpus(name: &str) -> Vec<u8> {
    std::fs::read(format!("{CORPUS}pdf/{name}")).expect("corpus file")
}

fn read(name: &str) -> Document {
    parse_as(Format::Pdf, &corpus(name), name, &Limits::default()).expect("parses")
}

#[test]
fn rfc8890_pdf() {
    let doc = read("rfc8890.pdf");
    assert!(doc.has_section(SectionKind::SecurityConsiderations));
    assert_eq!(doc.meta.rfc_number, Some(8890));
    assert!(
        doc.text.contains("conflict between the interests"),
        "ligatures spelled out"
    );
    assert!(!doc.text.contains("[Page"));
    let titles: Vec<_> = doc
        .sections
        .iter()
        .map(|s| {
            let number = s
                .number
                .as_deref()
                .map(|n| format!("{n} "))
                .unwrap_or_default();
            format!("{number}{} ({})", s.title, s.kind)
        })
        .collect();
    insta::assert_yaml_snapshot!(json!({ "meta": doc.meta, "sections": titles }));
}

#[test]
fn rfc9000_pdf() {
    let doc = parse(&corpus("rfc9000.pdf"), "rfc9000.pdf", &Limits::default()).expect("parses");
    assert_eq!(doc.source.format, Format::Pdf);
    assert!(doc.has_section(SectionKind::SecurityConsiderations));
    assert_eq!(doc.meta.rfc_number, Some(9000));
    assert_eq!(doc.meta.sdo, rightscope_doc::Sdo::Ietf);
    assert!(doc.sections.len() > 100, "{} sections", doc.sections.len());
}

fn assert_clear_error(result: Result<Document, DocError>) {
    let start = std::time::Instant::now();
    match result {
        Err(DocError::Malformed { format, reason }) => {
            assert_eq!(format, Format::Pdf);
            assert!(!reason.is_empty());
        }
        other => panic!("expected a Malformed error, got {other:?}"),
    }
    assert!(start.elapsed().as_secs() < 30);
}

#[test]
fn truncated_pdf_is_a_clear_error() {
    let bytes = corpus("rfc8890.pdf");
    let truncated = bytes.get(..3000).expect("long enough");
    assert_clear_error(parse_as(
        Format::Pdf,
        truncated,
        "t.pdf",
        &Limits::default(),
    ));
}

#[test]
fn garbage_after_header_is_a_clear_error() {
    let mut garbage = b"%PDF-1.7\n".to_vec();
    garbage.extend((0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    assert_clear_error(parse_as(Format::Pdf, &garbage, "g.pdf", &Limits::default()));
    assert_clear_error(parse_as(
        Format::Pdf,
        b"%PDF-1.7\n",
        "e.pdf",
        &Limits::default(),
    ));
    assert_clear_error(parse_as(
        Format::Pdf,
        b"not a pdf",
        "n.pdf",
        &Limits::default(),
    ));
}

#[test]
fn damaged_cross_reference_tables_do_not_panic() {
    // Every 64th byte of a real PDF flipped: the kind of damage that sends parsers down odd paths.
    let mut bytes = corpus("rfc8890.pdf");
    for (i, byte) in bytes.iter_mut().enumerate().skip(2048) {
        if i % 64 == 0 {
            *byte ^= 0x5a;
        }
    }
    match parse_as(Format::Pdf, &bytes, "d.pdf", &Limits::default()) {
        Ok(_) | Err(DocError::Malformed { .. } | DocError::Refused { .. }) => {}
        Err(other) => panic!("unexpected error {other:?}"),
    }
}

#[test]
fn a_panic_in_the_pdf_library_becomes_an_error() {
    // This damage makes pdf-extract 0.12.1 panic on a missing object; the panic must come back as
    // an error naming the library, without printing.
    let mut bytes = corpus("rfc8890.pdf");
    for (i, byte) in bytes.iter_mut().enumerate().skip(1024) {
        if i % 1021 == 0 {
            *byte ^= 0x01;
        }
    }
    // If a newer pdf-extract stops panicking here, find another input that panics.
    match parse_as(Format::Pdf, &bytes, "p.pdf", &Limits::default()) {
        Err(DocError::Malformed { reason, .. }) => {
            assert!(reason.starts_with("the PDF library failed: "), "{reason}");
        }
        other => panic!("expected the library's panic as an error, got {other:?}"),
    }
}
