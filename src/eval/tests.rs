//! Evaluation semantics on small plans: undefined values, defaults, tables, windows, and
//! grouped lookups agreeing with plain scans.

use crate::builtin;
use crate::check::{check, Options};
use crate::ir::{ExprKind, Lookup, Program, Step};
use crate::resolve::resolve;
use crate::source::SourceFile;
use crate::syntax::parse;

fn program(rules: &str) -> Program {
    let schema = SourceFile::new("<builtin>/schema.rules", builtin::FILES[0].1);
    let files = vec![
        parse(&schema, crate::lang::Lang::En).unwrap(),
        parse(&SourceFile::new("test.rules", rules), crate::lang::Lang::En).unwrap(),
    ];
    resolve(&files, crate::lang::Lang::En)
        .map_err(|e| format!("{e:#?}"))
        .unwrap()
        .program
}

/// The messages of every finding, in order.
pub(super) fn messages(rules: &str, plan: &str) -> Vec<String> {
    messages_in(rules, plan, crate::lang::Lang::En)
}

/// The messages of every finding, in order, in `lang`.
pub(super) fn messages_in(rules: &str, plan: &str, lang: crate::lang::Lang) -> Vec<String> {
    findings(rules, plan, lang)
        .into_iter()
        .map(|d| d.message)
        .collect()
}

/// Every finding, in order, in `lang`.
pub(super) fn findings(
    rules: &str,
    plan: &str,
    lang: crate::lang::Lang,
) -> Vec<crate::diagnostic::Diagnostic> {
    let program = program(rules);
    let options = Options {
        lang,
        ..Options::default()
    };
    let outcome = check(&program, &SourceFile::new("plan.yaml", plan), options)
        .map_err(|e| format!("{e:#?}"))
        .unwrap();
    outcome.diagnostics
}

pub(super) const PLAN: &str = include_str!("../../tests/fixtures/minimal.yaml");

#[test]
fn an_undefined_requirement_is_not_judged() {
    // No post has `needs_field`: the comparison is undefined, so each post is not judged.
    let rules = r#"rule R "t" { source "s" for a in posts require a.needs_field == "law" }"#;
    let found = messages(rules, PLAN);
    assert_eq!(found.len(), 4);
    assert_eq!(
        found[0],
        "not judged: `posts[0].needs_field` is left out (the field is optional and has no default)"
    );
}

#[test]
fn kleene_logic_decides_where_it_can() {
    let rules = r#"
        rule OR "t" { source "s" for a in posts require a.needs_field == "law" or false message "or" }
        rule AND "t" { source "s" for a in posts require a.needs_field == "law" and false message "and" }
        rule NOT "t" { source "s" for a in posts require not (a.needs_field == "law") message "not" }
    "#;
    // Only `undefined and false` is decided (false): one finding per post; `or` and `not`
    // leave every post not judged.
    let found = messages(rules, PLAN);
    assert_eq!(found.iter().filter(|m| *m == "and").count(), 4);
    assert_eq!(
        found
            .iter()
            .filter(|m| m.starts_with("not judged: "))
            .count(),
        8
    );
    assert_eq!(found.len(), 12);
}

#[test]
fn defaults_and_is_defined() {
    let rules = r#"
        rule DEFAULT "t" { source "s" for a in posts require a.terms_in_post == 1 message "{a.terms_in_post}" }
        rule DEFINED "t" { source "s" for a in posts require a.needs_field is defined message "absent" }
        rule FALLBACK "t" { source "s" for a in posts require (a.needs_field ?? "none") != "none" message "fallback" }
    "#;
    let found = messages(rules, PLAN);
    assert_eq!(
        found.iter().filter(|m| *m == "0").count(),
        4,
        "terms_in_post defaults to 0: {found:?}"
    );
    assert_eq!(found.iter().filter(|m| *m == "absent").count(), 4);
    assert_eq!(found.iter().filter(|m| *m == "fallback").count(), 4);
}

#[test]
fn dates_durations_and_tables() {
    let rules = r#"
        table band(born: date): text {
          when born < 1985-01-01 then "older"
          when born < 1986-01-01 then "middle"
        }
        rule R "t" {
          source "s"
          for p in people
          let retires = p.born + 60 years 3 months
          require false
          message "{p.id} {band(p.born) ?? "no row"} {retires} {months_between(plan.date, retires)} {age(p.born, plan.date)}"
        }
    "#;
    // 1988-11-30 + 60 years 3 months clamps to 2049-02-28; from 2025-08-15 to 2042-07-09 is
    // 202 full months; born 1982-04-09 is 43 on 2025-08-15.
    assert_eq!(
        messages(rules, PLAN),
        vec![
            "CT-0001 older 2042-07-09 202 43",
            "CT-0002 no row 2049-02-28 282 36"
        ]
    );
}

