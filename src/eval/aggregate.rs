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
//! A member whose filter or value is undefined leaves the result undefined (but `exists`
//! that found a member, and `all` that found a false value): a count that cannot be known
//! is not a number.

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
        // A member whose filter or value is undefined: the result cannot be known, unless
        // `exists` finds a member or `all` a false value, or it is a count, which is then
        // known within bounds (grammar/README.md).
        let mut undecided = Undecided::default();
        self.visit(aggregate, frame, |evaluator, frame, admission| {
            let value = match (&aggregate.value, admission) {
                (_, Admission::AnyGroup) => {
                    undecided.unbounded = true;
                    return ControlFlow::Break(());
                }
                (Some(value), _) => evaluator.eval(value, frame),
                (None, _) => Value::Boolean(true),
            };
            if admission == Admission::Undecided {
                undecided.members.push(value);
                return fold.after_undecided();
            }
            // A bounded value (a count inside) is as undecided as a missing one.
            if !value.is_exact() && aggregate.function != AggregateFn::All {
                return match fold.bounded() {
                    true => {
                        undecided.members.push(value);
                        ControlFlow::Continue(())
                    }
                    false => {
                        undecided.unbounded = true;
                        ControlFlow::Break(())
                    }
                };
            }
            fold.add(value)
        });
        let value = fold.finish(undecided);
        if let Lookup::Once = aggregate.lookup {
            self.once[aggregate.id] = Some(value.clone());
        }
        value
    }

    /// The first member that leaves the aggregate undecided, with the expression that is
    /// undefined for it (a condition of the filter, or the value): for `not judged`.
    pub fn undecided_member(
        &mut self,
        aggregate: &'a Aggregate,
        frame: &mut Vec<Value<'a>>,
    ) -> Option<(u32, &'a Expr)> {
        let mut found = None;
        self.visit(aggregate, frame, |evaluator, frame, admission| {
            let Some(Value::Record(_, index)) = frame.get(aggregate.slot).cloned() else {
                return ControlFlow::Continue(());
            };
            let undefined = match admission {
                Admission::Undecided | Admission::AnyGroup => aggregate
                    .conjuncts
                    .iter()
                    .find(|c| !matches!(evaluator.eval(c, frame), Value::Boolean(_))),
                Admission::In | Admission::Out => aggregate
                    .value
                    .as_ref()
                    .filter(|value| !evaluator.eval(value, frame).is_defined()),
            };
            match undefined {
                Some(expr) => {
                    found = Some((index, expr));
                    ControlFlow::Break(())
                }
                None => ControlFlow::Continue(()),
            }
        });
        found
    }

    /// The records the aggregate's filter selects, in file order (for explanations).
    pub fn members(&mut self, aggregate: &'a Aggregate, frame: &mut Vec<Value<'a>>) -> Vec<u32> {
        let mut members = Vec::new();
        self.visit(aggregate, frame, |_, frame, admission| {
            if matches!(admission, Admission::Undecided | Admission::AnyGroup) {
                return ControlFlow::Continue(());
            }
            if let Some(Value::Record(_, index)) = frame.get(aggregate.slot) {
                members.push(*index);
            }
            ControlFlow::Continue(())
        });
        members
    }

    /// Calls `on_member` with the aggregate's variable bound to each record its filter
    /// selects or cannot decide, until it breaks; restores the variable afterwards.
    fn visit(
        &mut self,
        aggregate: &'a Aggregate,
        frame: &mut Vec<Value<'a>>,
        mut on_member: impl FnMut(&mut Self, &mut Vec<Value<'a>>, Admission) -> ControlFlow<()>,
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
                if !key.is_defined() {
                    // Which group the outer record names is unknown: the aggregate is
                    // undecided (`not judged` explains the key, not a member).
                    let _ = on_member(self, frame, Admission::AnyGroup);
                } else {
                    let group = groups.get(&key).unwrap_or_default();
                    // A record without a key may belong to the group: its other conditions
                    // decide whether it is out; if they do not, it is undecided.
                    let members = group.iter().map(|&index| (index, Some(*conjunct)));
                    let unkeyed = groups.unkeyed().iter().map(|&index| (index, None));
                    for (index, skip) in members.chain(unkeyed) {
                        let admission = self.admits(aggregate, frame, index, skip);
                        if admission != Admission::Out
                            && on_member(self, frame, admission).is_break()
                        {
                            break;
                        }
                    }
                }
            }
            Lookup::Once | Lookup::Scan => {
                let count = self.plan.len(aggregate.collection);
                for index in 0..count {
                    let admission = self.admits(aggregate, frame, index, None);
                    if admission != Admission::Out && on_member(self, frame, admission).is_break() {
                        break;
                    }
                }
            }
        }
        frame[aggregate.slot] = saved;
    }

    /// Binds the variable to record `index` and checks the filter's conditions (but `skip`,
    /// which the group lookup already answered): out if one is false, else undecided if one
    /// is undefined (Kleene's `and`).
    fn admits(
        &mut self,
        aggregate: &'a Aggregate,
        frame: &mut Vec<Value<'a>>,
        index: u32,
        skip: Option<usize>,
    ) -> Admission {
        frame[aggregate.slot] = Value::Record(aggregate.collection, index);
        let mut admission = Admission::In;
        for (position, conjunct) in aggregate.conjuncts.iter().enumerate() {
            if Some(position) == skip {
                continue;
            }
            match self.eval(conjunct, frame) {
                Value::Boolean(true) => {}
                Value::Boolean(false) => return Admission::Out,
                _ => admission = Admission::Undecided,
            }
        }
        admission
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

/// Whether a record is among an aggregate's members.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Admission {
    In,
    Out,
    /// Its filter is undefined.
    Undecided,
    /// Which group the outer record names is unknown: any record may be a member.
    AnyGroup,
}

