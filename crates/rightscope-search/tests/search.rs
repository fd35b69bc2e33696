//! The query language, filters, ranking and snippets over the synthetic fixtures and a few real RFCs.

mod common;

use common::{fixture_index, key_set, keys};
use rightscope_search::{HitKind, SearchIndex, SearchResults, MAX_QUERY_BYTES};

fn search(index: &SearchIndex, query: &str) -> SearchResults {
    index
        .search(query, 100, 0)
        .unwrap_or_else(|error| panic!("{query:?}: {error}"))
}

fn revisions(index: &SearchIndex, query: &str) -> Vec<String> {
    key_set(&search(index, &format!("{query} kind:revision")))
}

#[test]
fn phrase_needs_the_words_in_order() {
    let (_dir, index) = fixture_index();
    assert_eq!(revisions(&index, "\"lawful intercept\""), ["rfc9902"]);
    // Without quotes the W3C note, which has both words apart, matches too.
    assert_eq!(
        revisions(&index, "lawful intercept"),
        ["rfc9902", "w3c-tracking-pref"]
    );
    assert_eq!(
        revisions(&index, "\"intercept lawful\""),
        Vec::<String>::new()
    );
}

#[test]
fn boolean_operators() {
    let (_dir, index) = fixture_index();
    assert_eq!(
        revisions(&index, "telemetry OR wiretap OR handover"),
        ["draft-foo-telemetry-03", "rfc9902"]
    );
    assert_eq!(revisions(&index, "widget AND handover"), ["rfc9902"]);
    assert_eq!(
        revisions(&index, "widget -handover"),
        ["rfc9901", "rfc9906"]
    );
    // Only an exclusion: everything else.
    let without = revisions(&index, "-widget");
    assert!(without.contains(&"rfc9905".to_string()));
    assert!(!without.contains(&"rfc9901".to_string()));
}

#[test]
fn stemming_matches_word_forms() {
    let (_dir, index) = fixture_index();
    assert_eq!(
        revisions(&index, "intercepted"),
        ["rfc9902", "w3c-tracking-pref"]
    );
    assert!(revisions(&index, "encrypting").contains(&"rfc9901".to_string()));
}

#[test]
fn each_filter() {
    let (_dir, index) = fixture_index();
    assert_eq!(revisions(&index, "sdo:w3c"), ["w3c-tracking-pref"]);
    assert!(!revisions(&index, "sdo:IETF").contains(&"w3c-tracking-pref".to_string()));
    assert_eq!(
        revisions(&index, "status:\"Proposed Standard\""),
        ["rfc9901"]
    );
    assert_eq!(revisions(&index, "status:proposed-standard"), ["rfc9901"]);
    assert_eq!(
        revisions(&index, "STATUS:informational"),
        ["rfc9902", "rfc9906"]
    );
    assert_eq!(revisions(&index, "wg:tls"), ["rfc9901"]);
    assert_eq!(
        revisions(&index, "wg:TLS,opsawg"),
        ["draft-foo-telemetry-03", "rfc9901"]
    );
    assert_eq!(revisions(&index, "stream:independent"), ["rfc9902"]);
    assert_eq!(revisions(&index, "kind:draft"), ["draft-foo-telemetry-03"]);
    assert_eq!(revisions(&index, "key:RFC9902"), ["rfc9902"]);
    assert_eq!(
        revisions(&index, "sdo:ietf -stream:ietf"),
        ["rfc9902"],
        "exclusions apply"
    );
    assert_eq!(revisions(&index, "family:anon"), ["w3c-tracking-pref"]);
    assert_eq!(revisions(&index, "verdict:mixed"), ["rfc9905"]);

    let findings = search(&index, "kind:finding");
    assert_eq!(findings.total, 5);
    assert!(findings.hits.iter().all(|hit| hit.kind == HitKind::Finding));
    assert_eq!(key_set(&search(&index, "code:li001")), ["rfc9902"]);
    assert_eq!(search(&index, "polarity:mitigation").total, 1);
    // Findings inherit their revision's filters.
    assert_eq!(
        key_set(&search(&index, "kind:finding wg:opsawg")),
        ["draft-foo-telemetry-03"]
    );
    // Filters narrow free text.
    assert_eq!(
        revisions(&index, "encryption sdo:ietf year:2021"),
        ["rfc9901"]
    );
}

