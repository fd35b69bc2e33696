//! RFC XML reader: snapshots of real documents, hostile input, and a corpus measurement.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rightscope_doc::{parse_as, DocError, Document, Format, Limits, SectionKind};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/xml/");

fn read_xml(bytes: &[u8], label: &str) -> Result<Document, DocError> {
    parse_as(Format::RfcXml, bytes, label, &Limits::default())
}

fn read_file(path: &Path) -> Result<Document, DocError> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    read_xml(&bytes, &path.display().to_string())
}

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(FIXTURES).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Metadata, the section list with heading lines, warnings and a short text excerpt.
fn summary(doc: &Document) -> serde_json::Value {
    let sections: Vec<String> = doc
        .sections
        .iter()
        .map(|s| {
            format!(
                "{}{} {} | {:?} | depth {} | line {}",
                "  ".repeat(usize::from(s.depth.saturating_sub(1))),
                s.number.as_deref().unwrap_or("-"),
                s.title,
                s.kind,
                s.depth,
                doc.position(s.range.start).line
            )
        })
        .collect();
    let excerpt: String = doc.text.chars().take(600).collect();
    serde_json::json!({
        "meta": doc.meta,
        "warnings": doc.warnings.iter().map(|w| w.message.clone()).collect::<Vec<_>>(),
        "sections": sections,
        "excerpt": excerpt,
    })
}

fn section_excerpt(doc: &Document, kind: SectionKind) -> String {
    doc.sections_of(kind)
        .next()
        .map(|s| doc.section_text(s).chars().take(500).collect())
        .unwrap_or_default()
}

#[test]
fn rfc8890_v3() {
    let doc = read_file(&PathBuf::from(CORPUS).join("sample/rfc8890.xml")).expect("rfc8890 parses");
    assert_eq!(doc.meta.rfc_number, Some(8890));
    assert!(doc.has_section(SectionKind::SecurityConsiderations));
    insta::assert_yaml_snapshot!("rfc8890", summary(&doc));
    insta::assert_snapshot!(
        "rfc8890_security",
        section_excerpt(&doc, SectionKind::SecurityConsiderations)
    );
    insta::assert_snapshot!(
        "rfc8890_references",
        section_excerpt(&doc, SectionKind::References)
    );
}

#[test]
fn http_problem_v2_draft() {
    let path =
        PathBuf::from(CORPUS).join("drafts/http-problem/draft-nottingham-http-problem-00.xml");
    let doc = read_file(&path).expect("v2 draft parses");
    assert_eq!(
        doc.meta.name.as_deref(),
        Some("draft-nottingham-http-problem")
    );
    assert_eq!(doc.meta.rev.as_deref(), Some("00"));
    insta::assert_yaml_snapshot!("http_problem_00", summary(&doc));
    insta::assert_snapshot!(
        "http_problem_00_security",
        section_excerpt(&doc, SectionKind::SecurityConsiderations)
    );
}

#[test]
fn source_positions_match_the_file() {
    let path = PathBuf::from(CORPUS).join("sample/rfc8890.xml");
    let source = std::fs::read_to_string(&path).expect("readable");
    let doc = read_file(&path).expect("parses");
    // Each section heading maps to a source line containing its title (or its <name> element).
    for section in &doc.sections {
        let line = doc.position(section.range.start).line as usize;
        let source_line = source.lines().nth(line - 1).unwrap_or("");
        let first_word = section.title.split_whitespace().next().unwrap_or("");
        assert!(
            source_line.contains(first_word)
                || source_line.contains("<section")
                || source_line.contains("<abstract"),
            "heading {:?} mapped to line {line}: {source_line:?}",
            section.title
        );
    }
    // A phrase from the body maps to the line it is on.
    let phrase = "Internet";
    let mut checked = 0;
    for (offset, _) in doc.text.match_indices(phrase).take(50) {
        let pos = doc.position(offset);
        let source_line = source.lines().nth(pos.line as usize - 1).unwrap_or("");
        let col = pos.column as usize - 1;
        let at: String = source_line.chars().skip(col).take(phrase.len()).collect();
        if at == phrase {
            checked += 1;
        }
    }
    assert!(
        checked >= 40,
        "only {checked} of 50 occurrences map exactly"
    );
}

