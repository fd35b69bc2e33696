//! Trends, `/trends?by=year|area|stream|wg|sdo`: per group of documents, how many have Security,
//! Privacy, Human Rights and IANA considerations sections (and substantive ones), their findings per
//! family by polarity, and their verdicts; the same figures as CSV (`/trends.csv`) and JSON
//! (`/api/v1/trends`), serialised by the store crate exactly as `rightscope trends` prints them.

use std::collections::HashMap;

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use rightscope_store::{
    trend_families, trends_csv, TrendGroup, TrendRow, TrendsReport, CONSIDERATION_KINDS,
    POLARITIES, TREND_VERDICTS,
};

use crate::app::{AppState, Ctx};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::pages::participation::BarChart;
use crate::pages::{encode, render, Chrome, Params};

/// Groups per page when grouping by year: every year of the RFC series fits on one page, so the
/// trend since the milestones below is never split.
const YEARS_PER_PAGE: usize = 100;
/// Groups per page for the other groupings (working groups run into the hundreds).
const GROUPS_PER_PAGE: usize = 40;

/// Publications the year charts mark: RFC 6973 (privacy considerations, 2013) and RFC 8280 (human
/// rights protocol considerations, 2017), with the considerations kind each one asked for.
const MILESTONES: [(i32, &str, &str); 2] = [
    (2013, "RFC 6973", "PrivacyConsiderations"),
    (2017, "RFC 8280", "HumanRightsConsiderations"),
];

/// The kinds the page charts, with the chart's id (for its `<title>`).
const CHARTED: [(&str, &str); 2] = [
    ("PrivacyConsiderations", "trends-chart-privacy"),
    ("HumanRightsConsiderations", "trends-chart-human-rights"),
];

/// The grouping of a request (`year` when absent); an unknown value is a 400 naming it.
pub(crate) fn trend_group(tr: &Tr, params: &Params) -> Result<TrendGroup, PageError> {
    match params.text("by") {
        None => Ok(TrendGroup::Year),
        Some(by) => TrendGroup::from_name(by).ok_or_else(|| {
            PageError::bad_request(tr, tr.ta("trends-error-bad-by", &[("value", by)]))
        }),
    }
}

async fn rows(state: &AppState, tr: &Tr, by: TrendGroup) -> Result<Vec<TrendRow>, PageError> {
    state
        .store
        .trends(by)
        .await
        .map_err(|error| PageError::internal(tr, error))
}

/// `/api/v1/trends?by=`: the JSON of `rightscope trends --format json` (the same struct).
pub async fn api(
    ctx: Ctx,
    State(state): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, PageError> {
    let tr = &ctx.tr;
    let params = Params::from(&ctx, query).map_err(PageError::into_json)?;
    let by = trend_group(tr, &params).map_err(PageError::into_json)?;
    let rows = rows(&state, tr, by).await.map_err(PageError::into_json)?;
    Ok(Json(TrendsReport::new(by, &rows)).into_response())
}

/// `/trends.csv?by=`: the CSV of `rightscope trends --format csv`, as a download.
pub async fn csv(
    ctx: Ctx,
    State(state): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Response, PageError> {
    let tr = &ctx.tr;
    let params = Params::from(&ctx, query)?;
    let by = trend_group(tr, &params)?;
    let rows = rows(&state, tr, by).await?;
    let disposition = format!(
        "attachment; filename=\"rightscope-trends-{}.csv\"",
        by.as_str()
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        trends_csv(&rows),
    )
        .into_response())
}

struct Choice {
    value: &'static str,
    label: String,
    selected: bool,
}

/// One chart row's table line.
struct ShareLine {
    group: String,
    documents: i64,
    present: String,
    substantive: String,
    note: String,
}

struct ShareChart {
    heading_id: &'static str,
    heading: String,
    /// Before/after the milestone, for the year grouping.
    summary: Option<String>,
    chart: BarChart,
    lines: Vec<ShareLine>,
}

struct KindColumns {
    present: String,
    substantive: String,
}

struct GroupLine {
    group: String,
    documents: i64,
    /// Per considerations kind: (with a section, substantive), as "40 % (4)".
    considerations: Vec<(String, String)>,
    /// Per family: "risk / mitigation / context".
    findings: Vec<String>,
    /// Per polarity, over all families.
    polarities: Vec<i64>,
    /// Per verdict.
    verdicts: Vec<i64>,
}

#[derive(Template)]
#[template(path = "trends.html")]
struct TrendsPage {
    chrome: Chrome,
    groupings: Vec<Choice>,
    by_year: bool,
    group_heading: String,
    charts: Vec<ShareChart>,
    kinds: Vec<KindColumns>,
    families: Vec<String>,
    polarities: Vec<String>,
    verdicts: Vec<String>,
    lines: Vec<GroupLine>,
    showing: String,
    prev_href: Option<String>,
    next_href: Option<String>,
    csv_href: String,
    json_href: String,
}

fn percent(tr: &Tr, share: f64) -> String {
    tr.t1("trends-percent", "value", &format!("{:.0}", share * 100.0))
}

fn group_label(tr: &Tr, group: &str) -> String {
    if group == "unknown" {
        tr.t("trends-unknown")
    } else {
        group.to_string()
    }
}

/// The milestone published in a year group, if any (`RFC 6973` for `2013`).
fn milestone(by: TrendGroup, group: &str) -> Option<&'static str> {
    if by != TrendGroup::Year {
        return None;
    }
    let year: i32 = group.parse().ok()?;
    MILESTONES
        .iter()
        .find(|(at, _, _)| *at == year)
        .map(|(_, rfc, _)| *rfc)
}

