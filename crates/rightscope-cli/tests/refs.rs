//! `rightscope refs` and `rightscope trends` end to end through the built binary, over eleven sample
//! RFCs of `shared/corpus/sample` ingested into a temporary data directory. Every figure asserted
//! here was worked out by hand from the text files (see the comments).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// Publication years (first page): rfc2119 1997; rfc6265, rfc6302 2011; rfc6973 2013; rfc7754
/// 2016; rfc8174 2017; rfc8404, rfc8446, rfc8484 2018; rfc9076 2021; rfc9458 2024.
const SAMPLE: [&str; 11] = [
    "rfc2119", "rfc6265", "rfc6302", "rfc6973", "rfc7754", "rfc8174", "rfc8404", "rfc8446",
    "rfc8484", "rfc9076", "rfc9458",
];

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/sample")
        .join(format!("{name}.txt"))
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

/// The data directory, ingested once for the whole test binary (tests only read it).
fn data() -> &'static str {
    static DATA: OnceLock<(tempfile::TempDir, String)> = OnceLock::new();
    let (_, path) = DATA.get_or_init(|| {
        let temp = tempfile::tempdir().expect("temp dir");
        let data = temp.path().join("data");
        let data = data.to_str().expect("utf-8 path").to_string();
        let files: Vec<String> = SAMPLE
            .iter()
            .map(|name| sample(name).to_string_lossy().into_owned())
            .collect();
        let mut args = vec!["ingest", "--no-index", "--data-dir", data.as_str()];
        args.extend(files.iter().map(String::as_str));
        let output = rightscope(&args);
        assert!(output.status.success(), "ingest: {}", stderr(&output));
        (temp, data)
    });
    path
}

fn run_ok(args: &[&str]) -> String {
    let output = rightscope(args);
    assert!(
        output.status.success(),
        "{args:?}: {}{}",
        stdout(&output),
        stderr(&output)
    );
    stdout(&output)
}

fn refs_json(name: &str) -> serde_json::Value {
    let out = run_ok(&["refs", name, "--data-dir", data(), "--format", "json"]);
    serde_json::from_str(&out).unwrap_or_else(|error| panic!("{error}: {out}"))
}

