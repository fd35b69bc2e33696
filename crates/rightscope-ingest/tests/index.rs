//! The store → search index bridge on real documents: a small store built by parsing and checking
//! RFCs from `shared/corpus/sample`, indexed, searched, made stale and rebuilt; once on PostgreSQL.

use std::path::{Path, PathBuf};

use rightscope_ingest::index::{
    ensure_index, ensure_index_with, index_state, rebuild_and_open, rebuild_index, IndexOptions,
    IndexState,
};
use rightscope_search::{HitKind, SearchIndex};
use rightscope_store::testing::PgServer;
use rightscope_store::{DocumentFacts, NewRevision, Store};

/// The RFCs every test store holds.
const SAMPLE: [&str; 7] = [
    "rfc3924", "rfc2804", "rfc7258", "rfc6973", "rfc4941", "rfc2119", "rfc9458",
];

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/sample")
}

/// Parses and checks one sample RFC into a revision for the store.
fn revision(name: &str) -> NewRevision {
    let path = sample_dir().join(format!("{name}.txt"));
    let bytes = std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let document = rightscope_doc::parse(&bytes, &path.to_string_lossy(), &Default::default())
        .unwrap_or_else(|error| panic!("{name} parses: {error}"));
    let catalogue = rightscope_rules::Catalogue::builtin().expect("built-in rules");
    let checker = rightscope_rules::Checker::new(&catalogue).expect("rules compile");
    let check = checker.check(&document);
    NewRevision::from_check(&document, &check, DocumentFacts::named(name)).expect("named")
}

async fn fill(store: &Store, names: &[&str]) {
    let revisions: Vec<NewRevision> = names.iter().map(|name| revision(name)).collect();
    store.put_revisions(&revisions).await.expect("put");
}

fn keys(index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search(query, 100, 0)
        .unwrap_or_else(|error| panic!("{query}: {error}"))
        .hits
        .into_iter()
        .map(|hit| hit.key)
        .collect()
}

fn small_options() -> IndexOptions {
    let mut options = IndexOptions {
        page_size: 3,
        ..IndexOptions::default()
    };
    options.writer.memory_budget = 50 * 1024 * 1024;
    options
}

/// What every backend must do: index the sample and find what it must find.
async fn indexes_and_finds(store: &Store, dir: &Path) {
    fill(store, &SAMPLE).await;
    let counts = store.counts().await.expect("counts");
    let (index, summary) = rebuild_and_open(store, dir, &small_options())
        .await
        .expect("rebuild");
    assert_eq!(summary.revisions, SAMPLE.len() as u64);
    assert_eq!(summary.findings as i64, counts.findings);
    assert_eq!(summary.records, summary.revisions + summary.findings);
    assert_eq!(
        summary.generation,
        store.generation().await.expect("gen").to_string()
    );
    assert!(summary.size_bytes > 0);

    let phrase = keys(&index, "\"lawful intercept\"");
    assert_eq!(
        phrase.first().map(String::as_str),
        Some("rfc3924"),
        "{phrase:?}"
    );
    let creates = keys(&index, "family:LI verdict:creates");
    assert!(creates.contains(&"rfc3924".to_string()), "{creates:?}");
    assert!(!creates.contains(&"rfc2804".to_string()), "{creates:?}");

    let results = index
        .search("kind:finding family:LI", 100, 0)
        .expect("search");
    assert!(results.total > 0);
    for hit in &results.hits {
        assert_eq!(hit.kind, HitKind::Finding);
        assert_eq!(hit.family.as_deref(), Some("LI"));
        assert!(hit
            .code
            .as_deref()
            .is_some_and(|code| code.starts_with("LI")));
        assert!(!hit.snippet.is_empty(), "{hit:?}");
    }

    // Metadata from the store: the RFC number, the year of the revision date, the status.
    assert_eq!(
        keys(&index, "rfc7258").first().map(String::as_str),
        Some("rfc7258")
    );
    let year = keys(&index, "year:2014 kind:revision");
    assert!(year.contains(&"rfc7258".to_string()), "{year:?}");
    assert!(!year.contains(&"rfc3924".to_string()), "{year:?}");
    let bcp = keys(&index, "kind:revision title:key words");
    assert!(bcp.contains(&"rfc2119".to_string()), "{bcp:?}");
}

#[tokio::test]
async fn sqlite_store_is_indexed_and_searchable() {
    let temp = tempfile::tempdir().expect("temp dir");
    let store = Store::open(temp.path().join("data")).await.expect("open");
    indexes_and_finds(&store, &temp.path().join("index")).await;
    store.close().await;
}

