//! Creating, opening, staleness, atomic rebuilds, damaged directories and incremental writes.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{build, fixtures, key_set, options};
use rightscope_search::{
    Manifest, RevisionRecord, SearchError, SearchIndex, MANIFEST_FILE, SCHEMA_VERSION,
};

fn manifest(dir: &Path) -> Manifest {
    let text = fs::read_to_string(dir.join(MANIFEST_FILE)).expect("manifest");
    serde_json::from_str(&text).expect("manifest JSON")
}

/// Sub-directories of the index directory, by name.
fn subdirs(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().to_str().map(str::to_string))
        .collect();
    names.sort();
    names
}

fn active(dir: &Path) -> PathBuf {
    dir.join(manifest(dir).active)
}

fn revision(key: &str, title: &str) -> RevisionRecord {
    RevisionRecord {
        key: key.to_string(),
        name: key.to_string(),
        sdo: "ietf".to_string(),
        kind: "rfc".to_string(),
        title: title.to_string(),
        body: format!("{title} body text."),
        ..RevisionRecord::default()
    }
}

#[test]
fn create_open_and_refuse_to_overwrite() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = temp.path().join("index");
    let index = SearchIndex::create(&dir).expect("create");
    assert_eq!(index.num_docs(), 0);
    assert_eq!(index.search("anything", 10, 0).expect("search").total, 0);
    assert_eq!(manifest(&dir).schema_version, SCHEMA_VERSION);
    assert!(matches!(
        SearchIndex::create(&dir),
        Err(SearchError::AlreadyExists { .. })
    ));
    let reopened = SearchIndex::open(&dir).expect("open");
    assert_eq!(reopened.generation(), "");
}

#[test]
fn missing_index_is_a_clear_error_and_not_fresh() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = temp.path().join("nothing-here");
    let error = SearchIndex::open(&dir).expect_err("missing");
    assert!(matches!(error, SearchError::Missing { .. }));
    assert!(error.to_string().contains(MANIFEST_FILE), "{error}");
    assert!(SearchIndex::open_if_fresh(&dir, "g1").is_none());
    // A plain file where the directory should be.
    let file = temp.path().join("file");
    fs::write(&file, "not a directory").expect("write");
    assert!(SearchIndex::open(&file).is_err());
    assert!(SearchIndex::open_if_fresh(&file, "g1").is_none());
}

#[test]
fn generation_decides_freshness() {
    let temp = tempfile::tempdir().expect("temp dir");
    let index = build(temp.path(), "g1", &fixtures());
    assert_eq!(index.generation(), "g1");
    assert!(SearchIndex::open_if_fresh(temp.path(), "g1").is_some());
    assert!(SearchIndex::open_if_fresh(temp.path(), "g2").is_none());
    // The stale index still opens on request.
    assert!(SearchIndex::open(temp.path()).is_ok());
}

#[test]
fn rebuild_replaces_atomically_and_cleans_up() {
    let temp = tempfile::tempdir().expect("temp dir");
    let old = build(temp.path(), "g1", &fixtures());
    let old_active = manifest(temp.path()).active;
    assert_eq!(old.search("handover", 10, 0).expect("search").total, 2);

    let new = SearchIndex::rebuild(temp.path(), "g2", &options(), |writer| {
        writer.add(&revision("rfc1", "Brand New Handover"), &[])
    })
    .expect("rebuild");
    assert_eq!(new.generation(), "g2");
    assert_eq!(
        key_set(&new.search("handover", 10, 0).expect("search")),
        ["rfc1"]
    );
    // Only the new live directory is left: no old index, no temporary one.
    let dirs = subdirs(temp.path());
    assert_eq!(dirs, [manifest(temp.path()).active]);
    assert_ne!(dirs[0], old_active);
    // A process that had the old index open keeps searching it.
    assert_eq!(old.search("handover", 10, 0).expect("old search").total, 2);
    assert!(SearchIndex::open_if_fresh(temp.path(), "g2").is_some());
}

#[test]
fn failed_rebuild_leaves_the_old_index_in_service() {
    let temp = tempfile::tempdir().expect("temp dir");
    build(temp.path(), "g1", &fixtures());
    let before = subdirs(temp.path());
    let result = SearchIndex::rebuild(temp.path(), "g2", &options(), |writer| {
        writer.add(&revision("rfc1", "Half Done"), &[])?;
        Err(SearchError::Corrupt {
            dir: PathBuf::from("source"),
            reason: "the store went away".to_string(),
        })
    });
    assert!(result.is_err());
    assert_eq!(subdirs(temp.path()), before, "temporary directory removed");
    let index = SearchIndex::open_if_fresh(temp.path(), "g1").expect("old index still fresh");
    assert_eq!(index.search("handover", 10, 0).expect("search").total, 2);
    assert_eq!(
        index.search("\"half done\"", 10, 0).expect("search").total,
        0
    );
}

