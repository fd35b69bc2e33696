//! Participation dashboards: who takes part in the mailing lists loaded at start-up
//! (`rightscope serve --archives PATH`), as aggregate, k-anonymous figures — the list of lists,
//! one list's figures per period, the lists side by side, and the same report as JSON.
//!
//! The report is built once, when the server starts, by `rightscope-participation` (which hides
//! every figure resting on fewer than 5 people and withholds the cells that would let a reader
//! work such a figure out). Pages only format what it publishes: a hidden figure prints as the
//! crate's `Suppressed` display, "< 5", and no page has any way to name a person.
//!
//! This module is a child of `pages` (declared there) so it shares the page frame and renderer.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use axum::routing::get;
use axum::{Json, Router};
use rightscope_participation::report::{ListReport, PeriodMetrics, Share};
use rightscope_participation::{
    archive_files, list_name, Analysis, Classifier, ParticipationReport, Period, PseudonymKey,
    ReadOptions, StakeholderGroup, Suppressed,
};
use serde_json::{json, Value};

use super::{encode, render, Chrome, Params, BAR_MAX};
use crate::app::{AppState, Ctx};
use crate::error::{PageError, WebError};
use crate::i18n::Tr;

/// The period the server groups figures by (the CLI's default too).
pub const PERIOD: Period = Period::Quarter;

/// The participation report the server shows, built once at start-up.
#[derive(Debug)]
pub struct ParticipationData {
    report: ParticipationReport,
    /// Files that were not mail archives: (file, reason). They carry no identity.
    unreadable: Vec<(String, String)>,
}

impl ParticipationData {
    /// The report.
    pub fn report(&self) -> &ParticipationReport {
        &self.report
    }

    /// Files given that could not be read as mail archives, with the reason.
    pub fn unreadable(&self) -> &[(String, String)] {
        &self.unreadable
    }
}

impl AppState {
    /// The same state with a participation report to show.
    pub fn with_participation(mut self, data: ParticipationData) -> AppState {
        self.participation = Some(Arc::new(data));
        self
    }
}

/// Reads archives (files, or directories each making one list) and builds the report, on a
/// blocking thread: the reader streams each archive, holding one message at a time.
///
/// A path that does not exist or cannot be listed is an error naming it; a file that is not a
/// mail archive is kept in [`ParticipationData::unreadable`] and the others are still read.
pub async fn load_archives(
    paths: Vec<PathBuf>,
    key: PseudonymKey,
) -> Result<ParticipationData, WebError> {
    tokio::task::spawn_blocking(move || read_archives(&paths, key))
        .await
        .map_err(|error| WebError::Archives(error.to_string()))?
}

fn read_archives(paths: &[PathBuf], key: PseudonymKey) -> Result<ParticipationData, WebError> {
    let classifier =
        Classifier::builtin().map_err(|error| WebError::Archives(error.to_string()))?;
    let mut analysis = Analysis::new(key);
    let mut unreadable = Vec::new();
    for path in paths {
        let fail =
            |error: std::io::Error| WebError::Archives(format!("{}: {error}", path.display()));
        if !path.exists() {
            return Err(fail(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "no such file or directory",
            )));
        }
        let name = list_name(path);
        for file in archive_files(path).map_err(fail)? {
            let reader = std::fs::File::open(&file)
                .map_err(|error| WebError::Archives(format!("{}: {error}", file.display())))?;
            let reader = std::io::BufReader::with_capacity(256 * 1024, reader);
            if let Err(reason) = analysis.read(&name, reader, ReadOptions::default()) {
                unreadable.push((file.display().to_string(), reason));
            }
        }
    }
    Ok(ParticipationData {
        report: analysis.report(&classifier, PERIOD),
        unreadable,
    })
}

// ---------------------------------------------------------------- formatting

/// A count as published ("< 5" when hidden).
fn count(value: &Suppressed<u64>) -> String {
    value.to_string()
}

/// A 0–1 share as a percentage ("< 5" when hidden, "-" when there was nothing to compute).
fn percent(value: &Suppressed<f64>) -> String {
    match value.published() {
        Some(x) => format!("{:.1} %", x * 100.0),
        None => value.to_string(),
    }
}

