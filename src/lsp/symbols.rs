//! The outline of a rule file: each declaration, a collection with its fields and an
//! enumeration with its values as children. A rule's detail is its title in the server's
//! language, an override's with its reason.

use lsp_types::{DocumentSymbol, SymbolKind};

use super::position::Lines;
use crate::ast::{Clause, Item, Name, RuleFile};
use crate::i18n::t_args;
use crate::lang::Lang;
use crate::source::Span;

pub fn document_symbols(file: &RuleFile, lang: Lang) -> Vec<DocumentSymbol> {
    let lines = Lines::new(file.source.text());
    let symbol = |name: &Name, detail: Option<String>, kind, span: Span, children| {
        #[allow(deprecated)] // `deprecated` is a required field of the struct
        DocumentSymbol {
            name: name.text.clone(),
            detail,
            kind,
            tags: None,
            deprecated: None,
            range: lines.range(span.to(name.span)),
            selection_range: lines.range(name.span),
            children,
        }
    };
    file.items
        .iter()
        .filter_map(|item| match item {
            Item::Include(_) => None,
            Item::Enum(decl) => {
                let values = decl
                    .values
                    .iter()
                    .map(|v| symbol(&v.name, None, SymbolKind::ENUM_MEMBER, v.name.span, None))
                    .collect();
                Some(symbol(
                    &decl.name,
                    None,
                    SymbolKind::ENUM,
                    decl.span,
                    Some(values),
                ))
            }
            Item::Collection(decl) => {
                let fields = decl
                    .fields
                    .iter()
                    .map(|f| symbol(&f.name, None, SymbolKind::FIELD, f.span, None))
                    .collect();
                let record = decl.record.as_ref().map(|r| r.text.clone());
                Some(symbol(
                    &decl.name,
                    record,
                    SymbolKind::STRUCT,
                    decl.span,
                    Some(fields),
                ))
            }
            Item::Const(decl) => Some(symbol(
                &decl.name,
                None,
                SymbolKind::CONSTANT,
                decl.span,
                None,
            )),
            Item::ConstExtension(decl) => Some(symbol(
                &decl.name,
                Some("extended".to_string()),
                SymbolKind::CONSTANT,
                decl.span,
                None,
            )),
            Item::Param(decl) => Some(symbol(
                &decl.name,
                None,
                SymbolKind::VARIABLE,
                decl.span,
                None,
            )),
            Item::Table(decl) => Some(symbol(
                &decl.name,
                None,
                SymbolKind::FUNCTION,
                decl.span,
                None,
            )),
            // A replacement and a disabled rule say so in the outline, with the reason.
            Item::Rule(decl) => {
                let reason = decl.clauses.iter().find_map(|clause| match clause {
                    Clause::Reason(reason) => Some(reason.get(lang).text.as_str()),
                    _ => None,
                });
                let title = decl.title.get(lang).text.as_str();
                let detail = match (decl.replace, reason) {
                    (Some(_), Some(reason)) => {
                        let args = [("title", title.into()), ("reason", reason.into())];
                        t_args(lang, "lsp-symbol-replaces-why", &args)
                    }
                    (Some(_), None) => {
                        t_args(lang, "lsp-symbol-replaces", &[("title", title.into())])
                    }
                    (None, _) => title.to_string(),
                };
                Some(symbol(
                    &decl.id,
                    Some(detail),
                    SymbolKind::EVENT,
                    decl.span,
                    None,
                ))
            }
            Item::Disable(decl) => Some(symbol(
                &decl.id,
                Some(t_args(
                    lang,
                    "lsp-symbol-disabled",
                    &[("reason", decl.reason.get(lang).text.as_str().into())],
                )),
                SymbolKind::EVENT,
                decl.span,
                None,
            )),
        })
        .collect()
}
