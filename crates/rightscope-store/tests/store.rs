//! The store test suite: every `async fn x(store: &Store)` below runs against SQLite (a temporary data
//! directory) and a real PostgreSQL server started by `rightscope_store::testing` (tests `sqlite::x`
//! and `postgres::x`). Then the backend-specific failure tests and the kill -9 test.

use std::collections::HashSet;
use std::time::{Duration, SystemTime};

use rightscope_store::testing::PgServer;
use rightscope_store::{
    Backend, DocumentFacts, DocumentFilter, DocumentKind, EventKind, FeedScope, JobState,
    NewAssessment, NewEvent, NewFinding, NewRelation, NewRevision, OutcomeGrouping, OutcomeYear,
    RelationKind, Store, StoreError, StoreOptions, StoredSection, TimelineEntry,
};

// ---------------------------------------------------------------- fixtures

/// A finding of a family and polarity.
fn finding(code: &str, family: &str, polarity: &str, at: i64) -> NewFinding {
    NewFinding {
        code: code.to_string(),
        name: format!("rule-{code}"),
        family: family.to_string(),
        polarity: polarity.to_string(),
        severity: "warning".to_string(),
        message: format!("message for {code}"),
        span_start: at,
        span_end: at + 5,
        sentence_start: at,
        sentence_end: at + 20,
        line: 1 + at / 70,
        col: 1,
        end_line: 1 + at / 70,
        end_col: 6,
        section: Some("3 Protocol".to_string()),
        section_kind: "Body".to_string(),
        strength: "MAY".to_string(),
        negated: false,
        weight: 1.5,
        confidence: Some(0.75),
        fingerprint: format!("fp-{code}-{at}"),
        questions: vec!["privacy".to_string(), "security".to_string()],
    }
}

/// A synthetic revision with `risks` ENC risk findings and one SURV mitigation; ENC is assessed
/// `creates` when it has any risk.
fn revision(name: &str, rev: Option<&str>, sha: &str, risks: usize) -> NewRevision {
    let mut findings: Vec<NewFinding> = (0..risks)
        .map(|i| finding(&format!("ENC{:03}", i % 7), "ENC", "risk", 10 * i as i64))
        .collect();
    findings.push(finding("SURV010", "SURV", "mitigation", 5));
    let assessments = vec![
        NewAssessment {
            family: "ENC".to_string(),
            verdict: if risks > 0 { "creates" } else { "none" }.to_string(),
            score: -1.5 * risks as f64,
            risk: 1.5 * risks as f64,
            mitigation: 0.0,
            context: 0,
            findings: risks as i64,
            confidence: Some(0.6),
        },
        NewAssessment {
            family: "SURV".to_string(),
            verdict: "discusses".to_string(),
            score: 1.5,
            risk: 0.0,
            mitigation: 1.5,
            context: 0,
            findings: 1,
            confidence: None,
        },
    ];
    NewRevision {
        document: DocumentFacts {
            sdo: Some("ietf".to_string()),
            wg: Some("quic".to_string()),
            ..DocumentFacts::named(name)
        },
        rev: rev.map(str::to_string),
        date: None,
        format: "rfc-text".to_string(),
        path: format!("{name}-{}.txt", rev.unwrap_or("rfc")),
        sha256: sha.to_string(),
        size: 1000,
        title: Some(format!("Title of {name}")),
        text: format!("Abstract\n\n   The text of {name} {rev:?}.\n\n1. Introduction\n\n   More."),
        sections: vec![
            StoredSection {
                number: None,
                title: "Abstract".to_string(),
                kind: "Abstract".to_string(),
                start: 0,
                end: 10,
                depth: 1,
                anchor: None,
            },
            StoredSection {
                number: Some("1".to_string()),
                title: "Introduction".to_string(),
                kind: "Introduction".to_string(),
                start: 10,
                end: 20,
                depth: 1,
                anchor: Some("intro".to_string()),
            },
        ],
        meta: serde_json::json!({"name": name, "rev": rev, "authors": [{"name": "A. Author"}]}),
        findings,
        assessments,
        events: Vec::new(),
        relations: Vec::new(),
        references: Vec::new(),
        considerations: Vec::new(),
    }
}

fn sha(i: usize) -> String {
    format!("{i:064x}")
}

// ---------------------------------------------------------------- the suite

const DRAFT: &[u8] = b"Internet-Draft                                              J. Doe
Intended status: Standards Track                                Example
Expires: 1 September 2025                                  28 February 2025


                  A Protocol for Watching Everything
                      draft-doe-watch-everything-02

Abstract

   This document defines a telemetry protocol. Encryption of the
   channel MAY be used. Servers retain user logs indefinitely and
   collect the IP address and location of every user.

1.  Introduction

   The protocol exports identifiers of users to a central collector.
   The collector MUST NOT use encryption. Lawful interception
   interfaces are provided for operators.

2.  Security Considerations

   None.
";

