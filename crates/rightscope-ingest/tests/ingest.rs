//! Sources on fixtures written for these tests and on real draft series; the pipeline on SQLite and
//! on a real PostgreSQL (`rightscope_store::testing::PgServer`): every `async fn x(store: &Store)`
//! below runs as `sqlite::x` and `postgres::x`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rightscope_ingest::{
    detect, ingest, parse_index_txt, parse_index_xml, plan, IngestOptions, IngestSummary,
    NoProgress, Source, SourceKind,
};
use rightscope_store::testing::PgServer;
use rightscope_store::{Backend, DocumentKind, EventKind, RelationKind, Store, TimelineEntry};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

fn sources(paths: &[PathBuf]) -> Vec<Source> {
    paths
        .iter()
        .map(|path| Source::detect(path.clone()))
        .collect()
}

fn fixture_sources() -> Vec<Source> {
    sources(&[
        fixtures().join("mirror"),
        fixtures().join("drafts"),
        fixtures().join("w3c"),
    ])
}

async fn run(store: &Store, sources: &[Source]) -> IngestSummary {
    ingest(store, sources, &IngestOptions::default(), &NoProgress)
        .await
        .unwrap_or_else(|error| panic!("ingest failed: {error}"))
}

// ---------------------------------------------------------------- sources

#[test]
fn index_text_entries() {
    let text =
        std::fs::read_to_string(fixtures().join("mirror/rfc-txt/rfc-index.txt")).expect("fixture");
    let entries = parse_index_txt(&text);
    let numbers: Vec<u32> = entries.iter().map(|meta| meta.number).collect();
    assert_eq!(
        numbers,
        [9900, 9901, 9902, 9905],
        "the example in the header is not an entry"
    );
    assert!(entries[0].not_issued);
    let erl = &entries[1];
    assert_eq!(
        erl.title.as_deref(),
        Some("Retention of Example Logs (ERL)")
    );
    assert_eq!(erl.authors, ["A. Author", "B. Writer", "Ed."]);
    assert_eq!(erl.date.as_deref(), Some("March 2025"));
    assert_eq!(erl.obsoleted_by, [9902]);
    assert_eq!(erl.status.as_deref(), Some("INFORMATIONAL"));
    assert_eq!(erl.doi.as_deref(), Some("10.17487/RFC9901"));
    let v2 = &entries[2];
    assert_eq!(
        v2.title.as_deref(),
        Some("Example Logs, Version 2: Minimised")
    );
    assert_eq!(v2.obsoletes, [9901]);
    assert_eq!(v2.updates, [9905]);
    assert_eq!(entries[3].date.as_deref(), Some("1 April 2024"));
    assert_eq!(entries[3].iso_date().as_deref(), Some("2024-04-01"));
    assert_eq!(entries[3].updated_by, [9902]);
}

#[test]
fn index_xml_entries() {
    let text = std::fs::read_to_string(fixtures().join("index/rfc-index.xml")).expect("fixture");
    let entries = parse_index_xml(&text).expect("parses");
    assert_eq!(entries.len(), 2, "BCP entries are skipped: {entries:?}");
    assert!(entries[0].not_issued);
    let v2 = &entries[1];
    assert_eq!(v2.number, 9902);
    assert_eq!(v2.area.as_deref(), Some("sec"));
    assert_eq!(v2.wg.as_deref(), Some("exlog"));
    assert_eq!(v2.stream.as_deref(), Some("IETF"));
    assert_eq!(v2.keywords, ["logging", "minimisation"]);
    assert_eq!(
        v2.abstract_text.as_deref(),
        Some("This document replaces RFC 9901. Logs are encrypted.")
    );
    assert_eq!(
        v2.draft_name().as_deref(),
        Some("draft-ietf-exlog-minimised")
    );
    assert!(
        parse_index_xml("<!DOCTYPE x [<!ENTITY a 'b'>]><x/>").is_err(),
        "no DTD"
    );
}

