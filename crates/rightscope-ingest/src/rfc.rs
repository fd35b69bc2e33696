//! RFC metadata as the RFC Editor publishes it: `rfc-index.txt`, `rfc-index.xml` and one
//! `rfcNNNN.json` per RFC. All three read into [`RfcMeta`]; where several describe one RFC they are
//! merged (index text, then index XML, then the per-RFC JSON, later values winning).

use std::sync::LazyLock;

use regex::Regex;
use rightscope_store::{
    normalise_date, DocumentFacts, DocumentKind, EventKind, NewEvent, NewRelation, RelationKind,
};
use serde::Deserialize;

/// Largest `rfc-index.xml` read (the real one is about 15 MB).
pub(crate) const MAX_INDEX_BYTES: u64 = 256 * 1024 * 1024;
/// Most XML nodes accepted in `rfc-index.xml`.
const MAX_INDEX_NODES: u32 = 40_000_000;

/// What the RFC Editor's metadata says about one RFC. `None` and empty lists mean "not stated".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RfcMeta {
    /// RFC number.
    pub number: u32,
    /// Title.
    pub title: Option<String>,
    /// Authors as printed (`M. Nottingham`).
    pub authors: Vec<String>,
    /// Publication date as printed (`August 2020`).
    pub date: Option<String>,
    /// Current status (`PROPOSED STANDARD`).
    pub status: Option<String>,
    /// Stream (`IETF`, `IAB`, `IRTF`, `INDEPENDENT`, `Legacy`).
    pub stream: Option<String>,
    /// Working or research group (the acronym where known).
    pub wg: Option<String>,
    /// IETF area acronym.
    pub area: Option<String>,
    /// Keywords.
    pub keywords: Vec<String>,
    /// RFCs this one obsoletes.
    pub obsoletes: Vec<u32>,
    /// RFCs that obsolete this one.
    pub obsoleted_by: Vec<u32>,
    /// RFCs this one updates.
    pub updates: Vec<u32>,
    /// RFCs that update this one.
    pub updated_by: Vec<u32>,
    /// The draft it was published from, with its revision (`draft-iab-for-the-users-04`).
    pub draft: Option<String>,
    /// DOI.
    pub doi: Option<String>,
    /// Abstract, whitespace collapsed.
    pub abstract_text: Option<String>,
    /// The number was assigned but never issued.
    pub not_issued: bool,
}

impl RfcMeta {
    /// The stored document name, `rfcNNNN` (no leading zeros).
    pub fn name(&self) -> String {
        format!("rfc{}", self.number)
    }

    /// Fills what `self` leaves unstated from `other` and lets `other`'s stated values win.
    pub fn merge(&mut self, other: RfcMeta) {
        fn take<T>(mine: &mut Option<T>, theirs: Option<T>) {
            if theirs.is_some() {
                *mine = theirs;
            }
        }
        fn take_list<T>(mine: &mut Vec<T>, theirs: Vec<T>) {
            if !theirs.is_empty() {
                *mine = theirs;
            }
        }
        take(&mut self.title, other.title);
        take_list(&mut self.authors, other.authors);
        take(&mut self.date, other.date);
        take(&mut self.status, other.status);
        take(&mut self.stream, other.stream);
        take(&mut self.wg, other.wg);
        take(&mut self.area, other.area);
        take_list(&mut self.keywords, other.keywords);
        take_list(&mut self.obsoletes, other.obsoletes);
        take_list(&mut self.obsoleted_by, other.obsoleted_by);
        take_list(&mut self.updates, other.updates);
        take_list(&mut self.updated_by, other.updated_by);
        take(&mut self.draft, other.draft);
        take(&mut self.doi, other.doi);
        take(&mut self.abstract_text, other.abstract_text);
        self.not_issued |= other.not_issued;
    }

    /// The draft's document name without its revision number (`draft-iab-for-the-users`).
    pub fn draft_name(&self) -> Option<String> {
        self.draft.as_deref().map(strip_revision)
    }

    /// Document facts for the RFC.
    pub fn facts(&self) -> DocumentFacts {
        DocumentFacts {
            sdo: Some("ietf".to_string()),
            kind: Some(DocumentKind::Rfc),
            title: self.title.clone(),
            stream: self.stream.clone(),
            wg: self.wg.clone(),
            area: self.area.clone(),
            status: self.status.clone(),
            rfc_number: Some(i64::from(self.number)),
            doi: self.doi.clone(),
            keywords: (!self.keywords.is_empty()).then(|| self.keywords.clone()),
            abstract_text: self.abstract_text.clone(),
            ..DocumentFacts::named(self.name())
        }
    }

