//! A bound on how deeply a rule file nests, checked before pest sees it.
//!
//! pest parses nested expressions by recursion, and the lowering, the resolver and the
//! evaluator walk them the same way: `((((…))))` a hundred thousand times deep would exhaust
//! the stack. pest guards its own stack and gives up with "stack limit reached" wherever the
//! stack happens to run out; this scan refuses the file first, at the bracket or `if` that
//! goes too deep, with a message that says so. Chains that pest reads without recursion
//! (`not not x`, `a + b + c`) are bounded where they are lowered (`lower.rs`).

use super::{CLAUSE_KEYWORDS, DECLARATION_KEYWORDS};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::source::{Source, Span};

/// Brackets (`(`, `[`, `{`, and the `{…}` holes of a message) and `if`s nested in one another.
/// The built-in rules need 6; 64 keeps every stage's recursion far from a thread's stack.
pub const MAX_NESTING: usize = 64;

/// Whether a word ends the expression before it, closing the `if`s in it: every word that
/// starts a declaration or a clause (so a keyword added to those lists is one here), and a
/// table's or a severity's `when` and `otherwise`.
fn ends_expression(word: &str) -> bool {
    DECLARATION_KEYWORDS.contains(&word)
        || CLAUSE_KEYWORDS.contains(&word)
        || matches!(word, "when" | "otherwise")
}

/// One open bracket (or the file's top level) and the `if`s open inside it.
struct Level {
    close: u8,
    ifs: usize,
}

