//! Date arithmetic and the built-in functions.

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::ast::Duration;

/// Calendar addition: months first (clamped to the month's last day), then days.
pub fn add(date: NaiveDate, duration: Duration, sign: i64) -> Option<NaiveDate> {
    let months = duration.months.checked_mul(sign)?;
    let days = duration.days.checked_mul(sign)?;
    let date = if months >= 0 {
        date.checked_add_months(Months::new(u32::try_from(months).ok()?))?
    } else {
        date.checked_sub_months(Months::new(u32::try_from(-months).ok()?))?
    };
    if days >= 0 {
        date.checked_add_days(Days::new(days as u64))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// Full years from `born` to `at`.
pub fn age(born: NaiveDate, at: NaiveDate) -> i64 {
    let mut years = i64::from(at.year()) - i64::from(born.year());
    if (at.month(), at.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    years
}

/// Full months from `from` to `to` (negative when `to` is earlier).
pub fn months_between(from: NaiveDate, to: NaiveDate) -> i64 {
    if to < from {
        return -months_between(to, from);
    }
    let mut months = (i64::from(to.year()) - i64::from(from.year())) * 12 + i64::from(to.month())
        - i64::from(from.month());
    if to.day() < from.day() {
        months -= 1;
    }
    months
}

/// The last day of `date`'s month: Decree 135/2020 art. 3(1) retires on it.
pub fn end_of_month(date: NaiveDate) -> Option<NaiveDate> {
    let first = date.with_day(1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

/// 1 January of `date`'s year: Decree 135/2020 art. 3(3) counts from it when only the
/// year of birth is known.
pub fn start_of_year(date: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(date.year(), 1, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn age_counts_full_years() {
        assert_eq!(age(d("1972-03-14"), d("2025-03-13")), 52);
        assert_eq!(age(d("1972-03-14"), d("2025-03-14")), 53);
    }

    #[test]
    fn months_between_counts_full_months() {
        assert_eq!(months_between(d("2025-07-01"), d("2030-07-01")), 60);
        assert_eq!(months_between(d("2025-07-02"), d("2030-07-01")), 59);
        assert_eq!(months_between(d("2030-07-01"), d("2025-07-01")), -60);
    }

    #[test]
    fn end_of_month_is_the_last_day_of_the_month() {
        assert_eq!(end_of_month(d("2030-08-14")), Some(d("2030-08-31")));
        assert_eq!(end_of_month(d("2028-02-03")), Some(d("2028-02-29")));
        assert_eq!(end_of_month(d("2027-02-28")), Some(d("2027-02-28")));
        assert_eq!(end_of_month(d("2025-12-01")), Some(d("2025-12-31")));
    }

    #[test]
    fn start_of_year_is_the_first_of_january() {
        assert_eq!(start_of_year(d("1968-08-14")), Some(d("1968-01-01")));
    }

    #[test]
    fn adding_months_clamps_to_the_end_of_the_month() {
        let months = Duration { months: 1, days: 0 };
        assert_eq!(add(d("2025-01-31"), months, 1), Some(d("2025-02-28")));
        assert_eq!(add(d("2025-03-31"), months, -1), Some(d("2025-02-28")));
    }
}
