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
    "resolution-106-2025.rules",
    "staffing-quota-2025.rules",
);

macro_rules! builtin_examples {
    ($($id:literal),* $(,)?) => {
        /// For each shipped rule, a plan that breaks it (`tests/rules/ID/fail.yaml`), for
        /// `staffcheck explain`. A test checks that every shipped rule has one.
        pub const EXAMPLES: &[(&str, &str)] = &[$(($id, include_str!(concat!("../tests/rules/", $id, "/fail.yaml")))),*];
    };
}

builtin_examples!(
    "UNIT-KIND",
    "KEY-SECRETARY",
    "KEY-DEPUTY-SECRETARY",
    "KEY-COUNCIL-CHAIR",
    "KEY-COMMITTEE-CHAIR",
    "EXPERTISE",
    "DEADLINE-183",
    "DEGREE-PLAIN",
    "DEGREE-REMOTE",
    "THEORY",
    "VICE-CAP",
    "COUNCIL-VICE-CAP",
    "VICE-AVERAGE",
    "NON-LOCAL",
    "PRESTIGE",
    "CONCURRENT-COUNT",
    "CONCURRENT-PAIR",
    "ONE-PRESIDING",
    "AGE-NEW",
    "AGE-REAPPOINTED",
    "TERM-LIMIT",
    "WOMEN-SHARE",
    "YOUTH-SHARE",
    "MINORITY-SHARE",
    "WARD-STANDARD",
    "DEGREE-FLOOR",
    "THEORY-PARTY",
    "PROVINCE-VICE-CAP",
    "PROVINCE-COUNCIL-VICE-CAP",
    "COMMUNE-STANDARD",
    "STAFFING-QUOTA",
    "NON-LOCAL-COMMUNE",
);

/// The example plan that breaks a shipped rule, with the name it is shown under.
pub fn example(rule_id: &str) -> Option<(String, &'static str)> {
    EXAMPLES
        .iter()
        .find(|(id, _)| *id == rule_id)
        .map(|(id, text)| (format!("tests/rules/{id}/fail.yaml"), *text))
}
