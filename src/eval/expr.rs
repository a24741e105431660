//! Evaluating one expression. Three-valued: an undefined operand makes comparisons and
//! arithmetic undefined; `and`/`or` follow Kleene's logic (false and undefined = false);
//! a table row whose condition is undefined makes the table undefined. The semantics are
//! in grammar/README.md, "Undefined values".

use std::cmp::Ordering;

use super::{builtin, text};
use super::{constant, Evaluator, Value};
use crate::ast::CompareOp;
use crate::ir::{Arith, Builtin, Constant, Expr, ExprKind};

impl<'a> Evaluator<'a> {
    pub fn eval(&mut self, expr: &'a Expr, frame: &mut Vec<Value<'a>>) -> Value<'a> {
        match &expr.kind {
            ExprKind::Constant(c) => constant(c),
            ExprKind::Local(slot) => frame.get(*slot).cloned().unwrap_or(Value::Undefined),
            ExprKind::Header(collection) => {
                if self.plan.len(*collection) == 0 {
                    Value::Undefined
                } else {
                    Value::Record(*collection, 0)
                }
            }
            ExprKind::Param(index) => self.param(*index).clone(),
            ExprKind::Field {
                base,
                by_collection,
                ..
            } => {
                let base = self.eval(base, frame);
                self.field(&base, by_collection)
            }
            ExprKind::Not(value) => match self.eval(value, frame) {
                Value::Boolean(b) => Value::Boolean(!b),
                _ => Value::Undefined,
            },
            ExprKind::Neg(value) => match self.eval(value, frame) {
                Value::Integer(i) => i.checked_neg().map_or(Value::Undefined, Value::Integer),
                Value::Decimal(d) => Value::Decimal(-d),
                Value::Duration(d) => Value::Duration(crate::ast::Duration {
                    months: -d.months,
                    days: -d.days,
                }),
                _ => Value::Undefined,
            },
            ExprKind::And(a, b) => match self.eval(a, frame) {
                Value::Boolean(false) => Value::Boolean(false),
                left => match (left, self.eval(b, frame)) {
                    (_, Value::Boolean(false)) => Value::Boolean(false),
                    (Value::Boolean(true), Value::Boolean(true)) => Value::Boolean(true),
                    _ => Value::Undefined,
                },
            },
            ExprKind::Or(a, b) => match self.eval(a, frame) {
                Value::Boolean(true) => Value::Boolean(true),
                left => match (left, self.eval(b, frame)) {
                    (_, Value::Boolean(true)) => Value::Boolean(true),
                    (Value::Boolean(false), Value::Boolean(false)) => Value::Boolean(false),
                    _ => Value::Undefined,
                },
            },
            ExprKind::Arith(op, a, b) => {
                let left = self.eval(a, frame);
                let right = self.eval(b, frame);
                arith(*op, &left, &right)
            }
            ExprKind::Default(a, b) => match self.eval(a, frame) {
                Value::Undefined => self.eval(b, frame),
                value => value,
            },
            ExprKind::Compare(op, a, b) => {
                let left = self.eval(a, frame);
                let right = self.eval(b, frame);
                compare(*op, &left, &right)
            }
            ExprKind::In { negated, item, set } => {
                let item = self.eval(item, frame);
                if let ExprKind::Constant(Constant::Set(members)) = &set.kind {
                    // A bounded count is in a set or not depending on its exact value.
                    if !item.is_exact() {
                        return Value::Undefined;
                    }
                    return Value::Boolean(members.iter().any(|m| item.matches(m)) != *negated);
                }
                let set = self.eval(set, frame);
                match (&item, &set) {
                    _ if !item.is_exact() || !set.is_defined() => Value::Undefined,
                    (_, Value::List(values)) => Value::Boolean(values.contains(&item) != *negated),
                    _ => Value::Undefined,
                }
            }
            ExprKind::IsDefined { negated, value } => {
                Value::Boolean(self.eval(value, frame).is_defined() != *negated)
            }
            ExprKind::IsType {
                negated,
                value,
                collection,
            } => match self.eval(value, frame) {
                Value::Record(c, _) => Value::Boolean((c == *collection) != *negated),
                _ => Value::Undefined,
            },
            ExprKind::If {
                cond,
                then,
                otherwise,
            } => match self.eval(cond, frame) {
                Value::Boolean(true) => self.eval(then, frame),
                Value::Boolean(false) => self.eval(otherwise, frame),
                _ => Value::Undefined,
            },
            ExprKind::Builtin(function, args) => {
                let values: Vec<Value<'a>> = args.iter().map(|arg| self.eval(arg, frame)).collect();
                call_builtin(*function, &values)
            }
            ExprKind::Table(index, args) => {
                let values: Vec<Value<'a>> = args.iter().map(|arg| self.eval(arg, frame)).collect();
                self.table(*index, values)
            }
            ExprKind::Aggregate(aggregate) => self.aggregate(aggregate, frame),
            ExprKind::Set(items) => {
                let values = items.iter().map(|item| self.eval(item, frame)).collect();
                Value::set(values)
            }
            ExprKind::List(items) => {
                Value::List(items.iter().map(|item| self.eval(item, frame)).collect())
            }
        }
    }

    /// A field of a record value; undefined for a record type that lacks the field.
    pub fn field(&self, base: &Value<'a>, by_collection: &[Option<u16>]) -> Value<'a> {
        let Value::Record(collection, index) = *base else {
            return Value::Undefined;
        };
        let Some(Some(field)) = by_collection.get(collection as usize) else {
            return Value::Undefined;
        };
        let definition = &self.program.schema.collection(collection).fields[*field as usize];
        self.stored(
            self.plan.value(collection, index, *field as usize),
            &definition.ty,
        )
    }

    fn table(&mut self, index: usize, args: Vec<Value<'a>>) -> Value<'a> {
        let table = &self.program.tables[index];
        let mut frame = args;
        frame.resize(table.frame_size.max(frame.len()), Value::Undefined);
        for (when, then) in &table.rows {
            match self.eval(when, &mut frame) {
                Value::Boolean(true) => return self.eval(then, &mut frame),
                Value::Boolean(false) => {}
                // Whether this row applies cannot be decided: neither can the table.
                _ => return Value::Undefined,
            }
        }
        match &table.otherwise {
            Some(otherwise) => self.eval(otherwise, &mut frame),
            None => Value::Undefined,
        }
    }
}

pub fn compare(op: CompareOp, left: &Value<'_>, right: &Value<'_>) -> Value<'static> {
    if !left.is_defined() || !right.is_defined() {
        return Value::Undefined;
    }
    if matches!(left, Value::Between(..)) || matches!(right, Value::Between(..)) {
        return compare_bounded(op, left, right);
    }
    let Some(ordering) = left.order(right) else {
        // Values of different record types are simply different.
        return match op {
            CompareOp::Eq => Value::Boolean(false),
            CompareOp::Ne => Value::Boolean(true),
            _ => Value::Undefined,
        };
    };
    Value::Boolean(match op {
        CompareOp::Eq => ordering == Ordering::Equal,
        CompareOp::Ne => ordering != Ordering::Equal,
        CompareOp::Lt => ordering == Ordering::Less,
        CompareOp::Le => ordering != Ordering::Greater,
        CompareOp::Gt => ordering == Ordering::Greater,
        CompareOp::Ge => ordering != Ordering::Less,
    })
}

