//! Values as an official reads them, in the report's language: an enumeration value by its
//! label (`Phó Chủ tịch UBND`, never `committee_vice_chair`), a record by its name (a unit's
//! name, not its code), dates as `31/8/2025` in Vietnamese, decimals with a decimal comma.
//! `show` (explain.rs) keeps the drafter's spelling for the expression-level explanation.

use chrono::NaiveDate;

use super::explain::{show_date, show_decimal};
use super::{Evaluator, Value};
use crate::ast::Duration;
use crate::ir::{Arith, Expr, ExprKind};
use crate::lang::Lang;
use crate::schema::Shape;

impl<'a> Evaluator<'a> {
    /// A message's hole: its value displayed, a parameter written as a percentage as one.
    pub fn display_hole(&mut self, expr: &'a Expr, frame: &mut Vec<Value<'a>>) -> String {
        let value = self.eval(expr, frame);
        let percent = matches!(expr.kind, ExprKind::Param(i) if self.program.params[i].percent);
        match value.as_decimal() {
            Some(share) if percent => {
                let hundred = rust_decimal::Decimal::from(100);
                format!("{}%", display_decimal(share * hundred, self.lang))
            }
            _ => self.display(&value),
        }
    }

    /// `{x as percent}`, `{x as percent(2)}`: a fraction as a percentage in the report's
    /// language (`6.2%`, `6,2%`), rounded half away from zero to `digits` decimals, else to
    /// at most one. A value that is not a number (undefined) shows as any hole does.
    pub fn display_as_percent(
        &mut self,
        expr: &'a Expr,
        digits: Option<u32>,
        frame: &mut Vec<Value<'a>>,
    ) -> String {
        let value = self.eval(expr, frame);
        value
            .as_decimal()
            .and_then(|fraction| display_percent(fraction, digits, self.lang))
            .or_else(|| self.display_bounded_share(expr, digits, frame))
            .unwrap_or_else(|| self.display(&value))
    }

    /// A share of counts bounded by records that could not be decided (`1–2` of `2–3`) has
    /// no one value, but it has bounds, which say more than `(not set)`: at least the least
    /// part of the greatest whole (`1/3`), at most the greatest part of the least whole, and
    /// never more than all (a share's part is within its whole). Bounds that hold whichever
    /// way the records are decided, so they may be wider than what the plan allows. A quotient
    /// whose part may exceed its whole is no share and gets no bounds.
    fn display_bounded_share(
        &mut self,
        expr: &'a Expr,
        digits: Option<u32>,
        frame: &mut Vec<Value<'a>>,
    ) -> Option<String> {
        let ExprKind::Arith(Arith::Div, part, whole) = &expr.kind else {
            return None;
        };
        let (part_low, part_high) = self.eval(part, frame).bounds()?;
        let (whole_low, whole_high) = self.eval(whole, frame).bounds()?;
        if part_low < 0 || whole_low <= 0 || part_high > whole_high {
            return None;
        }
        let share = |part: i64, whole: i64| {
            rust_decimal::Decimal::from(part).checked_div(rust_decimal::Decimal::from(whole))
        };
        let least = share(part_low, whole_high)?;
        let greatest = share(part_high.min(whole_low), whole_low)?;
        let least = display_percent(least, digits, self.lang)?;
        let greatest = display_percent(greatest, digits, self.lang)?;
        Some(format!("{least}–{greatest}"))
    }

