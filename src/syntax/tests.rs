use super::*;
use crate::ast::{ExprKind, Item};
use crate::source::SourceFile;

fn parse_text(text: &str) -> Result<RuleFile, Vec<Diagnostic>> {
    parse(&SourceFile::new("test.rules", text), crate::lang::Lang::En)
}

#[test]
fn keywords_do_not_swallow_longer_names() {
    let file = parse_text("const x = nothing and inside\n").unwrap();
    let Item::Const(constant) = &file.items[0] else {
        panic!("not a const")
    };
    let ExprKind::Binary(_, left, right) = &constant.value.kind else {
        panic!("not binary")
    };
    assert!(matches!(&left.kind, ExprKind::Name(n) if n.text == "nothing"));
    assert!(matches!(&right.kind, ExprKind::Name(n) if n.text == "inside"));
}

#[test]
fn comments_are_kept_with_their_spans_but_not_inside_strings() {
    let file = parse_text("// head\nconst x = \"a // b\" // tail\n").unwrap();
    let texts: Vec<_> = file.comments.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["// head", "// tail"]);
}

#[test]
fn parsing_resumes_after_an_error_to_report_the_next_one() {
    let errors =
        parse_text("rule A \"t\" { severity bad }\nconst ok = 1\nrule B \"t\" { require }\n")
            .unwrap_err();
    assert_eq!(errors.len(), 2);
}

#[test]
fn slips_are_recognised_only_where_they_are_slips() {
    let message = |text: &str| parse_text(text).unwrap_err()[0].message.clone();
    // A name that ends in `extend` is not `extend`.
    let rule = "rule K \"t\" {\n  source \"s\"\n  for u in units\n  require myextend x\n}\n";
    assert!(message(rule).starts_with("expected "), "{}", message(rule));
    // `=` where no operator could follow is not taken for a comparison.
    let param = "param cap: integer = 2\n";
    assert!(!message(param).contains("`==`"), "{}", message(param));
    // Where an operator could follow, it is.
    let slip = "rule K \"t\" {\n  source \"s\"\n  for u in units\n  require u.population = 0\n}\n";
    assert!(message(slip).contains("write `==`"), "{}", message(slip));
}

#[test]
fn a_parameter_holds_a_set_written_as_a_set() {
    let file = parse_text(
        "param key_posts_from: set of Post {\n  { party_secretary, council_chair } from 2025-07-01\n  {} from 2026-01-01\n}\n",
    )
    .unwrap();
    let Item::Param(param) = &file.items[0] else {
        panic!("not a param")
    };
    assert_eq!(param.ty.container, Some(crate::ast::Container::Set));
    assert_eq!(param.ty.alternatives[0].text, "Post");
    let sizes: Vec<usize> = param
        .values
        .iter()
        .map(|value| match &value.value.kind {
            ExprKind::Set(members) => members.len(),
            other => panic!("not a set: {other:?}"),
        })
        .collect();
    assert_eq!(sizes, [2, 0]);
    // `set` stays a name where no type is expected.
    assert!(parse_text("const set = 1\n").is_ok());
}

#[test]
fn an_extension_of_a_constant_holds_its_members_as_a_set() {
    let file = parse_text("extend const key_posts { office_head, civil_servant }\n").unwrap();
    let Item::ConstExtension(extension) = &file.items[0] else {
        panic!("not an extension")
    };
    assert_eq!(extension.name.text, "key_posts");
    assert!(matches!(&extension.members.kind, ExprKind::Set(members) if members.len() == 2));
    // `extend param` is a slip with its own message, not a list of expected tokens.
    let errors = parse_text("extend param cap { 3 }\n").unwrap_err();
    assert!(
        errors[0]
            .message
            .starts_with("`extend param`: only an enumeration, a collection or a set constant"),
        "{}",
        errors[0].message
    );
}

#[test]
fn a_hole_may_be_shown_as_a_percentage_with_its_decimals() {
    use crate::ast::{Clause, TemplatePart};
    let file =
        parse_text("rule R \"t\" { message \"{a / b as percent} {c as percent(2)} {as}\" }\n")
            .unwrap();
    let Item::Rule(rule) = &file.items[0] else {
        panic!("not a rule")
    };
    let Some(Clause::Message(message)) = rule.clauses.first() else {
        panic!("no message")
    };
    let shown: Vec<String> = message
        .en
        .parts
        .iter()
        .filter_map(|part| match part {
            TemplatePart::Hole(expr, percent) => Some(format!(
                "{} {:?}",
                matches!(expr.kind, ExprKind::Binary(..)),
                percent.as_ref().map(|p| p.digits)
            )),
            TemplatePart::Text(_) => None,
        })
        .collect();
    // `as` is a word only after a hole's expression: alone, it is a variable's name.
    assert_eq!(
        shown,
        ["true Some(None)", "false Some(Some(2))", "false None"]
    );
}

