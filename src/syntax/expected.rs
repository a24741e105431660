//! Plain words for what the parser expected, so users never see grammar rule names.

use super::Rule;

/// "a field name, `:` or `}`": the distinct descriptions of the expected rules.
pub fn describe(rules: &[Rule]) -> String {
    let mut words: Vec<&str> = Vec::new();
    for rule in rules {
        let word = label(*rule);
        if !words.contains(&word) {
            words.push(word);
        }
    }
    match words.as_slice() {
        [] => "something else".to_string(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}

fn label(rule: Rule) -> &'static str {
    use Rule::*;
    match rule {
        EOI => "the end of the file",
        WHITESPACE | COMMENT | item | ident_char | enum_values | collection_shape | rule_clause
        | primary => "something else",
        file => {
            "a declaration (`rule`, `collection`, `enum`, `const`, `param`, `table` or `include`)"
        }
        include => "an `include`",
        enum_decl => "an enumeration",
        extend => "`extend`",
        ordered_values | unordered_values | enum_value => "enumeration values",
        label => "a label in quotes (`\"Party Secretary\" vi \"Bí thư Đảng ủy\"`)",
        vi_text | vi_template => "the Vietnamese text (`vi \"...\"`)",
        collection_decl => "a collection",
        key_clause => "`key FIELD`",
        single => "`single`",
        field_decl => "a field declaration (`name: type`)",
        bound => "a bound such as `>= 0`",
        optional => "`optional`",
        field_default => "a default value (`= value`)",
        type_expr | union_type | list_type | set_type => "a type",
        const_decl => "a constant",
        const_extend => "an extension of a constant",
        param_decl => "a parameter",
        param_value => "a parameter value",
        window | from_date | until_date => "a date window (`from DATE until DATE`)",
        table_decl => "a table",
        table_param => "a table parameter (`name: type`)",
        table_row => "a row (`when CONDITION then VALUE`)",
        otherwise_row => "`otherwise VALUE`",
        rule_decl => "a rule",
        rule_id => "a rule id such as `KEY-DEGREE`",
        severity_clause | severity => "a severity (`error`, `warning` or `info`)",
        source_clause => "a citation (`source \"...\"`)",
        url_clause => "the address of the source's public text (`url \"https://...\"`)",
        checked_clause => "the date the source was last checked (`checked YYYY-MM-DD`)",
        effective_clause => "an effective window",
        for_clause => "`for VARIABLE in COLLECTION`",
        let_clause => "`let NAME = EXPRESSION`",
        where_clause => "`where CONDITION`",
        require_clause => "`require CONDITION`",
        at_clause => "`at EXPRESSION`",
        message_clause => "`message \"...\"`",
        help_clause => "`help \"...\"`",
        string | str_inner => "a quoted string",
        template | template_text | template_hole => "a message in quotes",
        as_percent | kw_as | kw_percent => "`as percent` (a fraction shown as a percentage)",
        percent_digits => "the number of decimals, one digit (`as percent(1)`)",
        escape => "an escape (`\\\"`, `\\\\`, `\\n`, `\\t`, `\\{`, `\\}`)",
        ident | name | field_name => "a name",
        reserved => "a name that is not a keyword",
        date => "a date (YYYY-MM-DD)",
        decimal | decimal_raw => "a decimal number",
        integer | integer_raw => "a number",
        percent => "a percentage",
        duration | duration_part | duration_unit => "a duration such as `5 years`",
        boolean => "`true` or `false`",
        literal => "a value",
        expr | or_expr | and_expr | not_expr | test_expr | default_expr | sum_expr
        | product_expr | unary_expr | postfix_expr | paren | if_expr | call | aggregate
        | set_literal | list_literal => "an expression",
        aggregate_fn => "an aggregate (`count`, `sum`, ...)",
        compare_tail | compare_op | or_op | and_op | sum_op | product_op | in_tail => "an operator",
        is_defined_tail | is_type_tail => "`is`",
        not_op => "`not`",
        neg_op => "`-`",
        trivia | comment_text => "a comment",
        kw_include => "`include`",
        kw_enum => "`enum`",
        kw_collection => "`collection`",
        kw_const => "`const`",
        kw_param => "`param`",
        kw_table => "`table`",
        kw_when => "`when`",
        kw_otherwise => "`otherwise`",
        kw_rule => "`rule`",
        kw_severity => "`severity`",
        kw_source => "`source`",
        kw_effective => "`effective`",
        kw_url => "`url`",
        kw_checked => "`checked`",
        kw_from => "`from`",
        kw_until => "`until`",
        kw_for => "`for`",
        kw_in => "`in`",
        kw_where => "`where`",
        kw_let => "`let`",
        kw_require => "`require`",
        kw_message => "`message`",
        kw_help => "`help`",
        kw_at => "`at`",
        kw_if => "`if`",
        kw_then => "`then`",
        kw_else => "`else`",
        kw_is => "`is`",
        kw_defined => "`defined`",
        kw_key => "`key`",
        kw_list => "`list`",
        kw_set => "`set`",
        kw_of => "`of`",
        kw_vi => "`vi`",
    }
}