async fn stores_a_checked_document(store: &Store) {
    let document = rightscope_doc::parse(
        DRAFT,
        "draft-doe-watch-everything-02.txt",
        &Default::default(),
    )
    .expect("the sample draft parses");
    let catalogue = rightscope_rules::Catalogue::builtin().expect("built-in rules");
    let checker = rightscope_rules::Checker::new(&catalogue).expect("rules compile");
    let check = checker.check(&document);
    assert!(
        !check.findings.is_empty(),
        "the sample should have findings"
    );
    let facts = DocumentFacts {
        area: Some("sec".to_string()),
        ..DocumentFacts::default()
    };
    let new = NewRevision::from_check(&document, &check, facts).expect("the draft names itself");
    let name = new.document.name.clone();
    assert_eq!(new.rev.as_deref(), Some("02"));
    let summary = store
        .put_revisions(std::slice::from_ref(&new))
        .await
        .expect("put");
    assert_eq!((summary.inserted, summary.unchanged), (1, 0));

    let view = store.document(&name).await.expect("read").expect("stored");
    assert_eq!(view.document.kind, DocumentKind::Draft);
    assert_eq!(view.document.sdo, "ietf");
    assert_eq!(view.document.area.as_deref(), Some("sec"));
    assert!(view
        .document
        .abstract_text
        .as_deref()
        .is_some_and(|a| a.contains("telemetry")));
    assert_eq!(view.revisions.len(), 1);
    let stored = &view.revisions[0];
    assert_eq!(stored.sha256, document.source.sha256);
    assert_eq!(stored.finding_count, check.findings.len() as i64);

    let findings = store.findings(stored.id).await.expect("findings");
    assert_eq!(findings.len(), check.findings.len());
    let mut want: Vec<&str> = check
        .findings
        .iter()
        .map(|f| f.fingerprint.as_str())
        .collect();
    let mut got: Vec<&str> = findings
        .iter()
        .map(|f| f.finding.fingerprint.as_str())
        .collect();
    want.sort();
    got.sort();
    assert_eq!(got, want);
    let first = check
        .findings
        .iter()
        .min_by_key(|f| (f.span.start, f.span.end))
        .expect("one");
    let first_stored = findings
        .iter()
        .find(|f| f.finding.fingerprint == first.fingerprint)
        .expect("same finding");
    assert_eq!(first_stored.finding, NewFinding::from(first));

    let assessments = store.assessments(stored.id).await.expect("assessments");
    assert_eq!(assessments.len(), check.assessments.len());
    let total: i64 = assessments.iter().map(|a| a.assessment.findings).sum();
    assert_eq!(total, check.findings.len() as i64);

    assert_eq!(
        store.revision_text(stored.id).await.expect("text"),
        Some(document.text.clone())
    );
    let sections = store
        .revision_sections(stored.id)
        .await
        .expect("sections")
        .expect("some");
    assert_eq!(sections.len(), document.sections.len());
    assert_eq!(
        store.revision_text(stored.id + 1000).await.expect("text"),
        None
    );
    let counts = store.counts().await.expect("counts");
    assert_eq!((counts.documents, counts.revisions), (1, 1));
    assert_eq!(counts.findings, check.findings.len() as i64);
    // The database holds at least the revision's text.
    let size = store.size_bytes().await.expect("size");
    assert!(size >= document.text.len() as u64 / 4, "{size}");
}

async fn reingest_is_idempotent(store: &Store) {
    let batch: Vec<NewRevision> = (0..3)
        .map(|i| revision(&format!("draft-a-{i}"), Some("00"), &sha(i), 2))
        .collect();
    let first = store.put_revisions(&batch).await.expect("put");
    assert_eq!((first.inserted, first.unchanged), (3, 0));
    let generation = store.generation().await.expect("generation");
    let counts = store.counts().await.expect("counts");
    let again = store.put_revisions(&batch).await.expect("put again");
    assert_eq!((again.inserted, again.unchanged), (0, 3));
    assert_eq!(
        store.generation().await.expect("generation"),
        generation,
        "no write"
    );
    assert_eq!(store.counts().await.expect("counts"), counts);
    let view = store
        .document("draft-a-0")
        .await
        .expect("read")
        .expect("stored");
    let updated_at = view.document.updated_at.clone();

    // A duplicate inside one batch counts once; the new one is written.
    let mixed = vec![
        revision("draft-a-0", Some("00"), &sha(0), 2),
        revision("draft-a-0", Some("01"), &sha(10), 1),
        revision("draft-a-0", Some("01"), &sha(10), 1),
    ];
    let summary = store.put_revisions(&mixed).await.expect("put mixed");
    assert_eq!((summary.inserted, summary.unchanged), (1, 2));
    assert!(store.generation().await.expect("generation") > generation);

    let hashes = store.known_hashes().await.expect("hashes");
    let want: HashSet<String> = [0, 1, 2, 10].into_iter().map(sha).collect();
    assert_eq!(hashes, want);
    // The document row was not rewritten: its facts did not change.
    let view = store
        .document("draft-a-0")
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(view.document.updated_at, updated_at);
    assert_eq!(view.revisions.len(), 2);
}

async fn document_facts_merge(store: &Store) {
    let changed = store
        .put_document_facts(&[DocumentFacts {
            title: Some("Old title".to_string()),
            status: Some("Proposed Standard".to_string()),
            sdo: Some("ietf".to_string()),
            keywords: Some(vec!["tls".to_string()]),
            rfc_number: Some(9999),
            ..DocumentFacts::named("rfc9999")
        }])
        .await
        .expect("facts");
    assert_eq!(changed, 1);
    let generation = store.generation().await.expect("generation");
    // Later non-null values win, missing ones keep, `unknown` never overwrites.
    let changed = store
        .put_document_facts(&[DocumentFacts {
            title: Some("New title".to_string()),
            sdo: Some("unknown".to_string()),
            doi: Some("10.17487/RFC9999".to_string()),
            ..DocumentFacts::named("rfc9999")
        }])
        .await
        .expect("facts");
    assert_eq!(changed, 1);
    let document = store
        .document("rfc9999")
        .await
        .expect("read")
        .expect("stored")
        .document;
    assert_eq!(document.kind, DocumentKind::Rfc);
    assert_eq!(document.title.as_deref(), Some("New title"));
    assert_eq!(document.status.as_deref(), Some("Proposed Standard"));
    assert_eq!(document.sdo, "ietf");
    assert_eq!(document.doi.as_deref(), Some("10.17487/RFC9999"));
    assert_eq!(document.keywords, vec!["tls".to_string()]);
    assert_eq!(document.rfc_number, Some(9999));
    assert!(store.generation().await.expect("generation") > generation);
    // The same facts again change nothing and write nothing.
    let generation = store.generation().await.expect("generation");
    let changed = store
        .put_document_facts(&[DocumentFacts {
            title: Some("New title".to_string()),
            ..DocumentFacts::named("rfc9999")
        }])
        .await
        .expect("facts");
    assert_eq!(changed, 0);
    assert_eq!(store.generation().await.expect("generation"), generation);
    let again = store
        .document("rfc9999")
        .await
        .expect("read")
        .expect("stored")
        .document;
    assert_eq!(again.updated_at, document.updated_at);
    assert!(store.document("rfc1").await.expect("read").is_none());
}

