//! What a newcomer relies on to install rightscope and use it where authors work: shell completions and man
//! pages, the book's rule pages and JSON Schemas, the GitHub Action's script on an example repository, the
//! problem matcher, the pre-commit hook and the Dockerfile.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn corpus() -> PathBuf {
    repo().join("../shared/corpus")
}

fn action_repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/action-repo")
}

const DRAFT: &str = "draft-example-relay-protocol.md";

fn rightscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .args(args)
        .output()
        .expect("run rightscope")
}

fn rightscope_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rightscope"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run rightscope")
}

/// A fresh scratch directory under cargo's target tmp dir.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("install")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json_file(path: &Path) -> serde_json::Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

// ---- completions and man pages ----------------------------------------------------------------------

#[test]
fn completions_for_every_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = rightscope(&["completions", shell]);
        assert!(output.status.success(), "{shell}: {}", stderr(&output));
        let script = stdout(&output);
        for word in ["check", "serve", "--fail-on"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
    }
    let bash = stdout(&rightscope(&["completions", "bash"]));
    assert!(bash.contains("complete -F"), "bash registers a function");
    assert_eq!(rightscope(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn man_pages_for_the_command_and_each_subcommand() {
    let output = rightscope(&["man"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = stdout(&output);
    assert!(page.contains(".TH rightscope 1"), "{page}");
    for subcommand in ["check", "diff", "rules", "serve", "completions", "man"] {
        assert!(
            page.contains(&format!("rightscope\\-{subcommand}")) || page.contains(subcommand),
            "main page lists {subcommand}"
        );
    }

    let dir = scratch("man");
    let output = rightscope(&["man", "--dir", dir.to_str().expect("utf-8")]);
    assert!(output.status.success(), "{}", stderr(&output));
    for name in [
        "rightscope.1",
        "rightscope-check.1",
        "rightscope-serve.1",
        "rightscope-rules.1",
        "rightscope-completions.1",
    ] {
        let page = read(&dir.join(name));
        assert!(page.starts_with(".ie") || page.contains(".TH"), "{name}");
    }
    let check = read(&dir.join("rightscope-check.1"));
    assert!(
        check.contains("fail\\-on"),
        "check page documents --fail-on"
    );
}

// ---- the book --------------------------------------------------------------------------------------

/// The committed rule pages are what `rules catalogue` writes now, and SUMMARY.md lists each of them.
#[test]
fn rule_catalogue_pages_are_up_to_date() {
    const FIX: &str = "regenerate with `cargo run -p rightscope-cli -- rules catalogue --out book/src/rules` and commit book/src/rules";
    let dir = scratch("catalogue");
    let output = rightscope(&["rules", "catalogue", "--out", dir.to_str().expect("utf-8")]);
    assert!(output.status.success(), "{}", stderr(&output));
    let committed = repo().join("book/src/rules");
    let names = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.file_name().to_string_lossy().into_owned())
                    .filter(|name| name.ends_with(".md"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    };
    let generated = names(&dir);
    assert!(generated.len() > 100, "{generated:?}");
    assert_eq!(
        names(&committed),
        generated,
        "rule pages added or removed: {FIX}"
    );
    for name in &generated {
        assert!(
            read(&dir.join(name)) == read(&committed.join(name)),
            "book/src/rules/{name} is stale: {FIX}"
        );
    }
    let summary = read(&repo().join("book/src/SUMMARY.md"));
    for line in stdout(&output).lines() {
        assert!(
            summary.contains(line),
            "book/src/SUMMARY.md lacks `{line}`: add the lines `rules catalogue` prints under \"The rule catalogue\""
        );
    }
}

/// A rule's page says what `rules explain` says.
#[test]
fn rule_pages_have_the_text_of_rules_explain() {
    let dir = scratch("catalogue-text");
    let output = rightscope(&["rules", "catalogue", "--out", dir.to_str().expect("utf-8")]);
    assert!(output.status.success(), "{}", stderr(&output));
    for code in ["LI001", "ENC001", "ID001", "A11Y003"] {
        let explain = stdout(&rightscope(&["rules", "explain", code]));
        let page = read(&dir.join(format!("{code}.md")))
            .replace("**", "")
            .replace("\\*", "*")
            .replace("&lt;", "<")
            .replace("&amp;", "&");
        let page = page.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut paragraphs = 0;
        for line in explain
            .lines()
            .map(str::trim)
            .filter(|line| line.len() > 30)
        {
            let text = line
                .strip_prefix("RFC 9620 questions: ")
                .or_else(|| line.strip_prefix("RFC 6973 threats: "))
                .or_else(|| line.strip_prefix("References: "))
                .unwrap_or(line);
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(page.contains(&text), "{code}.md lacks {text:?}");
            paragraphs += 1;
        }
        assert!(paragraphs >= 4, "{code}: {explain}");
    }
}

fn validator(schema: &Path) -> jsonschema::Validator {
    jsonschema::validator_for(&json_file(schema))
        .unwrap_or_else(|e| panic!("{}: {e}", schema.display()))
}

fn assert_valid(validator: &jsonschema::Validator, instance: &serde_json::Value, what: &str) {
    let problems: Vec<String> = validator
        .iter_errors(instance)
        .take(20)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(problems.is_empty(), "{what}: {problems:#?}");
}

/// The OASIS SARIF 2.1.0 schema (rightscope-report's vendored copy), with its one invalid pattern fixed.
fn oasis_sarif_validator() -> jsonschema::Validator {
    let mut schema =
        json_file(&repo().join("crates/rightscope-report/tests/fixtures/sarif-schema-2.1.0.json"));
    fn fix(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, child) in map.iter_mut() {
                    if key == "pattern"
                        && child.as_str() == Some("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$")
                    {
                        *child = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into();
                    } else {
                        fix(child);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(fix),
            _ => {}
        }
    }
    fix(&mut schema);
    jsonschema::draft4::new(&schema).expect("SARIF schema compiles")
}

/// Real `check --format json` output — the example draft, sample RFCs in three formats, and an input that
/// cannot be read — is valid against the book's check-v1 schema.
#[test]
fn check_json_output_matches_the_published_schema() {
    let validator = validator(&repo().join("book/src/schemas/check-v1.schema.json"));
    let draft = action_repo().join(DRAFT);
    let sample = corpus().join("sample");
    let missing = scratch("json-schema").join("missing.txt");
    let inputs = [
        draft.to_str().expect("utf-8"),
        sample.to_str().expect("utf-8"),
        missing.to_str().expect("utf-8"),
    ];
    let mut args = vec![
        "check",
        "--format",
        "json",
        "--show-context",
        "--fail-on",
        "never",
    ];
    args.extend(inputs);
    let output = rightscope(&args);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert!(report["documents"].as_array().is_some_and(|d| d.len() > 30));
    assert_eq!(report["errors"].as_array().map(Vec::len), Some(1));
    assert_valid(&validator, &report, "check --format json");
    let formats: std::collections::BTreeSet<&str> = report["documents"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["format"].as_str())
        .collect();
    assert!(
        formats.contains("markdown") && formats.contains("rfc-text") && formats.contains("rfc-xml")
    );
}

/// Real `check --format sarif` output is valid against the book's sarif-v1 schema and OASIS SARIF 2.1.0.
#[test]
fn check_sarif_output_matches_the_published_schemas() {
    let ours = validator(&repo().join("book/src/schemas/sarif-v1.schema.json"));
    let oasis = oasis_sarif_validator();
    let draft = action_repo().join(DRAFT);
    let sample = corpus().join("sample");
    let missing = scratch("sarif-schema").join("missing.txt");
    for inputs in [
        vec![draft.to_str().expect("utf-8")],
        vec![
            sample.to_str().expect("utf-8"),
            missing.to_str().expect("utf-8"),
        ],
    ] {
        let mut args = vec!["check", "--format", "sarif", "--fail-on", "never"];
        args.extend(&inputs);
        let output = rightscope(&args);
        let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).expect("SARIF");
        assert!(sarif["runs"][0]["results"]
            .as_array()
            .is_some_and(|r| !r.is_empty()));
        assert_valid(&ours, &sarif, "sarif-v1 schema");
        assert_valid(&oasis, &sarif, "OASIS SARIF 2.1.0 schema");
    }
}

/// The review comment for a mailing list, from the command line on the example draft.
#[test]
fn check_markdown_is_a_review_comment_grouped_by_family() {
    let output = rightscope_in(
        &action_repo(),
        &["check", "--format", "markdown", "--fail-on", "never", DRAFT],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let comment = stdout(&output);
    for expected in [
        "## Human-rights review notes: draft-example-relay-protocol",
        "### Lawful interception (LI)",
        "- **Section 2 Protocol, line 31** (LI001, error)",
        "> The relay MUST provide a lawful intercept interface to the operator of the network.",
        "Why it matters: ",
        "Suggestion: ",
        "### Weakened encryption (ENC)",
        "**Protections**",
        "**RFC 9620 questions these passages raise**",
    ] {
        assert!(
            comment.contains(expected),
            "{expected:?} missing:\n{comment}"
        );
    }
}

// ---- the GitHub Action's script on the example repository ------------------------------------------

/// Copies the example repository into a scratch directory, as `actions/checkout` would.
fn checkout(name: &str) -> PathBuf {
    let dir = scratch(name);
    for entry in [
        "draft-example-relay-protocol.md",
        "rightscope.toml",
        "Makefile",
    ] {
        std::fs::copy(action_repo().join(entry), dir.join(entry)).expect("copy fixture");
    }
    dir
}

fn action(dir: &Path, fail_on: &str, github: bool) -> Output {
    action_with(dir, fail_on, "", github)
}

fn action_with(dir: &Path, fail_on: &str, args: &str, github: bool) -> Output {
    let mut command = Command::new("bash");
    command
        .arg(repo().join("scripts/action.sh"))
        .current_dir(dir)
        .env("RIGHTSCOPE_BIN", env!("CARGO_BIN_EXE_rightscope"))
        .env("RIGHTSCOPE_PATHS", DRAFT)
        .env("RIGHTSCOPE_FAIL_ON", fail_on)
        .env("RIGHTSCOPE_SARIF", "rightscope.sarif")
        .env("RIGHTSCOPE_ARGS", args)
        .env_remove("GITHUB_OUTPUT")
        .env_remove("GITHUB_ACTIONS");
    if github {
        command
            .env("GITHUB_ACTIONS", "true")
            .env("GITHUB_OUTPUT", dir.join("github-output"));
    }
    command.output().expect("run bash scripts/action.sh")
}

/// The Action's step, run locally: the SARIF file is written and valid, the exit status follows fail-on,
/// and under GitHub Actions it sets the sarif-file output and registers the problem matcher.
#[test]
fn action_script_writes_valid_sarif_and_exits_by_fail_on() {
    let ours = validator(&repo().join("book/src/schemas/sarif-v1.schema.json"));
    let oasis = oasis_sarif_validator();
    // LI001 (error) and a warning-level encryption risk: error and warning fail, never does not.
    for (fail_on, status) in [("error", 1), ("warning", 1), ("never", 0)] {
        let dir = checkout(&format!("action-{fail_on}"));
        let output = action(&dir, fail_on, false);
        assert_eq!(
            output.status.code(),
            Some(status),
            "fail-on {fail_on}: {}{}",
            stdout(&output),
            stderr(&output)
        );
        assert!(
            stdout(&output).contains("LI001"),
            "the text report is in the log"
        );
        let sarif = json_file(&dir.join("rightscope.sarif"));
        assert_valid(&ours, &sarif, "action SARIF, sarif-v1 schema");
        assert_valid(&oasis, &sarif, "action SARIF, OASIS schema");
        let results = sarif["runs"][0]["results"].as_array().expect("results");
        assert!(results
            .iter()
            .any(|r| r["ruleId"] == "LI001" && r["level"] == "error"));
        assert!(results.iter().all(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == DRAFT
        }));
    }

    // Only the encryption and identifier families: a warning-level risk and a mitigation.
    for (fail_on, status) in [("error", 0), ("warning", 1)] {
        let dir = checkout(&format!("action-select-{fail_on}"));
        let output = action_with(&dir, fail_on, "--select ENC,ID", false);
        assert_eq!(
            output.status.code(),
            Some(status),
            "--select ENC,ID --fail-on {fail_on}"
        );
        let sarif = json_file(&dir.join("rightscope.sarif"));
        let rules: Vec<&str> = sarif["runs"][0]["results"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| r["ruleId"].as_str())
            .collect();
        assert_eq!(
            rules,
            ["ENC001", "ID010"],
            "RIGHTSCOPE_ARGS reach both runs"
        );
    }

    let dir = checkout("action-github");
    let output = action(&dir, "error", true);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        read(&dir.join("github-output")).trim(),
        "sarif-file=rightscope.sarif"
    );
    let log = stdout(&output);
    assert!(log.contains("::add-matcher::"), "{log}");
    assert!(log.contains("rightscope-problem-matcher.json"));
    assert!(log.contains("::remove-matcher owner=rightscope::"));

    let dir = scratch("action-unreadable");
    let mut command = Command::new("bash");
    let output = command
        .arg(repo().join("scripts/action.sh"))
        .current_dir(&dir)
        .env("RIGHTSCOPE_BIN", env!("CARGO_BIN_EXE_rightscope"))
        .env("RIGHTSCOPE_PATHS", "draft-missing.md")
        .env_remove("GITHUB_ACTIONS")
        .output()
        .expect("run action.sh");
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let sarif = json_file(&dir.join("rightscope.sarif"));
    assert_eq!(
        sarif["runs"][0]["invocations"][0]["executionSuccessful"],
        false
    );
}

/// The problem matcher's pattern finds every risk line of the text report, with and without colour, and
/// leaves mitigations alone.
#[test]
fn problem_matcher_matches_risk_lines_of_the_text_report() {
    let matcher = json_file(&repo().join(".github/rightscope-problem-matcher.json"));
    let entry = &matcher["problemMatcher"][0];
    assert_eq!(entry["owner"], "rightscope");
    let pattern = &entry["pattern"][0];
    let regex = regex::Regex::new(pattern["regexp"].as_str().expect("regexp")).expect("compiles");
    let group = |name: &str| pattern[name].as_u64().expect("group") as usize;

    let dir = checkout("matcher");
    let text = "When joining a new network, the device replaces its MAC address with a randomized MAC address.\n";
    std::fs::write(dir.join("draft-mitigation.txt"), text).expect("write");
    let ansi = regex::Regex::new("\x1b\\[[0-9;]*m").expect("ansi");
    let finding = regex::Regex::new(r"^[^:]+:\d+:\d+: \S+ risk ").expect("finding line");
    for color in ["never", "always"] {
        let output = rightscope_in(
            &dir,
            &[
                "check",
                "--color",
                color,
                "--fail-on",
                "never",
                DRAFT,
                "draft-mitigation.txt",
            ],
        );
        let log = stdout(&output);
        let risk_lines = log
            .lines()
            .filter(|line| finding.is_match(&ansi.replace_all(line, "")))
            .count();
        let matched: Vec<regex::Captures> = log.lines().filter_map(|l| regex.captures(l)).collect();
        assert!(risk_lines > 0, "{log}");
        assert_eq!(matched.len(), risk_lines, "--color {color}:\n{log}");
        for captures in &matched {
            assert!(
                [DRAFT, "draft-mitigation.txt"].contains(&&captures[group("file")]),
                "{}",
                &captures[0]
            );
            assert!(captures[group("line")].parse::<u32>().is_ok_and(|l| l > 0));
            assert!(captures[group("column")].parse::<u32>().is_ok());
            assert!(!captures[group("message")].is_empty());
        }
        assert!(matched.iter().any(|c| &c[group("code")] == "LI001"));
        assert!(!log
            .lines()
            .filter(|line| line.contains(" mitigation "))
            .any(|line| regex.is_match(line)));
    }
}

// ---- pre-commit and the Dockerfile ------------------------------------------------------------------

#[test]
fn pre_commit_hook_runs_the_installed_rightscope_on_drafts() {
    let text = read(&repo().join(".pre-commit-hooks.yaml"));
    let docs = yaml_rust2::YamlLoader::load_from_str(&text).expect("YAML");
    let hooks = docs[0].as_vec().expect("a list of hooks");
    let hook = hooks
        .iter()
        .find(|hook| hook["id"].as_str() == Some("rightscope-check"))
        .expect("hook rightscope-check");
    assert_eq!(hook["language"].as_str(), Some("system"));
    assert!(hook["entry"]
        .as_str()
        .is_some_and(|entry| entry.starts_with("rightscope check")));
    let files = regex::Regex::new(hook["files"].as_str().expect("files")).expect("files regex");
    for path in [
        "draft-foo.md",
        "drafts/draft-ietf-x-y.xml",
        "draft-a-00.txt",
    ] {
        assert!(files.is_match(path), "{path}");
    }
    for path in [
        "README.md",
        "notes/draft.txt",
        "draft-foo.html",
        "rfc9000.txt",
    ] {
        assert!(!files.is_match(path), "{path}");
    }
}

/// Docker cannot pull images here, so the image is not built; its structure is checked instead.
#[test]
fn dockerfile_is_multi_stage_non_root_with_volume_and_health_check() {
    let text = read(&repo().join("Dockerfile"));
    let instructions: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    let froms: Vec<&&str> = instructions
        .iter()
        .filter(|l| l.starts_with("FROM "))
        .collect();
    assert!(froms.len() >= 2, "multi-stage: {froms:?}");
    assert!(froms[0].contains("rust") && froms[0].contains(" AS builder"));
    let last_from = instructions
        .iter()
        .rposition(|l| l.starts_with("FROM "))
        .expect("FROM");
    let runtime = &instructions[last_from..];
    assert!(
        runtime[0].contains("debian") && runtime[0].contains("slim"),
        "{}",
        runtime[0]
    );
    assert!(runtime.iter().any(|l| l.starts_with("COPY --from=builder")));
    let user = runtime
        .iter()
        .rfind(|l| l.starts_with("USER "))
        .expect("USER in the runtime stage");
    let who = user["USER ".len()..].split(':').next().unwrap_or_default();
    assert!(!matches!(who, "root" | "0" | ""), "{user}");
    assert!(runtime
        .iter()
        .any(|l| l.starts_with("VOLUME") && l.contains("/data")));
    let health = runtime
        .iter()
        .position(|l| l.starts_with("HEALTHCHECK"))
        .expect("HEALTHCHECK");
    assert!(runtime[health..=health + 1].join(" ").contains("/healthz"));
    assert!(runtime.iter().any(|l| l.contains("RIGHTSCOPE_DATA=/data")));
    assert!(runtime.iter().any(|l| l.starts_with("CMD")
        && l.contains("serve")
        && l.contains("0.0.0.0:8080")
        && l.contains("/corpus")));
}