/// "Before 2013: 5 % of 120 documents …; from 2013: 40 % of 300": the year groups on either side of
/// the milestone of `kind`, over every year (not only the page's).
fn milestone_summary(tr: &Tr, rows: &[TrendRow], kind: &str) -> Option<String> {
    let &(year, rfc, _) = MILESTONES.iter().find(|(_, _, k)| *k == kind)?;
    let mut before = (0_i64, 0_i64);
    let mut after = (0_i64, 0_i64);
    for row in rows {
        let Ok(at) = row.group.parse::<i32>() else {
            continue;
        };
        let count = row.considerations.get(kind).copied().unwrap_or_default();
        let side = if at < year { &mut before } else { &mut after };
        side.0 += count.present;
        side.1 += row.documents;
    }
    let share = |(part, total): (i64, i64)| {
        if total == 0 {
            percent(tr, 0.0)
        } else {
            percent(tr, part as f64 / total as f64)
        }
    };
    Some(tr.ta(
        "trends-milestone-summary",
        &[
            ("rfc", rfc),
            ("year", &year.to_string()),
            ("before", &share(before)),
            ("before_documents", &before.1.to_string()),
            ("after", &share(after)),
            ("after_documents", &after.1.to_string()),
        ],
    ))
}

fn share_chart(
    tr: &Tr,
    by: TrendGroup,
    all: &[TrendRow],
    shown: &[&TrendRow],
    kind: &'static str,
    id: &'static str,
) -> ShareChart {
    let kind_name = tr.t(&format!("trends-kind-{kind}"));
    let heading = tr.ta(
        "trends-chart-heading",
        &[
            ("kind", &kind_name),
            // Mid-sentence: "by working group", not "by Working group".
            (
                "by",
                &tr.t(&format!("trends-by-{}", by.as_str())).to_lowercase(),
            ),
        ],
    );
    let lines: Vec<ShareLine> = shown
        .iter()
        .map(|row| {
            let count = row.considerations.get(kind).copied().unwrap_or_default();
            ShareLine {
                group: group_label(tr, &row.group),
                documents: row.documents,
                present: format!(
                    "{} ({})",
                    percent(tr, row.share(kind, false)),
                    count.present
                ),
                substantive: format!(
                    "{} ({})",
                    percent(tr, row.share(kind, true)),
                    count.substantive
                ),
                note: milestone(by, &row.group)
                    .map(|rfc| tr.t1("trends-milestone-note", "rfc", rfc))
                    .unwrap_or_default(),
            }
        })
        .collect();
    let items = shown
        .iter()
        .map(|row| {
            let count = row.considerations.get(kind).copied().unwrap_or_default();
            let group = group_label(tr, &row.group);
            let label = match milestone(by, &row.group) {
                Some(rfc) => format!("{group} · {rfc}"),
                None => group,
            };
            let value = format!(
                "{} ({}/{})",
                percent(tr, row.share(kind, false)),
                count.present,
                row.documents
            );
            (label, value, Some(row.share(kind, false)))
        })
        .collect();
    ShareChart {
        heading_id: id,
        chart: BarChart::scaled(id, heading.clone(), items, 1.0),
        heading,
        summary: if by == TrendGroup::Year {
            milestone_summary(tr, all, kind)
        } else {
            None
        },
        lines,
    }
}

