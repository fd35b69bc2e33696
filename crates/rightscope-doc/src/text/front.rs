//! Metadata from the first page of an RFC or Internet-Draft: the two-column header block, the title and
//! the draft name.
//!
//! ```text
//! Network Working Group                                           F. Baker
//! Request for Comments: 3924                                     B. Foster
//! Category: Informational                                    Cisco Systems
//!                                                             October 2004
//!
//!         Cisco Architecture for Lawful Intercept in IP Networks
//! ```

use crate::model::{Author, Meta, Sdo};

use super::headings::parse_heading;
use super::paginate::StrippedLine;

/// How many lines of the first page are searched for metadata.
const FRONT_LINES: usize = 80;

/// Reads metadata from the first lines of stripped text.
pub fn read_front(lines: &[StrippedLine<'_>]) -> Meta {
    let mut meta = Meta::default();
    let front: Vec<&str> = lines
        .iter()
        .take(FRONT_LINES)
        .map(|line| line.content)
        .collect();
    let block_end = header_block_end(&front);
    let mut is_draft = false;
    let mut pending_authors = 0usize;
    for line in &front[..block_end] {
        if line.trim().is_empty() {
            // An affiliation after a blank line is not that of the authors above it (RFC 6973: J. Morris,
            // then a page gap, then M. Hansen / ULD).
            pending_authors = 0;
            continue;
        }
        let (left, right) = split_columns(line);
        if let Some(left) = left {
            is_draft |= read_left_item(left, &mut meta);
        }
        if let Some(right) = right {
            read_right_item(right, &mut meta, &mut pending_authors);
        }
    }

    // Title: the indented lines after the header block, up to the first heading or draft name.
    let mut title_lines: Vec<&str> = Vec::new();
    for line in front.iter().skip(block_end) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if title_lines.is_empty() {
                continue;
            }
            if meta.name.is_some() || !is_draft {
                break;
            }
            continue;
        }
        if parse_heading(line).is_some() || !line.starts_with(' ') {
            break;
        }
        if let Some((name, rev)) = draft_name(trimmed) {
            meta.name = Some(name);
            meta.rev = rev;
            break;
        }
        if title_lines.len() < 4 {
            title_lines.push(trimmed);
        }
    }
    if !title_lines.is_empty() {
        meta.title = Some(title_lines.join(" "));
    }
    if meta.name.is_none() && meta.rfc_number.is_none() {
        // Older drafts name themselves in the header block (`<draft-ietf-foo-02.txt>`) or on any early line.
        meta.name = front.iter().find_map(|line| {
            line.split_whitespace()
                .find_map(draft_name)
                .map(|(name, rev)| {
                    meta.rev = rev;
                    name
                })
        });
    }
    if let Some(number) = meta.rfc_number {
        meta.name = Some(format!("rfc{number}"));
        meta.rev = None;
    }
    if meta.rfc_number.is_some() || meta.name.is_some() || is_draft {
        meta.sdo = Sdo::Ietf;
    }
    meta
}

/// Where the header block ends: at its first blank line, unless what follows is more of the right
/// column (authors, affiliations, the date) set off by a blank line, as on RFC 8981's first page,
/// where "R. Draves / Microsoft Research / February 2021" come after a line of spaces. Continuation
/// lines are indented at least [`RIGHT_COLUMN_START`] columns and end at the block's right edge; a
/// centred title line that indented ends well short of that edge.
fn header_block_end(front: &[&str]) -> usize {
    let is_blank = |line: &str| line.trim().is_empty();
    let mut end = front
        .iter()
        .position(|line| is_blank(line))
        .unwrap_or(front.len());
    let right_edge = front[..end]
        .iter()
        .filter(|line| split_columns(line).1.is_some())
        .map(|line| line.trim_end().len())
        .max()
        .unwrap_or(0);
    if right_edge == 0 {
        return end;
    }
    loop {
        let run_start = end + front[end..].iter().take_while(|l| is_blank(l)).count();
        let run_len = front[run_start..]
            .iter()
            .take_while(|l| !is_blank(l))
            .count();
        let continues = run_len > 0
            && front[run_start..run_start + run_len].iter().all(|line| {
                let indent = line.len() - line.trim_start().len();
                indent >= RIGHT_COLUMN_START && line.trim_end().len() + 1 >= right_edge
            });
        if !continues {
            return end;
        }
        end = run_start + run_len;
    }
}