/// A decimal figure with `digits` decimals.
fn decimal(value: &Suppressed<f64>, digits: usize) -> String {
    match value.published() {
        Some(x) => format!("{x:.digits$}"),
        None => value.to_string(),
    }
}

fn period_name(tr: &Tr, period: Period) -> String {
    tr.t(match period {
        Period::Month => "part-period-month",
        Period::Quarter => "part-period-quarter",
        Period::Year => "part-period-year",
    })
}

/// A translated name if the key exists, else the report's own (English) name.
fn translated_or(tr: &Tr, key: &str, fallback: &str) -> String {
    let text = tr.t(key);
    if text == key {
        fallback.to_string()
    } else {
        text
    }
}

fn group_label(tr: &Tr, name: &str) -> String {
    translated_or(tr, &format!("part-group-{name}"), name)
}

fn region_label(tr: &Tr, name: &str) -> String {
    let code = name.split(' ').next().unwrap_or(name);
    translated_or(tr, &format!("part-region-{code}"), name)
}

fn source_label(tr: &Tr, name: &str) -> String {
    translated_or(tr, &format!("part-source-{name}"), name)
}

fn organisation_label(tr: &Tr, name: &str) -> String {
    if name.starts_with("other (") {
        return tr.t("part-org-other");
    }
    match name.strip_suffix(" (not in table)") {
        Some(domain) => tr.t1("part-org-unlisted", "domain", domain),
        None => name.to_string(),
    }
}

fn list_href(name: &str) -> String {
    format!("/participation/{}", encode(name))
}

// ---------------------------------------------------------------- charts

/// One bar of a server-rendered SVG bar chart; a hidden figure has no bar, only its "< 5".
pub(crate) struct ChartBar {
    pub(crate) label: String,
    pub(crate) value: String,
    pub(crate) width: i64,
    /// Baseline of the label and value texts.
    pub(crate) text_y: i64,
    /// Top of the bar.
    pub(crate) bar_y: i64,
    /// Where the value text starts (after the bar).
    pub(crate) value_x: i64,
}

/// A horizontal bar chart (same geometry and classes as the overview chart); every chart is
/// shown with a table of the same figures.
pub(crate) struct BarChart {
    pub(crate) id: &'static str,
    pub(crate) title: String,
    pub(crate) bars: Vec<ChartBar>,
    pub(crate) height: i64,
}

/// Height of one bar's row.
const CHART_ROW: i64 = 24;
/// Where bars start (room for the labels).
const LABEL_WIDTH: i64 = 250;
/// Longest label shown in a chart (the table beside it has the full name).
const LABEL_CHARS: usize = 34;

impl BarChart {
    /// Bars of `(label, value text, magnitude)`; `None` magnitude: hidden, no bar.
    pub(crate) fn new(
        id: &'static str,
        title: String,
        items: Vec<(String, String, Option<f64>)>,
    ) -> Self {
        let max = items
            .iter()
            .filter_map(|(_, _, v)| *v)
            .fold(0.0_f64, f64::max);
        Self::scaled(id, title, items, max)
    }

    /// Bars on a fixed scale: `full` is the magnitude of the longest possible bar (1.0 for shares).
    pub(crate) fn scaled(
        id: &'static str,
        title: String,
        items: Vec<(String, String, Option<f64>)>,
        full: f64,
    ) -> Self {
        let max = full;
        let bars = items
            .into_iter()
            .enumerate()
            .map(|(i, (label, value, magnitude))| {
                let label = if label.chars().count() > LABEL_CHARS {
                    let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
                    format!("{cut}…")
                } else {
                    label
                };
                let width = match magnitude {
                    Some(v) if max > 0.0 => (v / max * BAR_MAX as f64).round() as i64,
                    _ => 0,
                };
                let y = i64::try_from(i).unwrap_or(0) * CHART_ROW;
                ChartBar {
                    label,
                    value,
                    width,
                    text_y: y + 17,
                    bar_y: y + 5,
                    value_x: LABEL_WIDTH + width + 6,
                }
            })
            .collect::<Vec<_>>();
        let height = i64::try_from(bars.len()).unwrap_or(0) * CHART_ROW;
        BarChart {
            id,
            title,
            bars,
            height,
        }
    }

