//! Why a rule could not judge a record: the undefined values its `where` or `require` read.
//!
//! Only records that were not judged come here, so the hot path stays as it is: the rule is
//! evaluated once per record, and this re-walks one undefined condition of one record,
//! following each undefined operand down to the value that has none (a parameter, a table,
//! a field left out, a computation without a result).

use chrono::NaiveDate;

use super::explain::let_value;
use super::{Evaluator, Value};
use crate::ast::AggregateFn;
use crate::ir::{Arith, Expr, ExprKind, Lookup, Rule, Step};
use crate::schema::CollectionId;
use crate::source::{Source, Span};

/// One undefined value a rule needed, and why it has none. New reasons (a value refused
/// when the plan loaded, say) are new variants; `report::not_judged` words each one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    /// A parameter with no value on the date judged: `windows` are its dated values'.
    Param {
        name: String,
        date: NaiveDate,
        windows: Vec<(Option<NaiveDate>, Option<NaiveDate>)>,
    },
    /// A table whose rows all fail for these arguments, and that has no `otherwise`.
    NoRow {
        table: String,
        arguments: Vec<String>,
    },
    /// An optional field (no default) left out of a record.
    LeftOut {
        collection: CollectionId,
        record: u32,
        field: String,
    },
    /// A field read from a record whose type does not have it (a reference to one of
    /// several record types).
    NotAField {
        collection: CollectionId,
        record: u32,
        field: String,
    },
    /// The plan has no header record (`plan:`).
    NoHeader,
    /// A computation without a result: `expression` as written (if known) and why (the
    /// catalog id of the reason, said in the report's language).
    NoResult {
        expression: Option<String>,
        why: &'static str,
    },
}

/// What a walk needs besides the evaluator: the rule's `let`s, the file the expressions
/// are written in (none inside a table, which may be in another file), what was found.
struct Walk<'a, 'r> {
    rule: &'a Rule,
    source: Option<&'r Source>,
    found: Vec<Missing>,
    /// `let` slots already followed: each is explained once.
    followed: Vec<usize>,
}

/// At most this many reasons per record: enough to act on, never a flood.
const MOST: usize = 8;

impl<'a> Evaluator<'a> {
    /// The undefined values that kept `rule` from judging the record in `frame` (as the rule
    /// left it), and the condition they left undecided: the first `where` that is
    /// undefined, else the `require`.
    pub fn missing(
        &mut self,
        rule: &'a Rule,
        frame: &mut Vec<Value<'a>>,
    ) -> (Option<Span>, Vec<Missing>) {
        let undecided = rule
            .steps
            .iter()
            .find_map(|step| match step {
                Step::Where(condition)
                    if !matches!(self.eval(condition, frame), Value::Boolean(_)) =>
                {
                    Some(condition)
                }
                _ => None,
            })
            .or(rule.require.as_ref());
        let mut walk = Walk {
            rule,
            source: Some(&rule.source),
            found: Vec::new(),
            followed: Vec::new(),
        };
        if let Some(condition) = undecided {
            self.undefined_in(condition, frame, &mut walk);
        }
        if walk.found.is_empty() {
            walk.found.push(Missing::NoResult {
                expression: undecided.map(|c| rule.source.slice(c.span).to_string()),
                why: "it is not true or false",
            });
        }
        (undecided.map(|c| c.span), walk.found)
    }

