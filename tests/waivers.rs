//! Waivers in a plan's `waivers:` section: a waiver in force takes its finding out of the
//! errors; an expired one, one that matches nothing and one naming an unknown rule are each
//! reported, with their own code, at their place in the plan.

mod common;

use common::{check, root};
use staffcheck::check::{check as check_plan, Options};
use staffcheck::ruleset::load_builtin;
use staffcheck::source::SourceFile;

fn example() -> String {
    std::fs::read_to_string(root().join("examples/waivers.yaml")).unwrap()
}

/// The example's plan with its waivers replaced by `waivers` (YAML list items).
fn with_waivers(waivers: &str) -> String {
    let text = example();
    let head = &text[..text.find("\nwaivers:\n").unwrap()];
    format!("{head}\nwaivers:\n{waivers}")
}

fn outcome(text: &str, date: Option<&str>) -> staffcheck::check::Outcome {
    let program = load_builtin()
        .map_err(|e| format!("{e:?}"))
        .unwrap()
        .program;
    let options = Options {
        date: date.map(|d| d.parse().unwrap()),
        ..Options::default()
    };
    check_plan(&program, &SourceFile::new("plan.yaml", text), options)
        .unwrap_or_else(|errors| panic!("{errors:?}"))
}

fn codes(outcome: &staffcheck::check::Outcome) -> Vec<&str> {
    outcome
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect()
}

const VICE_CAP: &str = "  - rule: VICE-CAP
    record: \"20194\"
    reason: backlog
    approved_by: Ban Tổ chức
    expires: 2026-06-30
";

#[test]
fn the_example_shows_waived_expired_unmatched_and_unknown_each_distinct() {
    let outcome = outcome(&example(), None);
    let waived: Vec<(&str, &str)> = outcome
        .waived
        .iter()
        .map(|w| (w.finding.code.as_str(), w.waiver.path.as_str()))
        .collect();
    assert_eq!(
        waived,
        [("VICE-CAP", "waivers[0]"), ("EXPERTISE", "waivers[1]")]
    );
    assert_eq!(outcome.summary.waived, 2);
    let at = |code: &str| {
        let d = outcome.diagnostics.iter().find(|d| d.code == code).unwrap();
        (d.severity.as_str(), d.location().unwrap().1.to_string())
    };
    assert_eq!(at("SC0501"), ("warning", "241:14".to_string()));
    assert_eq!(at("SC0502"), ("warning", "244:13".to_string()));
    assert_eq!(at("SC0503"), ("error", "249:11".to_string()));
    // The expired waiver's finding is reported.
    assert!(codes(&outcome).contains(&"WARD-STANDARD"));
    assert!(!codes(&outcome).contains(&"VICE-CAP"));
    let unknown = outcome
        .diagnostics
        .iter()
        .find(|d| d.code == "SC0503")
        .unwrap();
    assert!(unknown.message.ends_with("did you mean `VICE-CAP`?"));
}

