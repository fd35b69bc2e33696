//! Review pages: the list, starting a review from a document page, the review itself (questions,
//! answers, evidence highlighted in context, state, members, follow-through into newer revisions),
//! its history from the audit log, and its exports. Every change goes through `rightscope_review`,
//! which checks authorisation and writes the audit entry; this module checks CSRF and origin first
//! (`auth::guard`).

use std::collections::HashMap;
use std::time::SystemTime;

use askama::Template;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, State};
use axum::http::header::{self, HeaderMap};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use rightscope_review::review::{self, FollowedEvidence};
use rightscope_review::{
    can, Action, AnswerStatus, Carried, MemberRole, Questionnaire, ReviewAccess, ReviewError,
    ReviewState, StartReview, User, Visibility,
};
use rightscope_store::{EvidenceRecord, ReviewRecord};
use serde::Deserialize;

use crate::app::{AppState, Ctx};
use crate::auth::{guard, Viewer};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::pages::{encode, render, Chrome};

/// Bytes of document text shown on each side of a quoted passage.
const CONTEXT_BYTES: usize = 160;

/// The review routes, as one block for the route table.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/login",
            get(crate::auth::login_form).post(crate::auth::login),
        )
        .route("/logout", post(crate::auth::logout))
        .route("/reviews", get(list).post(start))
        .route("/reviews/{id}", get(page))
        .route("/reviews/{id}/answers", post(answer))
        .route("/reviews/{id}/evidence", post(add_evidence))
        .route(
            "/reviews/{id}/evidence/{evidence}/remove",
            post(remove_evidence),
        )
        .route("/reviews/{id}/state", post(change_state))
        .route("/reviews/{id}/members", post(set_member))
        .route("/reviews/{id}/history", get(history))
        .route("/reviews/{id}/export.md", get(export_markdown))
        .route("/reviews/{id}/export.json", get(export_json))
        .route("/reviews/{id}/export.html", get(export_html))
        .route("/static/review.js", get(script))
}

/// A review-crate error as a page: unknown or hidden reviews are 404, refusals 403, bad input 400.
fn review_error(tr: &Tr, error: ReviewError) -> PageError {
    match error {
        ReviewError::NotFound { .. } => PageError::not_found(tr, "review-error-not-found"),
        ReviewError::Forbidden { .. } => PageError::forbidden(tr, "review-error-forbidden"),
        ReviewError::Csrf => PageError::forbidden(tr, "auth-refused-csrf"),
        ReviewError::NoSession => PageError::forbidden(tr, "auth-refused-signed-out"),
        ReviewError::Invalid { .. } | ReviewError::Transition { .. } => {
            PageError::bad_request(tr, format!("{} ({error})", tr.t("review-error-invalid")))
        }
        other => PageError::internal(tr, other),
    }
}

fn store_error(tr: &Tr) -> impl Fn(rightscope_store::StoreError) -> PageError + '_ {
    move |error| PageError::internal(tr, error)
}

/// A review id from the path: a positive number, else 404 (no such review).
fn review_id(tr: &Tr, raw: &str) -> Result<i64, PageError> {
    raw.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| PageError::not_found(tr, "review-error-not-found"))
}

fn state_label(tr: &Tr, state: &str) -> String {
    tr.t(&format!("review-state-{state}"))
}

fn status_label(tr: &Tr, status: &str) -> String {
    tr.t(&format!("review-status-{status}"))
}

/// A question's title in the reader's language when translated (`question-<id>`), else the data's.
fn question_title(tr: &Tr, id: &str, fallback: &str) -> (String, bool) {
    let key = format!("question-{id}");
    let translated = tr.t(&key);
    if translated == key {
        (fallback.to_string(), false)
    } else {
        (translated, true)
    }
}

fn revision_label(document: &str, rev: Option<&str>) -> String {
    match rev {
        Some(rev) => format!("{document}-{rev}"),
        None => document.to_string(),
    }
}

/// The date part of a stored timestamp.
fn day(at: &str) -> String {
    at.get(..10).unwrap_or(at).to_string()
}

/// Whether the viewer may see a review; the access list too.
async fn visible(
    state: &AppState,
    tr: &Tr,
    user: Option<&User>,
    id: i64,
) -> Result<(ReviewRecord, ReviewAccess), PageError> {
    let (record, access) = review::load(&state.store, id)
        .await
        .map_err(|error| review_error(tr, error))?;
    // A private review someone may not see is "not found", as the review crate reports it.
    if !can(user, Action::View, Some(&access)) {
        return Err(PageError::not_found(tr, "review-error-not-found"));
    }
    Ok((record, access))
}

// ---------------------------------------------------------------- the list

struct ListRow {
    href: String,
    title: String,
    document: String,
    state: String,
    visibility: String,
    started: String,
    updated: String,
}

#[derive(Template)]
#[template(path = "reviews.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<ListRow>,
    signed_in_as: Option<String>,
    csrf: String,
    can_start: bool,
}