    /// The ISO publication date, when the printed one is recognised.
    pub fn iso_date(&self) -> Option<String> {
        let date = normalise_date(self.date.as_deref()?);
        date.as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit)
            .then_some(date)
    }

    /// Relations from this RFC (obsoletes, updates).
    pub fn relations(&self) -> Vec<NewRelation> {
        let mut relations: Vec<NewRelation> = self
            .obsoletes
            .iter()
            .map(|n| NewRelation {
                kind: RelationKind::Obsoletes,
                to: format!("rfc{n}"),
            })
            .collect();
        relations.extend(self.updates.iter().map(|n| NewRelation {
            kind: RelationKind::Updates,
            to: format!("rfc{n}"),
        }));
        relations
    }

    /// Lifecycle events of the RFC: publication, and obsoletes/updates both ways. `date_of` gives
    /// another RFC's ISO date (an "obsoleted by" happened when the other RFC was published; without
    /// that date the event is left out, the relation is still stored from the other side).
    pub fn events(&self, date_of: impl Fn(u32) -> Option<String>) -> Vec<NewEvent> {
        let mut events = Vec::new();
        let event = |at: String, kind: EventKind, detail: String| NewEvent {
            at,
            kind,
            detail,
            source: "rfc-index".to_string(),
        };
        if let Some(at) = self.iso_date() {
            events.push(event(at.clone(), EventKind::Published, String::new()));
            for n in &self.obsoletes {
                events.push(event(at.clone(), EventKind::Obsoletes, format!("rfc{n}")));
            }
            for n in &self.updates {
                events.push(event(at.clone(), EventKind::Updates, format!("rfc{n}")));
            }
        }
        for (list, kind) in [
            (&self.obsoleted_by, EventKind::ObsoletedBy),
            (&self.updated_by, EventKind::UpdatedBy),
        ] {
            for n in list {
                if let Some(at) = date_of(*n) {
                    events.push(event(at, kind, format!("rfc{n}")));
                }
            }
        }
        events
    }
}

/// `draft-foo-bar-04` → `draft-foo-bar`; a name without a two-digit revision is returned as it is.
pub(crate) fn strip_revision(name: &str) -> String {
    let name = name.trim();
    match name.rsplit_once('-') {
        Some((base, rev)) if rev.len() == 2 && rev.bytes().all(|b| b.is_ascii_digit()) => {
            base.to_string()
        }
        _ => name.to_string(),
    }
}

/// The working-group acronym a draft name carries (`draft-ietf-quic-transport` → `quic`,
/// `draft-irtf-hrpc-research` → `hrpc`).
pub(crate) fn wg_of_draft(draft: &str) -> Option<String> {
    let rest = draft
        .strip_prefix("draft-ietf-")
        .or_else(|| draft.strip_prefix("draft-irtf-"))?;
    let wg = rest.split('-').next()?;
    (!wg.is_empty()).then(|| wg.to_string())
}

/// `RFC0123`, `RFC 123`, `123` → 123.
fn rfc_number(text: &str) -> Option<u32> {
    let digits = text
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == ' ');
    let digits = digits.trim();
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|n| *n > 0)
}

/// Only `RFC…` identifiers of a list (the index also lists `STD`, `BCP`, `FYI` numbers).
fn rfc_numbers<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<u32> {
    items
        .into_iter()
        .map(str::trim)
        .filter(|item| item.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("rfc")))
        .filter_map(rfc_number)
        .collect()
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn non_empty(text: Option<&str>) -> Option<String> {
    let text = collapse(text?);
    (!text.is_empty()).then_some(text)
}

/// Splits the JSON's `source` (a stream, or a working group's full name) into stream and group.
fn stream_and_wg(source: Option<&str>, draft: Option<&str>) -> (Option<String>, Option<String>) {
    let from_draft = draft.and_then(wg_of_draft);
    let irtf = draft.is_some_and(|d| d.starts_with("draft-irtf-"));
    match source.map(str::trim) {
        None | Some("") => (None, from_draft),
        Some(stream @ ("Legacy" | "INDEPENDENT" | "IAB" | "IRTF" | "Editorial" | "IESG")) => {
            (Some(stream.to_string()), from_draft)
        }
        Some("IETF - NON WORKING GROUP") => (Some("IETF".to_string()), None),
        // A group's full name: prefer the acronym the draft name carries, which watch queries use.
        Some(group) => (
            Some(if irtf { "IRTF" } else { "IETF" }.to_string()),
            from_draft.or_else(|| Some(group.to_string())),
        ),
    }
}

