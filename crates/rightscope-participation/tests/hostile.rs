//! Hostile input for the mail-archive readers and the CSV tables: gigantic lines, NUL bytes, bad
//! encodings, encoded-word bombs, endless header continuations, nested MIME, truncation, archives of
//! separators only, compressed files, symlink loops, broken CSV and control characters meant for the
//! terminal or a spreadsheet. Each case runs on its own thread with a 2 MiB stack and a time limit:
//! it must give a clear error or a safe report, and never panic, overflow or hang. Cases that found a
//! defect are named after it (docs/hardening.md lists them).

use std::io::{BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rightscope_participation::parse::parse_message;
use rightscope_participation::reader::{Chunk, MessageSplitter, RawMessage};
use rightscope_participation::{
    archive_files, detect_format, list_name, Analysis, Classifier, ParticipationError,
    ParticipationReport, Period, PseudonymKey, ReadOptions, SkipReason,
};

/// Hang guard, not a performance target: debug builds on a shared machine are slow.
const TIME_LIMIT: Duration = Duration::from_secs(60);

const MB: usize = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Memory: a case that must run in bounded memory runs alone in a child process (this test binary,
// filtered to the one test), which checks its own peak resident size (`VmHWM`, Linux).

/// Environment variable naming the test a child process runs.
const CHILD: &str = "RIGHTSCOPE_HOSTILE_CHILD";

/// Peak resident set of this process in bytes (`VmHWM` of `/proc/self/status`).
fn peak_resident_bytes() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let kb: usize = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM");
    kb * 1024
}

/// Runs `f` in a child process that runs only `test`; the child fails if its peak resident size
/// passes `limit` bytes; the parent fails if the child fails or hangs.
fn in_child_within(test: &str, limit: usize, f: impl FnOnce()) {
    if std::env::var(CHILD).as_deref() == Ok(test) {
        f();
        let peak = peak_resident_bytes();
        assert!(
            peak < limit,
            "{test}: peak resident size {peak} bytes (limit {limit})"
        );
        return;
    }
    let mut child = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", test, "--test-threads=1"])
        .env(CHILD, test)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn child");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{test}: child still running after {TIME_LIMIT:?} (hang guard)");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("child output");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "{test}: {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

// ---------------------------------------------------------------------------------------------

/// Runs `f` off the test thread, on a small stack, with the time limit; a panic fails the case.
fn guarded<T: Send + 'static>(case: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = mpsc::channel();
    let started = Instant::now();
    let worker = std::thread::Builder::new()
        .name(case.to_string())
        .stack_size(2 * MB)
        .spawn(move || {
            let _ = send.send(f());
        })
        .expect("spawn case thread");
    match receive.recv_timeout(TIME_LIMIT) {
        Ok(out) => {
            worker.join().expect("case thread");
            out
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let panic = worker.join().expect_err("thread ended without a result");
            panic!("{case}: panicked: {panic:?}");
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!(
                "{case}: no result after {:?} (hang guard)",
                started.elapsed()
            )
        }
    }
}

/// What reading one archive gave: the read result and the report in its three formats.
struct Outcome {
    read: Result<(usize, Vec<(SkipReason, u64)>), String>,
    table: String,
    json: String,
    csv: String,
}

impl Outcome {
    fn messages(&self) -> usize {
        self.read.as_ref().map_or(0, |(n, _)| *n)
    }

    fn skipped(&self, reason: SkipReason) -> u64 {
        self.read
            .as_ref()
            .ok()
            .and_then(|(_, s)| s.iter().find(|(r, _)| *r == reason).map(|(_, n)| *n))
            .unwrap_or(0)
    }
}

fn key() -> PseudonymKey {
    PseudonymKey::from_bytes([7; 32])
}