/// `GET /reviews`: public reviews and the private ones the reader may see.
pub async fn list(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let user = viewer.user();
    let mut rows = Vec::new();
    for record in state.store.reviews().await.map_err(store_error(tr))? {
        let (_, access) = review::load(&state.store, record.id)
            .await
            .map_err(|error| review_error(tr, error))?;
        if !can(user, Action::View, Some(&access)) {
            continue;
        }
        rows.push(ListRow {
            href: format!("/reviews/{}", record.id),
            title: record.title.clone(),
            document: record.document.clone(),
            state: state_label(tr, &record.state),
            visibility: tr.t(&format!("review-visibility-{}", record.visibility)),
            started: day(&record.created_at),
            updated: day(&record.updated_at),
        });
    }
    render(
        tr,
        &ListPage {
            chrome: Chrome::new(&ctx, tr.t("reviews-title"), "reviews"),
            rows,
            signed_in_as: user.map(|user| user.display_name.clone()),
            csrf: viewer.csrf(),
            can_start: can(user, Action::StartReview, None),
        },
    )
}

// ---------------------------------------------------------------- start (from the document page)

/// The "Start a review" form on a document page (only for accounts that may start one).
pub struct StartForm {
    /// The session's CSRF token.
    pub csrf: String,
    /// The document.
    pub document: String,
    /// The revision shown.
    pub revision_id: i64,
    /// (id, title) of the questionnaires offered: RFC 9620, and the W3C one for W3C documents.
    pub questionnaires: Vec<(String, String)>,
}

impl StartForm {
    /// The form for a reader, if they may start reviews.
    pub fn for_viewer(
        viewer: &Viewer,
        document: &str,
        sdo: &str,
        revision_id: i64,
    ) -> Option<StartForm> {
        if !can(viewer.user(), Action::StartReview, None) {
            return None;
        }
        let mut ids = vec!["rfc9620"];
        if sdo.eq_ignore_ascii_case("w3c") {
            ids.insert(0, "w3c-security-privacy");
        }
        let questionnaires = ids
            .into_iter()
            .filter_map(|id| Questionnaire::by_id(id).ok())
            .map(|q| (q.id, q.title))
            .collect();
        Some(StartForm {
            csrf: viewer.csrf(),
            document: document.to_string(),
            revision_id,
            questionnaires,
        })
    }
}

/// The start form's fields.
#[derive(Debug, Deserialize)]
pub struct StartFields {
    csrf: Option<String>,
    document: String,
    revision: i64,
    questionnaire: Option<String>,
    title: Option<String>,
    visibility: Option<String>,
}

/// `POST /reviews`: starts a review of a revision, pre-filled from its findings.
pub async fn start(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    form: Result<Form<StartFields>, FormRejection>,
) -> Result<Response, PageError> {
    let tr = &ctx.tr;
    let fields = form.as_ref().ok().map(|Form(fields)| fields);
    let session = guard(
        &ctx,
        &state,
        &headers,
        &viewer,
        fields.and_then(|f| f.csrf.as_deref()),
    )?;
    let Some(fields) = fields else {
        return Err(PageError::bad_request(tr, tr.t("review-error-form")));
    };
    let Some(view) = state
        .store
        .document(&fields.document)
        .await
        .map_err(store_error(tr))?
    else {
        return Err(PageError::not_found(tr, "error-no-document"));
    };
    let Some(revision) = view.revisions.iter().find(|r| r.id == fields.revision) else {
        return Err(PageError::not_found(tr, "error-no-revision"));
    };
    let visibility = match fields.visibility.as_deref() {
        Some("public") => Visibility::Public,
        _ => Visibility::Private,
    };
    let id = review::start_review(
        &state.store,
        &session.user,
        &StartReview {
            document: &view.document.name,
            rev: revision.rev.as_deref(),
            questionnaire: fields.questionnaire.as_deref().filter(|q| !q.is_empty()),
            title: fields.title.as_deref(),
            visibility,
        },
        SystemTime::now(),
    )
    .await
    .map_err(|error| review_error(tr, error))?;
    Ok(Redirect::to(&format!("/reviews/{id}")).into_response())
}

// ---------------------------------------------------------------- the review page

struct EvidenceView {
    id: i64,
    kind: String,
    code: Option<String>,
    before: String,
    quoted: String,
    after: String,
    note: String,
    /// Where the passage is in the latest revision (follow-through), when a newer one exists.
    followed: Option<String>,
}

struct QuestionView {
    id: String,
    number: usize,
    title: String,
    /// The title is the data's (English) text.
    title_en: bool,
    section: String,
    prompt: String,
    status: String,
    status_label: String,
    text: String,
    evidence: Vec<EvidenceView>,
}

