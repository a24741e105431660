//! Records a rule cannot judge (a parameter without a value on the date, an optional field
//! left out, a table without a row) are reported as **not judged** in every format, counted
//! per rule, and count toward `--fail-on` as warnings.

mod common;

use common::check;

const PLAN: &str = "tests/fixtures/not-judged/plan.yaml";
const RULES: &str = "tests/fixtures/not-judged/rules.rules";

/// `check` on the fixture as of 2025-12-01, when `secretary_min_age` has no value.
fn run(extra: &[&str]) -> common::Run {
    let mut args = vec!["--rules", RULES, "--date", "2025-12-01", PLAN];
    args.extend_from_slice(extra);
    check(&args)
}

#[test]
fn human_says_not_judged_and_why() {
    let run = run(&[]);
    // One EXPERTISE-LAW error: the default `--fail-on error` fails on it, not on the rest.
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout.matches("⚠ not judged: ").count(), 6);
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn plain_gives_one_line_per_record_not_judged() {
    insta::assert_snapshot!(run(&["--format", "plain"]).transcript());
}

#[test]
fn github_annotates_not_judged_records_as_warnings() {
    let run = run(&["--format", "github"]);
    assert_eq!(run.stdout.matches("(not judged)::not judged: ").count(), 6);
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn junit_does_not_pass_a_rule_that_judged_not_every_record() {
    let run = run(&["--format", "junit"]);
    // SECRETARY-AGE and SENIORITY err; EXPERTISE-LAW fails on its error.
    assert_eq!(run.stdout.matches("<error ").count(), 2);
    assert_eq!(run.stdout.matches("<failure ").count(), 1);
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn sarif_marks_not_judged_results_open() {
    let run = run(&["--format", "sarif"]);
    assert_eq!(run.stdout.matches("\"kind\": \"open\"").count(), 6);
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn json_lists_not_judged_records_apart_with_what_is_missing() {
    insta::assert_snapshot!(run(&["--format", "json"]).transcript());
}

#[test]
fn html_badges_not_judged_records() {
    let run = run(&["--format", "html", "--lang", "en"]);
    assert_eq!(
        run.stdout
            .matches("<span class=\"badge warning\">Not judged</span>")
            .count(),
        6
    );
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn not_judged_counts_toward_fail_on_as_a_warning() {
    // Without the one error, only not-judged records remain: they fail `--fail-on warning`
    // and pass the default `--fail-on error`.
    let only = ["--rules", RULES, "--date", "2025-12-01"];
    let plan = "tests/fixtures/minimal.yaml";
    assert_eq!(check(&[&only[..], &[plan]].concat()).code, 0);
    let strict = check(&[&only[..], &["--fail-on", "warning", plan]].concat());
    assert_eq!(strict.code, 1);
    assert!(
        strict
            .stdout
            .contains("0 errors, 0 warnings, 0 notes, 7 not judged in tests/fixtures/minimal.yaml"),
        "{}",
        strict.stdout
    );
}
