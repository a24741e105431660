//! The rules a rule file disabled or replaced, as notes located at the override: loading
//! the rules reports them with the warnings, so every format (which all render what loading
//! said) states each one, its reason and its place. An override is never silent.

use crate::ast::Severity;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::ir::{OverrideKind, Program};
use crate::lang::Lang;

/// One note per override, in the order they are written.
pub fn notes(program: &Program, lang: Lang) -> Vec<Diagnostic> {
    program
        .overrides
        .iter()
        .map(|o| {
            let original = &o.original;
            let declared = &o.declared;
            let at = declared.source.location(declared.span.start as usize);
            let args = [
                ("id", o.rule.clone().into()),
                ("reason", o.reason.get(lang).clone().into()),
                ("title", original.title.get(lang).clone().into()),
                (
                    "declared",
                    format!("{}:{at}", declared.source.name()).into(),
                ),
            ];
            let (message, label, help) = match o.kind {
                OverrideKind::Disabled => {
                    ("rule-disabled", "rule-disabled-label", "rule-disabled-help")
                }
                OverrideKind::Replaced => {
                    ("rule-replaced", "rule-replaced-label", "rule-replaced-help")
                }
            };
            let related = Diagnostic::new(
                Code::RuleOverridden.as_str(),
                Severity::Info,
                t_args(lang, "rule-overridden-original", &args),
            )
            .at(
                &o.declared.source,
                o.declared.span,
                t(lang, "rule-overridden-original-label"),
            );
            let mut note = Diagnostic::new(
                Code::RuleOverridden.as_str(),
                Severity::Info,
                t_args(lang, message, &args),
            )
            .at(&o.origin.source, o.origin.span, t(lang, label))
            .help(t_args(lang, help, &args));
            note.related.push(related);
            note
        })
        .collect()
}
