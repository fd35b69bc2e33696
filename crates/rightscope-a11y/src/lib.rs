//! Accessibility audits for tests: axe-core and keyboard checks run in the system's headless Chromium.
//!
//! The browser work is done by `js/audit.mjs` (Node.js, `puppeteer-core`, `axe-core` from `js/node_modules`);
//! this crate finds the programs, runs the script, and turns its JSON into [`PageReport`]s.
//!
//! ```no_run
//! let Some(auditor) = rightscope_a11y::Auditor::for_tests() else { return };
//! let reports = auditor.audit(&["http://127.0.0.1:8080/"]).expect("the harness runs");
//! rightscope_a11y::assert_no_violations(&reports);
//! ```
//!
//! Set `RIGHTSCOPE_SKIP_BROWSER=1` to skip browser tests on a machine without Chromium; CI never sets it.

mod report;
mod server;

use std::ffi::OsString;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

pub use report::{
    assert_no_violations, render_problems, AuditRun, FocusStop, FocusStyle, HarnessInfo, Impact,
    KeyboardReport, PageReport, PhaseTimings, SkipLinkCheck, Violation, ViolationNode,
};
pub use server::StaticSite;

/// Environment variable that, set to `1`, makes [`Auditor::for_tests`] skip browser tests.
pub const SKIP_ENV: &str = "RIGHTSCOPE_SKIP_BROWSER";
/// Environment variable naming the Chromium binary to use instead of the usual places.
pub const CHROMIUM_ENV: &str = "RIGHTSCOPE_CHROMIUM";
/// Environment variable naming the Node.js binary to use instead of `node` on `PATH`.
pub const NODE_ENV: &str = "RIGHTSCOPE_NODE";
/// Environment variable naming the harness directory (with `audit.mjs` and `node_modules`).
pub const JS_DIR_ENV: &str = "RIGHTSCOPE_A11Y_JS_DIR";

/// What to run to install everything the harness needs.
pub const INSTALL_HINT: &str = "install with `apt-get install chromium nodejs npm` and \
`npm ci --prefix crates/rightscope-a11y/js` (or run crates/rightscope-a11y/install.sh), \
or set RIGHTSCOPE_SKIP_BROWSER=1 to skip browser tests on this machine";

/// Where Chromium is looked for when [`CHROMIUM_ENV`] is not set: Debian's path first, then `PATH`.
const CHROMIUM_PATHS: &[&str] = &["/usr/bin/chromium", "/usr/bin/chromium-browser"];
const CHROMIUM_NAMES: &[&str] = &["chromium", "chromium-browser", "google-chrome", "chrome"];

/// Errors from finding or running the audit harness.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Chromium, Node.js or the harness's npm packages are missing.
    #[error("the accessibility audit harness cannot run: {} not found; {INSTALL_HINT}", .missing.join(", "))]
    NotInstalled {
        /// Each missing piece, with where it was looked for.
        missing: Vec<String>,
    },
    /// A URL to audit is empty or has whitespace or control characters in it.
    #[error("not a URL to audit: {url:?}")]
    BadUrl {
        /// The rejected text.
        url: String,
    },
    /// Node.js could not be started or talked to.
    #[error("could not run {node} {script}: {source}")]
    Spawn {
        /// The Node.js binary.
        node: PathBuf,
        /// The harness script.
        script: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The harness ran but failed (exit status not 0): bad input, Chromium would not start, …
    #[error("the audit harness failed ({status}): {stderr}")]
    HarnessFailed {
        /// Exit status as text.
        status: String,
        /// What the harness printed on stderr.
        stderr: String,
    },
    /// The harness printed something that is not the expected report.
    #[error("the audit harness printed an unreadable report ({source}); it began: {start}")]
    BadReport {
        /// The parse error.
        #[source]
        source: serde_json::Error,
        /// The first characters of what it printed.
        start: String,
    },
    /// The harness did not finish in time and was stopped.
    #[error("the audit harness did not finish within {seconds} s and was stopped")]
    TimedOut {
        /// The time allowed.
        seconds: u64,
    },
    /// The harness returned a different number of reports than URLs given.
    #[error("the audit harness returned {got} report(s) for {expected} URL(s)")]
    WrongCount {
        /// URLs given.
        expected: usize,
        /// Reports returned.
        got: usize,
    },
}

/// Result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Runs accessibility audits of URLs in headless Chromium; cheap to create, one browser per [`Auditor::audit`].
#[derive(Debug, Clone)]
pub struct Auditor {
    node: PathBuf,
    chromium: PathBuf,
    js_dir: PathBuf,
    require_skip_link: bool,
    allow_remote: bool,
    page_timeout: Duration,
    cookies: Vec<(String, String)>,
}