#[test]
fn family_and_verdict_refer_to_the_same_family() {
    let (_dir, index) = fixture_index();
    // rfc9902 creates LI and mitigates SURV: it must not match SURV + creates.
    let results = search(&index, "family:SURV verdict:creates");
    assert_eq!(key_set(&results), ["draft-foo-telemetry-03"]);
    for hit in &results.hits {
        if hit.kind == HitKind::Finding {
            assert_eq!(hit.family.as_deref(), Some("SURV"));
            assert_eq!(hit.verdict.as_deref(), Some("creates"));
        }
    }
    assert_eq!(revisions(&index, "family:li verdict:CREATES"), ["rfc9902"]);
    assert_eq!(
        revisions(&index, "family:SURV verdict:mitigates"),
        ["rfc9901", "rfc9902", "w3c-tracking-pref"]
    );
    assert_eq!(
        revisions(&index, "family:SURV -verdict:mitigates"),
        ["draft-foo-telemetry-03", "rfc9905", "rfc9906"]
    );
    // A family whose verdict is `none` does not count as the document's family…
    assert_eq!(
        revisions(&index, "family:ENC"),
        ["rfc9901", "rfc9902", "rfc9905"]
    );
    // …but can still be asked for explicitly.
    assert_eq!(
        revisions(&index, "family:ENC verdict:none"),
        ["draft-foo-telemetry-03"]
    );
    // Any family with the verdict, when no family is named.
    assert_eq!(
        revisions(&index, "verdict:creates"),
        ["draft-foo-telemetry-03", "rfc9902"]
    );
}

#[test]
fn year_and_year_ranges() {
    let (_dir, index) = fixture_index();
    assert_eq!(revisions(&index, "year:2015"), ["rfc9905"]);
    assert_eq!(
        revisions(&index, "year:2015..2020"),
        ["rfc9905", "rfc9906", "w3c-tracking-pref"],
        "both ends included"
    );
    assert_eq!(revisions(&index, "year:..2012"), ["rfc9902", "rfc9907"]);
    assert_eq!(
        revisions(&index, "year:2021.."),
        ["draft-foo-telemetry-03", "rfc9901"]
    );
    assert_eq!(
        revisions(&index, "year:2009,2024"),
        ["draft-foo-telemetry-03", "rfc9907"]
    );
    assert_eq!(
        revisions(&index, "-year:2000..2020"),
        ["draft-foo-telemetry-03", "rfc9901"]
    );
    assert_eq!(
        revisions(&index, "year:2010..2020 monitoring"),
        ["rfc9902", "rfc9905", "rfc9906"]
    );

    let bad = search(&index, "year:soon kind:revision");
    assert_eq!(bad.total, 7, "an unreadable year is ignored");
    assert!(bad
        .warnings
        .iter()
        .any(|warning| warning.contains("year:soon")));
}

#[test]
fn finding_hits_carry_their_rule() {
    let (_dir, index) = fixture_index();
    let results = search(&index, "\"MAC address\" kind:finding");
    assert_eq!(results.total, 1);
    let hit = &results.hits[0];
    assert_eq!(hit.kind, HitKind::Finding);
    assert_eq!(hit.key, "draft-foo-telemetry-03");
    assert_eq!(hit.name, "draft-foo-telemetry");
    assert_eq!(hit.rev.as_deref(), Some("03"));
    assert_eq!(hit.title, "Device Telemetry Reporting");
    assert_eq!(hit.code.as_deref(), Some("ID001"));
    assert_eq!(hit.family.as_deref(), Some("ID"));
    assert_eq!(hit.polarity.as_deref(), Some("risk"));
    assert_eq!(hit.verdict.as_deref(), Some("creates"));
    assert_eq!(hit.section.as_deref(), Some("2 Report Format"));
    let marked: Vec<&str> = hit
        .snippet
        .highlights
        .iter()
        .map(|range| &hit.snippet.text[range.clone()])
        .collect();
    assert_eq!(marked, ["MAC", "address"]);
    assert!(hit
        .snippet
        .to_html()
        .contains("<mark>MAC</mark> <mark>address</mark>"));
}

#[test]
fn title_match_outranks_body_only_match() {
    let (_dir, index) = fixture_index();
    let results = search(&index, "pervasive monitoring kind:revision");
    assert_eq!(keys(&results), ["rfc9905", "rfc9906"]);
    assert!(results.hits[0].score > results.hits[1].score);
}

