//! Every shipped rule has a plan that passes it (at its boundary) and one that fails it,
//! under `tests/rules/RULE-ID/`. The failing plan's whole output is snapshotted.

mod common;

use std::collections::BTreeSet;

use common::{check, relative, root};
use staffcheck::ruleset::load_builtin;

/// The rule ids listed in a run's closing summary.
fn fired(stdout: &str) -> BTreeSet<String> {
    stdout
        .lines()
        .skip_while(|line| !line.contains(" errors, ") && !line.contains(" error, "))
        .skip(1)
        .filter_map(|line| line.split_whitespace().next().map(str::to_string))
        .collect()
}

#[test]
fn every_shipped_rule_has_a_passing_and_a_failing_plan() {
    let program = load_builtin()
        .map_err(|e| format!("{e:?}"))
        .unwrap()
        .program;
    for rule in &program.rules {
        let dir = root().join("tests/rules").join(&rule.id);
        assert!(
            dir.join("pass.yaml").is_file(),
            "no tests/rules/{}/pass.yaml",
            rule.id
        );
        assert!(
            dir.join("fail.yaml").is_file(),
            "no tests/rules/{}/fail.yaml",
            rule.id
        );
    }
}

#[test]
fn passing_plans_pass_their_rule() {
    insta::glob!("rules/*/pass.yaml", |path| {
        let rule = path
            .parent()
            .and_then(|p| p.file_name())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let run = check(&[&relative(path)]);
        assert_ne!(run.code, 2, "{}", run.transcript());
        let fired = fired(&run.stdout);
        assert!(
            !fired.contains(&rule),
            "{rule} fired on its passing plan:\n{}",
            run.stdout
        );
        // Nothing else fires either, but the minority-share note that every plan with
        // key-post holders carries.
        let others: Vec<_> = fired.iter().filter(|id| *id != "MINORITY-SHARE").collect();
        assert!(
            others.is_empty(),
            "{rule}'s passing plan also breaks {others:?}"
        );
    });
}

#[test]
fn failing_plans_fail_their_rule_and_only_it() {
    insta::glob!("rules/*/fail.yaml", |path| {
        let rule = path
            .parent()
            .and_then(|p| p.file_name())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let run = check(&[&relative(path)]);
        let fired = fired(&run.stdout);
        assert!(
            fired.contains(&rule),
            "{rule} did not fire on its failing plan:\n{}",
            run.stdout
        );
        let others: Vec<_> = fired
            .iter()
            .filter(|id| **id != rule && *id != "MINORITY-SHARE")
            .collect();
        assert!(
            others.is_empty(),
            "{rule}'s failing plan also breaks {others:?}"
        );
        insta::assert_snapshot!(run.transcript());
    });
}
