//! Text of a rule file → owned AST. The only module that knows pest: its `Pair`s and
//! lifetimes stop here, and its rule names never reach the user (see `expected.rs`).

mod expected;
mod lower;
mod nesting;
mod next_words;
mod slip;
mod tokens;

pub use lower::MAX_EXPR_DEPTH;
pub use nesting::MAX_NESTING;

pub use lower::parse_date;
pub use next_words::next_words;
pub use tokens::{tokens, Token, TokenClass};

use pest::error::{ErrorVariant, InputLocation};
use pest::Parser;

use crate::ast::{Comment, RuleFile};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::source::{Source, Span};

/// The types every rule file has, besides its enumerations and record types.
pub const TYPE_NAMES: [&str; 6] = ["text", "integer", "decimal", "boolean", "date", "duration"];

/// The words that start a declaration.
pub const DECLARATION_KEYWORDS: [&str; 10] = [
    "include",
    "enum",
    "extend",
    "collection",
    "const",
    "param",
    "table",
    "rule",
    "replace",
    "disable",
];

/// The words that start a clause of a rule.
pub const CLAUSE_KEYWORDS: [&str; 13] = [
    "reason",
    "severity",
    "source",
    "url",
    "checked",
    "effective",
    "for",
    "let",
    "where",
    "require",
    "at",
    "message",
    "help",
];

#[derive(pest_derive::Parser)]
#[grammar = "grammar/staffcheck.pest"]
struct RuleParser;

/// Parses one rule file. On a syntax error, returns it (and any later ones found by
/// resuming at the next top-level declaration), said in `lang`.
pub fn parse(source: &Source, lang: Lang) -> Result<RuleFile, Vec<Diagnostic>> {
    let (file, errors) = parse_recovering(source, lang);
    match errors.is_empty() {
        true => Ok(file),
        false => Err(errors),
    }
}

/// Parses one rule file as far as it can, for an editor: the declarations that parse (all
/// but the one each syntax error is in, and those after it up to the next declaration), and
/// the errors `parse` reports.
pub fn parse_recovering(source: &Source, lang: Lang) -> (RuleFile, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let mut items = Vec::new();
    match nesting::check(source, 0, lang) {
        Err(error) => errors.push(error),
        Ok(()) => {
            for piece in pieces(source.text()) {
                match piece {
                    Piece::Parsed(offset, mut pairs) => {
                        match lower::Lowerer::new(source, offset, lang).file(pairs.next()) {
                            Ok(mut more) => items.append(&mut more),
                            Err(mut lowering_errors) => errors.append(&mut lowering_errors),
                        }
                    }
                    Piece::Failed(offset, error) => {
                        errors.push(syntax_error(source, offset, &error, lang))
                    }
                }
            }
        }
    }
    let file = RuleFile {
        source: source.clone(),
        items,
        comments: comments(source),
    };
    (file, errors)
}

/// A stretch of a rule file as the grammar reads it: parsed from `offset` on, or the error
/// found in the text from `offset` on.
enum Piece<'i> {
    Parsed(usize, pest::iterators::Pairs<'i, Rule>),
    Failed(usize, pest::error::Error<Rule>),
}

/// The file in pieces, in order. After an error, the declarations before the one it is in
/// are parsed again on their own, and parsing resumes at the next line that starts a
/// declaration, so one typo hides neither what comes before it nor the errors after it.
fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut offset = 0;
    while offset <= text.len() {
        match RuleParser::parse(Rule::file, &text[offset..]) {
            Ok(pairs) => {
                pieces.push(Piece::Parsed(offset, pairs));
                break;
            }
            Err(error) => {
                let at = match error.location {
                    InputLocation::Pos(pos) => pos,
                    InputLocation::Span((start, _)) => start,
                };
                let failing = declaration_start(text, offset + at).max(offset);
                // Unless the error is only found later (a `}` missing), these parse.
                if let Ok(pairs) = RuleParser::parse(Rule::file, &text[offset..failing]) {
                    pieces.push(Piece::Parsed(offset, pairs));
                }
                pieces.push(Piece::Failed(offset, error));
                match next_declaration(text, offset + at + 1) {
                    Some(next) => offset = next,
                    None => break,
                }
            }
        }
    }
    pieces
}

