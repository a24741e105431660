//! `staffcheck schema`: the plan format as a JSON Schema, from the rule set's schema.

use std::io::Write;

use super::{Exit, SchemaArgs};
use crate::i18n::t_args;
use crate::lang::Lang;
use crate::report::{render, Style};
use crate::resolve::Resolved;
use crate::ruleset;

pub fn run(args: &SchemaArgs, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let loaded = if args.rules.is_empty() {
        ruleset::load_builtin()
    } else {
        ruleset::load_paths(&args.rules, lang)
    };
    match loaded {
        Ok(Resolved { program, .. }) => {
            let _ = out.write_all(crate::json_schema::plan_schema(&program).as_bytes());
            Exit::Clean
        }
        Err(errors) => {
            for diagnostic in &errors {
                let _ = writeln!(err, "{}", render(diagnostic, Style::in_lang(lang)));
            }
            let n = [("n", errors.len().into())];
            let _ = writeln!(err, "{}", t_args(lang, "rules-not-loaded-no-schema", &n));
            Exit::Unusable
        }
    }
}
