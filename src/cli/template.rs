//! `staffcheck template -o plan.xlsx`: an empty workbook for the rule set's schema, for an
//! official to fill in and `check`; written atomically, over an existing file as `convert`
//! does.

use std::io::Write;

use super::{Exit, TemplateArgs};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_with};
use crate::lang::Lang;
use crate::plan::workbook;
use crate::report::{render, Style};
use crate::ruleset::relative_name;

pub fn run(args: &TemplateArgs, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let output = relative_name(&args.output);
    if !output.to_ascii_lowercase().ends_with(".xlsx") {
        let message = t_with(lang, "template-bad-target", &[("output", &output)]);
        let diagnostic =
            Diagnostic::error(Code::Usage, message).help(t(lang, "template-bad-target-help"));
        return refuse(err, lang, &diagnostic);
    }
    let Some(program) = super::load_rules(&args.rules, lang, err) else {
        return Exit::Unusable;
    };
    let bytes = match workbook::template(&program.schema, lang) {
        Ok(bytes) => bytes,
        Err(reason) => {
            let message = t_with(
                lang,
                "convert-cannot-write-workbook",
                &[("output", &output), ("why", &reason)],
            );
            return refuse(err, lang, &Diagnostic::error(Code::Io, message));
        }
    };
    if let Err(diagnostic) = super::atomic::write_file(&args.output, &output, &bytes, lang) {
        return refuse(err, lang, &diagnostic);
    }
    let _ = writeln!(
        out,
        "{}",
        t_with(lang, "template-wrote", &[("output", &output)])
    );
    Exit::Clean
}

fn refuse(err: &mut dyn Write, lang: Lang, diagnostic: &Diagnostic) -> Exit {
    let _ = writeln!(err, "{}", render(diagnostic, Style::in_lang(lang)));
    Exit::Unusable
}
