//! Client for the IETF Datatracker's read-only JSON API (Tastypie, under `/api/v1/`), turning what it
//! says about documents into store values.
//!
//! It runs only when the user asks for it (`--source datatracker`); nothing here starts a request on its
//! own. The API is blocking and prints nothing.
//!
//! ```no_run
//! use rightscope_ingest::datatracker::{Datatracker, DatatrackerOptions, Query, DEFAULT_BASE_URL};
//!
//! let tracker = Datatracker::new(DEFAULT_BASE_URL, DatatrackerOptions::default())?;
//! let query = Query::by_group("quic").since("2024-01-01");
//! for document in tracker.documents(&query)? {
//!     // store.put_document_facts(&[document.facts]) and store.put_events(name, &document.events)
//!     let _ = (document.facts, document.events);
//! }
//! # Ok::<(), rightscope_ingest::datatracker::DatatrackerError>(())
//! ```
//!
//! What one [`Datatracker::documents`] call fetches:
//! - `/api/v1/doc/document/?…` filtered by `name__in`, `group__acronym` and `time__gte` (drafts and
//!   RFCs only unless names are given), following `meta.next` until it is null, at most
//!   [`DatatrackerOptions::max_pages`] pages per listing;
//! - each referenced group (and a working group's parent area), state and standards level, once per
//!   client: they are cached by URI;
//! - unless the query skips events, `/api/v1/doc/docevent/?doc__name=…` (revisions, state changes,
//!   Last Call, RFC publication) and, when a Last Call was sent, `/api/v1/doc/lastcalldocevent/?doc__name=…`
//!   (its `expires` is the end of the Last Call);
//! - for a draft that became an RFC without saying which (its state or events say it did),
//!   `/api/v1/doc/relateddocument/?source__name=…&relationship=became_rfc`.
//!
//! Every URL the server hands back (`meta.next`, resource URIs) must be on the base URL's origin, or the
//! request is refused: a listing cannot send the client anywhere else. Redirects are not followed.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rightscope_store::{DocumentFacts, DocumentKind, EventKind, NewEvent};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

/// The public Datatracker.
pub const DEFAULT_BASE_URL: &str = "https://datatracker.ietf.org";

/// The `source` of every event this module makes.
pub const SOURCE: &str = "datatracker";

/// The detail of Last Call start and end events.
pub const IETF_LAST_CALL: &str = "IETF Last Call";

/// Document event types worth a lifecycle event; asking only for these keeps event listings short
/// (a long-lived draft has hundreds of ballot and comment events).
const EVENT_TYPES: &str = "new_revision,changed_state,sent_last_call,published_rfc";

/// Names per `name__in` listing, so that URLs stay well below common server limits.
const NAMES_PER_REQUEST: usize = 25;

/// How much of a non-JSON body an error message quotes.
const QUOTED_BODY_CHARS: usize = 80;

/// How the client talks to the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatatrackerOptions {
    /// Limit for one request, connection and body included.
    pub timeout: Duration,
    /// Limit for connecting.
    pub connect_timeout: Duration,
    /// Objects asked for per page (`limit=`).
    pub page_size: u32,
    /// Most pages followed for one listing before failing with [`DatatrackerError::PageCap`].
    pub max_pages: usize,
    /// Largest response body accepted, in bytes after decompression.
    pub max_response_bytes: u64,
    /// Retries after a 429, a 5xx or a transport failure: at most `retries + 1` attempts per URL.
    pub retries: u32,
    /// Wait before the first retry, doubled for each further one.
    pub backoff: Duration,
    /// Longest wait between two attempts, also when the server's `Retry-After` asks for more.
    pub max_backoff: Duration,
    /// The `User-Agent` header.
    pub user_agent: String,
}

impl Default for DatatrackerOptions {
    fn default() -> DatatrackerOptions {
        DatatrackerOptions {
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(15),
            page_size: 100,
            max_pages: 100,
            max_response_bytes: 32 * 1024 * 1024,
            retries: 3,
            backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(30),
            user_agent: format!(
                "rightscope/{} (human-rights review of Internet standards)",
                env!("CARGO_PKG_VERSION")
            ),
        }
    }
}

/// Which documents to ask for. Filters combine: names in a group changed since a date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Document names (`draft-ietf-quic-transport`, `rfc9000`), without revision.
    pub names: Vec<String>,
    /// Group acronym (`quic`).
    pub group: Option<String>,
    /// Only documents changed on or after this date (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS`).
    pub since: Option<String>,
    /// Facts only: no event listings, so about one request per page of documents instead of two or
    /// three per document (referenced resources are fetched either way, once each).
    pub skip_events: bool,
}

