//! `rightscope search`, `rightscope index` and `rightscope bench search` end to end through the
//! built binary, on a small store made from real RFCs in `shared/corpus/sample`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use rightscope_store::{DocumentFacts, NewRevision, Store};

const SAMPLE: [&str; 4] = ["rfc3924", "rfc2804", "rfc7258", "rfc2119"];

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/sample")
}

fn revision(name: &str) -> NewRevision {
    let path = sample_dir().join(format!("{name}.txt"));
    let bytes = std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let document = rightscope_doc::parse(&bytes, &path.to_string_lossy(), &Default::default())
        .unwrap_or_else(|error| panic!("{name}: {error}"));
    let catalogue = rightscope_rules::Catalogue::builtin().expect("built-in rules");
    let checker = rightscope_rules::Checker::new(&catalogue).expect("rules compile");
    let check = checker.check(&document);
    NewRevision::from_check(&document, &check, DocumentFacts::named(name)).expect("named")
}

/// Stores the named sample RFCs at `location` (a data directory or a PostgreSQL URL).
fn store_sample(location: &str, names: &[&str]) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let store = Store::open(location).await.expect("open store");
        let revisions: Vec<NewRevision> = names.iter().map(|name| revision(name)).collect();
        store.put_revisions(&revisions).await.expect("put");
        store.close().await;
    });
}

fn rightscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .args(args)
        .env_remove("RIGHTSCOPE_DATA")
        .env("NO_COLOR", "1")
        .output()
        .expect("run rightscope")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn search_builds_the_index_then_reuses_it_and_rebuilds_when_the_store_changes() {
    let temp = tempfile::tempdir().expect("temp dir");
    let data = temp.path().join("data");
    let data_arg = data.to_str().expect("utf-8 path");
    store_sample(data_arg, &SAMPLE);

    let first = rightscope(&["search", "--data-dir", data_arg, "\"lawful intercept\""]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stderr(&first).contains("rebuilt the search index (no index yet)"),
        "{}",
        stderr(&first)
    );
    assert!(data
        .join("search-index")
        .join("rightscope-index.json")
        .is_file());
    let text = stdout(&first);
    let first_line = text.lines().next().unwrap_or_default();
    assert!(first_line.starts_with("rfc3924  "), "{text}");
    // Not a terminal: highlights in brackets.
    assert!(
        text.to_lowercase().contains("[lawful] [intercept"),
        "{text}"
    );
    assert!(text.contains(" hits (showing 1–"), "{text}");

    // Fresh now: no rebuild, and findings show their code and family.
    let findings = rightscope(&[
        "search",
        "--data-dir",
        data_arg,
        "kind:finding",
        "family:LI",
        "--limit",
        "3",
    ]);
    assert!(findings.status.success(), "{}", stderr(&findings));
    assert!(
        !stderr(&findings).contains("rebuilt"),
        "{}",
        stderr(&findings)
    );
    let text = stdout(&findings);
    assert!(text.contains("    finding LI"), "{text}");
    assert_eq!(text.matches("    finding ").count(), 3, "{text}");

    // A new document makes the index stale: rebuilt, and found.
    store_sample(data_arg, &["rfc8890"]);
    let json = rightscope(&[
        "search",
        "--data-dir",
        data_arg,
        "--format",
        "json",
        "--limit",
        "1",
        "\"internet is for end users\"",
    ]);
    assert!(json.status.success(), "{}", stderr(&json));
    assert!(
        stderr(&json).contains("the store changed since the index was built"),
        "{}",
        stderr(&json)
    );
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(value["version"], 1);
    assert_eq!(value["query"], "\"internet is for end users\"");
    assert!(value["total"].as_u64().is_some_and(|total| total >= 1));
    assert!(value["took_ms"].as_f64().is_some());
    let hit = &value["hits"][0];
    assert_eq!(hit["key"], "rfc8890");
    assert_eq!(hit["kind"], "revision");
    let snippet = hit["snippet"].as_str().expect("snippet");
    let [start, end] = [&hit["highlights"][0][0], &hit["highlights"][0][1]]
        .map(|v| usize::try_from(v.as_u64().expect("offset")).expect("fits"));
    assert!(
        "internet is for end users".contains(&snippet[start..end].to_lowercase()),
        "{hit}"
    );

    // Paging: the second page starts where the first ended.
    let page = rightscope(&[
        "search",
        "--data-dir",
        data_arg,
        "--format",
        "json",
        "--limit",
        "2",
        "--offset",
        "1",
        "privacy",
    ]);
    let page: serde_json::Value = serde_json::from_slice(&page.stdout).expect("json");
    assert_eq!(page["offset"], 1);
    assert!(page["hits"].as_array().is_some_and(|hits| hits.len() <= 2));
}