/// A comparison with a bounded count: decided when it comes out the same at every pair of
/// bounds (the comparisons are monotone in each side, so the extremes are enough), else
/// undefined. `count == 2` with a count between 1 and 3 cannot be known; between 3 and 4,
/// it is false.
fn compare_bounded(op: CompareOp, left: &Value<'_>, right: &Value<'_>) -> Value<'static> {
    let (Some((a, b)), Some((c, d))) = (left.number_bounds(), right.number_bounds()) else {
        return Value::Undefined;
    };
    let decided = |holds: bool| Value::Boolean(holds);
    match op {
        CompareOp::Lt if b < c => decided(true),
        CompareOp::Lt if a >= d => decided(false),
        CompareOp::Le if b <= c => decided(true),
        CompareOp::Le if a > d => decided(false),
        CompareOp::Gt if a > d => decided(true),
        CompareOp::Gt if b <= c => decided(false),
        CompareOp::Ge if a >= d => decided(true),
        CompareOp::Ge if b < c => decided(false),
        // Equal only if both are one and the same number, which a bounded count is not.
        CompareOp::Eq if b < c || a > d => decided(false),
        CompareOp::Ne if b < c || a > d => decided(true),
        _ => Value::Undefined,
    }
}

/// Sums and differences of bounded counts stay bounded; anything else needs exact numbers.
fn arith_bounded<'a>(op: Arith, left: &Value<'a>, right: &Value<'a>) -> Value<'a> {
    let (Some((a, b)), Some((c, d))) = (left.bounds(), right.bounds()) else {
        return Value::Undefined;
    };
    let bounds = match op {
        Arith::Add => a.checked_add(c).zip(b.checked_add(d)),
        Arith::Sub => a.checked_sub(d).zip(b.checked_sub(c)),
        _ => None,
    };
    bounds.map_or(Value::Undefined, |(low, high)| Value::between(low, high))
}

