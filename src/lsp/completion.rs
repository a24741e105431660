//! Completion in a rule file: the fields of the record before a `.`, the values of the
//! enumeration expected, the variables in scope, constants, parameters, functions and
//! keywords.
//!
//! What fits is asked of the resolver itself, the way rust-analyzer does: a placeholder
//! name is written at the cursor, the file is loaded with it, and the place where the
//! resolver met the placeholder says what it expected there (a field of `Person`, a value
//! of `Education`, any name with these variables in scope). Where no name can stand, the
//! file does not parse, and the parser says which keywords it would take there (`percent`
//! after `as` in a message's value, `when` after `severity error`, `otherwise` after its
//! condition); where it names none, the keywords that start a clause or a declaration.
//! Each item's `detail` says what it is in the server's language (`lsp-detail-*`).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use lsp_types::{CompletionItem, CompletionItemKind, Position};

use super::position::Lines;
use crate::ast::AggregateFn;
use crate::i18n::{t, t_args};
use crate::ir::Builtin;
use crate::lang::Lang;
use crate::resolve::index::{Context, Index, SymbolKind};
use crate::schema::{Schema, Type};
use crate::syntax::{next_words, CLAUSE_KEYWORDS, DECLARATION_KEYWORDS, TYPE_NAMES};

/// A name no drafter writes, so the placeholder never resolves to something real.
const PLACEHOLDER: &str = "staffcheck_completion_placeholder";

const OPERATORS: [&str; 11] = [
    "and", "or", "not", "in", "is", "defined", "if", "then", "else", "true", "false",
];
/// Written before a type: `list of Post` (a plan's field), `set of Post` (a parameter's
/// value), each with the catalog's id of what it is.
const CONTAINERS: [(&str, &str); 2] = [
    ("list of", "lsp-detail-list-of"),
    ("set of", "lsp-detail-set-of"),
];

/// The completions at `position` of the rule document `text`, loaded as `path` with the
/// other open rule files' `unsaved` texts, each said in `lang`.
pub fn complete(
    path: PathBuf,
    text: &str,
    position: Position,
    mut unsaved: HashMap<PathBuf, String>,
    lang: Lang,
) -> Vec<CompletionItem> {
    let offset = Lines::new(text).offset(position);
    let mut with_placeholder = text.to_string();
    with_placeholder.insert_str(offset, PLACEHOLDER);
    unsaved.insert(path.clone(), with_placeholder.clone());
    // Only the index is read, never the errors: their language does not matter.
    let opened = crate::ruleset::load_open(&path, unsaved, Lang::En);
    let name = opened
        .read
        .iter()
        .find(|(_, p)| p.as_ref() == Some(&path))
        .map(|(name, _)| name.as_str());
    let site = name.and_then(|name| opened.index.site_at(name, offset as u32));
    let mut items = Items::default();
    if names_a_rule(text, offset) {
        rule_ids(&mut items, &opened.index, name, lang);
        return items.into_vec();
    }
    match site.map(|s| &s.context) {
        Some(Context::Field(ids)) => fields(&mut items, &opened.index.schema, ids),
        Some(Context::Name { locals, expected }) => {
            names(&mut items, &opened.index, locals, expected.as_ref(), lang)
        }
        Some(Context::Collection) => {
            for collection in &opened.index.schema.collections {
                let record = [("record", collection.record.as_str().into())];
                let detail = t_args(lang, "lsp-detail-collection", &record);
                items.add(&collection.name, CompletionItemKind::MODULE, detail, 1);
            }
        }
        Some(Context::Type) => {
            let schema = &opened.index.schema;
            for name in TYPE_NAMES {
                items.add(
                    name,
                    CompletionItemKind::KEYWORD,
                    t(lang, "lsp-detail-type"),
                    1,
                );
            }
            for (name, detail) in CONTAINERS {
                items.add(name, CompletionItemKind::KEYWORD, t(lang, detail), 1);
            }
            for e in &schema.enums {
                let detail = t(lang, "lsp-detail-enumeration");
                items.add(&e.name, CompletionItemKind::ENUM, detail, 1);
            }
            for c in &schema.collections {
                let collection = [("collection", c.name.as_str().into())];
                let detail = t_args(lang, "lsp-detail-record", &collection);
                items.add(&c.record, CompletionItemKind::STRUCT, detail, 1);
            }
        }
        None => {
            // The word being typed starts where the parser stopped.
            let typed = text[..offset]
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .map(char::len_utf8)
                .sum::<usize>();
            let words = next_words(&with_placeholder, offset - typed);
            for word in &words {
                let (detail, group) = keyword_detail(word);
                items.add(word, CompletionItemKind::KEYWORD, t(lang, detail), group);
            }
            if !words.is_empty() {
                return items.into_vec();
            }
            for keyword in CLAUSE_KEYWORDS {
                let detail = t(lang, "lsp-detail-clause");
                items.add(keyword, CompletionItemKind::KEYWORD, detail, 1);
            }
            for keyword in DECLARATION_KEYWORDS {
                let detail = t(lang, "lsp-detail-declaration");
                items.add(keyword, CompletionItemKind::KEYWORD, detail, 2);
            }
        }
    }
    items.into_vec()
}

