//! Expressions: name lookup, contextual enumeration values, and type checking.

use crate::ast::{self, AggregateFn, BinaryOp, CompareOp, ExprKind as A, Literal, UnaryOp};
use crate::code::Code;
use crate::ir::{self, Aggregate, Arith, Builtin, Constant, Expr, ExprKind};
use crate::schema::{Shape, Type};
use crate::source::Span;
use crate::suggest::did_you_mean;

use super::index::{Context, SymbolKind};
use super::lookup;
use super::scope::Scope;
use super::Resolver;

/// Whether a value of type `from` may stand where `to` is expected.
pub fn assignable(from: &Type, to: &Type) -> bool {
    match (from, to) {
        (Type::Error, _) | (_, Type::Error) => true,
        (Type::Integer, Type::Decimal) => true,
        (Type::Record(a), Type::Record(b)) => a.iter().all(|id| b.contains(id)),
        (Type::Set(a), Type::Set(b))
        | (Type::List(a), Type::List(b))
        | (Type::Set(a), Type::List(b)) => assignable(a, b),
        (a, b) => a == b,
    }
}

/// Whether two values can be compared for equality.
fn comparable(a: &Type, b: &Type) -> bool {
    match (a, b) {
        (Type::Record(x), Type::Record(y)) => x.iter().any(|id| y.contains(id)),
        (Type::Set(x) | Type::List(x), Type::Set(y) | Type::List(y)) => comparable(x, y),
        _ => assignable(a, b) || assignable(b, a),
    }
}

impl Resolver {
    /// An expression that must be a condition.
    pub(super) fn condition(&mut self, expr: &ast::Expr, scope: &mut Scope) -> Expr {
        self.expect_type(expr, scope, &Type::Boolean)
    }

    pub(super) fn expect_type(&mut self, expr: &ast::Expr, scope: &mut Scope, ty: &Type) -> Expr {
        let resolved = self.expr(expr, scope, Some(ty));
        if !assignable(&resolved.ty, ty) {
            let message = format!(
                "expected {}, found {}",
                self.describe_type(ty),
                self.describe_type(&resolved.ty)
            );
            self.error(Code::TypeMismatch, expr.span, message, "wrong type");
        }
        resolved
    }

    fn describe_type(&self, ty: &Type) -> String {
        match ty {
            Type::Boolean => "a condition (true or false)".to_string(),
            other => format!("a value of type {}", self.schema.type_name(other)),
        }
    }

    fn mismatch(&mut self, span: Span, message: String, label: &str) -> Type {
        self.error(Code::TypeMismatch, span, message, label);
        Type::Error
    }

