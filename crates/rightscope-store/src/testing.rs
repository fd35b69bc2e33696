//! A throw-away PostgreSQL server for tests (cargo feature `testing`), reusable by other crates.
//!
//! [`PgServer::start`] runs `initdb` into a temporary directory and starts the server on `127.0.0.1`
//! with a free port and its Unix socket inside that directory (so it touches nothing else and no
//! traffic leaves loopback); dropping the value stops it with `pg_ctl stop -m immediate`. As root, the
//! server binaries run as the `postgres` system user (initdb refuses root). A watchdog process stops the
//! server and removes the directory when the test process exits in any way, even `kill -9`, which also
//! makes [`PgServer::shared`] (one server per test binary, never dropped) safe.

use std::io::Write;
use std::net::TcpListener;
use std::os::unix::fs::MetadataExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};

/// Why a test server could not be provided.
#[derive(Debug, thiserror::Error)]
pub enum HarnessError {
    /// The server binaries are not installed.
    #[error(
        "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin or on \
         PATH: install the Debian package `postgresql` to run the PostgreSQL tests"
    )]
    NotInstalled,
    /// Running as root, but there is no `postgres` user to run the server as.
    #[error("running as root and there is no `postgres` system user to run the server as (initdb refuses root)")]
    NoPostgresUser,
    /// A step failed.
    #[error("{step} failed: {message}")]
    Step {
        /// What was being done.
        step: String,
        /// Output or error.
        message: String,
    },
}

fn step(step: &str, message: impl std::fmt::Display) -> HarnessError {
    HarnessError::Step {
        step: step.to_string(),
        message: message.to_string(),
    }
}

/// A running PostgreSQL server for tests.
#[derive(Debug)]
pub struct PgServer {
    bin: PathBuf,
    data: PathBuf,
    port: u16,
    /// The postgres user's uid and gid when running as root (commands go through `runuser`).
    run_as: Option<(u32, u32)>,
    /// Closing this pipe makes the watchdog stop the server and remove the directory.
    watchdog: Mutex<Option<(Child, ChildStdin)>>,
    /// Kept last so the directory outlives the server.
    dir: tempfile::TempDir,
}

/// The directory holding `initdb` and `pg_ctl`: the newest `/usr/lib/postgresql/*/bin`, else `PATH`.
pub fn find_bin_dir() -> Result<PathBuf, HarnessError> {
    let mut candidates: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = entry.path().join("bin");
            (bin.join("initdb").is_file() && bin.join("pg_ctl").is_file()).then_some((version, bin))
        })
        .collect();
    candidates.sort();
    if let Some((_, bin)) = candidates.pop() {
        return Ok(bin);
    }
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
        .find(|dir| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file())
        .ok_or(HarnessError::NotInstalled)
}

/// The effective user id: the owner of `/proc/self` is the process's effective uid.
fn euid() -> u32 {
    std::fs::metadata("/proc/self").map_or(u32::MAX, |meta| meta.uid())
}

/// The uid and gid of the `postgres` user, from `/etc/passwd`.
fn postgres_ids() -> Option<(u32, u32)> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        if fields.first() == Some(&"postgres") && fields.len() > 3 {
            Some((fields[2].parse().ok()?, fields[3].parse().ok()?))
        } else {
            None
        }
    })
}

/// Whether a program is on `PATH` (or in the sbin directories root normally has).
fn on_path(program: &str) -> bool {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin".into(), "/sbin".into()])
        .any(|dir: PathBuf| dir.join(program).is_file())
}

fn free_port() -> Result<u16, HarnessError> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| step("finding a free port", e))?;
    listener
        .local_addr()
        .map(|address| address.port())
        .map_err(|e| step("finding a free port", e))
}

