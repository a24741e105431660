//! `staffcheck test`: the shipped rules' own tests pass, a broken rule fails them with a
//! readable diff, coverage is reported, and a malformed test file is located.

mod common;

use common::staffcheck;

#[test]
fn the_shipped_rules_pass_their_tests() {
    let run = staffcheck(&["test", "--coverage", "rules/"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let last = run.stdout.lines().last().unwrap_or_default();
    assert!(
        last.ends_with(" passed, 0 failed"),
        "closing line: {last:?}\n{}",
        run.stdout
    );
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn a_broken_rule_fails_its_tests_with_a_diff() {
    let run = staffcheck(&["test", "tests/fixtures/drafter-tests/broken-rule"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert_eq!(run.stdout.lines().last(), Some("1 passed, 2 failed"));
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn min_coverage_fails_when_rules_are_not_exercised() {
    // The tests of one rule file, against the whole rule set beside it.
    let run = staffcheck(&[
        "test",
        "--min-coverage",
        "90",
        "rules/dispatch-4168-2025.test.yaml",
    ]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert_eq!(run.stdout.lines().last(), Some("4 passed, 0 failed"));
    insta::assert_snapshot!(run.transcript());
    let enough = staffcheck(&[
        "test",
        "--min-coverage",
        "6",
        "rules/dispatch-4168-2025.test.yaml",
    ]);
    assert_eq!(enough.code, 0, "{}", enough.transcript());
}

#[test]
fn a_malformed_test_file_is_reported_at_its_lines() {
    let run = staffcheck(&[
        "test",
        "--width",
        "80",
        "tests/fixtures/drafter-tests/malformed",
    ]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn a_misspelt_rule_id_in_only_or_expect_is_an_error_at_its_line() {
    // Each such case could never fail: `only:` would compare nothing, an `expect:` would
    // only be "not found". The case is not run, the id is located with a suggestion, and
    // the run is unusable (exit 2); the case with known ids still runs.
    let run = staffcheck(&[
        "test",
        "--width",
        "80",
        "tests/fixtures/drafter-tests/unknown-ids",
    ]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert_eq!(run.stdout.lines().last(), Some("1 passed, 2 failed"));
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn rules_that_do_not_load_make_the_run_unusable() {
    let run = staffcheck(&[
        "test",
        "--width",
        "80",
        "tests/fixtures/drafter-tests/rules-do-not-load",
    ]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn coverage_counts_the_rules_the_tested_files_define() {
    // A drafter's file that includes the whole built-in set and tests its own rule reaches
    // 100%; the included rules are counted only when asked.
    let dir = "tests/fixtures/drafter-tests/drafter-rule";
    let defined = staffcheck(&["test", "--min-coverage", "100", dir]);
    assert_eq!(defined.code, 0, "{}", defined.transcript());
    insta::assert_snapshot!(defined.transcript());
    let included = staffcheck(&[
        "test",
        "--min-coverage",
        "100",
        "--coverage-include-included",
        dir,
    ]);
    assert_eq!(included.code, 1, "{}", included.transcript());
    insta::assert_snapshot!(included.transcript());
}

/// Every fixture of this file again in Vietnamese, whole outputs: the run's lines, the
/// differences of a failing case, coverage, the test file's mistakes, unknown ids, rules
/// that do not load.
#[test]
fn drafters_tests_in_vietnamese() {
    let runs: [(&str, &[&str], i32); 6] = [
        (
            "broken-rule",
            &["tests/fixtures/drafter-tests/broken-rule"],
            1,
        ),
        (
            "coverage",
            &[
                "--min-coverage",
                "90",
                "--coverage-include-included",
                "tests/fixtures/drafter-tests/drafter-rule",
            ],
            1,
        ),
        ("malformed", &["tests/fixtures/drafter-tests/malformed"], 2),
        (
            "unknown-ids",
            &["tests/fixtures/drafter-tests/unknown-ids"],
            2,
        ),
        (
            "rules-do-not-load",
            &["tests/fixtures/drafter-tests/rules-do-not-load"],
            2,
        ),
        (
            "no-such-file",
            &["tests/fixtures/drafter-tests/no-such.test.yaml"],
            2,
        ),
    ];
    for (name, args, code) in runs {
        let run = staffcheck(&[&["test", "--lang", "vi", "--width", "80"], args].concat());
        assert_eq!(run.code, code, "{name}: {}", run.transcript());
        insta::assert_snapshot!(format!("vietnamese_{name}"), run.transcript());
    }
}