struct FollowView {
    latest: String,
    diff_href: String,
    latest_href: String,
    /// (question title, quoted passage, outcome) for each concern's evidence.
    concerns: Vec<(String, String, String)>,
    /// How many concern passages are still there, and how many changed.
    summary: String,
    /// (family, verdict at the review, verdict now) for each family whose verdict changed.
    verdicts: Vec<(String, String, String)>,
    /// Risk findings in the reviewed revision and in the newest one.
    risks: String,
}

/// The number of risk findings among `findings`.
fn risk_count(findings: &[rightscope_store::FindingRecord]) -> usize {
    findings
        .iter()
        .filter(|record| record.finding.polarity == "risk")
        .count()
}

/// Per family, the verdicts of two revisions where they differ (a missing assessment reads `none`),
/// in family order, and the number of risk findings of the newest one.
async fn verdict_changes(
    store: &rightscope_store::Store,
    tr: &Tr,
    reviewed: i64,
    latest: i64,
) -> Result<(Vec<(String, String, String)>, usize), PageError> {
    let verdicts = |records: Vec<rightscope_store::AssessmentRecord>| -> HashMap<String, String> {
        records
            .into_iter()
            .map(|record| (record.assessment.family, record.assessment.verdict))
            .collect()
    };
    let before = verdicts(store.assessments(reviewed).await.map_err(store_error(tr))?);
    let after = verdicts(store.assessments(latest).await.map_err(store_error(tr))?);
    let mut families: Vec<&String> = before.keys().chain(after.keys()).collect();
    families.sort_unstable();
    families.dedup();
    let none = "none".to_string();
    let changes = families
        .into_iter()
        .filter_map(|family| {
            let (old, new) = (
                before.get(family).unwrap_or(&none),
                after.get(family).unwrap_or(&none),
            );
            (old != new).then(|| (tr.family(family), tr.verdict(old), tr.verdict(new)))
        })
        .collect();
    let now = risk_count(&store.findings(latest).await.map_err(store_error(tr))?);
    Ok((changes, now))
}

#[derive(Template)]
#[template(path = "review.html")]
struct ReviewPage {
    chrome: Chrome,
    id: i64,
    title: String,
    document_href: String,
    revision: String,
    questionnaire: String,
    questionnaire_source: String,
    state_label: String,
    visibility: String,
    dates: Vec<(String, String)>,
    questions: Vec<QuestionView>,
    statuses: Vec<(String, String)>,
    findings: Vec<(i64, String)>,
    next_states: Vec<(String, String)>,
    members: Vec<(String, String)>,
    candidates: Vec<(i64, String)>,
    member_roles: Vec<(String, String)>,
    can_write: bool,
    can_steer: bool,
    signed_in_as: Option<String>,
    csrf: String,
    follow: Option<FollowView>,
}

/// The largest char boundary at or below `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The largest char boundary at or above `at`.
fn ceil_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Text before, the passage, and text after, for showing a span highlighted in context.
fn in_context(text: &str, evidence: &EvidenceRecord) -> (String, String, String) {
    let start = usize::try_from(evidence.evidence.byte_start).unwrap_or(0);
    let end = usize::try_from(evidence.evidence.byte_end).unwrap_or(0);
    match text.get(start..end) {
        Some(quoted) if start < end => {
            let from = floor_boundary(text, start.saturating_sub(CONTEXT_BYTES));
            let to = ceil_boundary(text, end.saturating_add(CONTEXT_BYTES));
            (
                text.get(from..start).unwrap_or_default().to_string(),
                quoted.to_string(),
                text.get(end..to).unwrap_or_default().to_string(),
            )
        }
        _ => (
            String::new(),
            evidence.evidence.quoted.clone(),
            String::new(),
        ),
    }
}

fn carried_label(tr: &Tr, carried: Carried) -> String {
    tr.t(match carried {
        Carried::Exact { .. } => "follow-same",
        Carried::Whitespace { .. } => "follow-rewrapped",
        Carried::Changed => "follow-changed",
    })
}

