//! The shipped rule set, compiled into the binary. A test checks that every file in
//! `rules/` is listed here.

macro_rules! builtin_files {
    ($($name:literal),* $(,)?) => {
        pub const FILES: &[(&str, &str)] = &[$(($name, include_str!(concat!("../rules/", $name)))),*];
    };
}

builtin_files!(
    "schema.rules",
    "127-kl-tw.rules",
    "183-kl-tw.rules",
    "decree-33-2023.rules",
    "dispatch-11-2025.rules",
    "dispatch-4168-2025.rules",
    "decree-300-2025.rules",
    "seed-004-cadre-quality.rules",
    "seed-001-functions.rules",
    "decree-135-2020.rules",
    "directive-45-ct-tw.rules",
    "regulation-65-qd-tw.rules",
    "directive-35-ct-tw.rules",
    "resolution-76-2025.rules",
);
