//! `rightscope bench all`: every performance figure of the project in one run, as one JSON report.
//!
//! Each figure comes from the existing bench command that owns it (`bench parse`, `check`, `ingest`,
//! `search`, `refs`, `web`, `participation bench`), run as a child process of this binary with its own
//! `--report`: the figures are exactly what those commands report, and each child's peak RSS is its
//! own (a process's high-water mark cannot be reset, so in-process runs would report the largest
//! figure of all of them for every one). The reference tools (ripgrep, `ietf-reviewtool strip`,
//! BigBang, PostgreSQL) run in the same run on the same inputs; one that is not installed is
//! reported as `"reference": null` with the reason in `skipped`, never guessed.

use std::ffi::OsString;
use std::io::Read;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context;
use serde::Serialize;
use serde_json::Value;

use crate::bench_cmd::write_report;

/// Options of `rightscope bench all`.
#[derive(Debug, clap::Args)]
pub(crate) struct BenchAllArgs {
    /// Corpus directory (repeatable), e.g. an unpacked rfc-txt, rfc-xml and rfc-meta (default: the
    /// bundled sample RFCs, ../shared/corpus/sample). Parse, check and strip read its .txt files;
    /// ingest reads everything.
    #[arg(long = "corpus", value_name = "DIR")]
    pub corpus: Vec<PathBuf>,
    /// PostgreSQL for the SQLite-vs-PostgreSQL ingest: `auto` starts a throw-away server on
    /// 127.0.0.1 with initdb (skipped when initdb is not installed), a URL names an empty database,
    /// `off` skips it.
    #[arg(long, default_value = "auto", value_name = "auto|URL|off")]
    pub postgres: String,
    /// Write the JSON report here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// One run per figure, a 5 MB mail archive, 3 s of web load with 50 clients, ripgrep stopped
    /// after 60 s: the whole report in about two minutes on the sample.
    #[arg(long)]
    pub quick: bool,
    /// The ripgrep binary `check` is compared with.
    #[arg(long, default_value = "rg", value_name = "PROGRAM")]
    pub ripgrep: PathBuf,
    /// Stop ripgrep after this many seconds; the ratio is then an upper bound (default 600, quick 60).
    #[arg(long, value_name = "SECONDS")]
    pub ripgrep_timeout: Option<u64>,
    /// Python interpreter with `ietf-reviewtool` installed (pip install ietf-reviewtool hishel==1.4.0).
    #[arg(long, default_value = "python3", value_name = "PROGRAM")]
    pub reviewtool_python: PathBuf,
    /// Python interpreter with `bigbang-py` and its libraries (see docs/participation.md).
    #[arg(long, default_value = "python3", value_name = "PROGRAM")]
    pub bigbang_python: PathBuf,
    /// Size of the synthetic mail archive (default 200MB; quick 5MB).
    #[arg(long, value_name = "SIZE")]
    pub mail_size: Option<String>,
    /// Concurrent web clients (default 200; quick 50).
    #[arg(long, value_name = "N")]
    pub web_concurrency: Option<usize>,
    /// Keep the stores and each bench's own report in this directory (default: a temporary one).
    #[arg(long, value_name = "DIR")]
    pub work_dir: Option<PathBuf>,
}

/// A figure's target, from the issue or document that set it.
#[derive(Debug, Clone, Serialize)]
struct Target {
    /// `value` or `ratio`: what the comparison is about.
    applies_to: &'static str,
    comparison: &'static str,
    value: f64,
    /// Where the target comes from.
    origin: &'static str,
}

/// The reference tool's figure, measured in this run on the same input.
#[derive(Debug, Serialize)]
struct Reference {
    tool: String,
    value: f64,
    unit: &'static str,
}

#[derive(Debug, Serialize)]
struct Figure {
    name: &'static str,
    description: String,
    value: Option<f64>,
    unit: &'static str,
    target: Target,
    meets_target: Option<bool>,
    reference: Option<Reference>,
    /// `value / reference.value`.
    ratio: Option<f64>,
    /// Why the value or the reference is missing.
    skipped: Option<String>,
    note: Option<String>,
    /// The bench command that measured it (its own report is under `reports`).
    measured_by: &'static str,
}

