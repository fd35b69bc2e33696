//! The serde types of a participation report (what dashboards read) and the table and CSV renderers.
//!
//! Every figure that rests on people is a [`Suppressed`] value, so JSON, CSV and tables all show "< 5"
//! for cells built from fewer than [`crate::privacy::K`] people.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::classify::csv_escape;
use crate::parse::SkipReason;
use crate::privacy::Suppressed;

/// Characters that must not reach a terminal or a page raw: C0/C1 controls (ESC, BEL, NUL …)
/// and the bidirectional formatting characters that reorder what a reader sees.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with every [`is_unsafe_char`] replaced by U+FFFD, for names taken from the input
/// (list names come from file names).
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if is_unsafe_char(c) { '\u{FFFD}' } else { c })
        .collect()
}

/// A text cell for CSV meant for spreadsheets: printable, and prefixed with `'` when it starts with
/// `=`, `+`, `-` or `@`, so a spreadsheet shows it as text instead of running it as a formula.
pub fn spreadsheet_text(text: &str) -> String {
    let text = printable(text);
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text
    }
}

/// The calendar period metrics are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Period {
    /// Calendar month (`2021-08`).
    Month,
    /// Calendar quarter (`2021-Q3`).
    Quarter,
    /// Calendar year (`2021`).
    Year,
}

impl Period {
    /// The period key of a year and month (1–12).
    pub fn key(self, year: u16, month: u8) -> String {
        match self {
            Self::Month => format!("{year:04}-{month:02}"),
            Self::Quarter => format!("{year:04}-Q{}", (month.saturating_sub(1)) / 3 + 1),
            Self::Year => format!("{year:04}"),
        }
    }
}

/// A whole report: one entry per archive (list), side by side.
#[derive(Debug, Clone, Serialize)]
pub struct ParticipationReport {
    /// The grouping period.
    pub period: Period,
    /// The suppression threshold (people).
    pub k: usize,
    /// One report per list, in input order.
    pub lists: Vec<ListReport>,
    /// People who posted to more than one of the lists.
    pub participants_in_several_lists: Suppressed<u64>,
}

/// How one archive was read.
#[derive(Debug, Clone, Serialize)]
pub struct ReadSummary {
    /// Archive format detected.
    pub format: String,
    /// Bytes read.
    pub bytes: u64,
    /// Messages read and counted.
    pub messages: Suppressed<u64>,
    /// Of those, messages without a usable date (in the totals, in no period).
    pub undated: Suppressed<u64>,
    /// Distinct sender mail domains (list rewrites such as "via" forms give none).
    pub domains: Suppressed<u64>,
    /// Unreadable messages by reason (they carry no identity, so they are not suppressed).
    pub skipped: BTreeMap<SkipReason, u64>,
}

/// One list's metrics.
#[derive(Debug, Clone, Serialize)]
pub struct ListReport {
    /// The list (archive) name.
    pub name: String,
    /// Reading summary.
    pub read: ReadSummary,
    /// All messages of the archive.
    pub totals: PeriodMetrics,
    /// Per period, oldest first.
    pub periods: Vec<PeriodMetrics>,
    /// Newcomer retention per cohort period and group.
    pub retention: Vec<RetentionRow>,
    /// Median time to first reply, newcomers vs regulars.
    pub reply_times: ReplyTimes,
}

/// Metrics of one period (or of the whole archive, period `all`).
#[derive(Debug, Clone, Serialize)]
pub struct PeriodMetrics {
    /// Period key (`2021-08`, `2021-Q3`, `2021` or `all`).
    pub period: String,
    /// Messages.
    pub messages: Suppressed<u64>,
    /// Distinct participants.
    pub participants: Suppressed<u64>,
    /// Thread roots: messages whose parent is not in the archive.
    pub threads: Suppressed<u64>,
    /// Replies: messages whose parent is in the archive.
    pub replies: Suppressed<u64>,
    /// People whose first message in the archive falls in this period.
    pub newcomers: Suppressed<u64>,
    /// Share by stakeholder group.
    pub by_group: Vec<Share>,
    /// Share by UN M49 region.
    pub by_region: Vec<Share>,
    /// Share by organisation (only organisations with at least k people; the rest pooled).
    pub by_organisation: Vec<Share>,
    /// Where the classifications came from (table, suffix-rule, self-report, unknown).
    pub by_source: Vec<Share>,
    /// Concentration of messages over organisations.
    pub concentration: Concentration,
}

/// One category's part of a period.
#[derive(Debug, Clone, Serialize)]
pub struct Share {
    /// Category name (group, region, organisation).
    pub name: String,
    /// Distinct people in the category.
    pub people: Suppressed<u64>,
    /// Their messages.
    pub messages: Suppressed<u64>,
    /// Their share of the period's messages (0–1).
    pub share: Suppressed<f64>,
}