#[tokio::test]
async fn postgres_store_is_indexed_and_searchable() {
    let server = PgServer::shared().unwrap_or_else(|error| panic!("{error}"));
    let url = server
        .create_database()
        .unwrap_or_else(|error| panic!("{error}"));
    let store = Store::open(url.as_str()).await.expect("open");
    let temp = tempfile::tempdir().expect("temp dir");
    indexes_and_finds(&store, &temp.path().join("index")).await;
    store.close().await;
}

#[tokio::test]
async fn a_changed_store_makes_the_index_stale_and_ensure_rebuilds_it() {
    let temp = tempfile::tempdir().expect("temp dir");
    let store = Store::open(temp.path().join("data")).await.expect("open");
    let dir = temp.path().join("index");
    fill(&store, &SAMPLE[..3]).await;
    assert_eq!(
        index_state(&store, &dir).await.expect("state"),
        IndexState::Missing
    );

    let first = ensure_index_with(&store, &dir, &small_options())
        .await
        .expect("build");
    let (why, summary) = first.rebuilt.expect("a missing index is built");
    assert_eq!(why, IndexState::Missing);
    assert_eq!(summary.revisions, 3);
    assert!(keys(&first.index, "\"header enrichment\"").is_empty());
    drop(first.index);

    // Fresh: opened, not rebuilt.
    let again = ensure_index_with(&store, &dir, &small_options())
        .await
        .expect("open");
    assert!(again.rebuilt.is_none());
    assert_eq!(
        index_state(&store, &dir).await.expect("state"),
        IndexState::Fresh
    );
    drop(again);

    // A new revision changes the generation: stale, rebuilt, and the new document is found.
    let before = store.generation().await.expect("gen");
    fill(&store, &["rfc8890"]).await;
    let after = store.generation().await.expect("gen");
    assert_ne!(before, after);
    assert_eq!(
        index_state(&store, &dir).await.expect("state"),
        IndexState::Stale {
            indexed: before.to_string(),
            current: after.to_string()
        }
    );
    let rebuilt = ensure_index_with(&store, &dir, &small_options())
        .await
        .expect("rebuild");
    let (why, summary) = rebuilt.rebuilt.expect("stale index is rebuilt");
    assert!(matches!(why, IndexState::Stale { .. }), "{why:?}");
    assert_eq!(summary.revisions, 4);
    assert_eq!(
        keys(&rebuilt.index, "\"internet is for end users\"")
            .first()
            .map(String::as_str),
        Some("rfc8890")
    );
    drop(rebuilt.index);

    // Storing the same bytes again changes nothing: still fresh.
    fill(&store, &["rfc8890"]).await;
    assert_eq!(
        index_state(&store, &dir).await.expect("state"),
        IndexState::Fresh
    );
    let plain = ensure_index(&store, &dir).await.expect("ensure");
    assert_eq!(plain.generation(), after.to_string());
    store.close().await;
}

#[tokio::test]
async fn a_damaged_index_is_unusable_and_rebuilt() {
    let temp = tempfile::tempdir().expect("temp dir");
    let store = Store::open(temp.path().join("data")).await.expect("open");
    let dir = temp.path().join("index");
    fill(&store, &SAMPLE[..2]).await;
    rebuild_index(&store, &dir, &small_options())
        .await
        .expect("build");
    std::fs::write(dir.join(rightscope_search::MANIFEST_FILE), "{not json").expect("damage");
    let state = index_state(&store, &dir).await.expect("state");
    assert!(matches!(state, IndexState::Unusable { .. }), "{state:?}");
    let ensured = ensure_index_with(&store, &dir, &small_options())
        .await
        .expect("rebuild");
    assert!(ensured.rebuilt.is_some());
    assert_eq!(
        keys(&ensured.index, "\"lawful intercept\"")
            .first()
            .map(String::as_str),
        Some("rfc3924")
    );
    store.close().await;
}

#[tokio::test]
async fn an_empty_store_gives_an_empty_index() {
    let temp = tempfile::tempdir().expect("temp dir");
    let store = Store::open(temp.path().join("data")).await.expect("open");
    let dir = temp.path().join("index");
    let (index, summary) = rebuild_and_open(&store, &dir, &small_options())
        .await
        .expect("rebuild");
    assert_eq!(
        (summary.revisions, summary.findings, summary.records),
        (0, 0, 0)
    );
    assert_eq!(index.search("privacy", 10, 0).expect("search").total, 0);
    store.close().await;
}

/// The async side runs on a current-thread runtime too (the CLI's): the blocking indexing task
/// must not need the runtime's only thread.
#[test]
fn rebuild_works_on_a_current_thread_runtime() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let temp = tempfile::tempdir().expect("temp dir");
        let store = Store::open(temp.path().join("data")).await.expect("open");
        fill(&store, &SAMPLE[..2]).await;
        let summary = rebuild_index(&store, &temp.path().join("index"), &small_options())
            .await
            .expect("rebuild");
        assert_eq!(summary.revisions, 2);
        store.close().await;
    });
}
