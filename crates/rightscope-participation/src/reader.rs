//! Archive readers: detect the archive format and split a byte stream into raw messages, one at a time.
//!
//! The splitter holds at most one message (up to [`DEFAULT_MESSAGE_CAP`] bytes, more is skipped and
//! counted as too large) plus one read block, whatever the archive size.

use std::io::BufRead;

use memchr::memmem;
use serde::Serialize;

/// Largest message kept; bigger ones (huge attachments, a broken separator swallowing an archive) are
/// skipped and counted.
pub const DEFAULT_MESSAGE_CAP: usize = 16 * 1024 * 1024;

/// How much is read from the input at a time.
const READ_BLOCK: usize = 1024 * 1024;

/// How much of the input is looked at to recognise the format.
const SNIFF_BYTES: usize = 64 * 1024;

/// Longest line that can be a separator: a candidate line still open after this many bytes is
/// decided on what is buffered, so an endless `From ` line is not held whole waiting for its end.
const MAX_SEPARATOR_LINE: usize = 64 * 1024;

/// The LISTSERV message separator line (73 equals signs).
const LISTSERV_SEPARATOR: &[u8] =
    b"=========================================================================";

/// A mail archive format this crate reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ArchiveFormat {
    /// mboxo / mboxrd: messages start at a `From ` envelope line.
    Mbox,
    /// mboxcl / mboxcl2: like mbox, but a `Content-Length` header gives the body length, so body lines
    /// starting with `From ` are not separators.
    MboxContentLength,
    /// Pipermail monthly text archive: mbox with `From user at example.com` envelopes and obfuscated
    /// addresses.
    Pipermail,
    /// MMDF: each message between `\x01\x01\x01\x01` lines.
    Mmdf,
    /// LISTSERV `.LOG` notebook: messages separated by a line of 73 `=`.
    Listserv,
    /// A single message file (IETF mailarchive export), or old archives where each message starts,
    /// after a blank line, with the same header as the first one (`From:`, `Date:`, `Return-Path:` …).
    HeaderSeparated {
        /// The header name that starts every message.
        header: String,
    },
    /// Old archives where a line holding only a year precedes each message.
    YearSeparated,
}

impl ArchiveFormat {
    /// Short name of the format as shown in reports.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Mbox => "mbox",
            Self::MboxContentLength => "mboxcl",
            Self::Pipermail => "pipermail",
            Self::Mmdf => "mmdf",
            Self::Listserv => "listserv",
            Self::HeaderSeparated { .. } => "messages",
            Self::YearSeparated => "year-separated",
        }
    }

    /// True for the formats whose addresses are written `user at example.com`.
    pub fn obfuscates_addresses(&self) -> bool {
        matches!(self, Self::Pipermail)
    }
}

