//! Reads PDF documents (RFC PDFs above all) by extracting their text with pdf-extract and reading it
//! with the plain-text reader.
//!
//! Positions in a PDF document are lines of the extracted text, not page coordinates: a finding on
//! "line 120" points at line 120 of what `pdftotext`-style extraction gives, which is as close to the
//! printed page as a text tool can get.
//!
//! pdf-extract panics on some malformed files and may loop on others, so extraction runs on a worker
//! thread under `catch_unwind` with a time limit; a panic or a timeout becomes a `DocError`.

use crate::dates::MONTHS;

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;
use std::sync::{Once, OnceLock};
use std::thread;
use std::time::Duration;

use regex::Regex;

use crate::error::DocError;
use crate::limits::Limits;
use crate::model::{Author, Document, Format, Meta, Sdo, SourceInfo};

/// Longest a text extraction may take before the document is refused.
const EXTRACTION_TIMEOUT: Duration = Duration::from_secs(120);

/// Stack for the extraction thread: lopdf parses nested objects recursively.
const EXTRACTION_STACK: usize = 64 << 20;

/// Reads a PDF document.
pub fn parse(bytes: &[u8], source: SourceInfo, limits: &Limits) -> Result<Document, DocError> {
    let header = bytes.get(..1024).unwrap_or(bytes);
    if memchr::memmem::find(header, b"%PDF-").is_none() {
        return Err(malformed("no %PDF- header in the first 1024 bytes".into()));
    }
    let extracted = extract(bytes)?;
    let text = normalise(&extracted);
    if text.trim().is_empty() {
        return Err(malformed(
            "the PDF has no extractable text (scanned pages, or fonts without a text mapping)"
                .into(),
        ));
    }
    let front = front_matter(&text);
    let text = repaginate(&text, front.rfc_number.is_some());
    let mut doc = crate::text::parse_text_str(&text, source, limits)?;
    merge(&mut doc.meta, front);
    Ok(doc)
}

fn malformed(reason: String) -> DocError {
    DocError::Malformed {
        format: Format::Pdf,
        reason,
    }
}

thread_local! {
    /// Set on extraction threads, whose panics are reported as errors rather than printed.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Installs, once per process, a panic hook that stays silent on extraction threads and hands every
/// other panic to the hook that was in place. Swapping the hook around each call would race with
/// other threads; a single wrapper keyed on a thread-local flag does not.
fn install_quiet_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

type Extraction = thread::Result<Result<String, pdf_extract::OutputError>>;

/// Runs pdf-extract on a worker thread, turning panics and timeouts into errors.
fn extract(bytes: &[u8]) -> Result<String, DocError> {
    install_quiet_hook();
    let data = bytes.to_vec();
    let (sender, receiver) = mpsc::channel::<Extraction>();
    let worker = thread::Builder::new()
        .name("rightscope-pdf".into())
        .stack_size(EXTRACTION_STACK)
        .spawn(move || {
            QUIET.with(|quiet| quiet.set(true));
            let result = panic::catch_unwind(AssertUnwindSafe(|| {
                pdf_extract::extract_text_from_mem(&data)
            }));
            // The receiver is gone only after a timeout; nobody is left to tell.
            let _ = sender.send(result);
        });
    let result = match worker {
        Ok(_detached) => match receiver.recv_timeout(EXTRACTION_TIMEOUT) {
            Ok(result) => result,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                return Err(DocError::Refused {
                    format: Format::Pdf,
                    reason: format!(
                        "text extraction took longer than {} seconds; the PDF may be malformed",
                        EXTRACTION_TIMEOUT.as_secs()
                    ),
                });
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(malformed("the PDF library failed without a message".into()));
            }
        },
        // No thread available: extract here, still guarded against panics.
        Err(_) => {
            QUIET.with(|quiet| quiet.set(true));
            let result = panic::catch_unwind(AssertUnwindSafe(|| {
                pdf_extract::extract_text_from_mem(bytes)
            }));
            QUIET.with(|quiet| quiet.set(false));
            result
        }
    };
    match result {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(error)) => Err(malformed(format!("the PDF could not be read ({error})"))),
        Err(payload) => Err(malformed(format!(
            "the PDF library failed: {}",
            panic_message(payload.as_ref())
        ))),
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(message) = payload.downcast_ref::<&str>() {
        (*message).to_string()
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Ligatures spelled out (rules look for "conflict", not "conﬂict"), CRLF made LF, control
/// characters other than tab and form feed dropped.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            c if c.is_control() && !matches!(c, '\n' | '\t' | '\u{c}') => {}
            c => out.push(c),
        }
    }
    out
}

