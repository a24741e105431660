//! `staffcheck template -o plan.xlsx`: an empty workbook for the rule set's schema, for an
//! official to fill in and `check`; written atomically, over an existing file as `convert`
//! does.

use std::io::Write;

use super::{Exit, TemplateArgs};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::plan::workbook;
use crate::report::{render, Style};
use crate::ruleset::relative_name;

pub fn run(args: &TemplateArgs, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let output = relative_name(&args.output);
    if !output.to_ascii_lowercase().ends_with(".xlsx") {
        let diagnostic = Diagnostic::error(
            Code::Usage,
            format!("`{output}` does not name an .xlsx workbook"),
        )
        .help("name the output plan.xlsx; a spreadsheet program saves it as .ods if you need one");
        return refuse(err, &diagnostic);
    }
    let Some(program) = super::load_rules(&args.rules, lang, err) else {
        return Exit::Unusable;
    };
    let bytes = match workbook::template(&program.schema, lang) {
        Ok(bytes) => bytes,
        Err(reason) => {
            let message = format!("cannot write the workbook {output}: {reason}");
            return refuse(err, &Diagnostic::error(Code::Io, message));
        }
    };
    if let Err(diagnostic) = super::atomic::write_file(&args.output, &output, &bytes) {
        return refuse(err, &diagnostic);
    }
    let _ = writeln!(
        out,
        "wrote {output}: a sheet per section of the plan; fill in a row per record, then `staffcheck check {output}`"
    );
    Exit::Clean
}

fn refuse(err: &mut dyn Write, diagnostic: &Diagnostic) -> Exit {
    let _ = writeln!(err, "{}", render(diagnostic, Style::default()));
    Exit::Unusable
}
