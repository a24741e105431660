//! Runs a program on a plan: pure, no I/O, findings in a deterministic order.
//!
//! Linear in the plan's size: an aggregate that reads no outer variable is computed once
//! per plan; one with an `inner == outer` condition groups its collection once into a hash
//! index and answers each evaluation from the group (see `aggregate.rs`).

mod aggregate;
mod builtin;
pub mod display;
pub mod explain;
mod expr;
mod plain;
mod text;
mod undefined;
mod value;

pub use undefined::Missing;

pub use value::Value;

use foldhash::HashMap as FastMap;
use std::rc::Rc;

use chrono::NaiveDate;

use crate::ir::{Constant, Program, Step};
use crate::plan::{Plan, Stored};
use crate::schema::Type;

/// A collection's records grouped by a key value, in file order within each group: each
/// key maps to a range of one shared vector, so an index costs one allocation, not one per
/// group.
#[derive(Default)]
pub struct Groups<'a> {
    ranges: FastMap<Value<'a>, (u32, u32)>,
    members: Vec<u32>,
    /// The records whose key is undefined: in no group, and in every group undecided.
    unkeyed: Vec<u32>,
}

impl<'a> Groups<'a> {
    /// Groups `keys[i]` (the key of record `i`; undefined keys are listed apart).
    pub fn build(keys: Vec<Value<'a>>) -> Groups<'a> {
        let unkeyed = (0..keys.len() as u32)
            .filter(|&index| !keys[index as usize].is_defined())
            .collect();
        let mut slot_of_key: FastMap<&Value<'a>, u32> = FastMap::default();
        let mut sizes: Vec<u32> = Vec::new();
        let slots: Vec<Option<u32>> = keys
            .iter()
            .map(|key| {
                key.is_defined().then(|| {
                    let slot = *slot_of_key.entry(key).or_insert_with(|| {
                        sizes.push(0);
                        (sizes.len() - 1) as u32
                    });
                    sizes[slot as usize] += 1;
                    slot
                })
            })
            .collect();
        let mut starts = Vec::with_capacity(sizes.len());
        let mut total = 0u32;
        for size in &sizes {
            starts.push(total);
            total += size;
        }
        let mut members = vec![0u32; total as usize];
        let mut next = starts.clone();
        for (index, slot) in slots.iter().enumerate() {
            if let Some(slot) = slot {
                members[next[*slot as usize] as usize] = index as u32;
                next[*slot as usize] += 1;
            }
        }
        let ranges = slot_of_key
            .into_iter()
            .map(|(key, slot)| (key.clone(), (starts[slot as usize], sizes[slot as usize])))
            .collect();
        Groups {
            ranges,
            members,
            unkeyed,
        }
    }

    /// The records whose key is undefined.
    pub fn unkeyed(&self) -> &[u32] {
        &self.unkeyed
    }

    /// The records whose key is `key`, in file order.
    pub fn get(&self, key: &Value<'a>) -> Option<&[u32]> {
        let &(start, len) = self.ranges.get(key)?;
        self.members.get(start as usize..(start + len) as usize)
    }
}

/// A record that failed a rule, or that the rule could not judge, with the variables it
/// was judged with.
#[derive(Clone, Debug)]
pub struct Finding<'a> {
    pub rule: usize,
    pub record: u32,
    pub frame: Vec<Value<'a>>,
    pub verdict: Verdict,
}

/// What a rule said about a record it reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The `require` is false (or, in a reporting rule, the record is selected).
    Failed,
    /// A `where` or the `require` is undefined: a value it needs has none.
    NotJudged,
}

pub struct Evaluator<'a> {
    pub program: &'a Program,
    pub plan: &'a Plan,
    pub date: NaiveDate,
    /// The language values are displayed in (`display.rs`); English unless set.
    pub lang: crate::lang::Lang,
    params: Vec<Value<'a>>,
    /// Aggregates computed once per plan, by aggregate id.
    once: Vec<Option<Value<'a>>>,
    /// Group indexes, by aggregate id: key value → record indexes, in file order.
    groups: Vec<Option<Rc<Groups<'a>>>>,
}

impl<'a> Evaluator<'a> {
    pub fn new(program: &'a Program, plan: &'a Plan, date: NaiveDate) -> Self {
        let params = program
            .params
            .iter()
            .map(|param| {
                param
                    .values
                    .iter()
                    .find(|v| v.applies(date))
                    .map_or(Value::Undefined, |v| constant(&v.value))
            })
            .collect();
        Evaluator {
            program,
            plan,
            date,
            lang: crate::lang::Lang::En,
            params,
            once: vec![None; program.aggregate_count],
            groups: vec![None; program.aggregate_count],
        }
    }