impl Query {
    /// Documents with these names.
    pub fn by_names<I, S>(names: I) -> Query
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Query {
            names: names.into_iter().map(Into::into).collect(),
            ..Query::default()
        }
    }

    /// Drafts and RFCs of a group.
    pub fn by_group(acronym: impl Into<String>) -> Query {
        Query {
            group: Some(acronym.into()),
            ..Query::default()
        }
    }

    /// Drafts and RFCs changed on or after a date.
    pub fn changed_since(date: impl Into<String>) -> Query {
        Query {
            since: Some(date.into()),
            ..Query::default()
        }
    }

    /// Adds a group filter.
    pub fn in_group(mut self, acronym: impl Into<String>) -> Query {
        self.group = Some(acronym.into());
        self
    }

    /// Adds a changed-since filter.
    pub fn since(mut self, date: impl Into<String>) -> Query {
        self.since = Some(date.into());
        self
    }

    /// Asks for facts only.
    pub fn without_events(mut self) -> Query {
        self.skip_events = true;
        self
    }

    /// Checks the filters, so that nothing odd reaches a URL and an empty query cannot list the whole
    /// Datatracker.
    fn validate(&self) -> Result<(), DatatrackerError> {
        let invalid = |message: String| Err(DatatrackerError::Query { message });
        if self.names.is_empty() && self.group.is_none() && self.since.is_none() {
            return invalid(
                "give document names, a group or a changed-since date (an empty query would list every document)"
                    .to_string(),
            );
        }
        for name in &self.names {
            let ok = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'));
            if !ok {
                return invalid(format!("{name:?} is not a document name"));
            }
        }
        if let Some(group) = &self.group {
            let ok = !group.is_empty()
                && group
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !ok {
                return invalid(format!("{group:?} is not a group acronym"));
            }
        }
        if let Some(since) = &self.since {
            if !is_iso_timestamp(since) {
                return invalid(format!(
                    "{since:?} is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)"
                ));
            }
        }
        Ok(())
    }
}

/// A current state of a document (it has one per state type: draft, IESG, WG, IANA, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocState {
    /// The state type (`draft`, `draft-iesg`, `draft-stream-ietf`).
    pub state_type: String,
    /// The state's slug (`lc`).
    pub slug: String,
    /// The state's name (`In Last Call`).
    pub name: String,
}

/// One document as the Datatracker knows it, ready for the store.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackedDocument {
    /// Document-level facts (`sdo` is `ietf`).
    pub facts: DocumentFacts,
    /// Lifecycle events, oldest first, each with `source` [`SOURCE`]; empty when the query skips events.
    pub events: Vec<NewEvent>,
    /// The latest revision (`07`), for drafts.
    pub rev: Option<String>,
    /// Current states.
    pub states: Vec<DocState>,
    /// When the draft expires (ISO date).
    pub expires: Option<String>,
    /// When the Datatracker last changed the document (ISO date).
    pub changed: Option<String>,
}

/// Everything that can go wrong talking to the Datatracker. Each message names the URL and the problem.
#[derive(Debug, thiserror::Error)]
pub enum DatatrackerError {
    /// The base URL is not an `http://` or `https://` URL the client can use.
    #[error("{url}: not a usable Datatracker base URL: {message}")]
    BaseUrl {
        /// The URL given.
        url: String,
        /// What is wrong with it.
        message: String,
    },
    /// The query's filters are empty or not acceptable.
    #[error("invalid Datatracker query: {message}")]
    Query {
        /// What is wrong.
        message: String,
    },
    /// The server referred to a URL on another origin; it was not contacted.
    #[error("{url}: not on the Datatracker origin {origin}; refusing to contact it")]
    ForeignUrl {
        /// The URL referred to.
        url: String,
        /// The origin of the base URL.
        origin: String,
    },
    /// The request failed without a response (connection, timeout, TLS), even after retries.
    #[error("{url}: request failed after {attempts} attempt(s): {message}")]
    Transport {
        /// The URL.
        url: String,
        /// Attempts made.
        attempts: u32,
        /// The HTTP client's message.
        message: String,
    },
    /// The server answered with an error status (after retries, for 429 and 5xx).
    #[error("{url}: HTTP status {status} after {attempts} attempt(s)")]
    Status {
        /// The URL.
        url: String,
        /// The status code.
        status: u16,
        /// Attempts made.
        attempts: u32,
    },
    /// The server answered with a redirect, which the client does not follow.
    #[error("{url}: HTTP status {status} redirects to {location:?}, which is not followed")]
    Redirect {
        /// The URL.
        url: String,
        /// The status code.
        status: u16,
        /// The `Location` header, if any.
        location: String,
    },
    /// The response body is larger than [`DatatrackerOptions::max_response_bytes`].
    #[error("{url}: response larger than {limit} bytes")]
    TooLarge {
        /// The URL.
        url: String,
        /// The limit.
        limit: u64,
    },
    /// The response body is not JSON.
    #[error("{url}: response is not JSON ({message}); it starts {start:?}")]
    NotJson {
        /// The URL.
        url: String,
        /// The parser's message.
        message: String,
        /// The start of the body.
        start: String,
    },
    /// The JSON is not shaped as the API documents it.
    #[error("{url}: unexpected JSON: {message}")]
    Shape {
        /// The URL.
        url: String,
        /// What is missing or of the wrong type.
        message: String,
    },
    /// A listing has more pages than [`DatatrackerOptions::max_pages`].
    #[error("{url}: the listing has more than {max_pages} pages; narrow the query or raise the page cap")]
    PageCap {
        /// The listing's first URL.
        url: String,
        /// The cap.
        max_pages: usize,
    },
}