async fn revisions_in_order_with_the_rfc(store: &Store) {
    let mut draft = vec![
        revision("draft-ietf-quic-thing", Some("10"), &sha(110), 0),
        revision("draft-ietf-quic-thing", Some("02"), &sha(102), 0),
        revision("draft-ietf-quic-thing", Some("01"), &sha(101), 0),
    ];
    draft[0].date = Some("March 2021".to_string());
    draft[0].document.became_rfc = Some(9000);
    store.put_revisions(&draft).await.expect("put drafts");
    let mut rfc = revision("rfc9000", None, &sha(200), 1);
    rfc.document.rfc_number = Some(9000);
    rfc.date = Some("May 2021".to_string());
    store.put_revisions(&[rfc]).await.expect("put rfc");
    // The individual draft that preceded the WG draft became the same RFC.
    let mut individual = revision("draft-doe-quic-thing", Some("00"), &sha(100), 0);
    individual.document.became_rfc = Some(9000);
    store
        .put_revisions(&[individual])
        .await
        .expect("put individual draft");

    for name in ["draft-ietf-quic-thing", "rfc9000", "draft-doe-quic-thing"] {
        let view = store.document(name).await.expect("read").expect("stored");
        let order: Vec<(String, Option<String>)> = view
            .revisions
            .iter()
            .map(|r| (r.document.clone(), r.rev.clone()))
            .collect();
        assert_eq!(
            order,
            vec![
                ("draft-doe-quic-thing".to_string(), Some("00".to_string())),
                ("draft-ietf-quic-thing".to_string(), Some("01".to_string())),
                ("draft-ietf-quic-thing".to_string(), Some("02".to_string())),
                ("draft-ietf-quic-thing".to_string(), Some("10".to_string())),
                ("rfc9000".to_string(), None),
            ],
            "history of {name}"
        );
    }
    let rev = store
        .revision_by_name_rev("draft-ietf-quic-thing", Some("02"))
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(rev.sha256, sha(102));
    let latest = store
        .revision_by_name_rev("draft-ietf-quic-thing", None)
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(latest.rev.as_deref(), Some("10"));
    assert_eq!(
        latest.date.as_deref(),
        Some("2021-03"),
        "dates are normalised"
    );
    assert!(store
        .revision_by_name_rev("draft-ietf-quic-thing", Some("99"))
        .await
        .expect("read")
        .is_none());

    // Outcome transparency follows the same lineage: two drafts, then the RFC, which opened one ENC
    // risk finding in May 2021.
    let report = store
        .outcomes(OutcomeGrouping::Wg, None)
        .await
        .expect("outcomes");
    let quic = report
        .groups
        .iter()
        .find(|g| g.group == "quic")
        .expect("quic group");
    assert_eq!((quic.documents, quic.revised), (1, 1));
    assert_eq!(
        (quic.at_first, quic.opened, quic.resolved, quic.at_latest),
        (0, 1, 0, 1)
    );
    assert_eq!(
        quic.years,
        vec![OutcomeYear {
            year: 2021,
            opened: 1,
            resolved: 0
        }]
    );
    let surv = store
        .outcomes(OutcomeGrouping::Sdo, Some("SURV"))
        .await
        .expect("outcomes for one family");
    assert_eq!(
        surv.total.opened + surv.total.resolved,
        0,
        "SURV has only mitigations here"
    );
    assert_eq!(surv.family.as_deref(), Some("SURV"));
}

async fn timeline_merges_events_and_revisions(store: &Store) {
    let mut first = revision("draft-t", Some("00"), &sha(300), 0);
    first.date = Some("2024-01-10".to_string());
    let mut second = revision("draft-t", Some("01"), &sha(301), 0);
    second.date = Some("2024-03-01".to_string());
    second.events.push(NewEvent {
        at: "2024-03-01".to_string(),
        kind: EventKind::State,
        detail: "WG Last Call".to_string(),
        source: "datatracker".to_string(),
    });
    store.put_revisions(&[first, second]).await.expect("put");
    let events = vec![
        NewEvent {
            at: "2024-04-01".to_string(),
            kind: EventKind::LastCallStart,
            detail: String::new(),
            source: "datatracker".to_string(),
        },
        NewEvent {
            at: "15 April 2024".to_string(),
            kind: EventKind::LastCallEnd,
            detail: "IETF Last Call".to_string(),
            source: "datatracker".to_string(),
        },
    ];
    assert_eq!(
        store.put_events("draft-t", &events).await.expect("events"),
        2
    );
    let generation = store.generation().await.expect("generation");
    assert_eq!(
        store.put_events("draft-t", &events).await.expect("again"),
        0,
        "idempotent"
    );
    assert_eq!(store.generation().await.expect("generation"), generation);

    let timeline = store.timeline("draft-t").await.expect("timeline");
    let summary: Vec<(String, String)> = timeline
        .iter()
        .map(|entry| match entry {
            TimelineEntry::Revision { at, rev, .. } => (
                at.clone(),
                format!("rev {}", rev.clone().unwrap_or_default()),
            ),
            TimelineEntry::Event { at, kind, .. } => (at.clone(), kind.as_str().to_string()),
        })
        .collect();
    let want: Vec<(String, String)> = [
        ("2024-01-10", "rev 00"),
        ("2024-03-01", "rev 01"),
        ("2024-03-01", "state"),
        ("2024-04-01", "last-call-start"),
        ("2024-04-15", "last-call-end"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(summary, want);
    assert!(store
        .timeline("draft-unknown")
        .await
        .expect("timeline")
        .is_empty());
    // Events for a document not stored yet create it bare.
    assert_eq!(
        store
            .put_events("draft-future", &events[..1])
            .await
            .expect("events"),
        1
    );
    let bare = store
        .document("draft-future")
        .await
        .expect("read")
        .expect("created");
    assert!(bare.revisions.is_empty());
    assert!(
        store.put_events(" ", &events).await.is_err(),
        "empty name refused"
    );
}

async fn relations_are_seen_from_both_ends(store: &Store) {
    let mut new = revision("rfc9110", None, &sha(400), 0);
    new.relations = vec![
        NewRelation {
            kind: RelationKind::Obsoletes,
            to: "rfc7231".to_string(),
        },
        NewRelation {
            kind: RelationKind::Updates,
            to: "rfc3864".to_string(),
        },
    ];
    store.put_revisions(&[new]).await.expect("put");
    assert_eq!(
        store
            .put_relations(
                "rfc9110",
                &[NewRelation {
                    kind: RelationKind::Obsoletes,
                    to: "rfc7231".to_string()
                }]
            )
            .await
            .expect("relations"),
        0
    );
    store
        .put_document_facts(&[DocumentFacts::named("rfc7231")])
        .await
        .expect("facts");
    let view = store
        .document("rfc9110")
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(view.relations.len(), 2);
    let old = store
        .document("rfc7231")
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(old.relations.len(), 1);
    assert_eq!(old.relations[0].from, "rfc9110");
    assert_eq!(old.relations[0].kind, RelationKind::Obsoletes);
}

async fn stream_pages_latest_revisions(store: &Store) {
    let mut batch = Vec::new();
    for doc in 0..7 {
        for rev in 0..2 {
            batch.push(revision(
                &format!("draft-s-{doc}"),
                Some(&format!("{rev:02}")),
                &sha(500 + doc * 10 + rev),
                rev,
            ));
        }
    }
    // A document without revisions is not in the stream.
    store
        .put_document_facts(&[DocumentFacts::named("draft-s-empty")])
        .await
        .expect("facts");
    store.put_revisions(&batch).await.expect("put");
    let mut stream = store.stream_revisions(3);
    let mut sizes = Vec::new();
    let mut names = Vec::new();
    while let Some(page) = stream.next_page().await.expect("page") {
        sizes.push(page.len());
        for record in page {
            assert_eq!(
                record.revision.rev.as_deref(),
                Some("01"),
                "latest revision"
            );
            assert_eq!(record.section_titles, vec!["Abstract", "Introduction"]);
            assert!(record.body.contains(&record.document.name));
            assert_eq!(record.assessments.len(), 2);
            assert!(record
                .assessments
                .iter()
                .all(|a| a.revision_id == record.revision.id));
            assert_eq!(record.meta["authors"][0]["name"], "A. Author");
            names.push(record.document.name);
        }
    }
    assert_eq!(sizes, vec![3, 3, 1]);
    let want: Vec<String> = (0..7).map(|doc| format!("draft-s-{doc}")).collect();
    assert_eq!(names, want);
    assert!(stream.next_page().await.expect("after the end").is_none());
}

async fn errors_are_recorded(store: &Store) {
    let generation = store.generation().await.expect("generation");
    store
        .record_error("corpus/bad.xml", Some(&sha(1)), "XML depth limit exceeded")
        .await
        .expect("record");
    store
        .record_error("corpus/unreadable.txt", None, "permission denied")
        .await
        .expect("record");
    let errors = store.errors().await.expect("errors");
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].path, "corpus/unreadable.txt");
    assert_eq!(errors[0].sha256, None);
    assert_eq!(errors[1].sha256, Some(sha(1)));
    assert!(store.generation().await.expect("generation") > generation);
}

