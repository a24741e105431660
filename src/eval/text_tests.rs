//! The text functions and `round`, on the minimal plan: names tested by their first word,
//! in composed and decomposed (NFD) Vietnamese, and figures rounded as officials round them.

use super::tests::{messages, PLAN};

#[test]
fn a_name_is_tested_by_its_first_word_last_word_or_a_part() {
    let rules = r#"
        rule WARD "t" { source "s" for u in units require not starts_with(u.name, "Phường") message "ward {u.name}" }
        rule THO "t" { source "s" for u in provinces require not ends_with(u.name, "Cần Thơ") message "ends {u.name}" }
        rule VAN "t" { source "s" for p in people require not contains(p.name, "Văn") message "contains {p.name}" }
        rule LEN "t" { source "s" for p in people require len(p.name) < 17 message "{p.name}: {len(p.name)}" }
    "#;
    assert_eq!(
        messages(rules, PLAN),
        [
            "ends Thành phố Cần Thơ",
            "ward Phường Ninh Kiều",
            "Trần Thị Ngọc Hân: 17",
            "contains Lâm Văn Sơn",
        ]
    );
}

#[test]
fn decomposed_letters_in_the_plan_match_the_rule_s_composed_text() {
    let decomposed: String = unicode_normalization::UnicodeNormalization::nfd(PLAN).collect();
    assert_ne!(decomposed, PLAN);
    let rules = r#"
        rule WARD "t" { source "s" for u in units require not starts_with(u.name, "Phường") message "ward" }
        rule LEN "t" { source "s" for u in units require len(u.name) != 16 message "16 letters" }
    "#;
    assert_eq!(messages(rules, &decomposed), ["16 letters", "ward"]);
}

#[test]
fn round_takes_halves_away_from_zero() {
    let rules = r#"
        rule R1 "t" { source "s" for u in units require false message "{round(2.345, 2)} {round(2.5, 0)} {round(0.0714 * 100, 1)} {round(-1.25, 1)}" }
    "#;
    assert_eq!(messages(rules, PLAN), ["2.35 3 7.1 -1.3"]);
}

#[test]
fn a_text_function_on_a_field_left_out_is_not_judged() {
    let rules =
        r#"rule R "t" { source "s" for a in posts require not contains(a.needs_field, "law") }"#;
    let found = messages(rules, PLAN);
    assert_eq!(found.len(), 4);
    assert!(
        found.iter().all(|m| m.starts_with("not judged")),
        "{found:?}"
    );
}