/// A Datatracker API client. Referenced resources are cached for the client's life; it is `Send + Sync`.
#[derive(Debug)]
pub struct Datatracker {
    /// `scheme://authority`, lower-cased.
    origin: String,
    /// The origin plus any path prefix, without a trailing slash.
    base: String,
    options: DatatrackerOptions,
    agent: ureq::Agent,
    /// Parsed resources by absolute URL.
    cache: Mutex<HashMap<String, Arc<Value>>>,
    requests: AtomicUsize,
}

/// What one attempt at a URL came to.
enum Attempt {
    /// The body.
    Body(Vec<u8>),
    /// A failure worth retrying, with the server's `Retry-After` if it gave one.
    Retry(DatatrackerError, Option<Duration>),
    /// A failure that retrying would not change.
    Fail(DatatrackerError),
}

impl Datatracker {
    /// A client for the API at `base_url` (`https://datatracker.ietf.org`, or a mirror or test server).
    pub fn new(
        base_url: &str,
        options: DatatrackerOptions,
    ) -> Result<Datatracker, DatatrackerError> {
        let (origin, base, loopback) = parse_base(base_url)?;
        let mut config = ureq::Agent::config_builder()
            .timeout_global(Some(options.timeout))
            .timeout_connect(Some(options.connect_timeout))
            .user_agent(options.user_agent.as_str())
            // Redirects could lead off the origin; the API has no reason to send any.
            .max_redirects(0)
            .http_status_as_error(false);
        if loopback {
            // A proxy from the environment cannot reach this machine's loopback interface.
            config = config.proxy(None);
        }
        Ok(Datatracker {
            origin,
            base,
            options,
            agent: config.build().into(),
            cache: Mutex::new(HashMap::new()),
            requests: AtomicUsize::new(0),
        })
    }

    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// How many HTTP requests this client has sent, retries included.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::Relaxed)
    }

    /// The documents the query selects, in listing order, each once, with their facts and (unless the
    /// query skips them) their lifecycle events. Names the Datatracker does not know are simply absent.
    pub fn documents(&self, query: &Query) -> Result<Vec<TrackedDocument>, DatatrackerError> {
        query.validate()?;
        let mut seen = HashSet::new();
        let mut tracked = Vec::new();
        for listing in self.listing_urls(query) {
            for (index, object) in self.list(&listing)?.into_iter().enumerate() {
                let document: ApiDocument = from_value(&object, &listing, || {
                    format!("document {} of the listing", index + 1)
                })?;
                // A document changed while paging can show up on two pages.
                if seen.insert(document.name.clone()) {
                    tracked.push(self.track(document, &listing, !query.skip_events)?);
                }
            }
        }
        Ok(tracked)
    }

    /// The first URL of each document listing the query needs.
    fn listing_urls(&self, query: &Query) -> Vec<String> {
        let mut params = vec![("limit", self.options.page_size.to_string())];
        if let Some(group) = &query.group {
            params.push(("group__acronym", group.clone()));
        }
        if let Some(since) = &query.since {
            params.push(("time__gte", since.clone()));
        }
        if query.names.is_empty() {
            // Groups also own charters, slides and minutes, which have no text to check.
            params.push(("type__in", "draft,rfc".to_string()));
            return vec![self.api_url("/api/v1/doc/document/", &params)];
        }
        query
            .names
            .chunks(NAMES_PER_REQUEST)
            .map(|chunk| {
                let mut params = params.clone();
                params.push(("name__in", chunk.join(",")));
                self.api_url("/api/v1/doc/document/", &params)
            })
            .collect()
    }

    /// Converts one listed document, fetching what it refers to.
    fn track(
        &self,
        document: ApiDocument,
        listing: &str,
        with_events: bool,
    ) -> Result<TrackedDocument, DatatrackerError> {
        let type_slug = document.doc_type.as_deref().and_then(slug);
        let kind = match type_slug {
            Some("draft") => Some(DocumentKind::Draft),
            Some("rfc") => Some(DocumentKind::Rfc),
            _ => None,
        };
        let mut facts = DocumentFacts {
            sdo: Some("ietf".to_string()),
            kind,
            title: non_empty(document.title.as_deref()),
            stream: document.stream.as_deref().and_then(slug).map(stream_name),
            abstract_text: non_empty(document.abstract_text.as_deref()),
            ..DocumentFacts::named(document.name.clone())
        };
        if let Some(group) = &document.group {
            self.group_facts(group, &mut facts)?;
        }
        // An RFC's level is its status; a draft has only the level it aims for.
        if let Some(level) = document
            .std_level
            .as_deref()
            .or(document.intended_std_level.as_deref())
        {
            let level: ApiName = self.resource(level)?;
            facts.status = non_empty(Some(&level.name));
        }
        let mut states = Vec::new();
        for uri in &document.states {
            let state: ApiState = self.resource(uri)?;
            states.push(DocState {
                state_type: state
                    .state_type
                    .as_deref()
                    .and_then(slug)
                    .unwrap_or_default()
                    .to_string(),
                slug: state.slug.unwrap_or_default(),
                name: state.name,
            });
        }
        let number =
            rfc_number(document.rfc_number.as_ref()).or_else(|| rfc_number(document.rfc.as_ref()));
        if kind == Some(DocumentKind::Rfc) {
            facts.rfc_number = number.or_else(|| rfc_number_of_name(&document.name));
        } else {
            facts.became_rfc = number;
        }
        let mut events = Vec::new();
        let mut published = None;
        if with_events {
            published = self.events(&document.name, &mut events)?;
        }
        let is_draft = kind == Some(DocumentKind::Draft);
        let shows_rfc = published.is_some()
            || states
                .iter()
                .any(|state| state.state_type == "draft" && state.slug == "rfc");
        if is_draft && facts.became_rfc.is_none() && shows_rfc {
            facts.became_rfc = self.became_rfc(&document.name)?;
        }
        if let Some(at) = published {
            let number = facts.rfc_number.or(facts.became_rfc);
            events.push(event(
                &at,
                EventKind::Published,
                number.map(|n| format!("RFC {n}")).unwrap_or_default(),
            ));
            if let (true, Some(number)) = (is_draft, facts.became_rfc) {
                events.push(event(&at, EventKind::BecameRfc, format!("rfc{number}")));
            }
        }
        // Same-day events in lifecycle order (a state change before the Last Call it starts).
        let rank = |kind: EventKind| EventKind::ALL.iter().position(|k| *k == kind);
        events.sort_by(|a, b| {
            (&a.at, rank(a.kind), &a.detail).cmp(&(&b.at, rank(b.kind), &b.detail))
        });
        let mut distinct = HashSet::new();
        events.retain(|e| distinct.insert((e.at.clone(), e.kind, e.detail.clone())));
        Ok(TrackedDocument {
            facts,
            events,
            rev: non_empty(document.rev.as_deref()),
            states,
            expires: document
                .expires
                .as_deref()
                .map(|value| iso_date(value, listing, "expires"))
                .transpose()?,
            changed: document
                .time
                .as_deref()
                .map(|value| iso_date(value, listing, "time"))
                .transpose()?,
        })
    }

    /// Fills `wg` and `area` from a group URI.
    fn group_facts(&self, uri: &str, facts: &mut DocumentFacts) -> Result<(), DatatrackerError> {
        let group: ApiGroup = self.resource(uri)?;
        match group.group_type.as_deref().and_then(slug) {
            // Individual submissions belong to the pseudo-group `none`.
            Some("individ") => {}
            _ if group.acronym == "none" => {}
            Some("area") => facts.area = Some(group.acronym),
            Some(kind) => {
                if kind == "wg" {
                    if let Some(parent) = &group.parent {
                        let parent: ApiGroup = self.resource(parent)?;
                        if parent.group_type.as_deref().and_then(slug) == Some("area") {
                            facts.area = Some(parent.acronym);
                        }
                    }
                }
                facts.wg = Some(group.acronym);
            }
            None => facts.wg = Some(group.acronym),
        }
        Ok(())
    }

    /// Appends the events of a document; returns the date of its RFC publication, if it has one.
    fn events(
        &self,
        name: &str,
        events: &mut Vec<NewEvent>,
    ) -> Result<Option<String>, DatatrackerError> {
        let listing = self.api_url(
            "/api/v1/doc/docevent/",
            &[
                ("doc__name", name.to_string()),
                ("type__in", EVENT_TYPES.to_string()),
                ("limit", self.options.page_size.to_string()),
            ],
        );
        let mut published: Option<String> = None;
        let mut last_call = false;
        for (index, object) in self.list(&listing)?.iter().enumerate() {
            let raw: ApiEvent = from_value(object, &listing, || format!("event {}", index + 1))?;
            let at = iso_date(&raw.time, &listing, "time")?;
            match raw.event_type.as_str() {
                "new_revision" => {
                    events.push(event(&at, EventKind::Revision, raw.rev.unwrap_or_default()))
                }
                "changed_state" => {
                    events.push(event(&at, EventKind::State, state_from_desc(&raw.desc)))
                }
                "sent_last_call" => {
                    last_call = true;
                    events.push(event(
                        &at,
                        EventKind::LastCallStart,
                        IETF_LAST_CALL.to_string(),
                    ));
                }
                // Listings run newest first; the earliest publication is the one that counts.
                "published_rfc" if published.as_ref().is_none_or(|earlier| at < *earlier) => {
                    published = Some(at);
                }
                _ => {}
            }
        }
        if last_call {
            let listing = self.api_url(
                "/api/v1/doc/lastcalldocevent/",
                &[
                    ("doc__name", name.to_string()),
                    ("limit", self.options.page_size.to_string()),
                ],
            );
            for (index, object) in self.list(&listing)?.iter().enumerate() {
                let raw: ApiLastCall = from_value(object, &listing, || {
                    format!("Last Call event {}", index + 1)
                })?;
                let start = iso_date(&raw.time, &listing, "time")?;
                events.push(event(
                    &start,
                    EventKind::LastCallStart,
                    IETF_LAST_CALL.to_string(),
                ));
                if let Some(expires) = raw.expires.as_deref() {
                    let end = iso_date(expires, &listing, "expires")?;
                    events.push(event(
                        &end,
                        EventKind::LastCallEnd,
                        IETF_LAST_CALL.to_string(),
                    ));
                }
            }
        }
        Ok(published)
    }

    /// The RFC a draft became, from its `became_rfc` relation (the Datatracker keeps RFCs as documents
    /// of their own since 2023, so the draft no longer carries the number).
    fn became_rfc(&self, name: &str) -> Result<Option<i64>, DatatrackerError> {
        let listing = self.api_url(
            "/api/v1/doc/relateddocument/",
            &[
                ("source__name", name.to_string()),
                ("relationship", "became_rfc".to_string()),
                ("limit", self.options.page_size.to_string()),
            ],
        );
        for (index, object) in self.list(&listing)?.iter().enumerate() {
            let raw: ApiRelated =
                from_value(object, &listing, || format!("relation {}", index + 1))?;
            if let Some(number) = slug(&raw.target).and_then(rfc_number_of_name) {
                return Ok(Some(number));
            }
        }
        Ok(None)
    }

    /// A referenced resource, fetched once per client.
    fn resource<T: DeserializeOwned>(&self, reference: &str) -> Result<T, DatatrackerError> {
        let url = self.resolve(reference)?;
        let cached = self.lock_cache().get(&url).cloned();
        let value = match cached {
            Some(value) => value,
            None => {
                let value = Arc::new(self.get_json(&url)?);
                self.lock_cache().insert(url.clone(), Arc::clone(&value));
                value
            }
        };
        from_value(&value, &url, || "the resource".to_string())
    }

    fn lock_cache(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Value>>> {
        // A panic elsewhere cannot leave a half-written map entry, so a poisoned lock is still usable.
        self.cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Every object of a listing, following `meta.next`.
    fn list(&self, first: &str) -> Result<Vec<Value>, DatatrackerError> {
        let mut objects = Vec::new();
        let mut visited = HashSet::new();
        let mut next = Some(first.to_string());
        let mut pages = 0usize;
        while let Some(url) = next.take() {
            if pages >= self.options.max_pages {
                return Err(self.page_cap(first));
            }
            if !visited.insert(url.clone()) {
                return Err(DatatrackerError::Shape {
                    url,
                    message: "meta.next points back to a page already read".to_string(),
                });
            }
            pages += 1;
            let page = parse_page(self.get_json(&url)?, &url)?;
            if pages == 1 {
                // Fail before fetching pages that would be thrown away.
                let per_page = page
                    .meta
                    .limit
                    .filter(|&limit| limit > 0)
                    .unwrap_or(u64::from(self.options.page_size.max(1)));
                if let Some(total) = page.meta.total_count {
                    let needed = total.div_ceil(per_page);
                    if needed > u64::try_from(self.options.max_pages).unwrap_or(u64::MAX) {
                        return Err(self.page_cap(first));
                    }
                }
            }
            objects.extend(page.objects);
            next = page
                .meta
                .next
                .as_deref()
                .map(|reference| self.resolve(reference))
                .transpose()?;
        }
        Ok(objects)
    }

    fn page_cap(&self, first: &str) -> DatatrackerError {
        DatatrackerError::PageCap {
            url: first.to_string(),
            max_pages: self.options.max_pages,
        }
    }

    /// An absolute URL under the base for an API path and query parameters.
    fn api_url(&self, path: &str, params: &[(&str, String)]) -> String {
        let query: Vec<String> = params
            .iter()
            .map(|(key, value)| format!("{key}={}", encode(value)))
            .collect();
        format!("{}{path}?{}", self.base, query.join("&"))
    }

    /// Makes a reference from the server absolute, refusing anything off the base URL's origin.
    fn resolve(&self, reference: &str) -> Result<String, DatatrackerError> {
        let foreign = || DatatrackerError::ForeignUrl {
            url: reference.to_string(),
            origin: self.origin.clone(),
        };
        if reference.starts_with('/') && !reference.starts_with("//") {
            return Ok(format!("{}{reference}", self.origin));
        }
        let (origin, rest) = split_origin(reference).ok_or_else(foreign)?;
        if origin.to_ascii_lowercase() != self.origin || !(rest.is_empty() || rest.starts_with('/'))
        {
            return Err(foreign());
        }
        Ok(format!("{}{rest}", self.origin))
    }

    /// GETs a URL and parses the body as JSON, retrying transient failures with backoff.
    fn get_json(&self, url: &str) -> Result<Value, DatatrackerError> {
        let mut attempts = 0u32;
        loop {
            attempts += 1;
            let retry_after = match self.attempt(url, attempts) {
                Attempt::Body(body) => return parse_json(url, &body),
                Attempt::Fail(error) => return Err(error),
                Attempt::Retry(error, _) if attempts > self.options.retries => return Err(error),
                Attempt::Retry(_, retry_after) => retry_after,
            };
            let exponential = self
                .options
                .backoff
                .saturating_mul(2u32.saturating_pow(attempts - 1));
            std::thread::sleep(
                retry_after
                    .unwrap_or(exponential)
                    .min(self.options.max_backoff),
            );
        }
    }

    /// One request.
    fn attempt(&self, url: &str, attempts: u32) -> Attempt {
        self.requests.fetch_add(1, Ordering::Relaxed);
        let transport = |error: ureq::Error| DatatrackerError::Transport {
            url: url.to_string(),
            attempts,
            message: error.to_string(),
        };
        let mut response = match self
            .agent
            .get(url)
            .header("Accept", "application/json")
            .call()
        {
            Ok(response) => response,
            Err(error) if is_transient(&error) => return Attempt::Retry(transport(error), None),
            Err(error) => return Attempt::Fail(transport(error)),
        };
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|value| value.to_str().ok())
                .map(str::to_string)
        };
        if (300..400).contains(&status) {
            return Attempt::Fail(DatatrackerError::Redirect {
                url: url.to_string(),
                status,
                location: header("location").unwrap_or_default(),
            });
        }
        if !(200..300).contains(&status) {
            let error = DatatrackerError::Status {
                url: url.to_string(),
                status,
                attempts,
            };
            if status == 429 || status >= 500 {
                let retry_after = header("retry-after")
                    .and_then(|value| value.trim().parse::<u64>().ok())
                    .map(Duration::from_secs);
                return Attempt::Retry(error, retry_after);
            }
            return Attempt::Fail(error);
        }
        match response
            .body_mut()
            .with_config()
            .limit(self.options.max_response_bytes)
            .read_to_vec()
        {
            Ok(body) => Attempt::Body(body),
            Err(ureq::Error::BodyExceedsLimit(_)) => Attempt::Fail(DatatrackerError::TooLarge {
                url: url.to_string(),
                limit: self.options.max_response_bytes,
            }),
            Err(error) if is_transient(&error) => Attempt::Retry(transport(error), None),
            Err(error) => Attempt::Fail(transport(error)),
        }
    }
}

