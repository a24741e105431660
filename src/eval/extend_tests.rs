//! `extend const`: the members another file adds are in the constant for every reader, the
//! schema's own declarations included, and an extension is kept with where it was written.

use super::tests::{messages, PLAN};
use crate::builtin;
use crate::lang::Lang;
use crate::resolve::resolve;
use crate::source::SourceFile;
use crate::syntax::parse;

#[test]
fn an_extended_constant_has_its_new_members_for_every_reader() {
    // The minimal plan's posts are all key posts; adding `civil_servant` changes nothing for
    // them, and a rule reading `key_posts` sees the five members.
    let rules = r#"
        extend const key_posts { civil_servant }
        rule R "t" { source "s" for u in units require false message "{key_posts}" }
    "#;
    assert_eq!(
        messages(rules, PLAN),
        ["Party Secretary, Deputy Party Secretary, People's Council chair, People's Committee chair, civil servant"]
    );
}

#[test]
fn an_extension_is_recorded_with_its_place_and_the_rules_that_read_it() {
    let schema = SourceFile::new("<builtin>/schema.rules", builtin::FILES[0].1);
    let rules = "extend const key_posts { civil_servant }\nrule R \"t\" { source \"s\" for a in posts require a.post in key_posts }\nrule S \"t\" { source \"s\" for a in posts require true }\n";
    let files = vec![
        parse(&schema, Lang::En).unwrap(),
        parse(&SourceFile::new("province.rules", rules), Lang::En).unwrap(),
    ];
    let program = resolve(&files, Lang::En)
        .map_err(|e| format!("{e:#?}"))
        .unwrap()
        .program;
    let [extension] = program.const_extensions.as_slice() else {
        panic!("{:?}", program.const_extensions)
    };
    assert_eq!(extension.constant, "key_posts");
    assert_eq!(extension.members, ["civil_servant"]);
    assert_eq!(extension.origin.source.name(), "province.rules");
    let read_by: Vec<(&str, &[usize])> = program
        .rules
        .iter()
        .map(|rule| (rule.id.as_str(), rule.extensions.as_slice()))
        .collect();
    assert_eq!(read_by, [("R", &[0][..]), ("S", &[][..])]);
}

#[test]
fn a_constant_of_the_same_file_is_not_extended() {
    let schema = SourceFile::new("<builtin>/schema.rules", builtin::FILES[0].1);
    let rules = "const mine = { council_chair }\nextend const mine { committee_chair }\n";
    let files = vec![
        parse(&schema, Lang::En).unwrap(),
        parse(&SourceFile::new("province.rules", rules), Lang::En).unwrap(),
    ];
    let Err(errors) = resolve(&files, Lang::En) else {
        panic!("resolved")
    };
    assert_eq!(
        errors[0].message,
        "`mine` is declared in this file: write the members in its declaration"
    );
}
