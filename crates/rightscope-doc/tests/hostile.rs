//! Hostile input for every reader: the files under `tests/fixtures/hostile/` plus large cases built at
//! run time (gigantic lines, deep nesting, bombs, bad encodings, truncation, NUL bytes). Each case runs
//! on its own thread with a 2 MiB stack and a time limit: it must return a document whose ranges stay
//! inside its text, or an error with a reason, and never panic, overflow or hang. Cases that found a
//! defect are named after it (docs/hardening.md lists them).

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rightscope_doc::{parse, parse_as, DocError, Document, Format, Limits};

/// Hang guard, not a performance target: debug builds on a shared machine are slow.
const TIME_LIMIT: Duration = Duration::from_secs(20);

/// What every reader must never show: a line of the host's `/etc/passwd`.
const PASSWD: &str = "root:x:0:0";

const READERS: [Format; 5] = [
    Format::RfcText,
    Format::RfcXml,
    Format::Markdown,
    Format::Html,
    Format::Pdf,
];

fn fixtures() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile"
    ))
}

fn corpus(path: &str) -> Vec<u8> {
    let full = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/"
    ))
    .join(path);
    std::fs::read(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// Runs one case off the test thread, on a small stack, with the time limit; `None` format detects.
fn run(
    case: &str,
    format: Option<Format>,
    bytes: Vec<u8>,
    limits: Limits,
) -> Result<Document, DocError> {
    let (send, receive) = mpsc::channel();
    let name = case.to_string();
    let started = Instant::now();
    let worker = std::thread::Builder::new()
        .name(case.to_string())
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            let result = match format {
                Some(format) => parse_as(format, &bytes, &name, &limits),
                None => parse(&bytes, &name, &limits),
            };
            let _ = send.send(result);
        })
        .expect("spawn case thread");
    match receive.recv_timeout(TIME_LIMIT) {
        Ok(result) => {
            worker.join().expect("case thread");
            if let Ok(doc) = &result {
                assert_well_formed(case, doc);
            }
            if let Err(error) = &result {
                assert!(
                    !error.to_string().trim().is_empty(),
                    "{case}: empty error message"
                );
            }
            result
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let panic = worker.join().expect_err("thread ended without a result");
            panic!("{case} ({format:?}): reader panicked: {panic:?}");
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!(
                "{case} ({format:?}): no result after {:?} (hang guard)",
                started.elapsed()
            )
        }
    }
}

/// Ranges inside the text, on character boundaries, positions computable; no file content leaked.
fn assert_well_formed(case: &str, doc: &Document) {
    for section in &doc.sections {
        assert!(
            section.range.start <= section.range.end && section.range.end <= doc.text.len(),
            "{case}: section {:?} outside the text ({} bytes)",
            section.range,
            doc.text.len()
        );
        assert!(
            doc.text.is_char_boundary(section.range.start)
                && doc.text.is_char_boundary(section.range.end)
        );
        let _ = doc.position(section.range.start);
        let _ = doc.position(section.range.end);
    }
    let _ = doc.position(doc.text.len());
    let leaked = doc.text.contains(PASSWD)
        || doc
            .meta
            .title
            .as_deref()
            .is_some_and(|t| t.contains(PASSWD))
        || doc.warnings.iter().any(|w| w.message.contains(PASSWD));
    assert!(!leaked, "{case}: the reader read /etc/passwd");
}

fn every_reader(case: &str, bytes: &[u8]) -> Vec<(Option<Format>, Result<Document, DocError>)> {
    let mut results = vec![(None, run(case, None, bytes.to_vec(), Limits::default()))];
    for format in READERS {
        results.push((
            Some(format),
            run(case, Some(format), bytes.to_vec(), Limits::default()),
        ));
    }
    results
}