    /// Finds why `expr`, which is undefined in `frame`, has no value.
    fn undefined_in(
        &mut self,
        expr: &'a Expr,
        frame: &mut Vec<Value<'a>>,
        walk: &mut Walk<'a, '_>,
    ) {
        if walk.found.len() >= MOST {
            return;
        }
        let children: Vec<&'a Expr> = match &expr.kind {
            ExprKind::Constant(_) => Vec::new(),
            ExprKind::Local(slot) => {
                if let Some(value) = let_value(walk.rule, *slot) {
                    if !walk.followed.contains(slot) {
                        walk.followed.push(*slot);
                        self.undefined_in(value, frame, walk);
                    }
                    return;
                }
                Vec::new()
            }
            ExprKind::Header(_) => return found(walk, Missing::NoHeader),
            ExprKind::Param(index) => {
                let param = &self.program.params[*index];
                return found(
                    walk,
                    Missing::Param {
                        name: param.name.clone(),
                        date: self.date,
                        windows: param.values.iter().map(|v| (v.from, v.until)).collect(),
                    },
                );
            }
            ExprKind::Field {
                base,
                name,
                by_collection,
            } => match self.eval(base, frame) {
                Value::Record(collection, record) => {
                    let field = name.clone();
                    return found(
                        walk,
                        match by_collection.get(collection as usize) {
                            Some(Some(_)) => Missing::LeftOut {
                                collection,
                                record,
                                field,
                            },
                            _ => Missing::NotAField {
                                collection,
                                record,
                                field,
                            },
                        },
                    );
                }
                _ => vec![&**base],
            },
            ExprKind::Not(x) | ExprKind::Neg(x) => vec![&**x],
            ExprKind::IsDefined { value, .. } | ExprKind::IsType { value, .. } => vec![&**value],
            ExprKind::And(a, b)
            | ExprKind::Or(a, b)
            | ExprKind::Arith(_, a, b)
            | ExprKind::Compare(_, a, b) => vec![&**a, &**b],
            // The left side's absence is what `??` is for: only the default can be missing.
            ExprKind::Default(_, default) => vec![&**default],
            ExprKind::In { item, set, .. } => vec![&**item, &**set],
            ExprKind::If {
                cond,
                then,
                otherwise,
            } => match self.eval(cond, frame) {
                Value::Boolean(true) => vec![&**then],
                Value::Boolean(false) => vec![&**otherwise],
                _ => vec![&**cond],
            },
            ExprKind::Builtin(_, args) | ExprKind::Set(args) | ExprKind::List(args) => {
                args.iter().collect()
            }
            ExprKind::Table(index, args) => {
                let undefined: Vec<&'a Expr> = args
                    .iter()
                    .filter(|arg| !self.eval(arg, frame).is_exact())
                    .collect();
                if undefined.is_empty() {
                    return self.undefined_row(*index, args, frame, walk);
                }
                undefined
            }
            ExprKind::Aggregate(aggregate) => {
                if let Lookup::Grouped { outer, .. } = &aggregate.lookup {
                    if !self.eval(outer, frame).is_exact() {
                        return self.undefined_in(outer, frame, walk);
                    }
                }
                if let Some((index, undefined)) = self.undecided_member(aggregate, frame) {
                    let saved = frame[aggregate.slot].clone();
                    frame[aggregate.slot] = Value::Record(aggregate.collection, index);
                    self.undefined_in(undefined, frame, walk);
                    frame[aggregate.slot] = saved;
                    return;
                }
                Vec::new()
            }
        };
        let before = walk.found.len();
        for child in children {
            // A bounded count is as much a cause as an undefined value: follow both.
            if !self.eval(child, frame).is_exact() {
                self.undefined_in(child, frame, walk);
            }
        }
        if walk.found.len() == before {
            // Every operand has a value: the operation itself gives none.
            let expression = walk.source.map(|s| s.slice(expr.span).to_string());
            found(
                walk,
                Missing::NoResult {
                    expression,
                    why: no_result(expr),
                },
            );
        }
    }

    /// Why a table call with defined arguments has no value: a row's condition or value is
    /// undefined, or no row matches and there is no `otherwise`.
    fn undefined_row(
        &mut self,
        index: usize,
        args: &'a [Expr],
        frame: &mut Vec<Value<'a>>,
        walk: &mut Walk<'a, '_>,
    ) {
        let table = &self.program.tables[index];
        let arguments: Vec<Value<'a>> = args.iter().map(|arg| self.eval(arg, frame)).collect();
        let mut inner = arguments.clone();
        inner.resize(table.frame_size.max(inner.len()), Value::Undefined);
        // The table's expressions are written where the table is, not in the rule's file.
        let source = walk.source.take();
        let mut chosen = table.otherwise.as_ref();
        for (when, then) in &table.rows {
            match self.eval(when, &mut inner) {
                Value::Boolean(true) => {
                    chosen = Some(then);
                    break;
                }
                Value::Boolean(false) => {}
                _ => {
                    chosen = Some(when);
                    break;
                }
            }
        }
        match chosen {
            Some(expr) => self.undefined_in(expr, &mut inner, walk),
            None => found(
                walk,
                Missing::NoRow {
                    table: table.name.clone(),
                    arguments: arguments.iter().map(|value| self.show(value)).collect(),
                },
            ),
        }
        walk.source = source;
    }
}

fn found(walk: &mut Walk<'_, '_>, missing: Missing) {
    if !walk.found.contains(&missing) {
        walk.found.push(missing);
    }
}

/// Why an operation on defined values has no result: a catalog id.
fn no_result(expr: &Expr) -> &'static str {
    match &expr.kind {
        ExprKind::Arith(Arith::Div, ..) => "no-result-division-by-zero",
        ExprKind::Arith(..) | ExprKind::Neg(_) => "no-result-out-of-range",
        ExprKind::Compare(..) | ExprKind::In { .. } => "no-result-not-comparable",
        ExprKind::Aggregate(aggregate) => match aggregate.function {
            AggregateFn::Average | AggregateFn::Share | AggregateFn::Min | AggregateFn::Max => {
                "no-result-nothing-counted"
            }
            _ => "no-result-out-of-range",
        },
        _ => "no-result-for-operands",
    }
}
