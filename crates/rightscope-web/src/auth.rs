//! Signing in and out, the session cookie, and the two checks every state-changing request passes:
//! the session's CSRF token in the form, and an `Origin` (or `Referer`) naming this site.
//!
//! Sessions live in the store (`rightscope_review::accounts`), so several web nodes share them; the
//! cookie carries only the random token, whose SHA-256 is the stored id.

use std::net::SocketAddr;
use std::time::SystemTime;

use askama::Template;
use axum::extract::{ConnectInfo, Form, FromRequestParts, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use rightscope_review::{accounts, CurrentSession, Policy, ReviewError, User};
use serde::Deserialize;

use crate::app::{AppState, Ctx};
use crate::error::PageError;
use crate::pages::{render, Chrome};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "rightscope_session";
/// The cookie holding the login form's CSRF token before there is a session (double submit).
pub const LOGIN_CSRF_COOKIE: &str = "rightscope_login";

/// A cookie's value from the request headers.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then_some(value)
        })
}

/// Who is asking: the valid session behind the cookie, if any.
#[derive(Debug, Clone, Default)]
pub struct Viewer {
    /// The session, when the cookie names a live one.
    pub session: Option<CurrentSession>,
}

impl Viewer {
    /// The signed-in account.
    pub fn user(&self) -> Option<&User> {
        self.session.as_ref().map(|session| &session.user)
    }

    /// The session's CSRF token (empty when signed out: such forms are refused anyway).
    pub fn csrf(&self) -> String {
        self.session
            .as_ref()
            .map(|session| session.session.csrf_token.clone())
            .unwrap_or_default()
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Viewer, PageError> {
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Ok(Viewer::default());
        };
        // A token of the wrong shape cannot be a session: no query for it.
        if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Ok(Viewer::default());
        }
        match accounts::authenticate(&state.store, token, SystemTime::now()).await {
            Ok(session) => Ok(Viewer {
                session: Some(session),
            }),
            Err(ReviewError::NoSession) => Ok(Viewer::default()),
            Err(error) => {
                let ctx = Ctx::from_request_parts(parts, state)
                    .await
                    .unwrap_or_else(|never| match never {});
                Err(PageError::internal(&ctx.tr, error))
            }
        }
    }
}

/// The client's address, for login throttling (`unknown` when the server runs without connect info).
#[derive(Debug, Clone)]
pub struct ClientAddr(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &S,
    ) -> Result<ClientAddr, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|info| info.0.ip().to_string())
                .unwrap_or_else(|| "unknown".to_string()),
        ))
    }
}

/// `scheme://host[:port]` of a URL.
fn origin_of(url: &str) -> &str {
    let rest_at = url.find("://").map_or(0, |at| at + 3);
    match url[rest_at..].find('/') {
        Some(slash) => &url[..rest_at + slash],
        None => url,
    }
}

/// Whether the request says it comes from a page of this site: its `Origin`, or without one its
/// `Referer`, must be the base URL's origin. A request with neither is refused: browsers send
/// `Origin` with every form POST, so only forged requests lack both.
pub(crate) fn same_origin(state: &AppState, headers: &HeaderMap) -> bool {
    let ours = origin_of(&state.base_url);
    if let Some(origin) = headers.get(header::ORIGIN) {
        return origin.to_str().is_ok_and(|origin| origin == ours);
    }
    if let Some(referer) = headers.get(header::REFERER) {
        return referer
            .to_str()
            .is_ok_and(|referer| origin_of(referer) == ours);
    }
    false
}

/// A refused state-changing request: 403 with a page saying why.
pub(crate) fn refused(ctx: &Ctx, key: &'static str) -> PageError {
    PageError::forbidden(&ctx.tr, key)
}

/// The checks of a state-changing request: same origin, a session, and its CSRF token in the form.
pub(crate) fn guard<'a>(
    ctx: &Ctx,
    state: &AppState,
    headers: &HeaderMap,
    viewer: &'a Viewer,
    csrf: Option<&str>,
) -> Result<&'a CurrentSession, PageError> {
    if !same_origin(state, headers) {
        return Err(refused(ctx, "auth-refused-origin"));
    }
    let Some(session) = &viewer.session else {
        return Err(refused(ctx, "auth-refused-signed-out"));
    };
    session
        .check_csrf(csrf)
        .map_err(|_| refused(ctx, "auth-refused-csrf"))?;
    Ok(session)
}

/// Whether cookies get the `Secure` flag: when the site is served over HTTPS.
fn secure(state: &AppState) -> &'static str {
    if state.base_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    }
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, Path=/, Secure over HTTPS.
pub(crate) fn set_cookie(
    state: &AppState,
    name: &str,
    value: &str,
    max_age: Option<u64>,
) -> String {
    let age = max_age
        .map(|seconds| format!("; Max-Age={seconds}"))
        .unwrap_or_default();
    format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Strict{age}{}",
        secure(state)
    )
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    chrome: Chrome,
    csrf: String,
    message: Option<String>,
    signed_in_as: Option<String>,
    logout_csrf: String,
}

