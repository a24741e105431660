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

#[test]
fn a_severity_chosen_by_a_condition_in_the_findings_the_summary_and_the_rule_lists() {
    checked_in_both_languages("severity");
    let rules = format!("{DIR}/severity.rules");
    let json = check(&["--rules", &rules, "--format", "json", PLAN]);
    let document: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let plan = &document["plans"][0];
    let levels: Vec<&str> = plan["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| f["severity"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(levels, ["error", "warning"]);
    insta::assert_snapshot!(
        "severity_json_by_rule",
        plan["summary"]["by_rule"].to_string()
    );
    // The SARIF rule's default level is the severest; each result has its own.
    let sarif = check(&["--rules", &rules, "--format", "sarif", PLAN]);
    let document: serde_json::Value = serde_json::from_str(&sarif.stdout).expect("SARIF");
    let run = &document["runs"][0];
    let descriptor = &run["tool"]["driver"]["rules"][0];
    assert_eq!(descriptor["defaultConfiguration"]["level"], "error");
    let levels: Vec<&str> = run["results"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| r["level"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(levels, ["error", "warning"]);
    // `--fail-on error` fails on the ward's error alone.
    assert_eq!(json.code, 1, "{}", json.transcript());
    let listed = staffcheck(&["rules", "--rules", &rules]);
    insta::assert_snapshot!("severity_rules_table", listed.transcript());
    let explained = staffcheck(&["explain", "LG-POPULATION", "--rules", &rules]);
    insta::assert_snapshot!("severity_explain", explained.transcript());
}

/// The plan checked against `{DIR}/{name}.rules` in English and Vietnamese.
fn checked_in_both_languages(name: &str) {
    let rules = format!("{DIR}/{name}.rules");
    for lang in ["en", "vi"] {
        let run = check(&["--rules", &rules, "--lang", lang, "--format", "plain", PLAN]);
        // Only a finding of severity error fails the run.
        let failed = run.stdout.contains(": error[");
        assert_eq!(run.code, i32::from(failed), "{}", run.transcript());
        let snapshot = format!("{}_{lang}", name.replace('-', "_"));
        insta::assert_snapshot!(snapshot, run.transcript());
    }
}

// ---- set-valued dated parameters ----

const SET_PARAM: &str = "tests/fixtures/drafting/set-param.rules";

#[test]
fn a_set_valued_parameter_applies_its_dated_set() {
    let run = check(&[
        "--rules",
        SET_PARAM,
        "--format",
        "plain",
        "tests/fixtures/minimal.yaml",
    ]);
    assert_eq!(run.code, 0, "a warning does not fail: {}", run.transcript());
    insta::assert_snapshot!(run.transcript());
    // Before the first window the parameter has no value: the key posts are not judged.
    let early = check(&[
        "--rules",
        SET_PARAM,
        "--format",
        "plain",
        "--date",
        "2025-06-30",
        "tests/fixtures/minimal.yaml",
    ]);
    insta::assert_snapshot!(early.transcript());
}

#[test]
fn a_set_valued_parameter_is_overridden_with_its_members_separated_by_commas() {
    let run = check(&[
        "--rules",
        SET_PARAM,
        "--format",
        "plain",
        "--param",
        "key_posts_from=party_secretary, council_chair",
        "tests/fixtures/minimal.yaml",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(!run.stdout.contains("[KEY-MASTER]"), "{}", run.stdout);
    let braces = check(&[
        "--rules",
        SET_PARAM,
        "--format",
        "plain",
        "--param",
        "key_posts_from={party_secretary, committee_chair}",
        "tests/fixtures/minimal.yaml",
    ]);
    assert!(
        braces.stdout.contains("warning[KEY-MASTER]"),
        "{}",
        braces.stdout
    );
    let typo = check(&[
        "--rules",
        SET_PARAM,
        "--param",
        "key_posts_from=party_secretary,comittee_chair",
        "tests/fixtures/minimal.yaml",
    ]);
    assert_eq!(typo.code, 2);
    insta::assert_snapshot!(typo.stderr);
}

#[test]
fn explain_shows_a_set_parameter_s_dated_values() {
    let explain = staffcheck(&["explain", "KEY-MASTER", "--rules", SET_PARAM]);
    assert_eq!(explain.code, 0, "{}", explain.transcript());
    insta::assert_snapshot!(explain.stdout);
}

// ---- members added to an included constant ----

const EXTEND_CONST: &str = "tests/fixtures/drafting/extend-const.rules";

#[test]
fn an_extended_constant_is_read_by_the_built_in_rules_and_shown_where_it_is_read() {
    let run = check(&[
        "--rules",
        EXTEND_CONST,
        "--format",
        "plain",
        "tests/fixtures/drafting/office-head.yaml",
    ]);
    assert_eq!(run.code, 0, "a warning does not fail: {}", run.transcript());
    // MINORITY-SHARE, a built-in rule, counts the office head among the key-post holders.
    assert!(
        run.stdout.contains("1 of the 3 key-post holders"),
        "{}",
        run.stdout
    );
    insta::assert_snapshot!(run.transcript());
    let explain = staffcheck(&["explain", "MINORITY-SHARE", "--rules", EXTEND_CONST]);
    assert_eq!(explain.code, 0, "{}", explain.transcript());
    let shown: Vec<&str> = explain
        .stdout
        .lines()
        .skip_while(|line| !line.starts_with("constants extended:"))
        .take(2)
        .collect();
    insta::assert_snapshot!(shown.join("\n"), @r"
    constants extended:
      key_posts + office_head (tests/fixtures/drafting/extend-const.rules:7:14)
    ");
    let rules = staffcheck(&["rules", "--rules", EXTEND_CONST]);
    assert_eq!(rules.code, 0, "{}", rules.transcript());
    insta::assert_snapshot!(rules.stdout.lines().last().unwrap_or(""), @"`key_posts` extended with office_head at tests/fixtures/drafting/extend-const.rules:7:14; read by AGE-NEW, AGE-REAPPOINTED, WOMEN-SHARE, YOUTH-SHARE, MINORITY-SHARE, KEY-OFFICE-HEAD");
    let json = staffcheck(&["rules", "--rules", EXTEND_CONST, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let minority = json["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|rule| rule["id"] == "MINORITY-SHARE")
        .unwrap();
    assert_eq!(
        minority["extended_constants"],
        serde_json::json!([{ "constant": "key_posts", "members": ["office_head"], "file": EXTEND_CONST, "line": 7 }])
    );
}
