//! Rebuilds the crate when a locale file is added or changed: the Fluent files are embedded at
//! compile time, and a new `locales/es/` directory must be picked up without touching the code.

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=../rightscope-rules/locales");
    println!("cargo:rerun-if-changed=../rightscope-almanac/locales");
    for dir in [
        "locales",
        "../rightscope-rules/locales",
        "../rightscope-almanac/locales",
    ] {
        if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries.flatten() {
                println!("cargo:rerun-if-changed={}", entry.path().display());
            }
        }
    }
}
