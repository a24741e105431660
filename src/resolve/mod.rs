//! Rule files (ASTs) → a type-checked [`Program`]. Every name is checked against the schema
//! before any plan is read; all errors are collected, each with a suggestion where one fits.

mod coverage;
mod expr;
mod extend;
pub mod index;
mod lookup;
mod overrides;

/// A window in words (`from 2025-07-01 until 2025-09-30`, `always`), in `lang`: the coverage
/// warnings', `explain`'s and `rules`' one wording.
pub(crate) use coverage::window as window_words;
pub use lookup::children;
mod scope;

use std::collections::HashMap;

use crate::ast::{self, Clause, CollectionShape, Item, Presence, RuleFile, Severity};
use crate::bilingual::Bilingual;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::ir::{self, Constant, Param, ParamValue, Program, Step, Table};
use crate::lang::Lang;
use crate::schema::{
    CollectionDef, Default, DefaultValue, EnumDef, FieldDef, Origin, Schema, Shape, Type,
};
use crate::source::Source;
use crate::suggest;
pub use index::Index;
use index::{Context, SymbolKind};
use scope::Scope;

/// A resolved program and the warnings found on the way.
pub struct Resolved {
    pub program: Program,
    pub warnings: Vec<Diagnostic>,
}

/// Resolves `files`, saying errors and warnings in `lang`.
pub fn resolve(files: &[RuleFile], lang: Lang) -> Result<Resolved, Vec<Diagnostic>> {
    let mut resolver = Resolver {
        lang,
        ..Resolver::default()
    };
    resolve_files(files, &mut resolver)
}

/// Resolves as [`resolve`] does, noting what every name stands for, for an editor; the
/// index is kept whether or not the rules resolve.
pub fn resolve_indexed(
    files: &[RuleFile],
    lang: Lang,
) -> (Result<Resolved, Vec<Diagnostic>>, Index) {
    let mut resolver = Resolver {
        index: Some(Box::default()),
        lang,
        ..Resolver::default()
    };
    let outcome = resolve_files(files, &mut resolver);
    let mut index = resolver
        .index
        .take()
        .map(|index| *index)
        .unwrap_or_default();
    index.schema = match &outcome {
        Ok(resolved) => resolved.program.schema.clone(),
        Err(_) => std::mem::take(&mut resolver.schema),
    };
    (outcome, index)
}

fn resolve_files(files: &[RuleFile], resolver: &mut Resolver) -> Result<Resolved, Vec<Diagnostic>> {
    resolver.declare_enums(files);
    resolver.declare_collections(files);
    resolver.check_header();
    resolver.collect_extensions(files);
    for file in files {
        resolver.source = Some(file.source.clone());
        for item in &file.items {
            match item {
                Item::Const(decl) => resolver.constant(decl),
                Item::Param(decl) => resolver.param(decl),
                Item::Table(decl) => resolver.table(decl),
                _ => {}
            }
        }
    }
    resolver.unknown_extensions();
    for file in files {
        resolver.source = Some(file.source.clone());
        for item in &file.items {
            match item {
                Item::Rule(decl) if decl.replace.is_none() => resolver.rule(decl),
                _ => {}
            }
        }
    }
    let originals = std::mem::take(&mut resolver.rules);
    resolver.apply_overrides(files, originals);
    if resolver.errors.is_empty() {
        let program = Program {
            schema: std::mem::take(&mut resolver.schema),
            params: std::mem::take(&mut resolver.params),
            tables: std::mem::take(&mut resolver.tables),
            rules: std::mem::take(&mut resolver.rules),
            aggregate_count: resolver.aggregate_count,
            overrides: std::mem::take(&mut resolver.overrides),
            const_extensions: std::mem::take(&mut resolver.const_extensions),
        };
        let mut warnings = std::mem::take(&mut resolver.warnings);
        warnings.extend(coverage::check(&program, resolver.lang));
        Ok(Resolved { program, warnings })
    } else {
        Err(std::mem::take(&mut resolver.errors))
    }
}

#[derive(Default)]
struct Resolver {
    schema: Schema,
    consts: HashMap<String, ir::Expr>,
    params: Vec<Param>,
    tables: Vec<Table>,
    rules: Vec<ir::Rule>,
    /// The rules declared (not replacements), by id, to refuse a duplicate and to find the
    /// rule an override names.
    rule_origins: HashMap<String, Origin>,
    /// The rules disabled or replaced (`overrides.rs`).
    overrides: Vec<ir::Override>,
    aggregate_count: usize,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    /// The file being resolved.
    source: Option<Source>,
    /// The `let`s of the rule being resolved that are not bound yet, with their spans, to
    /// say where a name used too early is declared.
    later_lets: Vec<(String, crate::source::Span)>,
    /// Constants and parameters written as percentages (`15%`), to refuse comparing a
    /// count with them.
    percentages: std::collections::HashSet<String>,
    /// Declared names (constants, parameters, tables) and where, to report duplicates.
    declared: HashMap<String, Origin>,
    /// What each name stands for, kept for an editor (`resolve_indexed`).
    index: Option<Box<Index>>,
    /// `extend const`s by constant name, applied where the constant is declared.
    pending_extensions: HashMap<String, Vec<(Source, ast::ConstExtension)>>,
    const_extensions: Vec<ir::ConstExtension>,
    /// The constants the rule being resolved reads, to show their extensions.
    constants_read: Vec<String>,
    /// The language errors and warnings are said in.
    lang: Lang,
}

