//! Fuzzes the rule engine on arbitrary plain text: sentence splitting, context and positions.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rightscope_doc::{parse_as, Format, Limits};
use rightscope_rules::{Catalogue, Checker};

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| {
        let catalogue = Catalogue::builtin().expect("builtin catalogue");
        Checker::new(&catalogue).expect("catalogue compiles")
    })
}

// The catalogue is compiled before the first input, so the per-input timeout measures checking only.
fuzz_target!(init: { checker(); }, |data: &[u8]| {
    if let Ok(document) = parse_as(Format::RfcText, data, "fuzz.txt", &Limits::default()) {
        for finding in checker().check(&document).findings {
            assert!(finding.span.end <= document.text.len());
        }
    }
});