    pub(crate) fn label_width(&self) -> i64 {
        LABEL_WIDTH
    }

    pub(crate) fn svg_height(&self) -> i64 {
        self.height + 10
    }
}

fn count_bar(value: &Suppressed<u64>) -> Option<f64> {
    value.published().map(|&v| v as f64)
}

// ---------------------------------------------------------------- rows

/// A list's headline figures (index and comparison).
struct ListRow {
    name: String,
    href: String,
    format: String,
    messages: String,
    participants: String,
    threads: String,
    replies: String,
    hhi: String,
}

impl ListRow {
    fn of(list: &ListReport) -> ListRow {
        let t = &list.totals;
        ListRow {
            name: list.name.clone(),
            href: list_href(&list.name),
            format: list.read.format.clone(),
            messages: count(&t.messages),
            participants: count(&t.participants),
            threads: count(&t.threads),
            replies: count(&t.replies),
            hhi: decimal(&t.concentration.hhi, 3),
        }
    }
}

/// A label and its value.
struct Fact {
    label: String,
    value: String,
}

/// One period's activity and concentration.
struct PeriodRow {
    period: String,
    href: String,
    messages: String,
    participants: String,
    threads: String,
    replies: String,
    newcomers: String,
    hhi: String,
    gini: String,
    entropy: String,
    elephant: String,
}

impl PeriodRow {
    fn of(list: &str, p: &PeriodMetrics) -> PeriodRow {
        let c = &p.concentration;
        PeriodRow {
            period: p.period.clone(),
            href: format!(
                "{}?period={}#shares-heading",
                list_href(list),
                encode(&p.period)
            ),
            messages: count(&p.messages),
            participants: count(&p.participants),
            threads: count(&p.threads),
            replies: count(&p.replies),
            newcomers: count(&p.newcomers),
            hhi: decimal(&c.hhi, 3),
            gini: decimal(&c.gini, 3),
            entropy: decimal(&c.entropy_bits, 2),
            elephant: count(&c.elephant_factor),
        }
    }
}

/// One category of a breakdown.
struct ShareRow {
    name: String,
    people: String,
    messages: String,
    share: String,
}

fn share_rows(shares: &[Share], label: impl Fn(&str) -> String) -> Vec<ShareRow> {
    shares
        .iter()
        .map(|s| ShareRow {
            name: label(&s.name),
            people: count(&s.people),
            messages: count(&s.messages),
            share: percent(&s.share),
        })
        .collect()
}

/// One cohort × group of the retention table.
struct RetentionView {
    cohort: String,
    group: String,
    newcomers: String,
    months_3: String,
    months_6: String,
    months_12: String,
}

/// Median time to first reply of one kind of message.
struct ReplyRow {
    kind: String,
    answered: String,
    unanswered: String,
    median: String,
}

/// A period choice for the breakdowns.
struct PeriodLink {
    label: String,
    href: String,
    current: bool,
}

/// A figure per list (comparison table).
struct CompareRow {
    label: String,
    values: Vec<String>,
}

/// A file that could not be read.
struct Unreadable {
    file: String,
    reason: String,
}

// ---------------------------------------------------------------- pages

#[derive(Template)]
#[template(path = "participation.html")]
struct IndexPage {
    chrome: Chrome,
    loaded: bool,
    period: String,
    lists: Vec<ListRow>,
    chart: BarChart,
    several: String,
    unreadable: Vec<Unreadable>,
}

#[derive(Template)]
#[template(path = "participation_list.html")]
struct ListPage {
    chrome: Chrome,
    period: String,
    facts: Vec<Fact>,
    periods: Vec<PeriodRow>,
    period_chart: BarChart,
    choices: Vec<PeriodLink>,
    shown: String,
    group_chart: BarChart,
    groups: Vec<ShareRow>,
    regions: Vec<ShareRow>,
    organisations: Vec<ShareRow>,
    sources: Vec<ShareRow>,
    concentration: Vec<Fact>,
    retention: Vec<RetentionView>,
    replies: Vec<ReplyRow>,
    api: String,
}

