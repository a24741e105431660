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
    checked_in_both_languages("text-case");
}

#[test]
fn a_share_shown_as_a_percentage_in_each_language() {
    checked_in_both_languages("shares");
}

/// The plan checked against `{DIR}/{name}.rules` in English and Vietnamese.
fn checked_in_both_languages(name: &str) {
    let rules = format!("{DIR}/{name}.rules");
    for lang in ["en", "vi"] {
        let run = check(&["--rules", &rules, "--lang", lang, "--format", "plain", PLAN]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        let snapshot = format!("{}_{lang}", name.replace('-', "_"));
        insta::assert_snapshot!(snapshot, run.transcript());
    }
}
