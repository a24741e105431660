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