    pub(super) fn expr(
        &mut self,
        expr: &ast::Expr,
        scope: &mut Scope,
        expected: Option<&Type>,
    ) -> Expr {
        let span = expr.span;
        let (kind, ty) = match &expr.kind {
            A::Literal(literal) => literal_value(literal),
            A::Name(name) => return self.name(name, scope, expected),
            A::Field(base, name) => return self.field(expr, base, name, scope),
            A::Unary(UnaryOp::Not, value) => (
                ExprKind::Not(Box::new(self.condition(value, scope))),
                Type::Boolean,
            ),
            A::Unary(UnaryOp::Neg, value) => {
                let value = self.expr(value, scope, None);
                let ty = match value.ty {
                    Type::Integer | Type::Decimal | Type::Duration | Type::Error => {
                        value.ty.clone()
                    }
                    _ => self.mismatch(
                        span,
                        format!("cannot negate a {}", self.schema.type_name(&value.ty)),
                        "not a number",
                    ),
                };
                (ExprKind::Neg(Box::new(value)), ty)
            }
            A::Binary(BinaryOp::And, a, b) | A::Binary(BinaryOp::Or, a, b) => {
                let left = Box::new(self.condition(a, scope));
                let right = Box::new(self.condition(b, scope));
                let is_and = matches!(expr.kind, A::Binary(BinaryOp::And, ..));
                (
                    if is_and {
                        ExprKind::And(left, right)
                    } else {
                        ExprKind::Or(left, right)
                    },
                    Type::Boolean,
                )
            }
            A::Binary(BinaryOp::Default, a, b) => {
                let left = self.expr(a, scope, expected);
                let right = self.expr(b, scope, Some(&left.ty));
                let ty = if left.ty == Type::Error {
                    right.ty.clone()
                } else {
                    left.ty.clone()
                };
                if !comparable(&left.ty, &right.ty) {
                    let message = format!(
                        "`??` needs two values of the same type, found {} and {}",
                        self.schema.type_name(&left.ty),
                        self.schema.type_name(&right.ty)
                    );
                    self.mismatch(span, message, "different types");
                }
                (ExprKind::Default(Box::new(left), Box::new(right)), ty)
            }
            A::Binary(op, a, b) => {
                let left = self.expr(a, scope, None);
                let right = self.expr(b, scope, None);
                let arith = match op {
                    BinaryOp::Add => Arith::Add,
                    BinaryOp::Sub => Arith::Sub,
                    BinaryOp::Mul => Arith::Mul,
                    _ => Arith::Div,
                };
                let ty = self.arith_type(arith, &left.ty, &right.ty, span, op.symbol());
                (ExprKind::Arith(arith, Box::new(left), Box::new(right)), ty)
            }
            A::Compare(op, a, b) => {
                let (left, right) = self.pair(a, b, scope);
                self.check_compare(*op, (a, &left.ty), (b, &right.ty), span);
                self.check_count_against_percentage((a, &left), (b, &right), scope, span);
                (
                    ExprKind::Compare(*op, Box::new(left), Box::new(right)),
                    Type::Boolean,
                )
            }
            A::In { negated, item, set } => {
                let item = self.expr(item, scope, None);
                let set = self.expr(set, scope, Some(&Type::Set(Box::new(item.ty.clone()))));
                match &set.ty {
                    Type::Set(element) | Type::List(element) if comparable(element, &item.ty) => {}
                    Type::Error => {}
                    other => {
                        let message = format!(
                            "`in` needs a set or list of {}, found {}",
                            self.schema.type_name(&item.ty),
                            self.schema.type_name(other)
                        );
                        self.mismatch(set.span, message, "not a matching set");
                    }
                }
                (
                    ExprKind::In {
                        negated: *negated,
                        item: Box::new(item),
                        set: Box::new(set),
                    },
                    Type::Boolean,
                )
            }
            A::IsDefined { negated, value } => {
                let value = self.expr(value, scope, None);
                (
                    ExprKind::IsDefined {
                        negated: *negated,
                        value: Box::new(value),
                    },
                    Type::Boolean,
                )
            }
            A::IsType { negated, value, ty } => {
                let value = self.expr(value, scope, None);
                let collection = self.schema.collection_by_record(&ty.text);
                if let Some(id) = collection {
                    let origin = self.schema.collection(id).origin.clone();
                    self.note_use(SymbolKind::Collection, &origin, ty.span);
                }
                let collection = match (&value.ty, collection) {
                    (Type::Record(ids), Some(id)) if ids.contains(&id) => id,
                    (Type::Error, Some(id)) => id,
                    (Type::Record(ids), _) => {
                        let names: Vec<String> = ids
                            .iter()
                            .map(|id| self.schema.collection(*id).record.clone())
                            .collect();
                        let hint = did_you_mean(&ty.text, names.iter().map(String::as_str));
                        let message = format!(
                            "`{}` is never a `{}`; it is a {}{hint}",
                            source_text(self, value.span),
                            ty.text,
                            names.join(" or ")
                        );
                        self.error(Code::TypeMismatch, ty.span, message, "not one of its types");
                        0
                    }
                    _ => {
                        let message = format!("`is {}` tests a record reference", ty.text);
                        self.error(Code::TypeMismatch, value.span, message, "not a record");
                        0
                    }
                };
                (
                    ExprKind::IsType {
                        negated: *negated,
                        value: Box::new(value),
                        collection,
                    },
                    Type::Boolean,
                )
            }
            A::If {
                cond,
                then,
                otherwise,
            } => {
                let cond = self.condition(cond, scope);
                let then = self.expr(then, scope, expected);
                let otherwise = self.expr(otherwise, scope, Some(&then.ty));
                let ty = join(&then.ty, &otherwise.ty).unwrap_or_else(|| {
                    let message = format!(
                        "`then` gives {} but `else` gives {}",
                        self.schema.type_name(&then.ty),
                        self.schema.type_name(&otherwise.ty)
                    );
                    self.mismatch(span, message, "branches of different types")
                });
                (
                    ExprKind::If {
                        cond: Box::new(cond),
                        then: Box::new(then),
                        otherwise: Box::new(otherwise),
                    },
                    ty,
                )
            }
            A::Call { function, args } => self.call(function, args, scope, span),
            A::Aggregate(aggregate) => self.aggregate(aggregate, scope, span),
            A::Set(items) | A::List(items) => {
                let element = match expected {
                    Some(Type::Set(element) | Type::List(element)) => Some((**element).clone()),
                    _ => None,
                };
                let mut resolved: Vec<Expr> = Vec::new();
                let mut ty: Option<Type> = element.clone().filter(|t| *t != Type::Error);
                for item in items {
                    let item = self.expr(item, scope, ty.as_ref().or(element.as_ref()));
                    match ty.as_ref().map(|t| join(t, &item.ty)) {
                        None => ty = Some(item.ty.clone()),
                        Some(Some(joined)) => ty = Some(joined),
                        Some(None) => {
                            let message =
                                "all the values of a set or list have one type".to_string();
                            self.mismatch(item.span, message, "a different type");
                        }
                    }
                    resolved.push(item);
                }
                let ty = Box::new(ty.unwrap_or(Type::Error));
                if matches!(expr.kind, A::Set(_)) {
                    (fold_constant_set(resolved), Type::Set(ty))
                } else {
                    (ExprKind::List(resolved), Type::List(ty))
                }
            }
        };
        Expr { kind, ty, span }
    }