#[test]
fn every_fixture_through_every_reader() {
    let mut files: Vec<_> = std::fs::read_dir(fixtures())
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "{files:?}");
    for path in files {
        let bytes = std::fs::read(&path).expect("read fixture");
        let name = path
            .file_name()
            .expect("a fixture file name")
            .to_string_lossy()
            .into_owned();
        every_reader(&name, &bytes);
    }
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(name)).expect("fixture")
}

#[test]
fn external_entities_are_never_loaded() {
    for name in ["xxe-passwd.xml", "xxe-parameter.xml", "xxe-public.xml"] {
        match run(name, None, fixture(name), Limits::default()) {
            Ok(doc) => assert!(doc.text.contains("Still here") || doc.text.contains("Before")),
            Err(error) => assert!(matches!(
                error,
                DocError::Refused { .. } | DocError::Malformed { .. }
            )),
        }
    }
    let doc = run(
        "xxe-passwd.xml",
        None,
        fixture("xxe-passwd.xml"),
        Limits::default(),
    )
    .expect("reads");
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.message.contains("not loaded")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn html_external_resources_are_never_loaded() {
    // The fixture also carries a NUL byte, which the HTML reader refuses with its offset.
    match run(
        "control-and-external.html",
        None,
        fixture("control-and-external.html"),
        Limits::default(),
    ) {
        Ok(doc) => assert!(doc.text.contains("IP address")),
        Err(err) => assert!(err.to_string().contains("NUL byte at offset"), "{err}"),
    }
    let without_nul: Vec<u8> = fixture("control-and-external.html")
        .into_iter()
        .filter(|&b| b != 0)
        .collect();
    let doc = run(
        "control-and-external-no-nul.html",
        None,
        without_nul,
        Limits::default(),
    )
    .expect("reads");
    assert_eq!(doc.source.format, Format::Html);
    assert!(doc.text.contains("IP address"));
}

#[test]
fn markdown_include_is_not_followed() {
    let doc = run(
        "control-title.md",
        None,
        fixture("control-title.md"),
        Limits::default(),
    )
    .expect("reads");
    assert_eq!(doc.source.format, Format::Markdown);
    assert!(
        doc.warnings.iter().any(|w| w.message.contains("include")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn xml_entity_bombs_are_refused() {
    let err = run(
        "billion-laughs.xml",
        None,
        fixture("billion-laughs.xml"),
        Limits::default(),
    )
    .expect_err("bomb");
    assert!(matches!(err, DocError::Refused { .. }), "{err}");
    // Quadratic blow-up: one 100 KB entity referenced 20,000 times (2 GB if expanded).
    let big = "x".repeat(100_000);
    let refs = "&big;".repeat(20_000);
    let xml = format!("<!DOCTYPE rfc [<!ENTITY big \"{big}\">]><rfc><middle><section><name>S</name><t>{refs}</t></section></middle></rfc>");
    let err = run(
        "quadratic-blowup.xml",
        None,
        xml.into_bytes(),
        Limits::default(),
    )
    .expect_err("bomb");
    assert!(matches!(err, DocError::Refused { .. }), "{err}");
}

#[test]
fn markdown_yaml_alias_bomb_is_refused_or_bounded() {
    let mut yaml = String::from("---\ntitle: bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (level, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        yaml.push_str(&format!("{level}: &{level} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
    }
    yaml.push_str("author:\n  name: *i\n---\n\n# Introduction\n\nText.\n");
    let _ = run(
        "yaml-alias-bomb.md",
        None,
        yaml.into_bytes(),
        Limits::default(),
    );
}

/// 100,000 levels of nesting in each format that nests.
#[test]
fn deep_nesting_100k_levels() {
    let levels = 100_000;
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "deep.xml",
            format!(
                "<rfc><middle><section><name>S</name>{}<t>bottom</t>{}</section></middle></rfc>",
                "<blockquote>".repeat(levels),
                "</blockquote>".repeat(levels)
            )
            .into_bytes(),
        ),
        (
            "deep-unclosed.xml",
            format!(
                "<rfc><middle><section><name>S</name>{}",
                "<ul><li>".repeat(levels)
            )
            .into_bytes(),
        ),
        (
            "deep.html",
            format!(
                "<!DOCTYPE html><html><body><h1>T</h1>{}<p>bottom</p>{}</body></html>",
                "<div>".repeat(levels),
                "</div>".repeat(levels)
            )
            .into_bytes(),
        ),
        (
            "deep-unclosed.html",
            format!(
                "<!DOCTYPE html><html><body><h1>T</h1>{}bottom",
                "<b><i><span>".repeat(levels)
            )
            .into_bytes(),
        ),
        (
            "deep-quotes.md",
            format!(
                "---\ntitle: deep\n---\n\n# Introduction\n\n{}bottom\n",
                "> ".repeat(levels)
            )
            .into_bytes(),
        ),
        (
            "deep-lists.md",
            format!(
                "---\ntitle: deep\n---\n\n# Introduction\n\n{}",
                (0..levels)
                    .map(|i| format!("{}- x\n", " ".repeat((i % 200) * 2)))
                    .collect::<String>()
            )
            .into_bytes(),
        ),
        (
            "deep-brackets.md",
            format!(
                "---\ntitle: deep\n---\n\n# Introduction\n\n{}x{}\n",
                "[".repeat(levels),
                "](u)".repeat(levels)
            )
            .into_bytes(),
        ),
        (
            "deep-yaml.md",
            format!(
                "---\ntitle: deep\nauthor: {}x{}\n---\n\n# Introduction\n\nText.\n",
                "[".repeat(levels),
                "]".repeat(levels)
            )
            .into_bytes(),
        ),
        (
            "deep-indent.txt",
            (0..levels)
                .map(|i| {
                    format!(
                        "{}{}.  Heading\n\n",
                        " ".repeat(i % 80),
                        (0..(i % 50) + 1).map(|_| "1").collect::<Vec<_>>().join(".")
                    )
                })
                .collect::<String>()
                .into_bytes(),
        ),
        (
            "deep-arrays.pdf",
            pdf_with_object(&format!("{}1{}", "[".repeat(levels), "]".repeat(levels))),
        ),
        (
            "deep-dicts.pdf",
            pdf_with_object(&format!(
                "{}1{}",
                "<< /A ".repeat(levels),
                " >>".repeat(levels)
            )),
        ),
    ];
    for (name, bytes) in cases {
        every_reader(name, &bytes);
    }
}

/// A one-page PDF whose page dictionary carries `object` as an extra value.
fn pdf_with_object(object: &str) -> Vec<u8> {
    let mut pdf = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!("<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Extra {object} >>"),
        "<< /Length 30 >>\nstream\nBT /F1 12 Tf (Hello) Tj ET\n\nendstream".to_string(),
    ];
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.push_str(&format!("{} 0 obj\n{body}\nendobj\n", i + 1));
    }
    let xref = pdf.len();
    pdf.push_str(&format!(
        "xref\n0 {}\n0000000000 65535 f \n",
        objects.len() + 1
    ));
    for offset in offsets {
        pdf.push_str(&format!("{offset:010} 00000 n \n"));
    }
    pdf.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    ));
    pdf.into_bytes()
}

