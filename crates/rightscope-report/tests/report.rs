//! The four renderers on one small document: text and Markdown as snapshots, JSON by shape, SARIF
//! validated against the OASIS SARIF 2.1.0 schema (vendored from the npm package @microsoft/jest-sarif).

use rightscope_doc::{Format, Limits};
use rightscope_report::{
    json_report, markdown_report, sarif_report, write_text, DocumentResult, InputError, JsonStream,
    TextOptions,
};
use rightscope_rules::{Catalogue, Checker};

const SAMPLE: &str = include_str!("fixtures/sample.txt");

fn catalogue() -> Catalogue {
    Catalogue::builtin()
        .expect("builtin catalogue")
        .filtered(|rule| rule.code == "LI001")
}

fn checked() -> (rightscope_doc::Document, DocumentResult) {
    let document = rightscope_doc::parse_as(
        Format::RfcText,
        SAMPLE.as_bytes(),
        "drafts/sample.txt",
        &Limits::default(),
    )
    .expect("parses");
    let checker = Checker::new(&catalogue()).expect("compiles");
    let result = DocumentResult::new(&document, checker.check(&document));
    (document, result)
}

fn errors() -> Vec<InputError> {
    vec![InputError {
        path: "drafts/broken.xml".into(),
        message: "malformed rfc-xml document: unexpected end of stream at 3:1".into(),
    }]
}

#[test]
fn text_output() {
    let (_, result) = checked();
    let mut out = Vec::new();
    write_text(
        &mut out,
        &result,
        SAMPLE,
        &catalogue(),
        TextOptions::default(),
    )
    .expect("write");
    insta::assert_snapshot!(String::from_utf8_lossy(&out));
}

#[test]
fn markdown_output() {
    let (document, result) = checked();
    let markdown = markdown_report(std::slice::from_ref(&result), &catalogue(), |_, finding| {
        document.text.get(finding.sentence.clone())
    });
    insta::assert_snapshot!(markdown);
}

#[test]
fn json_output_has_the_documented_shape() {
    let (_, result) = checked();
    let report = json_report(std::slice::from_ref(&result), &errors());
    assert_eq!(report["version"], 1);
    assert_eq!(report["tool"]["name"], "rightscope");
    let document = &report["documents"][0];
    for key in [
        "path",
        "name",
        "rev",
        "title",
        "format",
        "assessment",
        "findings",
    ] {
        assert!(document.get(key).is_some(), "documents[].{key} missing");
    }
    let finding = &document["findings"][0];
    for key in [
        "code",
        "name",
        "family",
        "polarity",
        "severity",
        "message",
        "span",
        "line",
        "column",
        "end_line",
        "end_column",
        "section",
        "strength",
        "negated",
        "questions",
        "fingerprint",
    ] {
        assert!(finding.get(key).is_some(), "findings[].{key} missing");
    }
    assert!(finding["span"]["start"].as_u64().is_some());
    assert_eq!(report["errors"][0]["path"], "drafts/broken.xml");
    let assessment = &document["assessment"];
    assert_eq!(assessment.as_array().map(Vec::len), Some(12));
    let li = assessment
        .as_array()
        .and_then(|a| a.iter().find(|x| x["family"] == "LI"))
        .expect("LI");
    assert_eq!(li["verdict"], "creates");
}

#[test]
fn streamed_json_is_byte_for_byte_the_whole_report() {
    let (_, result) = checked();
    for (documents, errors) in [
        (vec![], vec![]),
        (vec![result.clone()], vec![]),
        (vec![result.clone(), result.clone()], errors()),
    ] {
        let mut whole = serde_json::to_vec_pretty(&json_report(&documents, &errors)).expect("json");
        whole.push(b'\n');
        let mut streamed = Vec::new();
        let mut stream = JsonStream::start(&mut streamed).expect("starts");
        for document in &documents {
            stream.document(&mut streamed, document).expect("writes");
        }
        stream.finish(&mut streamed, &errors).expect("ends");
        assert_eq!(
            String::from_utf8_lossy(&streamed),
            String::from_utf8_lossy(&whole)
        );
    }
}

