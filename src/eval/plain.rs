//! Why a record failed a rule, in plain sentences for the officials who act on it: the
//! people, posts and units by name, each with its line, the values by their labels, the
//! bound the rule sets. "Trần Quốc Việt: 3 chức vụ đảm nhiệm: Bí thư Đảng ủy Phường Hải
//! Châu (dòng 198), ...; tối đa 2". Built from the same clauses `explain.rs` walks, in
//! general terms (what an aggregate counted, a field by its label), never per rule; the
//! expression-level reasons stay in `explain.rs` for drafters and the JSON `why`.

use super::{Evaluator, Value};
use crate::ast::{AggregateFn, CompareOp};
use crate::ir::{Aggregate, Builtin, Expr, ExprKind, Rule};
use crate::lang::Lang;
use crate::schema::Type;

/// At most this many records are named in one sentence; the rest are counted.
const MAX_NAMED: usize = 12;

impl<'a> Evaluator<'a> {
    /// One sentence per failed clause of `rule.require` for the record in `frame`.
    pub fn why_plain(&mut self, rule: &'a Rule, frame: &mut Vec<Value<'a>>) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(require) = &rule.require {
            self.plain_false(rule, require, frame, &mut out);
        }
        out
    }

    fn plain_false(
        &mut self,
        rule: &'a Rule,
        expr: &'a Expr,
        frame: &mut Vec<Value<'a>>,
        out: &mut Vec<String>,
    ) {
        match &expr.kind {
            ExprKind::And(a, b) => {
                for side in [a, b] {
                    if matches!(self.eval(side, frame), Value::Boolean(false)) {
                        self.plain_false(rule, side, frame, out);
                    }
                }
            }
            ExprKind::Or(a, b) => {
                self.plain_false(rule, a, frame, out);
                self.plain_false(rule, b, frame, out);
            }
            ExprKind::Local(slot) => match super::explain::let_value(rule, *slot) {
                Some(value) => self.plain_false(rule, value, frame, out),
                None => out.push(self.words().fails.to_string()),
            },
            ExprKind::Compare(op, left, right) => {
                // A share compared with a percentage is shown as one.
                let percent = matches!(right.kind,
                    ExprKind::Param(i) if self.program.params[i].percent);
                let what = self.describe(rule, left, frame, percent);
                let bound = self.display_hole(right, frame);
                out.push(format!("{what}; {} {bound}", self.words().bound(*op)));
            }
            ExprKind::In { negated, item, set } => {
                let what = self.describe(rule, item, frame, false);
                let set = self.eval(set, frame);
                let words = self.words();
                let relation = if *negated {
                    words.one_of
                } else {
                    words.not_one_of
                };
                out.push(format!("{what}; {relation} {}", self.display_set(&set)));
            }
            ExprKind::Not(inner) => out.push(self.describe(rule, inner, frame, false)),
            ExprKind::Aggregate(aggregate) if aggregate.function == AggregateFn::All => {
                let failing = self.failing(aggregate, frame);
                let label = self
                    .program
                    .schema
                    .collection(aggregate.collection)
                    .label(self.lang);
                let named = self.name_records(aggregate.collection, &failing, frame);
                let count = failing.len();
                out.push(format!("{count} {label} {}: {named}", self.words().fail));
            }
            _ => out.push(self.words().fails.to_string()),
        }
    }

    /// What an expression is, in words: the records an aggregate counted, by name and line;
    /// a field by its label, its record and its line; else the value.
    fn describe(
        &mut self,
        rule: &'a Rule,
        expr: &'a Expr,
        frame: &mut Vec<Value<'a>>,
        percent: bool,
    ) -> String {
        let expr = match &expr.kind {
            ExprKind::Local(slot) => super::explain::let_value(rule, *slot).unwrap_or(expr),
            _ => expr,
        };
        let value = match self.eval(expr, frame).as_decimal() {
            Some(share) if percent => {
                let hundred = rust_decimal::Decimal::from(100);
                format!(
                    "{}%",
                    super::display::display_decimal((share * hundred).round_dp(1), self.lang)
                )
            }
            _ => self.display_hole(expr, frame),
        };
        match &expr.kind {
            ExprKind::Aggregate(aggregate) => {
                let members = self.members(aggregate, frame);
                let collection = self.program.schema.collection(aggregate.collection);
                let label = collection.label(self.lang);
                let subject = match frame.first().cloned() {
                    Some(Value::Record(c, i)) => format!("{}: ", self.name_in_context(c, i, None)),
                    _ => String::new(),
                };
                if members.is_empty() {
                    return match self.lang {
                        Lang::En => format!("{subject}{value} counted"),
                        Lang::Vi => format!("{subject}{value} {label}"),
                    };
                }
                let named = self.name_records(aggregate.collection, &members, frame);
                match self.lang {
                    Lang::En => format!("{subject}{value} counted: {named}"),
                    Lang::Vi => format!("{subject}{value} {label}: {named}"),
                }
            }
            // `len(f.presiding)`: how many the field lists, by its label.
            ExprKind::Builtin(Builtin::Len, args) => match args.first() {
                Some(list) => self.describe_field(list, &value, frame).unwrap_or(value),
                None => value,
            },
            ExprKind::Field { .. } => {
                let described = self.describe_field(expr, &value, frame);
                described.unwrap_or(value)
            }
            _ => match self.lang {
                Lang::En => format!("the value is {value}"),
                Lang::Vi => format!("giá trị là {value}"),
            },
        }
    }

    /// A field by its label, its record and its line: `trình độ chuyên môn của Phan Văn Hậu
    /// là cao đẳng (dòng 226)`; `None` when `expr` is not a field of a record.
    fn describe_field(
        &mut self,
        expr: &'a Expr,
        value: &str,
        frame: &mut Vec<Value<'a>>,
    ) -> Option<String> {
        let ExprKind::Field {
            base,
            by_collection,
            ..
        } = &expr.kind
        else {
            return None;
        };
        let Value::Record(collection, index) = self.eval(base, frame) else {
            return None;
        };
        let field = (*by_collection.get(collection as usize)?)? as usize;
        let definition = self.program.schema.collection(collection);
        let label = definition.fields[field].label(self.lang);
        let owner = self.name_in_context(collection, index, None);
        let line = self.line_of(self.plan.value_span(collection, index, field).start);
        Some(match self.lang {
            Lang::En => format!("the {label} of {owner} is {value} ({line})"),
            Lang::Vi => format!("{label} của {owner} là {value} ({line})"),
        })
    }

    /// A set of values, a set of pairs as `(a, b); (c, d)`.
    fn display_set(&self, set: &Value<'_>) -> String {
        let Value::List(items) = set else {
            return self.display(set);
        };
        let shown: Vec<String> = items
            .iter()
            .map(|item| match item {
                Value::List(_) => format!("({})", self.display(item)),
                other => self.display(other),
            })
            .collect();
        let separator = if items.iter().any(|i| matches!(i, Value::List(_))) {
            "; "
        } else {
            ", "
        };
        shown.join(separator)
    }

    /// Records by name with their lines: `Bí thư Đảng ủy Phường Hải Châu (dòng 198), ...`.
    /// A record with no name of its own is shown by its first enumeration value and the
    /// records it refers to, leaving out the one the sentence is about (`frame[0]`).
    fn name_records(&mut self, collection: u16, records: &[u32], frame: &[Value<'a>]) -> String {
        let subject = frame.first().cloned();
        let mut named: Vec<String> = records
            .iter()
            .take(MAX_NAMED)
            .map(|&index| {
                let name = self.name_in_context(collection, index, subject.as_ref());
                let line = self.line_of(self.plan.record_head(collection, index).start);
                format!("{name} ({line})")
            })
            .collect();
        if records.len() > MAX_NAMED {
            let rest = records.len() - MAX_NAMED;
            named.push(match self.lang {
                Lang::En => format!("and {rest} more"),
                Lang::Vi => format!("và {rest} bản ghi khác"),
            });
        }
        named.join(", ")
    }

    fn name_in_context(&self, collection: u16, index: u32, subject: Option<&Value<'a>>) -> String {
        let definition = self.program.schema.collection(collection);
        if definition.display_field().is_some() || definition.key_field().is_some() {
            return self.display_record(collection, index);
        }
        let mut parts = Vec::new();
        let first_enum = definition
            .fields
            .iter()
            .position(|field| matches!(field.ty, Type::Enum(_)));
        if let Some(field) = first_enum {
            let stored = self.plan.value(collection, index, field);
            parts.push(self.display(&self.stored(stored, &definition.fields[field].ty)));
        }
        for (field, def) in definition.fields.iter().enumerate() {
            if !matches!(def.ty, Type::Record(_)) {
                continue;
            }
            let value = self.stored(self.plan.value(collection, index, field), &def.ty);
            let is_subject = matches!((&value, subject),
                (Value::Record(c, i), Some(Value::Record(sc, si))) if c == sc && i == si);
            if !is_subject && value.is_defined() {
                parts.push(self.display(&value));
            }
        }
        if parts.is_empty() {
            return self.display_record(collection, index);
        }
        parts.join(" ")
    }

    /// `dòng 198` / `line 198`; a workbook's row.
    fn line_of(&self, offset: u32) -> String {
        let source = &self.plan.source;
        let (number, workbook) = match source.cell(offset as usize) {
            Some(cell) => (cell.row.to_string(), true),
            None => (source.location(offset as usize).line.to_string(), false),
        };
        let word = match (self.lang, workbook) {
            (Lang::En, false) => "line",
            (Lang::En, true) => "row",
            (Lang::Vi, false) => "dòng",
            (Lang::Vi, true) => "hàng",
        };
        format!("{word} {number}")
    }

    fn failing(&mut self, aggregate: &'a Aggregate, frame: &mut Vec<Value<'a>>) -> Vec<u32> {
        let Some(value) = &aggregate.value else {
            return Vec::new();
        };
        let members = self.members(aggregate, frame);
        let saved = frame[aggregate.slot].clone();
        let mut failing = Vec::new();
        for index in members {
            frame[aggregate.slot] = Value::Record(aggregate.collection, index);
            if matches!(self.eval(value, frame), Value::Boolean(false)) {
                failing.push(index);
            }
        }
        frame[aggregate.slot] = saved;
        failing
    }

    fn words(&self) -> &'static Words {
        match self.lang {
            Lang::En => &ENGLISH,
            Lang::Vi => &VIETNAMESE,
        }
    }
}