async fn watchlists_and_feeds(store: &Store) {
    let before = SystemTime::now() - Duration::from_secs(1);
    let mut watched = revision("draft-w-watched", Some("03"), &sha(600), 3);
    watched.document.wg = Some("privacypass".to_string());
    let mut quiet = revision("draft-w-quiet", Some("00"), &sha(601), 0);
    quiet.document.wg = Some("privacypass".to_string());
    let mut other = revision("draft-x-other", Some("00"), &sha(602), 2);
    other.document.wg = Some("httpbis".to_string());
    let by_query = revision("draft-ietf-quic-feed", Some("00"), &sha(603), 1);
    store
        .put_revisions(&[watched, quiet, other, by_query])
        .await
        .expect("put");
    let deadlines = [
        NewEvent {
            at: "2099-01-31".to_string(),
            kind: EventKind::LastCallEnd,
            detail: "IETF Last Call".to_string(),
            source: "datatracker".to_string(),
        },
        NewEvent {
            at: "2001-01-31".to_string(),
            kind: EventKind::LastCallEnd,
            detail: "long past".to_string(),
            source: "datatracker".to_string(),
        },
    ];
    store
        .put_events("draft-w-watched", &deadlines)
        .await
        .expect("events");
    store
        .put_events("draft-x-other", &deadlines)
        .await
        .expect("events");

    let list = store
        .create_watchlist("alice", "privacy", None)
        .await
        .expect("create");
    assert!(store
        .watch_document(list, "draft-w-watched")
        .await
        .expect("watch"));
    assert!(!store
        .watch_document(list, "draft-w-watched")
        .await
        .expect("watch twice"));
    assert!(store
        .watch_document(list, "draft-w-quiet")
        .await
        .expect("watch"));
    let items = store.feed_items(list, before).await.expect("feed");
    let revisions: Vec<&str> = items
        .revisions
        .iter()
        .map(|r| r.document.as_str())
        .collect();
    let mut sorted = revisions.clone();
    sorted.sort();
    assert_eq!(sorted, vec!["draft-w-quiet", "draft-w-watched"]);
    // Only risks in families assessed `creates`: the watched draft's three ENC risks.
    assert_eq!(items.risk_findings.len(), 3);
    assert!(items
        .risk_findings
        .iter()
        .all(|f| f.document == "draft-w-watched" && f.family == "ENC"));
    assert_eq!(items.last_calls.len(), 1);
    assert_eq!(items.last_calls[0].deadline, "2099-01-31");
    assert_eq!(items.last_calls[0].document, "draft-w-watched");
    // Nothing new since now.
    let later = store
        .feed_items(list, SystemTime::now() + Duration::from_secs(1))
        .await
        .expect("feed");
    assert!(later.revisions.is_empty() && later.risk_findings.is_empty());
    assert_eq!(
        later.last_calls.len(),
        1,
        "deadlines do not depend on `since`"
    );

    // A saved query adds documents: a name prefix and a working group.
    assert!(store
        .set_watchlist_query(list, Some("draft-ietf-quic-"))
        .await
        .expect("query"));
    let items = store.feed_items(list, before).await.expect("feed");
    assert_eq!(items.revisions.len(), 3);
    assert!(store
        .set_watchlist_query(list, Some("wg:HTTPBIS sdo:ietf"))
        .await
        .expect("query"));
    let items = store.feed_items(list, before).await.expect("feed");
    let mut names: Vec<&str> = items
        .revisions
        .iter()
        .map(|r| r.document.as_str())
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec!["draft-w-quiet", "draft-w-watched", "draft-x-other"]
    );
    assert_eq!(items.last_calls.len(), 2);
    assert!(store
        .set_watchlist_query(list, Some("colour:blue"))
        .await
        .is_err());

    let second = store
        .create_watchlist("alice", "another", Some("kind:rfc"))
        .await
        .expect("create");
    let lists = store.watchlists("alice").await.expect("lists");
    let names: Vec<&str> = lists.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, vec!["another", "privacy"]);
    assert_eq!(lists[1].documents, vec!["draft-w-quiet", "draft-w-watched"]);
    assert!(store.watchlists("bob").await.expect("lists").is_empty());
    assert!(store
        .unwatch_document(list, "draft-w-quiet")
        .await
        .expect("unwatch"));
    assert_eq!(
        store
            .watchlist(list)
            .await
            .expect("read")
            .expect("exists")
            .documents,
        vec!["draft-w-watched"]
    );
    assert!(store.delete_watchlist(second).await.expect("delete"));
    assert!(!store.delete_watchlist(second).await.expect("delete again"));
    assert!(store.watchlist(second).await.expect("read").is_none());
    assert!(
        store.feed_items(second, before).await.is_err(),
        "unknown watchlist"
    );
    assert!(store
        .create_watchlist("alice", "bad", Some("wg:"))
        .await
        .is_err());
    assert!(
        store
            .create_watchlist("alice", "privacy", None)
            .await
            .is_err(),
        "duplicate name"
    );
}