/// What an aggregate could not decide: members that may or may not count (with their
/// values, for `distinct`), or a doubt no bound can contain.
#[derive(Default)]
struct Undecided<'a> {
    members: Vec<Value<'a>>,
    unbounded: bool,
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

    /// After an undecided member: `exists` and `all` can still be decided, and counts
    /// bounded; nothing else.
    fn after_undecided(&self) -> ControlFlow<()> {
        match self {
            Fold::Exists(_) | Fold::All { .. } => ControlFlow::Continue(()),
            _ if self.bounded() => ControlFlow::Continue(()),
            _ => ControlFlow::Break(()),
        }
    }

    /// Whether undecided members leave the result within bounds: a count, or a count of
    /// distinct values.
    fn bounded(&self) -> bool {
        matches!(self, Fold::Count(_) | Fold::Distinct(_))
    }

    fn finish(self, undecided: Undecided<'a>) -> Value<'a> {
        let doubt = undecided.unbounded || !undecided.members.is_empty();
        match self {
            Fold::Exists(true) => Value::Boolean(true),
            Fold::All { failed: true, .. } => Value::Boolean(false),
            _ if undecided.unbounded => Value::Undefined,
            // Each undecided member may count, or not.
            Fold::Count(n) if doubt => Value::between(n, n + undecided.members.len() as i64),
            // Each may add its value, unless it is one already seen; or be out.
            Fold::Distinct(seen) if doubt => {
                let mut more: Vec<&Value<'a>> = Vec::new();
                let mut unknown = 0;
                for value in &undecided.members {
                    match value.is_defined() {
                        true if !seen.contains(value) && !more.contains(&value) => more.push(value),
                        true => {}
                        false => unknown += 1,
                    }
                }
                let low = seen.len() as i64;
                Value::between(low, low + more.len() as i64 + unknown)
            }
            _ if doubt => Value::Undefined,
            Fold::Count(n) => Value::Integer(n),
            Fold::Exists(found) => Value::Boolean(found),
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