impl Resolver {
    fn source(&self) -> Source {
        // Set before any item is resolved; an empty stand-in keeps this total.
        self.source
            .clone()
            .unwrap_or_else(|| crate::source::SourceFile::new("<unknown>", ""))
    }

    fn origin(&self, span: crate::source::Span) -> Origin {
        Origin {
            source: self.source(),
            span,
        }
    }

    fn error(
        &mut self,
        code: Code,
        span: crate::source::Span,
        message: String,
        label: &str,
    ) -> &mut Diagnostic {
        let diagnostic = Diagnostic::error(code, message).at(&self.source(), span, label);
        self.errors.push(diagnostic);
        let last = self.errors.len() - 1;
        &mut self.errors[last]
    }

    /// `what` is the catalog message naming the kind of declaration (`what-table`).
    fn duplicate(&mut self, what: &str, name: &ast::Name, first: &Origin) {
        let lang = self.lang;
        let named = [("name", name.text.clone().into())];
        let related = Diagnostic::new(
            Code::Duplicate.as_str(),
            Severity::Info,
            t_args(lang, "duplicate-first", &named),
        )
        .at(&first.source, first.span, t(lang, "duplicate-first-label"));
        let args = [("what", t(lang, what).into()), named[0].clone()];
        self.error(
            Code::Duplicate,
            name.span,
            t_args(lang, "duplicate", &args),
            &t(lang, "duplicate-label"),
        )
        .related
        .push(related);
    }

    fn declare_enums(&mut self, files: &[RuleFile]) {
        for pass_extends in [false, true] {
            for file in files {
                self.source = Some(file.source.clone());
                for item in &file.items {
                    let Item::Enum(decl) = item else { continue };
                    if decl.extend != pass_extends {
                        continue;
                    }
                    self.enum_decl(decl);
                }
            }
        }
    }

    fn enum_decl(&mut self, decl: &ast::EnumDecl) {
        let id = match (decl.extend, self.schema.enum_by_name(&decl.name.text)) {
            (false, Some(id)) => {
                let first = self.schema.enumeration(id).origin.clone();
                return self.duplicate("what-enumeration", &decl.name, &first);
            }
            (false, None) => {
                self.schema.enums.push(EnumDef {
                    name: decl.name.text.clone(),
                    ordered: decl.ordered,
                    values: Vec::new(),
                    labels: Vec::new(),
                    value_origins: Vec::new(),
                    origin: self.origin(decl.name.span),
                });
                self.note_declaration(SymbolKind::Enum, decl.name.span, None);
                self.schema.enums.len() - 1
            }
            (true, Some(id)) => {
                let origin = self.schema.enumeration(id).origin.clone();
                self.note_use(SymbolKind::Enum, &origin, decl.name.span);
                id as usize
            }
            (true, None) => {
                let names = self.schema.enums.iter().map(|e| e.name.as_str());
                let hint = suggest::hint(self.lang, &decl.name.text, names);
                let lang = self.lang;
                let args = [
                    ("name", decl.name.text.clone().into()),
                    ("hint", hint.text.into()),
                ];
                let diagnostic = self.error(
                    Code::UnknownName,
                    decl.name.span,
                    t_args(lang, "extend-no-enum", &args),
                    &t(lang, "not-declared-label"),
                );
                diagnostic.help = Some(t(lang, "extend-no-enum-help"));
                diagnostic.replacements = hint.names;
                return;
            }
        };
        for value in &decl.values {
            let name = &value.name;
            if self.schema.enums[id].position(&name.text).is_some() {
                let lang = self.lang;
                let args = [
                    ("value", name.text.clone().into()),
                    ("enum", decl.name.text.clone().into()),
                ];
                let message = t_args(lang, "duplicate-value", &args);
                let label = t(lang, "duplicate-value-label");
                self.error(Code::Duplicate, name.span, message, &label);
            } else {
                let definition = &mut self.schema.enums[id];
                definition.values.push(name.text.clone());
                definition.labels.push(value.label.as_ref().map(texts));
                let origin = self.origin(name.span);
                self.schema.enums[id].value_origins.push(origin);
                let ty = Type::Enum(id as u16);
                let value = self.note_declaration(SymbolKind::EnumValue, name.span, Some(&ty));
                let parent = self.schema.enums[id].origin.clone();
                self.note_parent(value, &parent);
            }
        }
    }