#[derive(Debug, Serialize)]
struct MachineInfo {
    cpus: usize,
    cpu_model: Option<String>,
    memory_mib: Option<u64>,
    os: &'static str,
    load_average_start: Option<String>,
    load_average_end: Option<String>,
    git_commit: Option<String>,
    rightscope_version: &'static str,
    build: &'static str,
}

#[derive(Debug, Serialize)]
struct Report {
    benchmark: &'static str,
    command: Vec<String>,
    quick: bool,
    corpus: Vec<String>,
    text_documents: usize,
    started_unix: u64,
    total_seconds: f64,
    machine: MachineInfo,
    figures: Vec<Figure>,
    /// Each bench command's own report, as it wrote it (or why it did not run).
    reports: serde_json::Map<String, Value>,
}

impl Target {
    fn value(comparison: &'static str, value: f64, origin: &'static str) -> Target {
        Target {
            applies_to: "value",
            comparison,
            value,
            origin,
        }
    }

    fn ratio(comparison: &'static str, value: f64, origin: &'static str) -> Target {
        Target {
            applies_to: "ratio",
            comparison,
            value,
            origin,
        }
    }

    fn met(&self, figure: f64) -> bool {
        match self.comparison {
            "<" => figure < self.value,
            "<=" => figure <= self.value,
            ">" => figure > self.value,
            _ => figure >= self.value,
        }
    }
}

impl Figure {
    fn new(
        name: &'static str,
        description: impl Into<String>,
        unit: &'static str,
        target: Target,
        measured_by: &'static str,
    ) -> Figure {
        Figure {
            name,
            description: description.into(),
            value: None,
            unit,
            target,
            meets_target: None,
            reference: None,
            ratio: None,
            skipped: None,
            note: None,
            measured_by,
        }
    }

    /// Sets the value from a sub-report (or the reason it is missing) and evaluates the target.
    fn with_value(mut self, value: Result<f64, String>) -> Figure {
        match value {
            Ok(value) => self.value = Some(value),
            Err(why) => self.skip(why),
        }
        self.evaluate();
        self
    }

    fn with_reference(mut self, tool: &str, value: Result<f64, String>) -> Figure {
        match value {
            Ok(reference) => {
                self.ratio = self
                    .value
                    .filter(|_| reference > 0.0)
                    .map(|value| value / reference);
                self.reference = Some(Reference {
                    tool: tool.to_string(),
                    value: reference,
                    unit: self.unit,
                });
            }
            Err(why) => self.skip(format!("reference {tool}: {why}")),
        }
        self.evaluate();
        self
    }

    fn with_note(mut self, note: Option<String>) -> Figure {
        self.note = note;
        self
    }

    fn skip(&mut self, why: String) {
        self.skipped = Some(match self.skipped.take() {
            Some(before) => format!("{before}; {why}"),
            None => why,
        });
    }

    fn evaluate(&mut self) {
        let figure = match self.target.applies_to {
            "ratio" => self.ratio,
            _ => self.value,
        };
        self.meets_target = figure.map(|figure| self.target.met(figure));
    }
}

/// A number at `pointer` in a sub-report.
fn number(report: &Result<Value, String>, pointer: &str) -> Result<f64, String> {
    let report = report.as_ref().map_err(Clone::clone)?;
    report
        .pointer(pointer)
        .and_then(Value::as_f64)
        .ok_or_else(|| format!("the report has no number at {pointer}"))
}

/// Everything one `bench all` run needs while it runs.
struct Runner {
    exe: PathBuf,
    work: PathBuf,
    reports: serde_json::Map<String, Value>,
}