/// 50 MB without a newline, in each reader's syntax.
#[test]
fn gigantic_line_50_mb() {
    let size = 50 * 1024 * 1024;
    let words = |n: usize| "data ".repeat(n / 5);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("long-line.txt", words(size).into_bytes()),
        ("long-line-no-spaces.txt", vec![b'a'; size]),
        (
            "long-line.xml",
            format!(
                "<rfc><middle><section><name>S</name><t>{}</t></section></middle></rfc>",
                words(size)
            )
            .into_bytes(),
        ),
        (
            "long-line.html",
            format!(
                "<!DOCTYPE html><html><body><h1>T</h1><p>{}</p></body></html>",
                words(size)
            )
            .into_bytes(),
        ),
        (
            "long-line.md",
            format!("---\ntitle: long\n---\n\n# Introduction\n\n{}", words(size)).into_bytes(),
        ),
        (
            "long-line.pdf",
            pdf_with_object(&format!("({})", "a".repeat(size))),
        ),
    ];
    for (name, bytes) in cases {
        let format = match name.rsplit('.').next() {
            Some("xml") => Format::RfcXml,
            Some("html") => Format::Html,
            Some("md") => Format::Markdown,
            Some("pdf") => Format::Pdf,
            _ => Format::RfcText,
        };
        // Only its own reader and detection: 50 MB through every reader is minutes in debug.
        run(name, None, bytes.clone(), Limits::default()).ok();
        if let Ok(doc) = run(name, Some(format), bytes, Limits::default()) {
            assert!(
                doc.text.len() <= size + 1024,
                "{name}: text grew past the input"
            );
        }
    }
}