/// Failures another attempt may not see: the network, not the request.
fn is_transient(error: &ureq::Error) -> bool {
    matches!(
        error,
        ureq::Error::Io(_)
            | ureq::Error::Timeout(_)
            | ureq::Error::ConnectionFailed
            | ureq::Error::HostNotFound
            | ureq::Error::BodyStalled
    )
}

fn parse_json(url: &str, body: &[u8]) -> Result<Value, DatatrackerError> {
    serde_json::from_slice(body).map_err(|error| {
        let start: String = String::from_utf8_lossy(body)
            .chars()
            .take(QUOTED_BODY_CHARS)
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        DatatrackerError::NotJson {
            url: url.to_string(),
            message: error.to_string(),
            start,
        }
    })
}

/// Deserializes part of a response, naming what it was in the error.
fn from_value<T: DeserializeOwned>(
    value: &Value,
    url: &str,
    what: impl FnOnce() -> String,
) -> Result<T, DatatrackerError> {
    T::deserialize(value).map_err(|error| DatatrackerError::Shape {
        url: url.to_string(),
        message: format!("{}: {error}", what()),
    })
}

/// Splits a base URL into its lower-cased origin, the base without trailing slash, and whether it is on
/// this machine's loopback.
fn parse_base(url: &str) -> Result<(String, String, bool), DatatrackerError> {
    let fail = |message: &str| DatatrackerError::BaseUrl {
        url: url.to_string(),
        message: message.to_string(),
    };
    let trimmed = url.trim().trim_end_matches('/');
    let (origin, path) = split_origin(trimmed)
        .ok_or_else(|| fail("expected http://host[:port][/path] or https://host[:port][/path]"))?;
    let authority = origin
        .split_once("://")
        .map(|(_, authority)| authority)
        .unwrap_or_default();
    if authority.is_empty() {
        return Err(fail("no host"));
    }
    if authority.contains('@') {
        // Credentials in the URL would end up in every error message.
        return Err(fail("credentials in the URL are not supported"));
    }
    if !(path.is_empty() || path.starts_with('/')) || path.contains(['?', '#']) {
        return Err(fail("the base URL takes no query or fragment"));
    }
    let origin = origin.to_ascii_lowercase();
    let host = if let Some(bracketed) = authority.strip_prefix('[') {
        bracketed.split(']').next().unwrap_or_default()
    } else {
        authority.split(':').next().unwrap_or_default()
    }
    .to_ascii_lowercase();
    let loopback = host == "localhost" || host == "::1" || host.starts_with("127.");
    Ok((origin.clone(), format!("{origin}{path}"), loopback))
}