/// Refuses the first place where brackets and `if`s nest deeper than `MAX_NESTING`.
pub fn check(source: &Source, base: usize, lang: Lang) -> Result<(), Diagnostic> {
    let text = &source.text()[base..];
    let bytes = text.as_bytes();
    // The top level, then one level per open bracket.
    let mut levels = vec![Level { close: 0, ifs: 0 }];
    let mut depth = 0usize;
    let mut i = 0;
    // The last word read: a string after `message` is a template, whose `{` open holes.
    let mut after_message = false;
    while i < bytes.len() {
        let byte = bytes[i];
        match byte {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr(b'\n', bytes, i).unwrap_or(bytes.len());
                continue;
            }
            b'"' => {
                i = string(bytes, i + 1, after_message, &mut levels, &mut depth);
                after_message = false;
                if depth > MAX_NESTING {
                    // At the `{` that opened a hole.
                    return Err(too_deep(source, base + i - 1, lang));
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                let close = match byte {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                levels.push(Level { close, ifs: 0 });
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(too_deep(source, base + i, lang));
                }
            }
            b')' | b']' | b'}' if levels.len() > 1 => {
                if let Some(level) = levels.pop() {
                    // A message's marker is no level of its own.
                    let own = usize::from(level.close != b'"');
                    depth = depth.saturating_sub(own + level.ifs);
                }
                // The `}` that closes a message's hole: back in the message's text.
                if byte == b'}' && levels.last().is_some_and(|l| l.close == b'"') {
                    levels.pop();
                    i = string(bytes, i + 1, true, &mut levels, &mut depth);
                    if depth > MAX_NESTING {
                        return Err(too_deep(source, base + i - 1, lang));
                    }
                    continue;
                }
            }
            b',' => close_ifs(&mut levels, &mut depth),
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                let word = &text[start..i];
                after_message = word == "message";
                if word == "if" {
                    if let Some(level) = levels.last_mut() {
                        level.ifs += 1;
                    }
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Err(too_deep(source, base + start, lang));
                    }
                } else if ends_expression(word) {
                    close_ifs(&mut levels, &mut depth);
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

fn close_ifs(levels: &mut [Level], depth: &mut usize) {
    if let Some(level) = levels.last_mut() {
        *depth = depth.saturating_sub(level.ifs);
        level.ifs = 0;
    }
}

/// Skips a string from just after its opening quote; returns where scanning resumes. In a
/// message, a `{` opens a hole: its level (and a marker for the message) is pushed and the
/// scan resumes inside it, to come back here at its `}`.
fn string(
    bytes: &[u8],
    mut i: usize,
    template: bool,
    levels: &mut Vec<Level>,
    depth: &mut usize,
) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' | b'\n' => return i + 1,
            b'{' if template => {
                levels.push(Level {
                    close: b'"',
                    ifs: 0,
                });
                levels.push(Level {
                    close: b'}',
                    ifs: 0,
                });
                *depth += 1;
                return i + 1;
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

fn memchr(needle: u8, bytes: &[u8], from: usize) -> Option<usize> {
    bytes[from..]
        .iter()
        .position(|&b| b == needle)
        .map(|i| from + i)
}

fn too_deep(source: &Source, at: usize, lang: Lang) -> Diagnostic {
    let end = source.text()[at..]
        .chars()
        .next()
        .map_or(at, |c| at + c.len_utf8());
    let end = if source.text()[at..].starts_with("if") {
        at + 2
    } else {
        end
    };
    Diagnostic::error(
        Code::Syntax,
        t_args(lang, "nesting-too-deep", &[("max", MAX_NESTING.into())]),
    )
    .at(
        source,
        Span::new(at, end),
        t(lang, "nesting-too-deep-label"),
    )
    .help(t(lang, "nesting-too-deep-help"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn nests(text: &str) -> Result<(), String> {
        check(&SourceFile::new("t.rules", text), 0, Lang::En).map_err(|d| d.message)
    }

    #[test]
    fn counts_brackets_ifs_and_message_holes() {
        let parens = |n: usize| format!("const x = {}1{}", "(".repeat(n), ")".repeat(n));
        assert!(nests(&parens(MAX_NESTING)).is_ok());
        assert!(nests(&parens(MAX_NESTING + 1)).is_err());
        let ifs = |n: usize| format!("const x = {}1", "if a then 1 else ".repeat(n));
        assert!(nests(&ifs(MAX_NESTING)).is_ok());
        assert!(nests(&ifs(MAX_NESTING + 1)).is_err());
        // Sequential `if`s close at a comma or a clause keyword.
        let listed = format!("const x = [{}]", "if a then 1 else 2, ".repeat(500));
        assert!(nests(&listed).is_ok());
        let clauses = format!(
            "rule R \"t\" {{ {} }}",
            "where if a then b else c ".repeat(500)
        );
        assert!(nests(&clauses).is_ok());
        // Holes of a message nest; braces in other strings and comments do not count.
        let holes = |n: usize| format!("rule R \"t\" {{ message \"{}\" }}", "{f(".repeat(n));
        assert!(nests(&holes(MAX_NESTING / 2 - 1)).is_ok());
        assert!(nests(&holes(MAX_NESTING)).is_err());
        let text = format!("const x = \"{}\" // {}\n", "(".repeat(500), "{".repeat(500));
        assert!(nests(&text).is_ok());
        // A table's `otherwise` closes them: an `if` chain in one row and brackets in the
        // next are not nested in one another (this was refused). `url` and `checked` close
        // them too, though the clause keyword after their string or date always did.
        let row = |ifs: usize| format!("when a then {}1", "if a then 1 else ".repeat(ifs));
        let otherwise = format!("otherwise {}1{}", "(".repeat(30), ")".repeat(30));
        let table = format!("table t(a: boolean): integer {{ {} {otherwise} }}", row(40));
        assert!(nests(&table).is_ok());
        let clauses = "where if a then b else c url \"u\" checked 2025-01-01 ".repeat(100);
        assert!(nests(&format!("rule R \"t\" {{ {clauses} }}")).is_ok());
        let message = "rule R \"t\" { message \"{a.name} ({a.id}) {\\\"x\\\"} {f(\"}\")}\" }";
        assert!(nests(&message.repeat(200)).is_ok());
    }
}
