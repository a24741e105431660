//! The semantics of undefined values (grammar/README.md, "Undefined values"): which records
//! are judged, which are not, and the reason a not-judged record names.

use super::tests::{messages, PLAN};

/// The messages of the not-judged records only.
fn not_judged(rules: &str, plan: &str) -> Vec<String> {
    messages(rules, plan)
        .into_iter()
        .filter_map(|m| m.strip_prefix("not judged: ").map(str::to_string))
        .collect()
}

const LEFT_OUT: &str =
    "`posts[0].needs_field` is left out (the field is optional and has no default)";

#[test]
fn an_undefined_where_leaves_the_record_not_judged() {
    let rules =
        r#"rule R "t" { source "s" for a in posts where a.needs_field == "law" require false }"#;
    let found = not_judged(rules, PLAN);
    assert_eq!(found.len(), 4);
    assert_eq!(found[0], LEFT_OUT);
}

#[test]
fn a_guard_decides_by_kleene_logic() {
    // `false and undefined` is false: the guard, written first or last, decides.
    let rules = r#"
        rule FIRST "t" { source "s" for a in posts where a.needs_field is defined and a.needs_field == "law" require false }
        rule LAST "t" { source "s" for a in posts where a.needs_field == "law" and a.needs_field is defined require false }
        rule OR "t" { source "s" for a in posts require a.needs_field is not defined or a.needs_field == "law" }
    "#;
    assert_eq!(messages(rules, PLAN), Vec::<String>::new());
}

#[test]
fn the_default_is_the_drafters_word_for_a_missing_value() {
    let rules = r#"
        rule R "t" { source "s" for a in posts require (a.needs_field ?? "none") == "none" }
        rule ALSO "t" { source "s" for a in posts require (a.needs_field ?? plan.term) == "x" }
    "#;
    // `??` decides R; in ALSO the default is missing too, and it is the reason named.
    let found = not_judged(rules, PLAN);
    assert_eq!(
        found,
        vec!["`plan.term` is left out (the field is optional and has no default)"; 4]
    );
}

#[test]
fn a_parameter_outside_its_windows_says_where_its_values_are() {
    let rules = r#"
        param ended: integer { 30 until 2025-08-14 source "a" }
        param later: integer { 30 from 2026-01-01 source "a" }
        param gap: integer { 1 until 2025-08-01 source "a" 2 from 2025-09-01 source "b" }
        rule ENDED "t" { source "s" for p in plan require ended > 0 }
        rule LATER "t" { source "s" for p in plan require later > 0 }
        rule GAP "t" { source "s" for p in plan require gap > 0 }
    "#;
    assert_eq!(
        not_judged(rules, PLAN),
        vec![
            "parameter `ended` has no value on 2025-08-15: its values end on 2025-08-14",
            "parameter `gap` has no value on 2025-08-15: its values end on 2025-08-01 and begin again on 2025-09-01",
            "parameter `later` has no value on 2025-08-15: its values begin on 2026-01-01",
        ]
    );
}

#[test]
fn a_table_without_a_row_names_its_arguments() {
    let rules = r#"
        table band(born: date): text { when born < 1985-01-01 then "older" }
        table ratio(x: integer): integer { when 10 / x > 1 then 1 otherwise 0 }
        table defaulted(born: date): text { when born < 1985-01-01 then "older" otherwise "younger" }
        rule BAND "t" { source "s" for p in people require band(p.born) == "older" }
        rule ROW "t" { source "s" for p in plan require ratio(0) == 0 }
        rule OTHERWISE "t" { source "s" for p in people require defaulted(p.born) != "" }
    "#;
    // A row whose condition is undefined (10 / 0) makes the table undefined: the rows
    // after it are not tried.
    assert_eq!(
        not_judged(rules, PLAN),
        vec![
            "a value computed in a table has none: a division by zero",
            "table `band` has no row for (1988-11-30) and no `otherwise`",
        ]
    );
}

#[test]
fn a_table_called_with_a_missing_argument_names_the_argument() {
    let rules = r#"
        table law(field: text): integer { when field == "law" then 1 otherwise 0 }
        rule R "t" { source "s" for a in posts require law(a.needs_field) == 0 }
    "#;
    assert_eq!(not_judged(rules, PLAN), each_post_left_out());
}