/// Reads `bytes` as the CLI does (a 256 KiB buffered reader), then renders the report.
fn read_archive(case: &str, name: &str, bytes: Vec<u8>, classifier: Classifier) -> Outcome {
    let case_name = case.to_string();
    let name = name.to_string();
    let outcome = guarded(case, move || {
        let mut analysis = Analysis::new(key());
        let reader = BufReader::with_capacity(256 * 1024, Cursor::new(bytes));
        let read = analysis
            .read(&name, reader, ReadOptions::default())
            .map(|list| {
                (
                    list.message_count(),
                    list.skipped.iter().map(|(r, n)| (*r, *n)).collect(),
                )
            });
        let report = analysis.report(&classifier, Period::Year);
        Outcome {
            read,
            table: report.to_table(),
            json: report.to_json(),
            csv: report.to_csv(),
        }
    });
    if let Err(reason) = &outcome.read {
        assert!(!reason.trim().is_empty(), "{case_name}: empty error");
        assert!(
            reason.len() < 500,
            "{case_name}: an error of {} bytes",
            reason.len()
        );
        assert_clean(&case_name, "error", reason);
    }
    for (what, text) in [
        ("table", &outcome.table),
        ("json", &outcome.json),
        ("csv", &outcome.csv),
    ] {
        assert_clean(&case_name, what, text);
    }
    outcome
}

fn builtin() -> Classifier {
    Classifier::builtin().expect("built-in table")
}

/// Bidirectional formatting characters that reorder what a reader sees (Trojan Source).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// No terminal control characters (other than line feed) and no bidi overrides in an output.
fn assert_clean(case: &str, what: &str, text: &str) {
    if let Some(bad) = text
        .chars()
        .find(|&c| (c.is_control() && c != '\n') || is_bidi_control(c))
    {
        panic!("{case}: the {what} output holds a raw {bad:?}");
    }
}

fn message(n: usize, from: &str, extra_headers: &str, body: &str) -> String {
    format!(
        "From {from} Mon Jan  1 00:00:{s:02} 2001\nFrom: {from}\nDate: Mon, 1 Jan 2001 00:00:{s:02} +0000\nMessage-ID: <m{n}@example.org>\n{extra_headers}\n{body}\n",
        s = n % 60
    )
}

