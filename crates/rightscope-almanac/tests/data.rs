//! Checks of the bundled almanac data: every file parses and is complete, dates are real and not in the
//! future, every URL is https, and comment channels render for working groups.

use std::collections::BTreeSet;

use rightscope_almanac::{Almanac, ChannelKind, Date, Openness};

const EXPECTED: &[&str] = &["ietf", "irtf", "w3c", "itu-t", "etsi", "3gpp", "ieee-802"];

#[test]
fn every_bundled_file_parses_and_passes_the_checks() {
    let almanac = Almanac::try_bundled().unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = almanac.bodies().iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, EXPECTED);
}

#[test]
fn every_data_file_is_bundled() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    let bundled: BTreeSet<String> = EXPECTED.iter().map(|id| format!("{id}.toml")).collect();
    assert_eq!(
        on_disk, bundled,
        "add new data files to BUNDLED in src/lib.rs"
    );
}

#[test]
fn required_text_is_present_and_plain() {
    for body in Almanac::bundled().bodies() {
        let texts = [
            ("about.description", &body.about.description),
            ("participate.summary", &body.participate.summary),
            ("cost.summary", &body.cost.summary),
            ("cost.membership", &body.cost.membership),
            ("cost.meetings", &body.cost.meetings),
            ("cost.waivers", &body.cost.waivers),
            ("documents.summary", &body.documents.summary),
            ("meetings.summary", &body.meetings.summary),
            ("remote.summary", &body.remote.summary),
            ("decisions.summary", &body.decisions.summary),
            ("ethics.summary", &body.ethics.summary),
            ("comments.summary", &body.comments.summary),
            ("comment_window.summary", &body.comment_window.summary),
        ];
        for (field, text) in texts {
            assert!(!text.trim().is_empty(), "{}: {field} is empty", body.id);
            // Translators get plain sentences: no markup, no line breaks.
            assert!(
                !text.contains(['<', '>', '\n', '*', '`']),
                "{}: {field} has markup or line breaks: {text:?}",
                body.id
            );
            assert!(
                text.trim_end().ends_with('.'),
                "{}: {field} must end with a full stop",
                body.id
            );
        }
        let sentences = body.about.description.matches(". ").count() + 1;
        assert!(
            (2..=4).contains(&sentences),
            "{}: about.description should be 2–3 sentences, has {sentences}",
            body.id
        );
        assert!(!body.participate.steps.is_empty(), "{}: no steps", body.id);
        assert!(!body.ethics.policies.is_empty(), "{}: no policies", body.id);
        assert!(
            !body.comments.channels.is_empty(),
            "{}: no channels",
            body.id
        );
    }
}

#[test]
fn checked_dates_are_real_and_not_in_the_future() {
    let today = Date::today_utc().expect("the system clock gives a date");
    for body in Almanac::bundled().bodies() {
        for section in body.sections() {
            assert!(
                section.checked <= today,
                "{}.{}: checked {} is after today ({today})",
                body.id,
                section.section,
                section.checked
            );
            assert!(
                section.checked >= Date::new(2024, 1, 1).expect("a real date"),
                "{}.{}: checked {} is implausibly old",
                body.id,
                section.section,
                section.checked
            );
            assert!(
                !section.sources.is_empty(),
                "{}.{}: no sources",
                body.id,
                section.section
            );
        }
    }
}

#[test]
fn every_url_is_https() {
    for body in Almanac::bundled().bodies() {
        let urls = body.urls();
        assert!(urls.len() > 5, "{}: few URLs", body.id);
        for url in urls {
            assert!(
                url.starts_with("https://"),
                "{}: {url} is not https",
                body.id
            );
        }
    }
}

#[test]
fn lookup_by_id_alias_and_case() {
    let almanac = Almanac::bundled();
    assert_eq!(
        almanac.body("IETF").map(|b| b.short_name.as_str()),
        Some("IETF")
    );
    assert_eq!(almanac.body("itu").map(|b| b.id.as_str()), Some("itu-t"));
    assert_eq!(
        almanac.body("ieee").map(|b| b.id.as_str()),
        Some("ieee-802")
    );
    assert!(almanac.body("nonesuch").is_none());
}

