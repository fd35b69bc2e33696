//! The HTML pages: overview, document list, document, revision diff, take part, search, rules,
//! and the error page. Handlers gather plain values; askama templates (auto-escaping) render them.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Html;
use rightscope_doc::{Format, Limits};
use rightscope_rules::{Family, Polarity};
use rightscope_store::{
    DocumentFilter, DocumentRecord, FindingRecord, LastCallItem, RiskyRevision, TimelineEntry,
};

use crate::app::{AppState, Ctx};
use crate::error::PageError;
use crate::highlight::{pages, segments, Segment};
use crate::i18n::{Lang, Tr};
use crate::sdo::{barriers_of, body_for, body_href, localized_channels, OpennessRow};

// The participation dashboards are a child of this module, so they share the page frame.
#[path = "participation.rs"]
pub mod participation;

/// Documents per listing page.
pub const DOCUMENTS_PER_PAGE: i64 = 25;
/// Search hits per page.
pub const HITS_PER_PAGE: usize = 10;
/// Texts longer than this (bytes) are shown one top-level section at a time.
pub const LONG_TEXT: usize = 40_000;
/// Findings outside the shown section listed at most.
const MAX_OTHER_FINDINGS: usize = 40;

/// Query parameters, empty values dropped (GET forms send empty fields).
pub struct Params(HashMap<String, String>);

impl Params {
    /// The parameters of a request, or a 400 for a malformed query string.
    pub fn from(
        ctx: &Ctx,
        query: Result<Query<HashMap<String, String>>, QueryRejection>,
    ) -> Result<Params, PageError> {
        let Query(map) =
            query.map_err(|error| PageError::bad_request(&ctx.tr, error.body_text()))?;
        Ok(Params(
            map.into_iter()
                .map(|(key, value)| (key, value.trim().to_string()))
                .filter(|(_, value)| !value.is_empty())
                .collect(),
        ))
    }

    /// A text parameter.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// A non-negative integer parameter; anything else is a 400 naming the parameter.
    pub fn number(&self, tr: &Tr, name: &str) -> Result<Option<i64>, PageError> {
        match self.text(name) {
            None => Ok(None),
            Some(value) => match value.parse::<i64>() {
                Ok(number) if number >= 0 => Ok(Some(number)),
                _ => Err(PageError::bad_request(
                    tr,
                    tr.ta("error-bad-number", &[("name", name), ("value", value)]),
                )),
            },
        }
    }
}

/// Percent-encodes a path segment or query value.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A language switcher link.
pub struct LangLink {
    pub(crate) href: String,
    pub(crate) code: &'static str,
    pub(crate) name: &'static str,
    pub(crate) current: bool,
}

/// What every page's frame needs.
pub(crate) struct Chrome {
    pub(crate) tr: Tr,
    pub(crate) lang: &'static str,
    pub(crate) dir: &'static str,
    pub(crate) title: String,
    pub(crate) section: &'static str,
    pub(crate) switcher: Vec<LangLink>,
}

impl Chrome {
    pub(crate) fn new(ctx: &Ctx, title: String, section: &'static str) -> Chrome {
        let lang = ctx.tr.lang();
        Chrome {
            tr: ctx.tr.clone(),
            lang: lang.code(),
            dir: lang.dir(),
            title,
            section,
            switcher: Lang::ALL
                .into_iter()
                .map(|other| LangLink {
                    href: ctx.switch_href(other),
                    code: other.code(),
                    name: other.native_name(),
                    current: other == lang,
                })
                .collect(),
        }
    }

    pub(crate) fn current(&self, section: &str) -> bool {
        self.section == section
    }
}

pub(crate) fn render(tr: &Tr, template: &impl Template) -> Result<Html<String>, PageError> {
    template
        .render()
        .map(Html)
        .map_err(|error| PageError::internal(tr, error))
}

fn store_error(tr: &Tr) -> impl Fn(rightscope_store::StoreError) -> PageError + '_ {
    move |error| PageError::internal(tr, error)
}

fn today() -> String {
    rightscope_store::now().chars().take(10).collect()
}

fn revision_label(document: &str, rev: Option<&str>) -> String {
    match rev {
        Some(rev) => format!("{document}-{rev}"),
        None => document.to_string(),
    }
}

// ---------------------------------------------------------------- error page

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    chrome: Chrome,
    message: String,
}

/// Renders the friendly error page.
pub fn error_page(tr: &Tr, status: StatusCode, message: &str) -> Result<String, askama::Error> {
    let ctx = Ctx {
        tr: tr.clone(),
        path: "/".to_string(),
        query: String::new(),
    };
    let title = if status == StatusCode::NOT_FOUND {
        tr.t("error-not-found-title")
    } else if status == StatusCode::BAD_REQUEST {
        tr.t("error-bad-request-title")
    } else if status == StatusCode::FORBIDDEN {
        tr.t("error-forbidden-title")
    } else {
        tr.t("error-internal-title")
    };
    ErrorPage {
        chrome: Chrome::new(&ctx, title, ""),
        message: message.to_string(),
    }
    .render()
}

// ---------------------------------------------------------------- overview

struct Bar {
    family: String,
    label: String,
    creates: i64,
    mitigates: i64,
    creates_width: i64,
    mitigates_width: i64,
    y: i64,
}

#[derive(Template)]
#[template(path = "overview.html")]
struct OverviewPage {
    chrome: Chrome,
    counts_text: String,
    bars: Vec<Bar>,
    chart_height: i64,
    risky: Vec<RiskyRevision>,
    last_calls: Vec<LastCallItem>,
}

/// Width of the longest bar in the overview chart, in SVG units.
const BAR_MAX: i64 = 300;
/// Height of one family's row in the chart.
const ROW: i64 = 40;

