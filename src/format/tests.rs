use super::*;
use crate::lang::Lang;
use crate::source::SourceFile;

fn fmt(text: &str) -> String {
    let file = crate::syntax::parse(&SourceFile::new("test.rules", text), Lang::En).unwrap();
    let formatted = format(&file);
    let again =
        crate::syntax::parse(&SourceFile::new("test.rules", formatted.clone()), Lang::En).unwrap();
    assert!(same_shape(&file, &again), "meaning changed:\n{formatted}");
    assert_eq!(format(&again), formatted, "not idempotent");
    formatted
}

/// The value of `const x = ...`, formatted.
fn value(expr: &str) -> String {
    fmt(&format!("const x = {expr}\n"))
        .trim_end()
        .trim_start_matches("const x = ")
        .to_string()
}

#[test]
fn parentheses_are_those_precedence_needs() {
    let cases = [
        ("(a or b) and c", "(a or b) and c"),
        ("a or (b and c)", "a or b and c"),
        ("(a - b) - c", "a - b - c"),
        ("a - (b - c)", "a - (b - c)"),
        (
            "(1 + 2) * 3 - -(4 - 5) / (6 * 7)",
            "(1 + 2) * 3 - -(4 - 5) / (6 * 7)",
        ),
        ("(a.b ?? c) == d", "(a.b ?? c) == d"),
        ("not (a == b)", "not (a == b)"),
        ("not a == b", "not (a == b)"),
        ("not not a", "not not a"),
        ("not (a and b)", "not (a and b)"),
        ("(a == b) == c", "(a == b) == c"),
        ("x in (if a then s else t)", "x in (if a then s else t)"),
        ("(if a then 1 else 2) + 3", "(if a then 1 else 2) + 3"),
        ("(a ?? b).c", "(a ?? b).c"),
        ("-(a.b)", "-a.b"),
        ("((f(x)))", "f(x)"),
    ];
    for (input, expected) in cases {
        assert_eq!(value(input), expected, "{input}");
    }
}

#[test]
fn literals_are_kept_as_written() {
    assert_eq!(value("15%"), "15%");
    assert_eq!(value("2.50"), "2.50");
    assert_eq!(value("(7.5%)"), "7.5%");
    assert_eq!(value("5 years   3 months"), "5 years 3 months");
    assert_eq!(value("\"a \\\"b\\\" \\{c}\""), "\"a \\\"b\\\" \\{c}\"");
    assert_eq!(value("{a,b}"), "{ a, b }");
    assert_eq!(value("[ 1,2 ]"), "[1, 2]");
    assert_eq!(value("{}"), "{}");
}

#[test]
fn comments_lead_trail_or_move_before_their_line() {
    let input = "\
// head

rule A \"t\" { // on the brace
  for u in units   // trailing
  // leading
  require u.a and // inside
    u.b
  // dangling
} // after
// end
";
    let expected = "\
// head

rule A \"t\" {  // on the brace
  for u in units  // trailing
  // leading
  // inside
  require u.a and u.b
  // dangling
}  // after
// end
";
    assert_eq!(fmt(input), expected);
}

#[test]
fn a_declaration_that_does_not_fit_takes_one_element_per_line() {
    let long = "const s = { aaaaaaaaaa, bbbbbbbbbb, cccccccccc, dddddddddd, eeeeeeeeee, ffffffffff, gggggggggg, hhhhhhhhhh }\n";
    assert_eq!(
        fmt(long),
        "const s = {\n  aaaaaaaaaa,\n  bbbbbbbbbb,\n  cccccccccc,\n  dddddddddd,\n  eeeeeeeeee,\n  ffffffffff,\n  gggggggggg,\n  hhhhhhhhhh,\n}\n"
    );
    assert_eq!(
        fmt("enum E { a, // first\n b }\n"),
        "enum E {\n  a,  // first\n  b,\n}\n"
    );
    assert_eq!(
        fmt("enum O { a < b }\nparam p: integer { 1 source \"s\" }\n"),
        "enum O { a < b }\nparam p: integer { 1 source \"s\" }\n"
    );
}

#[test]
fn declarations_of_several_lines_are_set_apart_by_blank_lines() {
    let input = "const a = 1\nconst b = 2\ncollection c: C { x: text }\ninclude \"x.rules\"\n\n\n\nconst d = 3\n";
    assert_eq!(
        fmt(input),
        "const a = 1\nconst b = 2\n\ncollection c: C {\n  x: text\n}\n\ninclude \"x.rules\"\n\nconst d = 3\n"
    );
}

