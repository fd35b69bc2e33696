//! The `<references>` lists of an RFC XML document as [`Reference`]s, read from the tree.

use std::collections::HashMap;

use roxmltree::Node;

use super::render::{section_title, text_of};
use crate::references::{draft_name, target_from_label, w3c_shortname, Reference, ReferenceKind};

/// Every `<reference>` and `<referencegroup>` under a `<references>` element, in document order.
pub(super) fn read(root: Node<'_, '_>) -> Vec<Reference> {
    let display: HashMap<&str, &str> = root
        .descendants()
        .filter(|n| n.has_tag_name("displayreference"))
        .filter_map(|n| Some((n.attribute("target")?, n.attribute("to")?)))
        .collect();
    let mut out = Vec::new();
    for list in root.descendants().filter(|n| n.has_tag_name("references")) {
        let kind = list_kind(list);
        for child in list.children().filter(Node::is_element) {
            let label = |node: Node<'_, '_>| {
                let anchor = node.attribute("anchor").unwrap_or("");
                display.get(anchor).copied().unwrap_or(anchor).to_string()
            };
            match child.tag_name().name() {
                "reference" => out.push(Reference {
                    label: label(child),
                    kind,
                    target: reference_target(child),
                    title: title(child),
                    span: None,
                }),
                "referencegroup" => {
                    let anchor = child.attribute("anchor").unwrap_or("");
                    let target = target_from_label(anchor)
                        .or_else(|| child.attribute("target").and_then(info_target));
                    out.push(Reference {
                        label: label(child),
                        kind,
                        target,
                        title: None,
                        span: None,
                    });
                }
                _ => {}
            }
        }
    }
    out
}

/// A list's kind from its title, or its enclosing list's.
fn list_kind(list: Node<'_, '_>) -> ReferenceKind {
    list.ancestors()
        .filter(|n| n.has_tag_name("references"))
        .map(|n| ReferenceKind::from_title(&section_title(n)))
        .find(|kind| *kind != ReferenceKind::Unknown)
        .unwrap_or(ReferenceKind::Unknown)
}

/// The store name of a `<reference>`: RFC or Internet-Draft series info, the anchor, or a W3C TR link.
fn reference_target(reference: Node<'_, '_>) -> Option<String> {
    let front = reference.children().find(|c| c.has_tag_name("front"));
    let series: Vec<(String, String)> = reference
        .children()
        .chain(front.into_iter().flat_map(|f| f.children()))
        .filter(|c| c.has_tag_name("seriesInfo"))
        .map(|info| {
            (
                info.attribute("name")
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase(),
                info.attribute("value").unwrap_or("").trim().to_string(),
            )
        })
        .collect();
    let by_name = |wanted: &str| {
        series
            .iter()
            .find(|(name, value)| name == wanted && !value.is_empty())
            .map(|(_, value)| value.clone())
    };
    if let Some(number) = by_name("rfc").and_then(|v| v.parse::<u32>().ok()) {
        return Some(format!("rfc{number}"));
    }
    if let Some(draft) = by_name("internet-draft") {
        return Some(draft_name(&draft.to_ascii_lowercase()));
    }
    if let Some(target) = reference.attribute("anchor").and_then(target_from_label) {
        return Some(target);
    }
    if let Some(target) = reference.attribute("target").and_then(w3c_shortname) {
        return Some(target);
    }
    for (series, wanted) in [("bcp", "bcp"), ("std", "std")] {
        if let Some(number) = by_name(series).and_then(|v| v.parse::<u32>().ok()) {
            return Some(format!("{wanted}{number}"));
        }
    }
    None
}

/// `https://www.rfc-editor.org/info/bcp14` → `bcp14`.
fn info_target(url: &str) -> Option<String> {
    let last = url.trim().trim_end_matches('/').rsplit('/').next()?;
    target_from_label(last)
}

fn title(reference: Node<'_, '_>) -> Option<String> {
    let front = reference.children().find(|c| c.has_tag_name("front"))?;
    let title = text_of(front.children().find(|c| c.has_tag_name("title")));
    (!title.is_empty()).then_some(title)
}
