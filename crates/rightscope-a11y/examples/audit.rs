//! Audits pages from the command line and prints the problems (or the JSON report with `--json`).
//!
//! ```sh
//! cargo run -p rightscope-a11y --example audit -- http://127.0.0.1:8080/ http://127.0.0.1:8080/rules
//! cargo run -p rightscope-a11y --example audit -- --serve crates/rightscope-a11y/tests/fixtures broken.html
//! ```
//! Exit status: 0 when every page is clean, 1 when any has a problem, 2 when the harness cannot run.

use std::io::Write as _;
use std::process::ExitCode;

use rightscope_a11y::{render_problems, Auditor, StaticSite};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let json = take_flag(&mut args, "--json");
    let no_skip_link = take_flag(&mut args, "--no-skip-link");
    let mut site = None;
    if let Some(i) = args.iter().position(|a| a == "--serve") {
        if i + 1 >= args.len() {
            eprintln!("--serve needs a directory");
            return ExitCode::from(2);
        }
        let dir = args.remove(i + 1);
        args.remove(i);
        match StaticSite::serve(&dir) {
            Ok(s) => site = Some(s),
            Err(error) => {
                eprintln!("cannot serve {dir}: {error}");
                return ExitCode::from(2);
            }
        }
    }
    if args.is_empty() {
        eprintln!("usage: audit [--json] [--no-skip-link] [--serve DIR] URL_OR_PATH...");
        return ExitCode::from(2);
    }
    let urls: Vec<String> = match &site {
        Some(site) => args.iter().map(|path| site.url(path)).collect(),
        None => args,
    };
    let auditor = match Auditor::new() {
        Ok(auditor) => auditor.require_skip_link(!no_skip_link),
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let started = std::time::Instant::now();
    let run = match auditor.audit_run(&urls) {
        Ok(run) => run,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let elapsed = started.elapsed();
    let mut out = std::io::stdout().lock();
    if json {
        match serde_json::to_string_pretty(&run) {
            Ok(text) => {
                let _ = writeln!(out, "{text}");
            }
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::from(2);
            }
        }
    } else {
        let problems = render_problems(&run.pages);
        let _ = write!(
            out,
            "{}",
            if problems.is_empty() {
                "no problems found\n"
            } else {
                &problems
            }
        );
    }
    eprintln!(
        "{} page(s) in {:.2} s ({}; axe-core {}; browser start {} ms; per page: {})",
        run.pages.len(),
        elapsed.as_secs_f64(),
        run.harness.browser,
        run.harness.axe_version,
        run.harness.launch_ms,
        run.pages
            .iter()
            .map(|p| format!("{} ms", p.duration_ms))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if run.pages.iter().all(|p| p.is_clean()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn take_flag(args: &mut Vec<String>, flag: &str) -> bool {
    let before = args.len();
    args.retain(|a| a != flag);
    args.len() != before
}