    fn declare_collections(&mut self, files: &[RuleFile]) {
        // First the collections themselves, so that fields can refer to any of them.
        let mut pending = Vec::new();
        for pass_extends in [false, true] {
            for file in files {
                self.source = Some(file.source.clone());
                for item in &file.items {
                    let Item::Collection(decl) = item else {
                        continue;
                    };
                    if decl.extend != pass_extends {
                        continue;
                    }
                    if let Some(id) = self.collection_decl(decl) {
                        pending.push((file.source.clone(), id, decl));
                    }
                }
            }
        }
        for (source, id, decl) in pending {
            self.source = Some(source);
            for field in &decl.fields {
                self.field_decl(id, field);
            }
            if let CollectionShape::Keyed(key) = &decl.shape {
                let collection = &self.schema.collections[id];
                match collection.field(&key.text) {
                    Some(index) if collection.fields[index].ty == Type::Text => {
                        let origin = collection.fields[index].origin.clone();
                        self.note_use(SymbolKind::Field, &origin, key.span);
                        self.schema.collections[id].shape = Shape::Keyed(index);
                    }
                    Some(_) => {
                        let lang = self.lang;
                        self.error(
                            Code::BadDeclaration,
                            key.span,
                            t_args(lang, "key-not-text", &[("key", key.text.clone().into())]),
                            &t(lang, "key-not-text-label"),
                        );
                    }
                    None => {
                        let hint = suggest::hint(
                            self.lang,
                            &key.text,
                            collection.fields.iter().map(|f| f.name.as_str()),
                        );
                        let lang = self.lang;
                        let args = [
                            ("key", key.text.clone().into()),
                            ("collection", decl.name.text.clone().into()),
                            ("hint", hint.text.into()),
                        ];
                        self.error(
                            Code::UnknownName,
                            key.span,
                            t_args(lang, "key-not-a-field", &args),
                            &t(lang, "no-such-field-label"),
                        )
                        .replacements = hint.names;
                    }
                }
            }
        }
    }

    fn collection_decl(&mut self, decl: &ast::CollectionDecl) -> Option<usize> {
        let existing = self.schema.collection_by_name(&decl.name.text);
        match (decl.extend, existing) {
            (false, Some(id)) => {
                let first = self.schema.collection(id).origin.clone();
                self.duplicate("what-collection", &decl.name, &first);
                None
            }
            (false, None) => {
                let Some(record) = &decl.record else {
                    let lang = self.lang;
                    let name = [("name", decl.name.text.clone().into())];
                    self.error(
                        Code::BadDeclaration,
                        decl.name.span,
                        t_args(lang, "collection-no-record", &name),
                        &t(lang, "collection-no-record-label"),
                    );
                    return None;
                };
                if self.schema.collection_by_record(&record.text).is_some()
                    || self.schema.enum_by_name(&record.text).is_some()
                {
                    let lang = self.lang;
                    let name = [("name", record.text.clone().into())];
                    let message = t_args(lang, "type-name-used", &name);
                    let label = t(lang, "type-name-used-label");
                    self.error(Code::Duplicate, record.span, message, &label);
                    return None;
                }
                let shape = if decl.shape == CollectionShape::Single {
                    Shape::Single
                } else {
                    Shape::List
                };
                if shape == Shape::Single && self.schema.header().is_some() {
                    let lang = self.lang;
                    self.error(
                        Code::BadDeclaration,
                        decl.name.span,
                        t(lang, "second-single"),
                        &t(lang, "second-single-label"),
                    );
                    return None;
                }
                self.schema.collections.push(CollectionDef {
                    name: decl.name.text.clone(),
                    record: record.text.clone(),
                    shape,
                    label: decl.label.as_ref().map(texts),
                    fields: Vec::new(),
                    origin: self.origin(decl.name.span),
                });
                self.note_declaration(SymbolKind::Collection, decl.name.span, None);
                let origin = self.origin(decl.name.span);
                self.note_use(SymbolKind::Collection, &origin, record.span);
                Some(self.schema.collections.len() - 1)
            }
            (true, Some(id)) => {
                let origin = self.schema.collection(id).origin.clone();
                self.note_use(SymbolKind::Collection, &origin, decl.name.span);
                Some(id as usize)
            }
            (true, None) => {
                let names = self.schema.collections.iter().map(|c| c.name.as_str());
                let hint = suggest::hint(self.lang, &decl.name.text, names);
                let lang = self.lang;
                let args = [
                    ("name", decl.name.text.clone().into()),
                    ("hint", hint.text.into()),
                ];
                let message = t_args(lang, "extend-no-collection", &args);
                let label = t(lang, "not-declared-label");
                self.error(Code::UnknownName, decl.name.span, message, &label)
                    .replacements = hint.names;
                None
            }
        }
    }

