//! Property: whatever the archive, no output shows a figure built from fewer than 5 people, and no
//! address, name or pseudonym appears in any output (JSON, CSV, table).

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use rightscope_participation::{
    Analysis, Classifier, ParticipationReport, Period, PseudonymKey, ReadOptions,
};

/// Person i writes from DOMAINS[i % 4]; groups as in the built-in table.
const DOMAINS: [(&str, &str); 4] = [
    ("eff.org", "civil-society"),
    ("ericsson.com", "industry"),
    ("gmail.com", "individual"),
    ("mit.edu", "academia"),
];

fn address(person: usize) -> String {
    format!("zq{person}x@{}", DOMAINS[person % 4].0)
}

fn name(person: usize) -> String {
    format!("Wilhelmina{person} Quuxley{person}")
}

fn archive(messages: &[(usize, u32, u32)]) -> String {
    let mut out = String::new();
    for (i, &(person, month, day)) in messages.iter().enumerate() {
        let date = format!(
            "{:02} {} 2020 10:00:00 +0000",
            day + 1,
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun"][month as usize]
        );
        out.push_str(&format!(
            "From {} Mon Jan  1 00:00:00 2020\n",
            address(person)
        ));
        out.push_str(&format!(
            "From: {} <{}>\nDate: Wed, {date}\nMessage-ID: <m{i}@t>\n",
            name(person),
            address(person)
        ));
        if i > 0 && i % 3 != 0 {
            out.push_str(&format!("In-Reply-To: <m{}@t>\n", i - 1));
        }
        out.push_str("Subject: s\n\nbody\n\n");
    }
    out
}

/// Every number under a key that counts people must be at least 5.
fn people_counts_at_least_k(value: &serde_json::Value, path: &str) -> Result<(), String> {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if matches!(k.as_str(), "people" | "participants" | "newcomers") {
                    if let Some(n) = v.as_u64() {
                        if n < 5 {
                            return Err(format!("{path}.{k} = {n}"));
                        }
                    }
                }
                people_counts_at_least_k(v, &format!("{path}.{k}"))?;
            }
            Ok(())
        }
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, v)| people_counts_at_least_k(v, &format!("{path}[{i}]"))),
        _ => Ok(()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn no_output_rests_on_fewer_than_five_people(
        messages in prop::collection::vec((0_usize..14, 0_u32..6, 0_u32..28), 1..120),
        people in 1_usize..14,
    ) {
        let messages: Vec<(usize, u32, u32)> = messages.into_iter().map(|(p, m, d)| (p % people, m, d)).collect();
        let key = PseudonymKey::from_bytes([9; 32]);
        let mut analysis = Analysis::new(key.clone());
        let text = archive(&messages);
        analysis.read("list", text.as_bytes(), ReadOptions::default()).map_err(TestCaseError::fail)?;
        let report = analysis.report(&Classifier::builtin().map_err(|e| TestCaseError::fail(e.to_string()))?, Period::Month);
        let json = report.to_json();
        let csv = report.to_csv();
        let table = report.to_table();

        // Ground truth: distinct people per month and per (month, group).
        let mut month_people: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        let mut group_people: BTreeMap<(String, &str), BTreeSet<usize>> = BTreeMap::new();
        for &(p, m, _) in &messages {
            let key = format!("2020-{:02}", m + 1);
            month_people.entry(key.clone()).or_default().insert(p);
            group_people.entry((key, DOMAINS[p % 4].1)).or_default().insert(p);
        }
        let list = &report.lists[0];
        for period in &list.periods {
            let truth = month_people.get(&period.period).map_or(0, BTreeSet::len);
            // Hidden for fewer than 5 people exactly when the truth is under 5; other cells may be
            // withheld on top (complementary suppression), never shown below 5.
            prop_assert_eq!(period.participants.is_hidden() && !period.participants.is_withheld(), truth < 5, "period {}", period.period);
            if let Some(&shown) = period.participants.published() {
                prop_assert_eq!(shown as usize, truth);
            }
            for share in &period.by_group {
                let truth = group_people.get(&(period.period.clone(), share.name.as_str())).map_or(0, BTreeSet::len);
                let primary = |s: &rightscope_participation::Suppressed<_>| s.is_hidden() && !s.is_withheld();
                prop_assert_eq!(primary(&share.people), truth < 5, "{} {}", period.period, share.name);
                prop_assert_eq!(primary(&share.messages), truth < 5);
                prop_assert_eq!(share.share.is_hidden() && !share.share.is_withheld(), truth < 5);
                prop_assert_eq!(share.people.is_hidden(), share.messages.is_hidden());
            }
            for org in &period.by_organisation {
                prop_assert!(org.name.starts_with("other") || !org.people.is_hidden(), "organisation {} listed", org.name);
            }
        }
        let value: serde_json::Value = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        people_counts_at_least_k(&value, "").map_err(TestCaseError::fail)?;

        for p in 0..people {
            let pseudonym = key.pseudonym(&address(p));
            for needle in [address(p), format!("zq{p}x"), name(p), format!("Wilhelmina{p}"), format!("Quuxley{p}"), pseudonym] {
                prop_assert!(!json.contains(&needle), "JSON shows {}", needle);
                prop_assert!(!csv.contains(&needle), "CSV shows {}", needle);
                prop_assert!(!table.contains(&needle), "table shows {}", needle);
            }
        }
    }
}

