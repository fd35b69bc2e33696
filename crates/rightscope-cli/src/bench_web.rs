//! `rightscope bench web`: a load generator for the web app. Many clients on keep-alive HTTP/1.1
//! connections request pages round-robin for a fixed time; the report gives latency percentiles,
//! throughput and errors against the target (document pages p99 < 50 ms at 200 concurrent clients).
//!
//! The client is deliberately small (one request at a time per connection, `Content-Length` or
//! chunked bodies) and only talks to loopback: it measures a server on this machine, nothing else.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context;
use serde::Serialize;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::bench_cmd::{machine, peak_rss_mib, write_report, Machine};

/// Target 99th-percentile latency of a document page, in milliseconds.
const TARGET_P99_MS: f64 = 50.0;
/// Largest response accepted, so a misbehaving server cannot exhaust memory.
const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// Options of `rightscope bench web`.
#[derive(Debug, clap::Args)]
pub(crate) struct BenchWebArgs {
    /// Address of a running `rightscope serve` (loopback only), e.g. http://127.0.0.1:8080.
    #[arg(long, value_name = "URL")]
    pub url: String,
    /// Paths to request round-robin (repeatable), e.g. /documents/rfc8890.
    #[arg(long = "path", value_name = "PATH", required = true)]
    pub paths: Vec<String>,
    /// Concurrent clients, each on its own connection.
    #[arg(long, default_value_t = 200, value_name = "N")]
    pub concurrency: usize,
    /// How long to measure, after a one-second warm-up.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    pub seconds: f64,
    /// Write the JSON report here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
struct Report {
    benchmark: &'static str,
    url: String,
    paths: Vec<String>,
    concurrency: usize,
    seconds: f64,
    requests: usize,
    errors: usize,
    first_error: Option<String>,
    requests_per_second: f64,
    mean_bytes: f64,
    p50_ms: f64,
    p90_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    target_p99_ms: f64,
    meets_target: bool,
    peak_rss_mib_client: Option<f64>,
    machine: Machine,
}

/// What one client saw.
#[derive(Debug, Default)]
struct ClientLog {
    latencies_us: Vec<u64>,
    bytes: u64,
    errors: usize,
    first_error: Option<String>,
}

/// The loopback socket address of an `http://` URL.
fn loopback_address(url: &str) -> anyhow::Result<(SocketAddr, String)> {
    let rest = url
        .strip_prefix("http://")
        .with_context(|| format!("{url}: only http:// URLs on loopback can be measured"))?;
    let authority = rest.split('/').next().unwrap_or(rest);
    let host_port = if authority.contains(':') {
        authority.to_string()
    } else {
        format!("{authority}:80")
    };
    let host_port = host_port.replacen("localhost:", "127.0.0.1:", 1);
    let address: SocketAddr = host_port
        .parse()
        .with_context(|| format!("{url}: not an IP address and port"))?;
    if !address.ip().is_loopback() {
        anyhow::bail!("{url}: bench web only measures servers on loopback (127.0.0.0/8 or ::1)");
    }
    Ok((address, authority.to_string()))
}

/// Sends one GET and reads the whole response; returns the status and body length.
async fn get(
    stream: &mut BufReader<TcpStream>,
    host: &str,
    path: &str,
) -> anyhow::Result<(u16, usize)> {
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/html\r\nAccept-Language: en\r\n\r\n"
    );
    stream.get_mut().write_all(request.as_bytes()).await?;
    let mut line = String::new();
    stream.read_line(&mut line).await?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .with_context(|| format!("not an HTTP status line: {line:?}"))?;
    let mut length: Option<usize> = None;
    let mut chunked = false;
    loop {
        line.clear();
        if stream.read_line(&mut line).await? == 0 {
            anyhow::bail!("connection closed in the headers");
        }
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            let value = value.trim();
            if name.eq_ignore_ascii_case("content-length") {
                length = Some(value.parse().context("bad Content-Length")?);
            } else if name.eq_ignore_ascii_case("transfer-encoding")
                && value.eq_ignore_ascii_case("chunked")
            {
                chunked = true;
            }
        }
    }
    let mut total = 0usize;
    if chunked {
        loop {
            line.clear();
            stream.read_line(&mut line).await?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                .context("bad chunk size")?;
            if size == 0 {
                // No trailers are sent: the blank line ends the body.
                line.clear();
                stream.read_line(&mut line).await?;
                break;
            }
            total += size;
            if total > MAX_BODY_BYTES {
                anyhow::bail!("response larger than {MAX_BODY_BYTES} bytes");
            }
            // The chunk and its CRLF.
            let mut chunk = vec![0u8; size + 2];
            stream.read_exact(&mut chunk).await?;
        }
    } else {
        let size = length.context("response without Content-Length or chunked body")?;
        if size > MAX_BODY_BYTES {
            anyhow::bail!("response larger than {MAX_BODY_BYTES} bytes");
        }
        let mut body = vec![0u8; size];
        stream.read_exact(&mut body).await?;
        total = size;
    }
    Ok((status, total))
}