fn regex(cell: &'static OnceLock<Option<Regex>>, pattern: &str) -> Option<&'static Regex> {
    cell.get_or_init(|| Regex::new(pattern).ok()).as_ref()
}

/// Rewrites the page furniture of an RFC PDF into the paginated RFC text form the text reader
/// strips (`Author  Category  [Page N]`, form feed, running header), line for line so that line
/// numbers still match the extracted text.
///
/// The PDF gives each page's running header just before its footer; the text form has the footer,
/// then a form feed, then the next page's header.
fn repaginate(text: &str, is_rfc: bool) -> String {
    static FOOTER: OnceLock<Option<Regex>> = OnceLock::new();
    static HEADER: OnceLock<Option<Regex>> = OnceLock::new();
    let (Some(footer), Some(header)) = (
        regex(
            &FOOTER,
            r"^(.{1,60}?(?:Informational|Standards Track|Best Current Practice|Experimental|Historic))\s+Page (\d{1,5})\s*$",
        ),
        regex(
            &HEADER,
            r"^RFC \d{1,5} .{1,80} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\s*$",
        ),
    ) else {
        return text.to_string();
    };
    if !is_rfc {
        return text.to_string();
    }
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    for f in 0..lines.len() {
        let Some(rewritten) = lines.get(f).and_then(|line| {
            footer.captures(line).map(|c| {
                let lead = c.get(1).map_or("", |m| m.as_str()).trim();
                let page = c.get(2).map_or("", |m| m.as_str());
                format!("{lead}  [Page {page}]")
            })
        }) else {
            continue;
        };
        let header_at = (f.saturating_sub(3)..f)
            .rev()
            .find(|&h| lines.get(h).is_some_and(|line| header.is_match(line)));
        match header_at {
            Some(h) => {
                let running = std::mem::take(&mut lines[h]);
                lines[h] = rewritten;
                lines[f] = format!("\u{c}{running}");
            }
            None => {
                lines[f] = rewritten;
                if let Some(next) = lines.get_mut(f + 1) {
                    if next.trim().is_empty() {
                        *next = "\u{c}".to_string();
                    }
                }
            }
        }
    }
    lines.join("\n")
}

/// What the first page of an RFC PDF says about the document.
#[derive(Debug, Default)]
struct FrontMatter {
    rfc_number: Option<u32>,
    title: Option<String>,
    stream: Option<String>,
    status: Option<String>,
    date: Option<String>,
    authors: Vec<Author>,
    obsoletes: Vec<u32>,
    updates: Vec<u32>,
}

/// Reads the RFC PDF title block: `RFC 8890`, the title, then `Stream:`, `RFC:`, `Category:`,
/// `Published:`, `Author:` lines before "Status of This Memo".
fn front_matter(text: &str) -> FrontMatter {
    let mut front = FrontMatter::default();
    let mut lines = text
        .lines()
        .map(str::trim)
        .take_while(|line| !line.starts_with("Status of This Memo"))
        .take(120)
        .peekable();
    while lines.peek().is_some_and(|line| line.is_empty()) {
        lines.next();
    }
    if let Some(number) = lines
        .peek()
        .and_then(|line| line.strip_prefix("RFC "))
        .and_then(|n| n.trim().parse::<u32>().ok())
    {
        front.rfc_number = Some(number);
        lines.next();
        let title: Vec<&str> = lines
            .by_ref()
            .take_while(|line| !line.is_empty() && *line != "Abstract")
            .collect();
        if !title.is_empty() {
            front.title = Some(title.join(" "));
        }
    }
    for line in lines {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            continue;
        }
        match key.trim() {
            "RFC" => front.rfc_number = front.rfc_number.or(value.parse().ok()),
            "Stream" => front.stream = Some(stream_name(&value)),
            "Category" => front.status = Some(value),
            "Published" => front.date = Some(iso_month(&value).unwrap_or(value)),
            "Author" => front.authors.push(Author {
                name: value,
                organization: None,
            }),
            "Obsoletes" => front.obsoletes = numbers(&value),
            "Updates" => front.updates = numbers(&value),
            _ => {}
        }
    }
    front
}

