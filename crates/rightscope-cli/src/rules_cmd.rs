//! `rightscope rules`: the catalogue; `rules explain CODE`: one rule's page; `rules --patterns`: every
//! pattern, one per line, for `rg -f`; `rules catalogue --out DIR`: the documentation site's rule pages.

use std::io::Write;
use std::process::ExitCode;

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context;
use rightscope_rules::{Catalogue, Checker, Family, Rule};

use crate::check_cmd::builtin_catalogue;
use crate::{RulesArgs, RulesCommand, RulesFormat};

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The rule page: the same text as SARIF help and the documentation site.
pub fn rule_page(rule: &Rule) -> String {
    format!(
        "{code}  {name}\n{family} · {polarity} · {severity} · {kind:?}\n\n{summary}\n\nWhy it matters\n  {why}\n\nExample\n  {example}\n\nWhat to do\n  {fix}\n\nRFC 9620 questions: {questions}\nRFC 6973 threats: {threats}\nReferences: {references}\n",
        code = rule.code,
        name = rule.name,
        family = rule.family.title(),
        polarity = rule.polarity.as_str(),
        severity = rule.severity.as_str(),
        kind = rule.kind,
        summary = one_line(&rule.summary),
        why = one_line(&rule.why),
        example = one_line(&rule.example),
        fix = one_line(&rule.fix),
        questions = rule.questions.join(", "),
        threats = if rule.threats.is_empty() { "—".to_string() } else { rule.threats.join(", ") },
        references = rule.references.join("; "),
    )
}

/// Markdown-safe text: the rule texts are prose, but a `<` would start HTML and `*` emphasis.
fn markdown_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('*', "\\*")
}

fn list_or_dash(items: &[String], separator: &str) -> String {
    if items.is_empty() {
        "—".to_string()
    } else {
        items.join(separator)
    }
}

/// The rule page for the documentation site: the fields of [`rule_page`], as Markdown.
pub fn rule_page_markdown(rule: &Rule) -> String {
    let mut page = String::new();
    let _ = writeln!(
        page,
        "# {} {}
",
        rule.code, rule.name
    );
    let _ = writeln!(
        page,
        "**{family}** · {polarity} · {severity} · {kind:?}\n",
        family = rule.family.title(),
        polarity = rule.polarity.as_str(),
        severity = rule.severity.as_str(),
        kind = rule.kind,
    );
    let _ = writeln!(page, "{}\n", markdown_text(&one_line(&rule.summary)));
    let _ = writeln!(
        page,
        "## Why it matters\n\n{}\n",
        markdown_text(&one_line(&rule.why))
    );
    let _ = writeln!(
        page,
        "## Example\n\n> {}\n",
        markdown_text(&one_line(&rule.example))
    );
    let _ = writeln!(
        page,
        "## What to do\n\n{}\n",
        markdown_text(&one_line(&rule.fix))
    );
    let _ = writeln!(page, "## Questions, threats and sources\n");
    let _ = writeln!(
        page,
        "- **RFC 9620 questions:** {}",
        list_or_dash(&rule.questions, ", ")
    );
    let _ = writeln!(
        page,
        "- **RFC 6973 threats:** {}",
        list_or_dash(&rule.threats, ", ")
    );
    let _ = writeln!(
        page,
        "- **References:** {}\n",
        markdown_text(&list_or_dash(&rule.references, "; "))
    );
    let _ = writeln!(
        page,
        "*Generated from `crates/rightscope-rules/rules/{family}/{code}.toml` by `rightscope rules catalogue`; \
         `rightscope rules explain {code}` prints the same text.*",
        family = rule.family.as_str(),
        code = rule.code,
    );
    page
}