/// `("https://host:port", "/rest")` for an absolute http(s) URL.
fn split_origin(url: &str) -> Option<(&str, &str)> {
    let starts = |prefix: &str| {
        url.get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    };
    let scheme_end = if starts("https://") {
        8
    } else if starts("http://") {
        7
    } else {
        return None;
    };
    let end = url[scheme_end..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |offset| scheme_end + offset);
    Some((&url[..end], &url[end..]))
}

/// Percent-encodes a query value (commas stay: Tastypie splits `__in` values on them).
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The last path segment of a resource URI (`/api/v1/name/streamname/ietf/` → `ietf`).
fn slug(uri: &str) -> Option<&str> {
    uri.trim_end_matches('/')
        .rsplit('/')
        .next()
        .filter(|segment| !segment.is_empty())
}

/// The store's stream names; the Datatracker's slugs are lower-case.
fn stream_name(slug: &str) -> String {
    match slug {
        "ietf" => "IETF".to_string(),
        "irtf" => "IRTF".to_string(),
        "iab" => "IAB".to_string(),
        "ise" => "independent".to_string(),
        other => other.to_string(),
    }
}

fn non_empty(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|value| !value.is_empty())
        .map(str::to_string)
}

/// An RFC number from an `rfc_number`/`rfc` field: a number, a numeric string, `rfc9000`, or a
/// document URI ending in `rfc9000/`.
fn rfc_number(value: Option<&Value>) -> Option<i64> {
    match value? {
        Value::Number(number) => number.as_i64().filter(|&n| n > 0),
        Value::String(text) => {
            let text = text.trim();
            text.parse::<i64>()
                .ok()
                .filter(|&n| n > 0)
                .or_else(|| slug(text).and_then(rfc_number_of_name))
        }
        _ => None,
    }
}

