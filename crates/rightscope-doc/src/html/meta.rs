//! Metadata of a W3C specification from its header block, `<head>` and status section.
//!
//! Only simple selectors are used: a descendant combinator costs the nesting depth per element,
//! which hostile input can make large.

use std::sync::OnceLock;

use regex::Regex;
use scraper::{ElementRef, Html, Selector};

use crate::model::{Author, Document, Meta, Sdo};

/// Most editors kept; a header with more is not a real one.
const MAX_AUTHORS: usize = 200;

/// Reads title, shortname, status, date and editors.
pub(super) fn extract(html: &Html) -> Meta {
    let head = first(html, "div.head");
    Meta {
        name: shortname(html, head),
        title: first(html, "h1#title")
            .or_else(|| first(html, "h1.title"))
            .or_else(|| first(html, "title"))
            .map(text_of)
            .filter(|t| !t.is_empty()),
        sdo: Sdo::W3c,
        status: status(html),
        date: date(html, head),
        authors: authors(html),
        ..Meta::default()
    }
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

fn first<'a>(html: &'a Html, css: &str) -> Option<ElementRef<'a>> {
    html.select(&selector(css)?).next()
}

/// Elements looked at below one header element, and characters kept of its text: nested
/// `.p-author` elements each spanning the whole page must not make this quadratic.
const MAX_VISITED: usize = 10_000;
const MAX_TEXT: usize = 4_096;

