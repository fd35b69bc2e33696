//! The reference graph and trends on both backends (`sqlite::x` and `postgres::x`), over five small
//! documents whose expected figures are worked out by hand in the comments, and trends over twelve
//! sample RFCs whose considerations sections were counted by hand.

use rightscope_store::testing::PgServer;
use rightscope_store::{
    DocumentFacts, NewAssessment, NewConsideration, NewFinding, NewReference, NewRevision, Store,
    TrendGroup,
};

fn reference(label: &str, kind: &str, target: Option<&str>) -> NewReference {
    NewReference {
        label: label.to_string(),
        kind: kind.to_string(),
        target: target.map(str::to_string),
        title: Some(format!("Title of {label}")),
        span: Some((0, 5)),
    }
}

fn consideration(kind: &str, substantive: bool) -> NewConsideration {
    NewConsideration {
        kind: kind.to_string(),
        substantive,
        words: if substantive { 120 } else { 3 },
    }
}

fn assessment(family: &str, verdict: &str) -> NewAssessment {
    NewAssessment {
        family: family.to_string(),
        verdict: verdict.to_string(),
        score: if verdict == "creates" { -3.0 } else { 3.0 },
        risk: 0.0,
        mitigation: 0.0,
        context: 0,
        findings: 1,
        confidence: None,
    }
}

fn finding(family: &str, polarity: &str, at: i64) -> NewFinding {
    NewFinding {
        code: format!("{family}001"),
        name: "rule".to_string(),
        family: family.to_string(),
        polarity: polarity.to_string(),
        severity: "warning".to_string(),
        message: "m".to_string(),
        span_start: at,
        span_end: at + 1,
        sentence_start: at,
        sentence_end: at + 1,
        line: 1,
        col: 1,
        end_line: 1,
        end_col: 2,
        section: None,
        section_kind: "Body".to_string(),
        strength: "MAY".to_string(),
        negated: false,
        weight: 1.0,
        confidence: None,
        fingerprint: format!("fp-{family}-{polarity}-{at}"),
        questions: Vec::new(),
    }
}

struct Fixture {
    name: &'static str,
    date: &'static str,
    wg: Option<&'static str>,
    references: Vec<NewReference>,
    considerations: Vec<NewConsideration>,
    findings: Vec<NewFinding>,
    assessments: Vec<NewAssessment>,
}

fn revision(f: Fixture) -> NewRevision {
    NewRevision {
        document: DocumentFacts {
            sdo: Some("ietf".to_string()),
            stream: Some("IETF".to_string()),
            wg: f.wg.map(str::to_string),
            ..DocumentFacts::named(f.name)
        },
        rev: None,
        date: Some(f.date.to_string()),
        format: "rfc-text".to_string(),
        path: format!("{}.txt", f.name),
        sha256: format!("sha-{}", f.name),
        size: 100,
        title: Some(format!("Title of {}", f.name)),
        text: "text".to_string(),
        sections: Vec::new(),
        meta: serde_json::json!({}),
        findings: f.findings,
        assessments: f.assessments,
        events: Vec::new(),
        relations: Vec::new(),
        references: f.references,
        considerations: f.considerations,
    }
}