/// `/`: risk per family, newest risky revisions, open Last Calls.
pub async fn overview(ctx: Ctx, State(state): State<AppState>) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let counts = state.store.counts().await.map_err(store_error(tr))?;
    let tallies = state
        .store
        .family_tallies()
        .await
        .map_err(store_error(tr))?;
    let risky = state
        .store
        .risky_revisions(10)
        .await
        .map_err(store_error(tr))?;
    let last_calls = state
        .store
        .open_last_calls(&today(), 20)
        .await
        .map_err(store_error(tr))?;
    let by_family: HashMap<&str, (i64, i64)> = tallies
        .iter()
        .map(|t| (t.family.as_str(), (t.creates, t.mitigates)))
        .collect();
    let max = tallies
        .iter()
        .map(|t| t.creates.max(t.mitigates))
        .max()
        .unwrap_or(0)
        .max(1);
    let bars: Vec<Bar> = Family::ALL
        .into_iter()
        .enumerate()
        .map(|(i, family)| {
            let (creates, mitigates) = by_family.get(family.as_str()).copied().unwrap_or((0, 0));
            Bar {
                family: family.as_str().to_string(),
                label: tr.family(family.as_str()),
                creates,
                mitigates,
                creates_width: creates * BAR_MAX / max,
                mitigates_width: mitigates * BAR_MAX / max,
                y: i64::try_from(i).unwrap_or(0) * ROW,
            }
        })
        .collect();
    let chart_height = i64::try_from(bars.len()).unwrap_or(0) * ROW;
    render(
        tr,
        &OverviewPage {
            chrome: Chrome::new(&ctx, tr.t("overview-title"), "overview"),
            counts_text: tr.ta(
                "overview-counts",
                &[
                    ("documents", &counts.documents.to_string()),
                    ("revisions", &counts.revisions.to_string()),
                ],
            ),
            bars,
            chart_height,
            risky,
            last_calls,
        },
    )
}

// ---------------------------------------------------------------- document list

struct Choice {
    value: String,
    label: String,
    selected: bool,
}

struct ListRow {
    name: String,
    href: String,
    title: String,
    sdo: String,
    status: String,
    wg: String,
    date: String,
    creates: Vec<String>,
    mitigates: Vec<String>,
}

#[derive(Template)]
#[template(path = "documents.html")]
struct DocumentsPage {
    chrome: Chrome,
    sdos: Vec<Choice>,
    families: Vec<Choice>,
    verdicts: Vec<Choice>,
    status: String,
    wg: String,
    year: String,
    rows: Vec<ListRow>,
    total: i64,
    caption: String,
    prev_href: Option<String>,
    next_href: Option<String>,
}

/// The verdict names a filter accepts.
pub const VERDICTS: [&str; 5] = ["creates", "mitigates", "mixed", "discusses", "none"];
/// The standards bodies a filter offers.
pub const SDOS: [&str; 5] = ["ietf", "w3c", "itu-t", "etsi", "unknown"];

fn choices(
    tr: &Tr,
    values: &[&str],
    selected: Option<&str>,
    label: impl Fn(&Tr, &str) -> String,
) -> Vec<Choice> {
    values
        .iter()
        .map(|value| Choice {
            value: value.to_string(),
            label: label(tr, value),
            selected: selected.is_some_and(|s| s.eq_ignore_ascii_case(value)),
        })
        .collect()
}

/// Reads a [`DocumentFilter`] from query parameters; unknown families, verdicts or bodies are a 400.
pub fn document_filter(tr: &Tr, params: &Params) -> Result<DocumentFilter, PageError> {
    let family = match params.text("family") {
        Some(code) => Some(
            Family::from_code(code)
                .ok_or_else(|| {
                    PageError::bad_request(tr, tr.ta("error-bad-family", &[("value", code)]))
                })?
                .as_str()
                .to_string(),
        ),
        None => None,
    };
    let verdict = match params.text("verdict") {
        Some(verdict) if VERDICTS.contains(&verdict) => Some(verdict.to_string()),
        Some(verdict) => {
            return Err(PageError::bad_request(
                tr,
                tr.ta("error-bad-verdict", &[("value", verdict)]),
            ))
        }
        None => None,
    };
    let year = match params.number(tr, "year")? {
        Some(year) if (1900..=2200).contains(&year) => i32::try_from(year).ok(),
        Some(_) => {
            return Err(PageError::bad_request(
                tr,
                tr.ta(
                    "error-bad-number",
                    &[
                        ("name", "year"),
                        ("value", params.text("year").unwrap_or_default()),
                    ],
                ),
            ))
        }
        None => None,
    };
    Ok(DocumentFilter {
        sdo: params.text("sdo").map(str::to_string),
        family,
        verdict,
        status: params.text("status").map(str::to_string),
        wg: params.text("wg").map(str::to_string),
        year,
    })
}

fn filter_query(filter: &DocumentFilter) -> String {
    let mut parts = Vec::new();
    for (name, value) in [
        ("sdo", filter.sdo.clone()),
        ("family", filter.family.clone()),
        ("verdict", filter.verdict.clone()),
        ("status", filter.status.clone()),
        ("wg", filter.wg.clone()),
        ("year", filter.year.map(|y| y.to_string())),
    ] {
        if let Some(value) = value {
            parts.push(format!("{name}={}", encode(&value)));
        }
    }
    parts.join("&")
}