/// `GET /reviews/{id}`.
pub async fn page(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    Path(raw): Path<String>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let id = review_id(tr, &raw)?;
    let user = viewer.user();
    let (record, access) = visible(&state, tr, user, id).await?;
    let questionnaire =
        Questionnaire::by_id(&record.questionnaire).map_err(|e| review_error(tr, e))?;
    let store = &state.store;
    let text = store
        .revision_text(record.revision_id)
        .await
        .map_err(store_error(tr))?
        .unwrap_or_default();
    let revision = store
        .revision(record.revision_id)
        .await
        .map_err(store_error(tr))?;
    let findings = store
        .findings(record.revision_id)
        .await
        .map_err(store_error(tr))?;
    let codes: HashMap<i64, String> = findings
        .iter()
        .map(|f| (f.id, f.finding.code.clone()))
        .collect();
    let answers = store.answers(id).await.map_err(store_error(tr))?;
    let evidence = store.evidence(id).await.map_err(store_error(tr))?;
    // Follow-through: the latest revision of the document, when it is not the reviewed one.
    let latest = store
        .document(&record.document)
        .await
        .map_err(store_error(tr))?
        .and_then(|view| view.revisions.last().cloned())
        .filter(|latest| latest.id != record.revision_id);
    let followed: HashMap<i64, Carried> = match &latest {
        Some(latest) => review::follow_evidence(store, user, id, latest.id)
            .await
            .map_err(|e| review_error(tr, e))?
            .into_iter()
            .map(|FollowedEvidence { evidence, carried }| (evidence.id, carried))
            .collect(),
        None => HashMap::new(),
    };
    let mut by_question: HashMap<String, Vec<EvidenceView>> = HashMap::new();
    for item in &evidence {
        let (before, quoted, after) = if item.evidence.revision_id == record.revision_id {
            in_context(&text, item)
        } else {
            (String::new(), item.evidence.quoted.clone(), String::new())
        };
        by_question
            .entry(item.evidence.question.clone())
            .or_default()
            .push(EvidenceView {
                id: item.id,
                kind: tr.t(&format!("evidence-kind-{}", item.evidence.kind)),
                code: item
                    .evidence
                    .finding_id
                    .and_then(|f| codes.get(&f).cloned()),
                before,
                quoted,
                after,
                note: item.evidence.note.clone(),
                followed: followed
                    .get(&item.id)
                    .map(|carried| carried_label(tr, *carried)),
            });
    }
    let mut questions = Vec::with_capacity(answers.len());
    for (index, answer) in answers.iter().enumerate() {
        let question = questionnaire.question(&answer.question);
        let (title, translated) = question_title(
            tr,
            &answer.question,
            question.map_or(answer.question.as_str(), |q| q.title.as_str()),
        );
        questions.push(QuestionView {
            id: answer.question.clone(),
            number: index + 1,
            title,
            title_en: !translated,
            section: question.map(|q| q.section.clone()).unwrap_or_default(),
            prompt: question.map(|q| q.prompt.clone()).unwrap_or_default(),
            status: answer.status.clone(),
            status_label: status_label(tr, &answer.status),
            text: answer.text.clone(),
            evidence: by_question.remove(&answer.question).unwrap_or_default(),
        });
    }
    let changes = match &latest {
        Some(latest) => {
            let (verdicts, now) = verdict_changes(store, tr, record.revision_id, latest.id).await?;
            // The reviewed revision's findings are already loaded above.
            Some((verdicts, (risk_count(&findings), now)))
        }
        None => None,
    };
    let follow =
        latest
            .as_ref()
            .zip(changes)
            .map(|(latest, (verdicts, (risks_then, risks_now)))| {
                let mut concerns = Vec::new();
                let (mut still, mut changed) = (0, 0);
                for question in questions.iter().filter(|q| q.status == "concern") {
                    for item in &question.evidence {
                        match followed.get(&item.id) {
                            Some(Carried::Changed) => changed += 1,
                            Some(_) => still += 1,
                            None => {}
                        }
                        concerns.push((
                            question.title.clone(),
                            item.quoted.clone(),
                            item.followed.clone().unwrap_or_default(),
                        ));
                    }
                }
                let base = format!("/documents/{}", encode(&record.document));
                FollowView {
                    latest: revision_label(&latest.document, latest.rev.as_deref()),
                    diff_href: format!("{base}/diff?from={}&to={}", record.revision_id, latest.id),
                    latest_href: format!("{base}?revision={}", latest.id),
                    concerns,
                    summary: tr.ta(
                        "follow-summary",
                        &[
                            ("still", &still.to_string()),
                            ("changed", &changed.to_string()),
                        ],
                    ),
                    verdicts,
                    risks: tr.ta(
                        "follow-risks",
                        &[
                            ("then", &risks_then.to_string()),
                            ("now", &risks_now.to_string()),
                        ],
                    ),
                }
            });
    let review_state = ReviewState::parse(&record.state).map_err(|e| review_error(tr, e))?;
    let can_write = can(user, Action::Answer, Some(&access)) && review_state.is_open();
    let can_steer = can(user, Action::ChangeState, Some(&access));
    let members = store.review_members(id).await.map_err(store_error(tr))?;
    let candidates = if can(user, Action::ManageMembers, Some(&access)) {
        rightscope_review::accounts::list_users(store)
            .await
            .map_err(|e| review_error(tr, e))?
            .into_iter()
            .filter(|u| !u.disabled && access.member_role(u.id).is_none())
            .map(|u| (u.id, u.display_name))
            .collect()
    } else {
        Vec::new()
    };
    let mut dates = vec![(state_label(tr, "draft"), day(&record.created_at))];
    for (key, at) in [
        ("in-review", &record.in_review_at),
        ("sent", &record.sent_at),
        ("resolved", &record.resolved_at),
        ("not-resolved", &record.not_resolved_at),
    ] {
        if let Some(at) = at {
            dates.push((state_label(tr, key), day(at)));
        }
    }
    let title = record.title.clone();
    render(
        tr,
        &ReviewPage {
            chrome: Chrome::new(&ctx, title.clone(), "reviews"),
            id,
            title,
            document_href: format!("/documents/{}", encode(&record.document)),
            revision: revision
                .map(|r| revision_label(&r.document, r.rev.as_deref()))
                .unwrap_or_else(|| record.document.clone()),
            questionnaire: questionnaire.title.clone(),
            questionnaire_source: questionnaire.source.clone(),
            state_label: state_label(tr, &record.state),
            visibility: tr.t(&format!("review-visibility-{}", record.visibility)),
            dates,
            questions,
            statuses: [
                AnswerStatus::Concern,
                AnswerStatus::NoConcern,
                AnswerStatus::NotApplicable,
                AnswerStatus::NeedsAuthorInput,
                AnswerStatus::Unanswered,
            ]
            .iter()
            .map(|s| (s.as_str().to_string(), status_label(tr, s.as_str())))
            .collect(),
            findings: findings
                .iter()
                .map(|f| {
                    (
                        f.id,
                        tr.ta(
                            "evidence-finding-option",
                            &[
                                ("code", &f.finding.code),
                                ("line", &f.finding.line.to_string()),
                                (
                                    "summary",
                                    &tr.rule(&f.finding.code, "summary")
                                        .unwrap_or_else(|| f.finding.message.clone()),
                                ),
                            ],
                        ),
                    )
                })
                .collect(),
            next_states: review_state
                .next()
                .iter()
                .map(|s| (s.as_str().to_string(), state_label(tr, s.as_str())))
                .collect(),
            members: members
                .into_iter()
                .map(|m| (m.display_name, tr.t(&format!("member-role-{}", m.role))))
                .collect(),
            candidates,
            member_roles: MemberRole::ALL
                .iter()
                .map(|r| {
                    (
                        r.as_str().to_string(),
                        tr.t(&format!("member-role-{}", r.as_str())),
                    )
                })
                .collect(),
            can_write,
            can_steer,
            signed_in_as: user.map(|u| u.display_name.clone()),
            csrf: viewer.csrf(),
            follow,
        },
    )
}

