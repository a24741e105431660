//! Why a record failed a rule: the clauses that were false, the values they saw, and the
//! plan records involved. Run only for findings, so the fast path stays free of it.

use chrono::NaiveDate;

use super::{Evaluator, Value};
use crate::ast::{AggregateFn, CompareOp, Duration};
use crate::i18n::{t, t_args, t_with};
use crate::ir::{Aggregate, Expr, ExprKind, Rule, Step};
use crate::lang::Lang;
use crate::schema::Shape;
use crate::source::Span;

/// At most this many records are labelled for one aggregate; the rest are counted.
const MAX_MEMBER_LABELS: usize = 12;

#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub text: String,
    /// Places in the plan, each with what is there.
    pub labels: Vec<(Span, String)>,
}

impl<'a> Evaluator<'a> {
    /// The reasons `rule.require` is false for the record in `frame`.
    pub fn why(&mut self, rule: &'a Rule, frame: &mut Vec<Value<'a>>) -> Vec<Reason> {
        let mut reasons = Vec::new();
        if let Some(require) = &rule.require {
            self.why_false(rule, require, frame, &mut reasons);
        }
        reasons
    }

    fn why_false(
        &mut self,
        rule: &'a Rule,
        expr: &'a Expr,
        frame: &mut Vec<Value<'a>>,
        out: &mut Vec<Reason>,
    ) {
        let source = rule.source.slice(expr.span).to_string();
        match &expr.kind {
            ExprKind::And(a, b) => {
                for side in [a, b] {
                    if matches!(self.eval(side, frame), Value::Boolean(false)) {
                        self.why_false(rule, side, frame, out);
                    }
                }
            }
            ExprKind::Or(a, b) => {
                self.why_false(rule, a, frame, out);
                self.why_false(rule, b, frame, out);
            }
            ExprKind::Local(slot) => match let_value(rule, *slot) {
                Some(value) => self.why_false(rule, value, frame, out),
                None => out.push(Reason {
                    text: t_with(self.lang, "why-terms-does-not-hold", &[("source", &source)]),
                    labels: Vec::new(),
                }),
            },
            ExprKind::Compare(op, left, right) => {
                let left_value = self.eval(left, frame);
                let right_value = self.eval(right, frame);
                let left_text = rule.source.slice(left.span);
                let counted = self.counted_lines(rule, left, frame);
                let right_text = match &right.kind {
                    ExprKind::Constant(_) => format!("`{}`", self.show(&right_value)),
                    ExprKind::Param(index) => t_with(
                        self.lang,
                        "why-terms-parameter",
                        &[
                            ("value", &self.show(&right_value)),
                            ("name", &self.program.params[*index].name),
                            ("window", &self.param_window(*index)),
                        ],
                    ),
                    _ => t_with(
                        self.lang,
                        "why-terms-which-is",
                        &[
                            ("expr", &rule.source.slice(right.span)),
                            ("value", &self.show(&right_value)),
                        ],
                    ),
                };
                let mut text = t_with(
                    self.lang,
                    "why-terms-compare",
                    &[
                        ("left", &left_text),
                        ("value", &self.show(&left_value)),
                        ("counted", &counted),
                        ("op", &op_words(self.lang, *op)),
                        ("right", &right_text),
                    ],
                );
                let mut labels = Vec::new();
                self.locate(rule, left, frame, &mut labels, None);
                if !matches!(right.kind, ExprKind::Constant(_) | ExprKind::Param(_)) {
                    self.locate(rule, right, frame, &mut labels, None);
                }
                if *op == CompareOp::Eq && labels.is_empty() {
                    text.push(' ');
                    text.push_str(&t(self.lang, "why-terms-none-found"));
                }
                out.push(Reason { text, labels });
            }
            ExprKind::In { negated, item, set } => {
                let item_value = self.eval(item, frame);
                let set_value = self.eval(set, frame);
                // A failed `not in` means the item is in the set, and the other way round.
                let id = if *negated {
                    "why-terms-in"
                } else {
                    "why-terms-not-in"
                };
                let text = t_with(
                    self.lang,
                    id,
                    &[
                        ("item", &rule.source.slice(item.span)),
                        ("value", &self.show(&item_value)),
                        ("set", &self.show_set(&set_value)),
                    ],
                );
                let mut labels = Vec::new();
                self.locate(rule, item, frame, &mut labels, None);
                out.push(Reason { text, labels });
            }
            ExprKind::Not(inner) => {
                let value = self.eval(inner, frame);
                let mut labels = Vec::new();
                self.locate(rule, inner, frame, &mut labels, None);
                let text = t_with(
                    self.lang,
                    "why-terms-is",
                    &[
                        ("expr", &rule.source.slice(inner.span)),
                        ("value", &self.show(&value)),
                    ],
                );
                out.push(Reason { text, labels });
            }
            ExprKind::Aggregate(aggregate) if aggregate.function == AggregateFn::All => {
                let mut labels = Vec::new();
                let failing = self.failing_members(aggregate, frame);
                let total = failing.len();
                for (index, value_text) in failing.into_iter().take(MAX_MEMBER_LABELS) {
                    labels.push((
                        self.plan.record_head(aggregate.collection, index),
                        value_text,
                    ));
                }
                out.push(Reason {
                    text: t_args(
                        self.lang,
                        "why-terms-false-for",
                        &[("source", source.clone().into()), ("n", total.into())],
                    ),
                    labels,
                });
            }
            _ => {
                let mut labels = Vec::new();
                self.locate(rule, expr, frame, &mut labels, None);
                out.push(Reason {
                    text: t_with(self.lang, "why-terms-does-not-hold", &[("source", &source)]),
                    labels,
                });
            }
        }
    }

