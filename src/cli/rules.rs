//! `staffcheck rules`: the rule set as a table, JSON, or the Markdown of `docs/rules.md`.

use std::io::Write;

use super::{load_rules, Exit, RulesArgs, RulesFormat};
use crate::catalog;
use crate::lang::Lang;

pub fn run(args: &RulesArgs, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let Some(program) = load_rules(&args.rules, lang, err) else {
        return Exit::Unusable;
    };
    let text = match args.format {
        RulesFormat::Table => catalog::table(&program, lang),
        RulesFormat::Json => catalog::json(&program, lang),
        RulesFormat::Markdown => catalog::markdown(&program, lang),
    };
    let _ = out.write_all(text.as_bytes());
    Exit::Clean
}
