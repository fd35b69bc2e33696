//! `rightscope bench all --quick --postgres off` on a tiny corpus: one JSON report in which every
//! expected figure is present with its target and either a value or the reason it is missing.
//! No timing is asserted.

use std::path::PathBuf;
use std::process::{Command, Stdio};

const FIGURES: [&str; 16] = [
    "parse.throughput",
    "check.time_vs_ripgrep",
    "check.peak_rss",
    "strip.per_document",
    "ingest.sqlite.ingest_and_index",
    "ingest.sqlite.reingest",
    "ingest.sqlite.peak_rss",
    "ingest.postgresql.ingest_and_index",
    "search.p50",
    "search.p90",
    "search.p99",
    "refs.p99",
    "web.p99",
    "mail.throughput",
    "mail.time_vs_bigbang",
    "ingest.sqlite.ingest_and_index",
];

#[test]
fn bench_all_quick_writes_one_report_with_every_figure() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-all");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus dir");
    let sample = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/sample"
    ));
    for name in ["rfc1918.txt", "rfc2119.txt", "rfc6973.txt"] {
        std::fs::copy(sample.join(name), corpus.join(name)).expect("copy a sample RFC");
    }
    let report = dir.join("report.json");
    let output = Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .args(["bench", "all", "--quick", "--postgres", "off"])
        .args(["--mail-size", "1MB", "--web-concurrency", "4"])
        .arg("--corpus")
        .arg(&corpus)
        .arg("--report")
        .arg(&report)
        .arg("--work-dir")
        .arg(dir.join("work"))
        .env_remove("RIGHTSCOPE_DATA")
        .stdin(Stdio::null())
        .output()
        .expect("run bench all");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("the report")).expect("JSON");
    assert_eq!(value["benchmark"], "all");
    assert_eq!(value["text_documents"], 3);
    let machine = &value["machine"];
    for key in [
        "cpus",
        "load_average_start",
        "load_average_end",
        "memory_mib",
        "build",
    ] {
        assert!(!machine[key].is_null(), "machine.{key}: {machine}");
    }
    let figures = value["figures"].as_array().expect("figures");
    for name in FIGURES {
        let figure = figures
            .iter()
            .find(|figure| figure["name"] == name)
            .unwrap_or_else(|| panic!("figure {name} missing: {value:#}"));
        let target = &figure["target"];
        assert!(target["value"].is_number(), "{name}: a target: {figure}");
        assert!(
            target["origin"].is_string(),
            "{name}: where the target comes from"
        );
        assert!(figure["unit"].is_string(), "{name}: a unit");
        let skipped = figure["skipped"].as_str();
        assert!(
            figure["value"].is_number() || skipped.is_some_and(|why| !why.is_empty()),
            "{name}: a value or a reason: {figure}"
        );
        // A reference is either measured (with a ratio when the value is there) or explained.
        if figure["reference"].is_null() {
            if matches!(
                name,
                "check.time_vs_ripgrep" | "strip.per_document" | "mail.time_vs_bigbang"
            ) {
                assert!(
                    skipped.is_some(),
                    "{name}: no reference and no reason: {figure}"
                );
            }
        } else {
            assert!(figure["reference"]["tool"].is_string(), "{name}");
            assert!(figure["reference"]["value"].is_number(), "{name}");
            if figure["value"].is_number() {
                assert!(figure["ratio"].is_number(), "{name}: ratio: {figure}");
            }
        }
        if figure["value"].is_number() && figure["target"]["applies_to"] == "value" {
            assert!(figure["meets_target"].is_boolean(), "{name}");
        }
    }
    // The store-based figures ran on the ingested store; PostgreSQL was switched off.
    for name in [
        "ingest.sqlite.ingest_and_index",
        "search.p99",
        "refs.p99",
        "web.p99",
        "parse.throughput",
    ] {
        let figure = figures.iter().find(|f| f["name"] == name).expect("figure");
        assert!(
            figure["value"].is_number(),
            "{name} measured: {figure}\n{stderr}"
        );
    }
    let postgres = figures
        .iter()
        .find(|f| f["name"] == "ingest.postgresql.ingest_and_index")
        .expect("figure");
    assert!(postgres["value"].is_null());
    assert!(postgres["skipped"]
        .as_str()
        .unwrap_or("")
        .contains("--postgres off"));
    // Each bench's own report is kept alongside.
    for key in [
        "parse",
        "check",
        "ingest_sqlite",
        "search",
        "refs",
        "web",
        "participation",
    ] {
        assert!(value["reports"][key].is_object(), "reports.{key}");
    }
}
