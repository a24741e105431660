//! The language additions of issue 14 end to end: rule files using them are tested with
//! `staffcheck test` and checked against a plan, in English and Vietnamese, the whole output
//! snapshotted.

mod common;

use common::{check, staffcheck};

const DIR: &str = "tests/fixtures/language";
const PLAN: &str = "tests/fixtures/language/plan.yaml";

#[test]
fn the_rules_using_the_additions_pass_their_tests() {
    let run = staffcheck(&["test", DIR]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn lower_and_upper_in_conditions_and_messages() {
    let rules = format!("{DIR}/text-case.rules");
    for lang in ["en", "vi"] {
        let run = check(&["--rules", &rules, "--lang", lang, "--format", "plain", PLAN]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        insta::assert_snapshot!(format!("text_case_{lang}"), run.transcript());
    }
}
