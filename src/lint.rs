//! Static checks of a resolved rule set, beyond what loading refuses: a parameter nothing
//! reads, a rule whose window ended before the plans it could judge, a text for people
//! without its Vietnamese (`untranslated.rs`). Warnings, located.

use chrono::NaiveDate;

use crate::ast::Severity;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::eval::display::display_date;
use crate::i18n::{t, t_args, Arg};
use crate::ir::{Expr, ExprKind, Program};
use crate::lang::Lang;
use crate::resolve::children;
use crate::source::Span;

/// The day the two-level local government began: no plan to judge is older by default.
pub const TWO_LEVEL_START: (i32, u32, u32) = (2025, 7, 1);

/// The warnings, in `lang`.
pub fn lint(program: &Program, since: NaiveDate, lang: Lang) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let mut used = vec![false; program.params.len()];
    program.for_each_expr(&mut |expr| reads_params(expr, &mut used));
    for (param, used) in program.params.iter().zip(used) {
        if !used {
            warnings.push(
                Diagnostic::new(
                    Code::Unused.as_str(),
                    Severity::Warning,
                    t_args(lang, "lint-unused", &[("name", param.name.as_str().into())]),
                )
                .at(
                    &param.origin.source,
                    param.origin.span,
                    t(lang, "lint-unused-label"),
                )
                .help(t(lang, "lint-unused-help")),
            );
        }
    }
    for rule in &program.rules {
        let Some(until) = rule.until.filter(|until| *until < since) else {
            continue;
        };
        let text = rule.source.slice(rule.span);
        let written = format!("until {}", until.format("%Y-%m-%d"));
        let span = match text.find(&written) {
            Some(at) => {
                let start = rule.span.start as usize + at;
                Span::new(start, start + written.len())
            }
            None => rule.span,
        };
        let args = [
            ("id", Arg::from(rule.id.as_str())),
            ("until", display_date(until, lang).into()),
            ("since", display_date(since, lang).into()),
        ];
        warnings.push(
            Diagnostic::new(
                Code::NeverInForce.as_str(),
                Severity::Warning,
                t_args(lang, "lint-ended", &args),
            )
            .at(&rule.source, span, t(lang, "lint-ended-label"))
            .help(t(lang, "lint-ended-help")),
        );
    }
    warnings.extend(crate::untranslated::untranslated(program, lang));
    warnings
}

fn reads_params(expr: &Expr, used: &mut Vec<bool>) {
    if let ExprKind::Param(index) = expr.kind {
        if let Some(flag) = used.get_mut(index) {
            *flag = true;
        }
    }
    children(expr, &mut |child| reads_params(child, used));
}
