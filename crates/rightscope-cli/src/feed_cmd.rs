//! `rightscope feed WATCHLIST` (an Atom 1.0 feed) and `rightscope watch add|list|remove`.

use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use clap::Subcommand;
use rightscope_store::{Store, Watchlist};

use crate::store_args::{runtime, StoreArgs};

/// Options of `rightscope feed`.
#[derive(Debug, clap::Args)]
pub struct FeedArgs {
    /// Watchlist id, or name (of the owner's watchlists).
    #[arg(value_name = "WATCHLIST")]
    pub watchlist: String,
    /// Only revisions stored since this date (`YYYY-MM-DD` or an RFC 3339 time; default: 30 days ago).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Owner whose watchlist a name refers to (default: $USER).
    #[arg(long, value_name = "OWNER")]
    pub owner: Option<String>,
    /// Address of the observatory the entries link to.
    #[arg(long, default_value = "http://localhost:8080", value_name = "URL")]
    pub base_url: String,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Options of `rightscope watch`.
#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    #[command(subcommand)]
    pub command: WatchCommand,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Owner of the watchlists (default: $USER).
    #[arg(long, global = true, value_name = "OWNER")]
    pub owner: Option<String>,
}

/// `watch` subcommands.
#[derive(Debug, Subcommand)]
pub enum WatchCommand {
    /// Create a watchlist (or add documents to an existing one of that name).
    Add {
        /// Watchlist name.
        name: String,
        /// Saved query: `wg:NAME`, `sdo:NAME`, `kind:KIND` or a document-name prefix, all must hold.
        #[arg(long, value_name = "QUERY")]
        query: Option<String>,
        /// Documents to watch by name (repeatable; they need not be stored yet).
        #[arg(long = "document", value_name = "NAME")]
        documents: Vec<String>,
    },
    /// List the owner's watchlists.
    List,
    /// Delete a watchlist by id or name.
    Remove {
        /// Watchlist id or name.
        watchlist: String,
    },
}

fn owner_of(owner: &Option<String>) -> String {
    owner
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .filter(|owner| !owner.is_empty())
        .unwrap_or_else(|| "local".to_string())
}

