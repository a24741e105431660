//! Aggregates without nested scans.
//!
//! `Lookup::Once`: the aggregate reads no outer variable, so its value is the same for every
//! record the rule judges: computed on first use and remembered.
//! `Lookup::Grouped`: a condition `inner == outer` where `inner` reads only the aggregate's
//! own variable. The collection is grouped by `inner` once (one pass, a hash map from key to
//! record indexes); each evaluation computes `outer` and visits only its group. Over a whole
//! rule every record is visited once per aggregate: O(n) in all.
//!
//! Members are visited in one pass that folds as it goes: nothing is collected or copied.

use foldhash::HashSet as FastSet;
use std::ops::ControlFlow;
use std::rc::Rc;

use rust_decimal::Decimal;

use super::{Evaluator, Groups, Value};
use crate::ast::AggregateFn;
use crate::ir::{Aggregate, Expr, Lookup};

impl<'a> Evaluator<'a> {
    pub fn aggregate(&mut self, aggregate: &'a Aggregate, frame: &mut Vec<Value<'a>>) -> Value<'a> {
        if let Lookup::Once = aggregate.lookup {
            if let Some(value) = &self.once[aggregate.id] {
                return value.clone();
            }
        }
        let mut fold = Fold::new(aggregate.function);
        self.visit(aggregate, frame, |evaluator, frame| {
            match &aggregate.value {
                Some(value) => {
                    let value = evaluator.eval(value, frame);
                    fold.add(value)
                }
                None => fold.add(Value::Boolean(true)),
            }
        });
        let value = fold.finish();
        if let Lookup::Once = aggregate.lookup {
            self.once[aggregate.id] = Some(value.clone());
        }
        value
    }

    /// The records the aggregate's filter selects, in file order (for explanations).
    pub fn members(&mut self, aggregate: &'a Aggregate, frame: &mut Vec<Value<'a>>) -> Vec<u32> {
        let mut members = Vec::new();
        self.visit(aggregate, frame, |_, frame| {
            if let Some(Value::Record(_, index)) = frame.get(aggregate.slot) {
                members.push(*index);
            }
            ControlFlow::Continue(())
        });
        members
    }

    /// Calls `on_member` with the aggregate's variable bound to each record its filter
    /// selects, until it breaks; restores the variable afterwards.
    fn visit(
        &mut self,
        aggregate: &'a Aggregate,
        frame: &mut Vec<Value<'a>>,
        mut on_member: impl FnMut(&mut Self, &mut Vec<Value<'a>>) -> ControlFlow<()>,
    ) {
        let saved = frame[aggregate.slot].clone();
        match &aggregate.lookup {
            Lookup::Grouped {
                conjunct,
                inner,
                outer,
            } => {
                let key = self.eval(outer, frame);
                let groups = self.groups(aggregate, inner, frame);
                if let Some(group) = groups.get(&key) {
                    for &index in group {
                        if self.admits(aggregate, frame, index, Some(*conjunct))
                            && on_member(self, frame).is_break()
                        {
                            break;
                        }
                    }
                }
            }
            Lookup::Once | Lookup::Scan => {
                let count = self.plan.len(aggregate.collection);
                for index in 0..count {
                    if self.admits(aggregate, frame, index, None)
                        && on_member(self, frame).is_break()
                    {
                        break;
                    }
                }
            }
        }
        frame[aggregate.slot] = saved;
    }

    /// Binds the variable to record `index` and checks the filter's conditions (but `skip`,
    /// which the group lookup already answered).
    fn admits(
        &mut self,
        aggregate: &'a Aggregate,
        frame: &mut Vec<Value<'a>>,
        index: u32,
        skip: Option<usize>,
    ) -> bool {
        frame[aggregate.slot] = Value::Record(aggregate.collection, index);
        aggregate
            .conjuncts
            .iter()
            .enumerate()
            .all(|(position, conjunct)| {
                Some(position) == skip || matches!(self.eval(conjunct, frame), Value::Boolean(true))
            })
    }

    fn groups(
        &mut self,
        aggregate: &'a Aggregate,
        inner: &'a Expr,
        frame: &mut Vec<Value<'a>>,
    ) -> Rc<Groups<'a>> {
        if let Some(groups) = &self.groups[aggregate.id] {
            return Rc::clone(groups);
        }
        let saved = frame[aggregate.slot].clone();
        let count = self.plan.len(aggregate.collection);
        let mut keys = Vec::with_capacity(count as usize);
        for index in 0..count {
            frame[aggregate.slot] = Value::Record(aggregate.collection, index);
            keys.push(self.eval(inner, frame));
        }
        frame[aggregate.slot] = saved;
        let groups = Groups::build(keys);
        let groups = Rc::new(groups);
        self.groups[aggregate.id] = Some(Rc::clone(&groups));
        groups
    }
}