/// Recognises the format from the first bytes of an archive; `Err` says what the bytes looked like.
pub fn detect_format(head: &[u8]) -> Result<ArchiveFormat, String> {
    let mut lines = head.split(|&b| b == b'\n').map(trim_cr);
    let Some(first) = lines
        .by_ref()
        .find(|l| !l.iter().all(u8::is_ascii_whitespace))
    else {
        return Err("empty".to_string());
    };
    if first.starts_with(b"From ") {
        if is_pipermail_envelope(first) {
            return Ok(ArchiveFormat::Pipermail);
        }
        // mboxcl: the first message's header block carries Content-Length.
        for line in lines {
            if line.is_empty() {
                break;
            }
            if line.len() > 15 && line[..15].eq_ignore_ascii_case(b"content-length:") {
                return Ok(ArchiveFormat::MboxContentLength);
            }
        }
        return Ok(ArchiveFormat::Mbox);
    }
    if first.starts_with(b"\x01\x01\x01\x01") {
        return Ok(ArchiveFormat::Mmdf);
    }
    if first.len() >= 20 && first.iter().all(|&b| b == b'=') {
        return Ok(ArchiveFormat::Listserv);
    }
    if is_year_line(first) {
        return Ok(ArchiveFormat::YearSeparated);
    }
    if let Some(name) = header_name(first) {
        return Ok(ArchiveFormat::HeaderSeparated {
            header: String::from_utf8_lossy(name).into_owned(),
        });
    }
    let shown: String = String::from_utf8_lossy(&first[..first.len().min(40)])
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    Err(format!(
        "first line {shown:?} is neither a separator nor a header"
    ))
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// `Name:` at the start of a line, RFC 5322 field-name characters only.
fn header_name(line: &[u8]) -> Option<&[u8]> {
    let colon = memchr::memchr(b':', line)?;
    let name = &line[..colon];
    (!name.is_empty() && name.iter().all(|&b| (33..=126).contains(&b) && b != b':')).then_some(name)
}

fn is_year_line(line: &[u8]) -> bool {
    let line = trim_cr(line);
    line.len() == 4 && line.iter().all(u8::is_ascii_digit)
}

/// `From jjl at pobox.com  Thu Nov  1 11:19:12 2001`.
fn is_pipermail_envelope(line: &[u8]) -> bool {
    let mut words = line.split(|&b| b == b' ').filter(|w| !w.is_empty());
    words.next() == Some(b"From") && words.nth(1) == Some(b"at") && is_envelope_line(line)
}

/// A `From ` line that looks like an envelope (has a time `hh:mm`), not a body line that starts
/// with "From " in an mboxo archive.
fn is_envelope_line(line: &[u8]) -> bool {
    line.windows(5).any(|w| {
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[2] == b':'
            && w[3].is_ascii_digit()
            && w[4].is_ascii_digit()
    })
}

/// One message cut out of an archive, not yet parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMessage {
    /// The mbox envelope line (`From sender date`), when the format has one.
    pub envelope: Option<Vec<u8>>,
    /// The message: header block and body.
    pub bytes: Vec<u8>,
}

/// What the splitter yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chunk {
    /// A message within the size cap.
    Message(RawMessage),
    /// A message larger than the cap; its bytes were dropped while reading.
    TooLarge,
}

/// Splits an archive into messages, streaming over a [`BufRead`].
#[derive(Debug)]
pub struct MessageSplitter<R> {
    reader: R,
    format: ArchiveFormat,
    cap: usize,
    /// Buffered input; a virtual `\n` starts it so the first separator matches like any other.
    buf: Vec<u8>,
    /// Start of the current message in `buf`.
    pos: usize,
    /// Where the separator search resumes.
    scan: usize,
    eof: bool,
    /// The current message passed the cap and is being skipped.
    oversized: bool,
    /// Envelope line of the current message.
    envelope: Option<Vec<u8>>,
    /// Content-Length of the current message was checked (mboxcl).
    length_checked: bool,
    needle: Vec<u8>,
    read_error: Option<std::io::Error>,
}

impl<R: BufRead> MessageSplitter<R> {
    /// A splitter for `format` with the default per-message cap.
    pub fn new(reader: R, format: ArchiveFormat) -> Self {
        Self::with_cap(reader, format, DEFAULT_MESSAGE_CAP)
    }

    /// A splitter for `format` keeping messages up to `cap` bytes.
    pub fn with_cap(reader: R, format: ArchiveFormat, cap: usize) -> Self {
        let needle = match &format {
            ArchiveFormat::Mbox | ArchiveFormat::MboxContentLength | ArchiveFormat::Pipermail => {
                b"\nFrom ".to_vec()
            }
            ArchiveFormat::Mmdf => b"\n\x01\x01\x01\x01".to_vec(),
            ArchiveFormat::Listserv => [b"\n".as_slice(), LISTSERV_SEPARATOR].concat(),
            ArchiveFormat::HeaderSeparated { .. } => b"\n".to_vec(),
            ArchiveFormat::YearSeparated => b"\n".to_vec(),
        };
        Self {
            reader,
            format,
            cap: cap.max(1024),
            buf: vec![b'\n'],
            pos: 0,
            scan: 0,
            eof: false,
            oversized: false,
            envelope: None,
            length_checked: false,
            needle,
            read_error: None,
        }
    }