    /// Resolves two operands that must share a type, so that a bare enumeration value on
    /// either side is read in the other side's enumeration.
    fn pair(&mut self, a: &ast::Expr, b: &ast::Expr, scope: &mut Scope) -> (Expr, Expr) {
        let a_is_bare = matches!(&a.kind, A::Name(n) if !self.is_plain_name(&n.text, scope));
        if a_is_bare {
            let right = self.expr(b, scope, None);
            let left = self.expr(a, scope, Some(&right.ty));
            (left, right)
        } else {
            let left = self.expr(a, scope, None);
            let right = self.expr(b, scope, Some(&left.ty));
            (left, right)
        }
    }

    fn is_plain_name(&self, name: &str, scope: &Scope) -> bool {
        scope.lookup(name).is_some()
            || self.consts.contains_key(name)
            || self.params.iter().any(|p| p.name == name)
            || self.header_named(name).is_some()
    }

    fn header_named(&self, name: &str) -> Option<crate::schema::CollectionId> {
        self.schema
            .collection_by_name(name)
            .filter(|&id| self.schema.collection(id).shape == Shape::Single)
    }

    fn name(&mut self, name: &ast::Name, scope: &mut Scope, expected: Option<&Type>) -> Expr {
        let span = name.span;
        let text = name.text.as_str();
        if self.index.is_some() {
            let context = Context::Name {
                locals: scope.symbols(),
                expected: expected.cloned(),
            };
            self.note_site(span, context);
        }
        if let Some((slot, ty)) = scope.lookup(text) {
            let ty = ty.clone();
            self.note_use_of(scope.symbol(text), span);
            return Expr {
                kind: ExprKind::Local(slot),
                ty,
                span,
            };
        }
        if let Some(value) = self.consts.get(text) {
            let value = Expr {
                span,
                ..value.clone()
            };
            if let Some(origin) = self.declared.get(text).cloned() {
                self.note_use(SymbolKind::Constant, &origin, span);
            }
            self.constants_read.push(text.to_string());
            return value;
        }
        if let Some(index) = self.params.iter().position(|p| p.name == text) {
            let origin = self.params[index].origin.clone();
            self.note_use(SymbolKind::Parameter, &origin, span);
            return Expr {
                kind: ExprKind::Param(index),
                ty: self.params[index].ty.clone(),
                span,
            };
        }
        if let Some(id) = self.header_named(text) {
            let origin = self.schema.collection(id).origin.clone();
            self.note_use(SymbolKind::Collection, &origin, span);
            return Expr {
                kind: ExprKind::Header(id),
                ty: Type::Record(vec![id]),
                span,
            };
        }
        // An enumeration value: of the expected enumeration, or of the only one that has it.
        if let Some(id) = expected.and_then(Type::enumeration) {
            let definition = self.schema.enumeration(id);
            if let Some(position) = definition.position(text) {
                let origin = definition.value_origins[position].clone();
                self.note_use(SymbolKind::EnumValue, &origin, span);
                return enum_value(id, position, span);
            }
            let hint = did_you_mean(text, definition.values.iter().map(String::as_str));
            let message = format!("`{text}` is not a value of `{}`{hint}", definition.name);
            let help = format!("its values are {}", list_values(&definition.values));
            self.error(Code::UnknownName, span, message, "unknown value")
                .help = Some(help);
            return error(span);
        }
        let owners: Vec<(usize, usize)> = self
            .schema
            .enums
            .iter()
            .enumerate()
            .filter_map(|(id, e)| e.position(text).map(|p| (id, p)))
            .collect();
        match owners.as_slice() {
            [(id, position)] => {
                let origin = self.schema.enums[*id].value_origins[*position].clone();
                self.note_use(SymbolKind::EnumValue, &origin, span);
                return enum_value(*id as u16, *position, span);
            }
            [_, _, ..] => {
                let names: Vec<String> = owners
                    .iter()
                    .map(|(id, _)| format!("`{}`", self.schema.enums[*id].name))
                    .collect();
                let message = format!(
                    "`{text}` is a value of several enumerations ({})",
                    names.join(", ")
                );
                self.error(Code::TypeMismatch, span, message, "ambiguous")
                    .help = Some("compare it with a field of the enumeration you mean".into());
                return error(span);
            }
            [] => {}
        }
        let mut candidates: Vec<&str> = scope.names().collect();
        candidates.extend(self.consts.keys().map(String::as_str));
        candidates.extend(self.params.iter().map(|p| p.name.as_str()));
        candidates.extend(
            self.schema
                .enums
                .iter()
                .flat_map(|e| e.values.iter().map(String::as_str)),
        );
        if let Some(&(_, declared)) = self.later_lets.iter().find(|(name, _)| name == text) {
            let line = self.source().location(declared.start as usize).line;
            let message = if declared.start <= span.start && span.end <= declared.end {
                format!("`{text}` is used in its own `let`, at line {line}")
            } else {
                format!("`{text}` is used before its `let`, which is at line {line}")
            };
            let related = crate::diagnostic::Diagnostic::new(
                Code::UnknownName.as_str(),
                crate::ast::Severity::Info,
                format!("`{text}` is declared here"),
            )
            .at(&self.source(), declared, "declared here");
            let diagnostic = self.error(Code::UnknownName, span, message, "not declared yet");
            diagnostic.help = Some(
                "a rule's clauses run in order: move the `let` above the first clause that uses it"
                    .into(),
            );
            diagnostic.related.push(related);
            return error(span);
        }
        let hint = did_you_mean(text, candidates);
        let message = format!("unknown name `{text}`{hint}");
        self.error(Code::UnknownName, span, message, "not declared")
            .help = Some("a name is a variable from `for`, `let` or an aggregate, a constant, a parameter, or an enumeration value".into());
        error(span)
    }

