//! Fuzzes format detection plus whichever reader it picks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rightscope_doc::{parse, Limits};

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_size: 1 << 20,
        ..Limits::default()
    };
    let _ = parse(data, "fuzz.txt", &limits);
});