#[test]
fn a_waived_error_does_not_fail_the_plan() {
    let dir = std::env::temp_dir().join(format!("staffcheck-waivers-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("plan.yaml");
    std::fs::write(&path, with_waivers(&format!("{VICE_CAP}  - rule: EXPERTISE\n    record: posts[7]\n    reason: degree\n    approved_by: Sở Nội vụ\n    expires: 2026-12-31\n"))).unwrap();
    let waived = check(&[path.to_str().unwrap()]);
    assert_eq!(waived.code, 0, "{}", waived.transcript());
    assert!(waived.stdout.contains("waived (2):\n  VICE-CAP at "));
    assert!(waived
        .stdout
        .contains("0 errors, 1 warning, 1 note, 2 waived in "));
    std::fs::write(
        &path,
        with_waivers("  []\n").replace("waivers:\n  []", "waivers: []"),
    )
    .unwrap();
    let unwaived = check(&[path.to_str().unwrap()]);
    assert_eq!(unwaived.code, 1, "{}", unwaived.transcript());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_waiver_holds_through_its_expiry_date_and_not_after() {
    let text = with_waivers(
        "  - rule: EXPERTISE\n    record: posts[7]\n    reason: degree\n    approved_by: Sở Nội vụ\n    expires: 2026-06-30\n",
    );
    let on = outcome(&text, Some("2026-06-30"));
    assert_eq!(on.summary.waived, 1, "{:?}", codes(&on));
    assert!(!codes(&on).contains(&"SC0501"));
    let after = outcome(&text, Some("2026-07-01"));
    assert_eq!(after.summary.waived, 0);
    assert!(codes(&after).contains(&"EXPERTISE"));
    let expired = after
        .diagnostics
        .iter()
        .find(|d| d.code == "SC0501")
        .unwrap();
    assert!(
        expired
            .message
            .contains("expired on 2026-06-30, before the plan's date 2026-07-01; the finding it covered is reported again at line 188"),
        "{}",
        expired.message
    );
}

#[test]
fn records_are_named_by_key_or_by_path_as_rule_tests_name_them() {
    let by_path = VICE_CAP.replace("\"20194\"", "units[0]");
    assert_eq!(outcome(&with_waivers(&by_path), None).summary.waived, 1);
    // Another record's key, or a rule that finds nothing on this record: matches nothing.
    let other = VICE_CAP.replace("\"20194\"", "\"20275\"");
    let outcome = outcome(&with_waivers(&other), None);
    assert_eq!(outcome.summary.waived, 0);
    assert!(codes(&outcome).contains(&"VICE-CAP"));
    let message = |outcome: &staffcheck::check::Outcome| {
        outcome
            .diagnostics
            .iter()
            .find(|d| d.code == "SC0502")
            .map(|d| d.message.clone())
            .unwrap()
    };
    assert_eq!(
        message(&outcome),
        "the waiver of `VICE-CAP` for `20275` matches no finding: `units[1]` (Xã Bà Nà) breaks no `VICE-CAP`"
    );
    // A record that does not exist is said to, with the closest name.
    let missing = VICE_CAP.replace("\"20194\"", "\"20276\"");
    assert_eq!(
        message(&self::outcome(&with_waivers(&missing), None)),
        "the waiver of `VICE-CAP` for `20276` matches no finding: `units` has no record `20276`; did you mean `20275`?"
    );
}

#[test]
fn a_malformed_waiver_is_a_load_error_at_its_line() {
    let program = load_builtin()
        .map_err(|e| format!("{e:?}"))
        .unwrap()
        .program;
    let text = with_waivers(
        "  - rule: VICE-CAP\n    record: \"20194\"\n    reason: r\n    approved: x\n    expires: 2026-02-30\n",
    );
    let outcome = check_plan(
        &program,
        &SourceFile::new("plan.yaml", text),
        Options::default(),
    )
    .unwrap();
    let codes: Vec<&str> = outcome
        .load_errors
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    // `approved` is not a field (did you mean `approved_by`?), `approved_by` is missing, and
    // 30 February is no date.
    assert_eq!(codes, ["SC0304", "SC0305", "SC0302"]);
    // The rest of the plan is checked, and the broken waiver waives nothing.
    assert!(outcome.waived.is_empty());
    assert!(outcome.diagnostics.iter().any(|d| d.code == "VICE-CAP"));
}

/// The waivers' own diagnostics (SC0501–SC0503) and the list of waived findings, in
/// Vietnamese: the dates as Vietnamese documents write them, the places in words.
#[test]
fn the_example_in_vietnamese() {
    let run = check(&["--lang", "vi", "examples/waivers.yaml"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

/// A misspelt rule or record of a waiver carries what to write in its place, as a quick
/// fix or JSON's `suggestions` offers it: a quoted record key stays quoted (text, not a
/// number).
#[test]
fn a_misspelt_rule_or_record_carries_its_replacement_in_its_quotes() {
    let replacements = |outcome: &staffcheck::check::Outcome, code: &str| {
        let found = outcome.diagnostics.iter().find(|d| d.code == code);
        found.map(|d| d.replacements.clone()).unwrap()
    };
    assert_eq!(
        replacements(&outcome(&example(), None), "SC0503"),
        ["VICE-CAP"]
    );
    let missing = VICE_CAP.replace("\"20194\"", "\"20276\"");
    let outcome = outcome(&with_waivers(&missing), None);
    assert_eq!(replacements(&outcome, "SC0502"), ["\"20275\""]);
}