/// Text of an element with whitespace collapsed, cut at `MAX_TEXT` bytes.
fn text_of(el: ElementRef<'_>) -> String {
    let mut text = String::new();
    for piece in el.text() {
        if text.len() > MAX_TEXT {
            break;
        }
        text.push_str(piece);
    }
    collapse(&text)
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The shortname: from `<link rel=canonical>`, a `/TR/<shortname>/` link in the header, or the
/// ReSpec configuration.
fn shortname(html: &Html, head: Option<ElementRef<'_>>) -> Option<String> {
    let canonical = first(html, "link[rel=canonical]")
        .and_then(|link| link.attr("href"))
        .and_then(shortname_from_url);
    if canonical.is_some() {
        return canonical;
    }
    let from_links = head.and_then(|head| {
        head.descendent_elements()
            .filter(|el| el.value().name() == "a")
            .filter_map(|a| a.attr("href"))
            .find_map(shortname_from_url)
    });
    if from_links.is_some() {
        return from_links;
    }
    let config = first(html, "script#initialUserConfig")?;
    static SHORT: OnceLock<Option<Regex>> = OnceLock::new();
    let re = SHORT
        .get_or_init(|| Regex::new(r#""shortName"\s*:\s*"([A-Za-z0-9._-]+)""#).ok())
        .as_ref()?;
    let text: String = config.text().collect();
    re.captures(&text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
}

/// `https://www.w3.org/TR/privacy-principles/` and dated forms like
/// `https://www.w3.org/TR/2023/NOTE-foo-20231020/` give the shortname.
fn shortname_from_url(url: &str) -> Option<String> {
    static TR: OnceLock<Option<Regex>> = OnceLock::new();
    let re = TR
        .get_or_init(|| {
            Regex::new(
                r"^https?://(?:www\.)?w3\.org/TR/(?:\d{4}/)?(?:[A-Z]+-)?([A-Za-z][A-Za-z0-9._-]*?)(?:-\d{8})?/?$",
            )
            .ok()
        })
        .as_ref()?;
    re.captures(url.trim())
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
}

/// The status as the subtitle prints it ("W3C Editor's Draft"), else from `<meta name=w3c-status>`.
fn status(html: &Html) -> Option<String> {
    let subtitle = first(html, "#w3c-state")
        .or_else(|| first(html, "#profile-and-date"))
        .or_else(|| first(html, "#subtitle"));
    if let Some(subtitle) = subtitle {
        // The subtitle ends with the date: keep what comes before the <time> element.
        let mut text = String::new();
        for node in subtitle.descendants() {
            if node
                .value()
                .as_element()
                .is_some_and(|el| el.name() == "time")
            {
                break;
            }
            if let Some(t) = node.value().as_text() {
                text.push_str(t);
            }
        }
        let text = collapse(&text.replace('\u{2019}', "'"));
        let text = text.trim_end_matches([',', ' ']).trim();
        if !text.is_empty() {
            return Some(text.to_string());
        }
    }
    let code = first(html, "meta[name=w3c-status]")?
        .attr("content")?
        .trim();
    let named = match code.to_ascii_uppercase().as_str() {
        "ED" => "Editor's Draft",
        "WD" => "Working Draft",
        "FPWD" => "First Public Working Draft",
        "LCWD" => "Last Call Working Draft",
        "CR" => "Candidate Recommendation",
        "CRD" => "Candidate Recommendation Draft",
        "CRS" => "Candidate Recommendation Snapshot",
        "PR" => "Proposed Recommendation",
        "REC" => "Recommendation",
        "NOTE" => "Group Note",
        "DNOTE" => "Group Draft Note",
        "STMT" => "Statement",
        "DISC" => "Discontinued Draft",
        "RY" => "Registry",
        _ => return (!code.is_empty()).then(|| code.to_string()),
    };
    Some(named.to_string())
}

/// The publication date from the subtitle's `<time datetime>`.
fn date(html: &Html, head: Option<ElementRef<'_>>) -> Option<String> {
    let in_head = head.and_then(|head| {
        head.descendent_elements()
            .find(|el| el.value().name() == "time" && el.attr("datetime").is_some())
    });
    let time = in_head
        .or_else(|| first(html, "time.dt-published"))
        .or_else(|| first(html, "time.dt-updated"))?;
    let value = time
        .attr("datetime")
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|v| {
            v.get(..10)
                .filter(|d| is_iso_date(d))
                .unwrap_or(v)
                .to_string()
        });
    value.or_else(|| Some(text_of(time)).filter(|t| !t.is_empty()))
}

fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// Current editors (`dd.editor`, `.p-author`), with their organisation; former editors are left out.
fn authors(html: &Html) -> Vec<Author> {
    let Some(sel) = selector("dd.editor, .p-author") else {
        return Vec::new();
    };
    let mut authors = Vec::new();
    for el in html.select(&sel) {
        if authors.len() >= MAX_AUTHORS {
            break;
        }
        if inside_editor(el) || is_former(el) {
            continue;
        }
        let name = el
            .descendent_elements()
            .take(MAX_VISITED)
            .find(|d| has_any_class(*d, &["p-name", "fn"]))
            .map(text_of)
            .unwrap_or_else(|| {
                let text = text_of(el);
                text.split(['(', ','])
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_string()
            });
        if name.is_empty() {
            continue;
        }
        let organization = el
            .descendent_elements()
            .take(MAX_VISITED)
            .find(|d| has_any_class(*d, &["p-org", "org"]) && !has_any_class(*d, &["p-name", "fn"]))
            .map(text_of)
            .filter(|o| !o.is_empty());
        authors.push(Author { name, organization });
    }
    authors
}

fn has_any_class(el: ElementRef<'_>, classes: &[&str]) -> bool {
    el.value().classes().any(|c| classes.contains(&c))
}

/// A `.p-author` inside a `dd.editor` already counted.
fn inside_editor(el: ElementRef<'_>) -> bool {
    el.ancestors()
        .take(6)
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "dd" && has_any_class(a, &["editor"]))
}

/// Whether the `<dt>` heading this `<dd>` says "Former editors".
fn is_former(el: ElementRef<'_>) -> bool {
    el.prev_siblings()
        .filter_map(ElementRef::wrap)
        .take(100)
        .find(|sibling| sibling.value().name() == "dt")
        .is_some_and(|dt| text_of(dt).to_ascii_lowercase().contains("former"))
}

/// The group named by the status section: "This document was published by the Privacy Interest
/// Group as …".
pub(super) fn workgroup_from_status(doc: &Document) -> Option<String> {
    let status = doc.sections.iter().find(|s| {
        s.anchor.as_deref() == Some("sotd") || s.title.to_ascii_lowercase().starts_with("status of")
    })?;
    let text = collapse(doc.section_text(status));
    static BY: OnceLock<Option<Regex>> = OnceLock::new();
    let re = BY
        .get_or_init(|| {
            Regex::new(
                r"(?:published|prepared|produced) by the ([A-Z][^.,;()]{2,120}?)(?: as\b| and the\b| and\b| using\b| on\b| under\b|,|\.|;)",
            )
            .ok()
        })
        .as_ref()?;
    // "Published by" names the group responsible; other phrasings are a fallback.
    let mut found: Vec<(usize, String)> = re
        .captures_iter(&text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let rank = usize::from(!whole.as_str().starts_with("published"));
            Some((rank, c.get(1)?.as_str().trim().to_string()))
        })
        .collect();
    found.sort_by_key(|(rank, _)| *rank);
    found.into_iter().next().map(|(_, group)| group)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortnames_from_tr_urls() {
        assert_eq!(
            shortname_from_url("https://www.w3.org/TR/privacy-principles/").as_deref(),
            Some("privacy-principles")
        );
        assert_eq!(
            shortname_from_url("https://www.w3.org/TR/2023/NOTE-foo-bar-20231020/").as_deref(),
            Some("foo-bar")
        );
        assert_eq!(shortname_from_url("https://www.w3.org/TR/"), None);
        assert_eq!(shortname_from_url("https://example.com/TR/x/"), None);
    }

    #[test]
    fn header_metadata() {
        let html = Html::parse_document(
            r#"<div class="head"><h1 id="title">A Spec</h1>
            <p id="w3c-state">W3C Group Draft Note <time datetime="2024-03-01">1 March 2024</time></p>
            <dl><dt>Latest published version:</dt><dd><a href="https://www.w3.org/TR/a-spec/">x</a></dd>
            <dt>Editors:</dt><dd class="editor p-author h-card"><a class="p-name fn">Ann Example</a> (<a class="p-org org">ExCorp</a>)</dd>
            <dt>Former editors:</dt><dd class="editor p-author"><span class="p-name fn">Old Name</span></dd></dl></div>"#,
        );
        let meta = extract(&html);
        assert_eq!(meta.title.as_deref(), Some("A Spec"));
        assert_eq!(meta.name.as_deref(), Some("a-spec"));
        assert_eq!(meta.status.as_deref(), Some("W3C Group Draft Note"));
        assert_eq!(meta.date.as_deref(), Some("2024-03-01"));
        assert_eq!(
            meta.authors,
            vec![Author {
                name: "Ann Example".into(),
                organization: Some("ExCorp".into())
            }]
        );
    }
}