    /// The error that ended reading early, if any (the messages before it were yielded).
    pub fn take_error(&mut self) -> Option<std::io::Error> {
        self.read_error.take()
    }

    /// Reads one more block; false at the end of input.
    fn fill(&mut self) -> bool {
        if self.eof {
            return false;
        }
        // Keep the byte before the message (the `\n` where the separator search may resume).
        let cut = self.pos.saturating_sub(1).min(self.scan);
        if cut > 0 {
            self.buf.drain(..cut);
            self.scan -= cut;
            self.pos -= cut;
        }
        let old = self.buf.len();
        self.buf.resize(old + READ_BLOCK, 0);
        loop {
            match self.reader.read(&mut self.buf[old..]) {
                Ok(0) => {
                    self.buf.truncate(old);
                    self.eof = true;
                    return false;
                }
                Ok(n) => {
                    self.buf.truncate(old + n);
                    return true;
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.buf.truncate(old);
                    self.read_error = Some(e);
                    self.eof = true;
                    return false;
                }
            }
        }
    }

    /// Checks a candidate separator at `at` (the `\n` before the separator line). Returns
    /// `Some(Some(next))` with the start of the next message, `Some(None)` when it is not a
    /// separator, `None` when more input is needed to decide.
    fn check_separator(&self, at: usize) -> Option<Option<usize>> {
        let line_start = at + 1;
        let rest = &self.buf[line_start..];
        let line_end = match memchr::memchr(b'\n', rest) {
            Some(n) => line_start + n + 1,
            None if self.eof => self.buf.len(),
            // No separator is that long: it is message text.
            None if rest.len() > MAX_SEPARATOR_LINE => return Some(None),
            None => return None,
        };
        let line = trim_cr(
            self.buf[line_start..line_end]
                .strip_suffix(b"\n")
                .unwrap_or(&self.buf[line_start..line_end]),
        );
        let after_blank =
            at == 0 || self.buf[..at].ends_with(b"\n") || self.buf[..at].ends_with(b"\n\r");
        let ok = match &self.format {
            ArchiveFormat::Mbox | ArchiveFormat::MboxContentLength | ArchiveFormat::Pipermail => {
                is_envelope_line(line)
            }
            ArchiveFormat::Mmdf => line == b"\x01\x01\x01\x01",
            ArchiveFormat::Listserv => line == LISTSERV_SEPARATOR,
            ArchiveFormat::HeaderSeparated { header } => {
                if !after_blank || header_name(line).is_none() {
                    false
                } else {
                    self.header_block_starts_message(line_start, header)?
                }
            }
            ArchiveFormat::YearSeparated => after_blank && is_year_line(line),
        };
        if !ok {
            return Some(None);
        }
        Some(Some(match self.format {
            // The header line belongs to the next message.
            ArchiveFormat::HeaderSeparated { .. } => line_start,
            _ => line_end,
        }))
    }

    /// Whether the header-like block at `start` begins a new message: every line until the next
    /// blank line is a header or a continuation, and it has `Date:` plus the archive's first header
    /// name or `From:` (Outlook's quoted `From:/Sent:/To:` blocks have no `Date:`). None when the block
    /// is not fully buffered yet.
    fn header_block_starts_message(&self, start: usize, first_header: &str) -> Option<bool> {
        let rest = &self.buf[start..];
        let window = &rest[..rest.len().min(64 * 1024)];
        let end = memmem::find(window, b"\n\n")
            .or_else(|| memmem::find(window, b"\n\r\n"))
            .map(|i| i + 1);
        let block = match end {
            Some(end) => &window[..end],
            None if self.eof || window.len() >= 64 * 1024 => window,
            None => return None,
        };
        let (mut has_first, mut has_from, mut has_date) = (false, false, false);
        for line in block
            .split(|&b| b == b'\n')
            .map(trim_cr)
            .filter(|l| !l.is_empty())
        {
            if line[0] == b' ' || line[0] == b'\t' {
                continue;
            }
            let Some(name) = header_name(line) else {
                return Some(false);
            };
            has_first |= name.eq_ignore_ascii_case(first_header.as_bytes());
            has_from |= name.eq_ignore_ascii_case(b"from");
            has_date |= name.eq_ignore_ascii_case(b"date");
        }
        Some(has_date && (has_first || has_from))
    }