impl Runner {
    /// Runs `rightscope ARGS --report work/NAME.json` and returns the report it wrote.
    fn bench(&mut self, name: &str, args: Vec<OsString>) -> Result<Value, String> {
        let path = self.work.join(format!("{name}.json"));
        eprintln!("== bench all: {name}");
        let status = Command::new(&self.exe)
            .args(&args)
            .arg("--report")
            .arg(&path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .status()
            .map_err(|error| format!("cannot run {}: {error}", self.exe.display()));
        let result = status.and_then(|status| {
            if !status.success() {
                return Err(format!(
                    "`rightscope {}` failed ({status})",
                    args.iter()
                        .take(2)
                        .map(|a| a.to_string_lossy().into_owned())
                        .collect::<Vec<_>>()
                        .join(" ")
                ));
            }
            let text = std::fs::read_to_string(&path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
            serde_json::from_str::<Value>(&text)
                .map_err(|error| format!("{}: not JSON: {error}", path.display()))
        });
        self.reports.insert(
            name.to_string(),
            match &result {
                Ok(report) => report.clone(),
                Err(why) => serde_json::json!({ "error": why }),
            },
        );
        result
    }
}

fn os(values: &[&str]) -> Vec<OsString> {
    values.iter().map(OsString::from).collect()
}

fn with_paths(mut args: Vec<OsString>, paths: &[PathBuf]) -> Vec<OsString> {
    args.extend(paths.iter().map(|path| path.as_os_str().to_owned()));
    args
}

/// The bundled sample RFCs: `../shared/corpus/sample` beside this checkout.
fn default_corpus() -> anyhow::Result<PathBuf> {
    let candidates = [
        PathBuf::from("../shared/corpus/sample"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/sample"),
    ];
    candidates
        .into_iter()
        .find(|path| path.is_dir())
        .context("no --corpus given and the sample corpus ../shared/corpus/sample is not there")
}

/// The plain-text documents under the corpus (what parse, check and strip are measured on).
fn text_documents(corpus: &[PathBuf]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = corpus
        .iter()
        .flat_map(|root| walkdir::WalkDir::new(root).sort_by_file_name())
        .flatten()
        .filter(|entry| entry.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "txt")
                && !path
                    .file_name()
                    .is_some_and(|name| name.to_string_lossy().starts_with("rfc-index"))
        })
        .collect();
    files.sort();
    files
}

fn program_on_path(program: &Path) -> bool {
    if program.components().count() > 1 {
        return program.is_file();
    }
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
        .any(|dir| dir.join(program).is_file())
}

fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    Some(
        text.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

fn memory_mib() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|line| line.starts_with("MemTotal:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<u64>().ok()? / 1024)
}

fn cpu_model() -> Option<String> {
    let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    let line = info.lines().find(|line| line.starts_with("model name"))?;
    Some(line.split_once(':')?.1.trim().to_string())
}

fn git_commit() -> Option<String> {
    let output = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let commit = String::from_utf8(output.stdout).ok()?.trim().to_string();
    (output.status.success() && !commit.is_empty()).then_some(commit)
}

fn free_port() -> anyhow::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Times `rightscope strip -o DIR FILES…` (the whole process, start-up included): seconds.
fn time_strip(exe: &Path, files: &[PathBuf], out: &Path) -> Result<f64, String> {
    std::fs::create_dir_all(out).map_err(|error| format!("{}: {error}", out.display()))?;
    let started = Instant::now();
    let status = Command::new(exe)
        .arg("strip")
        .arg("-o")
        .arg(out)
        .args(files)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .map_err(|error| format!("cannot run strip: {error}"))?;
    let seconds = started.elapsed().as_secs_f64();
    if status.success() {
        Ok(seconds)
    } else {
        Err(format!("`rightscope strip` failed ({status})"))
    }
}

/// `ietf-reviewtool`'s `strip_pagination` over the files, read the way the peer reads them
/// (scripts/peer-strip.py); the loop alone is timed, inside the interpreter. Seconds.
const REVIEWTOOL_TIMING: &str = r#"
import sys, time
import charset_normalizer
from ietf_reviewtool.util.text import strip_pagination
files = [line.rstrip("\n") for line in sys.stdin if line.strip()]
start = time.perf_counter()
for path in files:
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = str(charset_normalizer.from_bytes(raw).best())
    strip_pagination(text.lstrip("\ufeff"))
print(time.perf_counter() - start)
"#;

fn time_reviewtool(python: &Path, files: &[PathBuf]) -> Result<f64, String> {
    if !program_on_path(python) {
        return Err(format!("{} not found", python.display()));
    }
    let mut child = Command::new(python)
        .arg("-c")
        .arg(REVIEWTOOL_TIMING)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run {}: {error}", python.display()))?;
    let list: String = files
        .iter()
        .map(|path| format!("{}\n", path.display()))
        .collect();
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        let _ = stdin.write_all(list.as_bytes());
    }
    let output = child
        .wait_with_output()
        .map_err(|error| format!("{}: {error}", python.display()))?;
    if !output.status.success() {
        return Err(python_failure(
            python,
            &output.stderr,
            "pip install ietf-reviewtool hishel==1.4.0",
        ));
    }
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse::<f64>()
        .map_err(|error| format!("unexpected output from the timing script: {error}"))
}

/// A one-line reason from a failed Python run: the last line of its error output.
fn python_failure(python: &Path, stderr: &[u8], install: &str) -> String {
    let stderr = String::from_utf8_lossy(stderr);
    let last = stderr.lines().rev().find(|line| !line.trim().is_empty());
    format!(
        "not installed for {} ({}); install with `{install}`",
        python.display(),
        last.unwrap_or("no error output").trim()
    )
}

/// BigBang's own mbox load on the archive (bench/bigbang_load.py): its JSON line.
fn run_bigbang(python: &Path, archive: &Path) -> Result<Value, String> {
    let script = [
        PathBuf::from("bench/bigbang_load.py"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/bigbang_load.py"),
    ]
    .into_iter()
    .find(|path| path.is_file())
    .ok_or("bench/bigbang_load.py not found")?;
    if !program_on_path(python) {
        return Err(format!("{} not found", python.display()));
    }
    let output = Command::new(python)
        .arg(&script)
        .arg(archive)
        .stdin(Stdio::null())
        .output()
        .map_err(|error| format!("cannot run {}: {error}", python.display()))?;
    if !output.status.success() {
        return Err(python_failure(
            python,
            &output.stderr,
            "pip install bigbang-py numpy pandas pytz html2text python-dateutil pyyaml beautifulsoup4 requests networkx chardet",
        ));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().rev().find(|line| line.starts_with('{'));
    serde_json::from_str(line.unwrap_or("")).map_err(|error| format!("BigBang's output: {error}"))
}

/// A throw-away PostgreSQL server on 127.0.0.1 (as the `postgres` user when we are root; initdb
/// refuses root), stopped with `pg_ctl stop -m immediate` when dropped.
struct PgServer {
    pg_ctl: PathBuf,
    data: PathBuf,
    run_as_postgres: bool,
    port: u16,
    /// Kept last so the directory outlives the server.
    dir: tempfile::TempDir,
}

fn pg_bin_dir() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin).or_else(|| {
        std::env::var_os("PATH")
            .into_iter()
            .flat_map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
            .find(|dir| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file())
    })
}

impl PgServer {
    fn command(bin: &Path, as_postgres: bool, dir: &Path) -> Command {
        let mut command = if as_postgres {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(bin);
            command
        } else {
            Command::new(bin)
        };
        command.current_dir(dir).stdin(Stdio::null());
        command
    }