#[test]
fn detects_source_kinds() {
    let kinds = |dir: &str| detect(&fixtures().join(dir)).expect("detect");
    assert_eq!(kinds("mirror"), BTreeSet::from([SourceKind::Rfc]));
    assert_eq!(kinds("drafts"), BTreeSet::from([SourceKind::Drafts]));
    assert_eq!(kinds("w3c"), BTreeSet::from([SourceKind::W3c]));
    assert_eq!(
        detect(&corpus().join("drafts/for-the-users")).expect("detect"),
        BTreeSet::from([SourceKind::Drafts])
    );
    assert!(detect(&fixtures().join("no-such-dir")).is_err());
}

#[test]
fn plans_the_fixture_mirror() {
    let plan = plan(&fixture_sources()).expect("plan");
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    let items: Vec<(String, Option<String>, String)> = plan
        .items
        .iter()
        .map(|item| {
            let file = item.path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            (item.facts.name.clone(), item.rev.clone(), file.to_string())
        })
        .collect();
    let expect = |name: &str, rev: Option<&str>, file: &str| {
        (name.to_string(), rev.map(str::to_string), file.to_string())
    };
    assert_eq!(
        items,
        [
            expect("rfc9901", None, "rfc9901.txt"),
            // One revision per RFC, from the XML when there is one.
            expect("rfc9902", None, "rfc9902.xml"),
            expect(
                "draft-ietf-exlog-minimised",
                Some("00"),
                "draft-ietf-exlog-minimised-00.txt"
            ),
            // Text is preferred to Markdown.
            expect(
                "draft-ietf-exlog-minimised",
                Some("01"),
                "draft-ietf-exlog-minimised-01.txt"
            ),
            expect("example-tracking", None, "example-spec.html"),
        ]
    );
    let rfc9902 = &plan.items[1];
    assert_eq!(
        rfc9902.alternates.len(),
        1,
        "the text beside the XML is recorded"
    );
    // The per-RFC JSON wins over the index; the group acronym comes from the draft name.
    assert_eq!(rfc9902.facts.wg.as_deref(), Some("exlog"));
    assert_eq!(rfc9902.facts.stream.as_deref(), Some("IETF"));
    assert_eq!(
        rfc9902.facts.title.as_deref(),
        Some("Example Logs, Version 2: Minimised")
    );
    let rfc9901 = &plan.items[0];
    assert_eq!(rfc9901.facts.stream.as_deref(), Some("INDEPENDENT"));
    assert_eq!(
        rfc9901.facts.keywords.as_deref(),
        Some(&["logging".to_string(), "retention".to_string()][..])
    );
    assert!(rfc9901
        .events
        .iter()
        .any(|e| e.kind == EventKind::ObsoletedBy && e.detail == "rfc9902" && e.at == "2025-06"));
    assert_eq!(plan.items[2].facts.became_rfc, Some(9902));
    let names: BTreeSet<&str> = plan.documents.iter().map(|f| f.name.as_str()).collect();
    assert!(
        names.contains("rfc9905"),
        "index-only RFCs are documents: {names:?}"
    );
    assert!(names.contains("draft-author-exlog"));
    assert!(!names.contains("rfc9900"), "not issued");
    let relations = &plan.relations["rfc9902"];
    assert!(relations
        .iter()
        .any(|r| r.kind == RelationKind::Obsoletes && r.to == "rfc9901"));
    assert!(relations
        .iter()
        .any(|r| r.kind == RelationKind::Updates && r.to == "rfc9905"));
    assert_eq!(plan.items[4].facts.status.as_deref(), Some("Working Draft"));
}

#[test]
fn source_kind_restricts_a_directory() {
    let only_w3c = plan(&[Source {
        path: fixtures(),
        kind: Some(SourceKind::W3c),
    }])
    .expect("plan");
    assert_eq!(only_w3c.items.len(), 1);
    assert!(only_w3c
        .documents
        .iter()
        .all(|f| f.kind == Some(DocumentKind::W3c)));
}

// ---------------------------------------------------------------- pipeline