#[test]
fn results_are_sorted_and_ties_are_stable_across_pages() {
    let (_dir, index) = fixture_index();
    let all = search(&index, "widget");
    assert!(all
        .hits
        .windows(2)
        .all(|pair| pair[0].score >= pair[1].score));

    // Filters score nothing, so every hit ties: pages must still partition the results.
    let query = "sdo:ietf";
    let full = index.search(query, 100, 0).expect("search");
    assert_eq!(full.total, 11);
    let mut paged = Vec::new();
    for offset in (0..full.total).step_by(3) {
        let page = index.search(query, 3, offset).expect("page");
        assert_eq!(page.total, full.total);
        paged.extend(page.hits.into_iter().map(|hit| (hit.key, hit.code)));
    }
    let expected: Vec<_> = full
        .hits
        .into_iter()
        .map(|hit| (hit.key, hit.code))
        .collect();
    assert_eq!(paged, expected);
    let again: Vec<_> = index
        .search(query, 100, 0)
        .expect("search")
        .hits
        .into_iter()
        .map(|hit| (hit.key, hit.code))
        .collect();
    assert_eq!(again, expected);
}

#[test]
fn limits_and_offsets() {
    let (_dir, index) = fixture_index();
    let counted = index.search("widget", 0, 0).expect("count only");
    assert!(counted.hits.is_empty());
    assert!(counted.total > 0);
    let beyond = index.search("widget", 10, 1000).expect("beyond the end");
    assert!(beyond.hits.is_empty());
    assert_eq!(beyond.total, counted.total);
    assert_eq!(
        index
            .search("widget", usize::MAX, usize::MAX)
            .expect("huge")
            .total,
        counted.total
    );
}

#[test]
fn empty_queries_find_nothing_without_error() {
    let (_dir, index) = fixture_index();
    for query in ["", "   ", "\t\n", "sdo:", "\"\"", "()"] {
        let results = index.search(query, 10, 0).expect("no error");
        assert_eq!(results.total, 0, "{query:?}");
        assert!(results.hits.is_empty());
    }
}

#[test]
fn hostile_queries_never_fail() {
    let (_dir, index) = fixture_index();
    let deep = "(".repeat(10_000);
    let huge = "privacy ".repeat(100_000);
    let many_quotes = "\"".repeat(5_000);
    let hostile = [
        "\"lawful intercept",
        "lawful intercept\"",
        "bogus:encryption",
        "title:",
        "field:",
        ":",
        "::::",
        "(((((",
        ")))))",
        "AND OR NOT",
        "AND",
        "-",
        "--widget",
        "+",
        "*",
        "\\",
        "privacy^",
        "privacy^abc",
        "privacy~",
        "[2010 TO",
        "year:[2010 TO 2020]",
        "{a TO b}",
        "title:[a TO z]",
        "excerpt:widget",
        "hit:widget",
        "\u{0}\u{1}\u{7f}",
        "日本語 🔒 عربى",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        deep.as_str(),
        huge.as_str(),
        many_quotes.as_str(),
    ];
    for query in hostile {
        let shown: String = query.chars().take(40).collect();
        let results = index
            .search(query, 10, 0)
            .unwrap_or_else(|error| panic!("{shown:?}: {error}"));
        assert!(results.hits.len() <= 10, "{shown:?}");
    }
    // Syntax errors fall back to the words, so the user still finds something.
    let unbalanced = search(&index, "\"lawful intercept kind:revision");
    assert!(keys(&unbalanced).contains(&"rfc9902".to_string()));
    let unknown = search(&index, "bogus:encryption kind:revision");
    assert!(keys(&unknown).contains(&"rfc9901".to_string()));
    assert!(!unknown.warnings.is_empty());
    let cut = search(&index, &huge);
    assert!(cut
        .warnings
        .iter()
        .any(|warning| warning.contains(&MAX_QUERY_BYTES.to_string())));
    assert!(cut.total > 0);
}

#[test]
fn snippets_escape_hostile_text() {
    let (_dir, index) = fixture_index();
    let results = search(&index, "hostile kind:revision");
    assert_eq!(keys(&results), ["rfc9907"]);
    let hit = &results.hits[0];
    assert!(
        hit.title.contains("<script>"),
        "stored title is the original text"
    );
    let html = hit.snippet.to_html();
    assert!(html.contains("<mark>hostile</mark>"), "{html}");
    assert!(
        html.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"),
        "{html}"
    );
    let without_marks = html.replace("<mark>", "").replace("</mark>", "");
    for forbidden in ['<', '>', '"', '\''] {
        assert!(!without_marks.contains(forbidden), "{forbidden} in {html}");
    }
    // The text itself is unescaped, for callers that render it their own way.
    assert!(hit.snippet.text.contains("</mark><script>"));
}

