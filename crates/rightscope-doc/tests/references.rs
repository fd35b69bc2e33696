//! Reference extraction in every format, and agreement of the text rendering of sample RFCs with
//! their XML sources (the whole corpus is measured by `examples/refs_agreement.rs`).

use std::path::PathBuf;

use rightscope_doc::{parse, references, Limits, Reference, ReferenceKind};

fn sample(name: &str) -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
    .join(name)
}

fn refs_of(relative: &str) -> Vec<Reference> {
    let path = sample(relative);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc =
        parse(&bytes, relative, &Limits::default()).unwrap_or_else(|e| panic!("{relative}: {e}"));
    for reference in &doc.references {
        if let Some(span) = &reference.span {
            let text = doc
                .text
                .get(span.clone())
                .unwrap_or_else(|| panic!("{relative}: bad span"));
            assert!(
                text.contains(&reference.label),
                "{relative}: span of {} is {text:?}",
                reference.label
            );
        }
    }
    doc.references
}

fn find<'a>(refs: &'a [Reference], label: &str) -> &'a Reference {
    refs.iter().find(|r| r.label == label).unwrap_or_else(|| {
        panic!(
            "no [{label}] in {:?}",
            refs.iter().map(|r| &r.label).collect::<Vec<_>>()
        )
    })
}

#[test]
fn text_rfc_normative_and_informative() {
    let refs = refs_of("sample/rfc9076.txt");
    let r = find(&refs, "RFC1034");
    assert_eq!(r.kind, ReferenceKind::Normative);
    assert_eq!(r.target.as_deref(), Some("rfc1034"));
    assert_eq!(
        r.title.as_deref(),
        Some("Domain names - concepts and facilities")
    );
    let r = find(&refs, "aeris-dns");
    assert_eq!(r.kind, ReferenceKind::Informative);
    assert_eq!(r.target, None);
}

#[test]
fn old_rfc_with_one_references_section_has_unknown_kind() {
    let refs = refs_of("sample/rfc1918.txt");
    let r = find(&refs, "RFC1518");
    assert_eq!(r.kind, ReferenceKind::Unknown);
    assert_eq!(r.target.as_deref(), Some("rfc1518"));
}

#[test]
fn xml_references_come_from_series_info() {
    let refs = refs_of("sample/rfc9000.xml");
    let tls = refs
        .iter()
        .find(|r| r.target.as_deref() == Some("rfc8446"))
        .expect("TLS 1.3 referenced");
    assert_eq!(tls.kind, ReferenceKind::Normative);
    assert!(tls.span.is_some(), "span located in the rendered text");
    assert!(refs
        .iter()
        .any(|r| r.target.as_deref() == Some("bcp14") || r.target.as_deref() == Some("rfc2119")));
}

#[test]
fn kramdown_front_matter_references() {
    let refs = refs_of("md/draft-guidelines.md");
    assert!(refs_of("md/draft-terminology.md")
        .iter()
        .any(|r| r.kind == ReferenceKind::Normative));
    assert!(!refs.is_empty());
    let normative: Vec<&Reference> = refs
        .iter()
        .filter(|r| r.kind == ReferenceKind::Normative)
        .collect();
    let informative: Vec<&Reference> = refs
        .iter()
        .filter(|r| r.kind == ReferenceKind::Informative)
        .collect();
    assert!(!informative.is_empty(), "{refs:?}");
    for r in refs.iter().filter(|r| r.label.starts_with("RFC")) {
        let number: u32 = r.label[3..].parse().expect("RFC number");
        assert_eq!(r.target, Some(format!("rfc{number}")), "{}", r.label);
    }
    assert!(
        normative.is_empty(),
        "draft-guidelines lists informative references only"
    );
}

#[test]
fn w3c_html_reference_lists() {
    let refs = refs_of("w3c/privacy-principles.html");
    assert!(refs.len() > 10, "{}", refs.len());
    assert!(refs.iter().all(|r| r.kind == ReferenceKind::Informative));
    assert!(
        refs.iter()
            .any(|r| r.target.as_deref().is_some_and(|t| t.starts_with("rfc"))),
        "{refs:#?}"
    );
}

/// The text rendering of the sample RFCs lists the same references as the XML source.
#[test]
fn text_agrees_with_xml_on_sample_rfcs() {
    let (mut expected, mut paired, mut found) = (0, 0, 0);
    for rfc in ["rfc8890", "rfc8981", "rfc9000", "rfc9076"] {
        let xml = refs_of(&format!("sample/{rfc}.xml"));
        let txt = refs_of(&format!("sample/{rfc}.txt"));
        let pairing = references::pair(&xml, &txt);
        for (want, got) in xml.iter().zip(&pairing) {
            assert!(
                got.is_some(),
                "{rfc}: [{}] {:?} not found in the text",
                want.label,
                want.target
            );
            if let Some(got) = got.and_then(|j| txt.get(j)) {
                assert_eq!(got.kind, want.kind, "{rfc}: kind of [{}]", want.label);
            }
        }
        expected += xml.len();
        found += txt.len();
        paired += pairing.iter().flatten().count();
    }
    assert!(expected > 100, "{expected}");
    assert!(paired * 100 >= expected * 98, "recall {paired}/{expected}");
    assert!(paired * 100 >= found * 98, "precision {paired}/{found}");
}
