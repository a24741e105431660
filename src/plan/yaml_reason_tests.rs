//! Each reason the table names, provoked by the slip that causes it in a hand-edited plan:
//! if a saphyr-parser upgrade rewords a reason, its plain words would silently stop showing,
//! and this fails instead.

use saphyr_parser::Parser;

use super::yaml_reason::known;

/// The reader's reason for the first error in `text`.
fn reason(text: &str) -> String {
    let mut parser = Parser::new_from_str(text);
    loop {
        match parser.next_event() {
            Some(Ok(_)) => continue,
            Some(Err(error)) => return error.info().to_string(),
            None => panic!("no error in {text:?}"),
        }
    }
}

const SLIPS: [(&str, &str); 17] = [
    (
        "units:\n  - code: 1\n    name: a\n   kind: ward\n",
        "yaml-reason-list-item",
    ),
    ("plan:\n  id: a\n title: b\n", "yaml-reason-mapping-key"),
    ("plan:\n  title: Phương án: đợt 1\n", "yaml-reason-colon"),
    ("plan:\n  formed_from: - Phường An\n", "yaml-reason-dash"),
    ("units: [{ code: 1, name: a }\n", "yaml-reason-brackets"),
    ("units: { code: 1, name: a\n", "yaml-reason-braces"),
    ("formed_from: [a, b\n", "yaml-reason-brackets"),
    ("title: \"Phương án\n", "yaml-reason-unclosed-quote"),
    ("title: \"Phương án\" đợt 1\n", "yaml-reason-after-quote"),
    ("title: \"C:\\Dữ liệu\"\n", "yaml-reason-escape"),
    ("plan:\n\tid: a\n", "yaml-reason-tab"),
    ("plan: [a,\n", "yaml-reason-no-value"),
    ("plan:\n  id: a\n    title: b\n", "yaml-reason-colon"),
    (
        "units:\n  - formed_from: [a,\n b]\n",
        "yaml-reason-indentation",
    ),
    ("units: {code: 1,\nname: a}\n", "yaml-reason-indentation"),
    ("a: *missing\n", "yaml-reason-unknown-anchor"),
    ("a:\n  b: 1\n\t c: 2\n", "yaml-reason-tab"),
];

#[test]
fn each_named_reason_is_what_the_reader_says_for_its_slip() {
    let seen: Vec<String> = SLIPS.iter().map(|(text, _)| reason(text)).collect();
    let named: Vec<(&str, Option<&str>)> = SLIPS
        .iter()
        .zip(&seen)
        .map(|((text, _), info)| (*text, known(info).map(|r| r.message)))
        .collect();
    let expected: Vec<(&str, Option<&str>)> =
        SLIPS.iter().map(|(text, id)| (*text, Some(*id))).collect();
    assert_eq!(named, expected, "the reader says {seen:#?}");
    for (text, _) in super::yaml_reason::KNOWN.iter() {
        assert!(
            seen.iter().any(|info| info == text),
            "no slip provokes {text:?}: add one, or drop the reason if the reader no longer says it"
        );
    }
}