    fn field(
        &mut self,
        whole: &ast::Expr,
        base: &ast::Expr,
        name: &ast::Name,
        scope: &mut Scope,
    ) -> Expr {
        let base = self.expr(base, scope, None);
        let span = whole.span;
        let Type::Record(ids) = &base.ty else {
            if base.ty != Type::Error {
                let message = format!(
                    "`{}` is a {}, which has no fields",
                    source_text(self, base.span),
                    self.schema.type_name(&base.ty)
                );
                self.error(Code::TypeMismatch, name.span, message, "no field here");
            }
            return error(span);
        };
        let ids = ids.clone();
        self.note_site(name.span, Context::Field(ids.clone()));
        let mut by_collection = vec![None; self.schema.collections.len()];
        let mut ty: Option<Type> = None;
        for &id in &ids {
            let collection = self.schema.collection(id);
            if let Some(index) = collection.field(&name.text) {
                by_collection[id as usize] = Some(index as u16);
                let field_ty = collection.fields[index].ty.clone();
                match &ty {
                    None => {
                        let origin = collection.fields[index].origin.clone();
                        self.note_use(SymbolKind::Field, &origin, name.span);
                        ty = Some(field_ty)
                    }
                    Some(existing) if *existing == field_ty => {}
                    Some(_) => {
                        let message = format!(
                            "`{}` has different types in {}",
                            name.text,
                            self.schema.type_name(&base.ty)
                        );
                        return Expr {
                            kind: ExprKind::Constant(Constant::Boolean(false)),
                            ty: self.mismatch(name.span, message, "ambiguous field"),
                            span,
                        };
                    }
                }
            }
        }
        let Some(ty) = ty else {
            let mut fields: Vec<String> = ids
                .iter()
                .flat_map(|&id| {
                    self.schema
                        .collection(id)
                        .fields
                        .iter()
                        .map(|f| f.name.clone())
                })
                .collect();
            fields.dedup();
            let hint = did_you_mean(&name.text, fields.iter().map(String::as_str));
            let record = self.schema.type_name(&base.ty);
            let message = format!("`{}` is not a field of {record}{hint}", name.text);
            let collections: Vec<&str> = ids
                .iter()
                .map(|&id| self.schema.collection(id).name.as_str())
                .collect();
            // The fields a drafter can choose from, since a message placeholder or a
            // condition may need any of them.
            self.error(Code::UnknownName, name.span, message, "unknown field")
                .help = Some(format!(
                "{record} has {}; declare another with `extend collection {} {{ {}: TYPE }}` if plans carry it",
                list_values(&fields),
                collections.join(" | "),
                name.text
            ));
            return error(span);
        };
        Expr {
            kind: ExprKind::Field {
                base: Box::new(base),
                name: name.text.clone(),
                by_collection,
            },
            ty,
            span,
        }
    }