    /// mboxcl: when the current message's header gives a Content-Length that lands exactly on the
    /// next envelope (or the end), skip the body so `From ` lines inside it are not separators.
    fn apply_content_length(&mut self) {
        // Offsets relative to `pos`: `fill` moves the buffer.
        let header_end = loop {
            let hay = &self.buf[self.pos..];
            let found = memmem::find(hay, b"\n\n")
                .map(|i| i + 2)
                .or_else(|| memmem::find(hay, b"\n\r\n").map(|i| i + 3));
            match found {
                Some(end) => break end,
                None if hay.len() > 256 * 1024 || !self.fill() => return,
                None => {}
            }
        };
        let Some(length) = content_length(&self.buf[self.pos..self.pos + header_end]) else {
            return;
        };
        if length > self.cap {
            return;
        }
        let body_end = header_end + length;
        while self.buf.len() < self.pos + body_end + 8 && self.fill() {}
        let body_end = self.pos + body_end;
        let tail = self.buf.get(body_end..).unwrap_or(&[]);
        let lands = tail.iter().all(u8::is_ascii_whitespace)
            || tail.starts_with(b"From ")
            || tail.starts_with(b"\nFrom ")
            || tail.starts_with(b"\r\nFrom ");
        if lands && body_end <= self.buf.len() {
            self.scan = self.scan.max(body_end.saturating_sub(1));
        }
    }

    /// Where the separator search may resume at the earliest: the `\n` before the current message
    /// (a separator may follow the previous one directly), or the message start itself for
    /// header-separated messages, whose first line is the separator just found.
    fn resume_floor(&self) -> usize {
        if matches!(self.format, ArchiveFormat::HeaderSeparated { .. }) {
            self.pos
        } else {
            self.pos.saturating_sub(1)
        }
    }

    /// The next message, `None` at the end of the archive.
    pub fn next_chunk(&mut self) -> Option<Chunk> {
        loop {
            if matches!(self.format, ArchiveFormat::MboxContentLength)
                && !self.length_checked
                && self.envelope.is_some()
            {
                self.apply_content_length();
                self.length_checked = true;
            }
            let from = self.scan.max(self.pos.saturating_sub(1));
            let found = memmem::find(&self.buf[from..], &self.needle).map(|i| from + i);
            match found {
                Some(at) => match self.check_separator(at) {
                    None => {
                        self.fill();
                    }
                    Some(None) => self.scan = at + 1,
                    Some(Some(next)) => {
                        let chunk = self.finish_message(at + 1);
                        self.start_message(at + 1, next);
                        if let Some(chunk) = chunk {
                            return Some(chunk);
                        }
                    }
                },
                None => {
                    // Keep the tail that could hold the start of a separator.
                    self.scan = self
                        .buf
                        .len()
                        .saturating_sub(self.needle.len() + 1)
                        .max(self.resume_floor());
                    if self.buf.len() - self.pos > self.cap {
                        self.oversized = true;
                        let keep_from = self.buf.len().saturating_sub(self.needle.len() + 2);
                        self.buf.drain(self.pos..keep_from);
                        self.scan = self.pos;
                    }
                    if !self.fill() {
                        let end = self.buf.len();
                        let chunk = self.finish_message(end);
                        self.pos = end;
                        self.scan = end;
                        return chunk;
                    }
                }
            }
        }
    }

