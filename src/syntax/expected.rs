//! Plain words for what the parser expected, so users never see grammar rule names.

use super::Rule;
use crate::i18n::{t, t_args};
use crate::lang::Lang;

/// How the parser's expectation is said: words for people (a catalog message) or code
/// written as the drafter types it, the same in every language.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Word {
    Text(&'static str),
    Code(&'static str),
}

impl Word {
    fn say(self, lang: Lang) -> String {
        match self {
            Word::Text(id) => t(lang, id),
            Word::Code(code) => code.to_string(),
        }
    }
}

/// "a field name, `:` or `}`": the distinct descriptions of the expected rules, in `lang`.
pub fn describe(rules: &[Rule], lang: Lang) -> String {
    let mut words: Vec<Word> = Vec::new();
    for rule in rules {
        let word = label(*rule);
        if !words.contains(&word) {
            words.push(word);
        }
    }
    let words: Vec<String> = words.into_iter().map(|word| word.say(lang)).collect();
    match words.as_slice() {
        [] => t(lang, "expected-something-else"),
        [one] => one.clone(),
        [init @ .., last] => t_args(
            lang,
            "expected-one-of",
            &[
                ("init", init.join(", ").into()),
                ("last", last.clone().into()),
            ],
        ),
    }
}

fn label(rule: Rule) -> Word {
    use Rule::*;
    use Word::{Code, Text};
    match rule {
        EOI => Text("expected-end-of-file"),
        WHITESPACE | COMMENT | item | ident_char | enum_values | collection_shape | rule_clause
        | primary => Text("expected-something-else"),
        file => Text("expected-declaration"),
        include => Text("expected-include"),
        enum_decl => Text("expected-enumeration"),
        extend => Code("`extend`"),
        ordered_values | unordered_values | enum_value => Text("expected-enum-values"),
        label => Text("expected-label"),
        vi_text | vi_template => Text("expected-vi-text"),
        collection_decl => Text("expected-collection"),
        key_clause => Code("`key FIELD`"),
        single => Code("`single`"),
        field_decl => Text("expected-field"),
        bound => Text("expected-bound"),
        optional => Code("`optional`"),
        field_default => Text("expected-default"),
        type_expr | union_type | list_type | set_type => Text("expected-type"),
        const_decl => Text("expected-constant"),
        const_extend => Text("expected-const-extend"),
        param_decl => Text("expected-parameter"),
        param_value => Text("expected-parameter-value"),
        window | from_date | until_date => Text("expected-window"),
        table_decl => Text("expected-table"),
        table_param => Text("expected-table-parameter"),
        table_row => Text("expected-row"),
        otherwise_row => Code("`otherwise VALUE`"),
        rule_decl => Text("expected-rule"),
        rule_id => Text("expected-rule-id"),
        severity_clause | severity => Text("expected-severity"),
        source_clause => Text("expected-citation"),
        url_clause => Text("expected-url"),
        checked_clause => Text("expected-checked"),
        effective_clause => Text("expected-effective"),
        for_clause => Code("`for VARIABLE in COLLECTION`"),
        let_clause => Code("`let NAME = EXPRESSION`"),
        where_clause => Code("`where CONDITION`"),
        require_clause => Code("`require CONDITION`"),
        at_clause => Code("`at EXPRESSION`"),
        message_clause => Code("`message \"...\"`"),
        help_clause => Code("`help \"...\"`"),
        reason_clause => Code("`reason \"...\"`"),
        disable_decl => Code("`disable RULE-ID \"reason\"`"),
        string | str_inner => Text("expected-string"),
        template | template_text | template_hole => Text("expected-message"),
        escape => Text("expected-escape"),
        ident | name | field_name => Text("expected-name"),
        reserved => Text("expected-not-keyword"),
        date => Text("expected-date"),
        decimal | decimal_raw => Text("expected-decimal"),
        integer | integer_raw => Text("expected-number"),
        percent => Text("expected-percentage"),
        duration | duration_part | duration_unit => Text("expected-duration"),
        boolean => Text("expected-boolean"),
        literal => Text("expected-value"),
        expr | or_expr | and_expr | not_expr | test_expr | default_expr | sum_expr
        | product_expr | unary_expr | postfix_expr | paren | if_expr | call | aggregate
        | set_literal | list_literal => Text("expected-expression"),
        aggregate_fn => Text("expected-aggregate"),
        compare_tail | compare_op | or_op | and_op | sum_op | product_op | in_tail => {
            Text("expected-operator")
        }
        is_defined_tail | is_type_tail => Code("`is`"),
        not_op => Code("`not`"),
        neg_op => Code("`-`"),
        trivia | comment_text => Text("expected-comment"),
        kw_include => Code("`include`"),
        kw_enum => Code("`enum`"),
        kw_collection => Code("`collection`"),
        kw_const => Code("`const`"),
        kw_param => Code("`param`"),
        kw_table => Code("`table`"),
        kw_when => Code("`when`"),
        kw_otherwise => Code("`otherwise`"),
        kw_rule => Code("`rule`"),
        kw_severity => Code("`severity`"),
        kw_source => Code("`source`"),
        kw_effective => Code("`effective`"),
        kw_url => Code("`url`"),
        kw_checked => Code("`checked`"),
        kw_from => Code("`from`"),
        kw_until => Code("`until`"),
        kw_for => Code("`for`"),
        kw_in => Code("`in`"),
        kw_where => Code("`where`"),
        kw_let => Code("`let`"),
        kw_require => Code("`require`"),
        kw_message => Code("`message`"),
        kw_help => Code("`help`"),
        kw_at => Code("`at`"),
        kw_if => Code("`if`"),
        kw_then => Code("`then`"),
        kw_else => Code("`else`"),
        kw_is => Code("`is`"),
        kw_defined => Code("`defined`"),
        kw_key => Code("`key`"),
        kw_list => Code("`list`"),
        kw_set => Code("`set`"),
        kw_of => Code("`of`"),
        kw_vi => Code("`vi`"),
        kw_disable => Code("`disable`"),
        kw_replace => Code("`replace`"),
        kw_reason => Code("`reason`"),
        as_percent | kw_as | kw_percent => Text("expected-as-percent"),
        percent_digits => Text("expected-percent-digits"),
    }
}
