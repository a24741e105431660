//! Gaps that would leave records not judged, found when the rules load (and so by `lint`):
//! a rule in force on days where a parameter it reads has no value, and a table that has
//! no row for some values of an enumeration parameter and no `otherwise`. Warnings: the
//! rule set works, but some plans would get "not judged" where the drafter meant a verdict.

use chrono::NaiveDate;

use crate::ast::{CompareOp, Severity};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::eval::display::display_date;
use crate::i18n::{t, t_args};
use crate::ir::{Constant, Expr, ExprKind, Program, Rule, Step, Table};
use crate::lang::Lang;
use crate::schema::Type;
use crate::source::Span;

use super::children;

/// The gaps of `program`, as warnings said in `lang`.
pub fn check(program: &Program, lang: Lang) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let table_params = table_params(program);
    for rule in &program.rules {
        let mut params = Vec::new();
        for expr in decisive(rule) {
            reads(expr, &table_params, &mut params);
        }
        params.sort_unstable();
        params.dedup();
        for param in params {
            if let Some(warning) = uncovered(program, rule, param, lang) {
                warnings.push(warning);
            }
        }
    }
    for table in &program.tables {
        warnings.extend(missing_rows(program, table, lang));
    }
    warnings
}

/// The expressions that decide whether a rule judges a record: its `let`s, `where`s and
/// `require` (a message does not change the verdict).
fn decisive(rule: &Rule) -> impl Iterator<Item = &Expr> {
    rule.steps
        .iter()
        .map(|step| match step {
            Step::Let(_, e) | Step::Where(e) => e,
        })
        .chain(&rule.require)
}

/// The parameters each table reads, through the tables it calls too (a table calls only
/// tables declared before it).
fn table_params(program: &Program) -> Vec<Vec<usize>> {
    let mut all: Vec<Vec<usize>> = Vec::with_capacity(program.tables.len());
    for table in &program.tables {
        let mut params = Vec::new();
        for (when, then) in &table.rows {
            reads(when, &all, &mut params);
            reads(then, &all, &mut params);
        }
        if let Some(otherwise) = &table.otherwise {
            reads(otherwise, &all, &mut params);
        }
        params.sort_unstable();
        params.dedup();
        all.push(params);
    }
    all
}

fn reads(expr: &Expr, tables: &[Vec<usize>], out: &mut Vec<usize>) {
    match &expr.kind {
        ExprKind::Param(index) => out.push(*index),
        ExprKind::Table(index, _) => out.extend(tables.get(*index).into_iter().flatten()),
        _ => {}
    }
    children(expr, &mut |child| reads(child, tables, out));
}

/// The first day of the rule's window on which `param` has no value, as a warning.
fn uncovered(program: &Program, rule: &Rule, index: usize, lang: Lang) -> Option<Diagnostic> {
    let param = &program.params[index];
    let mut windows: Vec<(Option<NaiveDate>, Option<NaiveDate>)> =
        param.values.iter().map(|v| (v.from, v.until)).collect();
    windows.sort_by_key(|(from, _)| *from);
    let (start, end) = first_gap(rule.from, rule.until, &windows)?;
    let gap = match (start, end) {
        (Some(start), Some(end)) if start == end => t_args(
            lang,
            "window-on",
            &[("date", display_date(start, lang).into())],
        ),
        (start, end) => window(start, end, lang),
    };
    let text = rule.source.slice(rule.span);
    let span = match text.find("effective") {
        Some(at) => {
            let start = rule.span.start as usize + at;
            let line = text[at..].find('\n').unwrap_or(text.len() - at);
            Span::new(start, start + line)
        }
        None => {
            let line = text.find('\n').unwrap_or(text.len());
            Span::new(rule.span.start as usize, rule.span.start as usize + line)
        }
    };
    let values: Vec<String> = windows
        .iter()
        .map(|(from, until)| window(*from, *until, lang))
        .collect();
    Some(
        Diagnostic::new(
            Code::BadDeclaration.as_str(),
            Severity::Warning,
            t_args(
                lang,
                "coverage-param-gap",
                &[
                    ("rule", rule.id.clone().into()),
                    ("window", window(rule.from, rule.until, lang).into()),
                    ("param", param.name.clone().into()),
                    ("values", values.join(&t(lang, "coverage-and")).into()),
                    ("gap", gap.clone().into()),
                ],
            ),
        )
        .at(&rule.source, span, t(lang, "coverage-param-gap-label"))
        .help(t_args(
            lang,
            "coverage-param-gap-help",
            &[("param", param.name.clone().into()), ("gap", gap.into())],
        ))
        .related(
            Diagnostic::new(
                Code::BadDeclaration.as_str(),
                Severity::Info,
                t_args(
                    lang,
                    "coverage-param",
                    &[("param", param.name.clone().into())],
                ),
            )
            .at(
                &param.origin.source,
                param.origin.span,
                t(lang, "coverage-param-label"),
            ),
        ),
    )
}