impl Auditor {
    /// Finds Chromium, Node.js and the installed harness; the error says what to install when any is missing.
    pub fn new() -> Result<Self> {
        let mut missing = Vec::new();
        let chromium = find_chromium();
        if chromium.is_none() {
            missing.push(match std::env::var_os(CHROMIUM_ENV) {
                Some(path) => format!(
                    "Chromium (at {CHROMIUM_ENV}={})",
                    Path::new(&path).display()
                ),
                None => format!(
                    "Chromium (looked for {} and {} on PATH)",
                    CHROMIUM_PATHS.join(", "),
                    CHROMIUM_NAMES.join(", ")
                ),
            });
        }
        let node = find_node();
        if node.is_none() {
            missing.push(match std::env::var_os(NODE_ENV) {
                Some(path) => format!("Node.js (at {NODE_ENV}={})", Path::new(&path).display()),
                None => "Node.js (`node` on PATH)".to_owned(),
            });
        }
        let js_dir = std::env::var_os(JS_DIR_ENV)
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("js"));
        for needed in [
            "audit.mjs",
            "node_modules/axe-core/axe.min.js",
            "node_modules/puppeteer-core/package.json",
        ] {
            let path = js_dir.join(needed);
            if !path.is_file() {
                missing.push(format!("{}", path.display()));
            }
        }
        match (node, chromium) {
            (Some(node), Some(chromium)) if missing.is_empty() => Ok(Self {
                node,
                chromium,
                js_dir,
                require_skip_link: true,
                allow_remote: false,
                page_timeout: Duration::from_secs(30),
                cookies: Vec::new(),
            }),
            _ => Err(Error::NotInstalled { missing }),
        }
    }

    /// For tests: `None` (after printing a notice) when `RIGHTSCOPE_SKIP_BROWSER=1`, else the auditor.
    ///
    /// # Panics
    /// When the harness is not installed and browser tests are not skipped: CI must run them.
    #[track_caller]
    pub fn for_tests() -> Option<Self> {
        if browser_tests_skipped() {
            // Written to stderr directly, not with eprintln!, so the test harness does not capture the notice;
            // one write per line so parallel tests do not interleave.
            let test = std::thread::current()
                .name()
                .unwrap_or("a browser test")
                .to_owned();
            let line = format!(
                "\nnote: skipped {test}: {SKIP_ENV}=1 (CI runs it; unset {SKIP_ENV} to run it here)\n"
            );
            let _ = std::io::stderr().lock().write_all(line.as_bytes());
            return None;
        }
        match Self::new() {
            Ok(auditor) => Some(auditor),
            Err(error) => panic!("{error}"),
        }
    }

    /// Whether the first Tab must reach a skip link (default `true`; turn off for pages with no navigation).
    pub fn require_skip_link(mut self, required: bool) -> Self {
        self.require_skip_link = required;
        self
    }

    /// Whether pages may be opened and may load resources outside 127.0.0.0/8 (default `false`).
    pub fn allow_remote(mut self, allowed: bool) -> Self {
        self.allow_remote = allowed;
        self
    }

    /// A cookie set for every audited page before it loads (to audit signed-in pages).
    pub fn cookie(mut self, name: &str, value: &str) -> Self {
        self.cookies.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Longest wait for one page to load or one browser step (default 30 s).
    pub fn page_timeout(mut self, timeout: Duration) -> Self {
        self.page_timeout = timeout;
        self
    }

    /// The Chromium binary the audits use.
    pub fn chromium(&self) -> &Path {
        &self.chromium
    }

    /// Audits each URL in one browser and returns one report per URL, in order.
    ///
    /// Violations are data, not errors: check them with [`assert_no_violations`] or [`PageReport::has_violation`].
    pub fn audit<S: AsRef<str>>(&self, urls: &[S]) -> Result<Vec<PageReport>> {
        Ok(self.audit_run(urls)?.pages)
    }

    /// Like [`Auditor::audit`], with the harness's versions and timings.
    pub fn audit_run<S: AsRef<str>>(&self, urls: &[S]) -> Result<AuditRun> {
        let urls: Vec<&str> = urls.iter().map(AsRef::as_ref).collect();
        if let Some(bad) = urls
            .iter()
            .find(|u| u.is_empty() || u.chars().any(|c| c.is_whitespace() || c.is_control()))
        {
            return Err(Error::BadUrl {
                url: (*bad).to_owned(),
            });
        }
        let script = self.js_dir.join("audit.mjs");
        let spawn_error = |source| Error::Spawn {
            node: self.node.clone(),
            script: script.clone(),
            source,
        };
        let mut args: Vec<OsString> = vec![
            script.clone().into(),
            "--chromium".into(),
            self.chromium.clone().into(),
            "--timeout-ms".into(),
            self.page_timeout.as_millis().max(1).to_string().into(),
        ];
        if self.allow_remote {
            args.push("--allow-remote".into());
        }
        if !self.require_skip_link {
            args.push("--no-skip-link".into());
        }
        for (name, value) in &self.cookies {
            args.push("--cookie".into());
            args.push(format!("{name}={value}").into());
        }
        args.push("-".into());

        let mut child = Command::new(&self.node)
            .args(&args)
            .current_dir(&self.js_dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(spawn_error)?;
        let input = serde_json::to_vec(&urls).map_err(|source| Error::BadReport {
            source,
            start: String::new(),
        })?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(&input).map_err(spawn_error)?;
            // Dropping stdin closes it: the harness reads to end of input before starting the browser.
        }
        // Each page has its own timeouts in the harness; this bound only catches a hung browser or Node.js.
        let budget = Duration::from_secs(60)
            + self
                .page_timeout
                .saturating_mul(3)
                .saturating_mul(u32::try_from(urls.len()).unwrap_or(u32::MAX));
        let output = wait_with_deadline(child, budget).map_err(|error| match error {
            WaitError::Io(source) => spawn_error(source),
            WaitError::TimedOut => Error::TimedOut {
                seconds: budget.as_secs(),
            },
        })?;
        if !output.status.success() {
            return Err(Error::HarnessFailed {
                status: output.status.to_string(),
                stderr: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
            });
        }
        let run: AuditRun =
            serde_json::from_slice(&output.stdout).map_err(|source| Error::BadReport {
                source,
                start: String::from_utf8_lossy(&output.stdout)
                    .chars()
                    .take(200)
                    .collect(),
            })?;
        if run.pages.len() != urls.len() {
            return Err(Error::WrongCount {
                expected: urls.len(),
                got: run.pages.len(),
            });
        }
        Ok(run)
    }
}