/// An ordinary archive of `people` senders at `domain`, one message each.
fn archive(people: usize, domain: &str) -> String {
    (0..people)
        .map(|i| {
            message(
                i,
                &format!("person{i}@{domain}"),
                "Subject: hello\n",
                "Hi.\n",
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Gigantic lines.

#[test]
fn fifty_megabyte_line_without_newline_is_not_an_archive() {
    let bytes = vec![b'x'; 50 * MB];
    let outcome = read_archive("50MB-line", "big", bytes, builtin());
    let reason = outcome.read.expect_err("not an archive");
    assert!(
        reason.contains("neither a separator nor a header"),
        "{reason}"
    );
}

#[test]
fn fifty_megabyte_body_line_is_skipped_as_too_large_and_the_next_message_read() {
    let mut bytes = message(0, "a@example.org", "", "").into_bytes();
    bytes.extend(std::iter::repeat_n(b'x', 50 * MB));
    bytes.extend(b"\n");
    bytes.extend(archive(3, "example.net").into_bytes());
    let outcome = read_archive("50MB-body", "big", bytes, builtin());
    assert_eq!(outcome.skipped(SkipReason::TooLarge), 1);
    assert_eq!(outcome.messages(), 3);
}

#[test]
fn fifty_megabyte_header_line_is_skipped_as_too_large() {
    let mut bytes =
        b"From a@example.org Mon Jan  1 00:00:00 2001\nFrom: a@example.org\nX-Long: ".to_vec();
    bytes.extend(std::iter::repeat_n(b'y', 50 * MB));
    let outcome = read_archive("50MB-header", "big", bytes, builtin());
    assert_eq!(outcome.skipped(SkipReason::TooLarge), 1);
    assert_eq!(outcome.messages(), 0);
}

/// A reader of `head` followed by `len` bytes of `x`, never held in memory at once.
struct Endless {
    head: Cursor<Vec<u8>>,
    left: usize,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.head.read(buf)?;
        if n > 0 {
            return Ok(n);
        }
        let n = buf.len().min(self.left);
        buf[..n].fill(b'x');
        self.left -= n;
        Ok(n)
    }
}

/// Splits `head` + `len` bytes of `x` with a 1 MiB cap.
fn split_endless(head: &[u8], len: usize) -> Vec<Chunk> {
    let reader = BufReader::with_capacity(
        256 * 1024,
        Endless {
            head: Cursor::new(head.to_vec()),
            left: len,
        },
    );
    let format = detect_format(head).expect("format");
    let mut splitter = MessageSplitter::with_cap(reader, format, MB);
    std::iter::from_fn(|| splitter.next_chunk()).collect()
}

/// Peak resident size allowed to a child splitting a 50 MB line with a 1 MiB message cap: the
/// test binary itself plus a few read blocks, far below the line.
const SPLIT_LIMIT: usize = 40 * MB;

#[test]
fn unterminated_from_line_of_50_mb_is_not_held_in_memory() {
    // A body line that starts like an envelope (`From `) and never ends: the splitter waited for
    // its end to decide whether it was a separator, holding every byte until the end of input.
    in_child_within(
        "unterminated_from_line_of_50_mb_is_not_held_in_memory",
        SPLIT_LIMIT,
        || {
            let head =
                b"From a@example.org Mon Jan  1 00:00:00 2001\nFrom: a@example.org\n\nhi\nFrom ";
            let chunks = guarded("unterminated-from-line", move || {
                split_endless(head, 50 * MB)
            });
            assert_eq!(chunks, [Chunk::TooLarge], "one oversized message");
        },
    );
}

#[test]
fn unterminated_first_envelope_of_50_mb_is_not_held_in_memory() {
    in_child_within(
        "unterminated_first_envelope_of_50_mb_is_not_held_in_memory",
        SPLIT_LIMIT,
        || {
            let chunks = guarded("unterminated-first-envelope", || {
                split_endless(b"From ", 50 * MB)
            });
            assert_eq!(chunks, [Chunk::TooLarge]);
        },
    );
}

#[test]
fn unterminated_header_separated_line_of_50_mb_is_not_held_in_memory() {
    in_child_within(
        "unterminated_header_separated_line_of_50_mb_is_not_held_in_memory",
        SPLIT_LIMIT,
        || {
            let chunks = guarded("unterminated-header-line", || {
                split_endless(b"From: a@example.org\nDate: x\n\nbody\n\nFrom: b", 50 * MB)
            });
            assert_eq!(chunks, [Chunk::TooLarge]);
        },
    );
}

#[test]
fn fifty_megabyte_message_body_is_split_in_bounded_memory() {
    // The ordinary oversized case, for comparison: a 50 MB body line after a complete header.
    in_child_within(
        "fifty_megabyte_message_body_is_split_in_bounded_memory",
        SPLIT_LIMIT,
        || {
            let head = b"From a@example.org Mon Jan  1 00:00:00 2001\nFrom: a@example.org\n\n";
            let chunks = guarded("50MB-body-memory", move || split_endless(head, 50 * MB));
            assert_eq!(chunks, [Chunk::TooLarge]);
        },
    );
}

// ---------------------------------------------------------------------------------------------
// Bytes and encodings.

#[test]
fn nul_bytes_in_headers_and_bodies() {
    let mut text = archive(3, "example.org");
    text.push_str(&message(
        9,
        "nul\0user@example.org",
        "Subject: a\0b\n",
        "body \0\0\0 with NULs\n",
    ));
    let outcome = read_archive("nul-in-message", "nul", text.into_bytes(), builtin());
    assert_eq!(outcome.messages(), 4);

    let outcome = read_archive("only-nul", "nul", vec![0; 10_000], builtin());
    let reason = outcome.read.expect_err("NULs are not an archive");
    assert!(reason.contains("neither a separator"), "{reason}");
}

#[test]
fn invalid_utf8_and_mixed_encodings_in_headers() {
    let mut bytes = Vec::new();
    // Latin-1 name, raw invalid bytes, a UTF-8 name, an encoded word in a charset that does not exist,
    // a Shift_JIS encoded word, and a name in Windows-1252 beside a UTF-8 subject.
    for (i, from) in [
        &b"\"Jos\xe9 Mar\xeda\" <jose@example.org>"[..],
        b"\xff\xfe\xfd <raw@example.org>",
        "\"Tomás Ñúñez\" <tomas@example.org>".as_bytes(),
        b"=?x-no-such-charset?q?abc?= <nocharset@example.org>",
        b"=?shift_jis?b?g2WDWINn?= <sjis@example.org>",
        b"\"Fran\x80ois\" <francois@example.org>",
    ]
    .into_iter()
    .enumerate()
    {
        bytes.extend(format!("From x@example.org Mon Jan  1 00:00:0{i} 2001\nFrom: ").as_bytes());
        bytes.extend(from);
        bytes.extend(b"\nSubject: caf\xc3\xa9 \xe9t\xe9 =?utf-8?b?/w==?=\nDate: Mon, 1 Jan 2001 00:00:00 +0000\n\nbody\n");
    }
    let outcome = read_archive("bad-encodings", "enc", bytes, builtin());
    assert_eq!(outcome.messages(), 6, "every message keeps its address");
}

fn raw(bytes: Vec<u8>) -> RawMessage {
    RawMessage {
        envelope: Some(b"From a@example.org Mon Jan  1 00:00:00 2001".to_vec()),
        bytes,
    }
}

#[test]
fn encoded_word_bomb_of_100000_words() {
    let words = "=?utf-8?q?a?= ".repeat(100_000);
    let header =
        format!("From: {words}<bomb@example.org>\nDate: Mon, 1 Jan 2001 00:00:00 +0000\n\nx\n");
    let facts = guarded("encoded-word-bomb", move || {
        parse_message(&raw(header.into_bytes()), false)
    })
    .expect("a sender");
    assert_eq!(facts.address, "bomb@example.org");
}

#[test]
fn huge_base64_encoded_word() {
    let word = format!("=?utf-8?b?{}?=", "QUFB".repeat(2 * MB));
    let header =
        format!("From: {word} <b64@example.org>\nDate: Mon, 1 Jan 2001 00:00:00 +0000\n\nx\n");
    let facts = guarded("huge-base64-word", move || {
        parse_message(&raw(header.into_bytes()), false)
    })
    .expect("a sender");
    assert_eq!(facts.address, "b64@example.org");
}

#[test]
fn encoded_words_with_control_characters_never_reach_the_report() {
    // ESC, BEL and a right-to-left override in sender names (raw and encoded) and subjects.
    let mut text = String::new();
    for (i, name) in [
        "\u{1b}[31mRed\u{1b}[0m",
        "=?utf-8?q?=1B]0;pwned=07?=",
        "Bell\u{7}Bell",
        "\u{202e}evil\u{202c}",
        "=?utf-8?b?4oCuZ25wLmV4ZQ==?=",
        "Plain",
    ]
    .into_iter()
    .enumerate()
    {
        text.push_str(&message(
            i,
            &format!("{name} <p{i}@ctl.example>"),
            "Subject: \u{1b}[2J\u{202e}cleared\u{7}\n",
            "\u{1b}[31mbody\n",
        ));
    }
    let outcome = read_archive("control-names", "ctl", text.into_bytes(), builtin());
    assert_eq!(outcome.messages(), 6);
}

#[test]
fn one_hundred_thousand_header_continuation_lines() {
    let folded = " x\n".repeat(100_000);
    let mut text = message(
        0,
        "a@example.org",
        &format!("Subject: start\n{folded}"),
        "x",
    );
    text.push_str(&format!(
        "From b@example.org Mon Jan  1 00:00:01 2001\nFrom: \"B\n{folded}\" <b@example.org>\nDate: Mon, 1 Jan 2001 00:00:01 +0000\n\nx\n"
    ));
    text.push_str(&format!(
        "From c@example.org Mon Jan  1 00:00:02 2001\nReferences: <a@b>\n{}\nFrom: c@example.org\n\nx\n",
        " <r@s>\n".repeat(100_000)
    ));
    let outcome = read_archive("continuations", "fold", text.into_bytes(), builtin());
    assert_eq!(outcome.messages(), 3);
}

#[test]
fn deeply_nested_and_unterminated_mime_bodies() {
    // Bodies are not parsed (headers only), so nesting is just bytes; the messages still count.
    let mut body = String::new();
    for depth in 0..100_000 {
        body.push_str(&format!(
            "--b{depth}\nContent-Type: multipart/mixed; boundary=\"b{}\"\n\n",
            depth + 1
        ));
    }
    let nested = message(
        0,
        "a@example.org",
        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b0\"\n",
        &body,
    );
    let unterminated = message(
        1,
        "b@example.org",
        "Content-Type: multipart/mixed; boundary=\"never\"\n",
        "--never\nContent-Type: text/plain\n\nno closing boundary",
    );
    let outcome = read_archive(
        "nested-mime",
        "mime",
        format!("{nested}{unterminated}").into_bytes(),
        builtin(),
    );
    assert_eq!(outcome.messages(), 2);
}

#[test]
fn truncated_archives_keep_the_messages_before_the_cut() {
    let text = archive(40, "example.org").into_bytes();
    let real = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/mbox/bigbang/2001-November.txt"
    ))
    .unwrap_or_default();
    for bytes in [text, real] {
        if bytes.is_empty() {
            continue;
        }
        let whole = read_archive("untruncated", "t", bytes.clone(), builtin()).messages();
        assert!(whole > 0);
        for fraction in [1, 7, 50, 333, 500, 900, 999] {
            let cut = bytes.len() * fraction / 1000;
            let case = format!("truncated-at-{cut}");
            let outcome = read_archive(&case, "t", bytes[..cut].to_vec(), builtin());
            // Cut in the middle of a message: it may still count (its header is complete) or be
            // skipped; never more than the whole archive and never an error beyond "empty".
            assert!(outcome.messages() <= whole, "{case}");
            if let Err(reason) = &outcome.read {
                assert!(reason.contains("empty") || cut < 64, "{case}: {reason}");
            }
        }
        // One byte short of the end, and cut inside the first envelope line.
        let short = read_archive(
            "truncated-1",
            "t",
            bytes[..bytes.len() - 1].to_vec(),
            builtin(),
        );
        assert_eq!(short.messages(), whole);
        let envelope = read_archive("truncated-envelope", "t", bytes[..12].to_vec(), builtin());
        assert_eq!(envelope.messages(), 0);
    }
}

#[test]
fn back_to_back_from_lines_are_not_counted_as_messages() {
    let text = "From a@example.org Mon Jan  1 00:00:00 2001\n".repeat(200_000);
    let outcome = read_archive("only-from-lines", "from", text.into_bytes(), builtin());
    assert_eq!(outcome.messages(), 0);
    let text = "From \n".repeat(200_000);
    let outcome = read_archive("only-bare-from", "from", text.into_bytes(), builtin());
    assert_eq!(outcome.messages(), 0);
}

#[test]
fn compressed_archives_are_refused_clearly() {
    // The crate reads no compressed archives: gzip and zstd bytes (and a tiny gzip bomb header) are
    // "not a mail archive", with the first bytes shown escaped.
    for (case, bytes) in [
        (
            "gzip",
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xed\xc1\x01\r\x00\x00\x00".to_vec(),
        ),
        ("zstd", b"\x28\xb5\x2f\xfd\x04\x58\x45\x00\x00\x10".to_vec()),
    ] {
        let outcome = read_archive(case, "z", bytes, builtin());
        let reason = outcome.read.expect_err("compressed");
        assert!(reason.contains("neither a separator"), "{case}: {reason}");
    }
}

// ---------------------------------------------------------------------------------------------
// Directories.

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("participation-hostile")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_dot_dot_names_in_a_list_directory() {
    use std::os::unix::fs::symlink;
    let root = scratch("symlinks");
    let dir = root.join("list");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("a.mbox"), archive(2, "example.org")).expect("write");
    std::fs::write(root.join("outside.mbox"), archive(1, "example.net")).expect("write");
    symlink("loop", dir.join("loop")).expect("self loop");
    symlink(dir.join("ping"), dir.join("pong")).expect("loop");
    symlink(dir.join("pong"), dir.join("ping")).expect("loop");
    symlink(&dir, dir.join("parent-dir")).expect("dir loop");
    symlink("../outside.mbox", dir.join("escape.mbox")).expect("outside");
    symlink("/nonexistent/x", dir.join("dangling")).expect("dangling");
    let listed = guarded("symlinks", move || archive_files(&dir)).expect("listing");
    let names: Vec<String> = listed.iter().map(|p| list_name(p)).collect();
    // Loops, directories and dangling links are not files; the link out of the directory is a file
    // the operator put there and is read like one (only aggregates come out).
    assert_eq!(names, ["a.mbox", "escape.mbox"], "{listed:?}");

    let dotted = root.join("list").join("..").join("list");
    let listed = archive_files(&dotted).expect("listing");
    assert_eq!(listed.len(), 2);
    assert_eq!(list_name(&dotted), "list");
    assert_eq!(list_name(Path::new("../..")), "../..");
}

