//! Reads RFC XML (the xml2rfc vocabulary, v3 and v2) into the document model, never loading anything
//! the document points at: external entities, `<?rfc include?>` and `<xi:include>` are left out with a warning.

mod entities;
mod meta;
mod prolog;
mod refs;
mod render;

use roxmltree::{Node, ParsingOptions};

use crate::builder::DocumentBuilder;
use crate::decode::decode;
use crate::error::DocError;
use crate::limits::Limits;
use crate::model::{Document, Format, SourceInfo};
use crate::source_map::{LineIndex, SourcePosition};

use prolog::Prepared;
use render::Positions;

/// Warnings of one kind kept before the rest are summarised in one line.
const MAX_WARNINGS_PER_KIND: usize = 20;

/// Reads an RFC XML document.
pub fn parse(bytes: &[u8], source: SourceInfo, limits: &Limits) -> Result<Document, DocError> {
    let (text, decode_warning) = decode(bytes);
    let prepared = prolog::prepare(&text).map_err(|refusal| refused(refusal.0))?;
    // External entities resolve to nothing: their content is never fetched or read.
    let no_external = |_: Option<&str>, _: &str| Ok(Some(""));
    let options = ParsingOptions {
        allow_dtd: true,
        nodes_limit: limits.max_xml_nodes,
        entity_resolver: Some(&no_external),
    };
    let doc = roxmltree::Document::parse_with_options(&prepared.text, options)
        .map_err(|error| xml_error(&error, &text, &prepared, limits))?;
    let root = doc.root_element();
    let positions = Positions::new(&text, &prepared, root.range().start);
    if root.tag_name().name() != "rfc" {
        let at = positions.at(root.range().start);
        return Err(malformed(format!(
            "root element is <{}>, expected <rfc> (line {}, column {})",
            root.tag_name().name(),
            at.line,
            at.column
        )));
    }
    check_depth(root, limits, &positions)?;

    let mut builder = DocumentBuilder::new(limits.max_sections);
    if let Some(warning) = decode_warning {
        builder.warn(warning.message);
    }
    warn_unloaded(&doc, &prepared, &positions, &mut builder);
    let meta = meta::read(root);
    render::render(root, &positions, &mut builder, limits.max_sections);
    let mut document = builder.finish(source, meta);
    document.references = refs::read(root);
    Ok(document)
}

fn malformed(reason: String) -> DocError {
    DocError::Malformed {
        format: Format::RfcXml,
        reason,
    }
}

fn refused(reason: String) -> DocError {
    DocError::Refused {
        format: Format::RfcXml,
        reason,
    }
}

