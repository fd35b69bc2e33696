//! Watchlists (named documents and a saved query) and the feed items built from them.

use std::time::SystemTime;

use serde::Serialize;
use sqlx::Row;

use crate::dates::{date, now, timestamp};
use crate::error::{Failure, StoreError};
use crate::store::Store;
use crate::write::{begin_write, builder, bump_generation};

/// A saved query selecting documents: whitespace-separated terms that must all hold.
/// `wg:NAME` (working group, case-insensitive), `sdo:NAME` (`ietf`, `w3c`…), `kind:KIND`
/// (`rfc`, `draft`, `w3c`, `other`), and any other term is a document-name prefix
/// (`draft-ietf-quic-`). The empty query selects nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct WatchQuery {
    /// Name prefixes (all must match, so normally one).
    pub prefixes: Vec<String>,
    /// Working groups.
    pub wgs: Vec<String>,
    /// Standards bodies.
    pub sdos: Vec<String>,
    /// Document kinds.
    pub kinds: Vec<String>,
}

impl WatchQuery {
    /// Parses the query syntax described on the type; an unknown `key:` is an error.
    pub fn parse(query: &str) -> Result<WatchQuery, String> {
        let mut parsed = WatchQuery::default();
        for term in query.split_whitespace() {
            match term.split_once(':') {
                Some(("wg", value)) if !value.is_empty() => {
                    parsed.wgs.push(value.to_ascii_lowercase())
                }
                Some(("sdo", value)) if !value.is_empty() => {
                    parsed.sdos.push(value.to_ascii_lowercase())
                }
                Some(("kind", value)) if !value.is_empty() => {
                    parsed.kinds.push(value.to_ascii_lowercase())
                }
                Some((key, _)) => {
                    return Err(format!(
                        "unknown or empty filter {key:?} in watch query {query:?} (use wg:, sdo:, kind: or a name prefix)"
                    ))
                }
                None => parsed.prefixes.push(term.to_string()),
            }
        }
        Ok(parsed)
    }

    /// Whether the query has no terms (selects nothing).
    pub fn is_empty(&self) -> bool {
        self.prefixes.is_empty()
            && self.wgs.is_empty()
            && self.sdos.is_empty()
            && self.kinds.is_empty()
    }
}

/// A watchlist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Watchlist {
    /// Row id.
    pub id: i64,
    /// Owner (a user name or id; the store does not interpret it).
    pub owner: String,
    /// Name, unique per owner.
    pub name: String,
    /// Saved query ([`WatchQuery`] syntax).
    pub query: Option<String>,
    /// When created.
    pub created_at: String,
    /// Documents named explicitly, sorted.
    pub documents: Vec<String>,
}

/// A new revision of a watched document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewRevisionItem {
    /// Document name.
    pub document: String,
    /// Revision row id.
    pub revision_id: i64,
    /// Revision.
    pub rev: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// When it was stored.
    pub at: String,
}

/// A new risk finding in a family the revision's assessment says the document creates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskFindingItem {
    /// Document name.
    pub document: String,
    /// Revision row id.
    pub revision_id: i64,
    /// Revision.
    pub rev: Option<String>,
    /// Finding row id.
    pub finding_id: i64,
    /// Rule code.
    pub code: String,
    /// Family.
    pub family: String,
    /// Message.
    pub message: String,
    /// Section.
    pub section: Option<String>,
    /// When the revision was stored.
    pub at: String,
}

/// An open Last Call of a watched document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LastCallItem {
    /// Document name.
    pub document: String,
    /// Title.
    pub title: Option<String>,
    /// The deadline (the `last-call-end` event's date).
    pub deadline: String,
    /// The event's detail.
    pub detail: String,
}

/// The start of every open-Last-Call query: documents with a `last-call-end` event on or after a
/// date that the caller binds next (columns `name`, `title`, `at`, `detail`).
macro_rules! open_last_calls_sql {
    () => {
        "SELECT d.name, d.title, e.at, e.detail FROM lifecycle_events e \
         JOIN documents d ON d.id = e.document_id \
         WHERE e.kind = 'last-call-end' AND e.at >= "
    };
}
pub(crate) use open_last_calls_sql;

/// A [`LastCallItem`] from a row of an [`open_last_calls_sql`] query (SQLite or PostgreSQL).
macro_rules! last_call_item {
    ($row:expr) => {
        $crate::watch::LastCallItem {
            document: $row.try_get("name")?,
            title: $row.try_get("title")?,
            deadline: $row.try_get("at")?,
            detail: $row.try_get("detail")?,
        }
    };
}
pub(crate) use last_call_item;

/// What a watchlist's feeds show.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FeedItems {
    /// Revisions stored since the given time, newest first.
    pub revisions: Vec<NewRevisionItem>,
    /// Risk findings of those revisions in families assessed `creates`, newest first.
    pub risk_findings: Vec<RiskFindingItem>,
    /// Last Call deadlines today or later, soonest first.
    pub last_calls: Vec<LastCallItem>,
}

