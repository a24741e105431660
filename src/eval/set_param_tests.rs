//! Set-valued dated parameters: the set in force on the plan's date decides membership,
//! and a date outside every window leaves the record not judged.

use super::tests::{messages, PLAN};

const KEY_POSTS_FROM: &str = r#"
    param key_posts_from: set of Post {
      { party_secretary } from 2025-07-01 until 2025-07-31
      { party_secretary, council_chair } from 2025-08-01 until 2025-12-31
    }
"#;

#[test]
fn the_set_in_force_on_the_plan_s_date_decides_membership() {
    // The minimal plan is dated 2025-08-15: the second window's set applies.
    let rules = format!(
        "{KEY_POSTS_FROM}{}",
        r#"rule KEY "t" { source "s" for a in posts where a.post in key_posts_from require false message "{a.post} of {key_posts_from}" }"#
    );
    assert_eq!(
        messages(&rules, PLAN),
        [
            "Party Secretary of Party Secretary, People's Council chair",
            "People's Council chair of Party Secretary, People's Council chair",
        ]
    );
}

#[test]
fn outside_every_window_a_set_parameter_leaves_the_record_not_judged() {
    let plan = PLAN.replace("date: 2025-08-15", "date: 2026-02-01");
    let rules = format!(
        "{KEY_POSTS_FROM}{}",
        r#"rule KEY "t" { source "s" for a in posts where a.post not in key_posts_from require false }"#
    );
    let found = messages(&rules, &plan);
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(
        found.iter().all(|m| m.starts_with("not judged")),
        "{found:?}"
    );
}
