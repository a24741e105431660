//! Any text as a rule file: parsed and resolved, alone and after the built-in schema.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        staffcheck::fuzz::rules(text);
    }
});