    /// A value for a message or a plain sentence, in `self.lang`.
    pub fn display(&self, value: &Value<'_>) -> String {
        let lang = self.lang;
        match value {
            Value::Undefined => match lang {
                Lang::En => "(not set)".to_string(),
                Lang::Vi => "(chưa có)".to_string(),
            },
            Value::Boolean(b) => display_boolean(*b, lang).to_string(),
            Value::Integer(i) => i.to_string(),
            // A count bounded by records that could not be decided: both bounds, `4–5`.
            Value::Between(low, high) => format!("{low}–{high}"),
            Value::Decimal(d) => display_decimal(*d, lang),
            Value::Text(t) => (*t).to_string(),
            Value::Computed(t) => t.to_string(),
            Value::Date(d) => display_date(*d, lang),
            Value::Duration(d) => display_duration(*d, lang),
            Value::Enum(id, position) => self
                .program
                .schema
                .enums
                .get(*id as usize)
                .map_or(String::new(), |e| {
                    e.label(*position as usize, lang).to_string()
                }),
            Value::Record(collection, index) => self.display_record(*collection, *index),
            Value::List(items) => items
                .iter()
                .map(|item| self.display(item))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// A record by its name (`name` field), else its key, else what its collection calls it.
    pub fn display_record(&self, collection: u16, index: u32) -> String {
        let definition = self.program.schema.collection(collection);
        let field = definition.display_field().or(definition.key_field());
        match (field, definition.shape) {
            (Some(field), _) => {
                let stored = self.plan.value(collection, index, field);
                self.display(&self.stored(stored, &definition.fields[field].ty))
            }
            (None, Shape::Single) => definition.label(self.lang).to_string(),
            (None, _) => format!("{} {}", definition.label(self.lang), index + 1),
        }
    }
}

/// `2.5`, or `2,5` in Vietnamese (a decimal comma, as Vietnamese documents write it).
/// `yes`/`no`, `có`/`không`.
pub fn display_boolean(value: bool, lang: Lang) -> &'static str {
    match (lang, value) {
        (Lang::En, true) => "yes",
        (Lang::En, false) => "no",
        (Lang::Vi, true) => "có",
        (Lang::Vi, false) => "không",
    }
}

pub fn display_decimal(value: rust_decimal::Decimal, lang: Lang) -> String {
    let shown = show_decimal(value);
    match lang {
        Lang::En => shown,
        Lang::Vi => shown.replace('.', ","),
    }
}

/// A fraction as a percentage (`0.0625` as `6.3%`, `6,3%`): `digits` decimals exactly
/// (`15.0%` with one), or at most one without trailing zeros (`15%`, `7.1%`); rounded half
/// away from zero, as official documents round. `None` if a hundred times it overflows.
pub fn display_percent(
    fraction: rust_decimal::Decimal,
    digits: Option<u32>,
    lang: Lang,
) -> Option<String> {
    let figure = fraction.checked_mul(rust_decimal::Decimal::ONE_HUNDRED)?;
    Some(format!("{}%", percent_figure(figure, digits, lang)))
}

fn percent_figure(figure: rust_decimal::Decimal, digits: Option<u32>, lang: Lang) -> String {
    let strategy = rust_decimal::RoundingStrategy::MidpointAwayFromZero;
    let mut rounded = figure.round_dp_with_strategy(digits.unwrap_or(1), strategy);
    match digits {
        Some(digits) => rounded.rescale(digits),
        None => rounded = rounded.normalize(),
    }
    let shown = rounded.to_string();
    match lang {
        Lang::En => shown,
        Lang::Vi => shown.replace('.', ","),
    }
}

/// ISO `2025-08-31` in English; `31/8/2025` in Vietnamese, as administrative documents
/// write a date (Decree 30/2020/NĐ-CP, annex I: a zero before a day below 10 and before
/// months 1 and 2: `01/7/2025`, `05/02/2025`).
pub fn display_date(date: NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    match lang {
        Lang::En => show_date(date),
        Lang::Vi => {
            let month = match date.month() {
                m @ 1..=2 => format!("0{m}"),
                m => m.to_string(),
            };
            format!("{:02}/{month}/{}", date.day(), date.year())
        }
    }
}

/// `4 years 2 months`, `4 năm 2 tháng`.
pub fn display_duration(duration: Duration, lang: Lang) -> String {
    if lang == Lang::En {
        return super::explain::show_duration(duration);
    }
    let mut parts = Vec::new();
    let (years, months) = (duration.months / 12, duration.months % 12);
    if years != 0 {
        parts.push(format!("{years} năm"));
    }
    if months != 0 {
        parts.push(format!("{months} tháng"));
    }
    if duration.days != 0 || parts.is_empty() {
        parts.push(format!("{} ngày", duration.days));
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_writes_dates_day_first_and_a_decimal_comma() {
        let date = NaiveDate::from_ymd_opt(2025, 8, 31).unwrap();
        assert_eq!(display_date(date, Lang::Vi), "31/8/2025");
        let first = NaiveDate::from_ymd_opt(2025, 2, 5).unwrap();
        assert_eq!(display_date(first, Lang::Vi), "05/02/2025");
        assert_eq!(display_date(date, Lang::En), "2025-08-31");
        let half = rust_decimal::Decimal::new(25, 1);
        assert_eq!(display_decimal(half, Lang::Vi), "2,5");
        assert_eq!(display_decimal(half, Lang::En), "2.5");
        let term = Duration {
            months: 50,
            days: 0,
        };
        assert_eq!(display_duration(term, Lang::Vi), "4 năm 2 tháng");
    }
}