#[test]
fn control_characters_in_list_names_are_not_written_raw() {
    let name = "\u{1b}[31mlist\u{7}\u{202e}txt.exe";
    let outcome = read_archive(
        "control-list-name",
        name,
        archive(6, "example.org").into_bytes(),
        builtin(),
    );
    assert_eq!(outcome.messages(), 6);
    assert!(outcome.table.contains("[31mlist"), "{}", outcome.table);
}

// ---------------------------------------------------------------------------------------------
// CSV tables.

const HEADER: &str = "domain,organisation,group,region,source,checked\n";

fn table(case: &str, text: String) -> Result<Classifier, ParticipationError> {
    let result = guarded(case, move || {
        Classifier::from_table(&text, Path::new("hostile-domains.csv"))
    });
    if let Err(error) = &result {
        let message = error.to_string();
        assert!(
            message.contains("hostile-domains.csv:"),
            "{case}: {message}"
        );
        assert!(
            message.len() < 500,
            "{case}: an error of {} bytes",
            message.len()
        );
        assert_clean(case, "error", &message);
    }
    result
}

fn line_of(error: &ParticipationError) -> usize {
    match error {
        ParticipationError::Table { line, .. } => *line,
        other => panic!("not a table error: {other}"),
    }
}

#[test]
fn csv_unbalanced_quote_names_the_line() {
    let error = table(
        "csv-unbalanced-quote",
        format!("{HEADER}a.org,A,industry,150,x,y\n\"b.org,B,industry,150,x,y\n"),
    )
    .expect_err("unbalanced quote");
    assert_eq!(line_of(&error), 3);
    assert!(error.to_string().contains("quote"), "{error}");
}

