//! A case that names a rule the rule set does not define could never fail: `only:` with a
//! misspelt id compares nothing, and an `expect:` of one is merely "not found". Each such
//! id is an error at its place, with the closest id.

use super::spec::Case;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_with};
use crate::ir::Program;
use crate::lang::Lang;
use crate::source::Source;
use crate::suggest;

/// The ids in `case`'s `only:` and `expect:` that `program` has no rule of
/// (said in `lang`).
pub fn unknown_rule_ids(
    test_file: &Source,
    case: &Case,
    program: &Program,
    lang: Lang,
) -> Vec<Diagnostic> {
    let ids = || program.rules.iter().map(|rule| rule.id.as_str());
    case.rule_ids()
        .filter(|(id, _)| !ids().any(|known| known == *id))
        .map(|(id, span)| {
            let hint = suggest::hint(lang, id, ids());
            let fixes = suggest::quoted_as(test_file.slice(span), hint.names);
            Diagnostic::error(
                Code::TestFile,
                t_with(
                    lang,
                    "test-unknown-rule",
                    &[("id", &id), ("hint", &hint.text)],
                ),
            )
            .at(test_file, span, t(lang, "test-unknown-rule-label"))
            .help(t(lang, "test-unknown-rule-help"))
            .replacing(fixes)
        })
        .collect()
}
