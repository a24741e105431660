//! `staffcheck lint`: the shipped rules are clean; each mistake in a rule file is reported
//! at its place, as a warning (exit 1) or, when loading refuses it, as an error (exit 2).

mod common;

use common::staffcheck;

#[test]
fn the_shipped_rules_have_no_warnings() {
    let run = staffcheck(&["lint"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, "32 rules, no warnings\n");
}

#[test]
fn rule_file_mistakes() {
    insta::glob!("fixtures/lint/*.rules", |path| {
        let path = common::relative(path);
        let run = staffcheck(&["lint", "--width", "80", "--rules", &path]);
        // Warnings exit 1; what loading refuses exits 2.
        let warns_only = path.ends_with("stale.rules") || path.ends_with("uncovered.rules");
        let expected = if warns_only { 1 } else { 2 };
        assert_eq!(run.code, expected, "{}", run.transcript());
        insta::assert_snapshot!(run.transcript());
    });
}

/// The same mistakes with `--lang vi`: the loader's errors (a duplicate, an unknown value)
/// and coverage warnings (a parameter without a value, a table without a row) as lint's own.
#[test]
fn rule_file_mistakes_in_vietnamese() {
    insta::glob!("fixtures/lint/*.rules", |path| {
        let path = common::relative(path);
        let args = ["lint", "--lang", "vi", "--width", "80", "--rules", &path];
        let run = staffcheck(&args);
        let warns_only = path.ends_with("stale.rules") || path.ends_with("uncovered.rules");
        let expected = if warns_only { 1 } else { 2 };
        assert_eq!(run.code, expected, "{}", run.transcript());
        insta::assert_snapshot!(run.transcript());
    });
}

#[test]
fn since_moves_the_cut_off() {
    let run = staffcheck(&[
        "lint",
        "--since",
        "2025-01-01",
        "--rules",
        "tests/fixtures/lint/stale.rules",
    ]);
    assert!(!run.stdout.contains("SC0206"), "{}", run.stdout);
    assert!(run.stdout.contains("SC0205"), "{}", run.stdout);
}

/// `--lang vi`: lint's own warnings (an unused parameter, a rule whose window ended, the
/// texts without their Vietnamese), the loader's coverage warnings and its summary in
/// Vietnamese.
#[test]
fn lint_in_vietnamese() {
    let args = [
        "lint",
        "--lang",
        "vi",
        "--width",
        "80",
        "--rules",
        "tests/fixtures/lint/stale.rules",
    ];
    let run = staffcheck(&args);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
    let run = staffcheck(&["lint", "--lang", "vi"]);
    assert_eq!(run.stdout, "32 quy tắc, không có cảnh báo\n");
}
