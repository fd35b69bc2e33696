//! A cache of rendered pages and API answers, keyed by address and language and valid for one store
//! generation. Pages only change when the store does, and a document page costs several queries and a
//! highlight pass; 200 readers on two cores need most answers from memory.
//!
//! Only successful `GET`s without cookies other than `lang` are cached (no page depends on anything
//! else yet); the store generation is read at most once per second, so a page may lag a change by that
//! long. Memory is bounded by total body size: the oldest entries go first.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::app::AppState;

/// Most bytes of bodies kept.
const MAX_BYTES: usize = 64 * 1024 * 1024;
/// Largest body kept; bigger answers are rendered each time.
const MAX_ENTRY: usize = 2 * 1024 * 1024;
/// How long a read of the store generation is trusted.
const GENERATION_TTL: Duration = Duration::from_secs(1);

struct Entry {
    content_type: HeaderValue,
    /// Kept so a cached download (`/trends.csv`) is still offered under its file name.
    content_disposition: Option<HeaderValue>,
    body: Bytes,
}

#[derive(Default)]
struct Inner {
    generation: Option<(i64, Instant)>,
    entries: HashMap<String, Entry>,
    order: VecDeque<String>,
    bytes: usize,
}

impl Inner {
    fn clear(&mut self) {
        self.entries.clear();
        self.order.clear();
        self.bytes = 0;
    }

    fn insert(&mut self, key: String, entry: Entry) {
        let size = entry.body.len();
        if let Some(old) = self.entries.insert(key.clone(), entry) {
            self.bytes -= old.body.len();
        } else {
            self.order.push_back(key);
        }
        self.bytes += size;
        while self.bytes > MAX_BYTES {
            let Some(oldest) = self.order.pop_front() else {
                break;
            };
            if let Some(old) = self.entries.remove(&oldest) {
                self.bytes -= old.body.len();
            }
        }
    }
}

/// Rendered answers for the current store generation.
#[derive(Default)]
pub struct PageCache {
    inner: Mutex<Inner>,
    refreshing: AtomicBool,
}

impl std::fmt::Debug for PageCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let inner = self.lock();
        f.debug_struct("PageCache")
            .field("entries", &inner.entries.len())
            .field("bytes", &inner.bytes)
            .finish()
    }
}

impl PageCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves only a cache behind: keep using it.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Empties the cache when the store generation moved, reading it at most once per second and by one
    /// request at a time (the others go on with the generation read last). Returns whether the cache
    /// may be used: not before the first successful read.
    async fn sync_generation(&self, state: &AppState) -> bool {
        let known = self.lock().generation;
        if matches!(known, Some((_, at)) if at.elapsed() < GENERATION_TTL) {
            return true;
        }
        if self.refreshing.swap(true, Ordering::AcqRel) {
            return known.is_some();
        }
        let read = state.store.generation().await;
        self.refreshing.store(false, Ordering::Release);
        // A busy pool is no reason to drop the cache: keep the last generation and try again later.
        let Ok(generation) = read else {
            return known.is_some();
        };
        let mut inner = self.lock();
        if inner.generation.map(|(g, _)| g) != Some(generation) {
            inner.clear();
        }
        inner.generation = Some((generation, Instant::now()));
        true
    }

    fn get(&self, key: &str) -> Option<(HeaderValue, Option<HeaderValue>, Bytes)> {
        let inner = self.lock();
        inner.entries.get(key).map(|e| {
            (
                e.content_type.clone(),
                e.content_disposition.clone(),
                e.body.clone(),
            )
        })
    }
}

/// The cache key of a request, or `None` when it must not be cached.
fn cache_key(method: &Method, uri: &axum::http::Uri, headers: &HeaderMap) -> Option<String> {
    if method != Method::GET {
        return None;
    }
    let path = uri.path();
    // Search answers follow the index, which is rebuilt after the store changes; feeds carry dates.
    if path.starts_with("/feeds/")
        || path == "/static/style.css"
        || path == "/search"
        || path == "/api/v1/search"
        || crate::auth::is_private_path(path)
        // Review counts change without a store generation change; the report itself is cached.
        || path == "/outcomes"
    {
        return None;
    }
    // Pages vary by language only: by `?lang=` (in the key already), the `lang` cookie and
    // Accept-Language. Any other cookie may mean a signed-in reader, whose pages are not shared.
    let mut cookie_lang = "";
    for value in headers.get_all(header::COOKIE) {
        let value = value.to_str().ok()?;
        for pair in value.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("lang", lang)) => cookie_lang = lang,
                _ => return None,
            }
        }
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let query = uri.query().unwrap_or_default();
    let lang = crate::i18n::negotiate(
        query.split('&').find_map(|pair| pair.strip_prefix("lang=")),
        Some(cookie_lang).filter(|l| !l.is_empty()),
        Some(accept).filter(|a| !a.is_empty()),
    );
    Some(format!("{}\u{0}{path}?{query}", lang.code()))
}