    fn run(command: &mut Command, step: &str) -> Result<(), String> {
        let output = command
            .output()
            .map_err(|error| format!("{step}: {error}"))?;
        if output.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{step} failed ({}): {}",
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ))
        }
    }

    fn start() -> Result<PgServer, String> {
        let bin = pg_bin_dir()
            .ok_or("PostgreSQL's initdb is not installed (apt-get install postgresql)")?;
        let root = std::fs::metadata("/proc/self")
            .map(|meta| std::os::unix::fs::MetadataExt::uid(&meta) == 0)
            .unwrap_or(false);
        // Its own directory under /tmp: the postgres user must be able to enter it.
        let temp = tempfile::Builder::new()
            .prefix("rightscope-bench-pg-")
            .tempdir()
            .map_err(|error| format!("cannot create the server directory: {error}"))?;
        let dir = temp.path();
        if root {
            let status = Command::new("chown")
                .arg("postgres:postgres")
                .arg(dir)
                .status()
                .map_err(|error| format!("chown: {error}"))?;
            if !status.success() {
                return Err(
                    "running as root and cannot hand the server directory to a `postgres` user"
                        .into(),
                );
            }
        }
        let data = dir.join("data");
        Self::run(
            Self::command(&bin.join("initdb"), root, dir)
                .arg("-D")
                .arg(&data)
                .args([
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync",
                ]),
            "initdb",
        )?;
        let port = free_port().map_err(|error| format!("free port: {error}"))?;
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {port} -k {} -c shared_buffers=256MB -c max_wal_size=4GB",
            dir.display()
        );
        Self::run(
            Self::command(&bin.join("pg_ctl"), root, dir)
                .arg("-D")
                .arg(&data)
                .arg("-l")
                .arg(dir.join("server.log"))
                .args(["-w", "-t", "60", "-o", &options, "start"]),
            "pg_ctl start",
        )?;
        Ok(PgServer {
            pg_ctl: bin.join("pg_ctl"),
            data,
            run_as_postgres: root,
            port,
            dir: temp,
        })
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        let _ = Self::run(
            Self::command(&self.pg_ctl, self.run_as_postgres, self.dir.path())
                .arg("-D")
                .arg(&self.data)
                .args(["stop", "-m", "immediate"]),
            "pg_ctl stop",
        );
    }
}