#[test]
fn tables_keep_their_citation_on_its_own_line() {
    let input =
        "table t(a: integer, b: date): integer source \"s\" { when a > 1 then 2 otherwise 3 }\n";
    assert_eq!(
        fmt(input),
        "table t(a: integer, b: date): integer\n  source \"s\"\n{\n  when a > 1 then 2\n  otherwise 3\n}\n"
    );
}

#[test]
fn vietnamese_texts_sit_under_their_english_and_labels_on_their_line() {
    let written = r#"enum Post { party_secretary "Party Secretary" vi "Bí thư Đảng ủy", civil_servant }
collection posts: Assignment "post held"   vi "chức vụ đảm nhiệm" { post: Post "post" vi "chức vụ" // what
}
rule X "Title" vi "Tiêu đề" { source "S" vi "Nguồn" // cited
  for a in posts require a.post == civil_servant
  message "{a.post} here" vi "{a.post} tại đây" help "fix it"   vi "sửa" }
"#;
    insta::assert_snapshot!(fmt(written), @r#"
    enum Post { party_secretary "Party Secretary" vi "Bí thư Đảng ủy", civil_servant }

    collection posts: Assignment "post held" vi "chức vụ đảm nhiệm" {
      post: Post "post" vi "chức vụ"  // what
    }

    rule X "Title"
        vi "Tiêu đề" {
      source "S"
        vi "Nguồn"  // cited
      for a in posts
      require a.post == civil_servant
      message "{a.post} here"
        vi "{a.post} tại đây"
      help "fix it"
        vi "sửa"
    }
    "#);
}

#[test]
fn a_set_valued_parameter_keeps_its_type_and_sets() {
    assert_eq!(
        fmt("param k:set   of Post{ {a,b} from 2025-07-01 {} from 2026-01-01 }\n"),
        "param k: set of Post {\n  { a, b } from 2025-07-01\n  {} from 2026-01-01\n}\n"
    );
}

#[test]
fn an_extension_of_a_constant_is_laid_out_as_a_constant() {
    assert_eq!(
        fmt("extend   const key_posts{office_head,civil_servant}\n"),
        "extend const key_posts { office_head, civil_servant }\n"
    );
    let long = "extend const s { aaaaaaaaaa, bbbbbbbbbb, cccccccccc, dddddddddd, eeeeeeeeee, ffffffffff, gggggggggg }\n";
    assert_eq!(
        fmt(long),
        "extend const s {\n  aaaaaaaaaa,\n  bbbbbbbbbb,\n  cccccccccc,\n  dddddddddd,\n  eeeeeeeeee,\n  ffffffffff,\n  gggggggggg,\n}\n"
    );
}

#[test]
fn a_hole_shown_as_a_percentage_keeps_its_precision() {
    // On one line the message is kept as written; a hole across lines is rebuilt from its
    // parts, with `as percent` and its digits.
    let one_line = "rule A \"t\" {\n  for u in units\n  require u.a\n  message \"{u.a / u.b as percent(1)} and {u.a as  percent}\"\n}\n";
    assert_eq!(fmt(one_line), one_line);
    let across =
        "rule A \"t\" { for u in units require u.a message \"{u.a /\n u.b  as percent(2)} {u.c\n as percent}\" }\n";
    assert_eq!(
        fmt(across),
        "rule A \"t\" {\n  for u in units\n  require u.a\n  message \"{u.a / u.b as percent(2)} {u.c as percent}\"\n}\n"
    );
}

#[test]
fn a_severity_chosen_by_a_condition_keeps_its_place_and_its_condition() {
    let input = "rule A \"t\" { severity  error when (u.kind == \"ward\")  otherwise warning\n for u in units require u.a }\n";
    assert_eq!(
        fmt(input),
        "rule A \"t\" {\n  severity error when u.kind == \"ward\" otherwise warning\n  for u in units\n  require u.a\n}\n"
    );
}

#[test]
fn an_override_is_laid_out_as_a_declaration_and_a_rule() {
    let text = "disable   VICE-CAP \"why\"   vi \"lý do\"\ndisable X \"y\"\nreplace   rule R \"t\" { reason \"because\" vi \"vì\" for u in units require true }\n";
    assert_eq!(
        fmt(text),
        "disable VICE-CAP \"why\"\n    vi \"lý do\"\n\ndisable X \"y\"\n\nreplace rule R \"t\" {\n  reason \"because\"\n    vi \"vì\"\n  for u in units\n  require true\n}\n"
    );
}