impl PgServer {
    /// Initialises and starts a new server. Takes a second or two.
    pub fn start() -> Result<PgServer, HarnessError> {
        let bin = find_bin_dir()?;
        let run_as = if euid() == 0 {
            Some(postgres_ids().ok_or(HarnessError::NoPostgresUser)?)
        } else {
            None
        };
        let dir = tempfile::Builder::new()
            .prefix("rightscope-pg-")
            .tempdir()
            .map_err(|e| step("creating the server directory", e))?;
        if let Some((uid, gid)) = run_as {
            std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid))
                .map_err(|e| step("handing the server directory to the postgres user", e))?;
        }
        let data = dir.path().join("data");
        let mut server = PgServer {
            bin,
            data,
            port: 0,
            run_as,
            watchdog: Mutex::new(None),
            dir,
        };
        server.run(
            "initdb",
            &[
                "-D".as_ref(),
                server.data.as_os_str(),
                "-U".as_ref(),
                "postgres".as_ref(),
                "-A".as_ref(),
                "trust".as_ref(),
                "-E".as_ref(),
                "UTF8".as_ref(),
                "--locale=C".as_ref(),
                "--no-sync".as_ref(),
            ],
        )?;
        server.spawn_watchdog()?;
        let mut last_error = None;
        // A port found free can be taken before the server binds it; try a few.
        for _ in 0..3 {
            server.port = free_port()?;
            let options = format!(
                "-c listen_addresses=127.0.0.1 -p {} -k {} -c fsync=off -c synchronous_commit=off \
                 -c full_page_writes=off -c max_connections=200 -c shared_buffers=32MB",
                server.port,
                server.dir.path().display()
            );
            let log = server.dir.path().join("server.log");
            match server.run(
                "pg_ctl",
                &[
                    "-D".as_ref(),
                    server.data.as_os_str(),
                    "-l".as_ref(),
                    log.as_os_str(),
                    "-w".as_ref(),
                    "-t".as_ref(),
                    "60".as_ref(),
                    "-o".as_ref(),
                    options.as_ref(),
                    "start".as_ref(),
                ],
            ) {
                Ok(()) => return Ok(server),
                Err(error) => {
                    let log = std::fs::read_to_string(&log).unwrap_or_default();
                    last_error = Some(step("starting the server", format!("{error}\n{log}")));
                }
            }
        }
        Err(last_error.unwrap_or_else(|| step("starting the server", "no attempt made")))
    }

    /// One server for the whole test binary, started on first use. It is never dropped: the watchdog
    /// stops it when the process exits.
    pub fn shared() -> Result<&'static PgServer, HarnessError> {
        static SHARED: OnceLock<Result<PgServer, String>> = OnceLock::new();
        match SHARED.get_or_init(|| PgServer::start().map_err(|error| error.to_string())) {
            Ok(server) => Ok(server),
            Err(message) => Err(step("starting the shared test server", message)),
        }
    }

    /// The server's port on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A URL for a database on this server (user `postgres`, no password).
    pub fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    /// Creates a fresh, uniquely named database and returns its URL.
    pub fn create_database(&self) -> Result<String, HarnessError> {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "rs_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let port = self.port.to_string();
        self.run(
            "createdb",
            &[
                "-h".as_ref(),
                "127.0.0.1".as_ref(),
                "-p".as_ref(),
                port.as_ref(),
                "-U".as_ref(),
                "postgres".as_ref(),
                name.as_ref(),
            ],
        )?;
        Ok(self.url(&name))
    }

    /// A command for one of the server binaries, as the postgres user when we are root.
    fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        let mut command = match self.run_as {
            Some(_) if on_path("runuser") => {
                let mut command = Command::new("runuser");
                command.args(["-u", "postgres", "--"]).arg(path);
                command
            }
            Some((uid, gid)) => {
                // util-linux without runuser still has setpriv.
                let mut command = Command::new("setpriv");
                command
                    .arg(format!("--reuid={uid}"))
                    .arg(format!("--regid={gid}"))
                    .arg("--clear-groups")
                    .arg(path);
                command
            }
            None => Command::new(path),
        };
        // The postgres user may not be able to enter the caller's directory.
        command.current_dir(self.dir.path());
        command
    }

    fn run(&self, program: &str, args: &[&std::ffi::OsStr]) -> Result<(), HarnessError> {
        let output = self
            .command(program)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| step(program, e))?;
        if output.status.success() {
            Ok(())
        } else {
            Err(step(
                program,
                format!(
                    "{}\n{}{}",
                    output.status,
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr)
                ),
            ))
        }
    }

    /// Starts the process that cleans up when our end of its stdin closes (we exited or dropped).
    fn spawn_watchdog(&self) -> Result<(), HarnessError> {
        let stop = self.command("pg_ctl");
        let mut argv: Vec<&std::ffi::OsStr> = vec![stop.get_program()];
        argv.extend(stop.get_args());
        let mut watchdog = Command::new("sh");
        watchdog
            .arg("-c")
            .arg(r#"read _ignored; "$@" -D "$RS_PG_DATA" stop -m immediate >/dev/null 2>&1; rm -rf "$RS_PG_DIR""#)
            .arg("rightscope-pg-watchdog")
            .args(argv)
            .env("RS_PG_DATA", &self.data)
            .env("RS_PG_DIR", self.dir.path())
            .current_dir(self.dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own process group, so a Ctrl-C to the test run does not kill it before it cleans up.
            .process_group(0);
        let mut child = watchdog
            .spawn()
            .map_err(|e| step("starting the watchdog", e))?;
        let stdin = child
            .stdin
            .take()
            .ok_or_else(|| step("starting the watchdog", "no stdin pipe"))?;
        if let Ok(mut slot) = self.watchdog.lock() {
            *slot = Some((child, stdin));
        }
        Ok(())
    }

    /// The data directory.
    pub fn data_dir(&self) -> &Path {
        &self.data
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        let data = self.data.clone();
        // Errors are ignored: the watchdog below stops the server anyway.
        let _ = self.run(
            "pg_ctl",
            &[
                "-D".as_ref(),
                data.as_os_str(),
                "stop".as_ref(),
                "-m".as_ref(),
                "immediate".as_ref(),
            ],
        );
        if let Ok(mut slot) = self.watchdog.lock() {
            if let Some((mut child, mut stdin)) = slot.take() {
                let _ = stdin.write_all(b"\n");
                drop(stdin);
                let _ = child.wait();
            }
        }
    }
}