async fn ingest_jobs_are_handed_out_once(store: &Store) {
    let jobs: Vec<(String, Option<String>)> = (0..20)
        .map(|i| (format!("corpus/rfc{i}.txt"), Some(sha(i))))
        .collect();
    assert_eq!(store.enqueue_jobs(&jobs).await.expect("enqueue"), 20);
    assert_eq!(store.enqueue_jobs(&jobs).await.expect("enqueue again"), 0);
    // Two workers at once get disjoint jobs.
    let (a, b) = tokio::join!(
        store.take_jobs("worker-a", 8),
        store.take_jobs("worker-b", 8)
    );
    let (a, b) = (a.expect("take a"), b.expect("take b"));
    assert_eq!((a.len(), b.len()), (8, 8));
    let ids: HashSet<i64> = a.iter().chain(&b).map(|job| job.id).collect();
    assert_eq!(ids.len(), 16, "no job handed out twice");
    assert!(a
        .iter()
        .all(|job| job.state == JobState::Taken && job.worker.as_deref() == Some("worker-a")));
    let rest = store.take_jobs("worker-c", 100).await.expect("take rest");
    assert_eq!(rest.len(), 4);
    assert!(store
        .take_jobs("worker-c", 5)
        .await
        .expect("none left")
        .is_empty());

    store.finish_job(a[0].id, Ok(())).await.expect("finish");
    store
        .finish_job(a[1].id, Err("parse error"))
        .await
        .expect("fail");
    assert!(store.finish_job(-1, Ok(())).await.is_err());
    // Everything still taken goes back to pending.
    assert_eq!(
        store.requeue_stale(Duration::ZERO).await.expect("requeue"),
        18
    );
    assert_eq!(
        store
            .requeue_stale(Duration::from_secs(3600))
            .await
            .expect("requeue"),
        0
    );
    let again = store.take_jobs("worker-d", 100).await.expect("take again");
    assert_eq!(again.len(), 18);
    assert!(again.iter().all(|job| job.attempts == 2));
    let all = store.jobs().await.expect("jobs");
    let failed = all
        .iter()
        .find(|job| job.id == a[1].id)
        .expect("failed job");
    assert_eq!(failed.state, JobState::Failed);
    assert_eq!(failed.error.as_deref(), Some("parse error"));
    let counts = store.job_counts().await.expect("counts");
    assert_eq!(
        (
            counts.get(&JobState::Taken).copied(),
            counts.get(&JobState::Done).copied(),
            counts.get(&JobState::Failed).copied(),
            counts.get(&JobState::Pending).copied(),
        ),
        (Some(18), Some(1), Some(1), None)
    );
    // A changed file is pending again.
    let changed = vec![(jobs[0].0.clone(), Some(sha(999)))];
    assert_eq!(
        store.enqueue_jobs(&changed).await.expect("enqueue changed"),
        1
    );
}

async fn refuses_invalid_input(store: &Store) {
    let mut nameless = revision("x", None, &sha(700), 0);
    nameless.document.name = String::new();
    let error = store.put_revisions(&[nameless]).await.expect_err("refused");
    assert!(matches!(error, StoreError::Invalid { .. }), "{error}");
    assert!(store
        .put_document_facts(&[DocumentFacts::default()])
        .await
        .is_err());
    assert_eq!(store.counts().await.expect("counts").documents, 0);
}

async fn concurrent_writers_do_not_fail(store: &Store) {
    // Two batches naming the same documents in opposite orders, partly with the same files.
    let forward: Vec<NewRevision> = (0..6)
        .map(|i| revision(&format!("draft-cc-{i}"), Some("00"), &sha(800 + i), 2))
        .collect();
    let mut backward: Vec<NewRevision> = (3..9)
        .map(|i| revision(&format!("draft-cc-{}", i % 6), Some("00"), &sha(800 + i), 2))
        .collect();
    backward.reverse();
    let (a, b) = tokio::join!(
        store.put_revisions(&forward),
        store.put_revisions(&backward)
    );
    let (a, b) = (a.expect("first writer"), b.expect("second writer"));
    assert_eq!(a.inserted + b.inserted, 9, "each file stored once");
    assert_eq!(a.unchanged + b.unchanged, 3);
    let counts = store.counts().await.expect("counts");
    assert_eq!((counts.documents, counts.revisions), (6, 9));
}

