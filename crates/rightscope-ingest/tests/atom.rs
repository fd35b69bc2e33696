//! The Atom writer's output parses back as XML and has every element RFC 4287 requires.

use rightscope_ingest::atom::{watchlist_feed, write};
use rightscope_store::{FeedItems, LastCallItem, NewRevisionItem, RiskFindingItem, Watchlist};

const ATOM: &str = "http://www.w3.org/2005/Atom";

fn items() -> FeedItems {
    FeedItems {
        revisions: vec![NewRevisionItem {
            document: "draft-ietf-exlog-minimised".to_string(),
            revision_id: 7,
            rev: Some("01".to_string()),
            title: Some("Logs <v2> & \"friends\"\u{1}".to_string()),
            at: "2026-12-01T20:54:45.123456Z".to_string(),
        }],
        risk_findings: vec![RiskFindingItem {
            document: "draft-ietf-exlog-minimised".to_string(),
            revision_id: 7,
            rev: Some("01".to_string()),
            finding_id: 42,
            code: "SURV001".to_string(),
            family: "SURV".to_string(),
            message: "Retains <user> data & logs".to_string(),
            section: Some("1 Introduction".to_string()),
            at: "2026-12-01T20:54:45.123456Z".to_string(),
        }],
        last_calls: vec![LastCallItem {
            document: "draft-ietf-exlog-minimised".to_string(),
            title: Some("Example Logs".to_string()),
            deadline: "2026-12-15".to_string(),
            detail: "IETF Last Call".to_string(),
        }],
    }
}

#[test]
fn feed_is_valid_atom() {
    let list = Watchlist {
        id: 3,
        owner: "analyst & co".to_string(),
        name: "logging <drafts>".to_string(),
        query: Some("wg:exlog".to_string()),
        created_at: "2026-12-01T00:00:00.000000Z".to_string(),
        documents: vec![],
    };
    let xml = write(&watchlist_feed(
        &list,
        &items(),
        "http://localhost:8080/",
        "2026-12-02T00:00:00Z",
    ));
    let document = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let feed = document.root_element();
    assert_eq!(feed.tag_name().namespace(), Some(ATOM));
    assert_eq!(feed.tag_name().name(), "feed");
    let child_text = |node: roxmltree::Node<'_, '_>, name: &str| -> Option<String> {
        node.children()
            .find(|c| {
                c.is_element()
                    && c.tag_name().name() == name
                    && c.tag_name().namespace() == Some(ATOM)
            })
            .map(|c| c.text().unwrap_or("").to_string())
    };
    assert_eq!(
        child_text(feed, "title").as_deref(),
        Some("rightscope: logging <drafts>")
    );
    assert!(child_text(feed, "id").is_some_and(|id| id.starts_with("tag:")));
    // Feed updated is the newest entry, an RFC 3339 timestamp.
    assert_eq!(
        child_text(feed, "updated").as_deref(),
        Some("2026-12-15T00:00:00Z")
    );
    let author = feed
        .children()
        .find(|c| c.tag_name().name() == "author")
        .expect("feed author");
    assert_eq!(child_text(author, "name").as_deref(), Some("analyst & co"));
    let entries: Vec<_> = feed
        .children()
        .filter(|c| c.is_element() && c.tag_name().name() == "entry")
        .collect();
    assert_eq!(entries.len(), 3);
    let mut ids = std::collections::HashSet::new();
    for entry in &entries {
        for required in ["id", "title", "updated", "summary"] {
            assert!(
                child_text(*entry, required).is_some_and(|t| !t.is_empty()),
                "{required} in {xml}"
            );
        }
        assert!(ids.insert(child_text(*entry, "id")), "entry ids are unique");
        let link = entry
            .children()
            .find(|c| c.tag_name().name() == "link")
            .expect("link");
        assert_eq!(
            link.attribute("href"),
            Some("http://localhost:8080/documents/draft-ietf-exlog-minimised")
        );
    }
    assert_eq!(
        child_text(entries[0], "summary").as_deref(),
        Some("draft-ietf-exlog-minimised-01 \u{2014} Logs <v2> & \"friends\"")
    );
    assert_eq!(
        child_text(entries[1], "summary").as_deref(),
        Some("Retains <user> data & logs (section 1 Introduction)")
    );
    assert!(child_text(entries[2], "title").is_some_and(|t| t.contains("2026-12-15")));
}

#[test]
fn empty_feed_uses_now() {
    let list = Watchlist {
        id: 1,
        owner: "me".to_string(),
        name: "nothing".to_string(),
        query: None,
        created_at: "2026-12-01T00:00:00.000000Z".to_string(),
        documents: vec![],
    };
    let xml = write(&watchlist_feed(
        &list,
        &FeedItems::default(),
        "http://x.example",
        "2026-12-02T10:00:00Z",
    ));
    let document = roxmltree::Document::parse(&xml).expect("xml");
    let updated = document
        .descendants()
        .find(|n| n.tag_name().name() == "updated")
        .and_then(|n| n.text());
    assert_eq!(updated, Some("2026-12-02T10:00:00Z"));
}
