//! A synthetic archive generator for benchmarks: real message bodies from the corpus under synthetic
//! senders, dates and threads, written as mboxrd. No real address or name is written.

use std::io::{self, BufRead, Write};

use crate::reader::{detect_format, Chunk, MessageSplitter};

/// Real bodies (with their MIME headers) taken from seed archives.
#[derive(Debug, Default)]
pub struct SeedBodies {
    bodies: Vec<(Vec<u8>, Vec<u8>)>,
}

impl SeedBodies {
    /// Adds every message of an archive as a seed: its Content-Type / Content-Transfer-Encoding
    /// headers and its body. Returns how many were added (0 for inputs that are not archives).
    pub fn add_archive<R: BufRead>(&mut self, mut reader: R) -> io::Result<usize> {
        let Ok(format) = detect_format(reader.fill_buf()?) else {
            return Ok(0);
        };
        let mut splitter = MessageSplitter::new(reader, format);
        let mut added = 0;
        while let Some(chunk) = splitter.next_chunk() {
            let Chunk::Message(raw) = chunk else { continue };
            let bytes = raw.bytes;
            let split = memchr::memmem::find(&bytes, b"\n\n")
                .map(|i| (i + 1, i + 2))
                .or_else(|| memchr::memmem::find(&bytes, b"\n\r\n").map(|i| (i + 1, i + 3)));
            let Some((header_end, body_start)) = split else {
                continue;
            };
            let mut mime = Vec::new();
            let mut keep = false;
            for line in bytes[..header_end].split_inclusive(|&b| b == b'\n') {
                let lower = line.to_ascii_lowercase();
                if line.first().is_some_and(|b| *b == b' ' || *b == b'\t') {
                    if keep {
                        mime.extend_from_slice(line);
                    }
                    continue;
                }
                keep = lower.starts_with(b"content-type:")
                    || lower.starts_with(b"content-transfer-encoding:")
                    || lower.starts_with(b"mime-version:");
                if keep {
                    mime.extend_from_slice(line);
                }
            }
            self.bodies.push((mime, bytes[body_start..].to_vec()));
            added += 1;
        }
        if let Some(e) = splitter.take_error() {
            return Err(e);
        }
        Ok(added)
    }

    /// Number of seed messages.
    pub fn len(&self) -> usize {
        self.bodies.len()
    }

    /// True without seeds.
    pub fn is_empty(&self) -> bool {
        self.bodies.is_empty()
    }
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SynthSummary {
    /// Messages written.
    pub messages: u64,
    /// Bytes written.
    pub bytes: u64,
}

/// splitmix64: small, fast, reproducible.
#[derive(Debug)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
}

/// Sender domains of the synthetic participants: listed organisations of every group plus unlisted
/// domains, so every metric has something to count.
const DOMAINS: &[&str] = &[
    "ericsson.com",
    "nokia.com",
    "huawei.com",
    "qti.qualcomm.com",
    "cisco.com",
    "google.com",
    "apple.com",
    "orange.com",
    "bt.com",
    "ntt.co.jp",
    "samsung.com",
    "intel.com",
    "mit.edu",
    "usherbrooke.ca",
    "ox.ac.uk",
    "inria.fr",
    "cs.example.edu",
    "tsinghua.edu.cn",
    "nist.gov",
    "ncsc.gov.uk",
    "itu.int",
    "eff.org",
    "article19.org",
    "accessnow.org",
    "cdt.org",
    "torproject.org",
    "ietf.org",
    "w3.org",
    "ripe.net",
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "unlisted-widgets.example",
    "small-isp.example",
    "consulting.example",
];