/// Whether the cursor is where `disable` or `replace rule` names the rule overridden (the
/// id may be half typed). The file does not parse there yet, so the text is read.
fn names_a_rule(text: &str, offset: usize) -> bool {
    let line = &text[text[..offset].rfind('\n').map_or(0, |i| i + 1)..offset];
    let typed = line
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || "-_./".contains(*c))
        .map(char::len_utf8)
        .sum::<usize>();
    let words: Vec<&str> = line[..line.len() - typed].split_whitespace().collect();
    matches!(words.as_slice(), ["disable"] | ["replace", "rule"])
}

/// The rules of the other files of the rule set: what `disable` and `replace rule` name.
fn rule_ids(items: &mut Items, index: &Index, file: Option<&str>, lang: Lang) {
    for symbol in &index.symbols {
        let declared_in = symbol.origin.source.name();
        if symbol.kind == SymbolKind::Rule && Some(declared_in) != file {
            let detail = t_args(lang, "lsp-detail-rule", &[("file", declared_in.into())]);
            items.add(&symbol.name, CompletionItemKind::EVENT, detail, 1);
        }
    }
}

/// What a keyword the parser expects does (the catalog's id), and its group in the list:
/// the words that go on with what is written first, then clauses, then operators.
fn keyword_detail(word: &str) -> (&'static str, u8) {
    match word {
        "percent" => ("lsp-detail-percent", 0),
        "percent(1)" => ("lsp-detail-percent-decimal", 0),
        "as percent" => ("lsp-detail-as-percent", 0),
        "when" => ("lsp-detail-when", 0),
        "otherwise" => ("lsp-detail-otherwise", 0),
        "error" | "warning" | "info" => ("lsp-detail-severity", 0),
        "and" | "or" | "in" | "is" => ("lsp-detail-keyword", 2),
        _ if CLAUSE_KEYWORDS.contains(&word) => ("lsp-detail-clause", 1),
        _ => ("lsp-detail-keyword", 1),
    }
}

fn fields(items: &mut Items, schema: &Schema, ids: &[u16]) {
    for &id in ids {
        let collection = schema.collection(id);
        for field in &collection.fields {
            let detail = format!("{}: {}", field.name, schema.type_name(&field.ty));
            items.add(&field.name, CompletionItemKind::FIELD, detail, 1);
        }
    }
}

fn names(items: &mut Items, index: &Index, locals: &[usize], expected: Option<&Type>, lang: Lang) {
    let schema = &index.schema;
    if let Some(id) = expected.and_then(Type::enumeration) {
        let definition = schema.enumeration(id);
        for (position, value) in definition.values.iter().enumerate() {
            let label = definition.label(position, lang);
            let detail = format!("{}: {label}", definition.name);
            items.add(value, CompletionItemKind::ENUM_MEMBER, detail, 0);
        }
    }
    for &local in locals {
        let symbol = &index.symbols[local];
        let detail = symbol.ty.clone().unwrap_or_default();
        items.add(&symbol.name, CompletionItemKind::VARIABLE, detail, 1);
    }
    for symbol in &index.symbols {
        let (kind, what) = match symbol.kind {
            SymbolKind::Constant => (CompletionItemKind::CONSTANT, "lsp-detail-constant"),
            SymbolKind::Parameter => (CompletionItemKind::VARIABLE, "lsp-detail-parameter"),
            SymbolKind::Table => (CompletionItemKind::FUNCTION, "lsp-detail-table"),
            _ => continue,
        };
        let what = t(lang, what);
        let detail = match &symbol.ty {
            Some(ty) => format!("{what}: {ty}"),
            None => what,
        };
        items.add(&symbol.name, kind, detail, 2);
    }
    if let Some(header) = schema.header() {
        let collection = schema.collection(header);
        let record = [("record", collection.record.as_str().into())];
        let detail = t_args(lang, "lsp-detail-header", &record);
        items.add(&collection.name, CompletionItemKind::VARIABLE, detail, 2);
    }
    for (name, _) in Builtin::ALL {
        items.add(
            name,
            CompletionItemKind::FUNCTION,
            t(lang, "lsp-detail-function"),
            3,
        );
    }
    for function in [
        AggregateFn::Count,
        AggregateFn::Exists,
        AggregateFn::All,
        AggregateFn::Sum,
        AggregateFn::Min,
        AggregateFn::Max,
        AggregateFn::Average,
        AggregateFn::Share,
        AggregateFn::Distinct,
        AggregateFn::Collect,
    ] {
        items.add(
            function.name(),
            CompletionItemKind::FUNCTION,
            t(lang, "lsp-detail-aggregate"),
            3,
        );
    }
    for keyword in OPERATORS {
        items.add(
            keyword,
            CompletionItemKind::KEYWORD,
            t(lang, "lsp-detail-keyword"),
            4,
        );
    }
}

/// Completions by label (the first of a name wins), each with its group for the order.
#[derive(Default)]
struct Items {
    by_label: BTreeMap<String, CompletionItem>,
}

impl Items {
    fn add(&mut self, label: &str, kind: CompletionItemKind, detail: String, group: u8) {
        if label.contains(PLACEHOLDER) || self.by_label.contains_key(label) {
            return;
        }
        let item = CompletionItem {
            label: label.to_string(),
            kind: Some(kind),
            detail: Some(detail),
            sort_text: Some(format!("{group}{label}")),
            ..CompletionItem::default()
        };
        self.by_label.insert(label.to_string(), item);
    }

    /// In the order a client shows them by default: by group, then name.
    fn into_vec(self) -> Vec<CompletionItem> {
        let mut items: Vec<CompletionItem> = self.by_label.into_values().collect();
        items.sort_by(|a, b| a.sort_text.cmp(&b.sort_text));
        items
    }
}
