//! Aggregates without nested scans.
//!
//! `Lookup::Once`: the aggregate reads no outer variable, so its value is the same for every
//! record the rule judges: computed on first use and remembered.
//! `Lookup::Grouped`: a condition `inner == outer` where `inner` reads only the aggregate's
//! own variable. The collection is grouped by `inner` once (one pass, a hash map from key to
//! record indexes); each evaluation computes `outer` and visits only its group. Over a whole
//! rule every record is visited once per aggregate: O(n) in all.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use rust_decimal::Decimal;

use super::{Evaluator, Groups, Value};
use crate::ast::AggregateFn;
use crate::ir::{Aggregate, Lookup};

impl<'a> Evaluator<'a> {
    pub fn aggregate(&mut self, aggregate: &'a Aggregate, frame: &mut Vec<Value<'a>>) -> Value<'a> {
        if let Lookup::Once = aggregate.lookup {
            if let Some(value) = &self.once[aggregate.id] {
                return value.clone();
            }
            let members = self.members(aggregate, frame);
            let value = self.fold(aggregate, &members, frame);
            self.once[aggregate.id] = Some(value.clone());
            return value;
        }
        let members = self.members(aggregate, frame);
        self.fold(aggregate, &members, frame)
    }

    /// The records the aggregate's filter selects, in file order.
    pub fn members(&mut self, aggregate: &'a Aggregate, frame: &mut Vec<Value<'a>>) -> Vec<u32> {
        let saved = frame[aggregate.slot].clone();
        let (candidates, skip): (Rc<[u32]>, Option<usize>) = match &aggregate.lookup {
            Lookup::Grouped {
                conjunct,
                inner,
                outer,
            } => {
                let key = self.eval(outer, frame);
                let groups = self.groups(aggregate, inner, frame);
                let group = groups
                    .get(&key)
                    .map_or_else(|| Rc::from([]), |g| Rc::from(g.as_slice()));
                (group, Some(*conjunct))
            }
            Lookup::Once | Lookup::Scan => {
                let count = self.plan.records[aggregate.collection as usize].len() as u32;
                ((0..count).collect(), None)
            }
        };
        let mut members = Vec::new();
        'candidates: for &index in candidates.iter() {
            frame[aggregate.slot] = Value::Record(aggregate.collection, index);
            for (position, conjunct) in aggregate.conjuncts.iter().enumerate() {
                if Some(position) == skip {
                    continue;
                }
                if !matches!(self.eval(conjunct, frame), Value::Boolean(true)) {
                    continue 'candidates;
                }
            }
            members.push(index);
        }
        frame[aggregate.slot] = saved;
        members
    }

    fn groups(
        &mut self,
        aggregate: &'a Aggregate,
        inner: &'a crate::ir::Expr,
        frame: &mut Vec<Value<'a>>,
    ) -> Rc<Groups<'a>> {
        if let Some(groups) = &self.groups[aggregate.id] {
            return Rc::clone(groups);
        }
        let saved = frame[aggregate.slot].clone();
        let mut groups: Groups<'a> = HashMap::new();
        let count = self.plan.records[aggregate.collection as usize].len() as u32;
        for index in 0..count {
            frame[aggregate.slot] = Value::Record(aggregate.collection, index);
            let key = self.eval(inner, frame);
            if key.is_defined() {
                groups.entry(key).or_default().push(index);
            }
        }
        frame[aggregate.slot] = saved;
        let groups = Rc::new(groups);
        self.groups[aggregate.id] = Some(Rc::clone(&groups));
        groups
    }

    /// The aggregate's value over its members.
    fn fold(
        &mut self,
        aggregate: &'a Aggregate,
        members: &[u32],
        frame: &mut Vec<Value<'a>>,
    ) -> Value<'a> {
        let saved = frame[aggregate.slot].clone();
        let mut values = Vec::with_capacity(members.len());
        if let Some(value) = &aggregate.value {
            for &index in members {
                frame[aggregate.slot] = Value::Record(aggregate.collection, index);
                values.push(self.eval(value, frame));
            }
        }
        frame[aggregate.slot] = saved;
        fold_values(aggregate.function, members.len(), values)
    }
}

fn fold_values(function: AggregateFn, count: usize, values: Vec<Value<'_>>) -> Value<'_> {
    let defined = || values.iter().filter(|v| v.is_defined());
    match function {
        AggregateFn::Count => Value::Integer(count as i64),
        AggregateFn::Exists => Value::Boolean(count > 0),
        AggregateFn::All => {
            if values.iter().any(|v| matches!(v, Value::Boolean(false))) {
                Value::Boolean(false)
            } else if values.iter().all(|v| matches!(v, Value::Boolean(true))) {
                Value::Boolean(true)
            } else {
                Value::Undefined
            }
        }
        AggregateFn::Sum => {
            let mut total = Value::Integer(0);
            for value in defined() {
                total = match (&total, value) {
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
            total
        }
        AggregateFn::Min | AggregateFn::Max => {
            let wanted = if function == AggregateFn::Min {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Greater
            };
            defined()
                .fold(None::<&Value<'_>>, |best, value| match best {
                    Some(best) if value.order(best) != Some(wanted) => Some(best),
                    _ => Some(value),
                })
                .cloned()
                .unwrap_or(Value::Undefined)
        }
        AggregateFn::Average => {
            let numbers: Vec<Decimal> = defined().filter_map(Value::as_decimal).collect();
            if numbers.is_empty() {
                return Value::Undefined;
            }
            let total = numbers
                .iter()
                .try_fold(Decimal::ZERO, |acc, n| acc.checked_add(*n));
            total
                .and_then(|t| t.checked_div(Decimal::from(numbers.len())))
                .map_or(Value::Undefined, Value::Decimal)
        }
        AggregateFn::Share => {
            if count == 0 {
                return Value::Undefined;
            }
            let holding = values
                .iter()
                .filter(|v| matches!(v, Value::Boolean(true)))
                .count();
            Value::Decimal(Decimal::from(holding) / Decimal::from(count))
        }
        AggregateFn::Distinct => {
            let distinct: HashSet<&Value<'_>> = defined().collect();
            Value::Integer(distinct.len() as i64)
        }
        AggregateFn::Collect => Value::set(defined().cloned().collect()),
    }
}
