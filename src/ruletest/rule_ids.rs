//! A case that names a rule the rule set does not define could never fail: `only:` with a
//! misspelt id compares nothing, and an `expect:` of one is merely "not found". Each such
//! id is an error at its place, with the closest id.

use super::spec::Case;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::ir::Program;
use crate::source::Source;
use crate::suggest::did_you_mean;

/// The ids in `case`'s `only:` and `expect:` that `program` has no rule of.
pub fn unknown_rule_ids(test_file: &Source, case: &Case, program: &Program) -> Vec<Diagnostic> {
    let ids = || program.rules.iter().map(|rule| rule.id.as_str());
    case.rule_ids()
        .filter(|(id, _)| !ids().any(|known| known == *id))
        .map(|(id, span)| {
            Diagnostic::error(
                Code::TestFile,
                format!(
                    "`{id}` is not a rule of the rule set under test{}",
                    did_you_mean(id, ids())
                ),
            )
            .at(test_file, span, "no rule has this id")
            .help("name a rule the tested rule files define or include; `staffcheck rules --rules PATH` lists them")
        })
        .collect()
}