/// Appends ` AND (…)` conditions on documents `d` for a query to a builder.
macro_rules! push_query_filter {
    ($query:expr, $watch:expr) => {{
        let query = &mut $query;
        let watch: &WatchQuery = $watch;
        for prefix in &watch.prefixes {
            query.push(" AND substr(d.name, 1, length(");
            query.push_bind(prefix.clone());
            query.push(")) = ");
            query.push_bind(prefix.clone());
        }
        for wg in &watch.wgs {
            query.push(" AND lower(d.wg) = ");
            query.push_bind(wg.clone());
        }
        for sdo in &watch.sdos {
            query.push(" AND d.sdo = ");
            query.push_bind(sdo.clone());
        }
        for kind in &watch.kinds {
            query.push(" AND d.kind = ");
            query.push_bind(kind.clone());
        }
    }};
}

impl Store {
    /// Creates a watchlist; the query, if any, must parse as a [`WatchQuery`]. Returns its id.
    pub async fn create_watchlist(
        &self,
        owner: &str,
        name: &str,
        query: Option<&str>,
    ) -> Result<i64, StoreError> {
        if let Some(query) = query {
            WatchQuery::parse(query).map_err(|message| self.fail(Failure::Invalid(message)))?;
        }
        let result: Result<i64, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut tx = begin_write!(pool, SQLITE)?;
                let id: i64 = sqlx::query(
                    "INSERT INTO watchlists (owner, name, query, created_at) VALUES ($1, $2, $3, $4) \
                     RETURNING id",
                )
                .bind(owner)
                .bind(name)
                .bind(query)
                .bind(now())
                .fetch_one(&mut *tx)
                .await?
                .try_get("id")?;
                bump_generation!(tx)?;
                tx.commit().await?;
                Ok(id)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// A watchlist with its documents.
    pub async fn watchlist(&self, id: i64) -> Result<Option<Watchlist>, StoreError> {
        Ok(self
            .load_watchlists(Some(id), None)
            .await?
            .into_iter()
            .next())
    }

    /// An owner's watchlists, by name.
    pub async fn watchlists(&self, owner: &str) -> Result<Vec<Watchlist>, StoreError> {
        self.load_watchlists(None, Some(owner)).await
    }

    async fn load_watchlists(
        &self,
        id: Option<i64>,
        owner: Option<&str>,
    ) -> Result<Vec<Watchlist>, StoreError> {
        let result: Result<Vec<Watchlist>, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let rows = sqlx::query(
                    "SELECT id, owner, name, query, created_at FROM watchlists \
                     WHERE ($1 IS NULL OR id = $1) AND ($2 IS NULL OR owner = $2) ORDER BY name, id",
                )
                .bind(id)
                .bind(owner)
                .fetch_all(pool)
                .await?;
                let mut lists = Vec::with_capacity(rows.len());
                for row in &rows {
                    let id: i64 = row.try_get("id")?;
                    let names = sqlx::query(
                        "SELECT document_name FROM watchlist_documents WHERE watchlist_id = $1 \
                         ORDER BY document_name",
                    )
                    .bind(id)
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(|row| row.try_get::<String, _>("document_name"))
                    .collect::<Result<Vec<_>, _>>()?;
                    lists.push(Watchlist {
                        id,
                        owner: row.try_get("owner")?,
                        name: row.try_get("name")?,
                        query: row.try_get("query")?,
                        created_at: row.try_get("created_at")?,
                        documents: names,
                    });
                }
                Ok(lists)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// Replaces a watchlist's saved query (`None` removes it). Returns whether the watchlist exists.
    pub async fn set_watchlist_query(
        &self,
        id: i64,
        query: Option<&str>,
    ) -> Result<bool, StoreError> {
        if let Some(query) = query {
            WatchQuery::parse(query).map_err(|message| self.fail(Failure::Invalid(message)))?;
        }
        self.watch_write(
            "UPDATE watchlists SET query = $2 WHERE id = $1",
            id,
            Some(query),
        )
        .await
    }

    /// Adds a document name to a watchlist (the document need not be stored yet). Returns whether it
    /// was new.
    pub async fn watch_document(&self, id: i64, document: &str) -> Result<bool, StoreError> {
        self.watch_write(
            "INSERT INTO watchlist_documents (watchlist_id, document_name) VALUES ($1, $2) \
             ON CONFLICT DO NOTHING",
            id,
            Some(Some(document)),
        )
        .await
    }

    /// Removes a document name from a watchlist. Returns whether it was there.
    pub async fn unwatch_document(&self, id: i64, document: &str) -> Result<bool, StoreError> {
        self.watch_write(
            "DELETE FROM watchlist_documents WHERE watchlist_id = $1 AND document_name = $2",
            id,
            Some(Some(document)),
        )
        .await
    }

    /// Deletes a watchlist and its document list. Returns whether it existed.
    pub async fn delete_watchlist(&self, id: i64) -> Result<bool, StoreError> {
        self.watch_write("DELETE FROM watchlists WHERE id = $1", id, None)
            .await
    }

    /// Runs one watchlist statement with `$1` = id and, if given, `$2` = text, bumping the generation
    /// on change.
    async fn watch_write(
        &self,
        sql: &'static str,
        id: i64,
        text: Option<Option<&str>>,
    ) -> Result<bool, StoreError> {
        let result: Result<bool, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                let mut tx = begin_write!(pool, SQLITE)?;
                let mut statement = sqlx::query(sql).bind(id);
                if let Some(text) = text {
                    statement = statement.bind(text);
                }
                let changed = statement
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    > 0;
                if changed {
                    bump_generation!(tx)?;
                }
                tx.commit().await?;
                Ok(changed)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }

    /// The feed items of a watchlist since a time: see [`Store::feed_items_at`]; "now" is the clock.
    pub async fn feed_items(
        &self,
        watchlist_id: i64,
        since: SystemTime,
    ) -> Result<FeedItems, StoreError> {
        self.feed_items_at(watchlist_id, since, SystemTime::now())
            .await
    }

    /// The feed items of a watchlist: revisions stored after `since`, their risk findings in families
    /// whose assessment verdict is `creates`, and `last-call-end` events dated `now`'s day or later,
    /// for the documents the watchlist names or its saved query selects. An unknown watchlist is an
    /// error.
    pub async fn feed_items_at(
        &self,
        watchlist_id: i64,
        since: SystemTime,
        now: SystemTime,
    ) -> Result<FeedItems, StoreError> {
        let Some(list) = self.watchlist(watchlist_id).await? else {
            return Err(self.fail(Failure::Invalid(format!("no watchlist {watchlist_id}"))));
        };
        let watch = match &list.query {
            Some(query) => {
                WatchQuery::parse(query).map_err(|message| self.fail(Failure::Invalid(message)))?
            }
            None => WatchQuery::default(),
        };
        let since = timestamp(since);
        let today = date(now);
        let result: Result<FeedItems, Failure> = dispatch!(self, pool, SQLITE => {
            async {
                // The watched documents, as a condition on `d` appended to each query.
                let watched = |query: &mut sqlx::QueryBuilder<_>| {
                    query.push(" AND (d.name IN (SELECT document_name FROM watchlist_documents WHERE watchlist_id = ");
                    query.push_bind(watchlist_id);
                    query.push(")");
                    if !watch.is_empty() {
                        query.push(" OR (1 = 1");
                        push_query_filter!(*query, &watch);
                        query.push(")");
                    }
                    query.push(")");
                };
                let mut items = FeedItems::default();

                let mut query = builder(
                    pool,
                    "SELECT d.name, r.id, r.rev, r.title, r.parsed_at FROM revisions r \
                     JOIN documents d ON d.id = r.document_id WHERE r.parsed_at > ",
                );
                query.push_bind(since.clone());
                watched(&mut query);
                query.push(" ORDER BY r.parsed_at DESC, r.id DESC");
                for row in query.build().fetch_all(pool).await? {
                    items.revisions.push(NewRevisionItem {
                        document: row.try_get("name")?,
                        revision_id: row.try_get("id")?,
                        rev: row.try_get("rev")?,
                        title: row.try_get("title")?,
                        at: row.try_get("parsed_at")?,
                    });
                }

                let mut query = builder(
                    pool,
                    "SELECT d.name, r.id AS revision_id, r.rev, r.parsed_at, f.id AS finding_id, f.code, \
                     f.family, f.message, f.section FROM findings f \
                     JOIN revisions r ON r.id = f.revision_id \
                     JOIN documents d ON d.id = r.document_id \
                     JOIN assessments a ON a.revision_id = f.revision_id AND a.family = f.family \
                     WHERE f.polarity = 'risk' AND a.verdict = 'creates' AND r.parsed_at > ",
                );
                query.push_bind(since.clone());
                watched(&mut query);
                query.push(" ORDER BY r.parsed_at DESC, r.id DESC, f.span_start, f.id");
                for row in query.build().fetch_all(pool).await? {
                    items.risk_findings.push(RiskFindingItem {
                        document: row.try_get("name")?,
                        revision_id: row.try_get("revision_id")?,
                        rev: row.try_get("rev")?,
                        finding_id: row.try_get("finding_id")?,
                        code: row.try_get("code")?,
                        family: row.try_get("family")?,
                        message: row.try_get("message")?,
                        section: row.try_get("section")?,
                        at: row.try_get("parsed_at")?,
                    });
                }

                let mut query = builder(
                    pool,
                    open_last_calls_sql!(),
                );
                query.push_bind(today.clone());
                watched(&mut query);
                query.push(" ORDER BY e.at, d.name");
                for row in query.build().fetch_all(pool).await? {
                    items.last_calls.push(last_call_item!(row));
                }
                Ok(items)
            }
            .await
        });
        result.map_err(|failure| self.fail(failure))
    }
}