/// Concentration of messages over organisations (individuals count one each).
#[derive(Debug, Clone, Serialize)]
pub struct Concentration {
    /// Herfindahl–Hirschman index (0–1).
    pub hhi: Suppressed<f64>,
    /// Gini coefficient (0–1).
    pub gini: Suppressed<f64>,
    /// Shannon entropy in bits.
    pub entropy_bits: Suppressed<f64>,
    /// Fewest organisations producing half the messages.
    pub elephant_factor: Suppressed<u64>,
}

/// Retention of one newcomer cohort.
#[derive(Debug, Clone, Serialize)]
pub struct RetentionRow {
    /// Cohort period (first message).
    pub cohort: String,
    /// Stakeholder group, or `all`.
    pub group: String,
    /// Newcomers in the cohort.
    pub newcomers: Suppressed<u64>,
    /// Share still posting 3 months after their first message (of those observable that long).
    pub retained_3_months: Suppressed<f64>,
    /// Same after 6 months.
    pub retained_6_months: Suppressed<f64>,
    /// Same after 12 months.
    pub retained_12_months: Suppressed<f64>,
}

/// Median time to first reply.
#[derive(Debug, Clone, Serialize)]
pub struct ReplyTimes {
    /// For newcomers' first messages.
    pub newcomers: ReplyTime,
    /// For thread-starting messages of people who had posted before.
    pub regulars: ReplyTime,
}

/// Median time to first reply of one kind of message.
#[derive(Debug, Clone, Serialize)]
pub struct ReplyTime {
    /// Messages that received a reply from someone else.
    pub answered: Suppressed<u64>,
    /// Messages that received none.
    pub unanswered: Suppressed<u64>,
    /// Median hours from the message to its first reply.
    pub median_hours: Suppressed<f64>,
}

impl ParticipationReport {
    /// The report as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The report as long-format CSV: `list,period,section,category,metric,value`. The list and
    /// category cells are text from the input: see [`spreadsheet_text`].
    pub fn to_csv(&self) -> String {
        let mut out = String::from("list,period,section,category,metric,value\n");
        let mut row = |list: &str,
                       period: &str,
                       section: &str,
                       category: &str,
                       metric: &str,
                       value: String| {
            let _ = writeln!(
                out,
                "{},{},{},{},{},{}",
                csv_escape(&spreadsheet_text(list)),
                csv_escape(period),
                section,
                csv_escape(&spreadsheet_text(category)),
                metric,
                csv_escape(&value)
            );
        };
        for list in &self.lists {
            let l = list.name.as_str();
            row(l, "all", "read", "", "bytes", list.read.bytes.to_string());
            row(
                l,
                "all",
                "read",
                "",
                "messages",
                list.read.messages.to_string(),
            );
            row(
                l,
                "all",
                "read",
                "",
                "undated",
                list.read.undated.to_string(),
            );
            row(
                l,
                "all",
                "read",
                "",
                "domains",
                list.read.domains.to_string(),
            );
            for (reason, n) in &list.read.skipped {
                row(
                    l,
                    "all",
                    "skipped",
                    reason.describe(),
                    "messages",
                    n.to_string(),
                );
            }
            for p in std::iter::once(&list.totals).chain(&list.periods) {
                let per = p.period.as_str();
                row(l, per, "activity", "", "messages", p.messages.to_string());
                row(
                    l,
                    per,
                    "activity",
                    "",
                    "participants",
                    p.participants.to_string(),
                );
                row(l, per, "activity", "", "threads", p.threads.to_string());
                row(l, per, "activity", "", "replies", p.replies.to_string());
                row(l, per, "activity", "", "newcomers", p.newcomers.to_string());
                for (section, shares) in [
                    ("group", &p.by_group),
                    ("region", &p.by_region),
                    ("organisation", &p.by_organisation),
                    ("source", &p.by_source),
                ] {
                    for s in shares {
                        row(l, per, section, &s.name, "people", s.people.to_string());
                        row(l, per, section, &s.name, "messages", s.messages.to_string());
                        row(l, per, section, &s.name, "share", fmt_share(&s.share));
                    }
                }
                let c = &p.concentration;
                row(l, per, "concentration", "", "hhi", fmt_f(&c.hhi));
                row(l, per, "concentration", "", "gini", fmt_f(&c.gini));
                row(
                    l,
                    per,
                    "concentration",
                    "",
                    "entropy_bits",
                    fmt_f(&c.entropy_bits),
                );
                row(
                    l,
                    per,
                    "concentration",
                    "",
                    "elephant_factor",
                    c.elephant_factor.to_string(),
                );
            }
            for r in &list.retention {
                row(
                    l,
                    &r.cohort,
                    "retention",
                    &r.group,
                    "newcomers",
                    r.newcomers.to_string(),
                );
                row(
                    l,
                    &r.cohort,
                    "retention",
                    &r.group,
                    "retained_3_months",
                    fmt_share(&r.retained_3_months),
                );
                row(
                    l,
                    &r.cohort,
                    "retention",
                    &r.group,
                    "retained_6_months",
                    fmt_share(&r.retained_6_months),
                );
                row(
                    l,
                    &r.cohort,
                    "retention",
                    &r.group,
                    "retained_12_months",
                    fmt_share(&r.retained_12_months),
                );
            }
            for (kind, t) in [
                ("newcomers", &list.reply_times.newcomers),
                ("regulars", &list.reply_times.regulars),
            ] {
                row(
                    l,
                    "all",
                    "first-reply",
                    kind,
                    "answered",
                    t.answered.to_string(),
                );
                row(
                    l,
                    "all",
                    "first-reply",
                    kind,
                    "unanswered",
                    t.unanswered.to_string(),
                );
                row(
                    l,
                    "all",
                    "first-reply",
                    kind,
                    "median_hours",
                    fmt_f(&t.median_hours),
                );
            }
        }
        row(
            "(all lists)",
            "all",
            "overlap",
            "",
            "participants_in_several_lists",
            self.participants_in_several_lists.to_string(),
        );
        out
    }