/// The index page of the rule catalogue: the rules by family, each linking to its page.
pub fn catalogue_index_markdown(catalogue: &Catalogue) -> String {
    let mut page = String::new();
    let _ = writeln!(page, "# The rule catalogue\n");
    let _ = writeln!(
        page,
        "{} rules in {} families. Each rule is one TOML file under `crates/rightscope-rules/rules/<FAMILY>/`; \
         these pages are generated from those files (`rightscope rules catalogue --out book/src/rules`) and \
         say the same as `rightscope rules explain CODE`, the SARIF help and the web observatory's rule pages. \
         A *risk* is a passage that creates or enables a human-rights risk, a *mitigation* one that protects \
         people, *context* one that discusses a risk without doing either.\n",
        catalogue.len(),
        Family::ALL.len()
    );
    for family in Family::ALL {
        let rules: Vec<&Rule> = catalogue
            .rules()
            .filter(|rule| rule.family == family)
            .collect();
        if rules.is_empty() {
            continue;
        }
        let _ = writeln!(
            page,
            "## {} ({})\n",
            capitalised(family.title()),
            family.as_str()
        );
        let _ = writeln!(
            page,
            "| code | name | polarity | severity | what it finds |\n|---|---|---|---|---|"
        );
        for rule in rules {
            let _ = writeln!(
                page,
                "| [{code}]({code}.md) | {name} | {polarity} | {severity} | {summary} |",
                code = rule.code,
                name = rule.name,
                polarity = rule.polarity.as_str(),
                severity = rule.severity.as_str(),
                summary = markdown_text(&one_line(&rule.summary)).replace('|', "\\|"),
            );
        }
        page.push('\n');
    }
    page
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Every file of the catalogue: (file name, contents), the index first.
pub fn catalogue_pages(catalogue: &Catalogue) -> Vec<(String, String)> {
    let mut pages = vec![("index.md".to_string(), catalogue_index_markdown(catalogue))];
    for family in Family::ALL {
        for rule in catalogue.rules().filter(|rule| rule.family == family) {
            pages.push((format!("{}.md", rule.code), rule_page_markdown(rule)));
        }
    }
    pages
}

/// The lines of the book's SUMMARY.md that list the rule pages, under "The rule catalogue".
pub fn summary_lines(catalogue: &Catalogue) -> Vec<String> {
    Family::ALL
        .into_iter()
        .flat_map(|family| catalogue.rules().filter(move |rule| rule.family == family))
        .map(|rule| format!("  - [{} {}](rules/{}.md)", rule.code, rule.name, rule.code))
        .collect()
}

/// Writes the catalogue into `dir`, removing rule pages of rules that no longer exist.
fn write_catalogue(catalogue: &Catalogue, dir: &Path) -> anyhow::Result<Vec<(String, String)>> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let pages = catalogue_pages(catalogue);
    for entry in std::fs::read_dir(dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") && !pages.iter().any(|(page, _)| *page == name) {
            std::fs::remove_file(dir.join(&name)).with_context(|| {
                format!("cannot remove the stale page {}", dir.join(&name).display())
            })?;
        }
    }
    for (name, text) in &pages {
        let path = dir.join(name);
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(pages)
}

/// Runs `rules`.
pub fn run(args: &RulesArgs) -> anyhow::Result<ExitCode> {
    let catalogue = builtin_catalogue()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if let Some(RulesCommand::Explain { code }) = &args.command {
        let Some(rule) = catalogue.get(code) else {
            drop(out);
            eprintln!("error: no rule `{code}`; `rightscope rules` lists them");
            return Ok(ExitCode::from(2));
        };
        out.write_all(rule_page(rule).as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(RulesCommand::Catalogue { out: dir }) = &args.command {
        let pages = write_catalogue(&catalogue, dir)?;
        // The SUMMARY.md lines, for pasting under "The rule catalogue" when a rule was added.
        for line in summary_lines(&catalogue) {
            writeln!(out, "{line}")?;
        }
        out.flush()?;
        drop(out);
        eprintln!(
            "rightscope: wrote {} pages into {}",
            pages.len(),
            dir.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    if args.patterns {
        for pattern in Checker::pattern_sources(&catalogue) {
            writeln!(out, "{pattern}")?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    match args.format {
        RulesFormat::Json => {
            let rules: Vec<&Rule> = catalogue.rules().collect();
            serde_json::to_writer_pretty(&mut out, &rules)?;
            writeln!(out)?;
        }
        RulesFormat::Text => {
            for rule in catalogue.rules() {
                writeln!(
                    out,
                    "{:<8} {:<10} {:<8} {:<40} {}",
                    rule.code,
                    rule.polarity.as_str(),
                    rule.severity.as_str(),
                    rule.name,
                    one_line(&rule.summary)
                )?;
            }
            writeln!(
                out,
                "\n{} rules; `rightscope rules explain CODE` shows one.",
                catalogue.len()
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