#[derive(Deserialize)]
struct RfcJson {
    doc_id: Option<String>,
    draft: Option<String>,
    title: Option<String>,
    #[serde(default)]
    authors: Vec<serde_json::Value>,
    pub_date: Option<String>,
    status: Option<String>,
    pub_status: Option<String>,
    source: Option<String>,
    #[serde(rename = "abstract")]
    abstract_text: Option<String>,
    #[serde(default)]
    keywords: Vec<serde_json::Value>,
    #[serde(default)]
    obsoletes: Vec<serde_json::Value>,
    #[serde(default)]
    obsoleted_by: Vec<serde_json::Value>,
    #[serde(default)]
    updates: Vec<serde_json::Value>,
    #[serde(default)]
    updated_by: Vec<serde_json::Value>,
    doi: Option<String>,
}

fn strings(values: &[serde_json::Value]) -> Vec<String> {
    values
        .iter()
        .filter_map(|value| match value {
            serde_json::Value::String(text) => non_empty(Some(text)),
            serde_json::Value::Number(n) => Some(n.to_string()),
            // Newer metadata writes authors as objects with a name.
            serde_json::Value::Object(map) => map
                .get("name")
                .and_then(|v| v.as_str())
                .and_then(|s| non_empty(Some(s))),
            _ => None,
        })
        .collect()
}

/// Reads one `rfcNNNN.json` metadata file (the RFC Editor's shape). `fallback_number` comes from the
/// file name when `doc_id` is missing.
pub fn parse_rfc_json(bytes: &[u8], fallback_number: Option<u32>) -> Result<RfcMeta, String> {
    let json: RfcJson =
        serde_json::from_slice(bytes).map_err(|error| format!("not RFC metadata JSON: {error}"))?;
    let number = json
        .doc_id
        .as_deref()
        .and_then(rfc_number)
        .or(fallback_number)
        .ok_or("no RFC number (doc_id) in the metadata")?;
    let status = non_empty(json.status.as_deref()).or(non_empty(json.pub_status.as_deref()));
    let not_issued = status.as_deref() == Some("NOT ISSUED");
    let draft = non_empty(json.draft.as_deref());
    let (stream, wg) = stream_and_wg(json.source.as_deref(), draft.as_deref());
    let list = |values: &[serde_json::Value]| {
        let items = strings(values);
        rfc_numbers(items.iter().map(String::as_str))
    };
    Ok(RfcMeta {
        number,
        title: non_empty(json.title.as_deref()),
        authors: strings(&json.authors),
        date: non_empty(json.pub_date.as_deref()),
        status: status.filter(|s| s != "UNKNOWN" && s != "NOT ISSUED"),
        stream,
        wg,
        area: None,
        keywords: strings(&json.keywords),
        obsoletes: list(&json.obsoletes),
        obsoleted_by: list(&json.obsoleted_by),
        updates: list(&json.updates),
        updated_by: list(&json.updated_by),
        draft,
        doi: non_empty(json.doi.as_deref()),
        abstract_text: non_empty(json.abstract_text.as_deref()),
        not_issued,
    })
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|\. |\.\s)((?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\.",
    )
    .unwrap_or_else(|_| unreachable_regex())
});

static GROUP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^()]*)\)").unwrap_or_else(|_| unreachable_regex()));

static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:[A-Z][a-z]{0,2}\.(?:-[A-Z][a-z]?\.)?) ?)+[^\s].*$|^Ed\.$")
        .unwrap_or_else(|_| unreachable_regex())
});

/// The patterns above are constants; a regex that matches nothing stands in if one ever failed.
#[allow(clippy::unwrap_used)]
fn unreachable_regex() -> Regex {
    Regex::new(r"[^\s\S]").unwrap()
}

/// Reads `rfc-index.txt`: entries start with the number at column 0 and are separated by blank
/// lines: `NNNN Title. Authors. Month Year. (Format: …) (Obsoletes …) (Status: …) (DOI: …)`.
pub fn parse_index_txt(text: &str) -> Vec<RfcMeta> {
    let mut entries = Vec::new();
    let mut block = String::new();
    let mut flush = |block: &mut String| {
        if let Some(meta) = parse_index_entry(block) {
            entries.push(meta);
        }
        block.clear();
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut block);
            continue;
        }
        let starts_entry = line.bytes().next().is_some_and(|b| b.is_ascii_digit());
        if starts_entry {
            flush(&mut block);
        }
        if !block.is_empty() || starts_entry {
            block.push(' ');
            block.push_str(line.trim());
        }
    }
    flush(&mut block);
    entries
}

