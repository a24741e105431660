//! Any bytes as a plan, checked against the built-in rules and rendered in every format.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| staffcheck::fuzz::check(data));
