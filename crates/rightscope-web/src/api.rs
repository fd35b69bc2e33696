//! The JSON API under `/api/v1`, described by the hand-written OpenAPI 3.1 file `openapi.json`.

use std::collections::HashMap;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::app::{AppState, Ctx};
use crate::error::PageError;
use crate::pages::{document_filter, Params};

/// The OpenAPI description, served at `/api/v1/openapi.json`.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// Every API route, as written in the router and in `openapi.json`.
pub const API_ROUTES: [&str; 13] = [
    "/api/v1/documents",
    "/api/v1/documents/{name}",
    "/api/v1/revisions/{id}",
    "/api/v1/revisions/{id}/findings",
    "/api/v1/revisions/{id}/assessments",
    "/api/v1/search",
    "/api/v1/openapi.json",
    "/api/v1/outcomes",
    "/api/v1/sdo",
    "/api/v1/participation",
    "/api/v1/participation/{list}",
    "/api/v1/documents/{name}/references",
    "/api/v1/trends",
];

/// Most items in one API page.
const MAX_LIMIT: i64 = 200;

type ApiResult = Result<Json<Value>, PageError>;

fn fail(tr: &crate::i18n::Tr) -> impl Fn(rightscope_store::StoreError) -> PageError + '_ {
    move |error| PageError::internal(tr, error).into_json()
}

