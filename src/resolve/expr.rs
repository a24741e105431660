//! Expressions: name lookup, contextual enumeration values, and type checking.

use crate::ast::{self, AggregateFn, BinaryOp, CompareOp, ExprKind as A, Literal, UnaryOp};
use crate::code::Code;
use crate::i18n::{t, t_args};
use crate::ir::{self, Aggregate, Arith, Builtin, Constant, Expr, ExprKind};
use crate::schema::{Shape, Type};
use crate::source::Span;
use crate::suggest;

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
            let lang = self.lang;
            let args = [
                ("expected", self.describe_type(ty).into()),
                ("found", self.describe_type(&resolved.ty).into()),
            ];
            let message = t_args(lang, "expr-wrong-type", &args);
            let label = t(lang, "wrong-type-label");
            self.error(Code::TypeMismatch, expr.span, message, &label);
        }
        resolved
    }

    fn describe_type(&self, ty: &Type) -> String {
        match ty {
            Type::Boolean => t(self.lang, "type-condition"),
            other => {
                let name = [("type", self.schema.type_name(other).into())];
                t_args(self.lang, "type-value-of", &name)
            }
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
                    _ => {
                        let lang = self.lang;
                        let name = [("type", self.schema.type_name(&value.ty).into())];
                        let message = t_args(lang, "cannot-negate", &name);
                        self.mismatch(span, message, &t(lang, "not-a-number-label"))
                    }
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
                    let lang = self.lang;
                    let args = [
                        ("left", self.schema.type_name(&left.ty).into()),
                        ("right", self.schema.type_name(&right.ty).into()),
                    ];
                    let message = t_args(lang, "default-types-differ", &args);
                    self.mismatch(span, message, &t(lang, "different-types-label"));
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
                        let lang = self.lang;
                        let args = [
                            ("item", self.schema.type_name(&item.ty).into()),
                            ("found", self.schema.type_name(other).into()),
                        ];
                        let message = t_args(lang, "in-needs-set", &args);
                        self.mismatch(set.span, message, &t(lang, "in-needs-set-label"));
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
                        let hint =
                            suggest::hint(self.lang, &ty.text, names.iter().map(String::as_str));
                        let lang = self.lang;
                        let args = [
                            ("value", source_text(self, value.span).into()),
                            ("type", ty.text.clone().into()),
                            ("types", names.join(" | ").into()),
                            ("hint", hint.text.into()),
                        ];
                        let message = t_args(lang, "is-never", &args);
                        let label = t(lang, "is-never-label");
                        self.error(Code::TypeMismatch, ty.span, message, &label)
                            .replacements = hint.names;
                        0
                    }
                    _ => {
                        let lang = self.lang;
                        let name = [("type", ty.text.clone().into())];
                        let message = t_args(lang, "is-needs-record", &name);
                        let label = t(lang, "is-needs-record-label");
                        self.error(Code::TypeMismatch, value.span, message, &label);
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
                    let lang = self.lang;
                    let args = [
                        ("then", self.schema.type_name(&then.ty).into()),
                        ("else", self.schema.type_name(&otherwise.ty).into()),
                    ];
                    let message = t_args(lang, "branches-differ", &args);
                    self.mismatch(span, message, &t(lang, "branches-differ-label"))
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
                            let lang = self.lang;
                            let message = t(lang, "set-one-type");
                            self.mismatch(item.span, message, &t(lang, "set-one-type-label"));
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
            let hint = suggest::hint(
                self.lang,
                text,
                definition.values.iter().map(String::as_str),
            );
            let lang = self.lang;
            let args = [
                ("value", text.into()),
                ("enum", definition.name.clone().into()),
                ("hint", hint.text.into()),
            ];
            let message = t_args(lang, "not-a-value", &args);
            let values = [("values", list_values(&definition.values).into())];
            let help = t_args(lang, "not-a-value-help", &values);
            let diagnostic = self.error(
                Code::UnknownName,
                span,
                message,
                &t(lang, "not-a-value-label"),
            );
            diagnostic.help = Some(help);
            diagnostic.replacements = hint.names;
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
                let lang = self.lang;
                let args = [("value", text.into()), ("enums", names.join(", ").into())];
                let message = t_args(lang, "ambiguous-value", &args);
                self.error(
                    Code::TypeMismatch,
                    span,
                    message,
                    &t(lang, "ambiguous-label"),
                )
                .help = Some(t(lang, "ambiguous-value-help"));
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
            let lang = self.lang;
            let args = [("name", text.into()), ("line", line.into())];
            let message = match declared.start <= span.start && span.end <= declared.end {
                true => t_args(lang, "let-used-in-itself", &args),
                false => t_args(lang, "let-used-before", &args),
            };
            let related = crate::diagnostic::Diagnostic::new(
                Code::UnknownName.as_str(),
                crate::ast::Severity::Info,
                t_args(lang, "let-declared-here", &args[..1]),
            )
            .at(&self.source(), declared, t(lang, "let-declared-here-label"));
            let label = t(lang, "let-used-before-label");
            let diagnostic = self.error(Code::UnknownName, span, message, &label);
            diagnostic.help = Some(t(lang, "let-used-before-help"));
            diagnostic.related.push(related);
            return error(span);
        }
        let hint = suggest::hint(self.lang, text, candidates);
        let lang = self.lang;
        let args = [("name", text.into()), ("hint", hint.text.into())];
        let message = t_args(lang, "unknown-name", &args);
        let diagnostic = self.error(
            Code::UnknownName,
            span,
            message,
            &t(lang, "not-declared-label"),
        );
        diagnostic.help = Some(t(lang, "unknown-name-help"));
        diagnostic.replacements = hint.names;
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
                let lang = self.lang;
                let args = [
                    ("value", source_text(self, base.span).into()),
                    ("type", self.schema.type_name(&base.ty).into()),
                ];
                let message = t_args(lang, "no-fields", &args);
                let label = t(lang, "no-fields-label");
                self.error(Code::TypeMismatch, name.span, message, &label);
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
                        let lang = self.lang;
                        let args = [
                            ("field", name.text.clone().into()),
                            ("types", self.schema.type_name(&base.ty).into()),
                        ];
                        let message = t_args(lang, "field-types-differ", &args);
                        let label = t(lang, "field-types-differ-label");
                        return Expr {
                            kind: ExprKind::Constant(Constant::Boolean(false)),
                            ty: self.mismatch(name.span, message, &label),
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
            let hint = suggest::hint(self.lang, &name.text, fields.iter().map(String::as_str));
            let record = self.schema.type_name(&base.ty);
            let lang = self.lang;
            let args = [
                ("field", name.text.clone().into()),
                ("record", record.clone().into()),
                ("hint", hint.text.into()),
            ];
            let message = t_args(lang, "unknown-field", &args);
            let collections: Vec<&str> = ids
                .iter()
                .map(|&id| self.schema.collection(id).name.as_str())
                .collect();
            // The fields a drafter can choose from, since a message placeholder or a
            // condition may need any of them.
            let args = [
                ("record", record.into()),
                ("fields", list_values(&fields).into()),
                ("collections", collections.join(" | ").into()),
                ("field", name.text.clone().into()),
            ];
            let help = t_args(lang, "unknown-field-help", &args);
            let diagnostic = self.error(
                Code::UnknownName,
                name.span,
                message,
                &t(lang, "unknown-field-label"),
            );
            diagnostic.help = Some(help);
            diagnostic.replacements = hint.names;
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
                let lang = self.lang;
                let args = [
                    ("left", self.schema.type_name(a).into()),
                    ("operator", symbol.into()),
                    ("right", self.schema.type_name(b).into()),
                ];
                let message = t_args(lang, "cannot-compute", &args);
                self.mismatch(span, message, &t(lang, "cannot-compute-label"))
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
            let lang = self.lang;
            let args = [
                ("left", self.schema.type_name(a).into()),
                ("right", self.schema.type_name(b).into()),
            ];
            let message = t_args(lang, "cannot-compare", &args);
            self.mismatch(span, message, &t(lang, "different-types-label"));
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
            let lang = self.lang;
            let args = [
                ("type", self.schema.type_name(a).into()),
                ("operator", op.symbol().into()),
            ];
            let message = t_args(lang, "unordered", &args);
            self.mismatch(span, message, &t(lang, "unordered-label"));
            if let Some(last) = self.errors.last_mut() {
                last.help = Some(t(lang, "unordered-help"));
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
                let args = [
                    ("field", field.into()),
                    ("value", source_text(self, other_expr.span).into()),
                ];
                Some(t_args(self.lang, "hint-text-in-quotes", &args))
            }
            // `a.post == "party_secretary"`: an enumeration value written in quotes.
            (Type::Enum(id), Type::Text) => {
                let definition = self.schema.enumeration(*id);
                let args = [
                    ("enum", definition.name.clone().into()),
                    ("values", list_values(&definition.values).into()),
                ];
                Some(t_args(self.lang, "hint-enum-without-quotes", &args))
            }
            // `home_province == a.unit.province`: a code against the record it names.
            (Type::Text, Type::Record(ids)) => {
                let collection = self.schema.collection(*ids.first()?);
                let key = &collection.fields[collection.key_field()?];
                (key.ty == Type::Text).then(|| {
                    let record = source_text(self, other_expr.span);
                    let args = [
                        ("record", record.into()),
                        ("type", collection.record.clone().into()),
                        ("text", source_text(self, one_expr.span).into()),
                        ("key", key.name.clone().into()),
                    ];
                    t_args(self.lang, "hint-compare-key", &args)
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
            let lang = self.lang;
            let args = [("count", count.into()), ("percentage", percentage.into())];
            let message = t_args(lang, "count-against-percentage", &args);
            self.mismatch(span, message, &t(lang, "count-against-percentage-label"));
            if let Some(last) = self.errors.last_mut() {
                last.help = Some(t_args(lang, "count-against-percentage-help", &args));
            }
            return;
        }
    }

    /// `{x as percent}` shows a fraction of one: a whole number (a count) or a value that is
    /// not a number is refused, with what to write instead.
    pub(super) fn check_shown_as_percent(&mut self, written: &ast::Expr, resolved: &Expr) {
        let text = source_text(self, written.span);
        let lang = self.lang;
        let (message, label, help) = match resolved.ty {
            Type::Decimal | Type::Error => return,
            Type::Integer => {
                let text = [("text", text.into())];
                (
                    t_args(lang, "percent-of-count", &text),
                    t(lang, "percent-of-count-label"),
                    t_args(lang, "percent-of-count-help", &text),
                )
            }
            ref other => {
                let args = [
                    ("text", text.into()),
                    ("type", self.describe_type(other).into()),
                ];
                (
                    t_args(lang, "percent-of-non-number", &args),
                    t(lang, "not-a-number-label"),
                    t(lang, "percent-of-non-number-help"),
                )
            }
        };
        self.mismatch(written.span, message, &label);
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
                        let lang = self.lang;
                        let message = t(lang, "len-needs-list");
                        self.mismatch(only.span, message, &t(lang, "len-needs-list-label"));
                    }
                }
                resolved
            } else {
                let before = self.errors.len();
                let resolved = self.arguments(function, args, params, scope, span);
                if builtin.is_text() {
                    self.text_argument_help(function, args, params.len(), before);
                }
                resolved
            };
            if builtin == Builtin::Len && resolved.len() != 1 {
                let lang = self.lang;
                let message = t(lang, "len-one-argument");
                self.mismatch(span, message, &t(lang, "argument-count-label"));
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
        let hint = suggest::hint(self.lang, &function.text, candidates);
        let lang = self.lang;
        let args = [
            ("name", function.text.clone().into()),
            ("hint", hint.text.into()),
        ];
        let message = t_args(lang, "unknown-function", &args);
        let label = t(lang, "unknown-function-label");
        let functions = [(
            "functions",
            Builtin::ALL.map(|(name, _)| name).join(", ").into(),
        )];
        let diagnostic = self.error(Code::UnknownName, function.span, message, &label);
        diagnostic.help = Some(t_args(lang, "unknown-function-help", &functions));
        diagnostic.replacements = hint.names;
        (ExprKind::Constant(Constant::Boolean(false)), Type::Error)
    }

    /// A text function given a number, a date or an enumeration value: the errors since
    /// `from` that say an argument has the wrong type get what the function takes as help.
    fn text_argument_help(
        &mut self,
        function: &ast::Name,
        args: &[ast::Expr],
        n: usize,
        from: usize,
    ) {
        let lang = self.lang;
        // A word, not a number: Vietnamese has no plural forms to select by.
        let texts = if n == 1 { "one" } else { "two" };
        let help = [
            ("name", function.text.clone().into()),
            ("texts", texts.into()),
        ];
        let help = t_args(lang, "text-function-help", &help);
        for error in &mut self.errors[from..] {
            let on_argument = error
                .labels
                .iter()
                .any(|label| label.primary && args.iter().any(|arg| arg.span == label.span));
            if error.code == Code::TypeMismatch.as_str() && on_argument && error.help.is_none() {
                error.help = Some(help.clone());
            }
        }
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
            let lang = self.lang;
            let counts = [
                ("name", function.text.clone().into()),
                ("n", params.len().into()),
                ("found", args.len().into()),
            ];
            let message = t_args(lang, "argument-count", &counts);
            self.mismatch(span, message, &t(lang, "argument-count-label"));
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
                let lang = self.lang;
                let args = [
                    ("name", name.into()),
                    ("var", aggregate.var.text.clone().into()),
                    ("collection", aggregate.collection.text.clone().into()),
                ];
                let message = t_args(lang, "aggregate-no-value", &args);
                self.mismatch(v.span, message, &t(lang, "aggregate-no-value-label"))
            }
            (None, true) => {
                let lang = self.lang;
                let args = [
                    ("name", name.into()),
                    ("var", aggregate.var.text.clone().into()),
                    ("collection", aggregate.collection.text.clone().into()),
                ];
                let message = t_args(lang, "aggregate-needs-value", &args);
                let label = t(lang, "aggregate-needs-value-label");
                self.mismatch(aggregate.function_span, message, &label)
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
                        let lang = self.lang;
                        let message =
                            t_args(lang, "aggregate-needs-number", &[("name", name.into())]);
                        self.mismatch(v.span, message, &t(lang, "not-a-number-label"));
                    }
                    Type::Decimal
                }
                AggregateFn::Sum => match v.ty {
                    Type::Integer | Type::Decimal | Type::Error => v.ty.clone(),
                    _ => {
                        let lang = self.lang;
                        let message =
                            t_args(lang, "aggregate-needs-number", &[("name", name.into())]);
                        self.mismatch(v.span, message, &t(lang, "not-a-number-label"))
                    }
                },
                AggregateFn::Min | AggregateFn::Max => match v.ty {
                    Type::Integer
                    | Type::Decimal
                    | Type::Date
                    | Type::Duration
                    | Type::Text
                    | Type::Error => v.ty.clone(),
                    Type::Enum(id) if self.schema.enumeration(id).ordered => v.ty.clone(),
                    _ => {
                        let lang = self.lang;
                        let message =
                            t_args(lang, "aggregate-needs-order", &[("name", name.into())]);
                        self.mismatch(v.span, message, &t(lang, "unordered-label"))
                    }
                },
                AggregateFn::Distinct => Type::Integer,
                _ => Type::Set(Box::new(v.ty.clone())),
            },
        };
        let lookup = lookup::plan(slot, value.as_ref(), &conjuncts);
        if matches!(lookup, ir::Lookup::Scan) {
            let lang = self.lang;
            let args = [
                ("name", name.into()),
                ("var", aggregate.var.text.clone().into()),
                ("collection", aggregate.collection.text.clone().into()),
            ];
            self.warnings.push(
                crate::diagnostic::Diagnostic::new(
                    Code::BadDeclaration.as_str(),
                    ast::Severity::Warning,
                    t_args(lang, "nested-scan", &args),
                )
                .at(&self.source(), span, t(lang, "nested-scan-label"))
                .help(t_args(lang, "nested-scan-help", &args)),
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