/// rfc7000 → (n) rfc9001 → (n) rfc8446 → (n) rfc5280; rfc7001 → (i) rfc5280; rfc9001 → (i) rfc9999
/// (not stored). Verdicts `creates`: rfc9001 ENC, rfc8446 ID, rfc5280 SURV.
fn corpus() -> Vec<NewRevision> {
    vec![
        revision(Fixture {
            name: "rfc9001",
            date: "2019-05",
            wg: Some("quic"),
            references: vec![
                reference("TLS13", "normative", Some("rfc8446")),
                reference("RFC9999", "informative", Some("rfc9999")),
                reference("paper", "informative", None),
            ],
            considerations: vec![
                consideration("SecurityConsiderations", true),
                consideration("IanaConsiderations", false),
            ],
            findings: vec![
                finding("ENC", "risk", 1),
                finding("ENC", "risk", 2),
                finding("SURV", "mitigation", 3),
            ],
            assessments: vec![
                assessment("ENC", "creates"),
                assessment("SURV", "mitigates"),
            ],
        }),
        revision(Fixture {
            name: "rfc8446",
            date: "2018-08",
            wg: Some("tls"),
            references: vec![reference("RFC5280", "normative", Some("rfc5280"))],
            considerations: vec![
                consideration("SecurityConsiderations", true),
                consideration("PrivacyConsiderations", true),
            ],
            findings: vec![finding("ID", "risk", 1)],
            assessments: vec![assessment("ENC", "mitigates"), assessment("ID", "creates")],
        }),
        revision(Fixture {
            name: "rfc5280",
            date: "2008-05",
            wg: Some("pkix"),
            references: Vec::new(),
            considerations: vec![consideration("SecurityConsiderations", true)],
            findings: vec![finding("SURV", "risk", 1), finding("SURV", "context", 2)],
            assessments: vec![assessment("SURV", "creates")],
        }),
        revision(Fixture {
            name: "rfc7000",
            date: "2019-01",
            wg: Some("quic"),
            references: vec![
                reference("RFC9001", "normative", Some("rfc9001")),
                reference("RFC5280", "informative", Some("rfc5280")),
            ],
            considerations: vec![consideration("SecurityConsiderations", false)],
            findings: Vec::new(),
            assessments: Vec::new(),
        }),
        revision(Fixture {
            name: "rfc7001",
            date: "2019-12",
            wg: None,
            references: vec![reference("RFC5280", "informative", Some("rfc5280"))],
            considerations: Vec::new(),
            findings: Vec::new(),
            assessments: Vec::new(),
        }),
    ]
}

async fn outgoing_and_incoming(store: &Store) {
    store.put_revisions(&corpus()).await.expect("put");
    let out = store.references_of("rfc9001").await.expect("refs");
    let shown: Vec<(&str, &str, Option<&str>, bool)> = out
        .iter()
        .map(|r| {
            (
                r.label.as_str(),
                r.kind.as_str(),
                r.target.as_deref(),
                r.stored,
            )
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            ("TLS13", "normative", Some("rfc8446"), true),
            ("RFC9999", "informative", Some("rfc9999"), false),
            ("paper", "informative", None, false),
        ]
    );
    let incoming = store.referenced_by("rfc5280").await.expect("incoming");
    let shown: Vec<(&str, &str)> = incoming
        .iter()
        .map(|r| (r.from.as_str(), r.kind.as_str()))
        .collect();
    assert_eq!(
        shown,
        vec![
            ("rfc7000", "informative"),
            ("rfc7001", "informative"),
            ("rfc8446", "normative")
        ]
    );
    assert!(store
        .references_of("rfc404")
        .await
        .expect("unknown")
        .is_empty());
    // Idempotent: the same batch again stores nothing twice.
    store.put_revisions(&corpus()).await.expect("again");
    assert_eq!(store.references_of("rfc9001").await.expect("refs").len(), 3);
}

async fn inherited_risks_follow_normative_paths(store: &Store) {
    store.put_revisions(&corpus()).await.expect("put");
    let risks = store.inherited_risks("rfc7000").await.expect("risks");
    let shown: Vec<(&str, &str, String, &str)> = risks
        .iter()
        .map(|r| {
            (
                r.family.as_str(),
                r.source.as_str(),
                r.path.join(">"),
                r.kind.as_str(),
            )
        })
        .collect();
    // rfc5280 is reached normatively at depth 3, so its informative direct reference adds nothing.
    assert_eq!(
        shown,
        vec![
            ("ENC", "rfc9001", "rfc7000>rfc9001".to_string(), "normative"),
            (
                "ID",
                "rfc8446",
                "rfc7000>rfc9001>rfc8446".to_string(),
                "normative"
            ),
            (
                "SURV",
                "rfc5280",
                "rfc7000>rfc9001>rfc8446>rfc5280".to_string(),
                "normative"
            ),
        ]
    );
    let informative = store.inherited_risks("rfc7001").await.expect("risks");
    assert_eq!(informative.len(), 1);
    assert_eq!(informative[0].kind, "informative");
    assert_eq!(informative[0].path, vec!["rfc7001", "rfc5280"]);
    // The document's own verdicts are untouched: rfc7000 has none.
    let view = store
        .document("rfc7000")
        .await
        .expect("read")
        .expect("stored");
    let latest = view.revisions.last().expect("revision").id;
    assert!(store
        .assessments(latest)
        .await
        .expect("assessments")
        .is_empty());
}

