//! Bibliographic metadata from the `<rfc>` element's attributes and its `<front>`.

use roxmltree::Node;

use crate::model::{Author, Meta, Sdo};

use super::render::person_name;

/// Reads metadata from the `<rfc>` root element.
pub(crate) fn read(root: Node<'_, '_>) -> Meta {
    let front = root.children().find(|c| c.has_tag_name("front"));
    let mut meta = Meta {
        sdo: Sdo::Ietf,
        ..Meta::default()
    };

    let series = |name: &str| {
        front.and_then(|f| {
            f.children()
                .filter(|c| c.has_tag_name("seriesInfo"))
                .find(|c| c.attribute("name") == Some(name))
        })
    };

    let rfc_number = root
        .attribute("number")
        .or_else(|| series("RFC").and_then(|s| s.attribute("value")))
        .and_then(|n| n.trim().parse::<u32>().ok());
    if let Some(number) = rfc_number {
        meta.rfc_number = Some(number);
        meta.name = Some(format!("rfc{number}"));
    } else {
        let doc_name = root
            .attribute("docName")
            .or_else(|| series("Internet-Draft").and_then(|s| s.attribute("value")))
            .map(str::trim)
            .filter(|n| !n.is_empty());
        if let Some(doc_name) = doc_name {
            let (name, rev) = split_revision(doc_name);
            meta.name = Some(name.to_string());
            meta.rev = rev.map(str::to_string);
        }
    }

    meta.status = non_empty(root.attribute("category"));
    meta.stream = non_empty(root.attribute("submissionType"))
        .or_else(|| series("RFC").and_then(|s| non_empty(s.attribute("stream"))));
    meta.obsoletes = rfc_list(root.attribute("obsoletes"));
    meta.updates = rfc_list(root.attribute("updates"));

    let Some(front) = front else {
        return meta;
    };
    meta.title = front
        .children()
        .find(|c| c.has_tag_name("title"))
        .map(text)
        .filter(|t| !t.is_empty());
    meta.workgroup = front
        .children()
        .filter(|c| c.has_tag_name("workgroup"))
        .map(text)
        .find(|t| !t.is_empty());
    meta.authors = front
        .children()
        .filter(|c| c.has_tag_name("author"))
        .filter_map(|author| {
            let name = person_name(author);
            let organization = author
                .children()
                .find(|c| c.has_tag_name("organization"))
                .map(text)
                .filter(|o| !o.is_empty() && *o != name);
            (!name.is_empty()).then_some(Author { name, organization })
        })
        .collect();
    meta.date = front
        .children()
        .find(|c| c.has_tag_name("date"))
        .and_then(date);
    meta
}

/// `draft-ietf-foo-bar-03` → (`draft-ietf-foo-bar`, `03`).
fn split_revision(doc_name: &str) -> (&str, Option<&str>) {
    if let Some((name, rev)) = doc_name.rsplit_once('-') {
        if !name.is_empty() && rev.len() == 2 && rev.bytes().all(|b| b.is_ascii_digit()) {
            return (name, Some(rev));
        }
    }
    (doc_name, None)
}

/// `"2616, 7230"` or `"RFC 2616"` → numbers.
fn rfc_list(value: Option<&str>) -> Vec<u32> {
    value
        .unwrap_or("")
        .split([',', ' '])
        .filter_map(|item| {
            let digits: String = item.chars().filter(char::is_ascii_digit).collect();
            digits.parse::<u32>().ok()
        })
        .collect()
}

fn non_empty(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

fn text(node: Node<'_, '_>) -> String {
    let mut raw = String::new();
    for t in node.descendants().filter(Node::is_text) {
        raw.push_str(t.text().unwrap_or(""));
    }
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `<date year month day>` → `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or the parts as given.
fn date(node: Node<'_, '_>) -> Option<String> {
    let year = node
        .attribute("year")
        .map(str::trim)
        .filter(|y| !y.is_empty());
    let month = node
        .attribute("month")
        .map(str::trim)
        .filter(|m| !m.is_empty());
    let day = node
        .attribute("day")
        .map(str::trim)
        .filter(|d| !d.is_empty());
    let numeric_year = year.filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    match (numeric_year, month.map(month_number)) {
        (Some(y), Some(Some(m))) => {
            let day = day
                .and_then(|d| d.parse::<u32>().ok())
                .filter(|d| (1..=31).contains(d));
            Some(match day {
                Some(d) => format!("{y}-{m:02}-{d:02}"),
                None => format!("{y}-{m:02}"),
            })
        }
        (Some(y), None) => Some(y.to_string()),
        _ => {
            let given: Vec<&str> = [day, month, year].into_iter().flatten().collect();
            (!given.is_empty()).then(|| given.join(" "))
        }
    }
}

/// 1–12 from a month number or an English name or abbreviation.
fn month_number(month: &str) -> Option<u32> {
    if let Ok(n) = month.parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = month.to_ascii_lowercase();
    let prefix = lower.get(..3)?;
    let index = NAMES.iter().position(|n| *n == prefix)?;
    u32::try_from(index + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_split() {
        assert_eq!(
            split_revision("draft-ietf-foo-bar-03"),
            ("draft-ietf-foo-bar", Some("03"))
        );
        assert_eq!(
            split_revision("draft-ietf-foo-bar-latest"),
            ("draft-ietf-foo-bar-latest", None)
        );
        assert_eq!(split_revision("-03"), ("-03", None));
    }

    #[test]
    fn rfc_lists() {
        assert_eq!(rfc_list(Some("2616, 7230,7231")), vec![2616, 7230, 7231]);
        assert_eq!(rfc_list(Some("RFC 5988")), vec![5988]);
        assert!(rfc_list(None).is_empty());
    }

    #[test]
    fn dates() {
        let doc = roxmltree::Document::parse(
            "<r><date year='2020' month='August'/><date year='2019' month='3' day='7'/>\
             <date year='2021'/><date month='Spring' year='2021'/><date/></r>",
        )
        .expect("parses");
        let dates: Vec<_> = doc.root_element().children().map(date).collect();
        assert_eq!(
            dates,
            vec![
                Some("2020-08".to_string()),
                Some("2019-03-07".to_string()),
                Some("2021".to_string()),
                Some("Spring 2021".to_string()),
                None
            ]
        );
    }
}
