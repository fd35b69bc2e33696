//! Atom 1.0 feeds (RFC 4287) of a watchlist: new revisions, new risk findings in families a revision
//! is assessed to create, and Last Call deadlines. Plain strings in, a complete XML document out, so
//! the command line and the web app write the same feed.

use std::fmt::Write as _;

use rightscope_store::{FeedItems, Watchlist};

/// A feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    /// Permanent IRI identifying the feed.
    pub id: String,
    /// Title.
    pub title: String,
    /// Last change, RFC 3339.
    pub updated: String,
    /// Where the feed is served (`rel="self"`), if known.
    pub self_link: Option<String>,
    /// The page the feed is about (`rel="alternate"`), if any.
    pub link: Option<String>,
    /// Author name (a feed needs one unless every entry has one).
    pub author: String,
    /// Entries, newest first.
    pub entries: Vec<Entry>,
}

/// A feed entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Permanent IRI identifying the entry.
    pub id: String,
    /// Title.
    pub title: String,
    /// Last change, RFC 3339.
    pub updated: String,
    /// The page the entry is about.
    pub link: String,
    /// A plain-text summary.
    pub summary: String,
    /// Category terms (`revision`, `risk`, `last-call`, a family).
    pub categories: Vec<String>,
}

/// Escapes text for XML content and attribute values, dropping characters XML 1.0 cannot hold.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A stored time or date as an RFC 3339 timestamp (`2026-12-01` → `2026-12-01T00:00:00Z`;
/// `2026-12` → the first of the month). Unrecognised values become the Unix epoch rather than an
/// invalid feed.
pub fn rfc3339(at: &str) -> String {
    let at = at.trim();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let bytes = at.as_bytes();
    let date_ok = |s: &str| {
        s.len() == 10
            && digits(&s[..4])
            && s.as_bytes()[4] == b'-'
            && digits(&s[5..7])
            && s.as_bytes()[7] == b'-'
            && digits(&s[8..10])
    };
    if at.len() > 10 && at.is_char_boundary(10) && date_ok(&at[..10]) && bytes[10] == b'T' {
        return at.to_string();
    }
    if at.len() == 10 && date_ok(at) {
        return format!("{at}T00:00:00Z");
    }
    if at.len() == 7 && digits(&at[..4]) && bytes[4] == b'-' && digits(&at[5..]) {
        return format!("{at}-01T00:00:00Z");
    }
    "1970-01-01T00:00:00Z".to_string()
}

/// Writes the feed as an Atom 1.0 document.
pub fn write(feed: &Feed) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    let _ = writeln!(out, "  <id>{}</id>", escape(&feed.id));
    let _ = writeln!(out, "  <title>{}</title>", escape(&feed.title));
    let _ = writeln!(
        out,
        "  <updated>{}</updated>",
        escape(&rfc3339(&feed.updated))
    );
    let _ = writeln!(
        out,
        "  <author><name>{}</name></author>",
        escape(&feed.author)
    );
    let _ = writeln!(
        out,
        "  <generator version=\"{}\">rightscope</generator>",
        escape(env!("CARGO_PKG_VERSION"))
    );
    if let Some(link) = &feed.self_link {
        let _ = writeln!(out, "  <link rel=\"self\" href=\"{}\"/>", escape(link));
    }
    if let Some(link) = &feed.link {
        let _ = writeln!(out, "  <link rel=\"alternate\" href=\"{}\"/>", escape(link));
    }
    for entry in &feed.entries {
        out.push_str("  <entry>\n");
        let _ = writeln!(out, "    <id>{}</id>", escape(&entry.id));
        let _ = writeln!(out, "    <title>{}</title>", escape(&entry.title));
        let _ = writeln!(
            out,
            "    <updated>{}</updated>",
            escape(&rfc3339(&entry.updated))
        );
        let _ = writeln!(
            out,
            "    <link rel=\"alternate\" href=\"{}\"/>",
            escape(&entry.link)
        );
        for term in &entry.categories {
            let _ = writeln!(out, "    <category term=\"{}\"/>", escape(term));
        }
        let _ = writeln!(
            out,
            "    <summary type=\"text\">{}</summary>",
            escape(&entry.summary)
        );
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// Builds a watchlist's feed from its items. `base` is the observatory's address (documents are at
/// `{base}/documents/{name}`); `now` (RFC 3339) is the feed's `updated` when it has no entries.
pub fn watchlist_feed(list: &Watchlist, items: &FeedItems, base: &str, now: &str) -> Feed {
    let root = base.trim_end_matches('/');
    items_feed(
        FeedHead {
            id: format!("tag:rightscope,2026:watchlist/{}", list.id),
            title: format!("rightscope: {}", list.name),
            self_link: Some(format!("{root}/feeds/watchlists/{}.atom", list.id)),
            link: Some(format!("{root}/watchlists/{}", list.id)),
            author: list.owner.clone(),
        },
        items,
        base,
        now,
    )
}

/// What a feed says about itself, apart from its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedHead {
    /// Permanent IRI identifying the feed.
    pub id: String,
    /// Title.
    pub title: String,
    /// Where the feed is served.
    pub self_link: Option<String>,
    /// The page the feed is about.
    pub link: Option<String>,
    /// Author name.
    pub author: String,
}