/// `/documents`: the filtered, paged list.
pub async fn documents(
    ctx: Ctx,
    State(state): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let params = Params::from(&ctx, query)?;
    let filter = document_filter(tr, &params)?;
    let page = params.number(tr, "page")?.unwrap_or(1).max(1);
    let listing = state
        .store
        .list_documents(
            &filter,
            DOCUMENTS_PER_PAGE,
            (page - 1).saturating_mul(DOCUMENTS_PER_PAGE),
        )
        .await
        .map_err(store_error(tr))?;
    let pages = ((listing.total + DOCUMENTS_PER_PAGE - 1) / DOCUMENTS_PER_PAGE).max(1);
    let base = filter_query(&filter);
    let href = |page: i64| {
        if base.is_empty() {
            format!("/documents?page={page}")
        } else {
            format!("/documents?{base}&page={page}")
        }
    };
    let rows = listing
        .items
        .into_iter()
        .map(|item| ListRow {
            href: format!("/documents/{}", encode(&item.document.name)),
            name: item.document.name,
            title: item.document.title.unwrap_or_default(),
            sdo: item.document.sdo,
            status: item.document.status.unwrap_or_default(),
            wg: item.document.wg.unwrap_or_default(),
            date: item.latest.and_then(|r| r.date).unwrap_or_default(),
            creates: item.creates.iter().map(|f| tr.family(f)).collect(),
            mitigates: item.mitigates.iter().map(|f| tr.family(f)).collect(),
        })
        .collect();
    let family_codes: Vec<&str> = Family::ALL.iter().map(|f| f.as_str()).collect();
    render(
        tr,
        &DocumentsPage {
            chrome: Chrome::new(&ctx, tr.t("documents-title"), "documents"),
            sdos: choices(tr, &SDOS, filter.sdo.as_deref(), |tr, v| {
                tr.t(&format!("sdo-{v}"))
            }),
            families: choices(tr, &family_codes, filter.family.as_deref(), |tr, v| {
                tr.family(v)
            }),
            verdicts: choices(tr, &VERDICTS, filter.verdict.as_deref(), |tr, v| {
                tr.verdict(v)
            }),
            status: filter.status.clone().unwrap_or_default(),
            wg: filter.wg.clone().unwrap_or_default(),
            year: filter.year.map(|y| y.to_string()).unwrap_or_default(),
            rows,
            total: listing.total,
            caption: tr.ta(
                "documents-caption",
                &[("page", &page.to_string()), ("pages", &pages.to_string())],
            ),
            prev_href: (page > 1).then(|| href(page - 1)),
            next_href: (page < pages).then(|| href(page + 1)),
        },
    )
}

// ---------------------------------------------------------------- document page

struct RevisionLink {
    label: String,
    href: String,
    date: String,
    current: bool,
}

struct FamilySummary {
    label: String,
    verdict: String,
    verdict_label: String,
    points: Vec<String>,
}

struct TocItem {
    title: String,
    href: String,
    current: bool,
    findings: usize,
}

struct Note {
    id: i64,
    code: String,
    family: String,
    polarity: String,
    summary: String,
    message: String,
    rule_href: String,
}

struct OtherFinding {
    href: String,
    code: String,
    summary: String,
}

/// A finding people rarely confirmed: listed collapsed, its passage quoted, never highlighted.
struct DoubtfulFinding {
    code: String,
    rule_href: String,
    family: String,
    polarity: String,
    summary: String,
    passage: String,
    confidence: String,
}

/// Below this confidence a finding is shown collapsed instead of highlighted in the text.
const DOUBTFUL: f64 = 0.3;
/// Longest quoted passage of a collapsed finding, in characters.
const DOUBTFUL_PASSAGE: usize = 200;
/// Most collapsed findings listed on one page; the rest are counted.
const MAX_DOUBTFUL: usize = 20;

/// Whether a stored finding is below the collapse threshold (findings stored before confidence was
/// computed are not rated, so they stay in the text).
fn is_doubtful(finding: &FindingRecord) -> bool {
    finding
        .finding
        .confidence
        .is_some_and(|confidence| confidence < DOUBTFUL)
}

struct TimelineRow {
    at: String,
    text: String,
}

struct DiffLink {
    href: String,
    label: String,
}

/// A link to a stored document, or its bare name when it is not stored.
struct DocLink {
    name: String,
    href: Option<String>,
}

impl DocLink {
    fn new(name: &str, stored: bool) -> DocLink {
        DocLink {
            name: name.to_string(),
            href: stored.then(|| format!("/documents/{}", encode(name))),
        }
    }
}

/// A risk a document inherits through its references.
struct InheritedRow {
    family: String,
    source: DocLink,
    /// The documents between this one and the source, the source included.
    path: Vec<DocLink>,
    kind: String,
}

/// One entry of the document's reference lists.
struct ReferenceRow {
    label: String,
    kind: String,
    target: Option<DocLink>,
    title: String,
}

/// A document that references this one.
struct DependentRow {
    from: DocLink,
    kind: String,
}

/// What a document builds on and what builds on it.
#[derive(Default)]
struct ReferencesView {
    inherited: Vec<InheritedRow>,
    depends_on: Vec<ReferenceRow>,
    depends_on_more: usize,
    depended_on_by: Vec<DependentRow>,
    depended_on_by_more: usize,
    /// The whole graph of this document in the JSON API.
    api_href: String,
}

/// Most entries shown in each reference list; the JSON API has them all.
const MAX_REFERENCE_ROWS: usize = 60;

