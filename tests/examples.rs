//! Every file in `examples/` is checked, with its whole output snapshotted, and together
//! the violation examples break every shipped rule.

mod common;

use std::collections::BTreeSet;

use common::{check, relative, root};
use staffcheck::check::{check as check_plan, Options};
use staffcheck::ruleset::load_builtin;
use staffcheck::source::SourceFile;

#[test]
fn every_example_is_checked() {
    insta::glob!(
        concat!(env!("CARGO_MANIFEST_DIR"), "/examples"),
        "*.yaml",
        |path| {
            let run = check(&[&relative(path)]);
            // The violation examples fail on their findings; `waivers.yaml` on its waiver
            // naming an unknown rule (SC0503), its waived errors counting for nothing.
            let expected = if path.ends_with("haiphong-2025.yaml") {
                0
            } else {
                1
            };
            if path.ends_with("waivers.yaml") {
                assert!(run.stdout.contains("2 waived in examples/waivers.yaml"));
                for code in ["SC0501", "SC0502", "SC0503"] {
                    assert!(run.stdout.contains(code), "{code} in {}", run.stdout);
                }
            }
            assert_eq!(run.code, expected, "{}", run.transcript());
            insta::assert_snapshot!(run.transcript());
        }
    );
}

/// The shipped rule set.
fn shipped_program() -> staffcheck::ir::Program {
    load_builtin()
        .map_err(|e| format!("{e:?}"))
        .unwrap()
        .program
}

/// The rules a violation example breaks.
fn fired_by(program: &staffcheck::ir::Program, name: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join("examples").join(name)).unwrap();
    let outcome = check_plan(program, &SourceFile::new(name, text), Options::default()).unwrap();
    outcome.diagnostics.iter().map(|d| d.code.clone()).collect()
}

#[test]
fn the_violation_examples_break_every_shipped_rule() {
    let program = shipped_program();
    let mut fired = BTreeSet::new();
    for name in [
        "violations.yaml",
        "violations-late.yaml",
        "violations-2026.yaml",
    ] {
        fired.extend(fired_by(&program, name));
    }
    let shipped: BTreeSet<String> = program.rules.iter().map(|r| r.id.clone()).collect();
    let silent: Vec<_> = shipped.difference(&fired).collect();
    assert!(
        silent.is_empty(),
        "rules no violation example breaks: {silent:?}"
    );
}

#[test]
fn each_violation_example_breaks_every_rule_in_force_on_its_date() {
    let program = shipped_program();
    for (name, date) in [
        ("violations.yaml", (2025, 8, 15)),
        ("violations-2026.yaml", (2026, 11, 30)),
    ] {
        let date = chrono::NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap();
        let fired = fired_by(&program, name);
        let silent: Vec<_> = program
            .rules
            .iter()
            .filter(|r| r.in_force(date) && !fired.contains(&r.id))
            .map(|r| r.id.as_str())
            .collect();
        assert!(silent.is_empty(), "{name} does not break {silent:?}");
    }
}

#[test]
fn the_hai_phong_plan_has_fifty_units_and_passes_every_error_rule() {
    let program = shipped_program();
    let text = std::fs::read_to_string(root().join("examples/haiphong-2025.yaml")).unwrap();
    let source = SourceFile::new("haiphong-2025.yaml", text);
    let outcome = check_plan(&program, &source, Options::default()).unwrap();
    assert_eq!(outcome.summary.errors, 0);
    let plan = staffcheck::plan::load(
        &source,
        &program.schema,
        Default::default(),
        Default::default(),
    )
    .unwrap()
    .plan;
    let units = program.schema.collection_by_name("units").unwrap();
    assert_eq!(plan.len(units), 50);
}
