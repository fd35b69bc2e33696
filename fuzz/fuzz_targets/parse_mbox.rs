//! Fuzzes the mail-archive reader: format detection, the streaming message splitter (small read
//! buffer and message cap, so block boundaries and oversized messages are exercised), header parsing,
//! and the domain-table CSV reader. Any bytes must give messages, skips or an error, never a panic.
#![no_main]

use std::io::BufReader;
use std::path::Path;

use libfuzzer_sys::fuzz_target;
use rightscope_participation::reader::{detect_format, Chunk, MessageSplitter};
use rightscope_participation::{parse::parse_message, Classifier};

fuzz_target!(|data: &[u8]| {
    if let Ok(format) = detect_format(data) {
        let obfuscated = format.obfuscates_addresses();
        // A 64-byte buffer makes separators straddle reads; a 1 KiB cap (the minimum) makes
        // messages oversized.
        let reader = BufReader::with_capacity(64, data);
        let mut splitter = MessageSplitter::with_cap(reader, format, 1024);
        let mut total = 0usize;
        while let Some(chunk) = splitter.next_chunk() {
            if let Chunk::Message(raw) = chunk {
                total += raw.bytes.len();
                assert!(raw.bytes.len() <= data.len() + 1);
                let _ = parse_message(&raw, obfuscated);
            }
        }
        // The splitter never yields more message bytes than it was given (plus its leading newline).
        assert!(total <= data.len() + 1);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Classifier::from_table(text, Path::new("fuzz.csv"));
    }
});