async fn references_view(
    tr: &Tr,
    state: &AppState,
    name: &str,
) -> Result<ReferencesView, PageError> {
    let kind_label = |kind: &str| tr.t(&format!("ref-kind-{kind}"));
    let inherited = state
        .store
        .inherited_risks(name)
        .await
        .map_err(store_error(tr))?
        .into_iter()
        .map(|risk| InheritedRow {
            family: tr.family(&risk.family),
            source: DocLink::new(&risk.source, true),
            path: risk
                .path
                .iter()
                .skip(1)
                .map(|hop| DocLink::new(hop, true))
                .collect(),
            kind: kind_label(&risk.kind),
        })
        .collect();
    let mut outgoing = state
        .store
        .references_of(name)
        .await
        .map_err(store_error(tr))?;
    // Normative first: those are what the document cannot work without.
    outgoing.sort_by_key(|r| r.kind != "normative");
    let depends_on_more = outgoing.len().saturating_sub(MAX_REFERENCE_ROWS);
    let depends_on = outgoing
        .into_iter()
        .take(MAX_REFERENCE_ROWS)
        .map(|reference| ReferenceRow {
            kind: kind_label(&reference.kind),
            target: reference
                .target
                .as_deref()
                .map(|target| DocLink::new(target, reference.stored)),
            title: reference.title.unwrap_or_default(),
            label: reference.label,
        })
        .collect();
    let incoming = state
        .store
        .referenced_by(name)
        .await
        .map_err(store_error(tr))?;
    let depended_on_by_more = incoming.len().saturating_sub(MAX_REFERENCE_ROWS);
    let depended_on_by = incoming
        .into_iter()
        .take(MAX_REFERENCE_ROWS)
        .map(|incoming| DependentRow {
            from: DocLink::new(&incoming.from, true),
            kind: kind_label(&incoming.kind),
        })
        .collect();
    Ok(ReferencesView {
        inherited,
        depends_on,
        depends_on_more,
        depended_on_by,
        depended_on_by_more,
        api_href: format!("/api/v1/documents/{}/references", encode(name)),
    })
}

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage {
    chrome: Chrome,
    name: String,
    title: String,
    facts: Vec<(String, String)>,
    /// The revision shown, or `None` for a document known only from metadata.
    revision_label: Option<String>,
    revisions: Vec<RevisionLink>,
    summary: Vec<FamilySummary>,
    toc: Vec<TocItem>,
    section_title: String,
    segments: Vec<Segment>,
    notes: Vec<Note>,
    others: Vec<OtherFinding>,
    others_more: usize,
    /// Low-confidence findings of the shown section, collapsed.
    doubtful: Vec<DoubtfulFinding>,
    /// How many more there are than listed.
    doubtful_more: usize,
    timeline: Vec<TimelineRow>,
    diffs: Vec<DiffLink>,
    take_part_href: String,
    /// The publishing body's almanac page and short name.
    sdo: Option<(String, String)>,
    /// Barriers to taking part in that body.
    barriers: Vec<OpennessRow>,
    feed_href: String,
    references: ReferencesView,
    /// The "Start a review" form, for accounts that may start one.
    review_form: Option<crate::reviews::StartForm>,
}

fn facts_of(tr: &Tr, document: &DocumentRecord) -> Vec<(String, String)> {
    let mut facts = vec![(tr.t("fact-sdo"), tr.t(&format!("sdo-{}", document.sdo)))];
    for (key, value) in [
        ("fact-status", &document.status),
        ("fact-wg", &document.wg),
        ("fact-stream", &document.stream),
    ] {
        if let Some(value) = value {
            facts.push((tr.t(key), value.clone()));
        }
    }
    facts
}

/// Plain-language summary per family from a revision's assessments and findings.
fn family_summaries(
    tr: &Tr,
    assessments: &[rightscope_store::AssessmentRecord],
    findings: &[FindingRecord],
) -> Vec<FamilySummary> {
    let mut codes: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for finding in findings {
        codes
            .entry(finding.finding.family.as_str())
            .or_default()
            .insert(finding.finding.code.as_str());
    }
    assessments
        .iter()
        .filter(|a| a.assessment.verdict != "none")
        .map(|a| {
            let family = a.assessment.family.as_str();
            FamilySummary {
                label: tr.family(family),
                verdict: a.assessment.verdict.clone(),
                verdict_label: tr.verdict(&a.assessment.verdict),
                points: codes
                    .get(family)
                    .into_iter()
                    .flatten()
                    .take(5)
                    .filter_map(|code| tr.rule(code, "summary"))
                    .collect(),
            }
        })
        .collect()
}

fn timeline_rows(tr: &Tr, timeline: &[TimelineEntry]) -> Vec<TimelineRow> {
    timeline
        .iter()
        .map(|entry| match entry {
            TimelineEntry::Revision {
                at, document, rev, ..
            } => TimelineRow {
                at: at.clone(),
                text: tr.ta(
                    "timeline-revision",
                    &[("label", &revision_label(document, rev.as_deref()))],
                ),
            },
            TimelineEntry::Event {
                at, kind, detail, ..
            } => TimelineRow {
                at: at.clone(),
                text: if detail.is_empty() {
                    tr.t(&format!("event-{}", kind.as_str()))
                } else {
                    format!("{}: {detail}", tr.t(&format!("event-{}", kind.as_str())))
                },
            },
        })
        .collect()
}

