//! Search latency measurement over a fixed set of realistic queries.

use std::time::Instant;

use serde::Serialize;

use crate::index::SearchIndex;

/// Hits per page the benchmark asks for, with snippets, like the web search page.
const PAGE: usize = 10;
/// Timed passes over the queries (after one untimed warm-up pass).
const ROUNDS: usize = 3;

/// Fifty queries of the kinds analysts and authors type: phrases, words, filters, ranges, mixes.
pub const BENCH_QUERIES: [&str; 50] = [
    "\"lawful intercept\"",
    "family:SURV verdict:creates",
    "wg:tls encryption",
    "year:2010..2020 privacy",
    "\"MAC address\" identifier",
    "pervasive monitoring",
    "\"pervasive monitoring is an attack\"",
    "encryption MAY",
    "plaintext fallback downgrade",
    "\"forward secrecy\"",
    "key escrow",
    "wiretap",
    "family:LI",
    "family:ENC verdict:mitigates",
    "verdict:mixed",
    "kind:finding family:ID",
    "kind:finding polarity:risk \"IMEI\"",
    "sdo:ietf censorship",
    "\"deep packet inspection\"",
    "blocking OR filtering",
    "DNS filtering -dnssec",
    "\"header enrichment\"",
    "transparent proxy",
    "status:\"proposed standard\" privacy considerations",
    "status:informational human rights",
    "\"human rights\"",
    "\"privacy considerations\"",
    "year:2015.. telemetry",
    "year:..2000 anonymity",
    "pseudonym unlinkability",
    "\"oblivious http\"",
    "fingerprinting",
    "tracking cookie",
    "\"temporary addresses\" ipv6",
    "randomized identifier",
    "accessibility captions",
    "\"real-time text\"",
    "internationalization UTF-8",
    "\"language tag\"",
    "IDNA",
    "centralization",
    "single registry operator",
    "age verification",
    "wg:dnsop privacy",
    "wg:quic",
    "year:2020 family:SURV",
    "title:security",
    "rfc7258",
    "retention logs",
    "metadata collection",
];

/// Latency of one query.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueryLatency {
    /// The query.
    pub query: String,
    /// Median of its timed runs, in milliseconds.
    pub ms: f64,
    /// Number of matches.
    pub total: usize,
    /// The search error, if it failed.
    pub error: Option<String>,
}

/// Latency percentiles over every timed run of every query.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LatencyReport {
    /// Median, in milliseconds.
    pub p50_ms: f64,
    /// 90th percentile.
    pub p90_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// Slowest run.
    pub max_ms: f64,
    /// Per query, in the order given.
    pub per_query: Vec<QueryLatency>,
}

/// Runs every query once to warm caches, then three timed times, asking for a first page of ten
/// hits with snippets; timing covers the whole `search` call.
pub fn latency_benchmark(index: &SearchIndex, queries: &[&str]) -> LatencyReport {
    for query in queries {
        let _ = index.search(query, PAGE, 0);
    }
    let mut all = Vec::with_capacity(queries.len() * ROUNDS);
    let mut per_query = Vec::with_capacity(queries.len());
    for query in queries {
        let mut runs = Vec::with_capacity(ROUNDS);
        let mut total = 0;
        let mut error = None;
        for _ in 0..ROUNDS {
            let started = Instant::now();
            let result = index.search(query, PAGE, 0);
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            match result {
                Ok(results) => total = results.total,
                Err(failure) => error = Some(failure.to_string()),
            }
            runs.push(ms);
            all.push(ms);
        }
        runs.sort_by(f64::total_cmp);
        per_query.push(QueryLatency {
            query: (*query).to_string(),
            ms: percentile(&runs, 50.0),
            total,
            error,
        });
    }
    all.sort_by(f64::total_cmp);
    LatencyReport {
        p50_ms: percentile(&all, 50.0),
        p90_ms: percentile(&all, 90.0),
        p99_ms: percentile(&all, 99.0),
        max_ms: all.last().copied().unwrap_or(0.0),
        per_query,
    }
}

/// Nearest-rank percentile of sorted samples (0 for none).
fn percentile(sorted: &[f64], percent: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((percent / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let samples: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&samples, 50.0), 50.0);
        assert_eq!(percentile(&samples, 99.0), 99.0);
        assert_eq!(percentile(&samples, 100.0), 100.0);
        assert_eq!(percentile(&[], 50.0), 0.0);
        assert_eq!(percentile(&[3.0], 90.0), 3.0);
    }

    #[test]
    fn fifty_distinct_queries() {
        let mut sorted = BENCH_QUERIES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 50);
    }
}