fn parse_index_entry(block: &str) -> Option<RfcMeta> {
    let block = collapse(block);
    let (number, rest) = block.split_once(' ')?;
    if number.len() > 6 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: u32 = number.parse().ok().filter(|n| *n > 0)?;
    let mut meta = RfcMeta {
        number,
        ..RfcMeta::default()
    };
    if rest.trim_end_matches('.').trim() == "Not Issued" {
        meta.not_issued = true;
        return Some(meta);
    }
    // The date is the last "Month Year." before the parenthesised fields.
    let fields_at = rest.find(" (Format:").unwrap_or(rest.len());
    let head = &rest[..fields_at];
    let date = DATE.captures_iter(head).last();
    let (before_date, fields) = match &date {
        Some(captures) => {
            let whole = captures.get(1)?;
            meta.date = Some(whole.as_str().to_string());
            (&head[..whole.start()], &rest[whole.end()..])
        }
        None => (head, &rest[fields_at..]),
    };
    let before_date = before_date.trim().trim_end_matches('.').trim();
    let (title, authors) = split_title_authors(before_date);
    meta.title = non_empty(Some(title));
    meta.authors = authors;
    for group in GROUP.captures_iter(fields) {
        let Some(content) = group.get(1).map(|m| m.as_str().trim()) else {
            continue;
        };
        let list = |prefix: &str| rfc_numbers(content[prefix.len()..].split(','));
        if let Some(status) = content.strip_prefix("Status:") {
            meta.status = non_empty(Some(status)).filter(|s| s != "UNKNOWN");
        } else if let Some(doi) = content.strip_prefix("DOI:") {
            meta.doi = non_empty(Some(doi));
        } else if content.starts_with("Obsoleted by") {
            meta.obsoleted_by = list("Obsoleted by");
        } else if content.starts_with("Obsoletes") {
            meta.obsoletes = list("Obsoletes");
        } else if content.starts_with("Updated by") {
            meta.updated_by = list("Updated by");
        } else if content.starts_with("Updates") {
            meta.updates = list("Updates");
        }
    }
    Some(meta)
}

/// Finds where the title ends: at the first `. ` after which everything reads as a list of names
/// (`T. Mrugalski, B. Volz`, `J. Iyengar, Ed.`); failing that, at the last `. `.
fn split_title_authors(text: &str) -> (&str, Vec<String>) {
    let names = |list: &str| -> Option<Vec<String>> {
        let items: Vec<String> = list
            .split(", ")
            .map(|item| item.trim().trim_end_matches('.').trim().to_string())
            .filter(|item| !item.is_empty())
            .collect();
        let all_names = !items.is_empty()
            && list
                .split(", ")
                .all(|item| NAME.is_match(item.trim()) || item.trim().starts_with("Ed"));
        all_names.then(|| {
            items
                .into_iter()
                .map(|item| {
                    if item == "Ed" {
                        "Ed.".to_string()
                    } else {
                        item
                    }
                })
                .collect()
        })
    };
    let mut last = None;
    for (at, _) in text.match_indices(". ") {
        last = Some(at);
        if let Some(authors) = names(&text[at + 2..]) {
            return (&text[..at], authors);
        }
    }
    match last {
        Some(at) => (
            &text[..at],
            text[at + 2..]
                .split(", ")
                .map(|s| s.trim().to_string())
                .collect(),
        ),
        None => (text, Vec::new()),
    }
}