/// Right-column continuation lines are indented at least this far (RFC 9505's "Center for Democracy &
/// Technology" starts at column 39; a centred 56-character title line would end 8 columns short).
const RIGHT_COLUMN_START: usize = 8;

/// Splits a header-block line into its left and right columns at the first gap of three or more spaces.
fn split_columns(line: &str) -> (Option<&str>, Option<&str>) {
    if line.starts_with(' ') {
        let right = line.trim();
        return (None, (!right.is_empty()).then_some(right));
    }
    match line.find("   ") {
        Some(gap) => {
            let left = line[..gap].trim();
            let right = line[gap..].trim();
            (
                (!left.is_empty()).then_some(left),
                (!right.is_empty()).then_some(right),
            )
        }
        None => (Some(line.trim()), None),
    }
}

/// Reads one left-column item; returns whether it marks an Internet-Draft.
fn read_left_item(item: &str, meta: &mut Meta) -> bool {
    let lower = item.to_ascii_lowercase();
    if let Some((key, value)) = item.split_once(':') {
        let value = value.trim();
        match key.trim().to_ascii_lowercase().as_str() {
            "request for comments" | "rfc" => {
                meta.rfc_number = leading_number(value);
            }
            "category" | "intended status" | "status" => {
                meta.status = Some(value.trim_end_matches(['.']).to_string());
            }
            "obsoletes" => meta.obsoletes.extend(rfc_numbers(value)),
            "updates" => meta.updates.extend(rfc_numbers(value)),
            _ => {}
        }
        return false;
    }
    if lower.starts_with("internet-draft")
        || lower.starts_with("internet draft")
        || lower.starts_with("draft")
    {
        return true;
    }
    let stream = if lower.starts_with("internet engineering task force") {
        Some("IETF")
    } else if lower.starts_with("internet research task force") {
        Some("IRTF")
    } else if lower.starts_with("internet architecture board") {
        Some("IAB")
    } else if lower.starts_with("independent submission") {
        Some("independent")
    } else {
        None
    };
    if let Some(stream) = stream {
        meta.stream = Some(stream.to_string());
        return false;
    }
    let is_group = lower.ends_with(" working group")
        || lower.ends_with(" research group")
        || lower.ends_with(" wg")
        || lower.ends_with(" rg");
    if is_group && lower != "network working group" && meta.workgroup.is_none() {
        meta.workgroup = Some(item.to_string());
    }
    false
}

/// Reads one right-column item: an author, an organisation or the date.
fn read_right_item(item: &str, meta: &mut Meta, pending_authors: &mut usize) {
    if looks_like_date(item) {
        if meta.date.is_none() {
            meta.date = Some(item.to_string());
        }
        return;
    }
    if looks_like_person(item) {
        let name = item
            .trim_end_matches(", Editor")
            .trim_end_matches(", Ed.")
            .trim_end_matches(" (Editor)")
            .trim()
            .to_string();
        meta.authors.push(Author {
            name,
            organization: None,
        });
        *pending_authors += 1;
        return;
    }
    if item.starts_with('<') || item.starts_with("draft-") || item.contains('@') {
        return;
    }
    // An organisation line belongs to the authors above it that have none yet.
    let start = meta.authors.len().saturating_sub(*pending_authors);
    for author in meta.authors.iter_mut().skip(start) {
        author.organization = Some(item.to_string());
    }
    *pending_authors = 0;
}

