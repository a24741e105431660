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

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use lsp_types::{CompletionItem, CompletionItemKind, Position};

use super::position::Lines;
use crate::ast::AggregateFn;
use crate::ir::Builtin;
use crate::resolve::index::{Context, Index, SymbolKind};
use crate::schema::{Schema, Type};
use crate::syntax::{next_words, CLAUSE_KEYWORDS, DECLARATION_KEYWORDS, TYPE_NAMES};

/// A name no drafter writes, so the placeholder never resolves to something real.
const PLACEHOLDER: &str = "staffcheck_completion_placeholder";

const OPERATORS: [&str; 11] = [
    "and", "or", "not", "in", "is", "defined", "if", "then", "else", "true", "false",
];
/// Written before a type: `list of Post` (a plan's field), `set of Post` (a parameter's value).
const CONTAINERS: [(&str, &str); 2] = [
    ("list of", "a list, as a plan's field holds"),
    ("set of", "a set, as a parameter or table holds"),
];

/// The completions at `position` of the rule document `text`, loaded as `path` with the
/// other open rule files' `unsaved` texts.
pub fn complete(
    path: PathBuf,
    text: &str,
    position: Position,
    mut unsaved: HashMap<PathBuf, String>,
) -> Vec<CompletionItem> {
    let offset = Lines::new(text).offset(position);
    let mut with_placeholder = text.to_string();
    with_placeholder.insert_str(offset, PLACEHOLDER);
    unsaved.insert(path.clone(), with_placeholder.clone());
    // Only the index is read, never the errors: their language does not matter.
    let opened = crate::ruleset::load_open(&path, unsaved, crate::lang::Lang::En);
    let name = opened
        .read
        .iter()
        .find(|(_, p)| p.as_ref() == Some(&path))
        .map(|(name, _)| name.as_str());
    let site = name.and_then(|name| opened.index.site_at(name, offset as u32));
    let mut items = Items::default();
    if names_a_rule(text, offset) {
        rule_ids(&mut items, &opened.index, name);
        return items.into_vec();
    }
    match site.map(|s| &s.context) {
        Some(Context::Field(ids)) => fields(&mut items, &opened.index.schema, ids),
        Some(Context::Name { locals, expected }) => {
            names(&mut items, &opened.index, locals, expected.as_ref())
        }
        Some(Context::Collection) => {
            for collection in &opened.index.schema.collections {
                let detail = format!("collection of {}", collection.record);
                items.add(&collection.name, CompletionItemKind::MODULE, detail, 1);
            }
        }
        Some(Context::Type) => {
            let schema = &opened.index.schema;
            for name in TYPE_NAMES {
                items.add(name, CompletionItemKind::KEYWORD, "type".into(), 1);
            }
            for (name, detail) in CONTAINERS {
                items.add(name, CompletionItemKind::KEYWORD, detail.into(), 1);
            }
            for e in &schema.enums {
                items.add(&e.name, CompletionItemKind::ENUM, "enumeration".into(), 1);
            }
            for c in &schema.collections {
                let detail = format!("a record of `{}`", c.name);
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
                items.add(word, CompletionItemKind::KEYWORD, detail.into(), group);
            }
            if !words.is_empty() {
                return items.into_vec();
            }
            for keyword in CLAUSE_KEYWORDS {
                items.add(keyword, CompletionItemKind::KEYWORD, "clause".into(), 1);
            }
            for keyword in DECLARATION_KEYWORDS {
                items.add(
                    keyword,
                    CompletionItemKind::KEYWORD,
                    "declaration".into(),
                    2,
                );
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
fn rule_ids(items: &mut Items, index: &Index, file: Option<&str>) {
    for symbol in &index.symbols {
        let declared_in = symbol.origin.source.name();
        if symbol.kind == SymbolKind::Rule && Some(declared_in) != file {
            let detail = format!("rule of {declared_in}");
            items.add(&symbol.name, CompletionItemKind::EVENT, detail, 1);
        }
    }
}

/// What a keyword the parser expects does, and its group in the list: the words that go on
/// with what is written first, then clauses, then operators.
fn keyword_detail(word: &str) -> (&'static str, u8) {
    match word {
        "percent" => ("a fraction shown as a percentage", 0),
        "percent(1)" => ("a fraction shown as a percentage, one decimal", 0),
        "as percent" => ("shows a fraction as a percentage", 0),
        "when" => ("a condition", 0),
        "otherwise" => ("what holds where the condition does not", 0),
        "error" | "warning" | "info" => ("severity", 0),
        "and" | "or" | "in" | "is" => ("keyword", 2),
        _ if CLAUSE_KEYWORDS.contains(&word) => ("clause", 1),
        _ => ("keyword", 1),
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

fn names(items: &mut Items, index: &Index, locals: &[usize], expected: Option<&Type>) {
    let schema = &index.schema;
    if let Some(id) = expected.and_then(Type::enumeration) {
        let definition = schema.enumeration(id);
        for (position, value) in definition.values.iter().enumerate() {
            let label = definition.label(position, crate::lang::Lang::En);
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
            SymbolKind::Constant => (CompletionItemKind::CONSTANT, "constant"),
            SymbolKind::Parameter => (CompletionItemKind::VARIABLE, "parameter"),
            SymbolKind::Table => (CompletionItemKind::FUNCTION, "table"),
            _ => continue,
        };
        let detail = match &symbol.ty {
            Some(ty) => format!("{what}: {ty}"),
            None => what.to_string(),
        };
        items.add(&symbol.name, kind, detail, 2);
    }
    if let Some(header) = schema.header() {
        let collection = schema.collection(header);
        let detail = format!("the plan's header: {}", collection.record);
        items.add(&collection.name, CompletionItemKind::VARIABLE, detail, 2);
    }
    for (name, _) in Builtin::ALL {
        items.add(name, CompletionItemKind::FUNCTION, "function".into(), 3);
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
            "aggregate".into(),
            3,
        );
    }
    for keyword in OPERATORS {
        items.add(keyword, CompletionItemKind::KEYWORD, "keyword".into(), 4);
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