#[test]
fn schema_version_change_means_rebuild() {
    let temp = tempfile::tempdir().expect("temp dir");
    build(temp.path(), "g1", &fixtures());
    let mut changed = manifest(temp.path());
    changed.schema_version = SCHEMA_VERSION + 1;
    fs::write(
        temp.path().join(MANIFEST_FILE),
        serde_json::to_string(&changed).expect("encode"),
    )
    .expect("write");
    assert!(matches!(
        SearchIndex::open(temp.path()),
        Err(SearchError::SchemaVersion { .. })
    ));
    assert!(SearchIndex::open_if_fresh(temp.path(), "g1").is_none());
    let rebuilt = build(temp.path(), "g1", &fixtures());
    assert_eq!(rebuilt.search("handover", 10, 0).expect("search").total, 2);
}

/// Damages the index in some way, then checks: a clear error, never a panic, and a rebuild fixes it.
fn damaged(damage: impl FnOnce(&Path)) {
    let temp = tempfile::tempdir().expect("temp dir");
    build(temp.path(), "g1", &fixtures());
    damage(temp.path());
    let opened = std::panic::catch_unwind(|| {
        SearchIndex::open(temp.path()).map(|index| index.search("handover", 10, 0).map(|r| r.total))
    })
    .expect("no panic");
    match opened {
        Err(SearchError::Corrupt { reason, .. }) => assert!(!reason.is_empty()),
        Err(other) => panic!("expected Corrupt, got {other}"),
        Ok(search) => assert!(search.is_err(), "damage went unnoticed"),
    }
    let fresh =
        std::panic::catch_unwind(|| SearchIndex::open_if_fresh(temp.path(), "g1").is_some())
            .expect("no panic");
    if fresh {
        // Damage that only shows when data is read: the checksum check finds it.
        let index = SearchIndex::open(temp.path()).expect("open");
        assert!(index.verify().is_err());
    }
    let rebuilt = build(temp.path(), "g1", &fixtures());
    assert_eq!(rebuilt.search("handover", 10, 0).expect("search").total, 2);
    assert_eq!(subdirs(temp.path()).len(), 1);
}

#[test]
fn garbage_manifest() {
    damaged(|dir| fs::write(dir.join(MANIFEST_FILE), "{not json").expect("write"));
}

#[test]
fn manifest_pointing_outside_the_directory() {
    damaged(|dir| {
        let mut bad = manifest(dir);
        bad.active = "../../etc".to_string();
        fs::write(
            dir.join(MANIFEST_FILE),
            serde_json::to_string(&bad).expect("encode"),
        )
        .expect("write");
    });
}

#[test]
fn garbage_tantivy_meta() {
    damaged(|dir| fs::write(active(dir).join("meta.json"), "\u{0}garbage").expect("write"));
}

#[test]
fn live_directory_deleted() {
    damaged(|dir| fs::remove_dir_all(active(dir)).expect("remove"));
}

#[test]
fn segment_files_truncated() {
    damaged(|dir| {
        for entry in fs::read_dir(active(dir)).expect("read").flatten() {
            let path = entry.path();
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or("");
            if !name.ends_with(".json") && !name.starts_with('.') {
                fs::write(&path, b"short").expect("truncate");
            }
        }
    });
}

#[test]
fn incremental_writes_update_generation_and_results() {
    let temp = tempfile::tempdir().expect("temp dir");
    let index = build(temp.path(), "g1", &fixtures());
    let mut writer = index.writer_with(&options()).expect("writer");
    writer
        .upsert(&revision("rfc9902", "Replaced Title About Gardening"), &[])
        .expect("upsert");
    writer
        .add(&revision("rfc1", "Another Gardening Note"), &[])
        .expect("add");
    writer.delete("w3c-tracking-pref");
    writer.commit("g2").expect("commit");
    // Manual reload policy: nothing changes until the index is reloaded.
    assert_eq!(index.search("gardening", 10, 0).expect("search").total, 0);
    index.reload().expect("reload");
    assert_eq!(index.generation(), "g2");
    assert_eq!(
        key_set(&index.search("gardening", 10, 0).expect("search")),
        ["rfc1", "rfc9902"]
    );
    // The upsert removed the old revision's findings too.
    assert_eq!(index.search("handover", 10, 0).expect("search").total, 0);
    assert_eq!(
        index
            .search("key:w3c-tracking-pref", 10, 0)
            .expect("search")
            .total,
        0
    );
    writer.finish(false).expect("finish");
    assert!(SearchIndex::open_if_fresh(temp.path(), "g2").is_some());
}

#[test]
fn index_can_be_shared_between_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<SearchIndex>();
    let temp = tempfile::tempdir().expect("temp dir");
    let index = build(temp.path(), "g1", &fixtures());
    std::thread::scope(|scope| {
        let searches: Vec<_> = (0..4)
            .map(|_| scope.spawn(|| index.search("widget", 10, 0).map(|results| results.total)))
            .collect();
        for search in searches {
            assert!(search.join().expect("thread").expect("search") > 0);
        }
    });
}
