//! The shipped rule set, compiled into the binary. A test checks that every file in
//! `rules/` is listed here.

pub const FILES: &[(&str, &str)] = &[
    ("schema.rules", include_str!("../rules/schema.rules")),
    ("127-kl-tw.rules", include_str!("../rules/127-kl-tw.rules")),
];