    /// Every finding of the rules in force at the evaluator's date, in rule order, then
    /// record order.
    pub fn run(&mut self) -> Vec<Finding<'a>> {
        let all: Vec<usize> = (0..self.program.rules.len()).collect();
        self.run_rules(&all)
    }

    /// The same as `run`, with the rules shared among `threads` threads. Each thread has its
    /// own evaluator: a rule's caches belong to its own aggregates, so nothing is shared.
    pub fn run_parallel(
        program: &'a Program,
        plan: &'a Plan,
        date: NaiveDate,
        threads: usize,
    ) -> Vec<Finding<'a>> {
        let threads = threads.clamp(1, program.rules.len().max(1));
        let mut findings: Vec<Finding<'a>> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|thread| {
                    // Every `threads`th rule, so that the costly ones spread out.
                    let rules: Vec<usize> =
                        (thread..program.rules.len()).step_by(threads).collect();
                    scope.spawn(move || Evaluator::new(program, plan, date).run_rules(&rules))
                })
                .collect();
            workers
                .into_iter()
                // A worker's panic is the caller's: never findings silently missing.
                .flat_map(|worker| {
                    worker
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        });
        findings.sort_by_key(|finding| (finding.rule, finding.record));
        findings
    }

    fn run_rules(&mut self, rules: &[usize]) -> Vec<Finding<'a>> {
        let mut findings = Vec::new();
        for &index in rules {
            let rule = &self.program.rules[index];
            if !rule.in_force(self.date) {
                continue;
            }
            let count = self.plan.len(rule.collection);
            let mut frame = vec![Value::Undefined; rule.frame_size.max(1)];
            'records: for record in 0..count {
                frame.fill(Value::Undefined);
                frame[0] = Value::Record(rule.collection, record);
                let mut verdict = None;
                for step in &rule.steps {
                    match step {
                        Step::Let(slot, value) => frame[*slot] = self.eval(value, &mut frame),
                        Step::Where(condition) => match self.eval(condition, &mut frame) {
                            Value::Boolean(true) => {}
                            Value::Boolean(false) => continue 'records,
                            // Whether the rule applies cannot be decided (grammar/README.md).
                            _ => {
                                verdict = Some(Verdict::NotJudged);
                                break;
                            }
                        },
                    }
                }
                let verdict = verdict.or_else(|| match &rule.require {
                    Some(require) => match self.eval(require, &mut frame) {
                        Value::Boolean(true) => None,
                        Value::Boolean(false) => Some(Verdict::Failed),
                        _ => Some(Verdict::NotJudged),
                    },
                    None => Some(Verdict::Failed),
                });
                if let Some(verdict) = verdict {
                    findings.push(Finding {
                        rule: index,
                        record,
                        frame: frame.clone(),
                        verdict,
                    });
                }
            }
            // Aggregates belong to one rule: its caches are of no use to the next.
            self.once.iter_mut().for_each(|cached| *cached = None);
            self.groups.iter_mut().for_each(|cached| *cached = None);
        }
        findings
    }

    /// The stored value of a record's field of type `ty`, as a runtime value.
    pub fn stored(&self, stored: &'a Stored, ty: &Type) -> Value<'a> {
        match stored {
            Stored::Absent => Value::Undefined,
            Stored::Boolean(b) => Value::Boolean(*b),
            Stored::Integer(i) => Value::Integer(*i),
            Stored::Decimal(d) => Value::Decimal(**d),
            Stored::Text(text) => Value::Text(self.plan.text(*text)),
            Stored::Date(d) => Value::Date(*d),
            Stored::Enum(position) => match ty {
                Type::Enum(id) => Value::Enum(*id, *position),
                _ => Value::Undefined,
            },
            Stored::Record(c, i) => Value::Record(*c, *i),
            Stored::List(items) => {
                let element = match ty {
                    Type::List(element) => element,
                    _ => ty,
                };
                Value::List(
                    items
                        .iter()
                        .map(|slot| self.stored(&slot.value, element))
                        .collect(),
                )
            }
        }
    }

    pub fn param(&self, index: usize) -> &Value<'a> {
        &self.params[index]
    }
}

pub fn constant(value: &Constant) -> Value<'_> {
    match value {
        Constant::Integer(i) => Value::Integer(*i),
        Constant::Decimal(d) => Value::Decimal(*d),
        Constant::Text(t) => Value::Text(t),
        Constant::Boolean(b) => Value::Boolean(*b),
        Constant::Date(d) => Value::Date(*d),
        Constant::Duration(d) => Value::Duration(*d),
        Constant::Enum(id, position) => Value::Enum(*id, *position),
        Constant::Set(items) => Value::set(items.iter().map(constant).collect()),
    }
}

/// A set of constants as evaluation tests it: sorted, without repeats.
pub fn constant_set(mut members: Vec<Constant>) -> Constant {
    members.sort_by(|a, b| constant(a).total_order(&constant(b)));
    members.dedup();
    Constant::Set(members)
}

#[cfg(test)]
mod extend_tests;
#[cfg(test)]
mod not_judged_tests;
#[cfg(test)]
mod percent_tests;
#[cfg(test)]
mod set_param_tests;
#[cfg(test)]
mod severity_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod text_tests;
