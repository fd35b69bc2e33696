//! Outcome transparency, `/outcomes`: per standards body, working group or stream, how many risk
//! findings later revisions opened and resolved, and when. The report is computed from the store once
//! per store generation and kept, since it reads every finding.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::response::Html;
use rightscope_rules::Family;
use rightscope_store::{OutcomeGroup, OutcomeGrouping, OutcomeReport, Store, StoreError};

use crate::app::{AppState, Ctx};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::pages::{encode, render, Chrome, Params};

/// Reports by (grouping, family), each with the store generation it was computed at.
type Reports = HashMap<(OutcomeGrouping, Option<String>), (i64, Arc<OutcomeReport>)>;

/// Outcome reports kept between requests.
#[derive(Debug, Default)]
pub struct OutcomeCache {
    reports: Mutex<Reports>,
}

impl OutcomeCache {
    /// The report for a grouping and family, computed again only when the store has changed.
    pub async fn get(
        &self,
        store: &Store,
        grouping: OutcomeGrouping,
        family: Option<&str>,
    ) -> Result<Arc<OutcomeReport>, StoreError> {
        let generation = store.generation().await?;
        let key = (grouping, family.map(str::to_string));
        if let Some((at, report)) = self.lock().get(&key) {
            if *at == generation {
                return Ok(Arc::clone(report));
            }
        }
        let report = Arc::new(store.outcomes(grouping, family).await?);
        self.lock().insert(key, (generation, Arc::clone(&report)));
        Ok(report)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Reports> {
        // A panic while holding the lock leaves only a cache behind: keep using it.
        self.reports
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Groups shown in the table at most; the JSON API has all of them.
const MAX_GROUPS: usize = 100;
/// Width of the longest bar, in SVG units.
const BAR_MAX: i64 = 300;
/// Height of one year's row.
const ROW: i64 = 40;

/// The grouping, family and selected group of a request; unknown values are a 400.
pub(crate) fn outcome_query(
    tr: &Tr,
    params: &Params,
) -> Result<(OutcomeGrouping, Option<&'static str>), PageError> {
    let grouping = match params.text("by") {
        None => OutcomeGrouping::Sdo,
        Some(by) => OutcomeGrouping::parse(by).ok_or_else(|| {
            PageError::bad_request(tr, tr.ta("error-bad-grouping", &[("value", by)]))
        })?,
    };
    let family = match params.text("family") {
        None => None,
        Some(code) => Some(
            Family::from_code(code)
                .ok_or_else(|| {
                    PageError::bad_request(tr, tr.ta("error-bad-family", &[("value", code)]))
                })?
                .as_str(),
        ),
    };
    Ok((grouping, family))
}

struct YearBar {
    year: i32,
    opened: i64,
    resolved: i64,
    opened_width: i64,
    resolved_width: i64,
    y: i64,
}

struct GroupRow {
    name: String,
    href: String,
    selected: bool,
    group: OutcomeGroup,
}

struct Choice {
    value: &'static str,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "outcomes.html")]
struct OutcomesPage {
    chrome: Chrome,
    groupings: Vec<Choice>,
    families: Vec<Choice>,
    /// The group the chart shows, translated (`all` becomes "All documents").
    chart_group: String,
    summary: String,
    bars: Vec<YearBar>,
    chart_height: i64,
    rows: Vec<GroupRow>,
    more_groups: usize,
    json_href: String,
    /// Reviews: (group, concerns raised, of those in reviews marked resolved), public reviews only.
    review_rows: Vec<(String, usize, usize)>,
}

fn year_bars(group: &OutcomeGroup) -> Vec<YearBar> {
    let max = group
        .years
        .iter()
        .map(|y| y.opened.max(y.resolved))
        .max()
        .unwrap_or(0)
        .max(1);
    group
        .years
        .iter()
        .filter(|y| y.opened + y.resolved > 0)
        .enumerate()
        .map(|(i, y)| YearBar {
            year: y.year,
            opened: y.opened,
            resolved: y.resolved,
            opened_width: y.opened * BAR_MAX / max,
            resolved_width: y.resolved * BAR_MAX / max,
            y: i64::try_from(i).unwrap_or(0) * ROW,
        })
        .collect()
}

/// `/outcomes`: findings opened and resolved across revisions.
pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let params = Params::from(&ctx, query)?;
    let (grouping, family) = outcome_query(tr, &params)?;
    let report = state
        .outcomes
        .get(&state.store, grouping, family)
        .await
        .map_err(|error| PageError::internal(tr, error))?;
    let selected = params.text("group");
    let chart = selected
        .and_then(|name| report.groups.iter().find(|g| g.group == name))
        .unwrap_or(&report.total)
        .clone();
    let base = match family {
        Some(family) => format!("/outcomes?by={}&family={family}", grouping.as_str()),
        None => format!("/outcomes?by={}", grouping.as_str()),
    };
    let group_name = |name: &str| match name {
        "all" => tr.t("outcomes-all"),
        "none" => tr.t("outcomes-none"),
        other => other.to_string(),
    };
    let rows = report
        .groups
        .iter()
        .take(MAX_GROUPS)
        .map(|group| GroupRow {
            name: group_name(&group.group),
            href: format!("{base}&group={}#chart", encode(&group.group)),
            selected: selected == Some(group.group.as_str()),
            group: group.clone(),
        })
        .collect();
    let bars = year_bars(&chart);
    render(
        tr,
        &OutcomesPage {
            chrome: Chrome::new(&ctx, tr.t("outcomes-title"), "outcomes"),
            groupings: OutcomeGrouping::ALL
                .into_iter()
                .map(|g| Choice {
                    value: g.as_str(),
                    label: tr.t(&format!("outcomes-by-{}", g.as_str())),
                    selected: g == grouping,
                })
                .collect(),
            families: Family::ALL
                .into_iter()
                .map(|f| Choice {
                    value: f.as_str(),
                    label: tr.family(f.as_str()),
                    selected: family == Some(f.as_str()),
                })
                .collect(),
            chart_group: group_name(&chart.group),
            chart_height: i64::try_from(bars.len()).unwrap_or(0) * ROW,
            summary: tr.ta(
                "outcomes-summary",
                &[
                    ("documents", &chart.documents.to_string()),
                    ("revised", &chart.revised.to_string()),
                    ("first", &chart.at_first.to_string()),
                    ("opened", &chart.opened.to_string()),
                    ("resolved", &chart.resolved.to_string()),
                    ("latest", &chart.at_latest.to_string()),
                ],
            ),
            bars,
            rows,
            more_groups: report.groups.len().saturating_sub(MAX_GROUPS),
            json_href: base.replacen("/outcomes", "/api/v1/outcomes", 1),
            review_rows: crate::reviews::outcome_rows(&state, tr, grouping).await?,
        },
    )
}