/// Files under `drafts/` that are not xml2rfc sources, or are not well-formed XML (xml2rfc rejects them
/// too): each must fail with a clear error instead of parsing.
const NOT_READABLE: [(&str, &str); 8] = [
    ("http-problem-03.xml", "root element is <problem>"),
    ("http-problem-04.xml", "root element is <problem>"),
    ("http-problem-05.xml", "root element is <problem>"),
    ("http-problem-06.xml", "root element is <problem>"),
    ("http-problem-07.xml", "root element is <problem>"),
    // The file holds just "02", the draft's version number.
    ("draft-ietf-atompub-format-version.xml", "line 1, column 1"),
    // A literal `("<>")` in a paragraph.
    (
        "draft-nottingham-http-link-header-03.xml",
        "line 152, column 71",
    ),
    // A stray `</section>`.
    (
        "draft-nottingham-httpbis-alt-svc-02.xml",
        "expected 'middle' tag, not 'section' at line 437",
    ),
];

/// Every RFC XML file that ships in the shared corpus (sample, draft series, md) reads without error.
#[test]
fn shared_corpus_xml_parses() {
    let mut files = Vec::new();
    for dir in ["sample", "md"] {
        files.extend(xml_files(&PathBuf::from(CORPUS).join(dir)));
    }
    if let Ok(series) = std::fs::read_dir(PathBuf::from(CORPUS).join("drafts")) {
        for entry in series.flatten() {
            files.extend(xml_files(&entry.path()));
        }
    }
    assert!(files.len() > 100, "corpus not found at {CORPUS}");
    let mut failures = Vec::new();
    let mut parsed = 0;
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let expected = NOT_READABLE.iter().find(|(file, _)| *file == name);
        match (read_file(path), expected) {
            (Ok(doc), None) => {
                parsed += 1;
                assert!(!doc.sections.is_empty(), "{name}: no sections");
            }
            (Err(e), Some((_, reason))) if e.to_string().contains(reason) => {}
            (Ok(_), Some(_)) => failures.push(format!("{name}: expected to fail")),
            (Err(e), _) => failures.push(format!("{}: {e}", path.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(parsed >= files.len() - 8, "{parsed} of {}", files.len());
}

fn xml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "xml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Measures the full RFC XML corpus: `RIGHTSCOPE_RFC_XML_DIR=/tmp/cu/rfc-xml/xml cargo test -p
/// rightscope-doc --release --test xml -- --ignored --nocapture`.
#[test]
#[ignore = "needs the unpacked RFC XML corpus in RIGHTSCOPE_RFC_XML_DIR"]
fn rfc_xml_corpus_measurement() {
    let Some(dir) = std::env::var_os("RIGHTSCOPE_RFC_XML_DIR") else {
        eprintln!("RIGHTSCOPE_RFC_XML_DIR not set; skipped");
        return;
    };
    let files = xml_files(Path::new(&dir));
    let mut elapsed = Duration::ZERO;
    let mut failures = Vec::new();
    let mut security = 0usize;
    let mut without_security = Vec::new();
    let mut bytes = 0usize;
    let mut warnings = 0usize;
    let mut numbers_checked = 0usize;
    let mut number_mismatches = Vec::new();
    for path in &files {
        let started = Instant::now();
        let result = read_file(path);
        elapsed += started.elapsed();
        match result {
            Ok(doc) => {
                let (checked, mismatches) = compare_with_pn(path, &doc);
                numbers_checked += checked;
                number_mismatches.extend(mismatches);
                bytes += doc.source.size as usize;
                warnings += doc.warnings.len();
                if doc.has_section(SectionKind::SecurityConsiderations) {
                    security += 1;
                } else {
                    without_security
                        .push(path.file_name().map(|n| n.to_string_lossy().into_owned()));
                }
            }
            Err(e) => failures.push(format!("{}: {e}", path.display())),
        }
    }
    eprintln!(
        "{} files, {} MB, {} failed, {} with Security Considerations, {} warnings, {:.2?}",
        files.len(),
        bytes / 1_000_000,
        failures.len(),
        security,
        warnings,
        elapsed
    );
    eprintln!("without Security Considerations: {without_security:?}");
    eprintln!(
        "section numbers checked against xml2rfc's pn attributes: {numbers_checked}, mismatches: {}",
        number_mismatches.len()
    );
    for mismatch in number_mismatches.iter().take(20) {
        eprintln!("  {mismatch}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(number_mismatches.is_empty());
}

/// Compares section numbers with the `pn` attributes xml2rfc's prep step writes (`section-4.1`,
/// `section-appendix.a`); returns how many were compared and the mismatches.
fn compare_with_pn(path: &Path, doc: &Document) -> (usize, Vec<String>) {
    let Ok(source) = std::fs::read_to_string(path) else {
        return (0, Vec::new());
    };
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let Ok(xml) = roxmltree::Document::parse_with_options(&source, options) else {
        return (0, Vec::new());
    };
    let mut expected = std::collections::HashMap::new();
    for node in xml.descendants() {
        if !(node.has_tag_name("section") || node.has_tag_name("references")) {
            continue;
        }
        let (Some(anchor), Some(pn)) = (node.attribute("anchor"), node.attribute("pn")) else {
            continue;
        };
        if node.attribute("numbered") == Some("false") {
            continue;
        }
        let Some(number) = pn.strip_prefix("section-") else {
            continue;
        };
        let number = match number.strip_prefix("appendix.") {
            Some(rest) => rest.to_uppercase(),
            None => number.to_string(),
        };
        if number.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()) {
            expected.insert(anchor.to_string(), number);
        }
    }
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for section in &doc.sections {
        let Some(anchor) = &section.anchor else {
            continue;
        };
        let Some(want) = expected.get(anchor) else {
            continue;
        };
        checked += 1;
        if section.number.as_deref() != Some(want.as_str()) {
            mismatches.push(format!(
                "{}: {anchor} is {:?}, xml2rfc says {want}",
                path.display(),
                section.number
            ));
        }
    }
    (checked, mismatches)
}

// ---- hostile input ----

#[test]
fn xxe_file_is_never_read() {
    let doc = read_xml(&fixture("xxe-file.xml"), "xxe-file.xml").expect("read without the entity");
    assert!(!doc.text.contains("root:"), "{}", doc.text);
    assert!(doc.text.contains("Before after."), "{}", doc.text);
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.message.contains("&xxe; not loaded")
                && w.message.contains("file:///etc/passwd")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn xxe_url_is_never_fetched() {
    let started = Instant::now();
    let doc = read_xml(&fixture("xxe-http.xml"), "xxe-http.xml").expect("read without the entity");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.message.contains("&remote; not loaded")));
    // The parameter-entity variant is blanked, not loaded.
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.message.contains("parameter entity reference %dtd;")));
    assert!(doc.text.contains("Still here."));
}

#[test]
fn billion_laughs_is_refused_quickly() {
    let started = Instant::now();
    let err = read_xml(&fixture("billion-laughs.xml"), "bl.xml").expect_err("refused");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(matches!(err, DocError::Refused { .. }), "{err}");
    assert!(err.to_string().contains("billion laughs"), "{err}");
}

#[test]
fn entity_fan_out_within_the_budget_is_refused_by_the_parser() {
    // Small values but more than 255 references per reference: roxmltree's own loop check.
    let refs = "&e;".repeat(300);
    let xml = format!(
        "<!DOCTYPE rfc [<!ENTITY e \"x\"><!ENTITY many \"{refs}\">]><rfc><front><title>&many;</title></front></rfc>"
    );
    let err = read_xml(xml.as_bytes(), "fan.xml").expect_err("refused");
    assert!(matches!(err, DocError::Refused { .. }), "{err}");
}

#[test]
fn recursive_entities_are_refused() {
    let xml = "<!DOCTYPE rfc [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]><rfc>&a;</rfc>";
    let err = read_xml(xml.as_bytes(), "loop.xml").expect_err("refused");
    assert!(matches!(err, DocError::Refused { .. }), "{err}");
}

fn deep(levels: usize) -> String {
    let mut xml = String::with_capacity(levels * 20);
    xml.push_str("<rfc><middle><section><name>Deep</name>");
    for _ in 0..levels {
        xml.push_str("<blockquote>");
    }
    xml.push_str("<t>bottom</t>");
    for _ in 0..levels {
        xml.push_str("</blockquote>");
    }
    xml.push_str("</section></middle></rfc>");
    xml
}

#[test]
fn deep_nesting_is_refused_without_overflow() {
    let xml = deep(100_000);
    let err = read_xml(xml.as_bytes(), "deep.xml").expect_err("too deep");
    assert!(matches!(err, DocError::Refused { .. }), "{err}");
    assert!(err.to_string().contains("levels deep"), "{err}");
}

#[test]
fn deep_nesting_allowed_by_the_limits_does_not_overflow() {
    let lists = format!(
        "<rfc><middle><section title=\"S\">{}<t>bottom</t>{}</section></middle></rfc>",
        "<t><list style=\"numbers\">".repeat(30_000),
        "</list></t>".repeat(30_000)
    );
    let sections = format!(
        "<rfc><middle>{}<t>bottom</t>{}</middle></rfc>",
        "<section><name>S</name>".repeat(30_000),
        "</section>".repeat(30_000)
    );
    for xml in [deep(100_000), lists, sections] {
        assert_deep_document_reads(xml);
    }
}

fn assert_deep_document_reads(xml: String) {
    let limits = Limits {
        max_depth: 1_000_000,
        ..Limits::default()
    };
    // Run on a small stack to prove the walk does not recurse per level.
    let handle = std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(move || parse_as(Format::RfcXml, xml.as_bytes(), "deep.xml", &limits))
        .expect("thread");
    let doc = handle.join().expect("no overflow").expect("parses");
    assert!(doc.text.contains("bottom"));
}

#[test]
fn one_long_line_is_read_in_linear_time() {
    let xml = format!(
        "<rfc><middle><section><name>S</name>{}</section></middle></rfc>",
        "<t>word <em>x</em></t>".repeat(100_000)
    );
    let started = Instant::now();
    let doc = read_xml(xml.as_bytes(), "line.xml").expect("parses");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    let last = doc.text.rfind("word").expect("text");
    assert_eq!(doc.position(last).line, 1);
    assert!(doc.position(last).column > 2_000_000);
}

#[test]
fn sections_past_the_limit_are_text() {
    let xml = format!(
        "<rfc><middle>{}</middle></rfc>",
        "<section><name>S</name><t>x</t></section>".repeat(5_000)
    );
    let limits = Limits {
        max_sections: 100,
        ..Limits::default()
    };
    let doc = parse_as(Format::RfcXml, xml.as_bytes(), "s.xml", &limits).expect("parses");
    assert_eq!(doc.sections.len(), 100);
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.message.contains("more than 100 sections")));
}