#[derive(Template)]
#[template(path = "participation_compare.html")]
struct ComparePage {
    chrome: Chrome,
    loaded: bool,
    names: Vec<ListRow>,
    rows: Vec<CompareRow>,
    messages_chart: BarChart,
    participants_chart: BarChart,
    civil_chart: BarChart,
    several: String,
}

fn unreadable_rows(data: &ParticipationData) -> Vec<Unreadable> {
    data.unreadable
        .iter()
        .map(|(file, reason)| Unreadable {
            file: std::path::Path::new(file)
                .file_name()
                .map_or_else(|| file.clone(), |n| n.to_string_lossy().into_owned()),
            reason: reason.clone(),
        })
        .collect()
}

/// `/participation`: the loaded lists with their headline figures.
pub(crate) async fn index(
    ctx: Ctx,
    State(state): State<AppState>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let data = state.participation.as_deref();
    let lists: Vec<&ListReport> = data
        .map(|d| d.report.lists.iter().collect())
        .unwrap_or_default();
    let chart = BarChart::new(
        "chart-list-messages",
        tr.t("part-chart-messages"),
        lists
            .iter()
            .map(|l| {
                (
                    l.name.clone(),
                    count(&l.totals.messages),
                    count_bar(&l.totals.messages),
                )
            })
            .collect(),
    );
    render(
        tr,
        &IndexPage {
            chrome: Chrome::new(&ctx, tr.t("part-title"), "participation"),
            loaded: data.is_some(),
            period: period_name(tr, PERIOD),
            lists: lists.iter().map(|l| ListRow::of(l)).collect(),
            chart,
            several: data.map_or_else(String::new, |d| {
                count(&d.report.participants_in_several_lists)
            }),
            unreadable: data.map(unreadable_rows).unwrap_or_default(),
        },
    )
}