/// `F. Baker`, `J-L. Smith`, `A. Cooper, Ed.`: initials then a surname.
fn looks_like_person(item: &str) -> bool {
    let mut words = item.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let initials = first.ends_with('.')
        && first.len() <= 5
        && first.starts_with(|c: char| c.is_uppercase())
        && first
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-');
    // Surnames may start with a lower-case particle: "N. ten Oever", "J. de Vries".
    initials
        && words
            .next()
            .is_some_and(|word| word.starts_with(char::is_alphabetic))
}

/// `October 2004`, `October 21, 2019`, `21 October 2019`.
fn looks_like_date(item: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<&str> = item.split_whitespace().collect();
    if !(2..=3).contains(&words.len()) {
        return false;
    }
    let has_year = words
        .last()
        .is_some_and(|year| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()));
    let has_month = words.iter().any(|word| {
        let lower = word.to_ascii_lowercase();
        MONTHS.iter().any(|month| lower.starts_with(month))
    });
    has_year && has_month
}

/// `draft-ietf-foo-bar-03` (optionally `<…>` or `.txt`) → (`draft-ietf-foo-bar`, `Some("03")`).
fn draft_name(word: &str) -> Option<(String, Option<String>)> {
    let word = word
        .trim_matches(|c: char| matches!(c, '<' | '>' | '(' | ')' | '[' | ']' | ',' | '"'))
        .trim_end_matches(".txt")
        .trim_end_matches(".xml");
    if !word.starts_with("draft-")
        || !word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
    {
        return None;
    }
    match word.rsplit_once('-') {
        Some((name, rev)) if rev.len() == 2 && rev.bytes().all(|b| b.is_ascii_digit()) => {
            Some((name.to_ascii_lowercase(), Some(rev.to_string())))
        }
        _ => Some((word.to_ascii_lowercase(), None)),
    }
}