#[test]
fn node_limit_is_refused() {
    let xml = format!("<rfc><middle>{}</middle></rfc>", "<t>x</t>".repeat(1000));
    let limits = Limits {
        max_xml_nodes: 500,
        ..Limits::default()
    };
    let err = parse_as(Format::RfcXml, xml.as_bytes(), "many.xml", &limits).expect_err("refused");
    assert!(matches!(err, DocError::Refused { .. }), "{err}");
}

#[test]
fn truncated_xml_is_malformed_with_a_position() {
    let err = read_xml(&fixture("truncated.xml"), "truncated.xml").expect_err("malformed");
    assert!(matches!(err, DocError::Malformed { .. }), "{err}");
    let message = err.to_string();
    assert!(message.contains("line 9, column"), "{message}");
    // Cut inside a tag rather than between elements.
    let whole =
        std::fs::read_to_string(PathBuf::from(CORPUS).join("sample/rfc8890.xml")).expect("corpus");
    let cut = whole.get(..whole.len() / 2).expect("ascii cut");
    let err = read_xml(cut.as_bytes(), "half.xml").expect_err("malformed");
    assert!(matches!(err, DocError::Malformed { .. }), "{err}");
    assert!(err.to_string().contains("line "), "{err}");
}

#[test]
fn foreign_root_is_malformed() {
    let err = read_xml(&fixture("not-rfc.xml"), "not-rfc.xml").expect_err("malformed");
    assert!(matches!(err, DocError::Malformed { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("root element is <foo>, expected <rfc>"),
        "{err}"
    );
}

#[test]
fn binary_garbage_is_an_error_not_a_panic() {
    let mut bytes = b"<rfc><middle><section><name>x</name><t>".to_vec();
    bytes.extend((0..2000u32).map(|i| u8::try_from((i * 7919) % 256).unwrap_or(0)));
    assert!(read_xml(&bytes, "garbage.xml").is_err());
    let latin1 = b"<rfc><front><title>Caf\xe9</title></front></rfc>";
    let doc = read_xml(latin1, "latin1.xml").expect("decoded as Windows-1252");
    assert!(doc.text.contains("Caf\u{e9}"));
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.message.contains("Windows-1252")));
}