fn syntax_error(
    source: &Source,
    base: usize,
    error: &pest::error::Error<Rule>,
    lang: Lang,
) -> Diagnostic {
    let (start, end) = match error.location {
        InputLocation::Pos(pos) => (pos, pos),
        InputLocation::Span((start, end)) => (start, end),
    };
    let text = source.text();
    let start_abs = base + start;
    // Point at the whole offending token, not just its first byte.
    let token_end = if end > start {
        base + end
    } else {
        text[start_abs..]
            .char_indices()
            .find(|&(_, c)| c.is_whitespace() || (!c.is_alphanumeric() && c != '_'))
            .map_or(text.len(), |(i, c)| {
                start_abs + if i == 0 { c.len_utf8() } else { i }
            })
    };
    let span = Span::new(start_abs, token_end.min(text.len()));
    let found = match source.slice(span) {
        "" => t(lang, "expected-end-of-file"),
        token => format!("`{token}`"),
    };
    let token = source.slice(span);
    let line_rest = text[start_abs..].lines().next().unwrap_or("");
    let positives: &[Rule] = match &error.variant {
        ErrorVariant::ParsingError { positives, .. } => positives,
        ErrorVariant::CustomError { .. } => &[],
    };
    if let Some(slip) = slip::recognise(text, start_abs, token, positives, lang) {
        let at = slip.at.map_or(span, |(start, end)| Span::new(start, end));
        Diagnostic::error(Code::Syntax, slip.message)
            .at(source, at, &slip.label)
            .help(slip.help)
            .replacing(slip.replacements)
    } else if token == "\"" && !line_rest[1..].contains('"') {
        Diagnostic::error(Code::Syntax, t(lang, "syntax-unclosed-text"))
            .at(source, span, t(lang, "syntax-unclosed-text-label"))
            .help(t(lang, "syntax-unclosed-text-help"))
    } else {
        let label = t(
            lang,
            match token.is_empty() {
                true => "syntax-file-ends-here",
                false => "syntax-unexpected-here",
            },
        );
        let message = match &error.variant {
            ErrorVariant::ParsingError { positives, .. } => {
                let expected = expected::describe(positives, lang);
                t_args(
                    lang,
                    "syntax-expected",
                    &[("expected", expected.into()), ("found", found.into())],
                )
            }
            // pest's own guard, should the stack run short before `nesting.rs` refuses.
            ErrorVariant::CustomError { message } if message.contains("limit reached") => {
                t(lang, "syntax-too-deep")
            }
            ErrorVariant::CustomError { message } => message.clone(),
        };
        let starts_declaration = DECLARATION_KEYWORDS.contains(&token);
        let help = match starts_declaration {
            true => "syntax-declaration-starts-help",
            false => "syntax-see-grammar-help",
        };
        Diagnostic::error(Code::Syntax, message)
            .at(source, span, &label)
            .help(t(lang, help))
    }
}

/// Whether a line begins a top-level declaration: a declaration keyword at its start.
fn starts_declaration(line: &str) -> bool {
    DECLARATION_KEYWORDS.iter().any(|keyword| {
        line.strip_prefix(keyword)
            .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// The start of the next line, at or after `from`, that begins a top-level declaration.
fn next_declaration(text: &str, from: usize) -> Option<usize> {
    let mut from = from.min(text.len());
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut offset = text[..from].rfind('\n').map_or(0, |i| i + 1);
    for line in text[offset..].split_inclusive('\n') {
        if offset >= from && starts_declaration(line) {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

/// The start of the line, at or before `at`, that begins the declaration `at` is in; 0 if
/// none does.
fn declaration_start(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut end = at;
    loop {
        let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        if start == 0 || starts_declaration(&text[start..]) {
            return start;
        }
        end = start - 1;
    }
}

/// Every `//` comment outside a string, with its span.
fn comments(source: &Source) -> Vec<Comment> {
    let Ok(pairs) = RuleParser::parse(Rule::trivia, source.text()) else {
        return Vec::new();
    };
    pairs
        .flatten()
        .filter(|pair| pair.as_rule() == Rule::comment_text)
        .map(|pair| Comment {
            text: pair.as_str().to_string(),
            span: Span::new(pair.as_span().start(), pair.as_span().end()),
        })
        .collect()
}

#[cfg(test)]
mod tests;