    fn field_decl(&mut self, collection: usize, decl: &ast::FieldDecl) {
        if let Some(existing) = self.schema.collections[collection].field(&decl.name.text) {
            let first = self.schema.collections[collection].fields[existing]
                .origin
                .clone();
            return self.duplicate("what-field", &decl.name, &first);
        }
        let mut ty = self.type_expr(&decl.ty);
        if let Type::Set(element) = ty {
            // A plan writes a YAML sequence: its order and repeats are the plan's to keep.
            let lang = self.lang;
            self.error(
                Code::BadDeclaration,
                decl.ty.span,
                t(lang, "field-set"),
                &t(lang, "field-set-label"),
            )
            .help = Some(t(lang, "field-set-help"));
            ty = Type::List(element);
        }
        let bound = decl.bound.as_ref().and_then(|bound| {
            if !matches!(ty, Type::Integer | Type::Decimal) {
                let lang = self.lang;
                self.error(
                    Code::BadDeclaration,
                    bound.span,
                    t(lang, "bound-not-number"),
                    &t(lang, "bound-not-number-label"),
                );
                return None;
            }
            let value = match &bound.value {
                ast::Literal::Integer(i) => rust_decimal::Decimal::from(*i),
                ast::Literal::Decimal(d) => *d,
                _ => return None,
            };
            Some((bound.op, value))
        });
        let default = match &decl.presence {
            Presence::Required => Default::Required,
            Presence::Optional if matches!(ty, Type::List(_)) => {
                Default::Value(DefaultValue::EmptyList)
            }
            Presence::Optional => Default::Optional,
            Presence::Default(value) => match self.default_value(value, &ty) {
                Some(value) => Default::Value(value),
                None => Default::Optional,
            },
        };
        let symbol = self.note_declaration(SymbolKind::Field, decl.name.span, Some(&ty));
        let parent = self.schema.collections[collection].origin.clone();
        self.note_parent(symbol, &parent);
        let origin = self.origin(decl.name.span);
        self.schema.collections[collection].fields.push(FieldDef {
            name: decl.name.text.clone(),
            ty,
            bound,
            default,
            label: decl.label.as_ref().map(texts),
            origin,
        });
    }

    fn default_value(&mut self, value: &ast::Expr, ty: &Type) -> Option<DefaultValue> {
        let constant = self.constant_value(value, ty)?;
        Some(match constant {
            Constant::Integer(i) => DefaultValue::Integer(i),
            Constant::Decimal(d) => DefaultValue::Decimal(d),
            Constant::Text(t) => DefaultValue::Text(t),
            Constant::Boolean(b) => DefaultValue::Boolean(b),
            Constant::Date(d) => DefaultValue::Date(d),
            Constant::Enum(_, i) => DefaultValue::Enum(i as usize),
            Constant::Duration(_) | Constant::Set(_) => {
                let lang = self.lang;
                self.error(
                    Code::BadDeclaration,
                    value.span,
                    t(lang, "default-not-allowed"),
                    &t(lang, "default-not-allowed-label"),
                );
                return None;
            }
        })
    }

    /// A literal (or enumeration value) of type `ty`, for defaults and parameter values.
    fn constant_value(&mut self, value: &ast::Expr, ty: &Type) -> Option<Constant> {
        let mut scope = Scope::default();
        let resolved = self.expr(value, &mut scope, Some(ty));
        if resolved.ty == Type::Error {
            return None;
        }
        let ir::ExprKind::Constant(constant) = resolved.kind else {
            let lang = self.lang;
            self.error(
                Code::BadDeclaration,
                value.span,
                t(lang, "value-not-plain"),
                &t(lang, "value-not-plain-label"),
            );
            return None;
        };
        let constant = match (constant, ty) {
            (Constant::Integer(i), Type::Decimal) => Constant::Decimal(i.into()),
            (constant, _) => constant,
        };
        if !expr::assignable(&resolved.ty, ty) {
            let lang = self.lang;
            let args = [
                ("expected", self.schema.type_name(ty).into()),
                ("found", self.schema.type_name(&resolved.ty).into()),
            ];
            let message = t_args(lang, "value-wrong-type", &args);
            let label = t(lang, "wrong-type-label");
            self.error(Code::TypeMismatch, value.span, message, &label);
            return None;
        }
        Some(constant)
    }

