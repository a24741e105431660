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
    let rules = r#"
        rule R "t" { source "s" for a in posts require not contains(a.needs_field, "law") }
        rule L "t" { source "s" for a in posts require lower(a.needs_field) != "law" }
    "#;
    let found = messages(rules, PLAN);
    assert_eq!(found.len(), 8);
    assert!(
        found.iter().all(|m| m.starts_with("not judged")),
        "{found:?}"
    );
}

#[test]
fn lower_and_upper_change_vietnamese_letters_with_their_accents() {
    // Đ/đ is a letter of its own, not D with a stroke; Ệ, Ữ, Ở are composed letters whose
    // accents must survive the change of case.
    let rules = r#"
        rule LOW "t" { source "s" for u in provinces require false message "{lower(u.name)} | {lower("ĐÀ NẴNG, HUẾ, BẮC NINH")}" }
        rule UP "t" { source "s" for p in people require false message "{upper(p.name)} | {upper("đồng hới, lữ, ở")}" }
    "#;
    assert_eq!(
        messages(rules, PLAN),
        [
            "thành phố cần thơ | đà nẵng, huế, bắc ninh",
            "TRẦN THỊ NGỌC HÂN | ĐỒNG HỚI, LỮ, Ở",
            "LÂM VĂN SƠN | ĐỒNG HỚI, LỮ, Ở",
        ]
    );
}

#[test]
fn a_name_compared_in_small_letters_matches_whatever_its_case_or_accents_form() {
    // The plan writes the ward in capitals and with decomposed accents (NFD): lowered, it is
    // composed again and equal to the rule's composed text, and the text functions take it.
    let shouted = PLAN.replace("name: Phường Ninh Kiều", "name: PHƯỜNG NINH KIỀU");
    let decomposed: String =
        unicode_normalization::UnicodeNormalization::nfd(shouted.as_str()).collect();
    let rules = r#"
        rule EQ "t" { source "s" for u in units require lower(u.name) != "phường ninh kiều" message "equal" }
        rule IN "t" { source "s" for u in units require lower(u.name) not in {"phường ninh kiều"} message "member" }
        rule STARTS "t" { source "s" for u in units require not starts_with(lower(u.name), "phường") message "starts" }
        rule LEN "t" { source "s" for u in units require len(upper(u.name)) != 16 message "16 letters" }
    "#;
    assert_eq!(
        messages(rules, &decomposed),
        ["equal", "member", "16 letters", "starts"]
    );
}