    fn arith_type(&mut self, op: Arith, a: &Type, b: &Type, span: Span, symbol: &str) -> Type {
        use Type::*;
        match (op, a, b) {
            (_, Error, _) | (_, _, Error) => Error,
            (Arith::Div, Integer | Decimal, Integer | Decimal) => Decimal,
            (_, Integer, Integer) => Integer,
            (_, Integer | Decimal, Integer | Decimal) => Decimal,
            (Arith::Add | Arith::Sub, Date, Duration) => Date,
            (Arith::Add, Duration, Date) => Date,
            (Arith::Add | Arith::Sub, Duration, Duration) => Duration,
            _ => {
                let message = format!(
                    "cannot compute {} {symbol} {}",
                    self.schema.type_name(a),
                    self.schema.type_name(b)
                );
                self.mismatch(span, message, "unsupported arithmetic")
            }
        }
    }

    fn check_compare(
        &mut self,
        op: CompareOp,
        (a_expr, a): (&ast::Expr, &Type),
        (b_expr, b): (&ast::Expr, &Type),
        span: Span,
    ) {
        if !comparable(a, b) {
            let message = format!(
                "cannot compare {} with {}",
                self.schema.type_name(a),
                self.schema.type_name(b)
            );
            self.mismatch(span, message, "different types");
            let help = self
                .compare_hint((a_expr, a), (b_expr, b))
                .or_else(|| self.compare_hint((b_expr, b), (a_expr, a)));
            if let (Some(help), Some(last)) = (help, self.errors.last_mut()) {
                last.help = Some(help);
            }
            return;
        }
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            return;
        }
        let ordered = match a {
            Type::Integer
            | Type::Decimal
            | Type::Date
            | Type::Duration
            | Type::Text
            | Type::Error => true,
            Type::Enum(id) => self.schema.enumeration(*id).ordered,
            _ => false,
        };
        if !ordered {
            let message = format!(
                "values of {} have no order, so `{}` cannot compare them",
                self.schema.type_name(a),
                op.symbol()
            );
            self.mismatch(span, message, "unordered");
            if let Some(last) = self.errors.last_mut() {
                last.help = Some("use `==`, `!=` or `in`, or declare the enumeration with `<` between its values".into());
            }
        }
    }

    /// What a drafter most likely meant by comparing `one` (of one type) with `other`.
    fn compare_hint(
        &self,
        (one_expr, one): (&ast::Expr, &Type),
        (other_expr, other): (&ast::Expr, &Type),
    ) -> Option<String> {
        match (one, other) {
            // `u.kind == ward` where `kind` is text: the bare word was read as a value of
            // some enumeration, but the field holds text.
            (Type::Text, Type::Enum(_)) if matches!(other_expr.kind, A::Name(_)) => {
                let field = match &one_expr.kind {
                    A::Field(_, name) => name.text.clone(),
                    _ => source_text(self, one_expr.span),
                };
                Some(format!(
                    "`{field}` is text: write `\"{}\"` in quotes",
                    source_text(self, other_expr.span)
                ))
            }
            // `a.post == "party_secretary"`: an enumeration value written in quotes.
            (Type::Enum(id), Type::Text) => {
                let definition = self.schema.enumeration(*id);
                Some(format!(
                    "`{}` is an enumeration: write one of its values without quotes ({})",
                    definition.name,
                    list_values(&definition.values)
                ))
            }
            // `home_province == a.unit.province`: a code against the record it names.
            (Type::Text, Type::Record(ids)) => {
                let collection = self.schema.collection(*ids.first()?);
                let key = &collection.fields[collection.key_field()?];
                (key.ty == Type::Text).then(|| {
                    let record = source_text(self, other_expr.span);
                    format!(
                        "`{record}` is a {} record and `{}` is text: compare with its key, `{record}.{}`",
                        collection.record,
                        source_text(self, one_expr.span),
                        key.name
                    )
                })
            }
            _ => None,
        }
    }

    /// `women >= 15%` where `women` is a count compares a whole number with a fraction:
    /// it holds for any count above zero. Both are numbers, so only the way the
    /// percentage was written shows the slip.
    fn check_count_against_percentage(
        &mut self,
        a: (&ast::Expr, &Expr),
        b: (&ast::Expr, &Expr),
        scope: &Scope,
        span: Span,
    ) {
        for ((count, resolved), (percentage, _)) in [(a, b), (b, a)] {
            if resolved.ty != Type::Integer || !self.is_percentage(percentage, scope) {
                continue;
            }
            let (count, percentage) = (
                source_text(self, count.span),
                source_text(self, percentage.span),
            );
            let message = format!(
                "cannot compare a count with a percentage: `{count}` is a whole number, `{percentage}` a fraction of one"
            );
            self.mismatch(span, message, "a count against a percentage");
            if let Some(last) = self.errors.last_mut() {
                last.help = Some(format!(
                    "compare a fraction instead: `share(CONDITION for x in COLLECTION where ...)`, or `{count}` divided by its total (`{count} / total >= {percentage}`)"
                ));
            }
            return;
        }
    }

    /// `{x as percent}` shows a fraction of one: a whole number (a count) or a value that is
    /// not a number is refused, with what to write instead.
    pub(super) fn check_shown_as_percent(&mut self, written: &ast::Expr, resolved: &Expr) {
        let text = source_text(self, written.span);
        let (message, label, help) = match resolved.ty {
            Type::Decimal | Type::Error => return,
            Type::Integer => (
                format!("`{text}` is a whole number, not a fraction: `as percent` would show it a hundred times too large"),
                "a whole number",
                format!("`as percent` shows a fraction of one (`0.062` as `6.2%`): divide by the total (`{{{text} / total as percent}}`), or remove `as percent`"),
            ),
            ref other => (
                format!(
                    "`as percent` shows a number, but `{text}` is {}",
                    self.describe_type(other)
                ),
                "not a number",
                "remove `as percent`, or show a fraction such as `share(...)` or `part / total`".to_string(),
            ),
        };
        self.mismatch(written.span, message, label);
        if let Some(last) = self.errors.last_mut() {
            last.help = Some(help);
        }
    }

    /// A percentage literal (`15%`), or a constant or parameter every value of which is one.
    pub(super) fn is_percentage(&self, expr: &ast::Expr, scope: &Scope) -> bool {
        match &expr.kind {
            A::Literal(Literal::Decimal(_)) => source_text(self, expr.span).ends_with('%'),
            A::Name(name) => {
                scope.lookup(&name.text).is_none() && self.percentages.contains(&name.text)
            }
            _ => false,
        }
    }

    fn call(
        &mut self,
        function: &ast::Name,
        args: &[ast::Expr],
        scope: &mut Scope,
        span: Span,
    ) -> (ExprKind, Type) {
        if let Some(&(_, builtin)) = Builtin::ALL.iter().find(|(name, _)| *name == function.text) {
            let (params, result): (&[Type], Type) = match builtin {
                Builtin::Age | Builtin::MonthsBetween => (&[Type::Date, Type::Date], Type::Integer),
                Builtin::Year | Builtin::Month => (&[Type::Date], Type::Integer),
                Builtin::Len => (&[], Type::Integer),
                Builtin::EndOfMonth | Builtin::StartOfYear => (&[Type::Date], Type::Date),
                Builtin::StartsWith | Builtin::EndsWith | Builtin::Contains => {
                    (&[Type::Text, Type::Text], Type::Boolean)
                }
                Builtin::Round => (&[Type::Decimal, Type::Integer], Type::Decimal),
                Builtin::Lower | Builtin::Upper => (&[Type::Text], Type::Text),
            };
            let resolved: Vec<Expr> = if builtin == Builtin::Len {
                let resolved: Vec<Expr> = args.iter().map(|a| self.expr(a, scope, None)).collect();
                if let [only] = resolved.as_slice() {
                    if !matches!(
                        only.ty,
                        Type::List(_) | Type::Set(_) | Type::Text | Type::Error
                    ) {
                        self.mismatch(
                            only.span,
                            "`len` counts the values of a list or set, or the characters of a text"
                                .into(),
                            "not a list or text",
                        );
                    }
                }
                resolved
            } else {
                self.arguments(function, args, params, scope, span)
            };
            if builtin == Builtin::Len && resolved.len() != 1 {
                self.mismatch(
                    span,
                    "`len` takes one list".into(),
                    "wrong number of arguments",
                );
            }
            return (ExprKind::Builtin(builtin, resolved), result);
        }
        if let Some(index) = self.tables.iter().position(|t| t.name == function.text) {
            let origin = self.tables[index].origin.clone();
            self.note_use(SymbolKind::Table, &origin, function.span);
            let params = self.tables[index].params.clone();
            let resolved = self.arguments(function, args, &params, scope, span);
            return (
                ExprKind::Table(index, resolved),
                self.tables[index].result.clone(),
            );
        }
        let mut candidates: Vec<&str> = Builtin::ALL.iter().map(|(name, _)| *name).collect();
        candidates.extend(self.tables.iter().map(|t| t.name.as_str()));
        let hint = did_you_mean(&function.text, candidates);
        let message = format!("unknown function `{}`{hint}", function.text);
        self.error(
            Code::UnknownName,
            function.span,
            message,
            "not a function or table",
        )
        .help = Some(format!(
            "functions are {}, and the tables the rules declare (declared before use)",
            Builtin::ALL.map(|(name, _)| name).join(", ")
        ));
        (ExprKind::Constant(Constant::Boolean(false)), Type::Error)
    }

    fn arguments(
        &mut self,
        function: &ast::Name,
        args: &[ast::Expr],
        params: &[Type],
        scope: &mut Scope,
        span: Span,
    ) -> Vec<Expr> {
        if args.len() != params.len() {
            let message = format!(
                "`{}` takes {} argument(s), found {}",
                function.text,
                params.len(),
                args.len()
            );
            self.mismatch(span, message, "wrong number of arguments");
        }
        args.iter()
            .zip(params.iter().chain(std::iter::repeat(&Type::Error)))
            .map(|(arg, ty)| self.expect_type(arg, scope, ty))
            .collect()
    }

    fn aggregate(
        &mut self,
        aggregate: &ast::Aggregate,
        scope: &mut Scope,
        span: Span,
    ) -> (ExprKind, Type) {
        let Some(collection) = self.collection_name(&aggregate.collection) else {
            return (ExprKind::Constant(Constant::Boolean(false)), Type::Error);
        };
        let mark = scope.mark();
        let slot = self.bind(scope, &aggregate.var, Type::Record(vec![collection]));
        let function = aggregate.function;
        let value = aggregate.value.as_ref().map(|value| match function {
            AggregateFn::All | AggregateFn::Share => self.condition(value, scope),
            _ => self.expr(value, scope, None),
        });
        let mut conjuncts = Vec::new();
        if let Some(filter) = &aggregate.filter {
            split_and(self.condition(filter, scope), &mut conjuncts);
        }
        scope.unbind_to(mark);
        let needs_value = !matches!(function, AggregateFn::Count | AggregateFn::Exists);
        let name = function.name();
        let ty = match (&value, needs_value) {
            (Some(v), false) => {
                let message = format!(
                    "`{name}` takes no value: write `{name}({} in {} where ...)`",
                    aggregate.var.text, aggregate.collection.text
                );
                self.mismatch(v.span, message, "unexpected value")
            }
            (None, true) => {
                let message = format!(
                    "`{name}` needs a value: write `{name}(VALUE for {} in {})`",
                    aggregate.var.text, aggregate.collection.text
                );
                self.mismatch(aggregate.function_span, message, "no value")
            }
            (None, false) => {
                if function == AggregateFn::Count {
                    Type::Integer
                } else {
                    Type::Boolean
                }
            }
            (Some(v), true) => match function {
                AggregateFn::All => Type::Boolean,
                AggregateFn::Share | AggregateFn::Average => {
                    if function == AggregateFn::Average && !v.ty.is_numeric() {
                        self.mismatch(v.span, "`average` needs a number".into(), "not a number");
                    }
                    Type::Decimal
                }
                AggregateFn::Sum => match v.ty {
                    Type::Integer | Type::Decimal | Type::Error => v.ty.clone(),
                    _ => self.mismatch(v.span, "`sum` needs a number".into(), "not a number"),
                },
                AggregateFn::Min | AggregateFn::Max => match v.ty {
                    Type::Integer
                    | Type::Decimal
                    | Type::Date
                    | Type::Duration
                    | Type::Text
                    | Type::Error => v.ty.clone(),
                    Type::Enum(id) if self.schema.enumeration(id).ordered => v.ty.clone(),
                    _ => self.mismatch(
                        v.span,
                        format!("`{name}` needs values that have an order"),
                        "unordered",
                    ),
                },
                AggregateFn::Distinct => Type::Integer,
                _ => Type::Set(Box::new(v.ty.clone())),
            },
        };
        let lookup = lookup::plan(slot, value.as_ref(), &conjuncts);
        if matches!(lookup, ir::Lookup::Scan) {
            let message = format!(
                "this `{name}` scans all of `{}` once for every record the rule judges",
                aggregate.collection.text
            );
            self.warnings.push(
                crate::diagnostic::Diagnostic::new(
                    Code::BadDeclaration.as_str(),
                    ast::Severity::Warning,
                    message,
                )
                .at(&self.source(), span, "a nested scan")
                .help(format!(
                    "add a condition `{}.FIELD == OUTER` so staffcheck can group `{}` once",
                    aggregate.var.text, aggregate.collection.text
                )),
            );
        }
        let id = self.aggregate_count;
        self.aggregate_count += 1;
        let aggregate = Aggregate {
            id,
            function,
            value,
            slot,
            collection,
            conjuncts,
            lookup,
            span,
        };
        (ExprKind::Aggregate(Box::new(aggregate)), ty)
    }
}