/// The SARIF 2.1.0 schema as a validator. The published rtm.5 schema has one pattern that is not a valid
/// regular expression (``language`, an unbalanced `]`); we never write that property, so the pattern is
/// replaced by the intended one before compiling.
fn sarif_validator() -> jsonschema::Validator {
    let mut schema: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/sarif-schema-2.1.0.json"))
            .expect("schema is JSON");
    fix_language_patterns(&mut schema);
    jsonschema::draft4::new(&schema).expect("schema compiles")
}

fn fix_language_patterns(value: &mut serde_json::Value) {
    const BROKEN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key == "pattern" && child.as_str() == Some(BROKEN) {
                    *child = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into();
                } else {
                    fix_language_patterns(child);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(fix_language_patterns),
        _ => {}
    }
}

#[test]
fn sarif_output_is_valid_sarif_2_1_0() {
    let (_, result) = checked();
    let sarif = sarif_report(&catalogue(), std::slice::from_ref(&result), &errors());
    let validator = sarif_validator();
    let problems: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");

    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["rules"][0]["id"], "LI001");
    let first = &run["results"][0];
    assert_eq!(first["ruleId"], "LI001");
    assert_eq!(first["level"], "error");
    assert_eq!(
        first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "drafts/sample.txt"
    );
    assert!(
        first["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .is_some_and(|line| line >= 1)
    );
    assert!(first["partialFingerprints"]["rightscopeFingerprint/v1"].is_string());
    let notification = &run["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(notification["level"], "error");
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
}

#[test]
fn sarif_without_findings_is_valid_too() {
    let sarif = sarif_report(&catalogue(), &[], &[]);
    assert!(sarif_validator().is_valid(&sarif));
}

const REVIEW_COMMENT: &str = include_str!("fixtures/review-comment.txt");

/// The review comment over a draft with findings in several families, checked with every rule: grouped by
/// family, each finding with its section, the quoted passage, why it matters once per rule, and the
/// RFC 9620 questions.
#[test]
fn markdown_review_comment_groups_findings_by_family() {
    let catalogue = Catalogue::builtin().expect("builtin catalogue");
    let document = rightscope_doc::parse_as(
        Format::RfcText,
        REVIEW_COMMENT.as_bytes(),
        "draft-example-relay-protocol-02.txt",
        &Limits::default(),
    )
    .expect("parses");
    let checker = Checker::new(&catalogue).expect("compiles");
    let result = DocumentResult::new(&document, checker.check(&document));
    let markdown = markdown_report(std::slice::from_ref(&result), &catalogue, |_, finding| {
        document.text.get(finding.sentence.clone())
    });
    for expected in [
        "### Lawful interception (LI)",
        "Section 2 Protocol",
        "> The relay MUST provide a lawful intercept interface",
        "Why it matters:",
        "**RFC 9620 questions these passages raise**",
        "(RFC 9620, Section 4.12)",
    ] {
        assert!(
            markdown.contains(expected),
            "{expected:?} missing:\n{markdown}"
        );
    }
    insta::assert_snapshot!(markdown);
}

/// The plain-words questions are rightscope-review's RFC 9620 questionnaire, in the rules' question order.
#[test]
fn rfc9620_questions_match_the_review_questionnaire() {
    let ids: Vec<&str> = rightscope_report::RFC9620_QUESTIONS
        .iter()
        .map(|question| question.id)
        .collect();
    assert_eq!(ids, rightscope_rules::QUESTIONS.to_vec());
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../rightscope-review/data/rfc9620.toml"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        // Outside the workspace (a packaged crate) there is no questionnaire to compare with.
        return;
    };
    let questionnaire: toml::Value = toml::from_str(&text).expect("questionnaire is TOML");
    let questions = questionnaire["questions"].as_array().expect("questions");
    assert_eq!(questions.len(), ids.len());
    for (question, ours) in questions.iter().zip(rightscope_report::RFC9620_QUESTIONS) {
        for (key, value) in [
            ("id", ours.id),
            ("title", ours.title),
            ("section", ours.section),
            ("prompt", ours.prompt),
        ] {
            assert_eq!(
                question[key].as_str(),
                Some(value),
                "{key} of question {}: update crates/rightscope-report/src/questions.rs from {path}",
                ours.id
            );
        }
    }
}