#[test]
fn a_severity_may_be_chosen_by_a_condition() {
    use crate::ast::{Clause, Severity};
    let file =
        parse_text("rule R \"t\" { severity error when u.kind == \"ward\" otherwise info }\n")
            .unwrap();
    let Item::Rule(rule) = &file.items[0] else {
        panic!("not a rule")
    };
    let Some(Clause::SeverityWhen {
        when,
        condition,
        otherwise,
        ..
    }) = rule.clauses.first()
    else {
        panic!("no chosen severity: {:?}", rule.clauses)
    };
    assert_eq!((*when, *otherwise), (Severity::Error, Severity::Info));
    assert!(matches!(condition.kind, ExprKind::Compare(..)));
    // Without `otherwise` the clause is incomplete.
    assert!(parse_text("rule R \"t\" { severity error when true }\n").is_err());
}

#[test]
fn an_override_names_a_rule_with_its_reason() {
    use crate::ast::Clause;
    let text = "disable VICE-CAP \"why\" vi \"lý do\"\nreplace rule R \"t\" { reason \"because\" for u in units require true }\n";
    let file = parse_text(text).unwrap();
    let Item::Disable(disable) = &file.items[0] else {
        panic!("not a disable")
    };
    assert_eq!(disable.id.text, "VICE-CAP");
    assert_eq!(disable.reason.en.text, "why");
    assert_eq!(
        disable.reason.vi.as_ref().map(|v| v.text.as_str()),
        Some("lý do")
    );
    let Item::Rule(rule) = &file.items[1] else {
        panic!("not a rule")
    };
    assert!(rule.replace.is_some());
    assert!(matches!(&rule.clauses[0], Clause::Reason(r) if r.en.text == "because"));
    // `disable`, `replace` and `reason` are not reserved: they stay names elsewhere.
    assert!(parse_text("const disable = 1\nconst replace = 2\nconst reason = 3\n").is_ok());
}

#[test]
fn an_override_written_wrongly_says_its_whole_form() {
    let first = |text: &str| parse_text(text).unwrap_err()[0].message.clone();
    assert_eq!(
        first("disable VICE-CAP\n"),
        "`disable VICE-CAP` needs its reason, in quotes: `disable VICE-CAP \"why\"`"
    );
    assert_eq!(
        first("disable rule VICE-CAP \"why\"\n"),
        "`disable` names the rule by its id alone: write `disable VICE-CAP \"why\"`"
    );
    assert_eq!(
        first("replace VICE-CAP \"t\" {}\n"),
        "`replace` is followed by `rule`: write `replace rule VICE-CAP \"title\" { reason \"why\" ... }`"
    );
    // Parsing resumes at the next override.
    let errors = parse_text("disable A\ndisable B \"ok\"\nreplace C\n").unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
}

#[test]
fn a_percent_sign_after_a_value_is_a_slip_with_the_value_as_a_percentage() {
    let message = |text: &str| parse_text(text).unwrap_err()[0].message.clone();
    let rule = |hole: &str| format!("rule R \"t\" {{ message \"share {hole} of posts\" }}\n");
    assert_eq!(
        message(&rule("{a / b %}")),
        "`%` does not show a value as a percentage; write `{a / b as percent}`"
    );
    // Not a slip: a number written as a percentage, or a `%` in the message's text.
    assert!(parse_text(&rule("{15%}")).is_ok());
    assert!(parse_text(&rule("{share} %")).is_ok());
    // A `%` with no `}` after it is not taken for this slip.
    assert!(message(&rule("{share% and}")).contains("is not closed"));
}

#[test]
fn a_severity_chosen_with_if_is_a_slip_written_back_with_when_and_otherwise() {
    let message = |clause: &str| {
        let text = format!("rule R \"t\" {{\n  {clause}\n  source \"s\"\n}}\n");
        parse_text(&text).unwrap_err()[0].message.clone()
    };
    let fix = "write `severity error when u.kind == \"ward\" otherwise warning`";
    for written in [
        "severity error if u.kind == \"ward\" else warning",
        "severity if u.kind == \"ward\" then error else warning",
    ] {
        assert!(message(written).ends_with(fix), "{}", message(written));
    }
    // Without an `else` on the line, the slip says how, with no text to replace it by.
    let open = message("severity error if u.kind == \"ward\"");
    assert!(open.contains("`when` and `otherwise`"), "{open}");
    assert!(!open.contains("; write `"), "{open}");
}