/// Writes a synthetic mboxrd archive of at least `target_bytes` to `out`, from `seeds`, with
/// `people` participants, starting at `start` (Unix seconds) and `seed` for the random choices.
pub fn write_synthetic<W: Write>(
    out: &mut W,
    seeds: &SeedBodies,
    target_bytes: u64,
    people: u64,
    start: i64,
    seed: u64,
) -> io::Result<SynthSummary> {
    if seeds.is_empty() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "no seed messages",
        ));
    }
    let mut rng = Rng(seed);
    let people = people.max(1);
    let mut written = 0_u64;
    let mut messages = 0_u64;
    let mut ts = start;
    let mut recent: Vec<u64> = Vec::with_capacity(512);
    let mut header = Vec::with_capacity(1024);
    while written < target_bytes {
        // Participation is skewed: a few people send most messages.
        let r = rng.below(people * people);
        let person = people - 1 - ((r as f64).sqrt() as u64).min(people - 1);
        let domain = DOMAINS[(person % DOMAINS.len() as u64) as usize];
        ts += 60 + rng.below(2 * 3600) as i64;
        let offset_hours = [0_i64, 0, 0, 1, 2, 8, 9, -4, -5, -7][rng.below(10) as usize];
        let date = mail_parser::DateTime::from_timestamp(ts).to_timezone(offset_hours * 3600);
        let utc = mail_parser::DateTime::from_timestamp(ts);
        let (mime, body) = &seeds.bodies[rng.below(seeds.bodies.len() as u64) as usize];
        let id = messages;
        header.clear();
        writeln!(
            header,
            "From p{person}@{domain} {} {} {:2} {:02}:{:02}:{:02} {}",
            ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
                [(ts.div_euclid(86_400).rem_euclid(7)) as usize],
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
                [usize::from(utc.month.clamp(1, 12) - 1)],
            utc.day,
            utc.hour,
            utc.minute,
            utc.second,
            utc.year
        )?;
        match rng.below(20) {
            // List rewriting (DMARC): the person's own address inside the list's domain.
            0 => writeln!(
                header,
                "From: Participant {person} <p{person}={domain}@dmarc.ietf.org>"
            )?,
            1 => writeln!(
                header,
                "From: \"Participant {person} via Synth\" <synth@lists.example>"
            )?,
            // Case variants of the same address.
            2 => writeln!(
                header,
                "From: Participant {person} <P{person}@{}>",
                domain.to_ascii_uppercase()
            )?,
            _ => writeln!(header, "From: Participant {person} <p{person}@{domain}>")?,
        }
        writeln!(header, "Date: {}", date.to_rfc822())?;
        writeln!(header, "Message-ID: <synth.{id}@rightscope.invalid>")?;
        let reply = !recent.is_empty() && rng.below(10) < 6;
        if reply {
            let parent = recent[rng.below(recent.len() as u64) as usize];
            writeln!(header, "In-Reply-To: <synth.{parent}@rightscope.invalid>")?;
            writeln!(header, "Subject: Re: synthetic thread {parent}")?;
        } else {
            writeln!(header, "Subject: synthetic thread {id}")?;
        }
        header.extend_from_slice(mime);
        header.push(b'\n');
        out.write_all(&header)?;
        written += header.len() as u64;
        // mboxrd: quote body lines starting with (>*)From .
        for line in body.split_inclusive(|&b| b == b'\n') {
            let unquoted = line
                .iter()
                .position(|&b| b != b'>')
                .map_or(&[][..], |p| &line[p..]);
            if unquoted.starts_with(b"From ") {
                out.write_all(b">")?;
                written += 1;
            }
            out.write_all(line)?;
            written += line.len() as u64;
        }
        if !body.ends_with(b"\n") {
            out.write_all(b"\n")?;
            written += 1;
        }
        out.write_all(b"\n")?;
        written += 1;
        if recent.len() < 512 {
            recent.push(id);
        } else {
            recent[rng.below(512) as usize] = id;
        }
        messages += 1;
    }
    Ok(SynthSummary {
        messages,
        bytes: written,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analysis, PseudonymKey, ReadOptions};

    #[test]
    fn synthetic_archive_reads_back_with_merged_identities() {
        let mut seeds = SeedBodies::default();
        let seed = b"From a@x Mon Jan  1 00:00:00 2001\nFrom: a@x\nContent-Type: text/plain\n\nFrom the start\nhello\n";
        assert_eq!(seeds.add_archive(&seed[..]).ok(), Some(1));
        let mut out = Vec::new();
        let summary =
            write_synthetic(&mut out, &seeds, 200_000, 50, 1_500_000_000, 7).expect("synth");
        assert_eq!(summary.bytes, out.len() as u64);
        let mut analysis = Analysis::new(PseudonymKey::from_bytes([3; 32]));
        let list = analysis
            .read("synth", &out[..], ReadOptions::default())
            .expect("read");
        assert_eq!(list.message_count() as u64, summary.messages);
        assert!(list.skipped.is_empty());
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("\n>From the start"));
    }
}