/// `/participation/{list}?period=KEY`: one list's figures per period, and the breakdowns of the
/// whole archive or of one period.
pub(crate) async fn list(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(name): Path<String>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let params = Params::from(&ctx, query)?;
    let Some(list) = state
        .participation
        .as_deref()
        .and_then(|d| d.report.lists.iter().find(|l| l.name == name))
    else {
        return Err(PageError::not_found(tr, "part-error-no-list"));
    };
    let shown: &PeriodMetrics = match params.text("period") {
        None | Some("all") => &list.totals,
        Some(key) => list
            .periods
            .iter()
            .find(|p| p.period == key)
            .ok_or_else(|| {
                PageError::bad_request(tr, tr.t1("part-error-bad-period", "value", key))
            })?,
    };
    let base = list_href(&list.name);
    let mut choices = vec![PeriodLink {
        label: tr.t("part-whole-archive"),
        href: format!("{base}#shares-heading"),
        current: shown.period == "all",
    }];
    choices.extend(list.periods.iter().map(|p| PeriodLink {
        label: p.period.clone(),
        href: format!("{base}?period={}#shares-heading", encode(&p.period)),
        current: shown.period == p.period,
    }));
    let read = &list.read;
    let skipped: u64 = read.skipped.values().sum();
    let facts = vec![
        Fact {
            label: tr.t("part-fact-format"),
            value: read.format.clone(),
        },
        Fact {
            label: tr.t("part-fact-bytes"),
            value: read.bytes.to_string(),
        },
        Fact {
            label: tr.t("part-col-messages"),
            value: count(&list.totals.messages),
        },
        Fact {
            label: tr.t("part-col-participants"),
            value: count(&list.totals.participants),
        },
        Fact {
            label: tr.t("part-fact-domains"),
            value: count(&read.domains),
        },
        Fact {
            label: tr.t("part-fact-undated"),
            value: count(&read.undated),
        },
        Fact {
            label: tr.t("part-fact-skipped"),
            value: skipped.to_string(),
        },
    ];
    let period_chart = BarChart::new(
        "chart-period-messages",
        tr.t("part-chart-period-messages"),
        list.periods
            .iter()
            .map(|p| (p.period.clone(), count(&p.messages), count_bar(&p.messages)))
            .collect(),
    );
    let group_chart = BarChart::new(
        "chart-groups",
        tr.t1("part-chart-groups", "period", &shown_label(tr, shown)),
        shown
            .by_group
            .iter()
            .map(|s| {
                (
                    group_label(tr, &s.name),
                    percent(&s.share),
                    s.share.published().copied(),
                )
            })
            .collect(),
    );
    let c = &shown.concentration;
    let concentration = vec![
        Fact {
            label: tr.t("part-col-hhi"),
            value: decimal(&c.hhi, 3),
        },
        Fact {
            label: tr.t("part-col-gini"),
            value: decimal(&c.gini, 3),
        },
        Fact {
            label: tr.t("part-col-entropy"),
            value: decimal(&c.entropy_bits, 2),
        },
        Fact {
            label: tr.t("part-col-elephant"),
            value: count(&c.elephant_factor),
        },
    ];
    let retention = list
        .retention
        .iter()
        .map(|r| RetentionView {
            cohort: r.cohort.clone(),
            group: if r.group == "all" {
                tr.t("part-all-groups")
            } else {
                group_label(tr, &r.group)
            },
            newcomers: count(&r.newcomers),
            months_3: percent(&r.retained_3_months),
            months_6: percent(&r.retained_6_months),
            months_12: percent(&r.retained_12_months),
        })
        .collect();
    let replies = [
        ("part-kind-newcomers", &list.reply_times.newcomers),
        ("part-kind-regulars", &list.reply_times.regulars),
    ]
    .into_iter()
    .map(|(key, t)| ReplyRow {
        kind: tr.t(key),
        answered: count(&t.answered),
        unanswered: count(&t.unanswered),
        median: decimal(&t.median_hours, 1),
    })
    .collect();
    render(
        tr,
        &ListPage {
            chrome: Chrome::new(
                &ctx,
                tr.t1("part-list-title", "list", &list.name),
                "participation",
            ),
            period: period_name(tr, PERIOD),
            facts,
            periods: list
                .periods
                .iter()
                .map(|p| PeriodRow::of(&list.name, p))
                .collect(),
            period_chart,
            choices,
            shown: shown_label(tr, shown),
            group_chart,
            groups: share_rows(&shown.by_group, |n| group_label(tr, n)),
            regions: share_rows(&shown.by_region, |n| region_label(tr, n)),
            organisations: share_rows(&shown.by_organisation, |n| organisation_label(tr, n)),
            sources: share_rows(&shown.by_source, |n| source_label(tr, n)),
            concentration,
            retention,
            replies,
            api: format!("/api/v1/participation/{}", encode(&list.name)),
        },
    )
}

fn shown_label(tr: &Tr, shown: &PeriodMetrics) -> String {
    if shown.period == "all" {
        tr.t("part-whole-archive")
    } else {
        shown.period.clone()
    }
}

fn group_share(list: &ListReport, group: StakeholderGroup) -> Option<&Share> {
    list.totals.by_group.iter().find(|s| s.name == group.name())
}