// ---------------------------------------------------------------- changes

/// The answer form's fields.
#[derive(Debug, Deserialize)]
pub struct AnswerFields {
    csrf: Option<String>,
    question: String,
    status: String,
    #[serde(default)]
    text: String,
}

/// The form of a state-changing request: checks origin, session and CSRF, then the fields.
fn checked<'a, T>(
    ctx: &Ctx,
    state: &AppState,
    headers: &HeaderMap,
    viewer: &'a Viewer,
    form: &'a Result<Form<T>, FormRejection>,
    csrf: impl Fn(&T) -> Option<&str>,
) -> Result<(&'a User, &'a T), PageError> {
    let fields = form.as_ref().ok().map(|Form(fields)| fields);
    let session = guard(ctx, state, headers, viewer, fields.and_then(csrf))?;
    match fields {
        Some(fields) => Ok((&session.user, fields)),
        None => Err(PageError::bad_request(
            &ctx.tr,
            ctx.tr.t("review-error-form"),
        )),
    }
}

/// `POST /reviews/{id}/answers`.
pub async fn answer(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(raw): Path<String>,
    form: Result<Form<AnswerFields>, FormRejection>,
) -> Result<Response, PageError> {
    let (user, fields) = checked(&ctx, &state, &headers, &viewer, &form, |f| {
        f.csrf.as_deref()
    })?;
    let tr = &ctx.tr;
    let id = review_id(tr, &raw)?;
    let status = AnswerStatus::parse(&fields.status).map_err(|e| review_error(tr, e))?;
    review::answer(
        &state.store,
        user,
        id,
        &fields.question,
        status,
        &fields.text,
        SystemTime::now(),
    )
    .await
    .map_err(|e| review_error(tr, e))?;
    Ok(Redirect::to(&format!("/reviews/{id}#q-{}", encode(&fields.question))).into_response())
}

/// The evidence form's fields: a finding, or a quoted passage.
#[derive(Debug, Deserialize)]
pub struct EvidenceFields {
    csrf: Option<String>,
    question: String,
    #[serde(default)]
    finding: String,
    #[serde(default)]
    quote: String,
    #[serde(default)]
    note: String,
}

/// Where a quoted passage is in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Located {
    /// Found once, at this byte range.
    Once(std::ops::Range<usize>),
    /// Not found, even with whitespace treated alike.
    Missing,
    /// Found this many times: the reviewer must quote more.
    Ambiguous(usize),
}

/// Finds a passage the reviewer pasted: exactly once, or else once with runs of whitespace treated
/// alike (paginated text is re-wrapped when copied from a page).
pub fn locate(text: &str, quote: &str) -> Located {
    let quote = quote.trim();
    if quote.is_empty() {
        return Located::Missing;
    }
    let mut found = rightscope_review::occurrences(text, quote).ranges;
    match found.len() {
        0 => Located::Missing,
        1 => Located::Once(found.swap_remove(0)),
        many => Located::Ambiguous(many),
    }
}