/// A hidden cell is derivable when its relation's total is shown and it is the only hidden part.
fn only_one_hidden(total: &serde_json::Value, parts: &[&serde_json::Value]) -> bool {
    total.is_number() && parts.iter().filter(|v| v.as_str() == Some("< 5")).count() == 1
}

/// Every relation a reader can subtract in: a period's messages and its breakdowns, threads +
/// replies, the whole archive and its periods, each category over the periods, each cohort and
/// its groups. Returns the first relation where exactly one part is hidden.
fn derivable_cell(report: &ParticipationReport) -> Option<String> {
    let value = serde_json::to_value(report).ok()?;
    for list in value["lists"].as_array()? {
        let totals = &list["totals"];
        let periods: Vec<&serde_json::Value> = list["periods"].as_array()?.iter().collect();
        let undated_known = list["read"]["undated"].as_u64() == Some(0);
        for p in std::iter::once(totals).chain(periods.iter().copied()) {
            let name = p["period"].as_str().unwrap_or_default();
            if only_one_hidden(&p["messages"], &[&p["threads"], &p["replies"]]) {
                return Some(format!("{name}: threads + replies"));
            }
            for breakdown in ["by_group", "by_region", "by_source", "by_organisation"] {
                let cells: Vec<&serde_json::Value> = p[breakdown]
                    .as_array()?
                    .iter()
                    .map(|s| &s["messages"])
                    .collect();
                if only_one_hidden(&p["messages"], &cells) {
                    return Some(format!("{name}: {breakdown}"));
                }
            }
        }
        if undated_known {
            for figure in ["messages", "threads", "replies", "newcomers"] {
                let cells: Vec<&serde_json::Value> = periods.iter().map(|p| &p[figure]).collect();
                if only_one_hidden(&totals[figure], &cells) {
                    return Some(format!("{figure} over the periods"));
                }
            }
            for breakdown in ["by_group", "by_region", "by_source"] {
                for total in totals[breakdown].as_array()? {
                    let cells: Vec<&serde_json::Value> = periods
                        .iter()
                        .filter_map(|p| {
                            p[breakdown]
                                .as_array()?
                                .iter()
                                .find(|s| s["name"] == total["name"])
                        })
                        .map(|s| &s["messages"])
                        .collect();
                    if only_one_hidden(&total["messages"], &cells) {
                        return Some(format!("{breakdown} {} over the periods", total["name"]));
                    }
                }
            }
        }
        let rows = list["retention"].as_array()?;
        for all in rows.iter().filter(|r| r["group"] == "all") {
            let cells: Vec<&serde_json::Value> = rows
                .iter()
                .filter(|r| r["cohort"] == all["cohort"] && r["group"] != "all")
                .map(|r| &r["newcomers"])
                .collect();
            if only_one_hidden(&all["newcomers"], &cells) {
                return Some(format!("retention cohort {}", all["cohort"]));
            }
        }
    }
    None
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Complementary suppression: no hidden figure is a shown total minus shown cells.
    #[test]
    fn no_hidden_cell_is_a_total_minus_the_shown_cells(
        messages in prop::collection::vec((0_usize..20, 0_u32..6, 0_u32..28), 1..160),
        people in 1_usize..20,
        period in prop::sample::select(vec![Period::Month, Period::Quarter, Period::Year]),
    ) {
        let messages: Vec<(usize, u32, u32)> = messages.into_iter().map(|(p, m, d)| (p % people, m, d)).collect();
        let mut analysis = Analysis::new(PseudonymKey::from_bytes([3; 32]));
        let text = archive(&messages);
        analysis.read("list", text.as_bytes(), ReadOptions::default()).map_err(TestCaseError::fail)?;
        let report = analysis.report(&Classifier::builtin().map_err(|e| TestCaseError::fail(e.to_string()))?, period);
        prop_assert_eq!(derivable_cell(&report), None);

        // And where a group is hidden in a shown period, the hidden groups together rest on at
        // least 5 people (so the difference is a figure over 5 people or more).
        let mut group_people: BTreeMap<(String, &str), BTreeSet<usize>> = BTreeMap::new();
        for &(p, m, _) in &messages {
            let key = period.key(2020, (m + 1) as u8);
            group_people.entry((key, DOMAINS[p % 4].1)).or_default().insert(p);
        }
        for p in &report.lists[0].periods {
            if p.messages.is_hidden() {
                continue;
            }
            let hidden: BTreeSet<usize> = p
                .by_group
                .iter()
                .filter(|s| s.messages.is_hidden())
                .flat_map(|s| group_people.get(&(p.period.clone(), s.name.as_str())).into_iter().flatten().copied())
                .collect();
            prop_assert!(hidden.is_empty() || hidden.len() >= 5, "{}: hidden groups rest on {} people", p.period, hidden.len());
        }
    }
}
