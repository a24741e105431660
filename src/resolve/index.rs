//! What every name written in the rule files stands for, noted by the resolver as it
//! resolves them (only when asked: an editor's hover, go to definition, references,
//! completion and semantic tokens; a `check` run records nothing).
//!
//! A declaration is a `Symbol`, known by where its name is written. Every name that
//! declares or uses one is a `Reference`; every place where a name or a field is resolved is
//! a `Site`, with what could be written there (the record type before a `.`, the variables
//! in scope and the type expected), so completion asks the resolver, not a second parser.

use std::collections::HashMap;

use crate::schema::{CollectionId, Origin, Schema, Type};
use crate::source::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolKind {
    Collection,
    Field,
    Enum,
    EnumValue,
    Constant,
    Parameter,
    Table,
    Rule,
    /// A rule's record, a `let`, an aggregate's variable, a table's parameter.
    Variable,
}

/// A declaration.
#[derive(Clone, Debug)]
pub struct Symbol {
    pub kind: SymbolKind,
    pub name: String,
    /// Where its name is written.
    pub origin: Origin,
    /// Its type as a rule file writes it, where it has one (a field, constant, parameter,
    /// table's result or variable).
    pub ty: Option<String>,
    /// The collection a field belongs to, or the enumeration a value belongs to.
    pub parent: Option<usize>,
}

/// A name written in a rule file: a symbol's declaration or a use of it.
#[derive(Clone, Debug)]
pub struct Reference {
    /// The rule file, by the name its source carries.
    pub file: String,
    pub span: Span,
    pub symbol: usize,
    pub declaration: bool,
}

/// What could be written where a name was resolved.
#[derive(Clone, Debug)]
pub enum Context {
    /// After `.`: a field of one of these collections.
    Field(Vec<CollectionId>),
    /// A name in an expression: a variable in scope (by symbol), a constant, parameter or
    /// function, or a value of the type expected here, if one is.
    Name {
        locals: Vec<usize>,
        expected: Option<Type>,
    },
    /// The collection of a `for` or an aggregate.
    Collection,
    /// A type in a declaration.
    Type,
}

#[derive(Clone, Debug)]
pub struct Site {
    pub file: String,
    pub span: Span,
    pub context: Context,
}

#[derive(Clone, Debug, Default)]
pub struct Index {
    pub symbols: Vec<Symbol>,
    pub references: Vec<Reference>,
    pub sites: Vec<Site>,
    /// The schema as far as it was declared, even when the rules did not resolve.
    pub schema: Schema,
    by_origin: HashMap<(String, u32), usize>,
}

impl Index {
    /// The symbol declared at `origin`, added on first sight.
    pub fn symbol(
        &mut self,
        kind: SymbolKind,
        name: &str,
        origin: &Origin,
        ty: Option<String>,
    ) -> usize {
        let key = (origin.source.name().to_string(), origin.span.start);
        if let Some(&id) = self.by_origin.get(&key) {
            return id;
        }
        self.symbols.push(Symbol {
            kind,
            name: name.to_string(),
            origin: origin.clone(),
            ty,
            parent: None,
        });
        let id = self.symbols.len() - 1;
        self.by_origin.insert(key, id);
        id
    }

    /// The symbol declared at `origin`, if one was.
    pub fn at_origin(&self, origin: &Origin) -> Option<usize> {
        let key = (origin.source.name().to_string(), origin.span.start);
        self.by_origin.get(&key).copied()
    }

    /// Declares a symbol where its name is written.
    pub fn declare(&mut self, kind: SymbolKind, origin: &Origin, ty: Option<String>) -> usize {
        let name = origin.source.slice(origin.span).to_string();
        let id = self.symbol(kind, &name, origin, ty);
        self.refer(origin, id, true);
        id
    }

    pub fn refer(&mut self, at: &Origin, symbol: usize, declaration: bool) {
        self.references.push(Reference {
            file: at.source.name().to_string(),
            span: at.span,
            symbol,
            declaration,
        });
    }

    pub fn site(&mut self, at: &Origin, context: Context) {
        self.sites.push(Site {
            file: at.source.name().to_string(),
            span: at.span,
            context,
        });
    }

    /// The reference whose name covers `offset` in `file` (its end included, where a cursor
    /// stands after typing it).
    pub fn reference_at(&self, file: &str, offset: u32) -> Option<&Reference> {
        self.references
            .iter()
            .filter(|r| r.file == file && r.span.start <= offset && offset <= r.span.end)
            .min_by_key(|r| r.span.end - r.span.start)
    }

    /// The innermost site covering `offset` in `file`.
    pub fn site_at(&self, file: &str, offset: u32) -> Option<&Site> {
        self.sites
            .iter()
            .filter(|s| s.file == file && s.span.start <= offset && offset <= s.span.end)
            .min_by_key(|s| s.span.end - s.span.start)
    }

    /// Every reference to `symbol`, its declaration first, in file order.
    pub fn references_to(&self, symbol: usize) -> Vec<&Reference> {
        let mut found: Vec<&Reference> = self
            .references
            .iter()
            .filter(|r| r.symbol == symbol)
            .collect();
        found.sort_by(|a, b| {
            (!a.declaration, &a.file, a.span.start).cmp(&(!b.declaration, &b.file, b.span.start))
        });
        found.dedup_by(|a, b| a.file == b.file && a.span == b.span);
        found
    }
}

/// How the resolver notes what it resolves; each does nothing unless an index is kept.
impl super::Resolver {
    /// The declaration of a symbol whose name is at `span` in the file being resolved.
    pub(super) fn note_declaration(
        &mut self,
        kind: SymbolKind,
        span: Span,
        ty: Option<&Type>,
    ) -> Option<usize> {
        let origin = self.origin(span);
        let ty = ty.map(|ty| self.schema.type_name(ty));
        Some(self.index.as_mut()?.declare(kind, &origin, ty))
    }

    /// A use, at `span` in the file being resolved, of the symbol declared at `declared`.
    pub(super) fn note_use(&mut self, kind: SymbolKind, declared: &Origin, span: Span) {
        let at = self.origin(span);
        let Some(index) = self.index.as_mut() else {
            return;
        };
        let name = declared.source.slice(declared.span).to_string();
        let symbol = index.symbol(kind, &name, declared, None);
        index.refer(&at, symbol, false);
    }

    /// A use, at `span` in the file being resolved, of a symbol already noted.
    pub(super) fn note_use_of(&mut self, symbol: Option<usize>, span: Span) {
        let at = self.origin(span);
        if let (Some(index), Some(symbol)) = (self.index.as_mut(), symbol) {
            index.refer(&at, symbol, false);
        }
    }

    /// That the symbol declared at `child` belongs to the one declared at `parent`.
    pub(super) fn note_parent(&mut self, child: Option<usize>, parent: &Origin) {
        let Some(index) = self.index.as_mut() else {
            return;
        };
        if let (Some(child), Some(parent)) = (child, index.at_origin(parent)) {
            index.symbols[child].parent = Some(parent);
        }
    }

    pub(super) fn note_site(&mut self, span: Span, context: Context) {
        let at = self.origin(span);
        if let Some(index) = self.index.as_mut() {
            index.site(&at, context);
        }
    }

    /// Binds a variable declared at `name`, noting its declaration.
    pub(super) fn bind(
        &mut self,
        scope: &mut super::scope::Scope,
        name: &crate::ast::Name,
        ty: Type,
    ) -> usize {
        let symbol = self.note_declaration(SymbolKind::Variable, name.span, Some(&ty));
        scope.bind(&name.text, ty, symbol)
    }
}