/// `/documents/{name}`: summary, highlighted text, timeline, diffs.
pub async fn document(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: crate::auth::Viewer,
    Path(name): Path<String>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let params = Params::from(&ctx, query)?;
    let Some(view) = state.store.document(&name).await.map_err(store_error(tr))? else {
        return Err(PageError::not_found(tr, "error-no-document"));
    };
    let wanted = params.number(tr, "revision")?;
    // A document known only from the series' metadata (no text ingested) still has a page: its
    // facts, lifecycle and references are worth showing.
    let revision = match wanted {
        Some(id) => Some(
            view.revisions
                .iter()
                .find(|r| r.id == id)
                .ok_or_else(|| PageError::not_found(tr, "error-no-revision"))?,
        ),
        None => view.revisions.last(),
    };
    let base = format!("/documents/{}", encode(&view.document.name));
    let (text, sections, findings, assessments) = match revision {
        Some(revision) => (
            state
                .store
                .revision_text(revision.id)
                .await
                .map_err(store_error(tr))?
                .unwrap_or_default(),
            state
                .store
                .revision_sections(revision.id)
                .await
                .map_err(store_error(tr))?
                .unwrap_or_default(),
            state
                .store
                .findings(revision.id)
                .await
                .map_err(store_error(tr))?,
            state
                .store
                .assessments(revision.id)
                .await
                .map_err(store_error(tr))?,
        ),
        None => Default::default(),
    };
    let timeline = state.store.timeline(&name).await.map_err(store_error(tr))?;

    let all_pages = if text.len() > LONG_TEXT {
        pages(&text, &sections)
    } else {
        vec![(String::new(), 0..text.len())]
    };
    let section = params.number(tr, "section")?.unwrap_or(0);
    let section = usize::try_from(section).unwrap_or(usize::MAX);
    let Some((section_title, window)) = all_pages.get(section).cloned() else {
        return Err(PageError::bad_request(
            tr,
            tr.ta(
                "error-bad-section",
                &[("count", &all_pages.len().to_string())],
            ),
        ));
    };
    let page_of = |offset: i64| {
        let offset = usize::try_from(offset).unwrap_or(0);
        all_pages
            .iter()
            .position(|(_, range)| range.contains(&offset))
            .unwrap_or(0)
    };
    let revision_query = match (wanted, revision) {
        (Some(_), Some(revision)) => format!("revision={}&", revision.id),
        _ => String::new(),
    };
    let toc = if all_pages.len() > 1 {
        all_pages
            .iter()
            .enumerate()
            .map(|(i, (title, _))| TocItem {
                title: if title.is_empty() {
                    tr.t("section-front")
                } else {
                    title.clone()
                },
                href: format!("{base}?{revision_query}section={i}"),
                current: i == section,
                findings: findings
                    .iter()
                    .filter(|f| page_of(f.finding.sentence_start) == i)
                    .count(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let (doubtful, findings): (Vec<FindingRecord>, Vec<FindingRecord>) =
        findings.into_iter().partition(is_doubtful);
    let (segments, marked) = segments(&text, window.clone(), &findings);
    let marked: BTreeSet<i64> = marked.into_iter().collect();
    let summary_of = |finding: &FindingRecord| {
        tr.rule(&finding.finding.code, "summary")
            .unwrap_or_else(|| finding.finding.message.clone())
    };
    let notes = findings
        .iter()
        .filter(|f| marked.contains(&f.id))
        .map(|f| Note {
            id: f.id,
            code: f.finding.code.clone(),
            family: tr.family(&f.finding.family),
            polarity: tr.t(&format!("polarity-{}", f.finding.polarity)),
            summary: summary_of(f),
            message: f.finding.message.clone(),
            rule_href: format!("/rules/{}", encode(&f.finding.code)),
        })
        .collect();
    let unmarked: Vec<&FindingRecord> = findings
        .iter()
        .filter(|f| !marked.contains(&f.id))
        .collect();
    let doubtful_here: Vec<&FindingRecord> = doubtful
        .iter()
        .filter(|f| page_of(f.finding.sentence_start) == section)
        .collect();
    let doubtful_more = doubtful_here.len().saturating_sub(MAX_DOUBTFUL);
    let doubtful = doubtful_here
        .iter()
        .take(MAX_DOUBTFUL)
        .map(|f| {
            let sentence = usize::try_from(f.finding.sentence_start).unwrap_or(0)
                ..usize::try_from(f.finding.sentence_end).unwrap_or(0);
            let passage = text.get(sentence).unwrap_or("");
            let passage = passage.split_whitespace().collect::<Vec<_>>().join(" ");
            let passage = match passage.char_indices().nth(DOUBTFUL_PASSAGE) {
                Some((cut, _)) => format!("{}…", &passage[..cut]),
                None => passage,
            };
            DoubtfulFinding {
                code: f.finding.code.clone(),
                rule_href: format!("/rules/{}", encode(&f.finding.code)),
                family: tr.family(&f.finding.family),
                polarity: tr.t(&format!("polarity-{}", f.finding.polarity)),
                summary: summary_of(f),
                passage,
                confidence: format!("{:.2}", f.finding.confidence.unwrap_or_default()),
            }
        })
        .collect();
    let others = unmarked
        .iter()
        .take(MAX_OTHER_FINDINGS)
        .map(|f| OtherFinding {
            href: format!(
                "{base}?{revision_query}section={}#f{}",
                page_of(f.finding.sentence_start),
                f.id
            ),
            code: f.finding.code.clone(),
            summary: summary_of(f),
        })
        .collect();
    let revisions = view
        .revisions
        .iter()
        .map(|r| RevisionLink {
            label: revision_label(&r.document, r.rev.as_deref()),
            href: format!("{base}?revision={}", r.id),
            date: r.date.clone().unwrap_or_default(),
            current: revision.is_some_and(|shown| shown.id == r.id),
        })
        .collect();
    let diffs = view
        .revisions
        .windows(2)
        .map(|pair| DiffLink {
            href: format!("{base}/diff?from={}&to={}", pair[0].id, pair[1].id),
            label: tr.ta(
                "diff-link",
                &[
                    (
                        "from",
                        &revision_label(&pair[0].document, pair[0].rev.as_deref()),
                    ),
                    (
                        "to",
                        &revision_label(&pair[1].document, pair[1].rev.as_deref()),
                    ),
                ],
            ),
        })
        .collect();
    let title = view
        .document
        .title
        .clone()
        .unwrap_or_else(|| view.document.name.clone());
    let sdo_body = body_for(&view.document.sdo, view.document.stream.as_deref());
    render(
        tr,
        &DocumentPage {
            chrome: Chrome::new(&ctx, title.clone(), "documents"),
            name: view.document.name.clone(),
            facts: facts_of(tr, &view.document),
            title,
            revision_label: revision.map(|r| revision_label(&r.document, r.rev.as_deref())),
            revisions,
            summary: family_summaries(tr, &assessments, &findings),
            toc,
            section_title,
            segments,
            notes,
            others_more: unmarked.len().saturating_sub(MAX_OTHER_FINDINGS),
            others,
            doubtful,
            doubtful_more,
            timeline: timeline_rows(tr, &timeline),
            diffs,
            take_part_href: format!("{base}/take-part"),
            sdo: sdo_body.map(|body| (body_href(body), body.short_name.clone())),
            barriers: sdo_body
                .map(|body| barriers_of(tr, body))
                .unwrap_or_default(),
            feed_href: format!("/feeds/documents/{}.atom", encode(&view.document.name)),
            references: references_view(tr, &state, &view.document.name).await?,
            // A review is of a revision: a document without text cannot have one.
            review_form: revision.and_then(|revision| {
                crate::reviews::StartForm::for_viewer(
                    &viewer,
                    &view.document.name,
                    &view.document.sdo,
                    revision.id,
                )
            }),
        },
    )
}

// ---------------------------------------------------------------- revision diff

struct FamilyRow {
    label: String,
    old: String,
    new: String,
    changed: bool,
}

struct DiffFinding {
    code: String,
    summary: String,
    sentence: String,
    risk: bool,
}

#[derive(Template)]
#[template(path = "diff.html")]
struct DiffPage {
    chrome: Chrome,
    name: String,
    document_href: String,
    from: String,
    to: String,
    families: Vec<FamilyRow>,
    added: Vec<DiffFinding>,
    removed: Vec<DiffFinding>,
    unchanged: usize,
    new_risks: usize,
}

/// Re-reads a stored revision's text and checks it, for the diff.
fn reparse(
    checker: &rightscope_rules::Checker,
    text: &str,
    label: &str,
) -> Result<(rightscope_doc::Document, rightscope_rules::CheckResult), String> {
    let document =
        rightscope_doc::parse_as(Format::RfcText, text.as_bytes(), label, &Limits::default())
            .map_err(|error| error.to_string())?;
    let result = checker.check(&document);
    Ok((document, result))
}

/// `/documents/{name}/diff?from=ID&to=ID`: findings added and removed, verdict changes.
pub async fn diff(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(name): Path<String>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Html<String>, PageError> {
    let tr = ctx.tr.clone();
    let params = Params::from(&ctx, query)?;
    let Some(view) = state
        .store
        .document(&name)
        .await
        .map_err(store_error(&tr))?
    else {
        return Err(PageError::not_found(&tr, "error-no-document"));
    };
    let (Some(from), Some(to)) = (params.number(&tr, "from")?, params.number(&tr, "to")?) else {
        return Err(PageError::bad_request(&tr, tr.t("error-diff-needs-two")));
    };
    let find = |id: i64| {
        view.revisions
            .iter()
            .find(|r| r.id == id)
            .ok_or_else(|| PageError::not_found(&tr, "error-no-revision"))
    };
    let (old, new) = (find(from)?.clone(), find(to)?.clone());
    let old_text = state
        .store
        .revision_text(old.id)
        .await
        .map_err(store_error(&tr))?
        .unwrap_or_default();
    let new_text = state
        .store
        .revision_text(new.id)
        .await
        .map_err(store_error(&tr))?
        .unwrap_or_default();
    let from_label = revision_label(&old.document, old.rev.as_deref());
    let to_label = revision_label(&new.document, new.rev.as_deref());
    let checker = state.checker.clone();
    let (labels, worker_tr) = ((from_label.clone(), to_label.clone()), tr.clone());
    let page = tokio::task::spawn_blocking(move || {
        let tr = worker_tr;
        let old = reparse(&checker, &old_text, &labels.0)?;
        let new = reparse(&checker, &new_text, &labels.1)?;
        let diff = rightscope_rules::diff((&old.0, &old.1), (&new.0, &new.1));
        let finding =
            |document: &rightscope_doc::Document, f: &rightscope_rules::Finding| DiffFinding {
                code: f.code.clone(),
                summary: tr
                    .rule(&f.code, "summary")
                    .unwrap_or_else(|| f.message.clone()),
                sentence: document
                    .text
                    .get(f.sentence.clone())
                    .unwrap_or_default()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                risk: f.polarity == Polarity::Risk,
            };
        Ok::<_, String>((
            diff.families
                .iter()
                .map(|c| FamilyRow {
                    label: tr.family(c.family.as_str()),
                    old: tr.verdict(c.old_verdict.as_str()),
                    new: tr.verdict(c.new_verdict.as_str()),
                    changed: c.verdict_changed(),
                })
                .collect::<Vec<_>>(),
            diff.added
                .iter()
                .map(|f| finding(&new.0, f))
                .collect::<Vec<_>>(),
            diff.removed
                .iter()
                .map(|f| finding(&old.0, f))
                .collect::<Vec<_>>(),
            diff.unchanged.len(),
            diff.new_risks(),
        ))
    })
    .await
    .map_err(|error| PageError::internal(&tr, error))?
    .map_err(|error| PageError::internal(&tr, error))?;
    let (families, added, removed, unchanged, new_risks) = page;
    let title = tr.ta("diff-title", &[("from", &from_label), ("to", &to_label)]);
    render(
        &tr,
        &DiffPage {
            chrome: Chrome::new(&ctx, title, "documents"),
            document_href: format!("/documents/{}", encode(&view.document.name)),
            name: view.document.name.clone(),
            from: from_label,
            to: to_label,
            families,
            added,
            removed,
            unchanged,
            new_risks,
        },
    )
}

// ---------------------------------------------------------------- take part

#[derive(Template)]
#[template(path = "take_part.html")]
struct TakePartPage {
    chrome: Chrome,
    name: String,
    document_href: String,
    title: String,
    about: String,
    risks: Vec<String>,
    stage: String,
    deadline: Option<String>,
    channels: Vec<rightscope_almanac::Channel>,
    /// The body's page and short name, when the almanac knows the body.
    sdo: Option<(String, String)>,
    comment_window: Option<String>,
    comment: String,
}

/// The first two sentences of a text, whitespace collapsed.
pub fn first_sentences(text: &str, count: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut seen = 0;
    for (i, c) in flat.char_indices() {
        if matches!(c, '.' | '!' | '?') && flat[i + c.len_utf8()..].starts_with(' ') {
            seen += 1;
            if seen == count {
                return flat[..i + c.len_utf8()].to_string();
            }
        }
    }
    flat
}

/// `/documents/{name}/take-part`: what it is, its risks, its stage and deadline, how to comment.
pub async fn take_part(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let Some(view) = state.store.document(&name).await.map_err(store_error(tr))? else {
        return Err(PageError::not_found(tr, "error-no-document"));
    };
    let document = &view.document;
    let title = document
        .title
        .clone()
        .unwrap_or_else(|| document.name.clone());
    let (findings, assessments) = match view.revisions.last() {
        Some(revision) => (
            state
                .store
                .findings(revision.id)
                .await
                .map_err(store_error(tr))?,
            state
                .store
                .assessments(revision.id)
                .await
                .map_err(store_error(tr))?,
        ),
        None => (Vec::new(), Vec::new()),
    };
    let creating: BTreeSet<&str> = assessments
        .iter()
        .filter(|a| a.assessment.verdict == "creates")
        .map(|a| a.assessment.family.as_str())
        .collect();
    let mut risks = Vec::new();
    let mut lines = Vec::new();
    let mut seen = BTreeSet::new();
    for finding in findings
        .iter()
        .filter(|f| f.finding.polarity == "risk" && creating.contains(f.finding.family.as_str()))
    {
        if !seen.insert(finding.finding.code.as_str()) {
            continue;
        }
        let summary = tr
            .rule(&finding.finding.code, "summary")
            .unwrap_or_else(|| finding.finding.message.clone());
        risks.push(format!("{}: {summary}", tr.family(&finding.finding.family)));
        let fix = tr.rule(&finding.finding.code, "fix").unwrap_or_default();
        let place = match &finding.finding.section {
            Some(section) => tr.ta("comment-where", &[("section", section)]),
            None => String::new(),
        };
        lines.push(
            format!("- {summary} {place}\n  {fix}")
                .trim_end()
                .to_string(),
        );
    }
    let timeline = state.store.timeline(&name).await.map_err(store_error(tr))?;
    let today = today();
    let deadline = timeline.iter().find_map(|entry| match entry {
        TimelineEntry::Event { at, kind, .. }
            if *kind == rightscope_store::EventKind::LastCallEnd
                && at.as_str() >= today.as_str() =>
        {
            Some(at.clone())
        }
        _ => None,
    });
    let state_detail = timeline.iter().rev().find_map(|entry| match entry {
        TimelineEntry::Event { kind, detail, .. }
            if *kind == rightscope_store::EventKind::State && !detail.is_empty() =>
        {
            Some(detail.clone())
        }
        _ => None,
    });
    let stage = match (document.kind, state_detail) {
        (_, Some(detail)) => detail,
        (rightscope_store::DocumentKind::Rfc, None) => tr.t("stage-rfc"),
        (rightscope_store::DocumentKind::Draft, None) => tr.t("stage-draft"),
        _ => tr.t("stage-unknown"),
    };
    let mut comment = tr.ta(
        "comment-intro",
        &[("title", &title), ("name", &document.name)],
    );
    comment.push_str("\n\n");
    if lines.is_empty() {
        comment.push_str(&tr.t("comment-no-risks"));
    } else {
        comment.push_str(&lines.join("\n"));
    }
    comment.push_str("\n\n");
    comment.push_str(&tr.t("comment-closing"));
    let body = body_for(&document.sdo, document.stream.as_deref());
    let channels = body
        .map(|body| localized_channels(tr, body, document.wg.as_deref()))
        .unwrap_or_default();
    let local = body.map(|body| tr.almanac_body(body));
    render(
        tr,
        &TakePartPage {
            chrome: Chrome::new(
                &ctx,
                tr.ta("take-part-title", &[("name", &document.name)]),
                "documents",
            ),
            name: document.name.clone(),
            document_href: format!("/documents/{}", encode(&document.name)),
            about: document
                .abstract_text
                .as_deref()
                .map(|text| first_sentences(text, 2))
                .unwrap_or_default(),
            title,
            risks,
            stage,
            deadline,
            channels,
            sdo: body
                .zip(local.as_ref())
                .map(|(body, local)| (body_href(body), local.short_name.clone())),
            comment_window: local.map(|local| local.comment_window.summary),
            comment,
        },
    )
}

// ---------------------------------------------------------------- search

struct HitRow {
    href: String,
    title: String,
    label: String,
    kind: String,
    snippet: String,
    code: Option<String>,
    family: Option<String>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    chrome: Chrome,
    q: String,
    families: Vec<Choice>,
    kinds: Vec<Choice>,
    searched: bool,
    total: usize,
    hits: Vec<HitRow>,
    warnings: Vec<String>,
    prev_href: Option<String>,
    next_href: Option<String>,
}

/// `/search?q=&family=&kind=&page=`: ranked hits with highlighted snippets.
pub async fn search(
    ctx: Ctx,
    State(state): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let params = Params::from(&ctx, query)?;
    let q = params.text("q").unwrap_or_default().to_string();
    let family = match params.text("family") {
        Some(code) => Some(
            Family::from_code(code)
                .ok_or_else(|| {
                    PageError::bad_request(tr, tr.ta("error-bad-family", &[("value", code)]))
                })?
                .as_str(),
        ),
        None => None,
    };
    let kind = match params.text("kind") {
        Some(kind @ ("revision" | "finding")) => Some(kind.to_string()),
        Some(kind) => {
            return Err(PageError::bad_request(
                tr,
                tr.ta("error-bad-kind", &[("value", kind)]),
            ))
        }
        None => None,
    };
    let page = usize::try_from(params.number(tr, "page")?.unwrap_or(1).max(1)).unwrap_or(1);
    let mut full = q.clone();
    if let Some(family) = family {
        full.push_str(&format!(" family:{family}"));
    }
    if let Some(kind) = &kind {
        full.push_str(&format!(" kind:{kind}"));
    }
    let searched = !full.trim().is_empty();
    let (mut total, mut hits, mut warnings) = (0, Vec::new(), Vec::new());
    if searched {
        let index = state.index.get(&state.store).await;
        let text = full.trim().to_string();
        let offset = (page - 1).saturating_mul(HITS_PER_PAGE);
        let results =
            tokio::task::spawn_blocking(move || index.search(&text, HITS_PER_PAGE, offset))
                .await
                .map_err(|error| PageError::internal(tr, error))?
                .map_err(|error| PageError::bad_request(tr, error.to_string()))?;
        total = results.total;
        warnings = results.warnings;
        hits = results
            .hits
            .into_iter()
            .map(|hit| HitRow {
                href: format!("/documents/{}", encode(&hit.name)),
                label: revision_label(&hit.name, hit.rev.as_deref()),
                title: hit.title,
                kind: tr.t(&format!("hit-{}", hit.kind.as_str())),
                snippet: hit.snippet.to_html(),
                code: hit.code,
                family: hit.family.as_deref().map(|f| tr.family(f)),
            })
            .collect();
    }
    let mut base = format!("/search?q={}", encode(&q));
    if let Some(family) = family {
        base.push_str(&format!("&family={family}"));
    }
    if let Some(kind) = &kind {
        base.push_str(&format!("&kind={kind}"));
    }
    let family_codes: Vec<&str> = Family::ALL.iter().map(|f| f.as_str()).collect();
    render(
        tr,
        &SearchPage {
            chrome: Chrome::new(&ctx, tr.t("search-title"), "search"),
            families: choices(tr, &family_codes, family, |tr, v| tr.family(v)),
            kinds: choices(tr, &["revision", "finding"], kind.as_deref(), |tr, v| {
                tr.t(&format!("hit-{v}"))
            }),
            q,
            searched,
            total,
            hits,
            warnings,
            prev_href: (page > 1).then(|| format!("{base}&page={}", page - 1)),
            next_href: (page * HITS_PER_PAGE < total).then(|| format!("{base}&page={}", page + 1)),
        },
    )
}

// ---------------------------------------------------------------- rules

struct RuleRow {
    code: String,
    href: String,
    summary: String,
    polarity: String,
}

struct RuleGroup {
    code: String,
    label: String,
    rules: Vec<RuleRow>,
}

#[derive(Template)]
#[template(path = "rules.html")]
struct RulesPage {
    chrome: Chrome,
    groups: Vec<RuleGroup>,
}

/// `/rules`: the catalogue by family.
pub async fn rules(ctx: Ctx, State(state): State<AppState>) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let groups = Family::ALL
        .into_iter()
        .map(|family| RuleGroup {
            code: family.as_str().to_string(),
            label: tr.family(family.as_str()),
            rules: state
                .catalogue
                .rules()
                .filter(|rule| rule.family == family)
                .map(|rule| RuleRow {
                    code: rule.code.clone(),
                    href: format!("/rules/{}", encode(&rule.code)),
                    summary: tr
                        .rule(&rule.code, "summary")
                        .unwrap_or_else(|| rule.summary.clone()),
                    polarity: tr.t(&format!("polarity-{}", rule.polarity.as_str())),
                })
                .collect(),
        })
        .filter(|group| !group.rules.is_empty())
        .collect();
    render(
        tr,
        &RulesPage {
            chrome: Chrome::new(&ctx, tr.t("rules-title"), "rules"),
            groups,
        },
    )
}

#[derive(Template)]
#[template(path = "rule.html")]
struct RulePage {
    chrome: Chrome,
    code: String,
    name: String,
    family: String,
    polarity: String,
    severity: String,
    summary: String,
    why: String,
    fix: String,
    example: String,
    questions: Vec<String>,
    references: Vec<String>,
    feed_href: String,
}

/// `/rules/{code}`: one rule's page.
pub async fn rule(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let Some(rule) = state.catalogue.get(&code) else {
        return Err(PageError::not_found(tr, "error-no-rule"));
    };
    let text = |part: &str, english: &str| {
        tr.rule(&rule.code, part)
            .unwrap_or_else(|| english.to_string())
    };
    render(
        tr,
        &RulePage {
            chrome: Chrome::new(&ctx, format!("{} {}", rule.code, rule.name), "rules"),
            code: rule.code.clone(),
            name: rule.name.clone(),
            family: tr.family(rule.family.as_str()),
            polarity: tr.t(&format!("polarity-{}", rule.polarity.as_str())),
            severity: rule.severity.as_str().to_string(),
            summary: text("summary", &rule.summary),
            why: text("why", &rule.why),
            fix: text("fix", &rule.fix),
            example: rule.example.clone(),
            questions: rule
                .questions
                .iter()
                .map(|q| tr.t(&format!("question-{q}")))
                .collect(),
            references: rule.references.clone(),
            feed_href: format!("/feeds/rules/{}.atom", encode(&rule.code)),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_two_sentences() {
        assert_eq!(
            first_sentences("One is here.  Two\n is there. Three.", 2),
            "One is here. Two is there."
        );
        assert_eq!(first_sentences("No stop", 2), "No stop");
    }

    #[test]
    fn encodes_segments() {
        assert_eq!(encode("a b\"<"), "a%20b%22%3C");
        assert_eq!(encode("draft-x-00"), "draft-x-00");
    }
}
