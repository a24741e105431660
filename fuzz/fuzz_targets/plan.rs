//! Any bytes as a plan, loaded against the built-in schema.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| staffcheck::fuzz::plan(data));