#[test]
fn index_forces_a_rebuild_and_bench_search_writes_a_report() {
    let temp = tempfile::tempdir().expect("temp dir");
    let data = temp.path().join("data");
    let data_arg = data.to_str().expect("utf-8 path");
    let index_dir = temp.path().join("elsewhere");
    let index_arg = index_dir.to_str().expect("utf-8 path");
    store_sample(data_arg, &SAMPLE[..2]);

    for _ in 0..2 {
        let index = rightscope(&["index", "--data-dir", data_arg, "--index-dir", index_arg]);
        assert!(index.status.success(), "{}", stderr(&index));
        let text = stdout(&index);
        assert!(text.starts_with("indexed 2 revisions, "), "{text}");
        assert!(text.contains(" findings, "), "{text}");
    }
    assert!(index_dir.join("rightscope-index.json").is_file());
    assert!(!data.join("search-index").exists());

    let report_path = temp.path().join("bench.json");
    let bench = rightscope(&[
        "bench",
        "search",
        "--data-dir",
        data_arg,
        "--index-dir",
        index_arg,
        "--report",
        report_path.to_str().expect("utf-8 path"),
    ]);
    assert!(bench.status.success(), "{}", stderr(&bench));
    assert!(
        stderr(&bench).contains("search latency: p50 "),
        "{}",
        stderr(&bench)
    );
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&report_path).expect("report")).expect("json");
    assert_eq!(report["benchmark"], "search");
    assert_eq!(report["documents"], 2);
    assert_eq!(report["queries"], 50);
    assert!(report["build"].is_null(), "the index was fresh: {report}");
    for field in ["p50_ms", "p90_ms", "p99_ms", "max_ms"] {
        assert!(
            report[field].as_f64().is_some_and(|ms| ms >= 0.0),
            "{field}"
        );
    }
    assert!(report["p50_ms"].as_f64() <= report["p99_ms"].as_f64());
    assert_eq!(report["target_p50_ms"], 10.0);
    assert_eq!(report["target_p99_ms"], 50.0);
    assert!(report["index_size_bytes"]
        .as_u64()
        .is_some_and(|size| size > 0));
    assert!(report["machine"]["cpus"]
        .as_u64()
        .is_some_and(|cpus| cpus >= 1));
    assert_eq!(report["failed_queries"], 0);
}

#[test]
fn bad_stores_are_errors_with_exit_2() {
    let temp = tempfile::tempdir().expect("temp dir");
    let missing = temp.path().join("nothing-here");
    let output = rightscope(&[
        "search",
        "--data-dir",
        missing.to_str().expect("utf-8"),
        "x",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with("error: ")
            && stderr(&output).contains("no such data directory"),
        "{}",
        stderr(&output)
    );
    assert!(!missing.exists(), "searching must not create a store");

    let empty = temp.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    let output = rightscope(&["index", "--data-dir", empty.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no rightscope store"),
        "{}",
        stderr(&output)
    );

    let corrupt = temp.path().join("corrupt");
    std::fs::create_dir(&corrupt).expect("mkdir");
    std::fs::write(corrupt.join("rightscope.db"), vec![0x5a; 8192]).expect("write");
    let output = rightscope(&[
        "search",
        "--data-dir",
        corrupt.to_str().expect("utf-8"),
        "x",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with("error: ") && stderr(&output).contains("not a usable database"),
        "{}",
        stderr(&output)
    );

    let file = temp.path().join("a-file");
    std::fs::write(&file, "x").expect("write");
    let output = rightscope(&[
        "bench",
        "search",
        "--data-dir",
        file.to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with("error: "),
        "{}",
        stderr(&output)
    );
}

#[test]
fn postgres_store_is_searched_and_its_password_never_shown() {
    let server =
        rightscope_store::testing::PgServer::shared().unwrap_or_else(|error| panic!("{error}"));
    let url = server
        .create_database()
        .unwrap_or_else(|error| panic!("{error}"));
    // The harness trusts local logins, so a password is accepted and must never be printed.
    let url = url.replacen("postgres@", "postgres:hunter2-secret@", 1);
    store_sample(&url, &SAMPLE[..2]);
    let temp = tempfile::tempdir().expect("temp dir");
    let index_dir = temp.path().join("pg-index");
    let index_arg = index_dir.to_str().expect("utf-8 path");

    let index = rightscope(&["index", "--database", &url, "--index-dir", index_arg]);
    assert!(index.status.success(), "{}", stderr(&index));
    let shown = format!("{}{}", stdout(&index), stderr(&index));
    assert!(!shown.contains("hunter2-secret"), "{shown}");
    assert!(shown.contains("postgres:***@"), "{shown}");

    let search = rightscope(&[
        "search",
        "--database",
        &url,
        "--index-dir",
        index_arg,
        "wiretapping",
    ]);
    assert!(search.status.success(), "{}", stderr(&search));
    assert!(stdout(&search).contains("rfc2804  "), "{}", stdout(&search));

    // An unreachable server: an error naming the redacted URL, exit 2.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("free port")
        .port();
    let dead = format!("postgres://alice:hunter2-secret@127.0.0.1:{port}/rightscope");
    let output = rightscope(&["search", "--database", &dead, "--index-dir", index_arg, "x"]);
    assert_eq!(output.status.code(), Some(2));
    let shown = stderr(&output);
    assert!(
        shown.starts_with("error: ") && !shown.contains("hunter2-secret"),
        "{shown}"
    );
    assert!(shown.contains("alice:***@127.0.0.1"), "{shown}");
}