    /// Labels the plan places an expression reads: a field's value, a record, the records
    /// an aggregate counted.
    fn locate(
        &mut self,
        rule: &'a Rule,
        expr: &'a Expr,
        frame: &mut Vec<Value<'a>>,
        labels: &mut Vec<(Span, String)>,
        let_name: Option<&str>,
    ) {
        match &expr.kind {
            ExprKind::Field {
                base,
                name,
                by_collection,
            } => {
                let base_value = self.eval(base, frame);
                let Value::Record(collection, index) = base_value else {
                    return;
                };
                let Some(Some(field)) = by_collection.get(collection as usize) else {
                    return;
                };
                let span = self.plan.value_span(collection, index, *field as usize);
                let value = self.field(&base_value, by_collection);
                labels.push((span, format!("{name}: {}", self.show(&value))));
            }
            ExprKind::Local(slot) => match let_value(rule, *slot) {
                Some(value) => {
                    let name = rule
                        .let_names
                        .iter()
                        .find(|(s, _)| s == slot)
                        .map(|(_, n)| n.as_str());
                    self.locate(rule, value, frame, labels, name)
                }
                None => {
                    if let Some(Value::Record(collection, index)) = frame.get(*slot).cloned() {
                        let label = self.show(&Value::Record(collection, index));
                        let record = &self.program.schema.collection(collection).record;
                        labels.push((
                            self.plan.record_head(collection, index),
                            format!("{record} {label}"),
                        ));
                    }
                }
            },
            ExprKind::Aggregate(aggregate) => {
                let members = self.members(aggregate, frame);
                // Members are named by the `let` they were counted in, else the aggregate.
                let what = t_with(
                    self.lang,
                    "why-terms-counted-in",
                    &[("name", &let_name.unwrap_or(aggregate.function.name()))],
                );
                for &index in members.iter().take(MAX_MEMBER_LABELS) {
                    labels.push((
                        self.plan.record_head(aggregate.collection, index),
                        what.clone(),
                    ));
                }
                if members.len() > MAX_MEMBER_LABELS {
                    let rest = members.len() - MAX_MEMBER_LABELS;
                    if let Some(last) = labels.last_mut() {
                        last.1.push(' ');
                        last.1.push_str(&t_with(
                            self.lang,
                            "why-terms-and-more-label",
                            &[("rest", &rest)],
                        ));
                    }
                }
            }
            ExprKind::Arith(_, a, b) | ExprKind::Default(a, b) => {
                self.locate(rule, a, frame, labels, None);
                self.locate(rule, b, frame, labels, None);
            }
            ExprKind::Builtin(_, args) | ExprKind::Table(_, args) => {
                for arg in args {
                    self.locate(rule, arg, frame, labels, None);
                }
            }
            _ => {}
        }
    }

    /// ` (posts at lines 88, 94, 101)`: where the records an aggregate took part in are,
    /// when `expr` is one (or a `let` bound to one); empty otherwise.
    fn counted_lines(
        &mut self,
        rule: &'a Rule,
        expr: &'a Expr,
        frame: &mut Vec<Value<'a>>,
    ) -> String {
        let expr = match &expr.kind {
            ExprKind::Local(slot) => match let_value(rule, *slot) {
                Some(value) => value,
                None => return String::new(),
            },
            _ => expr,
        };
        let ExprKind::Aggregate(aggregate) = &expr.kind else {
            return String::new();
        };
        let members = self.members(aggregate, frame);
        if members.is_empty() {
            return String::new();
        }
        let source = &self.plan.source;
        let lines: Vec<String> = members
            .iter()
            .take(MAX_MEMBER_LABELS)
            .map(|&index| {
                let head = self.plan.record_head(aggregate.collection, index);
                // A workbook's records are rows of their sheet.
                match source.cell(head.start as usize) {
                    Some(cell) => cell.row.to_string(),
                    None => source.location(head.start as usize).line.to_string(),
                }
            })
            .collect();
        let more = match members.len().saturating_sub(MAX_MEMBER_LABELS) {
            0 => String::new(),
            rest => format!(
                " {}",
                t_with(self.lang, "why-terms-and-more", &[("rest", &rest)])
            ),
        };
        let collection = &self.program.schema.collection(aggregate.collection).name;
        let id = if source.is_workbook() {
            "why-terms-at-rows"
        } else {
            "why-terms-at-lines"
        };
        let at = t_args(
            self.lang,
            id,
            &[
                ("collection", collection.clone().into()),
                ("n", lines.len().into()),
                ("lines", lines.join(", ").into()),
                ("more", more.into()),
            ],
        );
        format!(" ({at})")
    }