#[test]
fn ietf_working_group_channels() {
    let channels = Almanac::bundled().comment_channels("ietf", Some("httpbis"));
    let list = &channels[0];
    assert_eq!(list.kind, ChannelKind::MailingList);
    assert_eq!(list.target, "httpbis@ietf.org");
    assert_eq!(list.href, "mailto:httpbis@ietf.org");
    assert!(channels
        .iter()
        .any(|c| c.target == "https://datatracker.ietf.org/wg/httpbis/about/"));
    assert!(channels.iter().any(|c| c.target == "last-call@ietf.org"));
}

#[test]
fn irtf_and_ieee_group_names_are_normalised() {
    let almanac = Almanac::bundled();
    let hrpc = almanac.comment_channels("irtf", Some("HRPC"));
    assert_eq!(hrpc[0].target, "hrpc@irtf.org");
    let wifi = almanac.comment_channels("ieee", Some("802.11"));
    assert_eq!(wifi[0].target, "https://www.ieee802.org/11/");
}

#[test]
fn odd_group_names_give_only_general_channels() {
    let almanac = Almanac::bundled();
    let general = almanac.comment_channels("ietf", None);
    for odd in ["", "a b", "x@evil.example", "../../admin", "wg?x=1"] {
        assert_eq!(
            almanac.comment_channels("ietf", Some(odd)),
            general,
            "{odd:?}"
        );
    }
    assert!(almanac.comment_channels("nonesuch", Some("x")).is_empty());
    assert!(general.iter().all(|c| !c.target.contains("{wg}")));
}

#[test]
fn openness_matches_what_is_widely_known() {
    let almanac = Almanac::bundled();
    let ietf = almanac.body("ietf").expect("ietf");
    assert_eq!(ietf.documents.drafts_public, Openness::Yes);
    assert_eq!(ietf.meetings.mailing_lists_open, Openness::Yes);
    let itu = almanac.body("itu-t").expect("itu-t");
    assert_eq!(itu.documents.final_free, Openness::Yes);
    assert_eq!(itu.meetings.meetings_open, Openness::No);
}

#[test]
fn openness_statements_are_short_plain_and_sourced() {
    use rightscope_almanac::{Barrier, Principle};
    for body in Almanac::bundled().bodies() {
        assert_eq!(body.openness.principles.len(), Principle::ALL.len());
        assert_eq!(body.openness.barriers.len(), Barrier::ALL.len());
        let entries = body
            .openness
            .principles
            .iter()
            .map(|e| (e.principle.key(), &e.statement, &e.sources))
            .chain(
                body.openness
                    .barriers
                    .iter()
                    .map(|e| (e.barrier.key(), &e.statement, &e.sources)),
            );
        for (key, statement, sources) in entries {
            assert!(
                !statement.contains(['<', '>', '\n', '*', '`', '{', '}']),
                "{}: {key} has markup: {statement:?}",
                body.id
            );
            assert!(
                statement.ends_with('.'),
                "{}: {key} must end with a full stop",
                body.id
            );
            let sentences = statement.matches(". ").count() + 1;
            assert!(
                sentences <= 2,
                "{}: {key} should be one or two sentences",
                body.id
            );
            assert!(!sources.is_empty(), "{}: {key} has no sources", body.id);
            assert!(sources.iter().all(|u| u.starts_with("https://")));
        }
    }
}

#[test]
fn openness_ratings_match_what_is_widely_known() {
    use rightscope_almanac::{Barrier, BarrierLevel, Principle, PrincipleRating};
    let almanac = Almanac::bundled();
    let level = |id: &str, barrier| {
        almanac
            .body(id)
            .and_then(|b| b.openness.barrier(barrier))
            .map(|e| e.level)
    };
    assert_eq!(
        level("ietf", Barrier::MembershipFee),
        Some(BarrierLevel::None)
    );
    assert_eq!(
        level("itu-t", Barrier::MembershipFee),
        Some(BarrierLevel::High)
    );
    assert_eq!(
        level("3gpp", Barrier::DocumentAccess),
        Some(BarrierLevel::None)
    );
    let ietf = almanac.body("ietf").expect("ietf");
    assert_eq!(
        ietf.openness
            .principle(Principle::Openness)
            .map(|e| e.rating),
        Some(PrincipleRating::Met)
    );
}
