//! The whole RFC corpus: every text parses, and sections and Security Considerations are found.
//!
//! The corpus archives in `../shared/corpus` are unpacked once into cargo's target tmp directory
//! (about 650 MB; skipped when already there). Needs `zstd` and `tar` on the PATH.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use rightscope_doc::{Document, Format, Limits, SectionKind};

fn unpacked_corpus() -> PathBuf {
    let shared = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ));
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("corpus");
    // Several test binaries may unpack at once; the script skips archives already complete.
    let status = Command::new(shared.join("unpack"))
        .arg(&target)
        .status()
        .expect("run ../shared/corpus/unpack (needs zstd and tar)");
    assert!(status.success(), "unpacking the corpus failed");
    target
}

fn files(dir: &Path, prefix: &str, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with(prefix) && name.ends_with(extension) && name != "rfc-index.txt"
        })
        .collect();
    files.sort();
    files
}

/// Parses `paths` on every core and applies `check` to each document; returns the errors.
fn parse_all(paths: &[PathBuf], check: impl Fn(&Path, &[u8], &Document) + Sync) -> Vec<String> {
    let errors = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = paths.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        for part in paths.chunks(chunk) {
            let errors = &errors;
            let check = &check;
            scope.spawn(move || {
                for path in part {
                    let bytes = std::fs::read(path).expect("corpus file readable");
                    let name = path.display().to_string();
                    match rightscope_doc::parse(&bytes, &name, &Limits::default()) {
                        Ok(document) => check(path, &bytes, &document),
                        Err(error) => errors
                            .lock()
                            .expect("lock")
                            .push(format!("{name}: {error}")),
                    }
                }
            });
        }
    });
    errors.into_inner().expect("lock")
}

/// Whether the raw text has a Security Considerations heading line (numbered or not, any case),
/// judged independently of the parser: a short line that is only the heading, not a TOC entry.
fn has_security_heading(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.lines().any(|line| {
        let trimmed = line.trim().trim_end_matches(['.', ':']);
        let lower = trimmed.to_ascii_lowercase();
        let Some(prefix) = lower.strip_suffix("security considerations") else {
            return false;
        };
        let indent = line.len() - line.trim_start().len();
        indent <= 4
            && prefix
                .trim()
                .trim_start_matches("appendix")
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == ' ')
            && prefix.trim().len() <= 12
    })
}

/// Whether the raw text visibly has sections, judged independently of the parser: a heading line
/// "Abstract" or "Status of this Memo", or headings numbered 1 and 2 (`1.  Introduction`, `II.  Protocol`).
fn has_visible_sections(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let mut first = false;
    let mut second = false;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if indent > 12 || trimmed.is_empty() {
            continue;
        }
        let lower = trimmed.to_ascii_lowercase();
        if lower == "abstract" || lower == "status of this memo" {
            return true;
        }
        let Some((number, title)) = trimmed.split_once(char::is_whitespace) else {
            continue;
        };
        let title = title.trim();
        let title_like = title.len() >= 3
            && title.len() <= 60
            && title.starts_with(|c: char| c.is_ascii_uppercase())
            && title
                .chars()
                .all(|c| c.is_ascii_alphabetic() || " ,/-".contains(c));
        if title_like {
            first |= matches!(number, "1" | "1." | "I.");
            second |= matches!(number, "2" | "2." | "II.");
        }
    }
    first && second
}

#[test]
fn every_rfc_text_parses_with_sections_and_security_considerations() {
    let corpus = unpacked_corpus();
    let paths = files(&corpus.join("rfc-txt"), "rfc", ".txt");
    assert!(
        paths.len() > 9_000,
        "expected the whole RFC series, found {}",
        paths.len()
    );

    let with_sections = Mutex::new(0usize);
    let sections_expected = Mutex::new(0usize);
    let sections_missed = Mutex::new(Vec::new());
    let security_expected = Mutex::new(0usize);
    let security_missed = Mutex::new(Vec::new());
    let errors = parse_all(&paths, |path, bytes, document| {
        assert_eq!(
            document.source.format,
            Format::RfcText,
            "{}",
            path.display()
        );
        if !document.sections.is_empty() {
            *with_sections.lock().expect("lock") += 1;
        }
        if has_visible_sections(bytes) {
            *sections_expected.lock().expect("lock") += 1;
            if document.sections.is_empty() {
                sections_missed
                    .lock()
                    .expect("lock")
                    .push(path.display().to_string());
            }
        }
        if has_security_heading(bytes) {
            *security_expected.lock().expect("lock") += 1;
            if !document.has_section(SectionKind::SecurityConsiderations) {
                security_missed
                    .lock()
                    .expect("lock")
                    .push(path.display().to_string());
            }
        }
    });
    assert!(
        errors.is_empty(),
        "{} RFC texts failed: {errors:#?}",
        errors.len()
    );

    let total = paths.len();
    let with_sections = with_sections.into_inner().expect("lock");
    let expected = security_expected.into_inner().expect("lock");
    let missed = security_missed.into_inner().expect("lock");
    let sections_expected = sections_expected.into_inner().expect("lock");
    let sections_missed = sections_missed.into_inner().expect("lock");
    let section_share =
        (sections_expected - sections_missed.len()) as f64 / sections_expected as f64;
    let security_share = (expected - missed.len()) as f64 / expected as f64;
    eprintln!(
        "RFC texts: {total}; any section found: {with_sections}; sections found for {} of {sections_expected} with visible sections ({:.2} %); Security Considerations found: {} of {expected} ({:.2} %)",
        sections_expected - sections_missed.len(),
        100.0 * section_share,
        expected - missed.len(),
        100.0 * security_share
    );
    eprintln!("Sections missed: {sections_missed:?}");
    eprintln!("Security Considerations missed: {missed:?}");
    assert!(
        section_share >= 0.99,
        "sections found for only {:.2} %; missed: {sections_missed:#?}",
        100.0 * section_share
    );
    assert!(
        security_share >= 0.99,
        "Security Considerations found for only {:.2} %; missed: {missed:#?}",
        100.0 * security_share
    );
}

#[test]
fn every_rfc_xml_parses_with_security_considerations() {
    let corpus = unpacked_corpus();
    let paths = files(&corpus.join("rfc-xml/xml"), "rfc", ".xml");
    assert!(
        paths.len() >= 850,
        "expected the RFC XML set, found {}",
        paths.len()
    );
    let with_security = Mutex::new(Vec::new());
    let without_security = Mutex::new(Vec::new());
    let errors = parse_all(&paths, |path, bytes, document| {
        assert_eq!(document.source.format, Format::RfcXml, "{}", path.display());
        assert!(
            !document.sections.is_empty(),
            "{}: no sections",
            path.display()
        );
        let name = path.display().to_string();
        // The source has a Security Considerations section when a <name> or title says so.
        let source = String::from_utf8_lossy(bytes).to_ascii_lowercase();
        let expected = source.contains("security considerations</name>")
            || source.contains("title=\"security considerations\"");
        if document.has_section(SectionKind::SecurityConsiderations) {
            with_security.lock().expect("lock").push(name);
        } else if expected {
            without_security.lock().expect("lock").push(name);
        }
    });
    assert!(
        errors.is_empty(),
        "{} RFC XML files failed: {errors:#?}",
        errors.len()
    );
    let found = with_security.into_inner().expect("lock").len();
    let missed = without_security.into_inner().expect("lock");
    eprintln!("RFC XML: {}; Security Considerations found in {found}; missed where the source has one: {missed:?}", paths.len());
    assert!(missed.is_empty(), "{missed:#?}");
}