/// `/participation/compare`: every loaded list side by side (IETF, 3GPP, W3C… lists).
pub(crate) async fn compare(
    ctx: Ctx,
    State(state): State<AppState>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let data = state.participation.as_deref();
    let lists: Vec<&ListReport> = data
        .map(|d| d.report.lists.iter().collect())
        .unwrap_or_default();
    let row = |label: String, f: &dyn Fn(&ListReport) -> String| CompareRow {
        label,
        values: lists.iter().map(|l| f(l)).collect(),
    };
    let mut rows = vec![
        row(tr.t("part-col-format"), &|l| l.read.format.clone()),
        row(tr.t("part-col-messages"), &|l| count(&l.totals.messages)),
        row(tr.t("part-col-participants"), &|l| {
            count(&l.totals.participants)
        }),
        row(tr.t("part-col-threads"), &|l| count(&l.totals.threads)),
        row(tr.t("part-col-replies"), &|l| count(&l.totals.replies)),
        row(tr.t("part-fact-domains"), &|l| count(&l.read.domains)),
        row(tr.t("part-col-hhi"), &|l| {
            decimal(&l.totals.concentration.hhi, 3)
        }),
        row(tr.t("part-col-gini"), &|l| {
            decimal(&l.totals.concentration.gini, 3)
        }),
        row(tr.t("part-col-entropy"), &|l| {
            decimal(&l.totals.concentration.entropy_bits, 2)
        }),
        row(tr.t("part-col-elephant"), &|l| {
            count(&l.totals.concentration.elephant_factor)
        }),
    ];
    for group in StakeholderGroup::ALL {
        rows.push(row(
            tr.t1("part-row-share", "group", &group_label(tr, group.name())),
            &|l| group_share(l, group).map_or_else(|| "0.0 %".to_string(), |s| percent(&s.share)),
        ));
    }
    rows.push(row(tr.t("part-row-reply-newcomers"), &|l| {
        decimal(&l.reply_times.newcomers.median_hours, 1)
    }));
    rows.push(row(tr.t("part-row-reply-regulars"), &|l| {
        decimal(&l.reply_times.regulars.median_hours, 1)
    }));
    let chart = |id, key: &str, f: &dyn Fn(&ListReport) -> (String, Option<f64>)| {
        BarChart::new(
            id,
            tr.t(key),
            lists
                .iter()
                .map(|l| {
                    let (text, magnitude) = f(l);
                    (l.name.clone(), text, magnitude)
                })
                .collect(),
        )
    };
    let messages_chart = chart("chart-compare-messages", "part-chart-messages", &|l| {
        (count(&l.totals.messages), count_bar(&l.totals.messages))
    });
    let participants_chart = chart(
        "chart-compare-participants",
        "part-chart-participants",
        &|l| {
            (
                count(&l.totals.participants),
                count_bar(&l.totals.participants),
            )
        },
    );
    let civil_chart =
        chart(
            "chart-compare-civil",
            "part-chart-civil-society",
            &|l| match group_share(l, StakeholderGroup::CivilSociety) {
                Some(s) => (percent(&s.share), s.share.published().copied()),
                None => ("0.0 %".to_string(), Some(0.0)),
            },
        );
    render(
        tr,
        &ComparePage {
            chrome: Chrome::new(&ctx, tr.t("part-compare-title"), "participation"),
            loaded: data.is_some(),
            names: lists.iter().map(|l| ListRow::of(l)).collect(),
            rows,
            messages_chart,
            participants_chart,
            civil_chart,
            several: data.map_or_else(String::new, |d| {
                count(&d.report.participants_in_several_lists)
            }),
        },
    )
}

// ---------------------------------------------------------------- JSON

/// `/api/v1/participation`: the whole report (the CLI's `--format json`), or `loaded: false`.
pub(crate) async fn api_report(
    ctx: Ctx,
    State(state): State<AppState>,
) -> Result<Json<Value>, PageError> {
    let Some(data) = state.participation.as_deref() else {
        return Ok(Json(json!({
            "loaded": false,
            "message": ctx.tr.t("part-none"),
            "lists": [],
        })));
    };
    let mut value = serde_json::to_value(&data.report)
        .map_err(|error| PageError::internal(&ctx.tr, error).into_json())?;
    if let Some(object) = value.as_object_mut() {
        object.insert("loaded".into(), Value::Bool(true));
    }
    Ok(Json(value))
}

/// `/api/v1/participation/{list}`: one list's report.
pub(crate) async fn api_list(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Json<Value>, PageError> {
    let Some(list) = state
        .participation
        .as_deref()
        .and_then(|d| d.report.lists.iter().find(|l| l.name == name))
    else {
        return Err(PageError::not_found(&ctx.tr, "part-error-no-list").into_json());
    };
    serde_json::to_value(list)
        .map(Json)
        .map_err(|error| PageError::internal(&ctx.tr, error).into_json())
}

/// The dashboard pages (the JSON routes are in `api::routes`).
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/participation", get(index))
        .route("/participation/compare", get(compare))
        .route("/participation/{list}", get(list))
}