#[test]
fn many_attributes_are_refused_quickly() {
    let attributes: String = (0..20_000).map(|i| format!(" a{i}=\"v\"")).collect();
    let xml = format!("<rfc{attributes}><front><title>T</title></front></rfc>");
    let started = Instant::now();
    let err = read_xml(xml.as_bytes(), "attrs.xml").expect_err("refused");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert!(matches!(err, DocError::Refused { .. }), "{err}");
    // Ordinary attribute counts are fine.
    let attributes: String = (0..200).map(|i| format!(" a{i}=\"v=1\"")).collect();
    let xml = format!("<rfc{attributes}><front><title>T</title></front></rfc>");
    assert!(read_xml(xml.as_bytes(), "attrs.xml").is_ok());
}

#[test]
fn every_prefix_and_byte_flip_is_handled_without_panic() {
    let mut sources = vec![fixture("xxe-http.xml"), fixture("billion-laughs.xml")];
    sources.push(
        "<?xml version='1.0'?>\n<!DOCTYPE rfc [<!ENTITY v \"03\"><!-- c ] > --><?pi x?>]>\n\
         <rfc version=\"3\" docName=\"draft-a-&v;\"><front><title>T&nbsp;é</title></front>\
         <middle><section><name>S</name><t>a &amp; b <![CDATA[<c>]]> d\r\ne</t>\
         <ol type=\"%d)\" start=\"99999999999999999999\"><li>x</li></ol>\
         <table><tr><td>1</td></tr></table></section></middle></rfc>"
            .as_bytes()
            .to_vec(),
    );
    for source in &sources {
        for end in 0..=source.len() {
            let _ = read_xml(source.get(..end).unwrap_or(&[]), "prefix.xml");
        }
        for at in (0..source.len()).step_by(3) {
            let mut mutated = source.clone();
            if let Some(byte) = mutated.get_mut(at) {
                *byte = match *byte {
                    b'<' => b'&',
                    b'>' => b'"',
                    b'"' => b'<',
                    other => other ^ 0x20,
                };
            }
            let _ = read_xml(&mutated, "flip.xml");
        }
    }
}