fn rfc_number_of_name(name: &str) -> Option<i64> {
    let digits = name
        .strip_prefix("rfc")
        .or_else(|| name.strip_prefix("RFC"))?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&n| n > 0)
}

/// Whether a text is `YYYY-MM-DD` optionally followed by `THH:MM:SS`.
fn is_iso_timestamp(text: &str) -> bool {
    let bytes = text.as_bytes();
    let date = bytes.len() >= 10
        && bytes[..10].iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    let time = match bytes.get(10..) {
        Some([]) => true,
        Some([b'T', rest @ ..]) => {
            rest.len() == 8
                && rest.iter().enumerate().all(|(i, b)| match i {
                    2 | 5 => *b == b':',
                    _ => b.is_ascii_digit(),
                })
        }
        _ => false,
    };
    date && time
}

/// The date of an API timestamp (`2024-03-01T12:00:00Z` → `2024-03-01`). The Datatracker has given
/// UTC since 2022 and US Pacific time before; a day boundary off by those hours is not worth a lookup.
fn iso_date(value: &str, url: &str, field: &str) -> Result<String, DatatrackerError> {
    let date = value.get(..10).filter(|date| is_iso_timestamp(date));
    date.map(str::to_string)
        .ok_or_else(|| DatatrackerError::Shape {
            url: url.to_string(),
            message: format!("`{field}` is not an ISO date: {value:?}"),
        })
}