#[test]
fn csv_ten_megabyte_field_gives_a_short_error() {
    let big = "g".repeat(10 * MB);
    let error =
        table("csv-10MB-field", format!("{HEADER}a.org,A,{big},150,x,y\n")).expect_err("bad group");
    assert_eq!(line_of(&error), 2);
    let fine = table(
        "csv-10MB-organisation",
        format!("{HEADER}a.org,{big},industry,150,x,y\n"),
    );
    assert!(fine.is_ok() || fine.is_err_and(|e| line_of(&e) == 2));
}

#[test]
fn csv_nul_and_control_characters_in_organisations_are_refused() {
    for (case, organisation) in [
        ("csv-nul", "Evil\0Corp"),
        ("csv-esc", "\u{1b}[31mEvil"),
        ("csv-bel", "Evil\u{7}"),
        ("csv-bidi", "\u{202e}lived"),
    ] {
        let error = table(
            case,
            format!(
                "{HEADER}a.org,A,industry,150,x,y\nevil.example,{organisation},industry,150,x,y\n"
            ),
        )
        .expect_err(case);
        assert_eq!(line_of(&error), 3, "{case}");
        assert!(error.to_string().contains("control"), "{case}: {error}");
    }
}

#[test]
fn csv_wrong_column_count_names_the_line() {
    for (case, row) in [
        ("csv-too-few", "a.org,A,industry\n"),
        ("csv-too-many", "a.org,A,industry,150,x,y,z,w\n"),
    ] {
        let error = table(case, format!("{HEADER}{row}")).expect_err(case);
        assert_eq!(line_of(&error), 2, "{case}");
        assert!(error.to_string().contains("fields"), "{case}: {error}");
    }
}

