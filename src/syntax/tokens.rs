//! The pieces of a rule file an editor colours, as the grammar reads them: keywords,
//! operators, texts, numbers, comments, names and rule ids. The syntax tree keeps no
//! keywords or operators, so this walks the grammar's own parse of the file; what a name
//! stands for is the resolver's to say (`resolve::index`).

use super::{comments, pieces, Piece, Rule};
use crate::source::{Source, Span};
use pest::iterators::Pair;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenClass {
    Keyword,
    Operator,
    Text,
    Number,
    Comment,
    /// A name: what it stands for is known once the rules are resolved.
    Name,
    RuleId,
    /// An aggregate (`count`, `share`...), a function of the grammar itself.
    Aggregate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub class: TokenClass,
}

/// The tokens of a file in order, none inside another. Where the file does not parse, the
/// declarations that do (the parser resumes at the next one, as `parse` does) still have
/// theirs, and comments are tokens everywhere.
pub fn tokens(source: &Source) -> Vec<Token> {
    let mut tokens = Vec::new();
    for piece in pieces(source.text()) {
        if let Piece::Parsed(offset, pairs) = piece {
            pairs
                .flatten()
                .for_each(|pair| classify(&pair, offset, &mut tokens));
        }
    }
    for comment in comments(source) {
        tokens.push(Token {
            span: comment.span,
            class: TokenClass::Comment,
        });
    }
    tokens.sort_by_key(|t| (t.span.start, std::cmp::Reverse(t.span.end)));
    // Nothing nested is kept: a number inside a duration is the duration's.
    let mut end = 0;
    tokens.retain(|t| {
        let keep = t.span.start >= end;
        end = end.max(t.span.end);
        keep
    });
    tokens
}

/// The token a grammar rule's pair stands for, if any, its span moved by `base`.
fn classify(pair: &Pair<Rule>, base: usize, tokens: &mut Vec<Token>) {
    let span = pair.as_span();
    let (start, end) = (base + span.start(), base + span.end());
    let mut push = |start: usize, end: usize, class| {
        tokens.push(Token {
            span: Span::new(start, end),
            class,
        })
    };
    let class = match pair.as_rule() {
        Rule::compare_op | Rule::sum_op | Rule::product_op | Rule::neg_op => TokenClass::Operator,
        Rule::string | Rule::template_text => TokenClass::Text,
        // A message's quotes; its text between holes comes as `template_text`, and what
        // is in a hole as the expression's own tokens.
        Rule::template => {
            push(start, start + 1, TokenClass::Text);
            push(end - 1, end, TokenClass::Text);
            return;
        }
        Rule::date
        | Rule::duration
        | Rule::percent
        | Rule::decimal
        | Rule::integer
        | Rule::percent_digits => TokenClass::Number,
        Rule::ident | Rule::field_name => TokenClass::Name,
        Rule::rule_id => TokenClass::RuleId,
        Rule::aggregate_fn => TokenClass::Aggregate,
        rule if is_keyword(rule) => TokenClass::Keyword,
        _ => return,
    };
    push(start, end, class);
}

/// The grammar's keywords: every `kw_*` rule (so a keyword added to the grammar is
/// coloured without a change here), and the words it matches as rules of their own.
fn is_keyword(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::extend
            | Rule::single
            | Rule::optional
            | Rule::severity
            | Rule::and_op
            | Rule::or_op
            | Rule::not_op
            | Rule::boolean
    ) || format!("{rule:?}").starts_with("kw_")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn classes(text: &str) -> Vec<(String, TokenClass)> {
        let source = SourceFile::new("t.rules", text);
        tokens(&source)
            .into_iter()
            .map(|t| (source.slice(t.span).to_string(), t.class))
            .collect()
    }

    #[test]
    fn a_declaration_that_does_not_parse_leaves_the_others_their_tokens() {
        use TokenClass::*;
        let text = "const a = 1\nrule R \"t\" {\n  require x.\n}\n// c\nconst b = 2 days\n";
        let expected = [
            ("const", Keyword),
            ("a", Name),
            ("1", Number),
            ("// c", Comment),
            ("const", Keyword),
            ("b", Name),
            ("2 days", Number),
        ];
        let expected: Vec<(String, TokenClass)> =
            expected.iter().map(|(t, c)| (t.to_string(), *c)).collect();
        assert_eq!(classes(text), expected);
    }
}
