//! The real archives of `shared/corpus/mbox`: exact counts checked by hand (grep).

use std::io::BufReader;
use std::path::{Path, PathBuf};

use rightscope_participation::{
    Analysis, Classifier, Period, PseudonymKey, ReadOptions, SkipReason,
};

fn corpus(rel: &str) -> PathBuf {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/mbox"
    ))
    .join(rel)
}

fn read(paths: &[PathBuf]) -> Analysis {
    let mut analysis = Analysis::new(PseudonymKey::from_bytes([1; 32]));
    for path in paths {
        let file = std::fs::File::open(path).expect("corpus file");
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        analysis
            .read(&name, BufReader::new(file), ReadOptions::default())
            .expect("archive");
    }
    analysis
}

#[test]
fn evs_mbox_messages_roots_domains_and_offsets() {
    let analysis = read(&[corpus("bigbang/3GPP_mbox/3GPP_TSG_SA_WG4_EVS.mbox")]);
    let list = &analysis.lists()[0];
    assert_eq!(list.message_count(), 50);
    assert!(list.skipped.is_empty(), "{:?}", list.skipped);
    assert_eq!(analysis.distinct_domains(0), 9);
    let offsets = list.utc_offsets();
    assert_eq!(offsets.get(&0), Some(&38));
    assert_eq!(offsets.get(&480), Some(&6));
    assert_eq!(offsets.get(&-240), Some(&3));
    assert_eq!(offsets.get(&-300), Some(&1));
    // The README says 29 roots; by hand (Python's mailbox module) 34 messages have no In-Reply-To
    // (no message has References) and 5 more reply to messages outside the archive: 39.
    assert_eq!(list.thread_roots(), 39);
}

#[test]
fn listserv_logs_count_one_message_per_separator() {
    // grep -c '^=\{73\}\r$' on each file.
    let dir = corpus("bigbang/3GPP/3GPP_TSG_SA_WG2_MTCE");
    for (file, expected) in [
        ("3GPP_TSG_SA_WG2_MTCE.LOG1305E", 15),
        ("3GPP_TSG_SA_WG2_MTCE.LOG1402D", 1),
        ("3GPP_TSG_SA_WG2_MTCE.LOG1303A", 4),
    ] {
        let analysis = read(&[dir.join(file)]);
        assert_eq!(analysis.lists()[0].message_count(), expected, "{file}");
        assert_eq!(analysis.lists()[0].format.name(), "listserv");
    }
    // No Date header (grep), still counted.
    let analysis = read(&[corpus(
        "bigbang/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.LOG1703C",
    )]);
    assert_eq!(analysis.lists()[0].message_count(), 1);
}

#[test]
fn pipermail_month_has_164_messages() {
    // grep -c '^From .* at ' 2001-November.txt
    let analysis = read(&[corpus("bigbang/2001-November.txt")]);
    let list = &analysis.lists()[0];
    assert_eq!(list.format.name(), "pipermail");
    assert_eq!(list.message_count(), 164);
    assert!(list.skipped.is_empty());
}

#[test]
fn every_mailarchive_file_reads_without_panic() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus("mailarchive"))
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    assert!(files.len() >= 50);
    let mut analysis = Analysis::new(PseudonymKey::from_bytes([1; 32]));
    let mut not_archives = Vec::new();
    for path in &files {
        let file = std::fs::File::open(path).expect("file");
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if analysis
            .read(&name, BufReader::new(file), ReadOptions::default())
            .is_err()
        {
            not_archives.push(name);
        }
    }
    // The only file without any header.
    assert_eq!(not_archives, ["mail_bad.1"]);
    let report = analysis.report(&Classifier::builtin().expect("table"), Period::Month);
    assert_eq!(report.lists.len(), files.len() - 1);
}

fn count(rel: &str) -> (usize, Vec<(SkipReason, u64)>) {
    let analysis = read(&[corpus(rel)]);
    let list = &analysis.lists()[0];
    (
        list.message_count(),
        list.skipped.iter().map(|(r, n)| (*r, *n)).collect(),
    )
}

#[test]
fn mailarchive_counts_checked_by_hand() {
    // mmdf: 10 ^A^A^A^A lines = 5 messages.
    assert_eq!(count("mailarchive/mailbox_mmdf"), (5, vec![]));
    // A year line before each of 4 messages.
    assert_eq!(count("mailarchive/mailbox_year"), (4, vec![]));
    // 4 X-Envelope-From blocks.
    assert_eq!(count("mailarchive/mailbox-x-envelope-from"), (4, vec![]));
    // mbox with 21 envelopes.
    assert_eq!(count("mailarchive/export.mbox").0, 21);
    assert_eq!(count("mailarchive/thread.mail").0, 4);
    // Single messages, broken on purpose: bad date and bad multipart are still counted.
    assert_eq!(count("mailarchive/bad_date.mail"), (1, vec![]));
    assert_eq!(count("mailarchive/mail_multipart_bad.1"), (1, vec![]));
    // No From, no Sender, no envelope: counted as skipped with its reason.
    assert_eq!(
        count("mailarchive/mail_spamlevel.1"),
        (0, vec![(SkipReason::NoSender, 1)])
    );
    // Old archives without envelopes: a new header block with a Date after a blank line. 15 Date
    // headers each; in mailbox_from one (line 298) is inside a forwarded body.
    assert_eq!(count("mailarchive/mailbox_from"), (14, vec![]));
    assert_eq!(count("mailarchive/mailbox_to"), (15, vec![]));
    assert_eq!(count("mailarchive/mailbox_return-path"), (3, vec![]));
}