impl Auditor {
    /// Runs another browser script of the harness directory (`flow.mjs`) with the same Chromium:
    /// `input` goes to its standard input as JSON, its standard output is read back as JSON. For
    /// end-to-end tests that drive pages like a person would.
    pub fn run_script(
        &self,
        script: &str,
        input: &serde_json::Value,
        budget: Duration,
    ) -> Result<serde_json::Value> {
        let script = self.js_dir.join(script);
        let spawn_error = |source| Error::Spawn {
            node: self.node.clone(),
            script: script.clone(),
            source,
        };
        let mut child = Command::new(&self.node)
            .arg(&script)
            .arg("--chromium")
            .arg(&self.chromium)
            .current_dir(&self.js_dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(spawn_error)?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(input.to_string().as_bytes())
                .map_err(spawn_error)?;
        }
        let output = wait_with_deadline(child, budget).map_err(|error| match error {
            WaitError::Io(source) => spawn_error(source),
            WaitError::TimedOut => Error::TimedOut {
                seconds: budget.as_secs(),
            },
        })?;
        if !output.status.success() {
            return Err(Error::HarnessFailed {
                status: output.status.to_string(),
                stderr: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
            });
        }
        serde_json::from_slice(&output.stdout).map_err(|source| Error::BadReport {
            source,
            start: String::from_utf8_lossy(&output.stdout)
                .chars()
                .take(200)
                .collect(),
        })
    }
}

enum WaitError {
    Io(std::io::Error),
    TimedOut,
}

/// Collects the child's output like `wait_with_output`, but kills it after `budget`.
fn wait_with_deadline(
    mut child: std::process::Child,
    budget: Duration,
) -> std::result::Result<std::process::Output, WaitError> {
    fn drain(
        pipe: Option<impl std::io::Read + Send + 'static>,
    ) -> std::thread::JoinHandle<Vec<u8>> {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    }
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let deadline = std::time::Instant::now() + budget;
    let status = loop {
        match child.try_wait().map_err(WaitError::Io)? {
            Some(status) => break status,
            None if std::time::Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(WaitError::TimedOut);
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    Ok(std::process::Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    })
}

/// Whether `RIGHTSCOPE_SKIP_BROWSER=1` asks to skip browser tests.
pub fn browser_tests_skipped() -> bool {
    std::env::var_os(SKIP_ENV).is_some_and(|v| v == "1")
}

fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(CHROMIUM_ENV) {
        let path = PathBuf::from(path);
        return is_executable(&path).then_some(path);
    }
    CHROMIUM_PATHS
        .iter()
        .map(PathBuf::from)
        .find(|p| is_executable(p))
        .or_else(|| CHROMIUM_NAMES.iter().find_map(|name| find_on_path(name)))
}

fn find_node() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(NODE_ENV) {
        let path = PathBuf::from(path);
        return is_executable(&path).then_some(path);
    }
    find_on_path("node").or_else(|| find_on_path("nodejs"))
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_installed_error_says_what_to_install() {
        let error = Error::NotInstalled {
            missing: vec!["Chromium (looked for /usr/bin/chromium)".to_owned()],
        };
        let text = error.to_string();
        assert!(
            text.contains("apt-get install chromium nodejs npm"),
            "{text}"
        );
        assert!(
            text.contains("npm ci --prefix crates/rightscope-a11y/js"),
            "{text}"
        );
        assert!(text.contains("/usr/bin/chromium"), "{text}");
    }
}