#[test]
fn refs_json_has_the_references_inherited_risks_and_citing_documents() {
    let report = refs_json("rfc8484");
    assert_eq!(report["version"], 1);
    assert_eq!(report["name"], "rfc8484");
    let depends = report["depends_on"].as_array().expect("depends_on");
    // RFC 8484 §11.1 (Normative References) cites [RFC8446] and [RFC6265], both stored, and
    // [RFC7540] (HTTP/2), not stored; §11.2 cites [RFC7858] informatively.
    let find = |label: &str| {
        depends
            .iter()
            .find(|r| r["label"] == label)
            .unwrap_or_else(|| panic!("no [{label}] in {depends:?}"))
    };
    assert_eq!(find("RFC8446")["kind"], "normative");
    assert_eq!(find("RFC8446")["target"], "rfc8446");
    assert_eq!(find("RFC8446")["stored"], true);
    assert_eq!(find("RFC6265")["stored"], true);
    assert_eq!(find("RFC7540")["kind"], "normative");
    assert_eq!(find("RFC7540")["stored"], false);
    assert_eq!(find("RFC7858")["kind"], "informative");
    // Cited informatively by RFC 9076 (§12.2) and RFC 9458 (§10.2).
    let incoming: Vec<(&str, &str)> = report["depended_on_by"]
        .as_array()
        .expect("depended_on_by")
        .iter()
        .map(|r| {
            (
                r["from"].as_str().unwrap_or_default(),
                r["kind"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        incoming,
        vec![("rfc9076", "informative"), ("rfc9458", "informative")]
    );
    // Neither stored normative target (rfc6265, rfc8446, nor rfc2119/rfc8174) is assessed `creates`.
    assert_eq!(report["inherited_risks"], serde_json::json!([]));
    assert!(report["relations"].is_array());
}

#[test]
fn refs_json_inherits_risks_along_normative_and_informative_paths() {
    // RFC 9076 §12.1 cites [RFC6973] normatively, §12.2 cites [RFC7754] informatively. rfc6973 is
    // assessed `creates` for CONS, rfc7754 for CENS, GROUP and TRAF (`rightscope show`): normative
    // risks first, then informative ones, each with the path from rfc9076.
    let report = refs_json("rfc9076");
    let risks: Vec<(String, String, String, String)> = report["inherited_risks"]
        .as_array()
        .expect("inherited_risks")
        .iter()
        .map(|r| {
            let path: Vec<&str> = r["path"]
                .as_array()
                .map(|p| p.iter().filter_map(|n| n.as_str()).collect())
                .unwrap_or_default();
            (
                r["family"].as_str().unwrap_or_default().to_string(),
                r["source"].as_str().unwrap_or_default().to_string(),
                r["kind"].as_str().unwrap_or_default().to_string(),
                path.join(">"),
            )
        })
        .collect();
    let expected = [
        // rfc6973's CONS verdict is not inherited: how a document is written does not carry over.
        ("CENS", "rfc7754", "informative"),
        ("GROUP", "rfc7754", "informative"),
        ("TRAF", "rfc7754", "informative"),
    ];
    let expected: Vec<(String, String, String, String)> = expected
        .iter()
        .map(|(f, s, k)| {
            (
                f.to_string(),
                s.to_string(),
                k.to_string(),
                format!("rfc9076>{s}"),
            )
        })
        .collect();
    assert_eq!(risks, expected);
    // rfc9076's own verdicts are untouched: it creates no risk itself (CONS stays `discusses`).
    let shown = run_ok(&["show", "rfc9076", "--data-dir", data(), "--format", "json"]);
    let shown: serde_json::Value = serde_json::from_str(&shown).expect("JSON");
    let own = shown["verdicts"].as_array().expect("verdicts");
    assert!(!own.is_empty());
    assert!(own.iter().all(|v| v["verdict"] != "creates"), "{own:?}");
    // And the other way round: rfc6973 is depended on by rfc9076, normatively.
    let incoming = refs_json("rfc6973");
    assert_eq!(
        incoming["depended_on_by"],
        serde_json::json!([{"from": "rfc9076", "label": "RFC6973", "kind": "normative"}])
    );
    let text = run_ok(&["refs", "rfc9076", "--data-dir", data()]);
    assert!(
        text.lines().any(|line| line.contains("CENS")
            && line.contains("from rfc7754")
            && line.contains("informative")
            && line.ends_with("via rfc9076 → rfc7754")),
        "{text}"
    );
}

#[test]
fn refs_text_shows_the_same_report() {
    let text = run_ok(&["refs", "RFC 8484", "--data-dir", data()]);
    let report = refs_json("rfc8484");
    assert!(text.starts_with("rfc8484\n"), "{text}");
    let total = report["depends_on"].as_array().map_or(0, Vec::len);
    let stored = report["depends_on"]
        .as_array()
        .map_or(0, |all| all.iter().filter(|r| r["stored"] == true).count());
    assert!(
        text.contains(&format!("Depends on ({total} references, {stored} stored)")),
        "{text}"
    );
    let line = text
        .lines()
        .find(|line| line.contains("[RFC8446]"))
        .unwrap_or_else(|| panic!("no RFC8446 line: {text}"));
    assert!(
        line.contains("normative") && line.contains("rfc8446") && line.ends_with("stored"),
        "{line}"
    );
    assert!(
        text.contains("Inherited risks (shown apart: they never change rfc8484's own verdicts)"),
        "{text}"
    );
    assert!(text.contains("rfc8484's own verdicts)\n  none\n"), "{text}");
    assert!(text.contains("Depended on by (2 documents)"), "{text}");
    assert!(
        text.lines()
            .any(|line| line.contains("informative") && line.contains("rfc9458")),
        "{text}"
    );
}

#[test]
fn refs_of_an_unknown_document_exits_2_naming_it() {
    for format in ["text", "json"] {
        let output = rightscope(&[
            "refs",
            "rfc404404",
            "--data-dir",
            data(),
            "--format",
            format,
        ]);
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        assert!(stdout(&output).is_empty());
        let message = stderr(&output);
        assert!(
            message.contains("error: rfc404404: no such document in"),
            "{message}"
        );
    }
}

/// Per year (documents, then present/substantive for Security, Privacy, Human Rights and IANA
/// Considerations), counted from the headings (`grep -nE '^[0-9A-Z]+(\.[0-9]+)*\.? +.*Considerations'`)
/// and each body read by eye:
///
/// - 1997 rfc2119 §7 Security: substantive (three sentences on the security effect of not following a
///   MUST); no IANA section.
/// - 2011 rfc6265 §8 Security, §7 Privacy, §9 IANA (header field registrations): all substantive;
///   rfc6302 §4 Security substantive, no Privacy or IANA section.
/// - 2013 rfc6973 §9 Security, one 17-word sentence ("This document describes privacy aspects…"):
///   substantive; no Privacy Considerations section of its own, no IANA section.
/// - 2016 rfc7754 §5 Security, several paragraphs: substantive; no IANA section.
/// - 2017 rfc8174 §4 Security "there are no related security considerations", §3 IANA "does not
///   require any IANA actions": present, not substantive.
/// - 2018 rfc8404 §9 Security "There are no additional security considerations…" and §10 IANA "This
///   document has no IANA actions.": not substantive; rfc8446 §10 Security (a pointer to the analysis
///   in Appendices C–E) and §11 IANA substantive; rfc8484 §9 Security, §8 Privacy, §7 IANA (media type
///   registration) substantive.
/// - 2021 rfc9076 §10 Security substantive, §11 IANA "This document has no IANA actions.".
/// - 2024 rfc9458 §6 Security, §7 Privacy, §9 IANA (media types) substantive.
///
/// No document has a Human Rights Considerations section.
const BY_YEAR: [&str; 8] = [
    "1997,1,1,1,0,0,0,0,0,0,",
    "2011,2,2,2,1,1,0,0,1,1,",
    "2013,1,1,1,0,0,0,0,0,0,",
    "2016,1,1,1,0,0,0,0,0,0,",
    "2017,1,1,0,0,0,0,0,1,0,",
    "2018,3,3,2,1,1,0,0,3,2,",
    "2021,1,1,1,0,0,0,0,1,0,",
    "2024,1,1,1,1,1,0,0,1,1,",
];

#[test]
fn trends_by_year_as_csv_json_and_text() {
    let csv = run_ok(&[
        "trends",
        "--by",
        "year",
        "--format",
        "csv",
        "--data-dir",
        data(),
    ]);
    let mut lines = csv.lines();
    let header = lines.next().unwrap_or_default();
    assert!(
        header.starts_with(
            "group,documents,security_present,security_substantive,privacy_present,\
             privacy_substantive,human-rights_present,human-rights_substantive,iana_present,\
             iana_substantive,"
        ),
        "{header}"
    );
    assert!(header.ends_with(
        "verdict_creates,verdict_mitigates,verdict_mixed,verdict_discusses,verdict_none"
    ));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), BY_YEAR.len(), "{csv}");
    for (row, expected) in rows.iter().zip(BY_YEAR) {
        assert!(
            row.starts_with(expected),
            "{row} should start with {expected}"
        );
    }
    let columns = header.split(',').count();
    assert!(rows.iter().all(|row| row.split(',').count() == columns));

    let json: serde_json::Value = serde_json::from_str(&run_ok(&[
        "trends",
        "--format",
        "json",
        "--data-dir",
        data(),
    ]))
    .expect("JSON");
    assert_eq!(json["version"], 1);
    assert_eq!(json["by"], "year");
    let groups = json["groups"].as_array().expect("groups");
    let years: Vec<&str> = groups
        .iter()
        .map(|g| g["group"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        years,
        ["1997", "2011", "2013", "2016", "2017", "2018", "2021", "2024"]
    );
    let y2018 = &groups[5];
    assert_eq!(y2018["documents"], 3);
    assert_eq!(
        y2018["considerations"]["SecurityConsiderations"],
        serde_json::json!({"present": 3, "substantive": 2})
    );
    assert_eq!(
        y2018["considerations"]["PrivacyConsiderations"],
        serde_json::json!({"present": 1, "substantive": 1})
    );
    assert!(y2018["considerations"]
        .get("HumanRightsConsiderations")
        .is_none());
    // The JSON and the CSV carry the same counts: verdicts of each year summed over families.
    for (group, row) in groups.iter().zip(&rows) {
        let cells: Vec<&str> = row.split(',').collect();
        let creates = group["verdicts"]["creates"].as_i64().unwrap_or(0);
        assert_eq!(cells[cells.len() - 5], creates.to_string(), "{row}");
        let documents = group["documents"].as_i64().unwrap_or(0);
        assert_eq!(cells[1], documents.to_string());
    }

    let text = run_ok(&["trends", "--data-dir", data()]);
    let line = |year: &str| {
        text.lines()
            .find(|line| line.starts_with(year))
            .unwrap_or_else(|| panic!("no {year} line: {text}"))
            .split_whitespace()
            .collect::<Vec<_>>()
    };
    // group, documents, security, privacy, human rights, IANA as present %/substantive %.
    assert_eq!(
        &line("2018")[..6],
        ["2018", "3", "100/67", "33/33", "0/0", "100/67"]
    );
    assert_eq!(
        &line("2017")[..6],
        ["2017", "1", "100/0", "0/0", "0/0", "100/0"]
    );
    assert_eq!(
        &line("2011")[..6],
        ["2011", "2", "100/100", "50/50", "0/0", "50/50"]
    );
}

#[test]
fn trends_by_wg_without_datatracker_facts_is_one_unknown_group() {
    let csv = run_ok(&[
        "trends",
        "--by",
        "wg",
        "--format",
        "csv",
        "--data-dir",
        data(),
    ]);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 1, "{csv}");
    // The sums of the years: 11 documents; Security 11, 9 substantive; Privacy 3 and 3; IANA 7, 4.
    assert!(rows[0].starts_with("unknown,11,11,9,3,3,0,0,7,4,"), "{csv}");
}
