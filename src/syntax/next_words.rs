//! The words the grammar accepts where a text stops parsing, for an editor's completion:
//! `percent` after `as ` in a message's value, `when` after `severity error `, `otherwise`
//! after its condition. Asked of the parser itself, so the list follows the grammar.

use pest::error::{ErrorVariant, InputLocation};

use super::{pieces, Piece, Rule};

/// The keywords that can be written at byte `at` of `text`, if the text's first syntax
/// error is there (an editor's placeholder name written at the cursor makes it so), in
/// the grammar's order, each once.
pub fn next_words(text: &str, at: usize) -> Vec<&'static str> {
    let mut words = Vec::new();
    for piece in pieces(text) {
        let Piece::Failed(offset, error) = piece else {
            continue;
        };
        let stopped = match error.location {
            InputLocation::Pos(pos) => pos,
            InputLocation::Span((start, _)) => start,
        };
        if offset + stopped != at {
            continue;
        }
        if let ErrorVariant::ParsingError { positives, .. } = &error.variant {
            for word in positives.iter().flat_map(|rule| starting(*rule)) {
                if !words.contains(word) {
                    words.push(*word);
                }
            }
        }
    }
    words
}

/// The keywords a grammar rule starts with.
fn starting(rule: Rule) -> &'static [&'static str] {
    use Rule::*;
    match rule {
        kw_percent => &["percent", "percent(1)"],
        as_percent | kw_as => &["as percent"],
        kw_when | table_row => &["when"],
        kw_otherwise | otherwise_row => &["otherwise"],
        kw_then => &["then"],
        kw_else => &["else"],
        severity => &["error", "warning", "info"],
        severity_clause | kw_severity => &["severity"],
        source_clause | kw_source => &["source"],
        url_clause | kw_url => &["url"],
        checked_clause | kw_checked => &["checked"],
        effective_clause | kw_effective => &["effective"],
        for_clause | kw_for => &["for"],
        let_clause | kw_let => &["let"],
        where_clause | kw_where => &["where"],
        require_clause | kw_require => &["require"],
        at_clause | kw_at => &["at"],
        message_clause | kw_message => &["message"],
        help_clause | kw_help => &["help"],
        reason_clause | kw_reason => &["reason"],
        disable_decl | kw_disable => &["disable"],
        kw_replace => &["replace"],
        and_op => &["and"],
        or_op => &["or"],
        in_tail | kw_in => &["in"],
        is_defined_tail | is_type_tail | kw_is => &["is"],
        _ => &[],
    }
}
