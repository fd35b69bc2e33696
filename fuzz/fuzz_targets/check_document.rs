//! Fuzzes the rule engine on arbitrary documents of every format: detection, the reader it picks,
//! then every built-in rule. Findings must point inside the document's text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rightscope_doc::{parse, Limits};
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
    let limits = Limits {
        max_size: 1 << 20,
        ..Limits::default()
    };
    // Detection looks at the path only to break ties; an .xml name pulls more inputs to the XML
    // reader than a .txt one would.
    let path = match data.first() {
        Some(b) if b % 4 == 0 => "fuzz.xml",
        Some(b) if b % 4 == 1 => "fuzz.md",
        Some(b) if b % 4 == 2 => "fuzz.html",
        _ => "fuzz.txt",
    };
    if let Ok(document) = parse(data, path, &limits) {
        for finding in checker().check(&document).findings {
            assert!(finding.span.start <= finding.span.end);
            assert!(finding.span.end <= document.text.len());
            assert!(document.text.is_char_boundary(finding.span.start));
            assert!(document.text.is_char_boundary(finding.span.end));
        }
    }
});
