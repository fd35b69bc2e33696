//! Snapshots of the document model for RFC and Internet-Draft plain text.

use std::path::PathBuf;

use rightscope_doc::{Document, Limits};
use serde::Serialize;

fn corpus() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
}

/// The parts of a document worth pinning: metadata, sections with their heading lines, a short excerpt.
#[derive(Serialize)]
struct Model<'a> {
    format: &'static str,
    meta: &'a rightscope_doc::Meta,
    sections: Vec<String>,
    excerpt: String,
    warnings: Vec<&'a str>,
}

fn model(document: &Document) -> Model<'_> {
    let sections = document
        .sections
        .iter()
        .map(|section| {
            format!(
                "l.{} d{} {}{} [{}]",
                document.position(section.range.start).line,
                section.depth,
                section
                    .number
                    .as_deref()
                    .map(|n| format!("{n} "))
                    .unwrap_or_default(),
                section.title,
                section.kind
            )
        })
        .collect();
    let abstract_text = document
        .sections
        .iter()
        .find(|section| section.kind == rightscope_doc::SectionKind::Abstract)
        .map(|section| document.section_text(section))
        .unwrap_or("");
    Model {
        format: document.source.format.as_str(),
        meta: &document.meta,
        sections,
        excerpt: abstract_text.chars().take(300).collect(),
        warnings: document
            .warnings
            .iter()
            .map(|w| w.message.as_str())
            .collect(),
    }
}

fn parse(relative: &str) -> Document {
    let path = corpus().join(relative);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    rightscope_doc::parse(&bytes, relative, &Limits::default())
        .unwrap_or_else(|e| panic!("{relative}: {e}"))
}

#[test]
fn paginated_rfc() {
    insta::assert_yaml_snapshot!(model(&parse("sample/rfc6973.txt")));
}

#[test]
fn unpaginated_rfc_with_bom() {
    let document = parse("sample/rfc9620.txt");
    assert!(!document.text.starts_with('\u{feff}'));
    insta::assert_yaml_snapshot!(model(&document));
}

#[test]
fn internet_draft() {
    insta::assert_yaml_snapshot!(model(&parse(
        "drafts/for-the-users/draft-nottingham-for-the-users-03.txt"
    )));
}

#[test]
fn positions_point_at_the_original_lines() {
    let path = corpus().join("sample/rfc3924.txt");
    let original = std::fs::read_to_string(&path).expect("read");
    let document = parse("sample/rfc3924.txt");
    for needle in [
        "lawful intercept is the lawfully",
        "5.  Security Considerations",
        "SNMPv3",
    ] {
        let offset = document
            .text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} in text"));
        let position = document.position(offset);
        let line = original
            .lines()
            .nth(position.line as usize - 1)
            .expect("line exists");
        let column = position.column as usize - 1;
        assert_eq!(
            &line[column..column + needle.len()],
            needle,
            "{needle} at {position:?}"
        );
    }
}
