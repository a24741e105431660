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

#[cfg(test)]
mod tests;