async fn trends_by_year_and_wg(store: &Store) {
    store.put_revisions(&corpus()).await.expect("put");
    let rows = store.trends(TrendGroup::Year).await.expect("trends");
    let groups: Vec<(&str, i64)> = rows
        .iter()
        .map(|r| (r.group.as_str(), r.documents))
        .collect();
    assert_eq!(groups, vec![("2008", 1), ("2018", 1), ("2019", 3)]);
    let y2019 = &rows[2];
    // Security: rfc9001 (substantive), rfc7000 ("None."), rfc7001 has none → 2 present, 1 substantive.
    let security = y2019.considerations["SecurityConsiderations"];
    assert_eq!((security.present, security.substantive), (2, 1));
    let iana = y2019.considerations["IanaConsiderations"];
    assert_eq!((iana.present, iana.substantive), (1, 0));
    assert!((y2019.share("SecurityConsiderations", false) - 2.0 / 3.0).abs() < 1e-9);
    assert!((y2019.share("SecurityConsiderations", true) - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(y2019.findings["ENC"]["risk"], 2);
    assert_eq!(y2019.findings["SURV"]["mitigation"], 1);
    assert_eq!(y2019.verdicts.get("creates"), Some(&1));
    assert_eq!(y2019.verdicts.get("mitigates"), Some(&1));
    let y2008 = &rows[0];
    assert_eq!(y2008.findings["SURV"]["risk"], 1);
    assert_eq!(y2008.findings["SURV"]["context"], 1);
    let by_wg = store.trends(TrendGroup::Wg).await.expect("trends");
    let groups: Vec<(&str, i64)> = by_wg
        .iter()
        .map(|r| (r.group.as_str(), r.documents))
        .collect();
    assert_eq!(
        groups,
        vec![("pkix", 1), ("quic", 2), ("tls", 1), ("unknown", 1)]
    );
    let tls = &by_wg[2];
    assert_eq!(tls.considerations["PrivacyConsiderations"].substantive, 1);
}

/// The sample RFCs of four publication years, parsed and checked as `rightscope ingest` does.
fn sample_years() -> Vec<NewRevision> {
    let sample =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/sample");
    let catalogue = rightscope_rules::Catalogue::builtin().expect("built-in rules");
    let checker = rightscope_rules::Checker::new(&catalogue).expect("rules compile");
    [
        "rfc6108", "rfc6265", "rfc6302", // 2011
        "rfc8404", "rfc8446", "rfc8484", // 2018
        "rfc8981", "rfc9000", "rfc9071", "rfc9076", // 2021
        "rfc9458", "rfc9620", // 2024
    ]
    .iter()
    .map(|name| {
        let path = sample.join(format!("{name}.txt"));
        let bytes =
            std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let document =
            rightscope_doc::parse(&bytes, &path.display().to_string(), &Default::default())
                .unwrap_or_else(|error| panic!("{name}: {error}"));
        let check = checker.check(&document);
        let revision =
            NewRevision::from_check(&document, &check, DocumentFacts::default()).expect("named");
        assert!(
            revision.date.is_some(),
            "{name}: no date read: {:?}",
            document.meta
        );
        revision
    })
    .collect()
}

/// Considerations per year over real RFCs, counted by hand from the text files in
/// `shared/corpus/sample`:
///
/// - publication years from the first page: `grep -oE '(January|…|December) +[0-9]{4}' rfcNNNN.txt | head -1`
///   (2011: rfc6108, rfc6265, rfc6302; 2018: rfc8404, rfc8446, rfc8484; 2021: rfc8981, rfc9000,
///   rfc9071, rfc9076; 2024: rfc9458, rfc9620);
/// - sections from the headings: `grep -nE '^[0-9A-Z]+(\.[0-9]+)*\.? +.*Considerations' rfcNNNN.txt`
///   (table-of-contents lines and running headers dropped), then each section body read by eye.
///
/// Security Considerations: every one of the 12 has one. Not substantive: rfc8404 §9 ("There are no
/// additional security considerations as this is a summary…"). Substantive although short: rfc6302 §4
/// (what operators cannot do without ports and timestamps) and rfc8446 §10 (a pointer to Appendices C–E,
/// where the security analysis is, not a statement that there is none).
/// Privacy Considerations: rfc6265 §7 (2011), rfc8484 §8 (2018), rfc9458 §7 (2024), all substantive.
/// Not counted: headings that name privacy without being considerations, such as rfc9000 §9.5
/// "Privacy Implications of Connection Migration"; rfc9076's "DNS Privacy Considerations" is the document's title, its own
/// sections are Security (§10, substantive: "This document is entirely about security -- more
/// precisely, privacy…") and IANA.
/// Human Rights Considerations: none. rfc9620 §4 is "Guidelines for Human Rights Considerations", a
/// questionnaire for other documents' authors, not rfc9620's own considerations.
async fn trends_over_sample_rfcs_match_a_hand_count(store: &Store) {
    store.put_revisions(&sample_years()).await.expect("put");
    let rows = store.trends(TrendGroup::Year).await.expect("trends");
    let counts = |year: &str, kind: &str| {
        let row = rows
            .iter()
            .find(|row| row.group == year)
            .unwrap_or_else(|| panic!("no {year} row in {rows:?}"));
        let count = row.considerations.get(kind).copied().unwrap_or_default();
        (row.documents, count.present, count.substantive)
    };
    let years: Vec<&str> = rows.iter().map(|row| row.group.as_str()).collect();
    assert_eq!(years, vec!["2011", "2018", "2021", "2024"]);
    // (documents, with a section, with a substantive one)
    assert_eq!(counts("2011", "SecurityConsiderations"), (3, 3, 3));
    assert_eq!(counts("2011", "PrivacyConsiderations"), (3, 1, 1));
    assert_eq!(counts("2011", "HumanRightsConsiderations"), (3, 0, 0));
    assert_eq!(counts("2018", "SecurityConsiderations"), (3, 3, 2));
    assert_eq!(counts("2018", "PrivacyConsiderations"), (3, 1, 1));
    assert_eq!(counts("2018", "HumanRightsConsiderations"), (3, 0, 0));
    assert_eq!(counts("2021", "SecurityConsiderations"), (4, 4, 4));
    assert_eq!(counts("2021", "PrivacyConsiderations"), (4, 0, 0));
    assert_eq!(counts("2021", "HumanRightsConsiderations"), (4, 0, 0));
    assert_eq!(counts("2024", "SecurityConsiderations"), (2, 2, 2));
    assert_eq!(counts("2024", "PrivacyConsiderations"), (2, 1, 1));
    assert_eq!(counts("2024", "HumanRightsConsiderations"), (2, 0, 0));
}

macro_rules! suite {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    let dir = tempfile::tempdir().expect("temp dir");
                    let store = super::Store::open(dir.path().join("data")).await.expect("open SQLite store");
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
                    super::$name(&store).await;
                    store.close().await;
                }
            )*
        }
    };
}

suite!(
    outgoing_and_incoming,
    inherited_risks_follow_normative_paths,
    trends_by_year_and_wg,
    trends_over_sample_rfcs_match_a_hand_count
);

async fn pg_store() -> Store {
    let server = match PgServer::shared() {
        Ok(server) => server,
        Err(error) => panic!("{error}"),
    };
    let url = server
        .create_database()
        .unwrap_or_else(|error| panic!("{error}"));
    Store::open(url.as_str())
        .await
        .unwrap_or_else(|error| panic!("{error}"))
}