fn event(at: &str, kind: EventKind, detail: String) -> NewEvent {
    NewEvent {
        at: at.to_string(),
        kind,
        detail,
        source: SOURCE.to_string(),
    }
}

/// The new state from a state-change description such as `IESG state changed to <b>In Last Call</b>
/// from Last Call Requested`; the description's text when it has another form. Reading it from the
/// description saves a request per event (the event listing does not carry the state's URI).
fn state_from_desc(desc: &str) -> String {
    let text = strip_tags(desc);
    let lower = text.to_ascii_lowercase();
    let Some(at) = lower.find("changed to ") else {
        return text;
    };
    let rest = &text[at + "changed to ".len()..];
    let lower_rest = &lower[at + "changed to ".len()..];
    let end = [" from ", " by ", "\n"]
        .iter()
        .filter_map(|stop| lower_rest.find(stop))
        .min()
        .unwrap_or(rest.len());
    let state = rest[..end].trim().trim_end_matches('.').trim();
    if state.is_empty() {
        text
    } else {
        state.to_string()
    }
}

/// Text without HTML tags, whitespace collapsed.
fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A Tastypie listing page.
#[derive(Debug)]
struct ApiPage {
    meta: ApiMeta,
    objects: Vec<Value>,
}

/// Takes a listing page apart by hand, so that errors say which part is wrong.
fn parse_page(value: Value, url: &str) -> Result<ApiPage, DatatrackerError> {
    let shape = |message: &str| DatatrackerError::Shape {
        url: url.to_string(),
        message: message.to_string(),
    };
    let Value::Object(mut page) = value else {
        return Err(shape("a listing is an object with `meta` and `objects`"));
    };
    let meta = page
        .remove("meta")
        .ok_or_else(|| shape("the listing has no `meta` block"))?;
    let meta: ApiMeta = from_value(&meta, url, || "the listing's `meta` block".to_string())?;
    let objects = match page.remove("objects") {
        Some(Value::Array(objects)) => objects,
        Some(_) => return Err(shape("the listing's `objects` is not a list")),
        None => return Err(shape("the listing has no `objects` list")),
    };
    Ok(ApiPage { meta, objects })
}

/// A listing's `meta` block (`offset`, `previous` are not needed).
#[derive(Debug, Deserialize)]
struct ApiMeta {
    limit: Option<u64>,
    next: Option<String>,
    total_count: Option<u64>,
}

/// `/api/v1/doc/document/` objects.
#[derive(Debug, Deserialize)]
struct ApiDocument {
    name: String,
    rev: Option<String>,
    title: Option<String>,
    #[serde(rename = "abstract")]
    abstract_text: Option<String>,
    group: Option<String>,
    stream: Option<String>,
    std_level: Option<String>,
    intended_std_level: Option<String>,
    #[serde(default)]
    states: Vec<String>,
    rfc_number: Option<Value>,
    rfc: Option<Value>,
    expires: Option<String>,
    time: Option<String>,
    #[serde(rename = "type")]
    doc_type: Option<String>,
}

