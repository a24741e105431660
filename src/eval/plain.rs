//! Why a record failed a rule, in plain sentences for the officials who act on it: the
//! people, posts and units by name, each with its line, the values by their labels, the
//! bound the rule sets. "Trần Quốc Việt: 3 chức vụ đảm nhiệm: Bí thư Đảng ủy Phường Hải
//! Châu (dòng 198), ...; tối đa 2". Built from the same clauses `explain.rs` walks, in
//! general terms (what an aggregate counted, a field by its label), never per rule; the
//! expression-level reasons stay in `explain.rs` for drafters and the JSON `why`.

use super::{Evaluator, Value};
use crate::ast::{AggregateFn, CompareOp};
use crate::i18n::{t, t_with};
use crate::ir::{Aggregate, Builtin, Constant, Expr, ExprKind, Rule};
use crate::lang::Lang;
use crate::schema::Type;

/// At most this many records are named in one sentence; the rest are counted.
const MAX_NAMED: usize = 12;

/// At most this many fields are named as what a value was computed from.
const MAX_FIELDS: usize = 4;

/// The fields of records `expr` reads, in reading order and once each, through the rule's
/// `let`s: what a computed value was computed from. An aggregate's fields are its members'
/// and are left out.
fn fields_read<'a>(rule: &'a Rule, expr: &'a Expr, out: &mut Vec<&'a Expr>) {
    let mut walk = |child: &'a Expr| fields_read(rule, child, out);
    match &expr.kind {
        ExprKind::Field { base, .. } => {
            if matches!(base.kind, ExprKind::Local(_) | ExprKind::Field { .. })
                && !out.iter().any(|seen| std::ptr::eq(*seen, expr))
            {
                out.push(expr);
            }
        }
        ExprKind::Local(slot) => {
            if let Some(value) = super::explain::let_value(rule, *slot) {
                walk(value);
            }
        }
        ExprKind::Not(a) | ExprKind::Neg(a) => walk(a),
        ExprKind::IsDefined { value, .. } | ExprKind::IsType { value, .. } => walk(value),
        ExprKind::And(a, b)
        | ExprKind::Or(a, b)
        | ExprKind::Arith(_, a, b)
        | ExprKind::Default(a, b)
        | ExprKind::Compare(_, a, b) => {
            walk(a);
            walk(b);
        }
        ExprKind::In { item, set, .. } => {
            walk(item);
            walk(set);
        }
        ExprKind::If {
            cond,
            then,
            otherwise,
        } => {
            walk(cond);
            walk(then);
            walk(otherwise);
        }
        ExprKind::Builtin(_, args) | ExprKind::Table(_, args) => args.iter().for_each(walk),
        ExprKind::Set(items) | ExprKind::List(items) => items.iter().for_each(walk),
        ExprKind::Constant(_)
        | ExprKind::Header(_)
        | ExprKind::Param(_)
        | ExprKind::Aggregate(_) => {}
    }
}

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
                None => out.push(t(self.lang, "plain-fails")),
            },
            ExprKind::Compare(op, left, right) => {
                // A share compared with a percentage is shown as one.
                let percent = matches!(right.kind,
                    ExprKind::Param(i) if self.program.params[i].percent);
                let what = self.describe(rule, left, frame, percent);
                let bound = self.display_hole(right, frame);
                out.push(format!("{what}; {} {bound}", bound_words(self.lang, *op)));
            }
            ExprKind::In { negated, item, set } => {
                let what = self.describe(rule, item, frame, false);
                let set = self.eval(set, frame);
                // A failed `not in` means the item is in the set, and the other way round.
                let relation = if *negated {
                    t(self.lang, "plain-one-of")
                } else {
                    t(self.lang, "plain-not-one-of")
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
                out.push(format!(
                    "{count} {label} {}: {named}",
                    t(self.lang, "plain-fail")
                ));
            }
            _ => out.push(t(self.lang, "plain-fails")),
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
        // A share compared with a percentage is shown as the message's `as percent` shows it.
        let shown = match self.eval(expr, frame).as_decimal() {
            Some(share) if percent => super::display::display_percent(share, None, self.lang),
            _ => None,
        };
        let value = shown.unwrap_or_else(|| self.display_hole(expr, frame));
        match &expr.kind {
            ExprKind::Aggregate(aggregate) => {
                let (collection, members) = self.counted_records(aggregate, frame);
                let label = match collection == aggregate.collection {
                    true => self.counted_label(aggregate, frame),
                    false => self
                        .program
                        .schema
                        .collection(collection)
                        .label(self.lang)
                        .to_string(),
                };
                let subject = match frame.first().cloned() {
                    Some(Value::Record(c, i)) => format!("{}: ", self.name_in_context(c, i, None)),
                    _ => String::new(),
                };
                // A count says how many; a list of values (the posts a person holds) is
                // said by its records.
                let counted = if self.eval(expr, frame).as_decimal().is_some() {
                    t_with(
                        self.lang,
                        "plain-count",
                        &[("value", &value), ("label", &label)],
                    )
                } else {
                    label.to_string()
                };
                if members.is_empty() {
                    return format!("{subject}{counted}");
                }
                let named = self.name_records(collection, &members, frame);
                format!("{subject}{counted}: {named}")
            }
            // `len(f.presiding)`: how many the field lists, by its label.
            ExprKind::Builtin(Builtin::Len, args) => match args.first() {
                Some(list) => self
                    .describe_field(list, &value, frame, true)
                    .unwrap_or(value),
                None => value,
            },
            ExprKind::Field { .. } => {
                let described = self.describe_field(expr, &value, frame, false);
                described.unwrap_or(value)
            }
            // A value computed from fields (an age, months left): the value and the fields
            // it was computed from, each by its label, record and line.
            _ => {
                let mut fields = Vec::new();
                fields_read(rule, expr, &mut fields);
                let mut described = Vec::new();
                for field in fields {
                    // A field left out (read through `??`) did not count.
                    if described.len() == MAX_FIELDS || !self.eval(field, frame).is_defined() {
                        continue;
                    }
                    let value = self.display_hole(field, frame);
                    described.extend(self.describe_field(field, &value, frame, false));
                }
                if described.is_empty() {
                    t_with(self.lang, "plain-value-is", &[("value", &value)])
                } else {
                    t_with(
                        self.lang,
                        "plain-computed-from",
                        &[("value", &value), ("fields", &described.join("; "))],
                    )
                }
            }
        }
    }

    /// The records an aggregate counted: its members; for `distinct` of records (the people
    /// holding a unit's posts), those records, once each, in the order first met.
    fn counted_records(
        &mut self,
        aggregate: &'a Aggregate,
        frame: &mut Vec<Value<'a>>,
    ) -> (u16, Vec<u32>) {
        let members = self.members(aggregate, frame);
        let (AggregateFn::Distinct, Some(value)) = (aggregate.function, &aggregate.value) else {
            return (aggregate.collection, members);
        };
        let saved = frame[aggregate.slot].clone();
        let mut distinct: Vec<(u16, u32)> = Vec::new();
        let mut all_records = true;
        for &index in &members {
            frame[aggregate.slot] = Value::Record(aggregate.collection, index);
            match self.eval(value, frame) {
                Value::Record(c, i) => {
                    if !distinct.contains(&(c, i)) {
                        distinct.push((c, i));
                    }
                }
                _ => all_records = false,
            }
        }
        frame[aggregate.slot] = saved;
        match distinct.first() {
            Some(&(collection, _))
                if all_records && distinct.iter().all(|(c, _)| *c == collection) =>
            {
                (collection, distinct.into_iter().map(|(_, i)| i).collect())
            }
            _ => (aggregate.collection, members),
        }
    }

    /// What an aggregate counts: the enumeration value its filter requires of its records
    /// (`a.post == party_secretary`: "Bí thư Đảng ủy"), else its collection's label.
    fn counted_label(&mut self, aggregate: &'a Aggregate, frame: &mut Vec<Value<'a>>) -> String {
        let required = aggregate.conjuncts.iter().find_map(|conjunct| {
            let ExprKind::Compare(CompareOp::Eq, left, right) = &conjunct.kind else {
                return None;
            };
            let of_member = |side: &Expr| matches!(&side.kind,
                ExprKind::Field { base, .. } if matches!(base.kind, ExprKind::Local(slot) if slot == aggregate.slot));
            let is_enum = |side: &Expr| matches!(side.kind, ExprKind::Constant(Constant::Enum(..)));
            match (&**left, &**right) {
                (field, value) | (value, field) if of_member(field) && is_enum(value) => {
                    Some(value)
                }
                _ => None,
            }
        });
        match required {
            Some(value) => {
                let value = self.eval(value, frame);
                self.display(&value)
            }
            None => {
                let collection = self.program.schema.collection(aggregate.collection);
                collection.label(self.lang).to_string()
            }
        }
    }

    /// A field by its label, its record and its line: `trình độ chuyên môn của Phan Văn Hậu
    /// là cao đẳng (dòng 226)`; with `counted`, how many items the list field holds (`số cơ
    /// quan chủ trì của ... là 2`). `None` when `expr` is not a field of a record.
    fn describe_field(
        &mut self,
        expr: &'a Expr,
        value: &str,
        frame: &mut Vec<Value<'a>>,
        counted: bool,
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
        // A yes/no field reads as a question answered: `Trần Văn Hùng: disciplined: yes`.
        if definition.fields[field].ty == Type::Boolean {
            return Some(format!("{owner}: {label}: {value} ({line})"));
        }
        let id = if counted {
            "plain-field-counted"
        } else {
            "plain-field-is"
        };
        let args: [(&str, &dyn std::fmt::Display); 4] = [
            ("label", &label),
            ("owner", &owner),
            ("value", &value),
            ("line", &line),
        ];
        Some(t_with(self.lang, id, &args))
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
            named.push(t_with(self.lang, "plain-and-more", &[("rest", &rest)]));
        }
        named.join(", ")
    }

    /// A record as a sentence names it: by its name or key; a record with neither (a post
    /// held, a task assignment) as `holder – role`: its first reference (the person, the
    /// unit), then its first enumeration value (else its first text) and its other
    /// references: `Phan Quốc Bảo – Bí thư Đảng ủy Thành phố Đà Nẵng`. A reference to the
    /// record the sentence is about (`subject`) is left out: under a person, their posts
    /// read `Bí thư Đảng ủy Phường Hải Châu`.
    fn name_in_context(&self, collection: u16, index: u32, subject: Option<&Value<'a>>) -> String {
        let definition = self.program.schema.collection(collection);
        if definition.display_field().is_some() || definition.key_field().is_some() {
            return self.display_record(collection, index);
        }
        let value = |field: usize| {
            let stored = self.plan.value(collection, index, field);
            self.stored(stored, &definition.fields[field].ty)
        };
        let role_field = definition
            .fields
            .iter()
            .position(|field| matches!(field.ty, Type::Enum(_)))
            .or_else(|| {
                let mut fields = definition.fields.iter();
                fields.position(|field| matches!(field.ty, Type::Text))
            });
        let first_reference = definition
            .fields
            .iter()
            .position(|field| matches!(field.ty, Type::Record(_)));
        let mut holder = None;
        let mut role = Vec::new();
        if let Some(field) = role_field {
            let shown = value(field);
            if shown.is_defined() {
                role.push(self.display(&shown));
            }
        }
        for (field, def) in definition.fields.iter().enumerate() {
            if !matches!(def.ty, Type::Record(_)) {
                continue;
            }
            let reference = value(field);
            let is_subject = matches!((&reference, subject),
                (Value::Record(c, i), Some(Value::Record(sc, si))) if c == sc && i == si);
            if is_subject || !reference.is_defined() {
                continue;
            }
            if Some(field) == first_reference {
                holder = Some(self.display(&reference));
            } else {
                role.push(self.display(&reference));
            }
        }
        match (holder, role.is_empty()) {
            (None, true) => self.display_record(collection, index),
            (None, false) => role.join(" "),
            (Some(holder), true) => holder,
            (Some(holder), false) => format!("{holder} – {}", role.join(" ")),
        }
    }

    /// `dòng 198` / `line 198`; a workbook's row.
    fn line_of(&self, offset: u32) -> String {
        let source = &self.plan.source;
        let (number, workbook) = match source.cell(offset as usize) {
            Some(cell) => (cell.row.to_string(), true),
            None => (source.location(offset as usize).line.to_string(), false),
        };
        if workbook {
            t_with(self.lang, "at-row", &[("row", &number)])
        } else {
            t_with(self.lang, "at-line", &[("line", &number)])
        }
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
}

/// What the rule requires of a value: `at most`, `tối đa`.
fn bound_words(lang: Lang, op: CompareOp) -> String {
    let id = match op {
        CompareOp::Eq => "plain-bound-eq",
        CompareOp::Ne => "plain-bound-ne",
        CompareOp::Lt => "plain-bound-lt",
        CompareOp::Le => "plain-bound-le",
        CompareOp::Gt => "plain-bound-gt",
        CompareOp::Ge => "plain-bound-ge",
    };
    t(lang, id)
}