/// The first stretch of `[from, until]` that no window (sorted by start, not overlapping)
/// covers; `None` bounds are open.
fn first_gap(
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
    windows: &[(Option<NaiveDate>, Option<NaiveDate>)],
) -> Option<(Option<NaiveDate>, Option<NaiveDate>)> {
    // `cursor`: the first day not yet known to be covered (`None`: the beginning of time).
    let mut cursor = from;
    for (start, end) in windows {
        let starts_later = match (start, cursor) {
            (Some(start), Some(cursor)) => *start > cursor,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if starts_later {
            let day_before = start.and_then(|s| s.pred_opt());
            let gap_end = match (day_before, until) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, None) => a,
                (None, b) => b,
            };
            if cursor.zip(until).is_none_or(|(c, u)| c <= u) {
                return Some((cursor, gap_end));
            }
            return None;
        }
        match end {
            None => return None,
            Some(end) => {
                if cursor.is_none_or(|c| *end >= c) {
                    cursor = end.succ_opt();
                    // The parameter runs to the last representable day.
                    cursor?;
                }
            }
        }
        if let (Some(c), Some(u)) = (cursor, until) {
            if c > u {
                return None;
            }
        }
    }
    Some((cursor, until))
}

/// "from 2025-07-01 until 2025-09-30", in `lang` (Vietnamese: "từ 01/7/2025 đến 30/9/2025").
pub(crate) fn window(from: Option<NaiveDate>, until: Option<NaiveDate>, lang: Lang) -> String {
    let show_date = |date| display_date(date, lang);
    let (id, from, until) = match (from, until) {
        (Some(from), Some(until)) => ("window-from-until", show_date(from), show_date(until)),
        (Some(from), None) => ("window-from", show_date(from), String::new()),
        (None, Some(until)) => ("window-until", String::new(), show_date(until)),
        (None, None) => ("window-always", String::new(), String::new()),
    };
    t_args(lang, id, &[("from", from.into()), ("until", until.into())])
}