fn split_and(expr: Expr, out: &mut Vec<Expr>) {
    match expr.kind {
        ExprKind::And(a, b) => {
            split_and(*a, out);
            split_and(*b, out);
        }
        _ => out.push(expr),
    }
}

/// The common type of two branches or set members.
fn join(a: &Type, b: &Type) -> Option<Type> {
    match (a, b) {
        (Type::Error, other) | (other, Type::Error) => Some(other.clone()),
        (Type::Integer, Type::Decimal) | (Type::Decimal, Type::Integer) => Some(Type::Decimal),
        (Type::Record(x), Type::Record(y)) => {
            let mut ids: Vec<_> = x.iter().chain(y).copied().collect();
            ids.sort_unstable();
            ids.dedup();
            Some(Type::Record(ids))
        }
        (x, y) if x == y => Some(x.clone()),
        _ => None,
    }
}

/// A set of constants becomes one constant, sorted and without repeats, so that evaluating
/// `x in {...}` neither builds nor sorts anything.
fn fold_constant_set(items: Vec<Expr>) -> ExprKind {
    let constants: Option<Vec<Constant>> = items
        .iter()
        .map(|item| match &item.kind {
            ExprKind::Constant(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    match constants {
        Some(constants) => ExprKind::Constant(crate::eval::constant_set(constants)),
        None => ExprKind::Set(items),
    }
}

fn literal_value(literal: &Literal) -> (ExprKind, Type) {
    let (constant, ty) = match literal {
        Literal::Integer(i) => (Constant::Integer(*i), Type::Integer),
        Literal::Decimal(d) => (Constant::Decimal(*d), Type::Decimal),
        Literal::Text(t) => (Constant::Text(t.clone()), Type::Text),
        Literal::Bool(b) => (Constant::Boolean(*b), Type::Boolean),
        Literal::Date(d) => (Constant::Date(*d), Type::Date),
        Literal::Duration(d) => (Constant::Duration(*d), Type::Duration),
    };
    (ExprKind::Constant(constant), ty)
}

fn enum_value(id: u16, position: usize, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Constant(Constant::Enum(id, position as u16)),
        ty: Type::Enum(id),
        span,
    }
}

fn error(span: Span) -> Expr {
    Expr {
        kind: ExprKind::Constant(Constant::Boolean(false)),
        ty: Type::Error,
        span,
    }
}

fn list_values(values: &[String]) -> String {
    values
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn source_text(resolver: &Resolver, span: Span) -> String {
    resolver.source().slice(span).to_string()
}
