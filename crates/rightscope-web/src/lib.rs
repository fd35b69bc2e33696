//! The rightscope web observatory: server-rendered HTML pages (overview, documents, search, rules,
//! take part), Atom feeds and a JSON API over the store, in English, Spanish, French and Arabic.
//!
//! Pages work without JavaScript; every response carries a strict Content-Security-Policy and the
//! templates are auto-escaping, so document text (which may contain markup) is always shown as text.
//! The crate prints nothing; [`serve`] returns when the server stops.

mod api;
mod app;
mod auth;
mod error;
mod feeds;
mod highlight;
pub mod i18n;
mod live_index;
mod outcomes;
mod page_cache;
mod pages;
mod reviews;
mod sdo;
mod trends;

use std::net::SocketAddr;
use std::path::PathBuf;

pub use app::{router, AppState};
pub use error::WebError;
pub use pages::participation;

/// Where and how to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to listen on (default `127.0.0.1:8080`).
    pub bind: SocketAddr,
    /// Search index directory (built from the store if missing or stale).
    pub index_dir: PathBuf,
    /// Public address used in feed links (default: `http://{bind}`).
    pub base_url: Option<String>,
    /// Mail archives (files, or directories each making one list) read at start-up for the
    /// participation dashboards, pseudonymised with the installation's key.
    pub archives: Vec<PathBuf>,
    /// Rebuild this node's search index when the store changed, checking this often (for nodes
    /// whose store is written by ingest workers elsewhere); `None` leaves rebuilding to `ingest`.
    pub reindex_every: Option<std::time::Duration>,
}

/// Opens (or builds) the search index, binds the address and serves until the process is stopped.
pub async fn serve(store: rightscope_store::Store, options: ServeOptions) -> Result<(), WebError> {
    let base = options
        .base_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", options.bind));
    let mut state = AppState::open(store, &options.index_dir, base).await?;
    if !options.archives.is_empty() {
        let key = rightscope_participation::PseudonymKey::load_or_create(
            &rightscope_participation::default_data_dir(),
        )
        .map_err(|error| WebError::Archives(error.to_string()))?;
        let data = participation::load_archives(options.archives.clone(), key).await?;
        state = state.with_participation(data);
    }
    if let Some(every) = options.reindex_every {
        tokio::spawn(live_index::keep_fresh(
            state.store.clone(),
            options.index_dir.clone(),
            every,
        ));
    }
    let listener = tokio::net::TcpListener::bind(options.bind)
        .await
        .map_err(|source| WebError::Bind {
            address: options.bind,
            source,
        })?;
    serve_on(listener, state).await
}

/// Serves the app on an already bound listener (tests bind `127.0.0.1:0`).
pub async fn serve_on(listener: tokio::net::TcpListener, state: AppState) -> Result<(), WebError> {
    // Connect info gives login throttling the client's address.
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .await
    .map_err(WebError::Serve)
}