/// Builds a feed from feed items (of a watchlist, a rule, a family or a document): one entry per new
/// revision, risk finding and Last Call, linking to `{base}/documents/{name}`. `now` (RFC 3339) is
/// the feed's `updated` when it has no entries.
pub fn items_feed(head: FeedHead, items: &FeedItems, base: &str, now: &str) -> Feed {
    let base = base.trim_end_matches('/');
    let page = |name: &str| format!("{base}/documents/{name}");
    let id = |what: &str| format!("tag:rightscope,2026:{what}");
    let mut entries = Vec::new();
    for revision in &items.revisions {
        let label = match &revision.rev {
            Some(rev) => format!("{}-{rev}", revision.document),
            None => revision.document.clone(),
        };
        entries.push(Entry {
            id: id(&format!("revision/{}", revision.revision_id)),
            title: format!("New revision: {label}"),
            updated: rfc3339(&revision.at),
            link: page(&revision.document),
            summary: match &revision.title {
                Some(title) => format!("{label} \u{2014} {title}"),
                None => label,
            },
            categories: vec!["revision".to_string()],
        });
    }
    for finding in &items.risk_findings {
        let label = match &finding.rev {
            Some(rev) => format!("{}-{rev}", finding.document),
            None => finding.document.clone(),
        };
        let section = finding
            .section
            .as_deref()
            .map(|s| format!(" (section {s})"))
            .unwrap_or_default();
        entries.push(Entry {
            id: id(&format!("finding/{}", finding.finding_id)),
            title: format!("{} risk in {label}: {}", finding.family, finding.code),
            updated: rfc3339(&finding.at),
            link: page(&finding.document),
            summary: format!("{}{section}", finding.message),
            categories: vec!["risk".to_string(), finding.family.clone()],
        });
    }
    for call in &items.last_calls {
        entries.push(Entry {
            id: id(&format!("last-call/{}/{}", call.document, call.deadline)),
            title: format!("Last Call ends {}: {}", call.deadline, call.document),
            updated: rfc3339(&call.deadline),
            link: page(&call.document),
            summary: match (&call.title, call.detail.is_empty()) {
                (Some(title), true) => format!(
                    "Comments on \u{201c}{title}\u{201d} are due by {}.",
                    call.deadline
                ),
                (Some(title), false) => format!(
                    "Comments on \u{201c}{title}\u{201d} are due by {}. {}",
                    call.deadline, call.detail
                ),
                (None, _) => format!("Comments are due by {}. {}", call.deadline, call.detail)
                    .trim()
                    .to_string(),
            },
            categories: vec!["last-call".to_string()],
        });
    }
    let updated = entries
        .iter()
        .map(|entry| entry.updated.clone())
        .filter(|at| !at.starts_with("1970"))
        .max()
        .unwrap_or_else(|| rfc3339(now));
    Feed {
        id: head.id,
        title: head.title,
        updated,
        self_link: head.self_link,
        link: head.link,
        author: head.author,
        entries,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_rfc3339() {
        assert_eq!(rfc3339("2026-12-01"), "2026-12-01T00:00:00Z");
        assert_eq!(rfc3339("2026-12"), "2026-12-01T00:00:00Z");
        assert_eq!(
            rfc3339("2026-12-01T20:54:45.123456Z"),
            "2026-12-01T20:54:45.123456Z"
        );
        assert_eq!(rfc3339("soon"), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(escape("a<b>&\"'\u{1}c"), "a&lt;b&gt;&amp;&quot;&apos;c");
    }
}