    fn type_expr(&mut self, ty: &ast::TypeExpr) -> Type {
        let base = if let [single] = ty.alternatives.as_slice() {
            self.type_name(single)
        } else {
            let mut ids = Vec::new();
            for alternative in &ty.alternatives {
                match self.schema.collection_by_record(&alternative.text) {
                    Some(id) => {
                        let origin = self.schema.collection(id).origin.clone();
                        self.note_use(SymbolKind::Collection, &origin, alternative.span);
                        ids.push(id)
                    }
                    None => {
                        let names = self.schema.collections.iter().map(|c| c.record.as_str());
                        let hint = suggest::hint(self.lang, &alternative.text, names);
                        let lang = self.lang;
                        let args = [
                            ("name", alternative.text.clone().into()),
                            ("hint", hint.text.into()),
                        ];
                        self.error(
                            Code::UnknownName,
                            alternative.span,
                            t_args(lang, "not-a-record-type", &args),
                            &t(lang, "not-a-record-type-label"),
                        )
                        .replacements = hint.names;
                        return Type::Error;
                    }
                }
            }
            ids.sort_unstable();
            ids.dedup();
            Type::Record(ids)
        };
        match ty.container {
            _ if base == Type::Error => base,
            Some(ast::Container::List) => Type::List(Box::new(base)),
            Some(ast::Container::Set) => Type::Set(Box::new(base)),
            None => base,
        }
    }

    fn type_name(&mut self, name: &ast::Name) -> Type {
        self.note_site(name.span, Context::Type);
        match name.text.as_str() {
            "text" => return Type::Text,
            "integer" => return Type::Integer,
            "decimal" => return Type::Decimal,
            "boolean" => return Type::Boolean,
            "date" => return Type::Date,
            "duration" => return Type::Duration,
            _ => {}
        }
        if let Some(id) = self.schema.enum_by_name(&name.text) {
            let origin = self.schema.enumeration(id).origin.clone();
            self.note_use(SymbolKind::Enum, &origin, name.span);
            return Type::Enum(id);
        }
        if let Some(id) = self.schema.collection_by_record(&name.text) {
            let origin = self.schema.collection(id).origin.clone();
            self.note_use(SymbolKind::Collection, &origin, name.span);
            return Type::Record(vec![id]);
        }
        let names: Vec<&str> = crate::syntax::TYPE_NAMES
            .into_iter()
            .chain(self.schema.enums.iter().map(|e| e.name.as_str()))
            .chain(self.schema.collections.iter().map(|c| c.record.as_str()))
            .collect();
        let hint = suggest::hint(self.lang, &name.text, names);
        let lang = self.lang;
        let args = [
            ("name", name.text.clone().into()),
            ("hint", hint.text.into()),
        ];
        let message = t_args(lang, "unknown-type", &args);
        let label = t(lang, "unknown-type-label");
        let diagnostic = self.error(Code::UnknownName, name.span, message, &label);
        diagnostic.help = Some(t(lang, "unknown-type-help"));
        diagnostic.replacements = hint.names;
        Type::Error
    }

    fn check_header(&mut self) {
        let lang = self.lang;
        let Some(header) = self.schema.header() else {
            if let Some(first) = self.schema.collections.first() {
                let origin = first.origin.clone();
                self.errors.push(
                    Diagnostic::error(Code::BadDeclaration, t(lang, "no-header"))
                        .at(&origin.source, origin.span, t(lang, "no-header-label"))
                        .help(t(lang, "no-header-help")),
                );
            } else {
                self.errors.push(
                    Diagnostic::error(Code::BadDeclaration, t(lang, "no-schema"))
                        .help(t(lang, "no-schema-help")),
                );
            }
            return;
        };
        let collection = self.schema.collection(header);
        if collection.field("date").map(|f| &collection.fields[f].ty) != Some(&Type::Date) {
            let origin = collection.origin.clone();
            self.errors.push(
                Diagnostic::error(
                    Code::BadDeclaration,
                    t_args(
                        lang,
                        "header-no-date",
                        &[("name", collection.name.clone().into())],
                    ),
                )
                .at(&origin.source, origin.span, t(lang, "header-no-date-label"))
                .help(t(lang, "header-no-date-help")),
            );
        }
    }

    fn declare(&mut self, what: &str, name: &ast::Name) -> bool {
        if let Some(first) = self.declared.get(&name.text).cloned() {
            self.duplicate(what, name, &first);
            return false;
        }
        let origin = self.origin(name.span);
        self.declared.insert(name.text.clone(), origin);
        true
    }

    fn constant(&mut self, decl: &ast::ConstDecl) {
        if !self.declare("what-constant", &decl.name) {
            return;
        }
        let mut scope = Scope::default();
        let value = self.expr(&decl.value, &mut scope, None);
        if !lookup::locals(&value).is_empty() {
            let lang = self.lang;
            self.error(
                Code::BadDeclaration,
                decl.value.span,
                t(lang, "constant-reads-record"),
                &t(lang, "constant-reads-record-label"),
            );
        }
        if self.is_percentage(&decl.value, &scope) {
            self.percentages.insert(decl.name.text.clone());
        }
        self.note_declaration(SymbolKind::Constant, decl.name.span, Some(&value.ty));
        self.consts.insert(decl.name.text.clone(), value);
        self.extend_constant(&decl.name);
    }