/// `POST /reviews/{id}/evidence`: attaches a finding, or finds a quoted passage in the reviewed text.
pub async fn add_evidence(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(raw): Path<String>,
    form: Result<Form<EvidenceFields>, FormRejection>,
) -> Result<Response, PageError> {
    let (user, fields) = checked(&ctx, &state, &headers, &viewer, &form, |f| {
        f.csrf.as_deref()
    })?;
    let tr = &ctx.tr;
    let id = review_id(tr, &raw)?;
    let now = SystemTime::now();
    if !fields.finding.trim().is_empty() {
        let Ok(finding) = fields.finding.trim().parse::<i64>() else {
            return Err(PageError::bad_request(tr, tr.t("evidence-bad-finding")));
        };
        review::attach_finding(
            &state.store,
            user,
            id,
            &fields.question,
            finding,
            &fields.note,
            now,
        )
        .await
        .map_err(|e| review_error(tr, e))?;
    } else {
        // Authorisation first, so that the text of a review one may not see is never searched.
        let record = review::view(&state.store, Some(user), id)
            .await
            .map_err(|e| review_error(tr, e))?;
        let text = state
            .store
            .revision_text(record.revision_id)
            .await
            .map_err(store_error(tr))?
            .unwrap_or_default();
        let range = match locate(&text, &fields.quote) {
            Located::Once(range) => range,
            Located::Missing if fields.quote.trim().is_empty() => {
                return Err(PageError::bad_request(tr, tr.t("evidence-empty")))
            }
            Located::Missing => return Err(PageError::bad_request(tr, tr.t("evidence-not-found"))),
            Located::Ambiguous(count) => {
                return Err(PageError::bad_request(
                    tr,
                    tr.t1("evidence-ambiguous", "count", &count.to_string()),
                ))
            }
        };
        review::attach_span(
            &state.store,
            user,
            id,
            &fields.question,
            range.start,
            range.end,
            &fields.note,
            now,
        )
        .await
        .map_err(|e| review_error(tr, e))?;
    }
    Ok(Redirect::to(&format!("/reviews/{id}#q-{}", encode(&fields.question))).into_response())
}

/// The fields of a form that carries only the CSRF token.
#[derive(Debug, Deserialize)]
pub struct CsrfFields {
    csrf: Option<String>,
}

/// `POST /reviews/{id}/evidence/{evidence}/remove`.
pub async fn remove_evidence(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path((raw, evidence)): Path<(String, String)>,
    form: Result<Form<CsrfFields>, FormRejection>,
) -> Result<Response, PageError> {
    let (user, _) = checked(&ctx, &state, &headers, &viewer, &form, |f| {
        f.csrf.as_deref()
    })?;
    let tr = &ctx.tr;
    let id = review_id(tr, &raw)?;
    let evidence = review_id(tr, &evidence)?;
    review::remove_evidence(&state.store, user, id, evidence, SystemTime::now())
        .await
        .map_err(|e| review_error(tr, e))?;
    Ok(Redirect::to(&format!("/reviews/{id}")).into_response())
}

/// The state form's fields.
#[derive(Debug, Deserialize)]
pub struct StateFields {
    csrf: Option<String>,
    to: String,
}

/// `POST /reviews/{id}/state`.
pub async fn change_state(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(raw): Path<String>,
    form: Result<Form<StateFields>, FormRejection>,
) -> Result<Response, PageError> {
    let (user, fields) = checked(&ctx, &state, &headers, &viewer, &form, |f| {
        f.csrf.as_deref()
    })?;
    let tr = &ctx.tr;
    let id = review_id(tr, &raw)?;
    let to = ReviewState::parse(&fields.to).map_err(|e| review_error(tr, e))?;
    review::change_state(&state.store, user, id, to, SystemTime::now())
        .await
        .map_err(|e| review_error(tr, e))?;
    Ok(Redirect::to(&format!("/reviews/{id}#state")).into_response())
}

/// The member form's fields: an account id and a role, or `remove`.
#[derive(Debug, Deserialize)]
pub struct MemberFields {
    csrf: Option<String>,
    user: String,
    role: String,
}