    /// Closes the message `pos..end`; None when it is empty (e.g. before the first separator).
    fn finish_message(&mut self, end: usize) -> Option<Chunk> {
        let bytes = &self.buf[self.pos.min(end)..end];
        let envelope = self.envelope.take();
        if std::mem::take(&mut self.oversized) || bytes.len() > self.cap {
            return Some(Chunk::TooLarge);
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        Some(Chunk::Message(RawMessage {
            envelope,
            bytes: bytes.to_vec(),
        }))
    }

    /// Starts the next message after the separator line `line_start..next`.
    fn start_message(&mut self, line_start: usize, next: usize) {
        if matches!(
            self.format,
            ArchiveFormat::Mbox | ArchiveFormat::MboxContentLength | ArchiveFormat::Pipermail
        ) {
            self.envelope = Some(
                trim_cr(
                    self.buf[line_start..next]
                        .strip_suffix(b"\n")
                        .unwrap_or(&self.buf[line_start..next]),
                )
                .to_vec(),
            );
        }
        self.pos = next;
        // Resume at the separator line's own `\n`, so a separator right after it (two envelope
        // lines in a row, MMDF end and start markers) is found too, instead of being read as the
        // next message's first header. Header-separated messages start at their header line, which
        // must not be found again.
        self.scan = self.resume_floor().max(line_start);
        self.length_checked = false;
    }
}

/// The value of a `Content-Length:` header in a header block.
fn content_length(header: &[u8]) -> Option<usize> {
    header.split(|&b| b == b'\n').find_map(|line| {
        let line = trim_cr(line);
        if line.len() > 15 && line[..15].eq_ignore_ascii_case(b"content-length:") {
            std::str::from_utf8(&line[15..]).ok()?.trim().parse().ok()
        } else {
            None
        }
    })
}

/// Reads up to [`SNIFF_BYTES`] from the reader without consuming them, for [`detect_format`].
pub fn sniff<R: BufRead>(reader: &mut R) -> std::io::Result<Vec<u8>> {
    // BufRead's buffer may be smaller than SNIFF_BYTES; peek what it holds (at least the first line).
    let head = reader.fill_buf()?;
    Ok(head[..head.len().min(SNIFF_BYTES)].to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(input: &[u8]) -> Vec<Chunk> {
        let format = detect_format(input).expect("format");
        let mut splitter = MessageSplitter::with_cap(input, format, 1024);
        std::iter::from_fn(|| splitter.next_chunk()).collect()
    }

    fn bodies(chunks: &[Chunk]) -> Vec<String> {
        chunks
            .iter()
            .map(|c| match c {
                Chunk::Message(m) => String::from_utf8_lossy(&m.bytes).into_owned(),
                Chunk::TooLarge => "TOO LARGE".into(),
            })
            .collect()
    }

    #[test]
    fn detects_each_format() {
        assert_eq!(
            detect_format(b"From a@b.c Thu Nov  1 11:19:12 2001\nFrom: a\n"),
            Ok(ArchiveFormat::Mbox)
        );
        assert_eq!(
            detect_format(b"From a at b.c  Thu Nov  1 11:19:12 2001\nFrom: a\n"),
            Ok(ArchiveFormat::Pipermail)
        );
        assert_eq!(
            detect_format(b"From a@b.c Thu Nov  1 11:19:12 2001\nContent-Length: 3\n\nabc\n"),
            Ok(ArchiveFormat::MboxContentLength)
        );
        assert_eq!(
            detect_format(b"\x01\x01\x01\x01\nFrom: a\n"),
            Ok(ArchiveFormat::Mmdf)
        );
        assert_eq!(
            detect_format(&[LISTSERV_SEPARATOR, b"\r\nDate: x\r\n"].concat()),
            Ok(ArchiveFormat::Listserv)
        );
        assert_eq!(
            detect_format(b"\n2005\nDate: x\n"),
            Ok(ArchiveFormat::YearSeparated)
        );
        assert_eq!(
            detect_format(b"Return-Path: <a@b>\n"),
            Ok(ArchiveFormat::HeaderSeparated {
                header: "Return-Path".into()
            })
        );
        assert!(detect_format(b"Hello,\n\nno headers\n").is_err());
        assert!(detect_format(b"  \n").is_err());
    }

    #[test]
    fn mbox_body_from_lines_without_a_time_are_not_separators() {
        let input = b"From a@x Mon Jan  1 00:00:00 2001\nFrom: a@x\n\nFrom here on\n\nFrom b@x Mon Jan  1 00:00:01 2001\nFrom: b@x\n\nhi\n";
        let chunks = split(input);
        assert_eq!(
            bodies(&chunks),
            ["From: a@x\n\nFrom here on\n\n", "From: b@x\n\nhi\n"]
        );
        let Chunk::Message(first) = &chunks[0] else {
            panic!("message")
        };
        assert_eq!(
            first.envelope.as_deref(),
            Some(&b"From a@x Mon Jan  1 00:00:00 2001"[..])
        );
    }

    #[test]
    fn mboxcl_content_length_skips_from_lines_in_the_body() {
        let body = "From 12:00 the body says\n";
        let input = format!(
            "From a@x Mon Jan  1 00:00:00 2001\nContent-Length: {}\n\n{body}From b@x Mon Jan  1 00:00:01 2001\nFrom: b@x\n\nhi\n",
            body.len()
        );
        let chunks = split(input.as_bytes());
        assert_eq!(chunks.len(), 2, "{:?}", bodies(&chunks));
    }

    #[test]
    fn oversized_messages_are_counted_and_the_next_one_still_read() {
        let big = "x".repeat(5000);
        let input = format!("From a@x Mon Jan  1 00:00:00 2001\nFrom: a@x\n\n{big}\nFrom b@x Mon Jan  1 00:00:01 2001\nFrom: b@x\n\nhi\n");
        let chunks = split(input.as_bytes());
        assert_eq!(bodies(&chunks), ["TOO LARGE", "From: b@x\n\nhi\n"]);
    }

    #[test]
    fn header_separated_messages_split_only_after_a_blank_line() {
        let input = b"From: a\nDate: d\n\nbody\nFrom: quoted\n\nFrom: q\nSent: x\n\nFrom: b\nDate: d\n\nbody\n";
        assert_eq!(
            bodies(&split(input)),
            [
                "From: a\nDate: d\n\nbody\nFrom: quoted\n\nFrom: q\nSent: x\n\n",
                "From: b\nDate: d\n\nbody\n"
            ]
        );
    }

    #[test]
    fn back_to_back_envelope_lines_are_separate_empty_messages() {
        let input = b"From a@x Mon Jan  1 00:00:00 2001\nFrom b@x Mon Jan  1 00:00:01 2001\nFrom c@x Mon Jan  1 00:00:02 2001\nFrom: c@x\n\nhi\n";
        assert_eq!(bodies(&split(input)), ["From: c@x\n\nhi\n"]);
    }

    #[test]
    fn mmdf_and_listserv_separators() {
        let mmdf = b"\x01\x01\x01\x01\nFrom: a\n\nx\n\x01\x01\x01\x01\n\x01\x01\x01\x01\nFrom: b\n\ny\n\x01\x01\x01\x01\n";
        assert_eq!(split(mmdf).len(), 2);
        let sep = String::from_utf8_lossy(LISTSERV_SEPARATOR).into_owned();
        let log = format!("{sep}\r\nFrom: a\r\n\r\nx\r\n{sep}\r\nFrom: b\r\n\r\ny\r\n");
        assert_eq!(split(log.as_bytes()).len(), 2);
    }
}