async fn nul_characters_are_stored_as_spaces(store: &Store) {
    let mut new = revision("draft-nul", Some("00"), &sha(900), 1);
    new.text = "before\0\0after".to_string();
    new.title = Some("a\0title".to_string());
    new.document.abstract_text = Some("an\0abstract".to_string());
    new.sections[0].title = "Abs\0tract".to_string();
    new.meta = serde_json::json!({"title": "x\0y", "list": ["\0"]});
    store
        .put_revisions(&[new])
        .await
        .expect("PostgreSQL refuses NUL in text; the store replaces it");
    let stored = store
        .revision_by_name_rev("draft-nul", Some("00"))
        .await
        .expect("read")
        .expect("stored");
    let text = store
        .revision_text(stored.id)
        .await
        .expect("text")
        .expect("some");
    assert_eq!(text, "before  after", "same length, so offsets hold");
    assert_eq!(stored.title.as_deref(), Some("a title"));
    let sections = store
        .revision_sections(stored.id)
        .await
        .expect("sections")
        .expect("some");
    assert_eq!(sections[0].title, "Abs tract");
    let document = store
        .document("draft-nul")
        .await
        .expect("read")
        .expect("stored")
        .document;
    assert_eq!(document.abstract_text.as_deref(), Some("an abstract"));
}

macro_rules! suite {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    let dir = tempfile::tempdir().expect("temp dir");
                    let store = super::Store::open(dir.path().join("data")).await.expect("open SQLite store");
                    assert_eq!(store.backend(), super::Backend::Sqlite);
                    super::$name(&store).await;
                    store.close().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    let store = super::pg_store().await;
                    assert_eq!(store.backend(), super::Backend::Postgres);
                    super::$name(&store).await;
                    store.close().await;
                }
            )*
        }
    };
}

suite!(
    stores_a_checked_document,
    web_listings_and_aggregates,
    reingest_is_idempotent,
    document_facts_merge,
    revisions_in_order_with_the_rfc,
    timeline_merges_events_and_revisions,
    relations_are_seen_from_both_ends,
    stream_pages_latest_revisions,
    errors_are_recorded,
    watchlists_and_feeds,
    ingest_jobs_are_handed_out_once,
    refuses_invalid_input,
    concurrent_writers_do_not_fail,
    nul_characters_are_stored_as_spaces,
);

/// The web app's queries: filtered, paged listings; family tallies; risky revisions; open Last
/// Calls; scoped feed items; a revision by id.
async fn web_listings_and_aggregates(store: &Store) {
    let mut a = revision("draft-web-a", Some("00"), &sha(901), 2);
    a.date = Some("2024-05-01".to_string());
    a.document.status = Some("Informational".to_string());
    let mut b = revision("draft-web-b", Some("00"), &sha(902), 0);
    b.date = Some("2025-01-02".to_string());
    b.document.wg = Some("tls".to_string());
    let mut c = revision("draft-web-c", Some("00"), &sha(903), 3);
    c.date = Some("2025-03-04".to_string());
    c.document.sdo = Some("w3c".to_string());
    store.put_revisions(&[a, b, c]).await.expect("put");

    let all = store
        .list_documents(&DocumentFilter::default(), 2, 0)
        .await
        .expect("list");
    assert_eq!(all.total, 3);
    let names: Vec<&str> = all.items.iter().map(|i| i.document.name.as_str()).collect();
    assert_eq!(names, ["draft-web-a", "draft-web-b"]);
    assert_eq!(all.items[0].creates, ["ENC"]);
    assert!(all.items[0].latest.is_some());
    let rest = store
        .list_documents(&DocumentFilter::default(), 2, 2)
        .await
        .expect("page 2");
    assert_eq!(rest.items.len(), 1);
    assert_eq!(rest.items[0].document.name, "draft-web-c");

    let filtered = |filter: DocumentFilter| async move {
        let page = store.list_documents(&filter, 50, 0).await.expect("list");
        page.items
            .into_iter()
            .map(|i| i.document.name)
            .collect::<Vec<_>>()
    };
    let creates = DocumentFilter {
        family: Some("enc".to_string()),
        verdict: Some("creates".to_string()),
        ..DocumentFilter::default()
    };
    assert_eq!(filtered(creates).await, ["draft-web-a", "draft-web-c"]);
    let year = DocumentFilter {
        year: Some(2025),
        ..DocumentFilter::default()
    };
    assert_eq!(filtered(year).await, ["draft-web-b", "draft-web-c"]);
    let wg = DocumentFilter {
        wg: Some("TLS".to_string()),
        ..DocumentFilter::default()
    };
    assert_eq!(filtered(wg).await, ["draft-web-b"]);
    let sdo = DocumentFilter {
        sdo: Some("w3c".to_string()),
        ..DocumentFilter::default()
    };
    assert_eq!(filtered(sdo).await, ["draft-web-c"]);
    let status = DocumentFilter {
        status: Some("informational".to_string()),
        ..DocumentFilter::default()
    };
    assert_eq!(filtered(status).await, ["draft-web-a"]);

    let tallies = store.family_tallies().await.expect("tallies");
    let enc = tallies.iter().find(|t| t.family == "ENC").expect("ENC");
    assert_eq!((enc.creates, enc.mitigates), (2, 0));

    let risky = store.risky_revisions(10).await.expect("risky");
    let names: Vec<&str> = risky.iter().map(|r| r.document.as_str()).collect();
    assert_eq!(names, ["draft-web-c", "draft-web-a"]);
    assert_eq!(risky[0].families, ["ENC"]);
    assert_eq!(risky[0].risk_findings, 3);

    store
        .put_events(
            "draft-web-a",
            &[
                NewEvent {
                    at: "2999-02-01".to_string(),
                    kind: EventKind::LastCallEnd,
                    detail: "IETF LC".to_string(),
                    source: "test".to_string(),
                },
                NewEvent {
                    at: "2000-02-01".to_string(),
                    kind: EventKind::LastCallEnd,
                    detail: "old".to_string(),
                    source: "test".to_string(),
                },
            ],
        )
        .await
        .expect("events");
    let calls = store
        .open_last_calls("2026-01-01", 10)
        .await
        .expect("calls");
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].deadline, "2999-02-01");

    let items = store
        .scoped_feed_items(&FeedScope::Rule("ENC001".to_string()), "2026-01-01", 50)
        .await
        .expect("rule feed");
    assert!(!items.risk_findings.is_empty());
    assert!(items.risk_findings.iter().all(|f| f.code == "ENC001"));
    let items = store
        .scoped_feed_items(&FeedScope::Family("ENC".to_string()), "2026-01-01", 50)
        .await
        .expect("family feed");
    assert_eq!(items.risk_findings.len(), 5);
    let items = store
        .scoped_feed_items(
            &FeedScope::Document("draft-web-a".to_string()),
            "2026-01-01",
            50,
        )
        .await
        .expect("document feed");
    assert_eq!(items.revisions.len(), 1);
    assert_eq!(items.risk_findings.len(), 2);
    assert_eq!(items.last_calls.len(), 1);

    let id = items.revisions[0].revision_id;
    let revision = store.revision(id).await.expect("revision").expect("exists");
    assert_eq!(revision.document, "draft-web-a");
    assert!(store.revision(-1).await.expect("revision").is_none());
}