#[test]
fn csv_invalid_utf8_file_names_the_file_and_line() {
    let dir = scratch("csv-utf8");
    let path = dir.join("domains.csv");
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend(b"a.org,A,industry,150,x,y\nb.org,B\xff\xfe,industry,150,x,y\n");
    std::fs::write(&path, bytes).expect("write");
    let error = guarded("csv-invalid-utf8", move || {
        Classifier::from_table_file(&path)
    })
    .expect_err("invalid UTF-8");
    let message = error.to_string();
    assert!(message.contains("domains.csv:3"), "{message}");
    assert!(message.contains("UTF-8"), "{message}");
}

#[test]
fn csv_self_reports_hostile_rows() {
    let key = key();
    let header = "id,group,region,organisation,consent\n";
    for (case, rows, line) in [
        ("self-unbalanced", "\"a@x.org,academia,150,,yes\n", 2),
        ("self-too-few", "a@x.org,academia\n", 2),
        (
            "self-control-org",
            "a@x.org,academia,150,\u{1b}]0;x\u{7},yes\n",
            2,
        ),
        (
            "self-huge-group",
            &format!("a@x.org,{},150,,yes\n", "z".repeat(10 * MB)),
            2,
        ),
    ] {
        let mut classifier = Classifier::default();
        let text = format!("{header}{rows}");
        let key = key.clone();
        let error = guarded(case, move || {
            classifier.add_self_reports(&text, Path::new("self.csv"), &key)
        })
        .expect_err(case);
        let message = error.to_string();
        assert_eq!(line_of(&error), line, "{case}: {message}");
        assert!(
            message.len() < 500 && message.starts_with("self.csv:"),
            "{case}"
        );
        assert_clean(case, "error", &message);
    }
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet output.

fn report_with_organisation(organisation: &str, list: &str) -> ParticipationReport {
    let classifier = Classifier::from_table(
        &format!("{HEADER}formula.example,\"{organisation}\",industry,150,x,y\n"),
        Path::new("t.csv"),
    )
    .expect("table");
    let mut analysis = Analysis::new(key());
    analysis
        .read(
            list,
            Cursor::new(archive(6, "formula.example").into_bytes()),
            ReadOptions::default(),
        )
        .expect("read");
    analysis.report(&classifier, Period::Year)
}

#[test]
fn csv_output_cells_cannot_start_a_spreadsheet_formula() {
    for start in ["=", "+", "-", "@"] {
        let organisation = format!("{start}HYPERLINK(\"\"http://x\"\")");
        let list = format!("{start}1+1");
        let csv = guarded("csv-formula", move || {
            report_with_organisation(&organisation, &list).to_csv()
        });
        for line in csv.lines() {
            for cell in line.split(',') {
                let cell = cell.trim_start_matches('"');
                assert!(
                    !(cell.starts_with(['=', '+', '@']) || cell.starts_with('-') && cell.len() > 1),
                    "a cell starts a formula: {line}"
                );
            }
        }
        assert!(csv.contains(&format!("'{start}1+1")), "{csv}");
        assert!(csv.contains(&format!("'{start}HYPERLINK")), "{csv}");
    }
}