/// `Internet Architecture Board (IAB)` → `IAB`; `Independent Submission` → `independent`.
fn stream_name(value: &str) -> String {
    if value.to_ascii_lowercase().starts_with("independent") {
        return "independent".into();
    }
    value
        .rsplit_once('(')
        .and_then(|(_, acronym)| acronym.strip_suffix(')'))
        .map_or_else(|| value.to_string(), str::to_string)
}

/// `August 2020` → `2020-08`.
fn iso_month(value: &str) -> Option<String> {
    let mut words = value.split_whitespace();
    let month = words.next()?;
    let year: u32 = words.next()?.parse().ok()?;
    let index = MONTHS.iter().position(|m| *m == month)?;
    Some(format!("{year:04}-{:02}", index + 1))
}

fn numbers(value: &str) -> Vec<u32> {
    value
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect()
}

/// Fills what the text reader did not find from the PDF title block.
fn merge(meta: &mut Meta, front: FrontMatter) {
    if meta.rfc_number.is_none() {
        meta.rfc_number = front.rfc_number;
    }
    if meta.name.is_none() {
        meta.name = meta.rfc_number.map(|n| format!("rfc{n}"));
    }
    if meta.title.is_none() {
        meta.title = front.title;
    }
    if meta.stream.is_none() {
        meta.stream = front.stream;
    }
    if meta.status.is_none() {
        meta.status = front.status;
    }
    if meta.date.is_none() {
        meta.date = front.date;
    }
    if meta.authors.is_empty() {
        meta.authors = front.authors;
    }
    if meta.obsoletes.is_empty() {
        meta.obsoletes = front.obsoletes;
    }
    if meta.updates.is_empty() {
        meta.updates = front.updates;
    }
    meta.sdo = if meta.rfc_number.is_some() || meta.sdo == Sdo::Ietf {
        Sdo::Ietf
    } else {
        Sdo::Unknown
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ligatures_and_line_ends_are_normalised() {
        assert_eq!(
            normalise("con\u{fb02}ict\r\ne\u{fb00}ect\0"),
            "conflict\neffect"
        );
    }

    #[test]
    fn page_furniture_becomes_rfc_text_pagination() {
        let text = "a\nNottingham Informational Page 1\n\nb\nRFC 8890 The Internet is for End Users August 2020\n\nNottingham Informational Page 2\n\nc";
        let out = repaginate(text, true);
        assert_eq!(out.lines().count(), text.lines().count());
        assert_eq!(
            out,
            "a\nNottingham Informational  [Page 1]\n\u{c}\nb\nNottingham Informational  [Page 2]\n\n\u{c}RFC 8890 The Internet is for End Users August 2020\n\nc"
        );
        assert_eq!(repaginate(text, false), text);
    }

    #[test]
    fn title_block_is_read() {
        let text = "\n\nRFC 8890\nThe Internet is for End Users\n\nAbstract\n\nx\n\nStream: Internet Architecture Board (IAB)\nRFC: 8890\nObsoletes: 1234, 5678\nCategory: Informational\nPublished: August 2020 \nAuthor:  M. Nottingham\n\nStatus of This Memo\nCategory: ignored";
        let front = front_matter(text);
        assert_eq!(front.rfc_number, Some(8890));
        assert_eq!(
            front.title.as_deref(),
            Some("The Internet is for End Users")
        );
        assert_eq!(front.stream.as_deref(), Some("IAB"));
        assert_eq!(front.status.as_deref(), Some("Informational"));
        assert_eq!(front.date.as_deref(), Some("2020-08"));
        assert_eq!(front.obsoletes, vec![1234, 5678]);
        assert_eq!(front.authors.len(), 1);
        assert_eq!(front.authors[0].name, "M. Nottingham");
    }

    #[test]
    fn panics_are_reported_with_their_message() {
        install_quiet_hook();
        let payload = panic::catch_unwind(|| {
            QUIET.with(|quiet| quiet.set(true));
            panic!("boom");
        })
        .expect_err("panicked");
        QUIET.with(|quiet| quiet.set(false));
        assert_eq!(panic_message(payload.as_ref()), "boom");
    }
}
