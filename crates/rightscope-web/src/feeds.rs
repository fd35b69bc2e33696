//! Atom feeds of watchlists, rules, families and documents, written by the ingest crate's Atom
//! writer from the store's feed items.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rightscope_ingest::atom::{self, FeedHead};
use rightscope_rules::Family;
use rightscope_store::{FeedItems, FeedScope};

use crate::app::{AppState, Ctx};
use crate::error::PageError;
use crate::pages::encode;

/// Entries of each kind in a feed at most.
const FEED_LIMIT: i64 = 100;
/// How far back a watchlist feed looks.
const WATCHLIST_DAYS: u64 = 30;

fn stem<'a>(ctx: &Ctx, file: &'a str) -> Result<&'a str, PageError> {
    file.strip_suffix(".atom")
        .filter(|stem| !stem.is_empty())
        .ok_or_else(|| PageError::not_found(&ctx.tr, "error-no-feed"))
}

fn atom_response(state: &AppState, head: FeedHead, items: &FeedItems) -> Response {
    let now = atom::rfc3339(&rightscope_store::now());
    let feed = atom::items_feed(head, items, &state.base_url, &now);
    (
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        atom::write(&feed),
    )
        .into_response()
}

fn today() -> String {
    rightscope_store::now().chars().take(10).collect()
}

async fn scoped(
    ctx: &Ctx,
    state: &AppState,
    scope: FeedScope,
    head: FeedHead,
) -> Result<Response, PageError> {
    let items = state
        .store
        .scoped_feed_items(&scope, &today(), FEED_LIMIT)
        .await
        .map_err(|error| PageError::internal(&ctx.tr, error))?;
    Ok(atom_response(state, head, &items))
}

fn head(state: &AppState, what: &str, title: String, page: String) -> FeedHead {
    let base = &state.base_url;
    FeedHead {
        id: format!("tag:rightscope,2026:{what}"),
        title,
        self_link: Some(format!("{base}/feeds/{what}.atom")),
        link: Some(format!("{base}{page}")),
        author: "rightscope".to_string(),
    }
}

/// `/feeds/watchlists/{id}.atom`: a watchlist's last 30 days.
pub async fn watchlist(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, PageError> {
    let stem = stem(&ctx, &file)?;
    let not_found = || PageError::not_found(&ctx.tr, "error-no-watchlist");
    let id: i64 = stem.parse().map_err(|_| not_found())?;
    let internal = |error| PageError::internal(&ctx.tr, error);
    let Some(list) = state.store.watchlist(id).await.map_err(internal)? else {
        return Err(not_found());
    };
    let since = SystemTime::now()
        .checked_sub(Duration::from_secs(WATCHLIST_DAYS * 86_400))
        .unwrap_or(UNIX_EPOCH);
    let items = state
        .store
        .feed_items(list.id, since)
        .await
        .map_err(|error| PageError::internal(&ctx.tr, error))?;
    let now = atom::rfc3339(&rightscope_store::now());
    let feed = atom::watchlist_feed(&list, &items, &state.base_url, &now);
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        atom::write(&feed),
    )
        .into_response())
}

/// `/feeds/rules/{code}.atom`: the newest findings of a rule.
pub async fn rule(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, PageError> {
    let stem = stem(&ctx, &file)?;
    let Some(rule) = state.catalogue.get(stem) else {
        return Err(PageError::not_found(&ctx.tr, "error-no-rule"));
    };
    let code = rule.code.clone();
    let head = head(
        &state,
        &format!("rules/{}", encode(&code)),
        format!("rightscope: {code} {}", rule.name),
        format!("/rules/{}", encode(&code)),
    );
    scoped(&ctx, &state, FeedScope::Rule(code), head).await
}

/// `/feeds/families/{family}.atom`: new risk findings in a family.
pub async fn family(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, PageError> {
    let stem = stem(&ctx, &file)?;
    let Some(family) = Family::from_code(stem) else {
        return Err(PageError::not_found(&ctx.tr, "error-no-family"));
    };
    let code = family.as_str();
    let head = head(
        &state,
        &format!("families/{code}"),
        format!("rightscope: {code} ({})", family.title()),
        format!("/documents?family={code}&verdict=creates"),
    );
    scoped(&ctx, &state, FeedScope::Family(code.to_string()), head).await
}

/// `/feeds/documents/{name}.atom`: a document's revisions, risk findings and Last Calls.
pub async fn document(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, PageError> {
    let name = stem(&ctx, &file)?;
    let internal = |error| PageError::internal(&ctx.tr, error);
    let Some(view) = state.store.document(name).await.map_err(internal)? else {
        return Err(PageError::not_found(&ctx.tr, "error-no-document"));
    };
    let name = view.document.name.clone();
    let head = head(
        &state,
        &format!("documents/{}", encode(&name)),
        format!("rightscope: {name}"),
        format!("/documents/{}", encode(&name)),
    );
    scoped(&ctx, &state, FeedScope::Document(name), head).await
}