async fn ingests_the_fixture_corpus(store: &Store) {
    let summary = run(store, &fixture_sources()).await;
    assert_eq!(summary.errors, 0, "{:?}", summary.error_samples);
    assert_eq!(summary.files, 5);
    assert_eq!(summary.revisions_inserted, 5);
    let view = store
        .document("rfc9902")
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(view.document.kind, DocumentKind::Rfc);
    assert_eq!(view.document.wg.as_deref(), Some("exlog"));
    assert_eq!(view.document.status.as_deref(), Some("PROPOSED STANDARD"));
    assert_eq!(view.document.doi.as_deref(), Some("10.17487/RFC9902"));
    let formats: Vec<(Option<&str>, &str)> = view
        .revisions
        .iter()
        .map(|r| (r.rev.as_deref(), r.format.as_str()))
        .collect();
    assert_eq!(
        formats,
        [
            (Some("00"), "rfc-text"),
            (Some("01"), "rfc-text"),
            (None, "rfc-xml")
        ],
        "the drafts that became the RFC come first"
    );
    let draft = store
        .document("draft-ietf-exlog-minimised")
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(draft.document.became_rfc, Some(9902));
    assert_eq!(draft.document.kind, DocumentKind::Draft);
    let timeline = store.timeline("rfc9902").await.expect("timeline");
    let kinds: Vec<String> = timeline
        .iter()
        .filter_map(|entry| match entry {
            TimelineEntry::Event { kind, detail, .. } => {
                Some(format!("{}:{detail}", kind.as_str()))
            }
            TimelineEntry::Revision { .. } => None,
        })
        .collect();
    for expected in [
        "published:",
        "obsoletes:rfc9901",
        "updates:rfc9905",
        "became-rfc:rfc9902",
    ] {
        assert!(
            kinds.iter().any(|k| k == expected),
            "{expected} in {kinds:?}"
        );
    }
    let old = store.timeline("rfc9901").await.expect("timeline");
    assert!(old.iter().any(|entry| matches!(entry,
        TimelineEntry::Event { kind: EventKind::ObsoletedBy, detail, at, .. } if detail == "rfc9902" && at == "2025-06")));
    let index_only = store
        .document("rfc9905")
        .await
        .expect("read")
        .expect("stored");
    assert!(index_only.revisions.is_empty());
    assert_eq!(index_only.document.status.as_deref(), Some("EXPERIMENTAL"));
    assert!(index_only
        .relations
        .iter()
        .any(|r| r.from == "rfc9902" && r.kind == RelationKind::Updates));
    let spec = store
        .document("example-tracking")
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(spec.document.kind, DocumentKind::W3c);
    assert_eq!(spec.document.sdo, "w3c");
    assert_eq!(spec.revisions.len(), 1);
    let latest = store
        .revision_by_name_rev("rfc9902", None)
        .await
        .expect("read")
        .expect("latest");
    assert_eq!(latest.format, "rfc-xml");
    assert!(!store.assessments(latest.id).await.expect("read").is_empty());
}

async fn reingest_parses_and_writes_nothing(store: &Store) {
    let first = run(store, &fixture_sources()).await;
    assert_eq!(first.revisions_inserted, 5);
    let generation = store.generation().await.expect("generation");
    let counts = store.counts().await.expect("counts");
    let second = run(store, &fixture_sources()).await;
    assert_eq!(second.revisions_inserted, 0);
    assert_eq!(second.revisions_unchanged, 5);
    assert_eq!(second.documents_changed, 0);
    assert_eq!(second.events_inserted, 0);
    assert_eq!(second.relations_inserted, 0);
    assert_eq!(second.errors, 0);
    assert_eq!(
        store.generation().await.expect("generation"),
        generation,
        "no write at all"
    );
    assert_eq!(store.counts().await.expect("counts"), counts);
}

