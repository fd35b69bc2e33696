//! Fuzzes the html reader: any bytes must give a document or an error, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rightscope_doc::{parse_as, Format, Limits};

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_size: 1 << 20,
        ..Limits::default()
    };
    if let Ok(document) = parse_as(Format::Html, data, "fuzz", &limits) {
        // Every section range and position lookup must stay inside the text.
        for section in &document.sections {
            assert!(section.range.start <= section.range.end && section.range.end <= document.text.len());
            let _ = document.position(section.range.start);
        }
    }
});