#[test]
fn over_the_size_limit_is_refused_before_reading() {
    let bytes = vec![b'a'; 65 * 1024 * 1024];
    let started = Instant::now();
    let err = run("too-large.txt", None, bytes, Limits::default()).expect_err("too large");
    assert!(matches!(err, DocError::TooLarge { .. }), "{err}");
    assert!(err.to_string().contains("--max-size"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// UTF-16 files with a byte order mark are not UTF-8 and not Windows-1252: before the fix they were
/// read as Windows-1252, a document of NUL-separated letters with no sections. Now a clear error.
#[test]
fn utf16_bom_is_a_clear_error_not_mojibake() {
    let text =
        "Abstract\n\n   Servers MUST record the IP address.\n\n1.  Introduction\n\n   Text.\n";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let xml = "<rfc><front><title>T</title></front></rfc>";
    let le_xml: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(xml.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    for (name, bytes) in [
        ("utf16le.txt", le),
        ("utf16be.txt", be),
        ("utf16le.xml", le_xml),
    ] {
        for (format, result) in every_reader(name, &bytes) {
            if format == Some(Format::Pdf) {
                continue;
            }
            let err = result.expect_err(name);
            assert!(
                err.to_string().contains("UTF-16"),
                "{name} {format:?}: {err}"
            );
        }
    }
}

#[test]
fn invalid_utf8_is_read_with_a_warning() {
    let mut bytes =
        b"Abstract\n\n   Servers MUST record the IP address of every user.\n\n1.  Intro\n\n   "
            .to_vec();
    bytes.extend_from_slice(
        b"\xff\xfe\xc3\x28\xe2\x82\xf0\x9f\x92 \xed\xa0\x80 overlong \xc0\xaf.\n",
    );
    let doc = run("invalid-utf8.txt", None, bytes.clone(), Limits::default()).expect("reads");
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.message.contains("not valid UTF-8")),
        "{:?}",
        doc.warnings
    );
    every_reader("invalid-utf8.txt", &bytes);
    let md = [b"---\ntitle: \"\xff\xfe\"\n---\n\n# \xc0\xaf\n\nText.\n".as_slice()].concat();
    every_reader("invalid-utf8.md", &md);
    let xml = [b"<rfc><front><title>\xff\xfe</title></front></rfc>".as_slice()].concat();
    every_reader("invalid-utf8.xml", &xml);
    let html = [
        b"<!DOCTYPE html><html><head><title>\xff</title></head><body><h1>\xc0</h1></body></html>"
            .as_slice(),
    ]
    .concat();
    every_reader("invalid-utf8.html", &html);
}

#[test]
fn nul_bytes_everywhere() {
    let base = String::from_utf8(corpus("sample/rfc8890.txt")).expect("utf8");
    let sprinkled: String = base
        .chars()
        .enumerate()
        .flat_map(|(i, c)| if i % 97 == 0 { vec![c, '\0'] } else { vec![c] })
        .collect();
    every_reader("nul-sprinkled.txt", sprinkled.as_bytes());
    let mostly_nul = vec![0u8; 100_000];
    let err = run("all-nul.txt", None, mostly_nul.clone(), Limits::default()).expect_err("binary");
    assert!(matches!(err, DocError::Unrecognised { .. }), "{err}");
    every_reader("all-nul.txt", &mostly_nul);
    every_reader("nul-in-xml.xml", b"<rfc><front><title>a\0b</title></front><middle><section><name>\0</name><t>\0</t></section></middle></rfc>");
    every_reader(
        "nul-in-md.md",
        b"---\ntitle: \"a\0b\"\n---\n\n# \0\n\n\0 text\n",
    );
    every_reader("nul-in-html.html", b"<!DOCTYPE html><html><head><title>a\0b</title></head><body><h1>\0</h1><p>\0</p></body></html>");
    every_reader("empty", b"");
    assert!(matches!(
        run("empty", None, Vec::new(), Limits::default()),
        Err(DocError::Empty)
    ));
}

/// Real documents cut at many places, including inside multi-byte characters and PDF objects.
#[test]
fn truncated_files() {
    let sources: [(&str, Format); 5] = [
        ("sample/rfc8890.txt", Format::RfcText),
        ("sample/rfc8890.xml", Format::RfcXml),
        ("md/draft-guidelines.md", Format::Markdown),
        ("pdf/rfc8890.pdf", Format::Pdf),
        ("sample/rfc9000.xml", Format::RfcXml),
    ];
    for (path, format) in sources {
        let whole = corpus(path);
        for cut in [
            1,
            7,
            100,
            1001,
            whole.len() / 3,
            whole.len() / 2,
            whole.len() - 1,
        ] {
            let name = format!("{path}@{cut}");
            let part = whole[..cut].to_vec();
            run(&name, None, part.clone(), Limits::default()).ok();
            run(&name, Some(format), part, Limits::default()).ok();
        }
    }
    let html = std::fs::read_dir(PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/w3c"
    )))
    .expect("w3c corpus")
    .map(|e| e.expect("entry").path())
    .find(|p| p.extension().is_some_and(|e| e == "html"))
    .expect("an html spec");
    let whole = std::fs::read(&html).expect("read");
    for cut in [10, whole.len() / 2, whole.len() - 1] {
        run(
            &format!("{}@{cut}", html.display()),
            Some(Format::Html),
            whole[..cut].to_vec(),
            Limits::default(),
        )
        .ok();
    }
    let err = run(
        "truncated-stream.pdf",
        Some(Format::Pdf),
        fixture("truncated-stream.pdf"),
        Limits::default(),
    )
    .expect_err("truncated");
    assert!(matches!(err, DocError::Malformed { .. }), "{err}");
}