/// `/trends`: the trend figures of one grouping, one page of groups.
pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let params = Params::from(&ctx, query)?;
    let by = trend_group(tr, &params)?;
    let page = params.number(tr, "page")?.unwrap_or(1);
    let mut all = rows(&state, tr, by).await?;
    // Years read in order; other groups largest first, so the first page holds most documents.
    if by != TrendGroup::Year {
        all.sort_by(|a, b| b.documents.cmp(&a.documents).then(a.group.cmp(&b.group)));
    }
    let per_page = if by == TrendGroup::Year {
        YEARS_PER_PAGE
    } else {
        GROUPS_PER_PAGE
    };
    let pages = all.len().div_ceil(per_page).max(1);
    let index = usize::try_from(page).unwrap_or(usize::MAX);
    if index == 0 || index > pages {
        return Err(PageError::bad_request(
            tr,
            tr.ta(
                "trends-error-bad-page",
                &[("value", &page.to_string()), ("pages", &pages.to_string())],
            ),
        ));
    }
    let start = (index - 1) * per_page;
    let shown: Vec<&TrendRow> = all.iter().skip(start).take(per_page).collect();
    let base = format!("/trends?by={}", by.as_str());
    let href = |n: usize| {
        if n == 1 {
            base.clone()
        } else {
            format!("{base}&page={n}")
        }
    };
    let showing = if all.is_empty() {
        tr.t("trends-empty")
    } else {
        tr.ta(
            "trends-showing",
            &[
                ("first", &(start + 1).to_string()),
                ("last", &(start + shown.len()).to_string()),
                ("total", &all.len().to_string()),
            ],
        )
    };
    let families = trend_families(&all);
    let lines = shown
        .iter()
        .map(|row| GroupLine {
            group: group_label(tr, &row.group),
            documents: row.documents,
            considerations: CONSIDERATION_KINDS
                .iter()
                .map(|(kind, _)| {
                    let count = row.considerations.get(*kind).copied().unwrap_or_default();
                    (
                        format!(
                            "{} ({})",
                            percent(tr, row.share(kind, false)),
                            count.present
                        ),
                        format!(
                            "{} ({})",
                            percent(tr, row.share(kind, true)),
                            count.substantive
                        ),
                    )
                })
                .collect(),
            findings: families
                .iter()
                .map(|family| {
                    POLARITIES
                        .iter()
                        .map(|p| row.finding_count(family, p).to_string())
                        .collect::<Vec<_>>()
                        .join(" / ")
                })
                .collect(),
            polarities: POLARITIES.iter().map(|p| row.polarity_count(p)).collect(),
            verdicts: TREND_VERDICTS
                .iter()
                .map(|v| row.verdict_count(v))
                .collect(),
        })
        .collect();
    let charts = CHARTED
        .iter()
        .map(|&(kind, id)| share_chart(tr, by, &all, &shown, kind, id))
        .collect();
    render(
        tr,
        &TrendsPage {
            chrome: Chrome::new(&ctx, tr.t("trends-title"), "trends"),
            groupings: TrendGroup::ALL
                .into_iter()
                .map(|g| Choice {
                    value: g.as_str(),
                    label: tr.t(&format!("trends-by-{}", g.as_str())),
                    selected: g == by,
                })
                .collect(),
            by_year: by == TrendGroup::Year,
            group_heading: tr.t(&format!("trends-by-{}", by.as_str())),
            charts,
            kinds: CONSIDERATION_KINDS
                .iter()
                .map(|(kind, _)| {
                    let name = tr.t(&format!("trends-kind-{kind}"));
                    KindColumns {
                        present: tr.t1("trends-col-present", "kind", &name),
                        substantive: tr.t1("trends-col-substantive", "kind", &name),
                    }
                })
                .collect(),
            families: families.iter().map(|f| tr.family(f)).collect(),
            polarities: POLARITIES
                .iter()
                .map(|p| tr.t(&format!("trends-polarity-{p}")))
                .collect(),
            verdicts: TREND_VERDICTS.iter().map(|v| tr.verdict(v)).collect(),
            lines,
            showing,
            prev_href: (index > 1).then(|| href(index - 1)),
            next_href: (index < pages).then(|| href(index + 1)),
            csv_href: format!("/trends.csv?by={}", encode(by.as_str())),
            json_href: format!("/api/v1/trends?by={}", encode(by.as_str())),
        },
    )
}
