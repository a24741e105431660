//! A symbol's declaration in the syntax tree the loader parsed, found by where its name is
//! written, and the comment a drafter wrote about it.

use crate::ast::{
    CollectionDecl, ConstDecl, EnumDecl, EnumValue, FieldDecl, Item, ParamDecl, RuleDecl, RuleFile,
    TableDecl,
};
use crate::schema::Origin;
use crate::source::Span;

pub enum Declaration<'a> {
    Collection(&'a CollectionDecl),
    Field(&'a FieldDecl),
    Enum(&'a EnumDecl),
    EnumValue(&'a EnumValue),
    Const(&'a ConstDecl),
    Param(&'a ParamDecl),
    Table(&'a TableDecl),
    Rule(&'a RuleDecl),
}

impl Declaration<'_> {
    /// The lines the declaration starts on, for its comment: a field or value has its own.
    fn span(&self) -> Span {
        match self {
            Declaration::Collection(d) => d.span,
            Declaration::Field(f) => f.span,
            Declaration::Enum(d) => d.span,
            Declaration::EnumValue(v) => v.name.span,
            Declaration::Const(d) => d.span,
            Declaration::Param(d) => d.span,
            Declaration::Table(d) => d.span,
            Declaration::Rule(d) => d.span,
        }
    }
}

/// The declaration whose name is written at `origin`, and its file.
pub fn find<'a>(files: &'a [RuleFile], origin: &Origin) -> Option<(&'a RuleFile, Declaration<'a>)> {
    let file = files
        .iter()
        .find(|f| f.source.name() == origin.source.name())?;
    let at = origin.span;
    let found = file.items.iter().find_map(|item| match item {
        Item::Collection(d) if d.name.span == at => Some(Declaration::Collection(d)),
        Item::Collection(d) => d
            .fields
            .iter()
            .find(|f| f.name.span == at)
            .map(Declaration::Field),
        Item::Enum(d) if d.name.span == at => Some(Declaration::Enum(d)),
        Item::Enum(d) => d
            .values
            .iter()
            .find(|v| v.name.span == at)
            .map(Declaration::EnumValue),
        Item::Const(d) if d.name.span == at => Some(Declaration::Const(d)),
        Item::Param(d) if d.name.span == at => Some(Declaration::Param(d)),
        Item::Table(d) if d.name.span == at => Some(Declaration::Table(d)),
        Item::Rule(d) if d.id.span == at => Some(Declaration::Rule(d)),
        _ => None,
    })?;
    Some((file, found))
}

/// The `//` comment lines right above the declaration, then one at the end of its first
/// line, without their slashes.
pub fn comment(file: &RuleFile, declaration: &Declaration) -> Option<String> {
    let source = &file.source;
    let span = declaration.span();
    let line_of = |offset: u32| source.location(offset as usize).line;
    let first = line_of(span.start);
    let mut above: Vec<&str> = Vec::new();
    let mut expected = first;
    for comment in file
        .comments
        .iter()
        .rev()
        .filter(|c| c.span.start < span.start)
    {
        let line = line_of(comment.span.start);
        // A comment that starts its line, on the line just above the last one taken.
        let own_line = source.text()[..comment.span.start as usize]
            .rsplit('\n')
            .next()
            .is_some_and(|before| before.trim().is_empty());
        if line + 1 != expected || !own_line {
            break;
        }
        above.push(strip(&comment.text));
        expected = line;
    }
    above.reverse();
    let trailing = file
        .comments
        .iter()
        .find(|c| c.span.start >= span.start && line_of(c.span.start) == first)
        .map(|c| strip(&c.text));
    let lines: Vec<&str> = above.into_iter().chain(trailing).collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

fn strip(comment: &str) -> &str {
    let text = comment.strip_prefix("//").unwrap_or(comment);
    text.strip_prefix(' ').unwrap_or(text).trim_end()
}