/// Control characters and escape sequences survive reading as data (the output layers escape them);
/// they must not break the reader or shift positions.
#[test]
fn control_characters_in_metadata_are_kept_as_data() {
    for name in [
        "control-title.txt",
        "control-title.md",
        "control-and-external.html",
        "control-title-raw.xml",
        "control-title-charref.xml",
    ] {
        if let Ok(doc) = run(name, None, fixture(name), Limits::default()) {
            if let Some(offset) = doc.text.find("IP address") {
                assert!(doc.position(offset).line > 1, "{name}");
            }
        }
    }
}

#[test]
fn many_headings_and_sections_are_capped() {
    let text: String = (1..=200_000)
        .map(|i| format!("{i}.  Heading {i}\n\n   Body.\n\n"))
        .collect();
    let doc = run(
        "many-headings.txt",
        None,
        text.into_bytes(),
        Limits::default(),
    )
    .expect("reads");
    assert!(doc.sections.len() <= Limits::default().max_sections);
    let html: String = format!(
        "<!DOCTYPE html><html><body>{}</body></html>",
        "<h2>H</h2><p>x</p>".repeat(200_000)
    );
    let doc = run(
        "many-headings.html",
        None,
        html.into_bytes(),
        Limits::default(),
    )
    .expect("reads");
    assert!(doc.sections.len() <= Limits::default().max_sections);
}