/// The middleware: answers from the cache, or renders and keeps a successful answer.
pub async fn cached(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(key) = cache_key(request.method(), request.uri(), request.headers()) else {
        return next.run(request).await;
    };
    let cache = &state.pages;
    if !cache.sync_generation(&state).await {
        return next.run(request).await;
    }
    if let Some((content_type, disposition, body)) = cache.get(&key) {
        let mut response = ([(header::CONTENT_TYPE, content_type)], body).into_response();
        if let Some(disposition) = disposition {
            response
                .headers_mut()
                .insert(header::CONTENT_DISPOSITION, disposition);
        }
        return response;
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let Some(content_type) = response.headers().get(header::CONTENT_TYPE).cloned() else {
        return response;
    };
    let content_disposition = response.headers().get(header::CONTENT_DISPOSITION).cloned();
    let (parts, body) = response.into_parts();
    // Answers are rendered in memory already, so collecting the body costs no extra reading.
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    if body.len() > MAX_ENTRY {
        return Response::from_parts(parts, Body::from(body));
    }
    cache.lock().insert(
        key,
        Entry {
            content_type,
            content_disposition,
            body: body.clone(),
        },
    );
    Response::from_parts(parts, Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(uri: &str, cookie: Option<&str>, accept: Option<&str>) -> Option<String> {
        let mut headers = HeaderMap::new();
        if let Some(cookie) = cookie {
            headers.insert(
                header::COOKIE,
                HeaderValue::from_str(cookie).expect("header"),
            );
        }
        if let Some(accept) = accept {
            headers.insert(
                header::ACCEPT_LANGUAGE,
                HeaderValue::from_str(accept).expect("header"),
            );
        }
        cache_key(&Method::GET, &uri.parse().expect("uri"), &headers)
    }

    #[test]
    fn keys_follow_the_language_and_refuse_sessions() {
        assert_eq!(
            key("/documents/rfc1", None, None).as_deref(),
            Some("en\u{0}/documents/rfc1?")
        );
        assert_eq!(
            key("/documents/rfc1", Some("lang=fr"), None),
            key("/documents/rfc1?x", None, Some("fr")).map(|k| k.replace("?x", "?"))
        );
        assert_eq!(key("/", None, Some("ar")).as_deref(), Some("ar\u{0}/?"));
        assert!(key("/", Some("session=abc"), None).is_none());
        assert!(key("/feeds/rules/SURV001.atom", None, None).is_none());
        assert!(key("/search?q=x", None, None).is_none());
        assert!(key("/reviews", None, None).is_none());
        assert!(key("/reviews/1/export.md", None, None).is_none());
        assert!(key("/login", None, None).is_none());
        let post = cache_key(&Method::POST, &"/".parse().expect("uri"), &HeaderMap::new());
        assert!(post.is_none());
    }

    async fn fetch(addr: std::net::SocketAddr, path: &str) -> String {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
        let request = format!("GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        stream.write_all(request.as_bytes()).await.expect("write");
        let mut out = String::new();
        stream.read_to_string(&mut out).await.expect("read");
        out
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_store_change_replaces_cached_pages() {
        use rightscope_ingest::{ingest, IngestOptions, NoProgress, Source};
        let dir = tempfile::tempdir().expect("temp dir");
        let store = rightscope_store::Store::open(dir.path())
            .await
            .expect("store");
        let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/corpus/sample/rfc8890.txt");
        ingest(
            &store,
            &[Source::detect(sample)],
            &IngestOptions::default(),
            &NoProgress,
        )
        .await
        .expect("ingest");
        let state = AppState::open(
            store.clone(),
            &dir.path().join("index"),
            "http://127.0.0.1".into(),
        )
        .await
        .expect("state");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let pages = std::sync::Arc::clone(&state.pages);
        tokio::spawn(crate::serve_on(listener, state));

        let first = fetch(addr, "/documents/rfc8890").await;
        assert!(first.contains("200 OK") && !first.contains("Comments close"));
        assert_eq!(fetch(addr, "/documents/rfc8890").await.len(), first.len());
        assert_eq!(pages.lock().entries.len(), 1);
        let french = fetch(addr, "/documents/rfc8890?lang=fr").await;
        assert!(french.contains("lang=\"fr\""), "languages are cached apart");
        assert!(
            french.contains("set-cookie: lang=fr"),
            "headers are still added"
        );

        store
            .put_events(
                "rfc8890",
                &[rightscope_store::NewEvent {
                    at: "2999-01-31".to_string(),
                    kind: rightscope_store::EventKind::LastCallEnd,
                    detail: "IETF Last Call".to_string(),
                    source: "test".to_string(),
                }],
            )
            .await
            .expect("event");
        tokio::time::sleep(GENERATION_TTL + Duration::from_millis(100)).await;
        let after = fetch(addr, "/documents/rfc8890").await;
        assert!(
            after.contains("2999-01-31"),
            "the new event shows once the generation moved"
        );
    }

    #[test]
    fn memory_stays_bounded() {
        let mut inner = Inner::default();
        let body = Bytes::from(vec![b'x'; MAX_ENTRY]);
        for i in 0..(MAX_BYTES / MAX_ENTRY + 5) {
            inner.insert(
                format!("k{i}"),
                Entry {
                    content_type: HeaderValue::from_static("text/html"),
                    content_disposition: None,
                    body: body.clone(),
                },
            );
        }
        assert!(inner.bytes <= MAX_BYTES);
        assert!(!inner.entries.contains_key("k0"), "the oldest went first");
        assert_eq!(inner.entries.len(), inner.order.len());
    }
}