/// The shared PostgreSQL server; a missing installation fails the test with the harness's message.
fn pg() -> &'static PgServer {
    match PgServer::shared() {
        Ok(server) => server,
        Err(error) => panic!("{error}"),
    }
}

/// A store on a fresh database of the shared server.
async fn pg_store() -> Store {
    let url = pg()
        .create_database()
        .unwrap_or_else(|error| panic!("{error}"));
    Store::open(url.as_str())
        .await
        .unwrap_or_else(|error| panic!("{error}"))
}

// ---------------------------------------------------------------- failures

fn quick() -> StoreOptions {
    StoreOptions {
        busy_timeout: Duration::from_millis(200),
        connect_timeout: Duration::from_secs(3),
        max_connections: 2,
    }
}

#[tokio::test]
async fn sqlite_non_database_file_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("rightscope.db");
    std::fs::write(&file, "this is not a database\n".repeat(200)).expect("write");
    let error = Store::open_with(dir.path(), quick())
        .await
        .expect_err("refused");
    assert!(matches!(error, StoreError::Corrupt { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains(&file.display().to_string()), "{message}");
    assert!(message.contains("not a database"), "{message}");
}

#[tokio::test]
async fn sqlite_damaged_database_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let store = Store::open(dir.path()).await.expect("open");
        store
            .put_revisions(&[revision("draft-c", Some("00"), &sha(1), 3)])
            .await
            .expect("put");
        store.close().await;
    }
    let file = dir.path().join("rightscope.db");
    let mut bytes = std::fs::read(&file).expect("read");
    // Page 1 after the 100-byte header is the schema table's b-tree page.
    for byte in bytes.iter_mut().take(4096).skip(100) {
        *byte = 0xA5;
    }
    std::fs::write(&file, bytes).expect("write");
    let error = Store::open_with(dir.path(), quick())
        .await
        .expect_err("refused");
    assert!(matches!(error, StoreError::Corrupt { .. }), "{error:?}");
    assert!(
        error.to_string().contains(&file.display().to_string()),
        "{error}"
    );
}

#[tokio::test]
async fn data_dir_that_is_a_file_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("file");
    std::fs::write(&path, "x").expect("write");
    let error = Store::open(path.as_path()).await.expect_err("refused");
    assert!(matches!(error, StoreError::DataDir { .. }), "{error:?}");
    assert!(error.to_string().contains("file"), "{error}");
}

#[tokio::test]
async fn sqlite_locked_database_is_an_error_not_a_hang() {
    use sqlx::sqlite::SqliteConnectOptions;
    use sqlx::{ConnectOptions, Connection};

    // Locked before the store ever opened it (switching to WAL needs the lock).
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("rightscope.db");
    let mut holder = SqliteConnectOptions::new()
        .filename(&file)
        .create_if_missing(true)
        .connect()
        .await
        .expect("holder connects");
    sqlx::query("BEGIN EXCLUSIVE")
        .execute(&mut holder)
        .await
        .expect("lock");
    sqlx::query("CREATE TABLE held (x INTEGER)")
        .execute(&mut holder)
        .await
        .expect("write");
    let opened = tokio::time::timeout(
        Duration::from_secs(20),
        Store::open_with(dir.path(), quick()),
    )
    .await
    .expect("no hang");
    let error = opened.expect_err("locked");
    assert!(matches!(error, StoreError::Locked { .. }), "{error:?}");
    assert!(
        error.to_string().contains(&file.display().to_string()),
        "{error}"
    );
    sqlx::query("ROLLBACK")
        .execute(&mut holder)
        .await
        .expect("unlock");
    holder.close().await.expect("close");

    // Locked while the store is open: a write gives up after the busy timeout.
    let store = Store::open_with(dir.path(), quick())
        .await
        .expect("open once unlocked");
    let mut holder = SqliteConnectOptions::new()
        .filename(&file)
        .connect()
        .await
        .expect("holder connects");
    sqlx::query("BEGIN EXCLUSIVE")
        .execute(&mut holder)
        .await
        .expect("lock");
    let put = tokio::time::timeout(
        Duration::from_secs(20),
        store.put_revisions(&[revision("draft-l", Some("00"), &sha(2), 1)]),
    )
    .await
    .expect("no hang");
    let error = put.expect_err("locked");
    assert!(matches!(error, StoreError::Locked { .. }), "{error:?}");
    sqlx::query("ROLLBACK")
        .execute(&mut holder)
        .await
        .expect("unlock");
    let summary = store
        .put_revisions(&[revision("draft-l", Some("00"), &sha(2), 1)])
        .await
        .expect("works once unlocked");
    assert_eq!(summary.inserted, 1);
    holder.close().await.expect("close");
    store.close().await;
}

#[tokio::test]
async fn unreachable_server_error_hides_the_password() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("free port")
        .port();
    let url = format!("postgres://alice:s3cret-pw@127.0.0.1:{port}/rightscope");
    let error = Store::open_with(url.as_str(), quick())
        .await
        .expect_err("nothing listens there");
    assert!(matches!(error, StoreError::Unreachable { .. }), "{error:?}");
    for shown in [error.to_string(), format!("{error:?}")] {
        assert!(!shown.contains("s3cret-pw"), "{shown}");
        assert!(
            shown.contains(&format!("postgres://alice:***@127.0.0.1:{port}/rightscope")),
            "{shown}"
        );
    }
    let location = rightscope_store::Location::parse(&url);
    assert!(!format!("{location:?} {location}").contains("s3cret-pw"));
    assert_eq!(
        rightscope_store::redact_url("postgresql://u:pw@h/db?password=pw2"),
        "postgresql://u:***@h/db?password=***"
    );
}