/// A table without `otherwise` whose rows leave values of an enumeration parameter
/// without a row: for those values the table is undefined.
fn missing_rows(program: &Program, table: &Table, lang: Lang) -> Vec<Diagnostic> {
    if table.otherwise.is_some() {
        return Vec::new();
    }
    let mut warnings = Vec::new();
    for (slot, ty) in table.params.iter().enumerate() {
        let Type::Enum(id) = ty else { continue };
        let enumeration = program.schema.enumeration(*id);
        let all = enumeration.values.len();
        let mut covered = vec![false; all];
        for (when, _) in &table.rows {
            match admits(when, slot, all) {
                None => covered.iter_mut().for_each(|c| *c = true),
                Some(values) => {
                    for (c, v) in covered.iter_mut().zip(values) {
                        *c |= v;
                    }
                }
            }
        }
        let missing: Vec<&str> = enumeration
            .values
            .iter()
            .zip(&covered)
            .filter(|(_, covered)| !**covered)
            .map(|(value, _)| value.as_str())
            .collect();
        if missing.is_empty() {
            continue;
        }
        let name = table.param_names.get(slot).map_or("?", String::as_str);
        warnings.push(
            Diagnostic::new(
                Code::BadDeclaration.as_str(),
                Severity::Warning,
                t_args(
                    lang,
                    "coverage-table-rows",
                    &[
                        ("table", table.name.clone().into()),
                        ("param", name.into()),
                        (
                            "values",
                            missing
                                .iter()
                                .map(|v| format!("`{v}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                                .into(),
                        ),
                    ],
                ),
            )
            .at(
                &table.origin.source,
                table.origin.span,
                t(lang, "coverage-table-rows-label"),
            )
            .help(t_args(
                lang,
                "coverage-table-rows-help",
                &[("values", missing.join(", ").into())],
            )),
        );
    }
    warnings
}

/// The values of the enumeration parameter in `slot` for which `condition` can hold, or
/// `None` when the condition does not restrict it (or in a way not read here).
fn admits(condition: &Expr, slot: usize, all: usize) -> Option<Vec<bool>> {
    let is_param = |e: &Expr| matches!(e.kind, ExprKind::Local(s) if s == slot);
    let position = |e: &Expr| match e.kind {
        ExprKind::Constant(Constant::Enum(_, p)) => Some(p as usize),
        _ => None,
    };
    match &condition.kind {
        ExprKind::Compare(op, a, b) => {
            let (op, value) = if is_param(a) {
                (*op, position(b)?)
            } else if is_param(b) {
                (flip(*op), position(a)?)
            } else {
                return None;
            };
            Some(
                (0..all)
                    .map(|v| match op {
                        CompareOp::Eq => v == value,
                        CompareOp::Ne => v != value,
                        CompareOp::Lt => v < value,
                        CompareOp::Le => v <= value,
                        CompareOp::Gt => v > value,
                        CompareOp::Ge => v >= value,
                    })
                    .collect(),
            )
        }
        ExprKind::In { negated, item, set } if is_param(item) => {
            let ExprKind::Constant(Constant::Set(members)) = &set.kind else {
                return None;
            };
            let mut values = vec![*negated; all];
            for member in members {
                if let Constant::Enum(_, p) = member {
                    if let Some(v) = values.get_mut(*p as usize) {
                        *v = !*negated;
                    }
                }
            }
            Some(values)
        }
        ExprKind::And(a, b) => match (admits(a, slot, all), admits(b, slot, all)) {
            (Some(x), Some(y)) => Some(x.iter().zip(&y).map(|(x, y)| *x && *y).collect()),
            (x, None) => x,
            (None, y) => y,
        },
        ExprKind::Or(a, b) => {
            let (x, y) = (admits(a, slot, all)?, admits(b, slot, all)?);
            Some(x.iter().zip(&y).map(|(x, y)| *x || *y).collect())
        }
        _ => None,
    }
}

/// `a op b` read as `b op' a`.
fn flip(op: CompareOp) -> CompareOp {
    match op {
        CompareOp::Lt => CompareOp::Gt,
        CompareOp::Le => CompareOp::Ge,
        CompareOp::Gt => CompareOp::Lt,
        CompareOp::Ge => CompareOp::Le,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::first_gap;
    use chrono::NaiveDate;

    fn d(text: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn the_first_gap_of_a_window() {
        let until_sept = [(None, d("2025-09-30"))];
        assert_eq!(
            first_gap(d("2025-07-01"), None, &until_sept),
            Some((d("2025-10-01"), None))
        );
        assert_eq!(
            first_gap(d("2025-07-01"), d("2025-09-30"), &until_sept),
            None
        );
        let split = [(None, d("2025-08-01")), (d("2025-09-01"), None)];
        assert_eq!(
            first_gap(None, None, &split),
            Some((d("2025-08-02"), d("2025-08-31")))
        );
        assert_eq!(first_gap(d("2025-09-02"), None, &split), None);
        let later = [(d("2026-01-01"), None)];
        assert_eq!(
            first_gap(d("2025-07-01"), None, &later),
            Some((d("2025-07-01"), d("2025-12-31")))
        );
        assert_eq!(first_gap(None, None, &[(None, None)]), None);
    }
}

#[cfg(test)]
mod gap_tests {
    use super::first_gap;
    use chrono::NaiveDate;

    fn d(text: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn a_window_that_covers_the_rule_leaves_no_gap() {
        assert_eq!(first_gap(d("2025-07-01"), None, &[(None, None)]), None);
        assert_eq!(
            first_gap(d("2025-07-01"), d("2025-12-31"), &[(d("2025-06-01"), None)]),
            None
        );
    }

    #[test]
    fn values_that_end_leave_the_rest_of_the_rule_uncovered() {
        let windows = [(d("2025-07-01"), d("2025-09-30"))];
        assert_eq!(
            first_gap(d("2025-07-01"), None, &windows),
            Some((d("2025-10-01"), None))
        );
    }

    #[test]
    fn values_that_start_late_leave_the_start_uncovered() {
        let windows = [(d("2025-11-17"), None)];
        assert_eq!(
            first_gap(d("2025-07-01"), None, &windows),
            Some((d("2025-07-01"), d("2025-11-16")))
        );
        // A rule always in force is uncovered from the beginning of time.
        assert_eq!(
            first_gap(None, None, &windows),
            Some((None, d("2025-11-16")))
        );
    }

    #[test]
    fn consecutive_windows_leave_no_gap_and_a_hole_between_them_is_found() {
        let consecutive = [(d("2025-06-23"), d("2025-11-16")), (d("2025-11-17"), None)];
        assert_eq!(first_gap(d("2025-07-01"), None, &consecutive), None);
        let holed = [(d("2025-06-23"), d("2025-10-31")), (d("2025-11-17"), None)];
        assert_eq!(
            first_gap(d("2025-07-01"), None, &holed),
            Some((d("2025-11-01"), d("2025-11-16")))
        );
        // A rule that ends before the hole is covered.
        assert_eq!(first_gap(d("2025-07-01"), d("2025-10-31"), &holed), None);
    }
}
