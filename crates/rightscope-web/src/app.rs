//! Shared state, the route table, the per-request context (language, path) and the middleware that
//! sets security headers and the language cookie.

use std::path::Path;
use std::sync::Arc;

use axum::extract::{FromRequestParts, Request};
use axum::http::header::{self, HeaderValue};
use axum::http::request::Parts;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rightscope_rules::{Catalogue, Checker};
use rightscope_store::Store;

use crate::error::{PageError, WebError};
use crate::i18n::{negotiate, Lang, Tr};

/// The Content-Security-Policy of every response: no inline script or style anywhere.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

/// What every request handler shares.
#[derive(Clone)]
pub struct AppState {
    /// The store.
    pub(crate) store: Store,
    /// The search index, reopened after a rebuild.
    pub(crate) index: Arc<crate::live_index::LiveIndex>,
    /// The built-in rule catalogue.
    pub(crate) catalogue: Arc<Catalogue>,
    /// A checker over the catalogue (for revision diffs).
    pub(crate) checker: Arc<Checker>,
    /// Public address, for feed links.
    pub(crate) base_url: String,
    /// Outcome reports, kept per store generation.
    pub(crate) outcomes: Arc<crate::outcomes::OutcomeCache>,
    /// Rendered pages, kept per store generation.
    pub(crate) pages: Arc<crate::page_cache::PageCache>,
    /// Participation report of the archives read at start-up (`serve --archives`), if any.
    pub(crate) participation: Option<Arc<crate::participation::ParticipationData>>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("index", &self.index.dir())
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// State over a store, opening the search index in `index_dir` (rebuilding it when it is
    /// missing or stale).
    pub async fn open(
        store: Store,
        index_dir: &Path,
        base_url: String,
    ) -> Result<AppState, WebError> {
        let index = rightscope_ingest::index::ensure_index(&store, index_dir)
            .await
            .map_err(|error| WebError::Index(error.to_string()))?;
        let catalogue =
            Catalogue::builtin().map_err(|error| WebError::Catalogue(error.to_string()))?;
        let checker =
            Checker::new(&catalogue).map_err(|error| WebError::Catalogue(error.to_string()))?;
        Ok(AppState {
            store,
            index: Arc::new(crate::live_index::LiveIndex::new(index)),
            catalogue: Arc::new(catalogue),
            checker: Arc::new(checker),
            base_url: base_url.trim_end_matches('/').to_string(),
            outcomes: Arc::default(),
            pages: Arc::default(),
            participation: None,
        })
    }
}

/// The language and address of the request being answered.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// Translator in the negotiated language.
    pub tr: Tr,
    /// The request path.
    pub path: String,
    /// The query string without `lang=`.
    pub query: String,
}

impl Ctx {
    /// The current address with `lang=` set to a language (for the switcher).
    pub fn switch_href(&self, lang: Lang) -> String {
        if self.query.is_empty() {
            format!("{}?lang={}", self.path, lang.code())
        } else {
            format!("{}?{}&lang={}", self.path, self.query, lang.code())
        }
    }
}

fn cookie_value<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then_some(value)
        })
}

/// The `lang=` value of a query string, if any.
fn query_lang(query: &str) -> Option<&str> {
    query.split('&').find_map(|pair| pair.strip_prefix("lang="))
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Ctx, Self::Rejection> {
        Ok(ctx_of(parts))
    }
}

fn ctx_of(parts: &Parts) -> Ctx {
    let query = parts.uri.query().unwrap_or_default();
    let accept = parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    let lang = negotiate(query_lang(query), cookie_value(parts, "lang"), accept);
    let rest: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .collect();
    Ctx {
        tr: Tr::new(lang),
        path: parts.uri.path().to_string(),
        query: rest.join("&"),
    }
}

/// Security headers on every response, and the `lang` cookie when `?lang=` chose a language.
async fn headers(request: Request, next: Next) -> Response {
    let chosen = request
        .uri()
        .query()
        .and_then(query_lang)
        .and_then(Lang::from_tag);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // `same-origin`, not `no-referrer`: nothing goes to other sites either way, but under
    // `no-referrer` browsers send `Origin: null` with form POSTs, and the review forms' origin check
    // needs the real origin.
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if let Some(lang) = chosen {
        let cookie = format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
            lang.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    response
}

/// The stylesheet, served from the binary.
async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/style.css"),
    )
}

/// `/healthz`, for container health checks and load balancers: `200 ok` once the store answers a query,
/// `503 store unavailable` otherwise — without the error's details, which name paths and hosts, as the
/// 500 pages keep them to themselves. Never cached: it must see the store as it is now.
async fn healthz(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    let plain = [
        (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    match state.store.generation().await {
        Ok(_) => (axum::http::StatusCode::OK, plain, "ok\n").into_response(),
        Err(_) => (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            plain,
            "store unavailable\n",
        )
            .into_response(),
    }
}

/// Unknown addresses: a translated 404 page.
async fn fallback(ctx: Ctx) -> PageError {
    PageError::not_found(&ctx.tr, "error-no-page")
}

/// The route table.
pub fn router(state: AppState) -> Router {
    use crate::{api, feeds, outcomes, pages, sdo};
    Router::new()
        .route("/", get(pages::overview))
        .route("/documents", get(pages::documents))
        .route("/documents/{name}", get(pages::document))
        .route("/documents/{name}/diff", get(pages::diff))
        .route("/documents/{name}/take-part", get(pages::take_part))
        .route("/search", get(pages::search))
        .route("/rules", get(pages::rules))
        .route("/rules/{code}", get(pages::rule))
        .route("/outcomes", get(outcomes::page))
        .route("/trends", get(crate::trends::page))
        .route("/trends.csv", get(crate::trends::csv))
        .route("/sdo", get(sdo::index))
        .route("/sdo/{id}", get(sdo::body))
        .route("/static/style.css", get(stylesheet))
        .route("/feeds/watchlists/{file}", get(feeds::watchlist))
        .route("/feeds/rules/{file}", get(feeds::rule))
        .route("/feeds/families/{file}", get(feeds::family))
        .route("/feeds/documents/{file}", get(feeds::document))
        .merge(crate::participation::routes())
        // Reviews (issue 7): login/logout, review pages, history, exports.
        .merge(crate::reviews::routes())
        .merge(api::routes())
        .fallback(fallback)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            crate::page_cache::cached,
        ))
        // After the page cache's layer, so a health check always asks the store.
        .route("/healthz", get(healthz))
        .layer(middleware::from_fn(crate::auth::no_store))
        .layer(middleware::from_fn(headers))
        .with_state(state)
}
