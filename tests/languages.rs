//! Every format in both languages: the waivers example (findings of each severity, a
//! waived finding, the waivers' own diagnostics) and the late-violations example, rendered
//! whole in `--lang en` and `--lang vi`. Machine fields (ids, codes, keys) are the same in
//! both; every text meant for a person follows the language.

mod common;

use common::check;

const FORMATS: [&str; 8] = [
    "human", "plain", "json", "sarif", "junit", "github", "markdown", "html",
];

#[test]
fn every_format_in_both_languages() {
    for example in ["waivers", "violations-late"] {
        let path = format!("examples/{example}.yaml");
        for lang in ["en", "vi"] {
            for format in FORMATS {
                let run = check(&["--lang", lang, "--format", format, &path]);
                assert_eq!(run.code, 1, "{}", run.transcript());
                insta::assert_snapshot!(format!("{example}-{format}-{lang}"), run.transcript());
            }
        }
    }
}
