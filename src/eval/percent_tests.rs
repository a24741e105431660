//! `{x as percent}` in messages: a fraction shown as a percentage, rounded as officials
//! round figures, with a decimal comma in Vietnamese.

use super::tests::{messages_in, PLAN};
use crate::lang::Lang;

const RULES: &str = r#"
    rule P "t" { source "s" for u in units require false
      message "{share(p.sex == female for p in people) as percent} {1 / 14 as percent} {1 / 14 as percent(2)} {1 / 14 as percent(0)} {15% as percent(1)} {0.0625 as percent(1)} {-0.0625 as percent(1)} {1 / 14}"
    }
"#;

#[test]
fn a_fraction_is_shown_as_a_percentage_rounded_half_away_from_zero() {
    assert_eq!(
        messages_in(RULES, PLAN, Lang::En),
        ["50% 7.1% 7.14% 7% 15.0% 6.3% -6.3% ≈0.0714"]
    );
}

#[test]
fn a_vietnamese_report_writes_the_percentage_with_a_decimal_comma() {
    assert_eq!(
        messages_in(RULES, PLAN, Lang::Vi),
        ["50% 7,1% 7,14% 7% 15,0% 6,3% -6,3% ≈0,0714"]
    );
}

#[test]
fn an_undefined_fraction_shows_as_not_set() {
    let rules =
        r#"rule P "t" { source "s" for u in units require false message "{1 / 0 as percent}" }"#;
    assert_eq!(messages_in(rules, PLAN, Lang::En), ["(not set)"]);
    assert_eq!(messages_in(rules, PLAN, Lang::Vi), ["(chưa có)"]);
}

#[test]
fn a_share_of_bounded_counts_shows_its_bounds() {
    // The ward has 4 posts and perhaps the refused fifth (a civil servant's): its party
    // secretary is 1 of 4–5 posts, 20%–25%; its civil servants 0–1 of 4–5, between 0% and
    // 25% whichever way the post is decided; a share of a whole that may be 0 has no bounds.
    let rules = r#"
        rule P "t" { source "s" for u in units
          let n = count(a in posts where a.unit == u)
          let secretaries = count(a in posts where a.unit == u and a.post == party_secretary)
          let servants = count(a in posts where a.unit == u and a.post == civil_servant)
          require false
          message "{secretaries / n as percent} {servants / n as percent(1)} {n / servants as percent}"
        }
    "#;
    let plan = super::not_judged_tests::plan_with_a_refused_unit();
    assert_eq!(
        messages_in(rules, &plan, Lang::En),
        ["20%–25% 0.0%–25.0% (not set)"]
    );
    assert_eq!(
        messages_in(rules, &plan, Lang::Vi),
        ["20%–25% 0,0%–25,0% (chưa có)"]
    );
}