#[test]
fn an_aggregate_over_an_undecided_member_is_undefined() {
    let rules = r#"
        rule COUNT "t" { source "s" for u in units require count(a in posts where a.unit == u and a.needs_field == "law") == 0 }
        rule EXISTS "t" { source "s" for u in units require exists(a in posts where a.unit == u and (a.needs_field == "law" or a.post == party_secretary)) }
        rule ALL "t" { source "s" for u in units require all(a.needs_field == "law" and false for a in posts where a.unit == u) }
        rule SUM "t" { source "s" for u in units require sum(a.terms_in_post for a in posts where a.unit == u) == 0 }
    "#;
    // COUNT cannot count the posts whose field is left out; EXISTS finds the secretary and
    // ALL a false value despite them; SUM reads defaults only.
    let found = messages(rules, PLAN);
    assert_eq!(
        found,
        vec!["t".to_string(), format!("not judged: {LEFT_OUT}")]
    );
}

/// `LEFT_OUT` for each of the plan's four posts.
fn each_post_left_out() -> Vec<String> {
    (0..4)
        .map(|i| LEFT_OUT.replace("posts[0]", &format!("posts[{i}]")))
        .collect()
}

#[test]
fn a_let_is_followed_to_the_value_it_misses() {
    let rules = r#"
        rule USED "t" { source "s" for a in posts let field = a.needs_field require field == "law" }
        rule UNUSED "t" { source "s" for a in posts let field = a.needs_field require a.terms_in_post == 0 }
    "#;
    assert_eq!(not_judged(rules, PLAN), each_post_left_out());
}

#[test]
fn a_computation_without_a_result_is_named_as_written() {
    let rules = r#"rule R "t" { source "s" for p in plan require 1 / 0 > 0 }"#;
    assert_eq!(
        not_judged(rules, PLAN),
        vec!["`1 / 0` has no value: a division by zero"]
    );
}

#[test]
fn a_message_hole_without_a_value_does_not_change_the_verdict() {
    let rules =
        r#"rule R "t" { source "s" for a in posts require false message "needs {a.needs_field}" }"#;
    assert_eq!(messages(rules, PLAN), vec!["needs (not set)"; 4]);
}

/// PLAN with a fifth post whose unit is a typo: refused at load, so the post may belong to
/// any unit.
pub(super) fn plan_with_a_refused_unit() -> String {
    PLAN.replace(
        "functions:",
        "  - { person: CT-0001, unit: \"3111X\", post: civil_servant, from: 2025-07-01, via: recruitment }\nfunctions:",
    )
}

#[test]
fn a_count_with_an_undecided_member_is_judged_within_its_bounds() {
    // The ward has 4 posts, and perhaps the refused one: between 4 and 5.
    let rules = r#"
        rule FEW "t" { source "s" for u in units let n = count(a in posts where a.unit == u) require n <= 5 message "few {n}" }
        rule MANY "t" { source "s" for u in units let n = count(a in posts where a.unit == u) require n <= 3 message "many {n}" }
        rule EXACT "t" { source "s" for u in units let n = count(a in posts where a.unit == u) require n == 4 message "exact {n}" }
        rule SUM "t" { source "s" for u in units let n = count(a in posts where a.unit == u) require n + 1 <= 6 and n - 1 > 2 message "sum {n}" }
        rule OTHER "t" { source "s" for u in units let n = count(a in posts where a.unit == u) require n != 7 message "other {n}" }
        rule SET "t" { source "s" for u in units let n = count(a in posts where a.unit == u) require n not in {4, 6} message "set {n}" }
    "#;
    let plan = plan_with_a_refused_unit();
    assert_eq!(
        messages(rules, &plan),
        vec![
            // EXACT: 4 or 5 may equal 4, or not.
            "not judged: `posts[4].unit`: its value at line 49 was refused at load",
            "many 4–5",
            // SET: 4 is in the set, 5 is not.
            "not judged: `posts[4].unit`: its value at line 49 was refused at load",
        ]
    );
}

#[test]
fn a_distinct_count_with_an_undecided_member_counts_a_value_already_seen_once() {
    // In the ward, the party secretary is CT-0001; the refused post is a civil servant's.
    let rules = r#"
        rule ONE "t" { source "s" for u in units require distinct(a.person for a in posts where a.unit == u and a.post in {party_secretary, civil_servant}) == 1 }
        rule FEW "t" { source "s" for u in units require distinct(a.person for a in posts where a.unit == u and a.post in {party_secretary, civil_servant}) <= 2 }
    "#;
    // CT-0001's: whether it is the ward's or not, one person.
    let plan = plan_with_a_refused_unit();
    assert_eq!(messages(rules, &plan), Vec::<String>::new());
    // CT-0002's: one person or two; at most two either way.
    let newcomer = plan.replace(
        "{ person: CT-0001, unit: \"3111X\"",
        "{ person: CT-0002, unit: \"3111X\"",
    );
    assert_eq!(
        messages(rules, &newcomer),
        vec!["not judged: `posts[4].unit`: its value at line 49 was refused at load"]
    );
}