    fn param(&mut self, decl: &ast::ParamDecl) {
        if !self.declare("what-parameter", &decl.name) {
            return;
        }
        let ty = self.type_expr(&decl.ty);
        let mut values: Vec<ParamValue> = Vec::new();
        for value in &decl.values {
            let Some(constant) = self.constant_value(&value.value, &ty) else {
                continue;
            };
            self.check_window(&value.window);
            let from = value.window.from.map(|d| d.date);
            let until = value.window.until.map(|d| d.date);
            let overlaps = values
                .iter()
                .any(|other| windows_overlap((other.from, other.until), (from, until)));
            if overlaps {
                let lang = self.lang;
                let name = [("name", decl.name.text.clone().into())];
                self.error(
                    Code::BadDeclaration,
                    value.span,
                    t_args(lang, "param-overlap", &name),
                    &t(lang, "param-overlap-label"),
                )
                .help = Some(t(lang, "param-overlap-help"));
            }
            let citation = value.source.as_ref().map(texts);
            values.push(ParamValue {
                value: constant,
                from,
                until,
                citation,
            });
        }
        let scope = Scope::default();
        let percent = !decl.values.is_empty()
            && decl
                .values
                .iter()
                .all(|value| self.is_percentage(&value.value, &scope));
        if percent {
            self.percentages.insert(decl.name.text.clone());
        }
        self.note_declaration(SymbolKind::Parameter, decl.name.span, Some(&ty));
        let origin = self.origin(decl.name.span);
        self.params.push(Param {
            name: decl.name.text.clone(),
            ty,
            values,
            percent,
            origin,
        });
    }

    /// A window whose `until` is before its `from` holds no day: the rule or value would
    /// silently never apply.
    fn check_window(&mut self, window: &ast::Window) {
        let (Some(from), Some(until)) = (window.from, window.until) else {
            return;
        };
        if until.date < from.date {
            let lang = self.lang;
            let args = [
                ("until", until.date.to_string().into()),
                ("from", from.date.to_string().into()),
            ];
            self.error(
                Code::BadDeclaration,
                from.span.to(until.span),
                t_args(lang, "window-reversed", &args),
                &t(lang, "window-reversed-label"),
            )
            .help = Some(t(lang, "window-reversed-help"));
        }
    }

    fn table(&mut self, decl: &ast::TableDecl) {
        if !self.declare("what-table", &decl.name) {
            return;
        }
        self.note_declaration(SymbolKind::Table, decl.name.span, None);
        let mut scope = Scope::default();
        let mut params = Vec::new();
        for (name, ty) in &decl.params {
            let ty = self.type_expr(ty);
            self.bind(&mut scope, name, ty.clone());
            params.push(ty);
        }
        let result = self.type_expr(&decl.result);
        let mut rows = Vec::new();
        for (when, then) in &decl.rows {
            let when = self.condition(when, &mut scope);
            let then = self.expect_type(then, &mut scope, &result);
            rows.push((when, then));
        }
        let otherwise = decl
            .otherwise
            .as_ref()
            .map(|value| self.expect_type(value, &mut scope, &result));
        let citation = decl.source.as_ref().map(texts);
        let table = Table {
            name: decl.name.text.clone(),
            param_names: decl
                .params
                .iter()
                .map(|(name, _)| name.text.clone())
                .collect(),
            params,
            result,
            rows,
            otherwise,
            citation,
            frame_size: scope.size,
            origin: Origin {
                source: self.source(),
                span: decl.name.span,
            },
        };
        self.tables.push(table);
    }