/// `POST /reviews/{id}/members`: the lead or an admin adds a member (chosen by display name).
pub async fn set_member(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(raw): Path<String>,
    form: Result<Form<MemberFields>, FormRejection>,
) -> Result<Response, PageError> {
    let (user, fields) = checked(&ctx, &state, &headers, &viewer, &form, |f| {
        f.csrf.as_deref()
    })?;
    let tr = &ctx.tr;
    let id = review_id(tr, &raw)?;
    let role = match fields.role.as_str() {
        "remove" => None,
        other => Some(MemberRole::parse(other).map_err(|e| review_error(tr, e))?),
    };
    let Ok(member_id) = fields.user.trim().parse::<i64>() else {
        return Err(PageError::bad_request(tr, tr.t("member-bad-user")));
    };
    // Authorise before revealing anything about accounts.
    let (_, access) = visible(&state, tr, Some(user), id).await?;
    if !can(Some(user), Action::ManageMembers, Some(&access)) {
        return Err(PageError::forbidden(tr, "review-error-forbidden"));
    }
    let Some(member) = state.store.user(member_id).await.map_err(store_error(tr))? else {
        return Err(PageError::bad_request(tr, tr.t("member-bad-user")));
    };
    review::set_member(
        &state.store,
        user,
        id,
        &member.login,
        role,
        SystemTime::now(),
    )
    .await
    .map_err(|e| review_error(tr, e))?;
    Ok(Redirect::to(&format!("/reviews/{id}#members")).into_response())
}

// ---------------------------------------------------------------- history

struct HistoryRow {
    at: String,
    actor: String,
    action: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "review_history.html")]
struct HistoryPage {
    chrome: Chrome,
    id: i64,
    title: String,
    rows: Vec<HistoryRow>,
}

/// The audit entries of one review, oldest first. `review.start` is written before the review has
/// an id, so it is recognised by its document, revision, actor and time.
async fn review_entries(
    state: &AppState,
    record: &ReviewRecord,
) -> Result<Vec<(rightscope_store::AuditRecord, serde_json::Value)>, rightscope_store::StoreError> {
    let creator = format!("user:{}", record.created_by);
    Ok(state
        .store
        .audit_log()
        .await?
        .into_iter()
        .filter_map(|entry| {
            let payload: serde_json::Value = serde_json::from_str(&entry.payload).ok()?;
            let ours = if entry.action == "review.start" {
                payload.get("document").and_then(|d| d.as_str()) == Some(record.document.as_str())
                    && payload.get("revision_id").and_then(|r| r.as_i64())
                        == Some(record.revision_id)
                    && entry.actor == creator
                    && entry.at == record.created_at
            } else {
                payload.get("review").and_then(|r| r.as_i64()) == Some(record.id)
            };
            ours.then_some((entry, payload))
        })
        .collect())
}

/// `GET /reviews/{id}/history`: who did what, when (display names only).
pub async fn history(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    Path(raw): Path<String>,
) -> Result<Html<String>, PageError> {
    let tr = &ctx.tr;
    let id = review_id(tr, &raw)?;
    let (record, _) = visible(&state, tr, viewer.user(), id).await?;
    let entries = review_entries(&state, &record)
        .await
        .map_err(store_error(tr))?;
    let mut names: HashMap<String, String> = HashMap::new();
    for user in rightscope_review::accounts::list_users(&state.store)
        .await
        .map_err(|e| review_error(tr, e))?
    {
        names.insert(format!("user:{}", user.id), user.display_name);
    }
    let rows = entries
        .into_iter()
        .map(|(entry, payload)| {
            let text = |key: &str| {
                payload
                    .get(key)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            let detail = match entry.action.as_str() {
                "answer.set" => format!(
                    "{}: {}",
                    question_title(tr, &text("question"), &text("question")).0,
                    status_label(tr, &text("status"))
                ),
                "evidence.add" => format!(
                    "{}: {}",
                    question_title(tr, &text("question"), &text("question")).0,
                    tr.t(&format!("evidence-kind-{}", text("kind")))
                ),
                "review.state" => format!(
                    "{} → {}",
                    state_label(tr, &text("from")),
                    state_label(tr, &text("to"))
                ),
                "member.set" | "member.remove" => payload
                    .get("user")
                    .and_then(|u| u.as_i64())
                    .and_then(|u| names.get(&format!("user:{u}")).cloned())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            HistoryRow {
                at: entry.at.replace('T', " ").trim_end_matches('Z').to_string(),
                actor: names
                    .get(&entry.actor)
                    .cloned()
                    .unwrap_or_else(|| tr.t("history-actor-cli")),
                action: tr.t(&format!("history-{}", entry.action.replace('.', "-"))),
                detail,
            }
        })
        .collect();
    let title = tr.t1("history-title", "title", &record.title);
    render(
        tr,
        &HistoryPage {
            chrome: Chrome::new(&ctx, title, "reviews"),
            id,
            title: record.title.clone(),
            rows,
        },
    )
}

// ---------------------------------------------------------------- outcome transparency

/// Concerns raised in public reviews, and how many of them are in reviews marked resolved, per
/// standards body, working group or stream of the reviewed document (private reviews never count:
/// their existence is for their members only).
pub(crate) async fn outcome_rows(
    state: &AppState,
    tr: &Tr,
    grouping: rightscope_store::OutcomeGrouping,
) -> Result<Vec<(String, usize, usize)>, PageError> {
    use rightscope_store::OutcomeGrouping;
    let mut groups: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for record in state.store.reviews().await.map_err(store_error(tr))? {
        if record.visibility != Visibility::Public.as_str() {
            continue;
        }
        let concerns = state
            .store
            .answers(record.id)
            .await
            .map_err(store_error(tr))?
            .iter()
            .filter(|a| a.status == AnswerStatus::Concern.as_str())
            .count();
        if concerns == 0 {
            continue;
        }
        let document = state
            .store
            .document(&record.document)
            .await
            .map_err(store_error(tr))?
            .map(|view| view.document);
        let group = document
            .and_then(|d| match grouping {
                OutcomeGrouping::Sdo => Some(tr.t(&format!("sdo-{}", d.sdo))),
                OutcomeGrouping::Wg => d.wg,
                OutcomeGrouping::Stream => d.stream,
            })
            .unwrap_or_else(|| tr.t("outcomes-none"));
        let entry = groups.entry(group).or_default();
        entry.0 += concerns;
        if record.state == ReviewState::Resolved.as_str() {
            entry.1 += concerns;
        }
    }
    Ok(groups
        .into_iter()
        .map(|(group, (raised, resolved))| (group, raised, resolved))
        .collect())
}

// ---------------------------------------------------------------- exports

async fn export_of(
    ctx: &Ctx,
    state: &AppState,
    viewer: &Viewer,
    raw: &str,
) -> Result<rightscope_review::ReviewExport, PageError> {
    let tr = &ctx.tr;
    let id = review_id(tr, raw)?;
    rightscope_review::export::export_for(&state.store, viewer.user(), id)
        .await
        .map_err(|e| review_error(tr, e))
}

/// `GET /reviews/{id}/export.md`.
pub async fn export_markdown(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let export = export_of(&ctx, &state, &viewer, &raw).await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/markdown; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"review-{}.md\"", export.id),
            ),
        ],
        export.to_markdown(),
    )
        .into_response())
}