/// Reads `rfc-index.xml` (no DTD, bounded size and node count). Entries other than `rfc-entry` and
/// `rfc-not-issued-entry` (BCP, STD, FYI) are ignored.
pub fn parse_index_xml(text: &str) -> Result<Vec<RfcMeta>, String> {
    if text.len() as u64 > MAX_INDEX_BYTES {
        return Err(format!("larger than {MAX_INDEX_BYTES} bytes"));
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_INDEX_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    let document = roxmltree::Document::parse_with_options(text, options)
        .map_err(|error| format!("not a readable rfc-index.xml: {error}"))?;
    fn child<'a, 'input>(
        node: roxmltree::Node<'a, 'input>,
        name: &str,
    ) -> Option<roxmltree::Node<'a, 'input>> {
        node.children()
            .find(|c| c.is_element() && c.tag_name().name() == name)
    }
    let text_of = |node: Option<roxmltree::Node<'_, '_>>| -> Option<String> {
        let node = node?;
        let text: String = node
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join(" ");
        non_empty(Some(&text))
    };
    let ids = |node: Option<roxmltree::Node<'_, '_>>| -> Vec<u32> {
        let Some(node) = node else { return Vec::new() };
        let items: Vec<String> = node
            .children()
            .filter(|c| c.is_element() && c.tag_name().name() == "doc-id")
            .filter_map(|c| c.text().map(str::to_string))
            .collect();
        rfc_numbers(items.iter().map(String::as_str))
    };
    let mut entries = Vec::new();
    for entry in document
        .root_element()
        .children()
        .filter(|n| n.is_element())
    {
        let tag = entry.tag_name().name();
        if tag != "rfc-entry" && tag != "rfc-not-issued-entry" {
            continue;
        }
        let Some(number) = text_of(child(entry, "doc-id"))
            .as_deref()
            .and_then(rfc_number)
        else {
            continue;
        };
        if tag == "rfc-not-issued-entry" {
            entries.push(RfcMeta {
                number,
                not_issued: true,
                ..RfcMeta::default()
            });
            continue;
        }
        let date = child(entry, "date").and_then(|date| {
            let month = text_of(child(date, "month"))?;
            let year = text_of(child(date, "year"))?;
            Some(match text_of(child(date, "day")) {
                Some(day) => format!("{day} {month} {year}"),
                None => format!("{month} {year}"),
            })
        });
        let draft = text_of(child(entry, "draft"));
        let wg = text_of(child(entry, "wg_acronym"))
            .filter(|wg| !wg.eq_ignore_ascii_case("NON WORKING GROUP") && wg != "none")
            .or_else(|| draft.as_deref().and_then(wg_of_draft));
        entries.push(RfcMeta {
            number,
            title: text_of(child(entry, "title")),
            authors: entry
                .children()
                .filter(|c| c.is_element() && c.tag_name().name() == "author")
                .filter_map(|author| text_of(child(author, "name")))
                .collect(),
            date,
            status: text_of(child(entry, "current-status")).filter(|s| s != "UNKNOWN"),
            stream: text_of(child(entry, "stream")),
            wg,
            area: text_of(child(entry, "area")),
            keywords: child(entry, "keywords")
                .map(|keywords| {
                    keywords
                        .children()
                        .filter(|c| c.is_element() && c.tag_name().name() == "kw")
                        .filter_map(|kw| text_of(Some(kw)))
                        .collect()
                })
                .unwrap_or_default(),
            obsoletes: ids(child(entry, "obsoletes")),
            obsoleted_by: ids(child(entry, "obsoleted-by")),
            updates: ids(child(entry, "updates")),
            updated_by: ids(child(entry, "updated-by")),
            draft,
            doi: text_of(child(entry, "doi")),
            abstract_text: text_of(child(entry, "abstract")),
            not_issued: false,
        });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_titles_from_authors() {
        let (title, authors) = split_title_authors(
            "Dynamic Host Configuration Protocol for IPv6 (DHCPv6). T. Mrugalski, B. Volz",
        );
        assert_eq!(
            title,
            "Dynamic Host Configuration Protocol for IPv6 (DHCPv6)"
        );
        assert_eq!(authors, ["T. Mrugalski", "B. Volz"]);
        let (title, authors) = split_title_authors(
            "QUIC: A UDP-Based Multiplexed and Secure Transport. J. Iyengar, Ed., M. Thomson, Ed.",
        );
        assert_eq!(title, "QUIC: A UDP-Based Multiplexed and Secure Transport");
        assert_eq!(authors, ["J. Iyengar", "Ed.", "M. Thomson", "Ed."]);
    }

    #[test]
    fn strips_draft_revisions() {
        assert_eq!(
            strip_revision("draft-iab-for-the-users-04"),
            "draft-iab-for-the-users"
        );
        assert_eq!(strip_revision("draft-foo"), "draft-foo");
        assert_eq!(
            wg_of_draft("draft-ietf-quic-transport").as_deref(),
            Some("quic")
        );
        assert_eq!(wg_of_draft("draft-nottingham-for-the-users"), None);
    }
}