/// One client: a connection, requests in a loop until `end`, reconnecting after an error.
async fn client(
    address: SocketAddr,
    host: String,
    paths: std::sync::Arc<Vec<String>>,
    first: usize,
    measure_from: Instant,
    end: Instant,
) -> ClientLog {
    let mut log = ClientLog::default();
    let mut connection: Option<BufReader<TcpStream>> = None;
    let mut next = first;
    while Instant::now() < end {
        let path = &paths[next % paths.len()];
        next += 1;
        let started = Instant::now();
        let stream = match connection.as_mut() {
            Some(stream) => stream,
            None => match TcpStream::connect(address).await {
                Ok(stream) => {
                    let _ = stream.set_nodelay(true);
                    connection.insert(BufReader::new(stream))
                }
                Err(error) => {
                    log.errors += 1;
                    log.first_error.get_or_insert_with(|| error.to_string());
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        let outcome = get(stream, &host, path).await;
        let elapsed = started.elapsed();
        if started < measure_from {
            if outcome.is_err() {
                connection = None;
            }
            continue;
        }
        match outcome {
            Ok((status, bytes)) if (200..300).contains(&status) => {
                log.latencies_us
                    .push(u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX));
                log.bytes += bytes as u64;
            }
            Ok((status, _)) => {
                log.errors += 1;
                log.first_error
                    .get_or_insert_with(|| format!("{path}: HTTP status {status}"));
            }
            Err(error) => {
                log.errors += 1;
                log.first_error
                    .get_or_insert_with(|| format!("{path}: {error:#}"));
                connection = None;
            }
        }
    }
    log
}

fn percentile_ms(sorted_us: &[u64], fraction: f64) -> f64 {
    crate::bench_cmd::nearest_rank(sorted_us, fraction).map_or(0.0, |us| us as f64 / 1000.0)
}

/// Runs the load against `url` and returns the report's figures.
async fn load(args: &BenchWebArgs) -> anyhow::Result<Report> {
    let (address, host) = loopback_address(&args.url)?;
    let paths = std::sync::Arc::new(args.paths.clone());
    let started = Instant::now();
    let measure_from = started + Duration::from_secs(1);
    let end = measure_from + Duration::from_secs_f64(args.seconds.max(0.1));
    let clients: Vec<_> = (0..args.concurrency.max(1))
        .map(|index| {
            tokio::spawn(client(
                address,
                host.clone(),
                std::sync::Arc::clone(&paths),
                index,
                measure_from,
                end,
            ))
        })
        .collect();
    let mut latencies = Vec::new();
    let (mut bytes, mut errors, mut first_error) = (0u64, 0usize, None);
    for handle in clients {
        let log = handle.await.context("a load client failed")?;
        latencies.extend(log.latencies_us);
        bytes += log.bytes;
        errors += log.errors;
        first_error = first_error.or(log.first_error);
    }
    latencies.sort_unstable();
    let requests = latencies.len();
    let seconds = args.seconds.max(0.1);
    let p99_ms = percentile_ms(&latencies, 0.99);
    Ok(Report {
        benchmark: "web",
        url: args.url.clone(),
        paths: args.paths.clone(),
        concurrency: args.concurrency.max(1),
        seconds,
        requests,
        errors,
        first_error,
        requests_per_second: requests as f64 / seconds,
        mean_bytes: if requests == 0 {
            0.0
        } else {
            bytes as f64 / requests as f64
        },
        p50_ms: percentile_ms(&latencies, 0.50),
        p90_ms: percentile_ms(&latencies, 0.90),
        p99_ms,
        max_ms: latencies.last().map_or(0.0, |us| *us as f64 / 1000.0),
        target_p99_ms: TARGET_P99_MS,
        meets_target: requests > 0 && errors == 0 && p99_ms <= TARGET_P99_MS,
        peak_rss_mib_client: None,
        machine: machine(),
    })
}

/// `bench web`: exit 0 with the report written, whatever the figures.
pub(crate) fn run(args: &BenchWebArgs) -> anyhow::Result<ExitCode> {
    let runtime = crate::store_args::runtime()?;
    let mut report = runtime.block_on(load(args))?;
    report.peak_rss_mib_client = peak_rss_mib();
    write_report(&report, args.report.as_ref())?;
    eprintln!(
        "web: {} requests in {:.1} s at {} clients ({:.0}/s), {} errors; p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        report.requests,
        report.seconds,
        report.concurrency,
        report.requests_per_second,
        report.errors,
        report.p50_ms,
        report.p99_ms,
        report.max_ms
    );
    if let Some(error) = &report.first_error {
        eprintln!("first error: {error}");
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_is_measured() {
        assert!(loopback_address("http://127.0.0.1:8080").is_ok());
        assert!(loopback_address("http://localhost:9/x").is_ok());
        assert!(loopback_address("http://[::1]:8080/").is_ok());
        assert!(loopback_address("http://192.0.2.1:80").is_err());
        assert!(loopback_address("https://127.0.0.1:443").is_err());
        assert!(loopback_address("http://example.org/").is_err());
    }

    #[test]
    fn percentiles_are_ranks() {
        let sorted: Vec<u64> = (1..=100).map(|ms| ms * 1000).collect();
        assert_eq!(percentile_ms(&sorted, 0.50), 50.0);
        assert_eq!(percentile_ms(&sorted, 0.99), 99.0);
        assert_eq!(percentile_ms(&[], 0.99), 0.0);
    }

    /// A loopback server answering with fixed and chunked bodies on keep-alive connections.
    async fn serve_fixed() -> SocketAddr {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let mut stream = BufReader::new(stream);
                    let mut line = String::new();
                    loop {
                        line.clear();
                        if stream.read_line(&mut line).await.unwrap_or(0) == 0 {
                            return;
                        }
                        let chunked = line.contains("/chunked");
                        let missing = line.contains("/missing");
                        while stream.read_line(&mut line).await.unwrap_or(0) > 0
                            && !line.ends_with("\r\n\r\n")
                        {}
                        let reply = if missing {
                            "HTTP/1.1 404 Not Found\r\ncontent-length: 3\r\n\r\nno!".to_string()
                        } else if chunked {
                            "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
                                .to_string()
                        } else {
                            "HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello".to_string()
                        };
                        if stream.get_mut().write_all(reply.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        address
    }

    #[tokio::test]
    async fn load_counts_requests_bytes_and_errors() {
        let address = serve_fixed().await;
        let args = BenchWebArgs {
            url: format!("http://{address}"),
            paths: vec!["/fixed".into(), "/chunked".into()],
            concurrency: 4,
            seconds: 0.3,
            report: None,
        };
        let report = load(&args).await.expect("load");
        assert!(report.requests > 10, "{report:?}");
        assert_eq!(report.errors, 0, "{report:?}");
        // Half the answers are 5 bytes, half 11.
        assert!(
            report.mean_bytes > 5.0 && report.mean_bytes < 11.0,
            "{report:?}"
        );
        assert!(report.p50_ms <= report.p99_ms && report.p99_ms <= report.max_ms);

        let args = BenchWebArgs {
            paths: vec!["/missing".into()],
            concurrency: 1,
            ..args
        };
        let report = load(&args).await.expect("load");
        assert_eq!(report.requests, 0);
        assert!(report.errors > 0);
        assert!(!report.meets_target);
        assert!(report
            .first_error
            .as_deref()
            .is_some_and(|e| e.contains("404")));
    }
}
