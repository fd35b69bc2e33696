//! Errors of the library ([`WebError`]) and of one request ([`PageError`], rendered as a page).

use std::net::SocketAddr;

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::i18n::Tr;

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// The store failed.
    #[error("store: {0}")]
    Store(#[from] rightscope_store::StoreError),
    /// The search index could not be opened or built.
    #[error("search index: {0}")]
    Index(String),
    /// The rule catalogue is invalid.
    #[error("rule catalogue: {0}")]
    Catalogue(String),
    /// Mail archives for the participation dashboards could not be read.
    #[error("participation archives: {0}")]
    Archives(String),
    /// The address could not be bound.
    #[error("cannot listen on {address}: {source}")]
    Bind {
        /// The address.
        address: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// Serving failed.
    #[error("server: {0}")]
    Serve(std::io::Error),
}

/// What went wrong with one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Nothing here: the Fluent key of the explanation (`error-no-document`).
    NotFound(&'static str),
    /// The request is malformed: a message for the person who sent it.
    BadRequest(String),
    /// Refused (a state-changing request failing its CSRF or origin check, or not allowed): the
    /// Fluent key of the explanation.
    Forbidden(&'static str),
    /// The server failed: logged detail, not shown.
    Internal(String),
}

/// A failed request, rendered as a friendly page in the request's language (or as JSON for the API).
#[derive(Debug)]
pub struct PageError {
    /// The language of the page.
    pub tr: Tr,
    /// What went wrong.
    pub problem: Problem,
    /// Answer with JSON instead of HTML.
    pub json: bool,
}

impl PageError {
    /// A 404.
    pub fn not_found(tr: &Tr, key: &'static str) -> PageError {
        PageError {
            tr: tr.clone(),
            problem: Problem::NotFound(key),
            json: false,
        }
    }

    /// A 403 with the Fluent key of its explanation.
    pub fn forbidden(tr: &Tr, key: &'static str) -> PageError {
        PageError {
            tr: tr.clone(),
            problem: Problem::Forbidden(key),
            json: false,
        }
    }

    /// A 400 with a message.
    pub fn bad_request(tr: &Tr, message: impl Into<String>) -> PageError {
        PageError {
            tr: tr.clone(),
            problem: Problem::BadRequest(message.into()),
            json: false,
        }
    }

    /// A 500.
    pub fn internal(tr: &Tr, detail: impl std::fmt::Display) -> PageError {
        PageError {
            tr: tr.clone(),
            problem: Problem::Internal(detail.to_string()),
            json: false,
        }
    }

    /// The same error answered as JSON.
    pub fn into_json(mut self) -> PageError {
        self.json = true;
        self
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, message) = match &self.problem {
            Problem::NotFound(key) => (StatusCode::NOT_FOUND, self.tr.t(key)),
            Problem::BadRequest(message) => (
                StatusCode::BAD_REQUEST,
                format!("{} {message}", self.tr.t("error-bad-request")),
            ),
            Problem::Forbidden(key) => (StatusCode::FORBIDDEN, self.tr.t(key)),
            Problem::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                self.tr.t("error-internal"),
            ),
        };
        if self.json {
            let body = serde_json::json!({ "error": message, "status": status.as_u16() });
            return (status, axum::Json(body)).into_response();
        }
        match crate::pages::error_page(&self.tr, status, &message) {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, message).into_response(),
        }
    }
}