fn leading_number(value: &str) -> Option<u32> {
    let digits: String = value
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

/// `1234, 5678 (if approved)`, `RFC 1234, RFC 5678` → `[1234, 5678]`.
fn rfc_numbers(value: &str) -> Vec<u32> {
    value
        .split([',', ' '])
        .filter_map(|word| word.trim().parse::<u32>().ok())
        .filter(|&number| number > 0 && number < 100_000)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<StrippedLine<'_>> {
        text.lines()
            .enumerate()
            .map(|(i, content)| StrippedLine {
                content,
                line: u32::try_from(i + 1).unwrap_or(0),
            })
            .collect()
    }

    #[test]
    fn rfc_front_page() {
        let text = [
            "Network Working Group                                           F. Baker",
            "Request for Comments: 3924                                     B. Foster",
            "Category: Informational                                         C. Sharp",
            "                                                           Cisco Systems",
            "                                                            October 2004",
            "",
            "        Cisco Architecture for Lawful Intercept in IP Networks",
            "",
            "Status of this Memo",
        ]
        .join("\n");
        let meta = read_front(&lines(&text));
        assert_eq!(meta.rfc_number, Some(3924));
        assert_eq!(meta.name.as_deref(), Some("rfc3924"));
        assert_eq!(meta.status.as_deref(), Some("Informational"));
        assert_eq!(meta.date.as_deref(), Some("October 2004"));
        assert_eq!(
            meta.title.as_deref(),
            Some("Cisco Architecture for Lawful Intercept in IP Networks")
        );
        assert_eq!(meta.authors.len(), 3);
        assert!(meta
            .authors
            .iter()
            .all(|a| a.organization.as_deref() == Some("Cisco Systems")));
        assert_eq!(meta.sdo, Sdo::Ietf);
    }

    /// RFC 8981's header block has a line of spaces before its last author and the date; the title
    /// was read as "R. Draves Microsoft Research February 2021" and the date was lost.
    #[test]
    fn header_block_continues_after_a_blank_line_in_the_right_column() {
        let text = [
            "Internet Engineering Task Force (IETF)                           F. Gont",
            "Request for Comments: 8981                                  SI6 Networks",
            "Obsoletes: 4941                                              S. Krishnan",
            "Category: Standards Track                                         Kaloom",
            "ISSN: 2070-1721                                                T. Narten",
            "                                                                        ",
            "                                                               R. Draves",
            "                                                      Microsoft Research",
            "                                                           February 2021",
            "",
            "",
            "Temporary Address Extensions for Stateless Address Autoconfiguration in",
            "                                  IPv6",
            "",
            "Abstract",
        ]
        .join("\n");
        let meta = read_front(&lines(&text));
        assert_eq!(meta.date.as_deref(), Some("February 2021"));
        assert_eq!(meta.authors.len(), 4);
        assert_eq!(meta.authors[3].name, "R. Draves");
        assert_eq!(
            meta.authors[3].organization.as_deref(),
            Some("Microsoft Research")
        );
        assert_ne!(
            meta.title.as_deref(),
            Some("R. Draves Microsoft Research February 2021")
        );
    }

    /// RFC 9505: several gaps in the right column, and an affiliation that starts left of the middle.
    #[test]
    fn header_block_with_several_gaps() {
        let text = [
            "Internet Research Task Force (IRTF)                           J. L. Hall",
            "Request for Comments: 9505                              Internet Society",
            "Category: Informational                                      M. D. Aaron",
            "ISSN: 2070-1721                                               CU Boulder",
            "                                                         A. Andersdotter",
            "                                                                        ",
            "                                                                B. Jones",
            "                                                                        ",
            "                                                             N. Feamster",
            "                                                               U Chicago",
            "                                                               M. Knodel",
            "                                       Center for Democracy & Technology",
            "                                                           November 2023",
            "",
            "",
            "              A Survey of Worldwide Censorship Techniques",
            "",
            "Abstract",
        ]
        .join("\n");
        let meta = read_front(&lines(&text));
        assert_eq!(meta.date.as_deref(), Some("November 2023"));
        assert_eq!(
            meta.title.as_deref(),
            Some("A Survey of Worldwide Censorship Techniques")
        );
        let authors: Vec<(&str, Option<&str>)> = meta
            .authors
            .iter()
            .map(|a| (a.name.as_str(), a.organization.as_deref()))
            .collect();
        assert_eq!(
            authors,
            vec![
                ("J. L. Hall", Some("Internet Society")),
                ("M. D. Aaron", Some("CU Boulder")),
                ("A. Andersdotter", None),
                ("B. Jones", None),
                ("N. Feamster", Some("U Chicago")),
                ("M. Knodel", Some("Center for Democracy & Technology")),
            ]
        );
    }

    #[test]
    fn draft_front_page() {
        let text = [
            "HTTPbis Working Group                                      M. Nottingham",
            "Internet-Draft                                                    Fastly",
            "Intended status: Informational                          October 21, 2019",
            "Expires: April 23, 2020",
            "",
            "",
            "                    The Internet is for End Users",
            "                  draft-nottingham-for-the-users-03",
            "",
            "Abstract",
        ]
        .join("\n");
        let meta = read_front(&lines(&text));
        assert_eq!(meta.name.as_deref(), Some("draft-nottingham-for-the-users"));
        assert_eq!(meta.rev.as_deref(), Some("03"));
        assert_eq!(meta.workgroup.as_deref(), Some("HTTPbis Working Group"));
        assert_eq!(meta.status.as_deref(), Some("Informational"));
        assert_eq!(meta.title.as_deref(), Some("The Internet is for End Users"));
        assert_eq!(meta.authors[0].organization.as_deref(), Some("Fastly"));
    }

    #[test]
    fn obsoletes_and_updates() {
        assert_eq!(rfc_numbers("2234, 4234 (if approved)"), vec![2234, 4234]);
        assert_eq!(rfc_numbers("RFC 1234"), vec![1234]);
    }
}