/// A watchlist by id or by the owner's name for it.
async fn find(store: &Store, owner: &str, wanted: &str) -> anyhow::Result<Option<Watchlist>> {
    let fail = |error: rightscope_store::StoreError| anyhow::anyhow!("{error}");
    if let Ok(id) = wanted.parse::<i64>() {
        if let Some(list) = store.watchlist(id).await.map_err(fail)? {
            return Ok(Some(list));
        }
    }
    Ok(store
        .watchlists(owner)
        .await
        .map_err(fail)?
        .into_iter()
        .find(|list| list.name == wanted))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS…Z` (UTC) as an instant.
pub fn parse_since(text: &str) -> Option<SystemTime> {
    let text = text.trim();
    let field = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = text.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (year, month, day) = (field(0..4)?, field(5..7)?, field(8..10)?);
    if text.get(4..5) != Some("-")
        || text.get(7..8) != Some("-")
        || !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
    {
        return None;
    }
    let mut seconds = days_from_civil(year, month, day) * 86_400;
    if text.len() > 10 {
        if text.get(10..11) != Some("T") && text.get(10..11) != Some(" ") {
            return None;
        }
        let (hour, minute, second) = (field(11..13)?, field(14..16)?, field(17..19)?);
        seconds += hour * 3600 + minute * 60 + second;
    }
    let seconds = u64::try_from(seconds).ok()?;
    Some(UNIX_EPOCH + Duration::from_secs(seconds))
}

/// Runs `rightscope feed`: the Atom document on standard output; 2 for an unknown watchlist or date.
pub fn run(args: &FeedArgs) -> anyhow::Result<ExitCode> {
    let since = match &args.since {
        Some(text) => match parse_since(text) {
            Some(at) => at,
            None => {
                eprintln!("error: --since {text}: not a date (use YYYY-MM-DD or an RFC 3339 time)");
                return Ok(ExitCode::from(2));
            }
        },
        None => SystemTime::now()
            .checked_sub(Duration::from_secs(30 * 86_400))
            .unwrap_or(UNIX_EPOCH),
    };
    let owner = owner_of(&args.owner);
    let runtime = runtime()?;
    let feed = runtime.block_on(async {
        let store = args.store.target().open().await?;
        let result = async {
            let Some(list) = find(&store, &owner, &args.watchlist).await? else {
                return Ok(None);
            };
            let items = store
                .feed_items(list.id, since)
                .await
                .map_err(|error| anyhow::anyhow!("{error}"))?;
            let now = rightscope_ingest::atom::rfc3339(&rightscope_store::now());
            Ok::<_, anyhow::Error>(Some(rightscope_ingest::atom::write(
                &rightscope_ingest::atom::watchlist_feed(&list, &items, &args.base_url, &now),
            )))
        }
        .await;
        store.close().await;
        result
    })?;
    match feed {
        Some(xml) => {
            std::io::stdout().lock().write_all(xml.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            eprintln!(
                "error: {}: no such watchlist (of owner {owner})",
                args.watchlist
            );
            Ok(ExitCode::from(2))
        }
    }
}

/// Runs `rightscope watch …`.
pub fn run_watch(args: &WatchArgs) -> anyhow::Result<ExitCode> {
    let owner = owner_of(&args.owner);
    let runtime = runtime()?;
    runtime.block_on(async {
        // A watchlist may come before the first ingest.
        let store = args.store.target().open_or_create().await?;
        let result = watch(&store, &owner, &args.command).await;
        store.close().await;
        result
    })
}

async fn watch(store: &Store, owner: &str, command: &WatchCommand) -> anyhow::Result<ExitCode> {
    let fail = |error: rightscope_store::StoreError| anyhow::anyhow!("{error}");
    let mut out = std::io::stdout().lock();
    match command {
        WatchCommand::Add {
            name,
            query,
            documents,
        } => {
            let id = match find(store, owner, name).await? {
                Some(list) if list.owner == owner && &list.name == name => {
                    if query.is_some() {
                        store
                            .set_watchlist_query(list.id, query.as_deref())
                            .await
                            .map_err(fail)?;
                    }
                    list.id
                }
                _ => store
                    .create_watchlist(owner, name, query.as_deref())
                    .await
                    .map_err(fail)?,
            };
            for document in documents {
                store
                    .watch_document(id, document.trim())
                    .await
                    .map_err(fail)?;
            }
            writeln!(out, "watchlist {id} {name} (owner {owner})")?;
        }
        WatchCommand::List => {
            for list in store.watchlists(owner).await.map_err(fail)? {
                writeln!(
                    out,
                    "{:>4}  {:<24} query: {:<30} documents: {}",
                    list.id,
                    list.name,
                    list.query.as_deref().unwrap_or("-"),
                    if list.documents.is_empty() {
                        "-".to_string()
                    } else {
                        list.documents.join(", ")
                    }
                )?;
            }
        }
        WatchCommand::Remove { watchlist } => {
            let Some(list) = find(store, owner, watchlist).await? else {
                drop(out);
                eprintln!("error: {watchlist}: no such watchlist (of owner {owner})");
                return Ok(ExitCode::from(2));
            };
            store.delete_watchlist(list.id).await.map_err(fail)?;
            writeln!(out, "removed watchlist {} {}", list.id, list.name)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_since_dates() {
        assert_eq!(
            parse_since("1970-01-02"),
            Some(UNIX_EPOCH + Duration::from_secs(86_400))
        );
        assert_eq!(
            parse_since("2024-03-01T00:00:01Z"),
            Some(UNIX_EPOCH + Duration::from_secs(1_709_251_201))
        );
        assert_eq!(parse_since("March 2024"), None);
        assert_eq!(parse_since("2024-13-01"), None);
    }
}