/// `GET /reviews/{id}/export.json`.
pub async fn export_json(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let export = export_of(&ctx, &state, &viewer, &raw).await?;
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        export.to_json(),
    )
        .into_response())
}

struct ExportQuestion {
    number: usize,
    title: String,
    title_en: bool,
    prompt: String,
    status: String,
    text: String,
    evidence: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "review_export.html")]
struct ExportPage {
    tr: Tr,
    lang: &'static str,
    dir: &'static str,
    title: String,
    document: String,
    reviewers: String,
    date: String,
    state: String,
    questionnaire: String,
    questionnaire_source: String,
    questions: Vec<ExportQuestion>,
}

/// `GET /reviews/{id}/export.html`: a standalone page (no site navigation), for saving or printing.
pub async fn export_html(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    Path(raw): Path<String>,
) -> Result<Html<String>, PageError> {
    let export = export_of(&ctx, &state, &viewer, &raw).await?;
    let tr = &ctx.tr;
    let lang = tr.lang();
    let questions = export
        .questions
        .iter()
        .enumerate()
        .map(|(index, q)| {
            let (title, translated) = question_title(tr, &q.id, &q.title);
            ExportQuestion {
                number: index + 1,
                title,
                title_en: !translated,
                prompt: q.prompt.clone(),
                status: status_label(tr, &q.status),
                text: q.text.clone(),
                evidence: q
                    .evidence
                    .iter()
                    .map(|e| {
                        let mut place = Vec::new();
                        if let Some(section) = &e.section {
                            place.push(section.clone());
                        }
                        if let Some(line) = e.line {
                            place.push(tr.t1("export-line", "line", &line.to_string()));
                        }
                        if let Some(code) = &e.code {
                            place.push(code.clone());
                        }
                        (e.quoted.clone(), place.join(", "), e.note.clone())
                    })
                    .collect(),
            }
        })
        .collect();
    render(
        tr,
        &ExportPage {
            tr: tr.clone(),
            lang: lang.code(),
            dir: lang.dir(),
            title: export.title.clone(),
            document: revision_label(&export.document, export.revision.as_deref()),
            reviewers: export.reviewers.join(", "),
            date: export.date.clone(),
            state: state_label(tr, &export.state),
            questionnaire: export.questionnaire_title.clone(),
            questionnaire_source: export.questionnaire_source.clone(),
            questions,
        },
    )
}

/// The progressive enhancement: fills a quote field from the reader's text selection.
async fn script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/review.js"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_found_once_rewrapped_or_refused() {
        let text = "The server MAY log\n   the address.  Clients log too. Clients log too.";
        assert_eq!(locate(text, "MAY log"), Located::Once(11..18));
        let range = match locate(text, "MAY log the address.") {
            Located::Once(range) => range,
            other => panic!("{other:?}"),
        };
        assert_eq!(&text[range], "MAY log\n   the address.");
        assert_eq!(locate(text, "Clients log too."), Located::Ambiguous(2));
        assert_eq!(locate(text, "nowhere"), Located::Missing);
        assert_eq!(locate(text, "   "), Located::Missing);
        assert_eq!(locate("é à", "é  à"), Located::Once(0..5));
    }
}