    fn rule(&mut self, decl: &ast::RuleDecl) {
        // A replacement's id names the rule it replaces (`overrides.rs`).
        if decl.replace.is_none() {
            if let Some(first) = self.rule_origins.get(&decl.id.text).cloned() {
                return self.duplicate("what-rule", &decl.id, &first);
            }
            self.rule_origins
                .insert(decl.id.text.clone(), self.origin(decl.id.span));
            self.note_declaration(SymbolKind::Rule, decl.id.span, None);
        }
        self.constants_read.clear();
        self.later_lets = decl
            .clauses
            .iter()
            .filter_map(|clause| match clause {
                Clause::Let { name, span, .. } => Some((name.text.clone(), *span)),
                _ => None,
            })
            .collect();
        let mut scope = Scope::default();
        let mut severity = Severity::Error;
        let mut severity_when = None;
        let mut citation = None;
        let mut source_url = None;
        let mut source_checked = None;
        let mut help = None;
        let mut window = ast::Window::default();
        let mut collection = None;
        let mut steps = Vec::new();
        let mut let_names = Vec::new();
        let mut for_failed = false;
        let mut require: Option<(ir::Expr, crate::source::Span)> = None;
        let mut at = None;
        let mut message = None;
        for clause in &decl.clauses {
            match clause {
                Clause::Severity(value, _) => severity = *value,
                // Resolved after the other clauses: it is decided after the `let`s.
                Clause::SeverityWhen {
                    when,
                    condition,
                    otherwise,
                    ..
                } => {
                    severity = (*when).max(*otherwise);
                    severity_when = Some((*when, condition, *otherwise));
                }
                Clause::Source(text) => citation = Some(texts(text)),
                Clause::Url(text) => {
                    // An address a reader can open: the public text, never a local path.
                    if !(text.text.starts_with("https://") || text.text.starts_with("http://")) {
                        let lang = self.lang;
                        self.error(
                            Code::BadDeclaration,
                            text.span,
                            t_args(
                                lang,
                                "not-web-address",
                                &[("text", text.text.clone().into())],
                            ),
                            &t(lang, "not-web-address-label"),
                        )
                        .help = Some(t(lang, "not-web-address-help"));
                    }
                    source_url = Some(text.text.clone());
                }
                Clause::Checked(date) => source_checked = Some(date.date),
                Clause::Help(text) => help = Some(texts(text)),
                Clause::Reason(reason) => {
                    if decl.replace.is_none() {
                        self.reason_without_replace(reason);
                    }
                }
                Clause::Effective(value, _) => {
                    self.check_window(value);
                    window = value.clone();
                }
                Clause::For {
                    var,
                    collection: name,
                    span,
                } => {
                    if collection.is_some() {
                        let lang = self.lang;
                        self.error(
                            Code::BadDeclaration,
                            *span,
                            t(lang, "second-for"),
                            &t(lang, "second-for-label"),
                        );
                        continue;
                    }
                    let Some(id) = self.collection_name(name) else {
                        // Reported; go on with an untyped variable so the rest of the rule
                        // is checked without a cascade of errors that all stem from this one.
                        self.bind(&mut scope, var, Type::Error);
                        for_failed = true;
                        continue;
                    };
                    self.bind(&mut scope, var, Type::Record(vec![id]));
                    collection = Some(id);
                }
                _ if collection.is_none() && for_failed => match clause {
                    Clause::Let { name, value, .. } => {
                        let value = self.expr(value, &mut scope, None);
                        self.bind(&mut scope, name, value.ty);
                    }
                    Clause::Where(value) | Clause::Require(value) | Clause::At(value) => {
                        self.expr(value, &mut scope, None);
                    }
                    _ => {}
                },
                _ if collection.is_none() => {
                    let span = clause_span(clause);
                    let lang = self.lang;
                    self.error(
                        Code::BadDeclaration,
                        span,
                        t(lang, "clause-before-for"),
                        &t(lang, "clause-before-for-label"),
                    )
                    .help = Some(t(lang, "clause-before-for-help"));
                }
                Clause::Let { name, value, .. } => {
                    let value = self.expr(value, &mut scope, None);
                    self.later_lets.retain(|(later, _)| *later != name.text);
                    let slot = self.bind(&mut scope, name, value.ty.clone());
                    let_names.push((slot, name.text.clone()));
                    steps.push(Step::Let(slot, value));
                }
                Clause::Where(value) => steps.push(Step::Where(self.condition(value, &mut scope))),
                Clause::Require(value) => {
                    if require.is_some() {
                        let lang = self.lang;
                        self.error(
                            Code::BadDeclaration,
                            value.span,
                            t(lang, "second-require"),
                            &t(lang, "second-require-label"),
                        )
                        .help = Some(t(lang, "second-require-help"));
                    }
                    require = Some((self.condition(value, &mut scope), value.span));
                }
                Clause::At(value) => at = Some(self.expr(value, &mut scope, None)),
                Clause::Message(template) => {
                    let en = self.template(&template.en, &mut scope);
                    let vi = template.vi.as_ref().map(|vi| self.template(vi, &mut scope));
                    message = Some(Bilingual {
                        en,
                        vi,
                        span: template.span,
                    });
                }
            }
        }
        let Some(collection) = collection else {
            if for_failed {
                return;
            }
            let lang = self.lang;
            self.error(
                Code::BadDeclaration,
                decl.id.span,
                t_args(lang, "rule-no-for", &[("id", decl.id.text.clone().into())]),
                &t(lang, "rule-no-for-label"),
            )
            .help = Some(t(lang, "rule-no-for-help"));
            return;
        };
        let severity_when = severity_when.map(|(when, condition, otherwise)| ir::SeverityWhen {
            when,
            condition: self.condition(condition, &mut scope),
            otherwise,
            text: self.source().slice(condition.span).to_string(),
        });
        let (require, require_span) = match require {
            Some((require, span)) => (Some(require), span),
            None if severity == Severity::Info => (None, decl.id.span),
            None => {
                let lang = self.lang;
                let message = t_args(
                    lang,
                    "rule-no-require",
                    &[("id", decl.id.text.clone().into())],
                );
                let label = t(lang, "rule-no-require-label");
                self.error(Code::BadDeclaration, decl.id.span, message, &label)
                    .help = Some(t(lang, "rule-no-require-help"));
                return;
            }
        };
        let Some(citation) = citation else {
            let lang = self.lang;
            self.error(
                Code::BadDeclaration,
                decl.id.span,
                t_args(
                    lang,
                    "rule-no-source",
                    &[("id", decl.id.text.clone().into())],
                ),
                &t(lang, "rule-no-source-label"),
            )
            .help = Some(t(lang, "rule-no-source-help"));
            return;
        };
        let mut params = Vec::new();
        for step in &steps {
            match step {
                Step::Let(_, e) | Step::Where(e) => lookup::params(e, &mut params),
            }
        }
        for expr in require
            .iter()
            .chain(severity_when.iter().map(|s| &s.condition))
        {
            lookup::params(expr, &mut params);
        }
        params.sort_unstable();
        params.dedup();
        let extensions = (0..self.const_extensions.len())
            .filter(|&i| {
                self.constants_read
                    .contains(&self.const_extensions[i].constant)
            })
            .collect();
        self.rules.push(ir::Rule {
            id: decl.id.text.clone(),
            title: texts(&decl.title),
            severity,
            severity_when,
            citation,
            source_url,
            source_checked,
            help,
            from: window.from.map(|d| d.date),
            until: window.until.map(|d| d.date),
            collection,
            steps,
            require,
            at,
            message,
            frame_size: scope.size,
            let_names,
            source: self.source(),
            span: decl.span,
            require_span,
            params,
            extensions,
        });
    }