    /// Where an `at` clause points: the first label is the finding's primary place.
    pub fn locate_at_clause(
        &mut self,
        rule: &'a Rule,
        expr: &'a Expr,
        frame: &mut Vec<Value<'a>>,
        labels: &mut Vec<(Span, String)>,
    ) {
        self.locate(rule, expr, frame, labels, None);
    }

    fn failing_members(
        &mut self,
        aggregate: &'a Aggregate,
        frame: &mut Vec<Value<'a>>,
    ) -> Vec<(u32, String)> {
        let Some(value) = &aggregate.value else {
            return Vec::new();
        };
        let members = self.members(aggregate, frame);
        let saved = frame[aggregate.slot].clone();
        let mut failing = Vec::new();
        for index in members {
            frame[aggregate.slot] = Value::Record(aggregate.collection, index);
            if matches!(self.eval(value, frame), Value::Boolean(false)) {
                failing.push((index, t(self.lang, "why-terms-fails")));
            }
        }
        frame[aggregate.slot] = saved;
        failing
    }

    fn param_window(&self, index: usize) -> String {
        let param = &self.program.params[index];
        let Some(value) = param.values.iter().find(|v| v.applies(self.date)) else {
            return String::new();
        };
        let mut text = String::new();
        if let Some(from) = value.from {
            text.push_str(", ");
            text.push_str(&t_with(
                self.lang,
                "why-terms-from",
                &[("from", &super::display::display_date(from, self.lang))],
            ));
        }
        if let Some(until) = value.until {
            text.push(' ');
            text.push_str(&t_with(
                self.lang,
                "why-terms-until",
                &[("until", &super::display::display_date(until, self.lang))],
            ));
        }
        text
    }

    /// A value as a drafter writes it.
    pub fn show(&self, value: &Value<'_>) -> String {
        match value {
            Value::Undefined => "(not set)".to_string(),
            Value::Boolean(b) => b.to_string(),
            Value::Integer(i) => i.to_string(),
            Value::Between(low, high) => format!("{low}–{high}"),
            Value::Decimal(d) => show_decimal(*d),
            Value::Text(t) => (*t).to_string(),
            Value::Computed(t) => t.to_string(),
            Value::Date(d) => show_date(*d),
            Value::Duration(d) => show_duration(*d),
            Value::Enum(id, position) => self
                .program
                .schema
                .enums
                .get(*id as usize)
                .and_then(|e| e.values.get(*position as usize))
                .cloned()
                .unwrap_or_default(),
            Value::Record(collection, index) => {
                let definition = self.program.schema.collection(*collection);
                match definition.shape {
                    Shape::Keyed(key) => {
                        let value = self.plan.value(*collection, *index, key);
                        self.show(&self.stored(value, &definition.fields[key].ty))
                    }
                    Shape::Single => definition.name.clone(),
                    Shape::List => format!("{}[{index}]", definition.name),
                }
            }
            Value::List(items) => items
                .iter()
                .map(|item| self.show(item))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    fn show_set(&self, value: &Value<'_>) -> String {
        match value {
            Value::List(items) => {
                let shown: Vec<String> = items
                    .iter()
                    .map(|item| format!("`{}`", self.show(item)))
                    .collect();
                format!("{{{}}}", shown.join(", "))
            }
            other => format!("`{}`", self.show(other)),
        }
    }
}

/// The expression a `let` bound to `slot`, if the slot is a `let`'s.
pub(super) fn let_value(rule: &Rule, slot: usize) -> Option<&Expr> {
    rule.steps.iter().rev().find_map(|step| match step {
        Step::Let(s, value) if *s == slot => Some(value),
        _ => None,
    })
}

/// A decimal as written, or rounded to four places (marked `≈`) when it has more.
pub fn show_decimal(value: rust_decimal::Decimal) -> String {
    let value = value.normalize();
    if value.scale() <= 4 {
        value.to_string()
    } else {
        format!("≈{}", value.round_dp(4).normalize())
    }
}

pub fn show_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub fn show_duration(duration: Duration) -> String {
    let mut parts = Vec::new();
    let (years, months) = (duration.months / 12, duration.months % 12);
    let unit =
        |n: i64, one: &str, many: &str| format!("{n} {}", if n.abs() == 1 { one } else { many });
    if years != 0 {
        parts.push(unit(years, "year", "years"));
    }
    if months != 0 {
        parts.push(unit(months, "month", "months"));
    }
    if duration.days != 0 || parts.is_empty() {
        parts.push(unit(duration.days, "day", "days"));
    }
    parts.join(" ")
}

/// What a comparison requires, in words: `at most`, `tối đa`.
fn op_words(lang: Lang, op: CompareOp) -> String {
    let id = match op {
        CompareOp::Eq => "why-terms-op-eq",
        CompareOp::Ne => "why-terms-op-ne",
        CompareOp::Lt => "why-terms-op-lt",
        CompareOp::Le => "why-terms-op-le",
        CompareOp::Gt => "why-terms-op-gt",
        CompareOp::Ge => "why-terms-op-ge",
    };
    t(lang, id)
}