#[test]
fn snippets_highlight_the_query_words() {
    let (_dir, index) = fixture_index();
    let results = search(&index, "encrypted kind:revision");
    assert!(!results.hits.is_empty());
    for hit in &results.hits {
        assert!(!hit.snippet.highlights.is_empty(), "{}", hit.key);
        for range in &hit.snippet.highlights {
            let word = hit.snippet.text[range.clone()].to_lowercase();
            assert!(word.starts_with("encrypt"), "{word} in {}", hit.key);
        }
        assert!(!hit.snippet.text.contains('\n'), "whitespace is collapsed");
    }
    // Without free text there is nothing to highlight: the abstract's head.
    let filtered = search(&index, "key:rfc9901 kind:revision");
    assert!(filtered.hits[0].snippet.highlights.is_empty());
    assert!(filtered.hits[0]
        .snippet
        .text
        .starts_with("This document specifies"));
}

#[test]
fn real_rfcs() {
    let Some(dir) = common::sample_dir() else {
        eprintln!("skipped: /work/shared/corpus/sample is not on this machine");
        return;
    };
    let temp = tempfile::tempdir().expect("temp dir");
    let years = [
        (7258, 2014),
        (2804, 2000),
        (6973, 2013),
        (8280, 2017),
        (8446, 2018),
        (9000, 2021),
        (7624, 2015),
        (4941, 2007),
    ];
    let entries: Vec<common::Entry> = years
        .iter()
        .map(|&(number, year)| common::Entry {
            revision: common::real_rfc(&dir, number, year),
            findings: Vec::new(),
        })
        .collect();
    let index = common::build(temp.path(), "sample", &entries);
    let results = search(&index, "\"pervasive monitoring is an attack\"");
    assert_eq!(keys(&results).first().map(String::as_str), Some("rfc7258"));
    let wiretap = search(&index, "wiretapping");
    assert_eq!(keys(&wiretap).first().map(String::as_str), Some("rfc2804"));
    let hit = &wiretap.hits[0];
    assert!(
        hit.snippet
            .to_html()
            .to_lowercase()
            .contains("<mark>wiretap"),
        "{:?}",
        hit.snippet
    );
    assert_eq!(
        key_set(&search(&index, "year:2010..2015 privacy")),
        ["rfc6973", "rfc7258", "rfc7624"]
    );
    assert!(key_set(&search(&index, "rfc8446")).contains(&"rfc8446".to_string()));
    // A word only past the stored excerpt of RFC 9000 still finds it; the snippet falls back.
    let deep = search(&index, "\"stateless reset\" key:rfc9000");
    assert_eq!(deep.total, 1);
    assert!(!deep.hits[0].snippet.text.is_empty());
}

#[test]
fn long_bodies_are_searched_in_full_and_snippets_stay_bounded() {
    let temp = tempfile::tempdir().expect("temp dir");
    let mut body = "Filler words about widgets and gadgets. ".repeat(4_000);
    body.push_str("Only here, far past the stored excerpt, is zanzibar mentioned.");
    assert!(body.len() > rightscope_search::BODY_EXCERPT_BYTES);
    let long = common::Entry {
        revision: rightscope_search::RevisionRecord {
            key: "rfc9999".to_string(),
            name: "rfc9999".to_string(),
            sdo: "ietf".to_string(),
            kind: "rfc".to_string(),
            title: "A Long Document".to_string(),
            abstract_text: "An abstract without the rare word.".to_string(),
            body,
            ..Default::default()
        },
        findings: Vec::new(),
    };
    let index = common::build(temp.path(), "long", &[long]);
    let deep = search(&index, "zanzibar");
    assert_eq!(keys(&deep), ["rfc9999"]);
    // Past the excerpt: the abstract stands in, unhighlighted.
    assert_eq!(
        deep.hits[0].snippet.text,
        "An abstract without the rare word."
    );
    // Within the excerpt: a short highlighted window, not the whole text.
    let near = search(&index, "gadgets");
    let snippet = &near.hits[0].snippet;
    assert!(!snippet.highlights.is_empty());
    assert!(
        snippet.text.chars().count() <= 250,
        "{}",
        snippet.text.len()
    );
}

#[test]
fn default_writer_uses_two_threads_and_the_budget() {
    let options = rightscope_search::WriterOptions::default();
    assert!(options.threads >= 2);
    assert_eq!(options.memory_budget, 256 * 1024 * 1024);
    assert!(options.single_segment);
}