#[test]
fn parameters_apply_within_their_window_only() {
    let rules = r#"
        param cap: integer { 0 from 2025-01-01 until 2025-08-14 source "a" 1 from 2025-08-15 source "b" }
        param none_yet: integer { 0 from 2026-01-01 source "c" }
        rule CAP "t" { source "s" for u in units require count(a in posts where a.unit == u and a.post == party_secretary) <= cap message "cap {cap}" }
        rule LATER "t" { source "s" for u in units require 1 <= none_yet message "later" }
    "#;
    // On 2025-08-15 the cap is 1 (no finding); `none_yet` is undefined (the unit is not
    // judged).
    assert_eq!(
        messages(rules, PLAN),
        vec![
            "not judged: parameter `none_yet` has no value on 2025-08-15: its values begin on 2026-01-01"
        ]
    );
    let earlier = PLAN.replace("date: 2025-08-15", "date: 2025-08-14");
    assert_eq!(messages(rules, &earlier)[0], "cap 0");
}

#[test]
fn exact_decimal_arithmetic() {
    let rules = r#"rule R "t" { source "s" for p in plan require 2.5 * 40 != 100 and 0.1 + 0.2 == 0.3 message "exact" }"#;
    // `2.5 * 40 != 100` is false, so the rule fails: arithmetic is exact.
    assert_eq!(messages(rules, PLAN), vec!["exact"]);
}

#[test]
fn grouped_lookups_agree_with_scans_on_the_hai_phong_plan() {
    // The same count, once through an index (`a.unit == u`) and once through a condition no
    // index answers (an `or`), must agree for every unit and province.
    let rules = r#"
        rule GROUPED "t" { source "s" for u in units
          let n = count(a in posts where a.unit == u and a.post in leadership_posts)
          require false message "{u.code}:{n}" }
        rule SCANNED "t" { source "s" for u in units
          let n = count(a in posts where (a.unit == u or a.unit == u) and a.post in leadership_posts)
          require false message "{u.code}:{n}" }
        rule GROUPED-P "t" { source "s" for p in provinces
          let n = distinct(a.person for a in posts where (a.unit.province ?? a.unit) == p)
          require false message "{p.code}:{n}" }
        rule SCANNED-P "t" { source "s" for p in provinces
          let n = distinct(a.person for a in posts where (a.unit.province ?? a.unit) == p or false)
          require false message "{p.code}:{n}" }
    "#;
    let plan = include_str!("../../examples/haiphong-2025.yaml");
    let program = program(rules);
    let outcome = check(
        &program,
        &SourceFile::new("hp.yaml", plan),
        Options::default(),
    )
    .unwrap();
    let by_rule = |id: &str| -> Vec<String> {
        let mut found: Vec<String> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == id)
            .map(|d| d.message.clone())
            .collect();
        found.sort();
        found
    };
    assert_eq!(by_rule("GROUPED").len(), 50);
    assert_eq!(by_rule("GROUPED"), by_rule("SCANNED"));
    assert_eq!(by_rule("GROUPED-P"), by_rule("SCANNED-P"));
    assert!(
        by_rule("GROUPED").iter().all(|m| !m.ends_with(":0")),
        "every unit has leaders"
    );
}

#[test]
fn no_shipped_rule_scans_a_collection_per_record() {
    let program = crate::ruleset::load_builtin()
        .map_err(|e| format!("{e:?}"))
        .unwrap()
        .program;
    fn visit(expr: &crate::ir::Expr, rule: &str) {
        if let ExprKind::Aggregate(aggregate) = &expr.kind {
            assert!(
                !matches!(aggregate.lookup, Lookup::Scan),
                "{rule} has an aggregate that scans"
            );
        }
        crate::resolve::children(expr, &mut |child| visit(child, rule));
    }
    for rule in &program.rules {
        for step in &rule.steps {
            match step {
                Step::Let(_, e) | Step::Where(e) => visit(e, &rule.id),
            }
        }
        if let Some(require) = &rule.require {
            visit(require, &rule.id);
        }
    }
}

#[test]
fn every_file_in_rules_is_built_in() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".rules"))
        .collect();
    on_disk.sort();
    let mut built_in: Vec<String> = builtin::FILES
        .iter()
        .map(|(name, _)| name.to_string())
        .collect();
    built_in.sort();
    assert_eq!(on_disk, built_in);
}
