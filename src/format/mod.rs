//! `staffcheck fmt`: the one canonical layout of a rule file, every comment kept.
//!
//! Two-space indentation inside braces, one clause, field, row or value per line, a blank
//! line around every declaration of more than one line. A declaration that fits is kept on
//! one line (`enum Sex { male, female }`, a parameter of one value, a set constant) up to
//! 100 columns; past that, or with a comment inside, it takes one element per line.
//! Literals are printed as written; parentheses are those precedence needs.

mod decl;
mod equal;
mod expr;
mod layout;

pub use equal::same_shape;

use crate::ast::RuleFile;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::source::{Source, SourceFile};

/// The widest a declaration is kept on one line.
pub const MAX_WIDTH: usize = 100;

/// The file in canonical layout.
pub fn format(file: &RuleFile) -> String {
    let src = file.source.text();
    let mut out = layout::Out::new(src, &file.comments);
    let mut previous_multiline = false;
    for (i, item) in file.items.iter().enumerate() {
        let multiline = decl::item(&mut out, src, item, i > 0, previous_multiline);
        previous_multiline = multiline;
    }
    out.finish()
}

/// A rule file's text in canonical layout, refused when it does not parse, or when the
/// layout would lose a comment or change the meaning (checked before anyone writes it).
pub fn format_checked(source: &Source, lang: Lang) -> Result<String, Vec<Diagnostic>> {
    let name = source.name();
    let old = source.text();
    let file = crate::syntax::parse(source, lang)?;
    let new = format(&file);
    // Comments are located by a second pass over the text (`trivia`), which gives up on
    // some files (a message whose `{...}` spans lines): then none would be put back.
    if new.matches("//").count() != old.matches("//").count() {
        return Err(vec![Diagnostic::error(
            Code::Syntax,
            t_args(lang, "fmt-comments-lost", &[("name", name.into())]),
        )
        .help(t(lang, "fmt-comments-lost-help"))]);
    }
    // The formatter's promise, checked before anything is written.
    let again = crate::syntax::parse(&SourceFile::new(name, new.clone()), lang);
    if !again.is_ok_and(|again| same_shape(&file, &again)) {
        return Err(vec![Diagnostic::error(
            Code::Syntax,
            format!("internal error: formatting {name} would change its meaning or comments"),
        )
        .help("this is a bug in staffcheck; please report it with the file")]);
    }
    Ok(new)
}

#[cfg(test)]
mod tests;