async fn a_hostile_file_is_recorded_and_the_others_go_on(store: &Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        fixtures().join("mirror/rfc-txt/rfc9901.txt"),
        dir.path().join("rfc9901.txt"),
    )
    .expect("copy");
    // An entity expansion bomb and an empty file among good documents.
    let mut bomb =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE rfc [\n<!ENTITY a \"aaaaaaaaaa\">\n");
    for level in 1..10 {
        let previous = level - 1;
        let prev = if previous == 0 {
            "a".to_string()
        } else {
            format!("e{previous}")
        };
        bomb.push_str(&format!(
            "<!ENTITY e{level} \"&{prev};&{prev};&{prev};&{prev};&{prev};&{prev};&{prev};&{prev};&{prev};&{prev};\">\n"
        ));
    }
    bomb.push_str("]>\n<rfc number=\"9903\"><front><title>&e9;</title></front></rfc>\n");
    std::fs::write(dir.path().join("rfc9903.xml"), bomb).expect("write");
    std::fs::write(dir.path().join("rfc9904.txt"), b"").expect("write");
    std::fs::write(dir.path().join("draft-bad-json-00.txt"), b"\0\0\0").expect("write");
    let summary = run(store, &sources(&[dir.path().to_path_buf()])).await;
    assert_eq!(
        summary.revisions_inserted + summary.errors,
        4,
        "{summary:?}"
    );
    assert!(summary.revisions_inserted >= 1);
    assert!(summary.errors >= 2, "{summary:?}");
    let errors = store.errors().await.expect("errors");
    assert_eq!(errors.len(), summary.errors);
    assert!(
        errors.iter().any(|e| e.path.ends_with("rfc9903.xml")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.path.ends_with("rfc9904.txt")),
        "{errors:?}"
    );
    assert!(store.document("rfc9901").await.expect("read").is_some());
    // Again: the failures are known (same bytes), nothing is parsed or recorded twice.
    let generation = store.generation().await.expect("generation");
    let again = run(store, &sources(&[dir.path().to_path_buf()])).await;
    assert_eq!(again.errors, summary.errors);
    assert_eq!(again.errors_known, summary.errors);
    assert_eq!(store.errors().await.expect("errors").len(), summary.errors);
    assert_eq!(store.generation().await.expect("generation"), generation);
}

async fn a_real_draft_series_links_to_its_rfc(store: &Store) {
    let summary = run(
        store,
        &sources(&[
            corpus().join("drafts/for-the-users"),
            corpus().join("sample/rfc8890.txt"),
            fixtures().join("rfc8890-meta"),
        ]),
    )
    .await;
    assert_eq!(summary.errors, 0, "{:?}", summary.error_samples);
    // 10 + 1 draft revisions (one per number, from the XML) and the RFC.
    assert_eq!(summary.revisions_inserted, 12);
    let draft = store
        .document("draft-iab-for-the-users")
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(draft.document.became_rfc, Some(8890));
    let older = store
        .document("draft-nottingham-for-the-users")
        .await
        .expect("read")
        .expect("stored");
    let revs: Vec<&str> = older
        .revisions
        .iter()
        .filter_map(|r| r.rev.as_deref())
        .collect();
    assert_eq!(
        revs,
        ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09"]
    );
    assert!(older.revisions.iter().all(|r| r.format == "rfc-xml"));
    let rfc = store
        .document("rfc8890")
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(
        rfc.document.title.as_deref(),
        Some("The Internet is for End Users")
    );
    let history: Vec<String> = rfc
        .revisions
        .iter()
        .map(|r| {
            format!(
                "{}{}",
                r.document,
                r.rev
                    .as_deref()
                    .map(|v| format!("-{v}"))
                    .unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(history, ["draft-iab-for-the-users-00", "rfc8890"]);
    let timeline = store.timeline("rfc8890").await.expect("timeline");
    assert!(timeline.iter().any(|entry| matches!(entry,
        TimelineEntry::Event { kind: EventKind::BecameRfc, document, .. } if document == "draft-iab-for-the-users")));
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
    ingests_the_fixture_corpus,
    reingest_parses_and_writes_nothing,
    a_hostile_file_is_recorded_and_the_others_go_on,
    a_real_draft_series_links_to_its_rfc,
);

/// A store on a fresh database of the shared test server.
async fn pg_store() -> Store {
    let server = PgServer::shared().unwrap_or_else(|error| panic!("{error}"));
    let url = server
        .create_database()
        .unwrap_or_else(|error| panic!("{error}"));
    Store::open(url.as_str())
        .await
        .unwrap_or_else(|error| panic!("{error}"))
}
