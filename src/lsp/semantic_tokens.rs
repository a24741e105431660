//! Semantic tokens of a rule file: the grammar's tokens (`syntax::tokens`), each name typed
//! by what the resolver found it stands for (a field, an enumeration value, a parameter, a
//! constant, a table...), and marked where it is declared, read-only where a rule cannot
//! change it, and as the default library where it is built in.

use std::collections::HashMap;

use lsp_types::{
    Range, SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokens,
    SemanticTokensLegend,
};

use super::analysed::Analysed;
use super::position::Lines;
use crate::ir::Builtin;
use crate::resolve::index::{Index, SymbolKind};
use crate::ruleset::BUILTIN_PREFIX;
use crate::syntax::{TokenClass, TYPE_NAMES};

/// The token types, in the legend's order: a token's type is its position here.
const TYPES: [SemanticTokenType; 14] = [
    SemanticTokenType::KEYWORD,
    SemanticTokenType::OPERATOR,
    SemanticTokenType::STRING,
    SemanticTokenType::NUMBER,
    SemanticTokenType::COMMENT,
    SemanticTokenType::FUNCTION,
    SemanticTokenType::EVENT,
    SemanticTokenType::CLASS,
    SemanticTokenType::TYPE,
    SemanticTokenType::PROPERTY,
    SemanticTokenType::ENUM,
    SemanticTokenType::ENUM_MEMBER,
    SemanticTokenType::VARIABLE,
    SemanticTokenType::PARAMETER,
];

/// The modifiers, in the legend's order: modifier `i` is bit `i`.
const MODIFIERS: [SemanticTokenModifier; 3] = [
    SemanticTokenModifier::DECLARATION,
    SemanticTokenModifier::READONLY,
    SemanticTokenModifier::DEFAULT_LIBRARY,
];
const DECLARATION: u32 = 1;
const READONLY: u32 = 1 << 1;
const DEFAULT_LIBRARY: u32 = 1 << 2;

pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TYPES.to_vec(),
        token_modifiers: MODIFIERS.to_vec(),
    }
}

/// The document's tokens as last loaded, those that start in `range` if one is given.
pub fn tokens(analysed: &Analysed, range: Option<Range>) -> Option<SemanticTokens> {
    let file = analysed.own_file()?;
    let source = &file.source;
    let index = &analysed.opened.index;
    // Each name written in this file: the symbol it stands for, and whether it declares it.
    let names: HashMap<(u32, u32), (usize, bool)> = index
        .references
        .iter()
        .filter(|r| r.file == source.name())
        .map(|r| ((r.span.start, r.span.end), (r.symbol, r.declaration)))
        .collect();
    let lines = Lines::new(source.text());
    let mut data = Vec::new();
    let (mut line, mut column) = (0, 0);
    for token in crate::syntax::tokens(source) {
        let text = source.slice(token.span);
        let symbol = names.get(&(token.span.start, token.span.end)).copied();
        let Some((ty, modifiers)) = type_of(token.class, text, symbol, index) else {
            continue;
        };
        let start = lines.position(token.span.start as usize);
        let end = lines.position(token.span.end as usize);
        if range.is_some_and(|r| start < r.start || start >= r.end) {
            continue;
        }
        // No token of the grammar spans lines (texts and comments end with theirs).
        if end.line != start.line {
            continue;
        }
        let delta_line = start.line - line;
        let delta_start = match delta_line {
            0 => start.character - column,
            _ => start.character,
        };
        data.push(SemanticToken {
            delta_line,
            delta_start,
            length: end.character - start.character,
            token_type: type_index(&ty),
            token_modifiers_bitset: modifiers,
        });
        (line, column) = (start.line, start.character);
    }
    Some(SemanticTokens {
        result_id: None,
        data,
    })
}

fn type_index(ty: &SemanticTokenType) -> u32 {
    TYPES.iter().position(|t| t == ty).unwrap_or(0) as u32
}

/// A token's type and modifiers; none for a name the resolver did not resolve.
fn type_of(
    class: TokenClass,
    text: &str,
    symbol: Option<(usize, bool)>,
    index: &Index,
) -> Option<(SemanticTokenType, u32)> {
    let ty = match class {
        TokenClass::Keyword => SemanticTokenType::KEYWORD,
        TokenClass::Operator => SemanticTokenType::OPERATOR,
        TokenClass::Text => SemanticTokenType::STRING,
        TokenClass::Number => SemanticTokenType::NUMBER,
        TokenClass::Comment => SemanticTokenType::COMMENT,
        TokenClass::Aggregate => return Some((SemanticTokenType::FUNCTION, DEFAULT_LIBRARY)),
        TokenClass::Name | TokenClass::RuleId => {
            return match symbol {
                Some((symbol, declaration)) => Some(symbol_type(index, symbol, text, declaration)),
                None if TYPE_NAMES.contains(&text) => {
                    Some((SemanticTokenType::TYPE, DEFAULT_LIBRARY))
                }
                None if Builtin::ALL.iter().any(|(name, _)| *name == text) => {
                    Some((SemanticTokenType::FUNCTION, DEFAULT_LIBRARY))
                }
                None => None,
            }
        }
    };
    Some((ty, 0))
}

/// The type and modifiers of a name that stands for `symbol`.
fn symbol_type(
    index: &Index,
    symbol: usize,
    text: &str,
    declaration: bool,
) -> (SemanticTokenType, u32) {
    let symbol = &index.symbols[symbol];
    let (ty, readonly) = match symbol.kind {
        // A collection and its record type are one symbol, known by the collection's name:
        // the record type is the other name (`collection people: Person`).
        SymbolKind::Collection if text != symbol.name => (SemanticTokenType::TYPE, false),
        SymbolKind::Collection => (SemanticTokenType::CLASS, false),
        SymbolKind::Field => (SemanticTokenType::PROPERTY, false),
        SymbolKind::Enum => (SemanticTokenType::ENUM, false),
        SymbolKind::EnumValue => (SemanticTokenType::ENUM_MEMBER, true),
        SymbolKind::Constant => (SemanticTokenType::VARIABLE, true),
        SymbolKind::Parameter => (SemanticTokenType::PARAMETER, true),
        SymbolKind::Table => (SemanticTokenType::FUNCTION, false),
        SymbolKind::Rule => (SemanticTokenType::EVENT, false),
        SymbolKind::Variable => (SemanticTokenType::VARIABLE, false),
    };
    let builtin = symbol.origin.source.name().starts_with(BUILTIN_PREFIX);
    let flag = |on: bool, flag: u32| if on { flag } else { 0 };
    let modifiers =
        flag(declaration, DECLARATION) | flag(readonly, READONLY) | flag(builtin, DEFAULT_LIBRARY);
    (ty, modifiers)
}
