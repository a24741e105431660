//! Every format in both languages, on every example plan: the clean Hai Phong plan (warnings
//! and notes only), the violations examples of 2025, late 2025 and 2026 (findings of every
//! rule) and the waivers example (a waived finding, the waivers' own diagnostics), rendered
//! whole in `--lang en` and `--lang vi`. Machine fields (ids, codes, keys) are the same in
//! both; every text meant for a person follows the language.

mod common;

use common::check;

const FORMATS: [&str; 8] = [
    "human", "plain", "json", "sarif", "junit", "github", "markdown", "html",
];

/// Each example plan and the exit code its findings give (the Hai Phong plan has no error).
const EXAMPLES: [(&str, i32); 5] = [
    ("haiphong-2025", 0),
    ("violations", 1),
    ("violations-late", 1),
    ("violations-2026", 1),
    ("waivers", 1),
];

#[test]
fn every_format_in_both_languages() {
    for (example, code) in EXAMPLES {
        let path = format!("examples/{example}.yaml");
        for lang in ["en", "vi"] {
            for format in FORMATS {
                let run = check(&["--lang", lang, "--format", format, &path]);
                assert_eq!(run.code, code, "{}", run.transcript());
                insta::assert_snapshot!(format!("{example}-{format}-{lang}"), run.transcript());
            }
        }
    }
}