/// `/api/v1/group/group/` objects.
#[derive(Debug, Deserialize)]
struct ApiGroup {
    acronym: String,
    #[serde(rename = "type")]
    group_type: Option<String>,
    parent: Option<String>,
}

/// `/api/v1/doc/state/` objects.
#[derive(Debug, Deserialize)]
struct ApiState {
    name: String,
    slug: Option<String>,
    #[serde(rename = "type")]
    state_type: Option<String>,
}

/// `/api/v1/name/…/` objects (standards levels).
#[derive(Debug, Deserialize)]
struct ApiName {
    name: String,
}

/// `/api/v1/doc/docevent/` objects.
#[derive(Debug, Deserialize)]
struct ApiEvent {
    time: String,
    #[serde(rename = "type")]
    event_type: String,
    #[serde(default)]
    desc: String,
    rev: Option<String>,
}

/// `/api/v1/doc/lastcalldocevent/` objects.
#[derive(Debug, Deserialize)]
struct ApiLastCall {
    time: String,
    expires: Option<String>,
}

/// `/api/v1/doc/relateddocument/` objects.
#[derive(Debug, Deserialize)]
struct ApiRelated {
    target: String,
}

/// Asks the Datatracker for the documents the query selects and stores their facts and lifecycle
/// events (one transaction each, so an interrupted import keeps what it wrote). Events already stored
/// are skipped, so importing the same query twice writes nothing the second time. The requests run on
/// a blocking thread; the summary counts documents, changed documents and new events.
pub async fn import(
    store: &rightscope_store::Store,
    tracker: Arc<Datatracker>,
    query: Query,
) -> Result<crate::IngestSummary, crate::IngestError> {
    let started = std::time::Instant::now();
    let tracked = tokio::task::spawn_blocking(move || tracker.documents(&query))
        .await
        .map_err(|error| crate::IngestError::Workers(error.to_string()))??;
    let facts: Vec<DocumentFacts> = tracked
        .iter()
        .map(|document| document.facts.clone())
        .collect();
    let documents_changed = store.put_document_facts(&facts).await?;
    let events: Vec<(String, Vec<NewEvent>)> = tracked
        .into_iter()
        .filter(|document| !document.events.is_empty())
        .map(|document| (document.facts.name, document.events))
        .collect();
    let events_inserted = store.put_events_many(&events).await?;
    Ok(crate::IngestSummary {
        documents: facts.len(),
        documents_changed,
        events_inserted,
        seconds: started.elapsed().as_secs_f64(),
        ..crate::IngestSummary::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_names_come_from_descriptions() {
        assert_eq!(
            state_from_desc("IESG state changed to <b>In Last Call</b> from Last Call Requested"),
            "In Last Call"
        );
        assert_eq!(
            state_from_desc("State changed to <b>RFC Ed Queue</b> by Amy"),
            "RFC Ed Queue"
        );
        assert_eq!(
            state_from_desc("Document shepherd <i>set</i>"),
            "Document shepherd set"
        );
    }

    #[test]
    fn references_must_stay_on_the_origin() {
        let tracker = Datatracker::new("http://127.0.0.1:9/dt/", DatatrackerOptions::default())
            .expect("base");
        assert_eq!(tracker.base_url(), "http://127.0.0.1:9/dt");
        assert_eq!(
            tracker.resolve("/api/v1/doc/state/1/").expect("path"),
            "http://127.0.0.1:9/api/v1/doc/state/1/"
        );
        assert!(tracker.resolve("HTTP://127.0.0.1:9/api/").is_ok());
        for foreign in [
            "http://127.0.0.1:10/api/",
            "https://127.0.0.1:9/api/",
            "//example.org/api/",
            "http://127.0.0.1:9@example.org/",
            "api/v1/",
        ] {
            assert!(
                matches!(
                    tracker.resolve(foreign),
                    Err(DatatrackerError::ForeignUrl { .. })
                ),
                "{foreign}"
            );
        }
    }

    #[test]
    fn base_urls_are_checked() {
        for bad in [
            "ftp://x",
            "http://",
            "https://user:pw@host",
            "http://h/?q=1",
            "datatracker",
        ] {
            assert!(
                matches!(
                    Datatracker::new(bad, DatatrackerOptions::default()),
                    Err(DatatrackerError::BaseUrl { .. })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(rfc_number(Some(&Value::from(9000))), Some(9000));
        assert_eq!(rfc_number(Some(&Value::from("9000"))), Some(9000));
        assert_eq!(
            rfc_number(Some(&Value::from("/api/v1/doc/document/rfc9000/"))),
            Some(9000)
        );
        assert_eq!(rfc_number(Some(&Value::Null)), None);
        assert!(is_iso_timestamp("2024-01-02"));
        assert!(is_iso_timestamp("2024-01-02T03:04:05"));
        assert!(!is_iso_timestamp("2024-1-2"));
        assert!(!is_iso_timestamp("2024-01-02 03:04"));
        assert_eq!(
            iso_date("2024-03-01T12:00:00Z", "u", "time").expect("date"),
            "2024-03-01"
        );
        assert!(iso_date("March 2024", "u", "time").is_err());
        assert_eq!(encode("a b,c:d"), "a%20b,c%3Ad");
    }
}
