//! `rightscope check`: find human-rights risks and mitigations, report them, exit 0/1/2.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use rightscope_report::{DocumentResult, InputError, TextOptions};
use rightscope_rules::{Catalogue, Checker};

use crate::config::{discover, selects, Config, FailOn};
use crate::inputs::{display_path, for_each_input, Loaded};
use crate::suppress::{Baseline, Suppressions};
use crate::{CheckArgs, CheckFormat};

/// What the parallel stage hands to the ordered output stage for one input.
enum Processed {
    Checked {
        result: DocumentResult,
        /// Text or Markdown output for this document, rendered where its source was at hand.
        rendered: Option<String>,
        warnings: Vec<String>,
    },
    Failed(InputError),
}

/// The builtin catalogue, or an error naming the bad rule files.
pub fn builtin_catalogue() -> anyhow::Result<Catalogue> {
    Catalogue::builtin().map_err(|error| anyhow::anyhow!("{error}"))
}

fn load_config(args: &CheckArgs, catalogue: &Catalogue) -> anyhow::Result<Config> {
    let file = match (&args.config, args.no_config) {
        (_, true) => None,
        (Some(path), false) => Some(path.clone()),
        (None, false) => std::env::current_dir().ok().and_then(|dir| discover(&dir)),
    };
    let mut config = match file {
        Some(path) => Config::load(&path, catalogue)?,
        None => Config::default(),
    };
    for (flag, selectors) in [("--select", &args.select), ("--ignore", &args.ignore)] {
        for selector in selectors {
            anyhow::ensure!(
                catalogue.rules().any(|rule| selects(selector, rule)),
                "{flag}: `{selector}` is neither a rule code nor a family"
            );
        }
    }
    if !args.select.is_empty() {
        config.select = args.select.clone();
    }
    config.ignore.extend(args.ignore.iter().cloned());
    if let Some(fail_on) = &args.fail_on {
        config.fail_on = FailOn::parse(fail_on).with_context(|| {
            format!("--fail-on: `{fail_on}` must be info, warning, error or never")
        })?;
    }
    Ok(config)
}

/// Runs `check`.
pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let catalogue = builtin_catalogue()?;
    let config = load_config(args, &catalogue)?;
    let selected = catalogue.filtered(|rule| {
        (config.select.is_empty() || config.select.iter().any(|s| selects(s, rule)))
            && !config.ignore.iter().any(|s| selects(s, rule))
    });
    let checker = Checker::new(&selected).map_err(|error| anyhow::anyhow!("{error}"))?;
    let baseline = match &args.baseline {
        Some(path) => Some(Baseline::load(path)?),
        None => None,
    };
    let color = match args.color.as_str() {
        "always" => true,
        "never" => false,
        _ => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let text_options = TextOptions {
        color,
        show_context: args.show_context,
    };
    // JSON is streamed; SARIF needs every result at the end (rules first, then results).
    let keep_results = args.statistics || matches!(args.format, CheckFormat::Sarif);

    let process = |loaded: Loaded| -> Processed {
        let path_label = display_path(&loaded.path);
        let document = match loaded.document {
            Ok(document) => document,
            Err(message) => {
                return Processed::Failed(InputError {
                    path: path_label,
                    message,
                })
            }
        };
        let mut outcome = checker.check(&document);
        let source = String::from_utf8_lossy(&loaded.bytes);
        let suppressions = Suppressions::scan(&source);
        let mut warnings: Vec<String> = document
            .warnings
            .iter()
            .map(|warning| warning.message.clone())
            .collect();
        warnings.extend(suppressions.missing_reason.iter().map(|line| {
            format!("line {line}: a rightscope suppression needs a reason after the codes")
        }));
        outcome.findings.retain(|finding| {
            !suppressions.silences(finding)
                && !config.ignored_at(&loaded.path, &finding.code, finding.family)
                && !baseline
                    .as_ref()
                    .is_some_and(|baseline| baseline.contains(finding))
        });
        for finding in &mut outcome.findings {
            if let Some(severity) = config.severity.get(&finding.code) {
                finding.severity = *severity;
            }
        }
        if let Some(floor) = args.min_confidence {
            outcome
                .findings
                .retain(|finding| f64::from(finding.confidence) >= floor);
        }
        outcome.assessments = checker.reassess(&outcome.findings);
        let result = DocumentResult::new(&document, outcome);
        let rendered = match args.format {
            CheckFormat::Text if !args.statistics => {
                let mut buffer = Vec::new();
                let _ = rightscope_report::write_text(
                    &mut buffer,
                    &result,
                    &source,
                    &catalogue,
                    text_options,
                );
                Some(String::from_utf8_lossy(&buffer).into_owned())
            }
            CheckFormat::Markdown => Some(rightscope_report::markdown_report(
                std::slice::from_ref(&result),
                &catalogue,
                |_, finding| document.text.get(finding.sentence.clone()),
            )),
            _ => None,
        };
        Processed::Checked {
            result,
            rendered,
            warnings,
        }
    };

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut json = match args.format {
        CheckFormat::Json => Some(rightscope_report::JsonStream::start(&mut out)?),
        _ => None,
    };
    let mut results: Vec<DocumentResult> = Vec::new();
    let mut errors: Vec<InputError> = Vec::new();
    let mut failing = 0usize;
    let mut documents = 0usize;
    for_each_input(&args.input, process, |processed| {
        match processed {
            Processed::Failed(error) => {
                if json.is_none() {
                    out.flush()?;
                }
                eprintln!("error: {}: {}", error.path, error.message);
                errors.push(error);
            }
            Processed::Checked {
                result,
                rendered,
                warnings,
            } => {
                documents += 1;
                for warning in warnings {
                    eprintln!("warning: {}: {warning}", result.path);
                }
                if let FailOn::Severity(threshold) = config.fail_on {
                    failing += result.failing(threshold);
                }
                if let Some(rendered) = rendered {
                    out.write_all(rendered.as_bytes())?;
                }
                if let Some(json) = json.as_mut() {
                    json.document(&mut out, &result)?;
                }
                if keep_results {
                    results.push(result);
                }
            }
        }
        Ok(())
    })?;

    if let Some(json) = json {
        json.finish(&mut out, &errors)?;
    }
    match args.format {
        CheckFormat::Sarif => {
            serde_json::to_writer_pretty(
                &mut out,
                &rightscope_report::sarif_report(&selected, &results, &errors),
            )?;
            writeln!(out)?;
        }
        CheckFormat::Json | CheckFormat::Text | CheckFormat::Markdown => {}
    }
    if args.statistics {
        rightscope_report::write_statistics(&mut out, &results, &catalogue)?;
    }
    out.flush()?;
    if matches!(args.format, CheckFormat::Text) {
        eprintln!(
            "checked {documents} document(s) with {} rules: {failing} risk finding(s) at or above the failure threshold{}",
            selected.len(),
            if errors.is_empty() { String::new() } else { format!(", {} input error(s)", errors.len()) }
        );
    }
    Ok(if !errors.is_empty() {
        ExitCode::from(2)
    } else if failing > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