    /// A message's holes resolved in the rule's scope.
    fn template(&mut self, template: &ast::Template, scope: &mut Scope) -> ir::Template {
        let parts = template
            .parts
            .iter()
            .map(|part| match part {
                ast::TemplatePart::Text(text) => ir::TemplatePart::Text(text.clone()),
                ast::TemplatePart::Hole(value, percent) => {
                    let resolved = self.expr(value, scope, None);
                    if percent.is_some() {
                        self.check_shown_as_percent(value, &resolved);
                    }
                    ir::TemplatePart::Hole(resolved, percent.as_ref().map(|p| p.digits))
                }
            })
            .collect();
        ir::Template { parts }
    }

    fn collection_name(&mut self, name: &ast::Name) -> Option<crate::schema::CollectionId> {
        self.note_site(name.span, Context::Collection);
        if let Some(id) = self.schema.collection_by_name(&name.text) {
            let origin = self.schema.collection(id).origin.clone();
            self.note_use(SymbolKind::Collection, &origin, name.span);
            return Some(id);
        }
        let names = self.schema.collections.iter().map(|c| c.name.as_str());
        let hint = suggest::hint(self.lang, &name.text, names);
        let lang = self.lang;
        let args = [
            ("name", name.text.clone().into()),
            ("hint", hint.text.into()),
        ];
        self.error(
            Code::UnknownName,
            name.span,
            t_args(lang, "unknown-collection", &args),
            &t(lang, "unknown-collection-label"),
        )
        .replacements = hint.names;
        None
    }
}

/// A text for people as the program keeps it: the strings, and where the English is.
fn texts(texts: &ast::Texts) -> Bilingual<String> {
    texts.map(|text| text.text.clone())
}

fn windows_overlap(
    a: (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>),
    b: (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>),
) -> bool {
    let start = a.0.max(b.0).unwrap_or(chrono::NaiveDate::MIN);
    let end = match (a.1, b.1) {
        (Some(x), Some(y)) => x.min(y),
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => chrono::NaiveDate::MAX,
    };
    start <= end
}

fn clause_span(clause: &Clause) -> crate::source::Span {
    match clause {
        Clause::Severity(_, span) | Clause::Effective(_, span) => *span,
        Clause::SeverityWhen { span, .. } => *span,
        Clause::For { span, .. } | Clause::Let { span, .. } => *span,
        Clause::Source(text) | Clause::Help(text) | Clause::Reason(text) => text.span,
        Clause::Url(text) => text.span,
        Clause::Checked(date) => date.span,
        Clause::Where(e) | Clause::Require(e) | Clause::At(e) => e.span,
        Clause::Message(template) => template.span,
    }
}