/// A `rightscope serve` child on a free loopback port, killed when dropped.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `serve` over the data directory and waits (up to 120 s) until `/healthz` answers.
fn start_server(exe: &Path, data_dir: &Path) -> Result<(Server, SocketAddr), String> {
    let port = free_port().map_err(|error| format!("free port: {error}"))?;
    let address: SocketAddr = ([127, 0, 0, 1], port).into();
    let child = Command::new(exe)
        .arg("serve")
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--bind")
        .arg(address.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|error| format!("cannot start serve: {error}"))?;
    let mut server = Server(child);
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(120) {
        if let Ok(Some(status)) = server.0.try_wait() {
            return Err(format!("`rightscope serve` exited at start ({status})"));
        }
        if let Ok(mut stream) = TcpStream::connect_timeout(&address, Duration::from_millis(200)) {
            use std::io::Write;
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let _ =
                stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            let mut head = [0u8; 12];
            if stream.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.1 200") {
                return Ok((server, address));
            }
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err("`rightscope serve` did not answer /healthz within 120 s".into())
}

/// Document pages to load: up to 20 distinct documents of the corpus, evenly spread.
fn web_paths(documents: &[PathBuf]) -> Vec<String> {
    let names: Vec<String> = documents
        .iter()
        .filter_map(|path| path.file_stem())
        .map(|stem| stem.to_string_lossy().into_owned())
        .filter(|stem| stem.starts_with("rfc") || stem.starts_with("draft-"))
        .collect();
    let step = (names.len() / 20).max(1);
    let mut paths: Vec<String> = names
        .iter()
        .step_by(step)
        .take(20)
        .map(|name| format!("/documents/{name}"))
        .collect();
    if paths.is_empty() {
        paths.push("/".into());
    }
    paths
}

pub(crate) fn run(args: &BenchAllArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let started_unix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    let load_start = load_average();
    let corpus = if args.corpus.is_empty() {
        vec![default_corpus()?]
    } else {
        args.corpus.clone()
    };
    if let Some(missing) = corpus.iter().find(|path| !path.exists()) {
        anyhow::bail!("--corpus {}: no such file or directory", missing.display());
    }
    let documents = text_documents(&corpus);
    let temp = tempfile::Builder::new()
        .prefix("rightscope-bench-all-")
        .tempdir()
        .context("cannot create a working directory")?;
    let work = match &args.work_dir {
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
            dir.clone()
        }
        None => temp.path().to_path_buf(),
    };
    let mut runner = Runner {
        exe: std::env::current_exe().context("cannot find this program")?,
        work: work.clone(),
        reports: serde_json::Map::new(),
    };
    let runs = if args.quick { "1" } else { "3" };
    let mut figures = Vec::new();

    // Parsing (issue 3).
    let parse = if documents.is_empty() {
        Err("no .txt documents in the corpus".to_string())
    } else {
        runner.bench(
            "parse",
            with_paths(os(&["bench", "parse", "--runs", runs]), &documents),
        )
    };
    figures.push(
        Figure::new(
            "parse.throughput",
            format!(
                "parse every .txt document ({} files), best run",
                documents.len()
            ),
            "MB/s",
            Target::value(">=", 300.0, "issue 3: >= 300 MB/s on 2 cores"),
            "bench parse",
        )
        .with_value(number(&parse, "/best_mb_per_s")),
    );

    // check against ripgrep (issue 4).
    let ripgrep_timeout = args
        .ripgrep_timeout
        .unwrap_or(if args.quick { 60 } else { 600 })
        .to_string();
    let ripgrep_installed = program_on_path(&args.ripgrep);
    let check = if documents.is_empty() {
        Err("no .txt documents in the corpus".to_string())
    } else {
        let mut check_args = os(&["bench", "check", "--runs", runs, "--ripgrep-timeout"]);
        check_args.push(ripgrep_timeout.into());
        check_args.push("--ripgrep".into());
        check_args.push(args.ripgrep.as_os_str().to_owned());
        runner.bench("check", with_paths(check_args, &documents))
    };
    let ripgrep_value = if !ripgrep_installed {
        Err(format!(
            "{} is not installed (apt-get install ripgrep)",
            args.ripgrep.display()
        ))
    } else {
        number(&check, "/ripgrep_seconds")
    };
    let ripgrep_timed_out = check
        .as_ref()
        .ok()
        .and_then(|report| report.get("ripgrep_timed_out"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    figures.push(
        Figure::new(
            "check.time_vs_ripgrep",
            "the whole check pipeline over the .txt documents against `rg --no-unicode -c -f <every rule pattern>` on the same files",
            "s",
            Target::ratio("<=", 2.0, "issue 4: within 2x of ripgrep"),
            "bench check",
        )
        .with_value(number(&check, "/check_seconds"))
        .with_reference("ripgrep", ripgrep_value)
        .with_note(ripgrep_timed_out.then(|| {
            "ripgrep was stopped at --ripgrep-timeout: its time is a lower bound and the ratio an upper bound".to_string()
        })),
    );
    figures.push(
        Figure::new(
            "check.peak_rss",
            "peak resident memory of bench check",
            "MiB",
            Target::value("<", 500.0, "issue 4: memory < 500 MiB"),
            "bench check",
        )
        .with_value(number(&check, "/peak_rss_mib")),
    );

    // strip against ietf-reviewtool's strip, per document.
    let per_document = |seconds: Result<f64, String>| {
        seconds.and_then(|seconds| {
            if documents.is_empty() {
                Err("no .txt documents in the corpus".to_string())
            } else {
                Ok(seconds * 1000.0 / documents.len() as f64)
            }
        })
    };
    eprintln!("== bench all: strip");
    let strip = per_document(if documents.is_empty() {
        Err("no .txt documents".into())
    } else {
        time_strip(&runner.exe, &documents, &work.join("strip"))
    });
    let reviewtool = per_document(if documents.is_empty() {
        Err("no .txt documents".into())
    } else {
        time_reviewtool(&args.reviewtool_python, &documents)
    });
    figures.push(
        Figure::new(
            "strip.per_document",
            "`rightscope strip -o DIR` over the .txt documents (whole process, start-up included) against ietf-reviewtool's strip_pagination in its interpreter (the loop alone), per document",
            "ms",
            Target::ratio("<=", 1.0, "set by this report (the issues name the peer, not a factor): not slower than ietf-reviewtool"),
            "rightscope strip",
        )
        .with_value(strip)
        .with_reference("ietf-reviewtool strip", reviewtool),
    );

    // Ingest into SQLite, and into PostgreSQL as the reference (issue 5).
    let data_dir = work.join("sqlite-data");
    let _ = std::fs::remove_dir_all(&data_dir);
    let sqlite = runner.bench(
        "ingest_sqlite",
        with_paths(
            vec![
                "bench".into(),
                "ingest".into(),
                "--keep-data-dir".into(),
                data_dir.as_os_str().to_owned(),
            ],
            &corpus,
        ),
    );
    let mut pg_server = None;
    let postgres: Result<Value, String> = match args.postgres.as_str() {
        "off" => Err("--postgres off".into()),
        "auto" => {
            eprintln!("== bench all: starting a throw-away PostgreSQL server");
            match PgServer::start() {
                Ok(server) => {
                    let url = server.url();
                    pg_server = Some(server);
                    runner.bench(
                        "ingest_postgresql",
                        with_paths(os(&["bench", "ingest", "--database", &url]), &corpus),
                    )
                }
                Err(why) => Err(why),
            }
        }
        url => runner.bench(
            "ingest_postgresql",
            with_paths(os(&["bench", "ingest", "--database", url]), &corpus),
        ),
    };
    drop(pg_server);
    if let Err(why) = &postgres {
        runner
            .reports
            .entry("ingest_postgresql")
            .or_insert_with(|| serde_json::json!({ "skipped": why }));
    }
    figures.push(
        Figure::new(
            "ingest.sqlite.ingest_and_index",
            "full ingest of the corpus into a fresh SQLite data directory plus the search index build; reference: the same into PostgreSQL on loopback",
            "s",
            Target::value("<", 60.0, "issue 5: ingest + index of the full RFC corpus < 60 s on 2 cores"),
            "bench ingest",
        )
        .with_value(number(&sqlite, "/ingest_and_index_seconds"))
        .with_reference("PostgreSQL", number(&postgres, "/ingest_and_index_seconds")),
    );
    figures.push(
        Figure::new(
            "ingest.sqlite.reingest",
            "re-ingest of the unchanged corpus (SQLite); reference: the same on PostgreSQL",
            "s",
            Target::value("<", 10.0, "issue 5: re-ingest unchanged < 10 s"),
            "bench ingest",
        )
        .with_value(number(&sqlite, "/reingest_seconds"))
        .with_reference("PostgreSQL", number(&postgres, "/reingest_seconds")),
    );
    figures.push(
        Figure::new(
            "ingest.sqlite.peak_rss",
            "peak resident memory of ingest + index + re-ingest (SQLite); reference: the client's on PostgreSQL",
            "MiB",
            Target::value("<", 1024.0, "issue 5: < 1 GiB peak RSS"),
            "bench ingest",
        )
        .with_value(number(&sqlite, "/peak_rss_mib"))
        .with_reference("PostgreSQL", number(&postgres, "/peak_rss_mib")),
    );
    figures.push(
        Figure::new(
            "ingest.postgresql.ingest_and_index",
            "full ingest into PostgreSQL on loopback plus the index build",
            "s",
            Target::value(
                "<",
                60.0,
                "issue 5: the SQLite target; PostgreSQL figures are reported too",
            ),
            "bench ingest --database",
        )
        .with_value(number(&postgres, "/ingest_and_index_seconds")),
    );

    // Search latency and reference reports over the SQLite store (issues 5 and 10).
    let stored = sqlite.is_ok();
    let store_args: [OsString; 2] = ["--data-dir".into(), data_dir.as_os_str().to_owned()];
    let search = if stored {
        let mut search_args = os(&["bench", "search"]);
        search_args.extend(store_args.iter().cloned());
        runner.bench("search", search_args)
    } else {
        Err("no store: the SQLite ingest failed".into())
    };
    for (name, pointer, target) in [
        (
            "search.p50",
            "/p50_ms",
            Target::value("<", 10.0, "issue 5: p50 < 10 ms"),
        ),
        (
            "search.p90",
            "/p90_ms",
            Target::value(
                "<",
                50.0,
                "issue 5: p99 < 50 ms (p90 held to the same bound)",
            ),
        ),
        (
            "search.p99",
            "/p99_ms",
            Target::value("<", 50.0, "issue 5: p99 < 50 ms"),
        ),
    ] {
        figures.push(
            Figure::new(
                name,
                "search latency over 50 fixed queries, 3 timed rounds after a warm-up",
                "ms",
                target,
                "bench search",
            )
            .with_value(number(&search, pointer)),
        );
    }
    let refs = if stored {
        let mut refs_args = os(&["bench", "refs"]);
        if args.quick {
            refs_args.extend(os(&["--sample", "200"]));
        }
        refs_args.extend(store_args.iter().cloned());
        runner.bench("refs", refs_args)
    } else {
        Err("no store: the SQLite ingest failed".into())
    };
    figures.push(
        Figure::new(
            "refs.p99",
            "reference report (depends on, inherited risks, depended on by) per document",
            "ms",
            Target::value(
                "<",
                50.0,
                "issue 6's page budget (p99 < 50 ms): the report is part of the document page",
            ),
            "bench refs",
        )
        .with_value(number(&refs, "/refs_p99_ms")),
    );

    // Web pages under load (issue 6).
    let concurrency = args
        .web_concurrency
        .unwrap_or(if args.quick { 50 } else { 200 });
    let web = if stored {
        eprintln!("== bench all: starting rightscope serve");
        match start_server(&runner.exe, &data_dir) {
            Ok((server, address)) => {
                let mut web_args = os(&[
                    "bench",
                    "web",
                    "--url",
                    &format!("http://{address}"),
                    "--concurrency",
                    &concurrency.to_string(),
                    "--seconds",
                    if args.quick { "3" } else { "10" },
                ]);
                for path in web_paths(&documents) {
                    web_args.push("--path".into());
                    web_args.push(path.into());
                }
                let report = runner.bench("web", web_args);
                drop(server);
                report
            }
            Err(why) => Err(why),
        }
    } else {
        Err("no store: the SQLite ingest failed".into())
    };
    figures.push(
        Figure::new(
            "web.p99",
            format!("document pages under load: {concurrency} keep-alive clients, up to 20 distinct documents round-robin"),
            "ms",
            Target::value("<", 50.0, "issue 6: document page p99 < 50 ms at 200 concurrent clients"),
            "bench web",
        )
        .with_value(number(&web, "/p99_ms")),
    );

    // Mail archives against BigBang (issue 8).
    let archive = work.join("mail.mbox");
    let size = args
        .mail_size
        .clone()
        .unwrap_or_else(|| if args.quick { "5MB" } else { "200MB" }.into());
    eprintln!("== bench all: participation synth --size {size}");
    let synth = Command::new(&runner.exe)
        .args(["participation", "synth", "--size", &size])
        .arg(&archive)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status();
    let mail = match synth {
        Ok(status) if status.success() => {
            let mut mail_args = os(&["participation", "bench"]);
            mail_args.push(archive.as_os_str().to_owned());
            runner.bench("participation", mail_args)
        }
        Ok(status) => Err(format!(
            "`rightscope participation synth` failed ({status})"
        )),
        Err(error) => Err(format!("cannot run participation synth: {error}")),
    };
    let bigbang = if mail.is_ok() {
        eprintln!("== bench all: BigBang");
        run_bigbang(&args.bigbang_python, &archive)
    } else {
        Err("no archive".into())
    };
    runner.reports.insert(
        "bigbang".into(),
        match &bigbang {
            Ok(report) => report.clone(),
            Err(why) => serde_json::json!({ "skipped": why }),
        },
    );
    figures.push(
        Figure::new(
            "mail.throughput",
            format!("participation parse + metrics of a {size} synthetic archive"),
            "MB/s",
            Target::value(
                ">=",
                200.0,
                "issue 8: parse + metrics >= 200 MB/s on 2 cores",
            ),
            "participation bench",
        )
        .with_value(number(&mail, "/mb_per_s")),
    );
    figures.push(
        Figure::new(
            "mail.time_vs_bigbang",
            "participation parse + metrics against BigBang's own mbox load plus a per-sender count, same archive",
            "s",
            Target::ratio("<=", 1.0 / 30.0, "issue 8: >= 30x faster than BigBang (ratio <= 1/30)"),
            "participation bench",
        )
        .with_value(number(&mail, "/total_seconds"))
        .with_reference(
            "BigBang (bigbang-py 0.4.4)",
            bigbang
                .as_ref()
                .map_err(Clone::clone)
                .and_then(|report| number(&Ok(report.clone()), "/seconds")),
        ),
    );

    let report = Report {
        benchmark: "all",
        command: std::env::args().collect(),
        quick: args.quick,
        corpus: corpus.iter().map(|p| p.display().to_string()).collect(),
        text_documents: documents.len(),
        started_unix,
        total_seconds: started.elapsed().as_secs_f64(),
        machine: MachineInfo {
            cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
            cpu_model: cpu_model(),
            memory_mib: memory_mib(),
            os: std::env::consts::OS,
            load_average_start: load_start,
            load_average_end: load_average(),
            git_commit: git_commit(),
            rightscope_version: env!("CARGO_PKG_VERSION"),
            build: if cfg!(debug_assertions) {
                "debug"
            } else {
                "release"
            },
        },
        figures,
        reports: runner.reports,
    };
    write_report(&report, args.report.as_ref())?;
    let met = report
        .figures
        .iter()
        .filter(|figure| figure.meets_target == Some(true))
        .count();
    eprintln!(
        "bench all: {} figures, {met} meet their target, in {:.0} s{}",
        report.figures.len(),
        report.total_seconds,
        args.report
            .as_ref()
            .map_or_else(String::new, |path| format!("; report {}", path.display()))
    );
    Ok(ExitCode::SUCCESS)
}