fn params(
    ctx: &Ctx,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Params, PageError> {
    Params::from(ctx, query).map_err(PageError::into_json)
}

fn page_bounds(ctx: &Ctx, params: &Params, default: i64) -> Result<(i64, i64), PageError> {
    let limit = params
        .number(&ctx.tr, "limit")
        .map_err(PageError::into_json)?
        .unwrap_or(default)
        .clamp(1, MAX_LIMIT);
    let offset = params
        .number(&ctx.tr, "offset")
        .map_err(PageError::into_json)?
        .unwrap_or(0);
    Ok((limit, offset))
}

async fn documents(
    ctx: Ctx,
    State(state): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> ApiResult {
    let params = params(&ctx, query)?;
    let filter = document_filter(&ctx.tr, &params).map_err(PageError::into_json)?;
    let (limit, offset) = page_bounds(&ctx, &params, 50)?;
    let page = state
        .store
        .list_documents(&filter, limit, offset)
        .await
        .map_err(fail(&ctx.tr))?;
    Ok(Json(json!({
        "total": page.total,
        "limit": limit,
        "offset": offset,
        "items": page.items,
    })))
}

async fn document(ctx: Ctx, State(state): State<AppState>, Path(name): Path<String>) -> ApiResult {
    let Some(view) = state.store.document(&name).await.map_err(fail(&ctx.tr))? else {
        return Err(PageError::not_found(&ctx.tr, "error-no-document").into_json());
    };
    let timeline = state.store.timeline(&name).await.map_err(fail(&ctx.tr))?;
    Ok(Json(json!({
        "document": view.document,
        "revisions": view.revisions,
        "relations": view.relations,
        "timeline": timeline,
    })))
}

/// A document's place in the reference graph: exactly the JSON of `rightscope refs --format json`
/// (the same struct, so the same fields in the same order).
async fn references(
    ctx: Ctx,
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Json<rightscope_store::RefsReport>, PageError> {
    let Some(report) = state
        .store
        .refs_report(&name)
        .await
        .map_err(fail(&ctx.tr))?
    else {
        return Err(PageError::not_found(&ctx.tr, "error-no-document").into_json());
    };
    Ok(Json(report))
}

async fn revision_or_404(
    ctx: &Ctx,
    state: &AppState,
    id: &str,
) -> Result<rightscope_store::RevisionRecord, PageError> {
    let not_found = || PageError::not_found(&ctx.tr, "error-no-revision").into_json();
    let id: i64 = id.parse().map_err(|_| not_found())?;
    state
        .store
        .revision(id)
        .await
        .map_err(fail(&ctx.tr))?
        .ok_or_else(not_found)
}

async fn revision(ctx: Ctx, State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let revision = revision_or_404(&ctx, &state, &id).await?;
    Ok(Json(json!(revision)))
}

async fn findings(ctx: Ctx, State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let revision = revision_or_404(&ctx, &state, &id).await?;
    let findings = state
        .store
        .findings(revision.id)
        .await
        .map_err(fail(&ctx.tr))?;
    Ok(Json(
        json!({ "revision_id": revision.id, "findings": findings }),
    ))
}

async fn assessments(ctx: Ctx, State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let revision = revision_or_404(&ctx, &state, &id).await?;
    let assessments = state
        .store
        .assessments(revision.id)
        .await
        .map_err(fail(&ctx.tr))?;
    Ok(Json(
        json!({ "revision_id": revision.id, "assessments": assessments }),
    ))
}

async fn search(
    ctx: Ctx,
    State(state): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> ApiResult {
    let params = params(&ctx, query)?;
    let Some(q) = params.text("q").map(str::to_string) else {
        return Err(PageError::bad_request(&ctx.tr, ctx.tr.t("error-search-needs-q")).into_json());
    };
    let (limit, offset) = page_bounds(&ctx, &params, 10)?;
    let index = state.index.get(&state.store).await;
    let results = tokio::task::spawn_blocking(move || {
        index.search(
            &q,
            usize::try_from(limit).unwrap_or(10),
            usize::try_from(offset).unwrap_or(0),
        )
    })
    .await
    .map_err(|error| PageError::internal(&ctx.tr, error).into_json())?
    .map_err(|error| PageError::bad_request(&ctx.tr, error.to_string()).into_json())?;
    Ok(Json(json!({
        "total": results.total,
        "limit": limit,
        "offset": offset,
        "hits": results.hits,
        "warnings": results.warnings,
    })))
}

/// Findings opened and resolved across revisions, by `by` (sdo, wg, stream) and optional `family`.
async fn outcomes(
    ctx: Ctx,
    State(state): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> ApiResult {
    let params = params(&ctx, query)?;
    let (grouping, family) =
        crate::outcomes::outcome_query(&ctx.tr, &params).map_err(PageError::into_json)?;
    let report = state
        .outcomes
        .get(&state.store, grouping, family)
        .await
        .map_err(fail(&ctx.tr))?;
    Ok(Json(json!(*report)))
}

/// The SDO almanac: every body, and the openness comparison, in English.
async fn sdo() -> ApiResult {
    let almanac = rightscope_almanac::Almanac::bundled();
    Ok(Json(json!({
        "bodies": almanac.bodies(),
        "comparison": almanac.comparison(),
    })))
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

/// The API routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(API_ROUTES[0], get(documents))
        .route(API_ROUTES[1], get(document))
        .route(API_ROUTES[2], get(revision))
        .route(API_ROUTES[3], get(findings))
        .route(API_ROUTES[4], get(assessments))
        .route(API_ROUTES[5], get(search))
        .route(API_ROUTES[6], get(openapi))
        .route(API_ROUTES[7], get(outcomes))
        .route(API_ROUTES[8], get(sdo))
        .route(API_ROUTES[9], get(crate::participation::api_report))
        .route(API_ROUTES[10], get(crate::participation::api_list))
        .route(API_ROUTES[11], get(references))
        .route(API_ROUTES[12], get(crate::trends::api))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openapi_describes_exactly_the_routes() {
        let spec: Value = serde_json::from_str(OPENAPI).expect("openapi.json is JSON");
        assert_eq!(spec["openapi"], "3.1.0");
        let paths = spec["paths"].as_object().expect("paths");
        let described: std::collections::BTreeSet<String> =
            paths.keys().map(|path| format!("/api/v1{path}")).collect();
        let served: std::collections::BTreeSet<String> =
            API_ROUTES.iter().map(|r| r.to_string()).collect();
        assert_eq!(described, served);
        for (path, item) in paths {
            assert!(item.get("get").is_some(), "{path} has a GET operation");
        }
    }
}