#[tokio::test]
async fn postgres_store_location_is_redacted() {
    let url = pg()
        .create_database()
        .unwrap_or_else(|error| panic!("{error}"));
    // The harness uses trust authentication, so a password is accepted and must never be shown.
    let with_password = url.replacen("postgres@", "postgres:topsecret@", 1);
    let store = Store::open(with_password.as_str()).await.expect("open");
    assert!(!store.location().contains("topsecret"));
    assert!(!format!("{store:?}").contains("topsecret"));
    assert!(store.location().contains("postgres:***@127.0.0.1"));
    store.close().await;
    // A database that does not exist is a connection problem, named, without the password.
    let missing = format!("{}_missing", with_password);
    let error = Store::open_with(missing.as_str(), quick())
        .await
        .expect_err("no such database");
    assert!(matches!(error, StoreError::Unreachable { .. }), "{error:?}");
    let shown = error.to_string();
    assert!(
        shown.contains("does not exist") && !shown.contains("topsecret"),
        "{shown}"
    );
}

#[test]
fn missing_server_binaries_explain_what_to_install() {
    let message = rightscope_store::testing::HarnessError::NotInstalled.to_string();
    assert!(
        message.contains("initdb") && message.contains("postgresql"),
        "{message}"
    );
}

// ---------------------------------------------------------------- kill -9 in the middle of a write

const CHILD_ENV: &str = "RIGHTSCOPE_STORE_CRASH_CHILD";
const CRASH_REVISIONS: usize = 240;
const CRASH_FINDINGS: usize = 200;
const CRASH_BATCH: usize = 4;

fn crash_corpus() -> Vec<NewRevision> {
    (0..CRASH_REVISIONS)
        .map(|i| {
            revision(
                &format!("draft-crash-{}", i / 4),
                Some(&format!("{:02}", i % 4)),
                &sha(10_000 + i),
                CRASH_FINDINGS,
            )
        })
        .collect()
}

/// Not a test on its own: when the parent test re-runs this binary with the environment variable set,
/// this writes the crash corpus batch by batch until it is killed (it passes at once otherwise).
#[tokio::test]
async fn crash_child() {
    let Ok(location) = std::env::var(CHILD_ENV) else {
        return;
    };
    let store = Store::open(location).await.expect("child opens");
    // Only half: if the parent is starved of CPU and kills late, the store still holds less than
    // the corpus, so the resumed run has something left to store.
    for batch in crash_corpus()[..CRASH_REVISIONS / 2].chunks(CRASH_BATCH) {
        store.put_revisions(batch).await.expect("child writes");
    }
    tokio::time::sleep(Duration::from_secs(60)).await;
}

async fn kill_mid_write(location: String) {
    // Create the schema first, so parent and child never race to migrate.
    let watcher = Store::open(location.as_str())
        .await
        .expect("open before the child");
    let mut child = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", "crash_child", "--test-threads=1", "--nocapture"])
        .env(CHILD_ENV, &location)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn child");
    // Wait until the child has committed a few batches, then kill it, most likely inside a transaction.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let mut seen = 0;
    while std::time::Instant::now() < deadline && seen < 12 {
        tokio::time::sleep(Duration::from_millis(10)).await;
        seen = watcher.counts().await.map(|c| c.revisions).unwrap_or(0);
    }
    child.kill().expect("kill -9");
    child.wait().expect("reap");
    watcher.close().await;
    assert!(seen >= 12, "the child never wrote anything");

    let store = Store::open(location.as_str())
        .await
        .expect("reopen after kill");
    let corpus = crash_corpus();
    let counts = store.counts().await.expect("counts");
    let stored = usize::try_from(counts.revisions).expect("count");
    assert!(
        stored < CRASH_REVISIONS,
        "killed mid-way, not after the end ({stored})"
    );
    assert_eq!(stored % CRASH_BATCH, 0, "whole batches only");
    // Every stored revision is complete.
    let mut checked = 0;
    for document in 0..CRASH_REVISIONS / 4 {
        let Some(view) = store
            .document(&format!("draft-crash-{document}"))
            .await
            .expect("read")
        else {
            continue;
        };
        for revision in view.revisions {
            let findings = store.findings(revision.id).await.expect("findings");
            let assessed: i64 = store
                .assessments(revision.id)
                .await
                .expect("assessments")
                .iter()
                .map(|a| a.assessment.findings)
                .sum();
            assert_eq!(findings.len(), CRASH_FINDINGS + 1);
            assert_eq!(revision.finding_count, findings.len() as i64);
            assert_eq!(assessed, findings.len() as i64);
            checked += 1;
        }
    }
    assert_eq!(checked, stored);
    assert_eq!(counts.findings, (stored * (CRASH_FINDINGS + 1)) as i64);
    // Running again stores exactly the remainder.
    let mut summary = (0, 0);
    for batch in corpus.chunks(CRASH_BATCH * 10) {
        let put = store.put_revisions(batch).await.expect("resume");
        summary.0 += put.inserted;
        summary.1 += put.unchanged;
    }
    assert_eq!(summary, (CRASH_REVISIONS - stored, stored));
    let counts = store.counts().await.expect("counts");
    assert_eq!(counts.revisions, CRASH_REVISIONS as i64);
    assert_eq!(
        counts.findings,
        (CRASH_REVISIONS * (CRASH_FINDINGS + 1)) as i64
    );
    store.close().await;
}

#[tokio::test]
async fn sqlite_kill_mid_write_leaves_whole_revisions() {
    let dir = tempfile::tempdir().expect("temp dir");
    kill_mid_write(dir.path().join("data").display().to_string()).await;
}

#[tokio::test]
async fn postgres_kill_mid_write_leaves_whole_revisions() {
    let url = pg()
        .create_database()
        .unwrap_or_else(|error| panic!("{error}"));
    kill_mid_write(url).await;
}