/// Refuses element nesting deeper than `limits.max_depth`, without recursing.
fn check_depth(
    root: Node<'_, '_>,
    limits: &Limits,
    positions: &Positions<'_>,
) -> Result<(), DocError> {
    let mut stack = vec![(root, 1usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > limits.max_depth {
            let at = positions.at(node.range().start);
            return Err(refused(format!(
                "elements nest more than {} levels deep (line {}, column {})",
                limits.max_depth, at.line, at.column
            )));
        }
        stack.extend(
            node.children()
                .filter(Node::is_element)
                .map(|c| (c, depth + 1)),
        );
    }
    Ok(())
}

/// Warnings for everything the document asks to load but that is left out.
fn warn_unloaded(
    doc: &roxmltree::Document<'_>,
    prepared: &Prepared,
    positions: &Positions<'_>,
    builder: &mut DocumentBuilder,
) {
    let mut messages: Vec<String> = Vec::new();
    for entity in prepared.external.iter().filter(|e| e.referenced) {
        messages.push(format!(
            "external entity &{}; not loaded ({}); what it would insert is missing",
            entity.name, entity.uri
        ));
    }
    emit(builder, messages, "external entities");

    let mut messages: Vec<String> = Vec::new();
    for reference in &prepared.parameter_refs {
        messages.push(format!(
            "parameter entity reference {reference} in the DTD ignored: external DTD parts are not read"
        ));
    }
    emit(builder, messages, "parameter entities");

    let mut messages: Vec<String> = Vec::new();
    for node in doc.descendants() {
        if let Some(pi) = node.pi() {
            let value = pi.value.unwrap_or("");
            if pi.target == "rfc" && value.trim_start().starts_with("include") {
                let at = positions.at(node.range().start);
                messages.push(format!(
                    "<?rfc {}?> at line {} ignored: included files are not read",
                    value.trim(),
                    at.line
                ));
            }
        } else if node.is_element()
            && node.tag_name().name() == "include"
            && node.tag_name().namespace() == Some("http://www.w3.org/2001/XInclude")
        {
            let at = positions.at(node.range().start);
            messages.push(format!(
                "<xi:include href=\"{}\"> at line {} not loaded: included files are not read",
                node.attribute("href").unwrap_or(""),
                at.line
            ));
        }
    }
    emit(builder, messages, "includes");
}

fn emit(builder: &mut DocumentBuilder, messages: Vec<String>, kind: &str) {
    let total = messages.len();
    for message in messages.into_iter().take(MAX_WARNINGS_PER_KIND) {
        builder.warn(message);
    }
    if total > MAX_WARNINGS_PER_KIND {
        builder.warn(format!(
            "… and {} more {kind} not loaded",
            total - MAX_WARNINGS_PER_KIND
        ));
    }
}

/// A roxmltree error as a `DocError`, with its position in the original file.
fn xml_error(
    error: &roxmltree::Error,
    original: &str,
    prepared: &Prepared,
    limits: &Limits,
) -> DocError {
    use roxmltree::Error as E;
    let index = LineIndex::new(original);
    let end = index.position(original.len());
    let at = original_position(error.pos(), &index, prepared);
    let where_ = |p: SourcePosition| format!("line {}, column {}", p.line, p.column);
    match error {
        E::NodesLimitReached => refused(format!(
            "more than {} XML nodes (elements, text runs and expanded entities); raise the XML node limit \
             to read it",
            limits.max_xml_nodes
        )),
        E::EntityReferenceLoop(_) => refused(format!(
            "entity references nest too deeply or expand too often at {} (an entity expansion attack such \
             as \"billion laughs\"?)",
            where_(at)
        )),
        E::UnexpectedEndOfStream | E::UnclosedRootNode => malformed(format!(
            "the file ends before the XML is complete at {} (end of file): truncated, or an element is \
             never closed",
            where_(end)
        )),
        E::NoRootNode => malformed("no root element: expected <rfc>".to_string()),
        E::UnknownEntityReference(name, _) => malformed(format!(
            "unknown entity &{name}; at {}: only the xml2rfc character entities are built in; declare it \
             in the DOCTYPE",
            where_(at)
        )),
        other => {
            let message = other.to_string();
            let raw = other.pos();
            let raw = format!("{}:{}", raw.row, raw.col);
            let message = match message.rfind(&raw) {
                Some(i) => format!(
                    "{}{}{}",
                    message.get(..i).unwrap_or(""),
                    where_(at),
                    message.get(i + raw.len()..).unwrap_or("")
                ),
                None => message,
            };
            malformed(message)
        }
    }
}

/// A roxmltree position (in the prepared text) as a position in the original file.
fn original_position(
    pos: roxmltree::TextPos,
    index: &LineIndex<'_>,
    prepared: &Prepared,
) -> SourcePosition {
    let mut position = SourcePosition {
        line: pos.row,
        column: pos.col,
    };
    if prepared.inserted_len == 0 {
        return position;
    }
    // The inserted declarations hold no newline: only columns after them on their line move.
    let inserted = index.position(prepared.inserted_at);
    let len = u32::try_from(prepared.inserted_len).unwrap_or(u32::MAX);
    if position.line == inserted.line && position.column > inserted.column {
        position.column = position.column.saturating_sub(len).max(inserted.column);
    }
    position
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SectionKind;

    fn info() -> SourceInfo {
        SourceInfo {
            path: "t.xml".into(),
            format: Format::RfcXml,
            sha256: String::new(),
            size: 0,
        }
    }

    fn read(xml: &str) -> Result<Document, DocError> {
        parse(xml.as_bytes(), info(), &Limits::default())
    }

    #[test]
    fn sections_are_numbered_like_xml2rfc() {
        let doc = read(
            r#"<rfc version="3" docName="draft-x-y-02"><front><title>T</title><abstract><t>A.</t></abstract></front>
<middle><section><name>Introduction</name><t>i</t>
<section><name>Sub</name><t>s</t></section><section><name>Sub2</name></section></section>
<section numbered="false"><name>Unnumbered</name><section><name>Child</name></section></section>
<section anchor="sec"><name>Security Considerations</name><t>See <xref target="sec"/> and <xref target="RFC2119"/>.</t></section></middle>
<back><references><name>Normative References</name><reference anchor="RFC2119"><front><title>Key words</title>
<author initials="S." surname="Bradner"/><date year="1997" month="March"/></front>
<seriesInfo name="BCP" value="14"/><seriesInfo name="RFC" value="2119"/></reference></references>
<references><name>Informative References</name></references>
<section><name>Extra</name><section><name>More</name></section></section>
<section numbered="false"><name>Acknowledgements</name></section></back></rfc>"#,
        )
        .expect("parses");
        let numbers: Vec<_> = doc
            .sections
            .iter()
            .map(|s| {
                (
                    s.number.clone().unwrap_or_default(),
                    s.title.clone(),
                    s.depth,
                )
            })
            .collect();
        let expected = [
            ("", "Abstract", 1),
            ("1", "Introduction", 1),
            ("1.1", "Sub", 2),
            ("1.2", "Sub2", 2),
            ("", "Unnumbered", 1),
            ("", "Child", 2),
            ("2", "Security Considerations", 1),
            ("3", "References", 1),
            ("3.1", "Normative References", 2),
            ("3.2", "Informative References", 2),
            ("A", "Extra", 1),
            ("A.1", "More", 2),
            ("", "Acknowledgements", 1),
        ];
        let expected: Vec<_> = expected
            .iter()
            .map(|(n, t, d)| (n.to_string(), t.to_string(), *d))
            .collect();
        assert_eq!(numbers, expected);
        assert!(
            doc.text.contains("See Section 2 and [RFC2119]."),
            "{}",
            doc.text
        );
        assert!(doc
            .text
            .contains("[RFC2119]  Bradner, S., \"Key words\", BCP 14, RFC 2119, March 1997."));
        assert_eq!(doc.sections[0].kind, SectionKind::Abstract);
        assert_eq!(doc.sections[10].kind, SectionKind::Appendix);
        assert_eq!(doc.meta.name.as_deref(), Some("draft-x-y"));
        assert_eq!(doc.meta.rev.as_deref(), Some("02"));
    }

    #[test]
    fn text_positions_point_at_the_source() {
        let xml = "<rfc>\n<front><title>T</title></front>\n<middle>\n<section title=\"Intro\">\n  <t>First line\n     second &amp; line.</t>\n</section></middle></rfc>";
        let doc = read(xml).expect("parses");
        let at = doc.text.find("second").expect("text");
        assert_eq!(doc.position(at), SourcePosition { line: 6, column: 6 });
        let at = doc.text.find("First").expect("text");
        assert_eq!(doc.position(at), SourcePosition { line: 5, column: 6 });
        let heading = doc.sections[0].range.start;
        assert_eq!(doc.position(heading).line, 4);
    }

    #[test]
    fn positions_survive_injected_entities() {
        let xml = "<rfc><front><title>T</title></front><middle><section title=\"S\"><t>&nbsp;x</t>\n<t>y&mdash;z</t></section></middle></rfc>";
        let doc = read(xml).expect("parses");
        assert!(doc.text.contains("\u{a0}x"));
        assert!(doc.text.contains("y\u{2014}z"));
        let at = doc.text.find('x').expect("x");
        assert_eq!(doc.position(at).line, 1);
        let at = doc.text.find('y').expect("y");
        assert_eq!(doc.position(at), SourcePosition { line: 2, column: 4 });
    }

    #[test]
    fn lists_tables_and_artwork() {
        let xml = r#"<rfc version="3"><front><title>T</title></front><middle><section><name>S</name>
<ul><li>one</li><li><t>two</t><t>more</t></li></ul>
<ol type="a"><li>x</li><li>y</li></ol>
<dl><dt>Term</dt><dd>Definition.</dd></dl>
<table><name>Things</name><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td><t>2</t></td></tr></tbody></table>
<figure><name>Pic</name><artwork><![CDATA[
  +---+
  | x |
]]></artwork></figure>
<t>The <bcp14>MUST</bcp14> word, <eref target="https://e.org/"/> and <em>em</em>.</t>
</section></middle></rfc>"#;
        let doc = read(xml).expect("parses");
        let text = &doc.text;
        assert!(text.contains("* one\n* two\nmore\n\na. x\nb. y"), "{text}");
        assert!(text.contains("Term\nDefinition."), "{text}");
        assert!(text.contains("A | B\n1 | 2\n\nTable 1: Things"), "{text}");
        assert!(text.contains("  +---+\n  | x |\n\nFigure 1: Pic"), "{text}");
        assert!(
            text.contains("The MUST word, https://e.org/ and em."),
            "{text}"
        );
        let at = text.find("| x |").expect("artwork");
        assert_eq!(doc.position(at).line, 8);
    }

    #[test]
    fn v2_lists_and_texttable() {
        let xml = r#"<rfc><front><title>T</title></front><middle><section title="S">
<t>Intro:<list style="numbers"><t>first</t><t>second<vspace/>more</t></list></t>
<t><list style="hanging"><t hangText="Term:">meaning</t></list></t>
<texttable title="Tab"><ttcol>H1</ttcol><ttcol>H2</ttcol><c>a</c><c>b</c><c>c</c><c>d</c></texttable>
<t>A <spanx style="emph">word</spanx>.</t>
</section></middle></rfc>"#;
        let doc = read(xml).expect("parses");
        let text = &doc.text;
        assert!(
            text.contains("Intro:\n\n1. first\n2. second\nmore"),
            "{text}"
        );
        assert!(text.contains("Term:\nmeaning"), "{text}");
        assert!(
            text.contains("H1 | H2\na | b\nc | d\n\nTable 1: Tab"),
            "{text}"
        );
        assert!(text.contains("A word."), "{text}");
    }

    #[test]
    fn external_entities_are_left_out_with_a_warning() {
        let xml = r#"<?xml version="1.0"?>
<!DOCTYPE rfc SYSTEM "rfc2629.dtd" [
<!ENTITY RFC2119 SYSTEM "https://bib.ietf.org/public/rfc/bibxml/reference.RFC.2119.xml">
]>
<?rfc include="reference.RFC.8174"?>
<rfc><front><title>T</title></front><middle><section title="S"><t>x</t></section></middle>
<back><references title="Normative References">&RFC2119;</references></back></rfc>"#;
        let doc = read(xml).expect("parses");
        let messages: Vec<_> = doc.warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("external entity &RFC2119; not loaded")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("<?rfc include=")),
            "{messages:?}"
        );
        assert_eq!(
            doc.sections.last().map(|s| s.title.as_str()),
            Some("Normative References")
        );
    }

    #[test]
    fn root_must_be_rfc() {
        let err = read("<foo/>").expect_err("not rfc");
        assert!(
            err.to_string()
                .contains("root element is <foo>, expected <rfc>"),
            "{err}"
        );
    }

    #[test]
    fn errors_report_original_positions() {
        // The injected declarations for &nbsp; sit on line 1 and must not shift the column.
        let err = read("<rfc>&nbsp;<a></b></rfc>").expect_err("mismatched");
        assert!(err.to_string().contains("line 1, column 15"), "{err}");
        let err = read("<rfc>\n<t>&bogus;</t></rfc>").expect_err("unknown entity");
        assert!(err.to_string().contains("&bogus;"), "{err}");
        assert!(err.to_string().contains("line 2"), "{err}");
    }
}