/// An aggregate's running value.
enum Fold<'a> {
    Count(i64),
    Exists(bool),
    /// Whether a false value was seen, and an undefined one.
    All {
        failed: bool,
        unknown: bool,
    },
    Sum(Value<'a>),
    Best {
        function: AggregateFn,
        best: Option<Value<'a>>,
    },
    Average {
        total: Decimal,
        count: usize,
        overflow: bool,
    },
    Share {
        holding: usize,
        count: usize,
    },
    Distinct(FastSet<Value<'a>>),
    Collect(Vec<Value<'a>>),
}

impl<'a> Fold<'a> {
    fn new(function: AggregateFn) -> Fold<'a> {
        match function {
            AggregateFn::Count => Fold::Count(0),
            AggregateFn::Exists => Fold::Exists(false),
            AggregateFn::All => Fold::All {
                failed: false,
                unknown: false,
            },
            AggregateFn::Sum => Fold::Sum(Value::Integer(0)),
            AggregateFn::Min | AggregateFn::Max => Fold::Best {
                function,
                best: None,
            },
            AggregateFn::Average => Fold::Average {
                total: Decimal::ZERO,
                count: 0,
                overflow: false,
            },
            AggregateFn::Share => Fold::Share {
                holding: 0,
                count: 0,
            },
            AggregateFn::Distinct => Fold::Distinct(FastSet::default()),
            AggregateFn::Collect => Fold::Collect(Vec::new()),
        }
    }

    /// Adds one member's value; breaks when the result can no longer change.
    fn add(&mut self, value: Value<'a>) -> ControlFlow<()> {
        match self {
            Fold::Count(n) => *n += 1,
            Fold::Exists(found) => {
                *found = true;
                return ControlFlow::Break(());
            }
            Fold::All { failed, unknown } => match value {
                Value::Boolean(true) => {}
                Value::Boolean(false) => {
                    *failed = true;
                    return ControlFlow::Break(());
                }
                _ => *unknown = true,
            },
            Fold::Sum(total) => {
                if value.is_defined() {
                    *total = match (&*total, &value) {
                        (Value::Integer(a), Value::Integer(b)) => {
                            a.checked_add(*b).map_or(Value::Undefined, Value::Integer)
                        }
                        (a, b) => match (a.as_decimal(), b.as_decimal()) {
                            (Some(a), Some(b)) => {
                                a.checked_add(b).map_or(Value::Undefined, Value::Decimal)
                            }
                            _ => Value::Undefined,
                        },
                    };
                }
            }
            Fold::Best { function, best } => {
                let wanted = if *function == AggregateFn::Min {
                    std::cmp::Ordering::Less
                } else {
                    std::cmp::Ordering::Greater
                };
                if value.is_defined()
                    && best.as_ref().is_none_or(|b| value.order(b) == Some(wanted))
                {
                    *best = Some(value);
                }
            }
            Fold::Average {
                total,
                count,
                overflow,
            } => {
                if let Some(number) = value.as_decimal() {
                    match total.checked_add(number) {
                        Some(sum) => *total = sum,
                        None => *overflow = true,
                    }
                    *count += 1;
                }
            }
            Fold::Share { holding, count } => {
                *count += 1;
                if matches!(value, Value::Boolean(true)) {
                    *holding += 1;
                }
            }
            Fold::Distinct(seen) => {
                if value.is_defined() {
                    seen.insert(value);
                }
            }
            Fold::Collect(values) => {
                if value.is_defined() {
                    values.push(value);
                }
            }
        }
        ControlFlow::Continue(())
    }

    fn finish(self) -> Value<'a> {
        match self {
            Fold::Count(n) => Value::Integer(n),
            Fold::Exists(found) => Value::Boolean(found),
            Fold::All { failed: true, .. } => Value::Boolean(false),
            Fold::All { unknown: true, .. } => Value::Undefined,
            Fold::All { .. } => Value::Boolean(true),
            Fold::Sum(total) => total,
            Fold::Best { best, .. } => best.unwrap_or(Value::Undefined),
            Fold::Average { count: 0, .. } | Fold::Average { overflow: true, .. } => {
                Value::Undefined
            }
            Fold::Average { total, count, .. } => total
                .checked_div(Decimal::from(count))
                .map_or(Value::Undefined, Value::Decimal),
            Fold::Share { count: 0, .. } => Value::Undefined,
            Fold::Share { holding, count } => {
                Value::Decimal(Decimal::from(holding) / Decimal::from(count))
            }
            Fold::Distinct(seen) => Value::Integer(seen.len() as i64),
            Fold::Collect(values) => Value::set(values),
        }
    }
}