    /// The report as plain-text tables: lists side by side, then each list's periods.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "Participation (aggregate only; cells from fewer than {} people read \"< 5\")\n",
            self.k
        );
        // Side by side.
        let mut header = vec!["".to_string()];
        header.extend(self.lists.iter().map(|l| l.name.clone()));
        let mut rows: Vec<Vec<String>> = vec![header];
        let metric = |name: &str, f: &dyn Fn(&ListReport) -> String| {
            let mut r = vec![name.to_string()];
            r.extend(self.lists.iter().map(f));
            r
        };
        rows.push(metric("format", &|l| l.read.format.clone()));
        rows.push(metric("messages", &|l| l.totals.messages.to_string()));
        rows.push(metric("participants", &|l| {
            l.totals.participants.to_string()
        }));
        rows.push(metric("threads", &|l| l.totals.threads.to_string()));
        rows.push(metric("replies", &|l| l.totals.replies.to_string()));
        rows.push(metric("sender domains", &|l| l.read.domains.to_string()));
        rows.push(metric("skipped", &|l| {
            l.read.skipped.values().sum::<u64>().to_string()
        }));
        rows.push(metric("HHI (organisations)", &|l| {
            fmt_f(&l.totals.concentration.hhi)
        }));
        rows.push(metric("Gini", &|l| fmt_f(&l.totals.concentration.gini)));
        rows.push(metric("entropy (bits)", &|l| {
            fmt_f(&l.totals.concentration.entropy_bits)
        }));
        rows.push(metric("elephant factor", &|l| {
            l.totals.concentration.elephant_factor.to_string()
        }));
        for group in crate::classify::StakeholderGroup::ALL {
            rows.push(metric(&format!("share {}", group.name()), &|l| {
                l.totals
                    .by_group
                    .iter()
                    .find(|s| s.name == group.name())
                    .map_or("0".into(), |s| fmt_share(&s.share))
            }));
        }
        rows.push(metric("first reply, newcomers (h)", &|l| {
            fmt_f(&l.reply_times.newcomers.median_hours)
        }));
        rows.push(metric("first reply, regulars (h)", &|l| {
            fmt_f(&l.reply_times.regulars.median_hours)
        }));
        write_table(&mut out, &rows);
        let _ = writeln!(
            out,
            "\nPeople in more than one list: {}\n",
            self.participants_in_several_lists
        );
        for list in &self.lists {
            let _ = writeln!(out, "{} — per {:?}", list.name, self.period);
            let mut rows = vec![[
                "period",
                "messages",
                "participants",
                "threads",
                "replies",
                "newcomers",
                "HHI",
                "elephant",
            ]
            .map(String::from)
            .to_vec()];
            for p in &list.periods {
                rows.push(vec![
                    p.period.clone(),
                    p.messages.to_string(),
                    p.participants.to_string(),
                    p.threads.to_string(),
                    p.replies.to_string(),
                    p.newcomers.to_string(),
                    fmt_f(&p.concentration.hhi),
                    p.concentration.elephant_factor.to_string(),
                ]);
            }
            write_table(&mut out, &rows);
            for (reason, n) in &list.read.skipped {
                let _ = writeln!(out, "  skipped {n}: {}", reason.describe());
            }
            out.push('\n');
        }
        out
    }
}

fn fmt_f(v: &Suppressed<f64>) -> String {
    match v.published() {
        Some(x) => format!("{x:.3}"),
        None if v.is_hidden() => v.to_string(),
        None => "-".into(),
    }
}

fn fmt_share(v: &Suppressed<f64>) -> String {
    match v.published() {
        Some(x) => format!("{:.1}%", x * 100.0),
        None if v.is_hidden() => v.to_string(),
        None => "-".into(),
    }
}

fn write_table(out: &mut String, rows: &[Vec<String>]) {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..cols)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for r in rows {
        let line: Vec<String> = r
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                if i == 0 {
                    format!("{cell:<w$}", w = widths[i])
                } else {
                    format!("{cell:>w$}", w = widths[i])
                }
            })
            .collect();
        let _ = writeln!(out, "{}", line.join("  ").trim_end());
    }
}