/// The login page with a fresh login CSRF token (also set as a cookie).
fn login_page(
    ctx: &Ctx,
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    message: Option<String>,
) -> Result<Response, PageError> {
    let token =
        rightscope_review::secrets::random_token().map_err(|e| PageError::internal(&ctx.tr, e))?;
    let html = render(
        &ctx.tr,
        &LoginPage {
            chrome: Chrome::new(ctx, ctx.tr.t("login-title"), "login"),
            csrf: token.clone(),
            message,
            signed_in_as: viewer.user().map(|user| user.display_name.clone()),
            logout_csrf: viewer.csrf(),
        },
    )?;
    let mut response = (status, html).into_response();
    if let Ok(value) = HeaderValue::from_str(&set_cookie(state, LOGIN_CSRF_COOKIE, &token, None)) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// `GET /login`.
pub async fn login_form(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Response, PageError> {
    login_page(&ctx, &state, &viewer, StatusCode::OK, None)
}

/// The login form's fields.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    login: String,
    password: String,
    csrf: String,
}

/// `POST /login`: checks the origin and the login CSRF token, then logs in; a new session id is
/// issued and the one the client held before (if any) is ended, so a planted id is never upgraded.
pub async fn login(
    ctx: Ctx,
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    form: Result<Form<LoginForm>, axum::extract::rejection::FormRejection>,
) -> Result<Response, PageError> {
    if !same_origin(&state, &headers) {
        return Err(refused(&ctx, "auth-refused-origin"));
    }
    let Ok(Form(form)) = form else {
        return Err(PageError::bad_request(&ctx.tr, ctx.tr.t("login-bad-form")));
    };
    let expected = cookie(&headers, LOGIN_CSRF_COOKIE).unwrap_or_default();
    if expected.is_empty() || !rightscope_review::secrets::same_secret(expected, &form.csrf) {
        return Err(refused(&ctx, "auth-refused-csrf"));
    }
    let previous = cookie(&headers, SESSION_COOKIE);
    let result = accounts::login(
        &state.store,
        &Policy::default(),
        &form.login,
        &form.password,
        &client,
        previous,
        SystemTime::now(),
    )
    .await;
    match result {
        Ok(session) => {
            let lifetime = Policy::default().session_lifetime.as_secs();
            let mut response = Redirect::to("/reviews").into_response();
            let cookies = [
                set_cookie(&state, SESSION_COOKIE, &session.token, Some(lifetime)),
                set_cookie(&state, LOGIN_CSRF_COOKIE, "", Some(0)),
            ];
            for value in cookies {
                if let Ok(value) = HeaderValue::from_str(&value) {
                    response.headers_mut().append(header::SET_COOKIE, value);
                }
            }
            Ok(response)
        }
        Err(ReviewError::BadCredentials) => login_page(
            &ctx,
            &state,
            &Viewer::default(),
            StatusCode::UNAUTHORIZED,
            Some(ctx.tr.t("login-failed")),
        ),
        Err(ReviewError::Throttled { window_minutes, .. }) => login_page(
            &ctx,
            &state,
            &Viewer::default(),
            StatusCode::TOO_MANY_REQUESTS,
            Some(
                ctx.tr
                    .t1("login-throttled", "minutes", &window_minutes.to_string()),
            ),
        ),
        Err(error) => Err(PageError::internal(&ctx.tr, error)),
    }
}

/// The logout form's field.
#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    csrf: Option<String>,
}

/// `POST /logout`: ends the session in the store and clears the cookie.
pub async fn logout(
    ctx: Ctx,
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    form: Result<Form<CsrfForm>, axum::extract::rejection::FormRejection>,
) -> Result<Response, PageError> {
    let csrf = form.ok().and_then(|Form(form)| form.csrf);
    guard(&ctx, &state, &headers, &viewer, csrf.as_deref())?;
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        accounts::logout(&state.store, token)
            .await
            .map_err(|error| PageError::internal(&ctx.tr, error))?;
    }
    let mut response = Redirect::to("/login").into_response();
    if let Ok(value) = HeaderValue::from_str(&set_cookie(&state, SESSION_COOKIE, "", Some(0))) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// Middleware: answers to signed-in readers, and every review and login page, are never stored by
/// browsers or proxies.
pub async fn no_store(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let private = cookie(request.headers(), SESSION_COOKIE).is_some()
        || is_private_path(request.uri().path());
    let mut response = next.run(request).await;
    if private {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Paths whose answers depend on who is asking (never shared by the page cache, never stored).
pub(crate) fn is_private_path(path: &str) -> bool {
    path == "/login" || path == "/logout" || path == "/reviews" || path.starts_with("/reviews/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        assert_eq!(origin_of("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert_eq!(
            origin_of("https://example.org/reviews/1?x"),
            "https://example.org"
        );
        assert!(is_private_path("/reviews/3/export.md"));
        assert!(!is_private_path("/reviewsx"));
    }
}