fn arith<'a>(op: Arith, left: &Value<'a>, right: &Value<'a>) -> Value<'a> {
    use Value::*;
    if matches!(left, Between(..)) || matches!(right, Between(..)) {
        return arith_bounded(op, left, right);
    }
    let result = match (op, left, right) {
        (Arith::Add, Integer(a), Integer(b)) => a.checked_add(*b).map(Integer),
        (Arith::Sub, Integer(a), Integer(b)) => a.checked_sub(*b).map(Integer),
        (Arith::Mul, Integer(a), Integer(b)) => a.checked_mul(*b).map(Integer),
        (Arith::Add | Arith::Sub, Date(d), Duration(span)) => {
            builtin::add(*d, *span, if op == Arith::Add { 1 } else { -1 }).map(Date)
        }
        (Arith::Add, Duration(span), Date(d)) => builtin::add(*d, *span, 1).map(Date),
        (Arith::Add | Arith::Sub, Duration(a), Duration(b)) => {
            let sign = if op == Arith::Add { 1 } else { -1 };
            Some(Duration(crate::ast::Duration {
                months: a.months + sign * b.months,
                days: a.days + sign * b.days,
            }))
        }
        _ => {
            let (Some(a), Some(b)) = (left.as_decimal(), right.as_decimal()) else {
                return Undefined;
            };
            let value: Option<rust_decimal::Decimal> = match op {
                Arith::Add => a.checked_add(b),
                Arith::Sub => a.checked_sub(b),
                Arith::Mul => a.checked_mul(b),
                Arith::Div => a.checked_div(b),
            };
            value.map(Decimal)
        }
    };
    result.unwrap_or(Undefined)
}

fn call_builtin<'a>(function: Builtin, args: &[Value<'a>]) -> Value<'a> {
    match (function, args) {
        (Builtin::Age, [Value::Date(born), Value::Date(at)]) => {
            Value::Integer(builtin::age(*born, *at))
        }
        (Builtin::MonthsBetween, [Value::Date(from), Value::Date(to)]) => {
            Value::Integer(builtin::months_between(*from, *to))
        }
        (Builtin::Year, [Value::Date(d)]) => Value::Integer(i64::from(chrono::Datelike::year(d))),
        (Builtin::Month, [Value::Date(d)]) => Value::Integer(i64::from(chrono::Datelike::month(d))),
        (Builtin::Len, [Value::List(items)]) => Value::Integer(items.len() as i64),
        (function, _) if text::is_text_function(function) => text::call(function, args),
        (Builtin::Round, [number, Value::Integer(digits)]) => {
            match (number.as_decimal(), u32::try_from(*digits)) {
                (Some(number), Ok(digits)) if digits <= 28 => {
                    Value::Decimal(number.round_dp_with_strategy(
                        digits,
                        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                    ))
                }
                _ => Value::Undefined,
            }
        }
        (Builtin::EndOfMonth, [Value::Date(d)]) => {
            builtin::end_of_month(*d).map_or(Value::Undefined, Value::Date)
        }
        (Builtin::StartOfYear, [Value::Date(d)]) => {
            builtin::start_of_year(*d).map_or(Value::Undefined, Value::Date)
        }
        _ => Value::Undefined,
    }
}