/// The few words the sentences are built with.
struct Words {
    bound: [&'static str; 6],
    one_of: &'static str,
    not_one_of: &'static str,
    fail: &'static str,
    fails: &'static str,
}

impl Words {
    /// What the rule requires of a value: `at most`, `tối đa`.
    fn bound(&self, op: CompareOp) -> &'static str {
        let index = match op {
            CompareOp::Eq => 0,
            CompareOp::Ne => 1,
            CompareOp::Lt => 2,
            CompareOp::Le => 3,
            CompareOp::Gt => 4,
            CompareOp::Ge => 5,
        };
        self.bound[index]
    }
}

static ENGLISH: Words = Words {
    bound: [
        "required: exactly",
        "must differ from",
        "must be below",
        "at most",
        "must be above",
        "at least",
    ],
    one_of: "which is one of",
    not_one_of: "which is not one of",
    fail: "do not meet it",
    fails: "the condition is not met",
};

static VIETNAMESE: Words = Words {
    bound: [
        "yêu cầu đúng",
        "phải khác",
        "phải dưới",
        "tối đa",
        "phải trên",
        "tối thiểu",
    ],
    one_of: "thuộc",
    not_one_of: "không thuộc",
    fail: "không đạt",
    fails: "điều kiện không được đáp ứng",
};
