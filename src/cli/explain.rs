//! `staffcheck explain ID`: a rule (title, severity, citation, window, parameters with
//! their dated values, its text, and the finding of a plan that breaks it) or a code.

use std::io::Write;

use super::{load_rules, Exit, ExplainArgs};
use crate::check::{self, Options};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::report::{render, Style};
use crate::source::SourceFile;
use crate::suggest::did_you_mean;
use crate::{builtin, catalog};

pub fn run(args: &ExplainArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let style = Style {
        color: false,
        width: args.width,
        ..Style::default()
    };
    if let Some(code) = Code::parse(&args.id) {
        let (meaning, todo) = code.describe();
        let _ = writeln!(out, "{}: {meaning}\n\nwhat to do: {todo}", code.as_str());
        return Exit::Clean;
    }
    let program = match load_rules(&args.rules, err) {
        Some(program) => program,
        None => return Exit::Unusable,
    };
    let Some(rule) = program.rules.iter().find(|r| r.id == args.id) else {
        let ids = program.rules.iter().map(|r| r.id.as_str());
        let diagnostic = Diagnostic::error(
            Code::Usage,
            format!(
                "there is no rule or code `{}`{}",
                args.id,
                did_you_mean(&args.id, ids)
            ),
        )
        .help("`staffcheck rules` lists the rules; codes are written SC0101");
        let _ = writeln!(err, "{}", render(&diagnostic, style));
        return Exit::Unusable;
    };
    let _ = out.write_all(catalog::explain(&program, rule).as_bytes());
    let example = if args.rules.is_empty() {
        builtin::example(&rule.id)
    } else {
        None
    };
    let Some((name, text)) = example else {
        let _ = writeln!(
            out,
            "\nno example plan: write a test that expects a finding of {} (docs/testing.md)",
            rule.id
        );
        return Exit::Clean;
    };
    let source = SourceFile::new(name.clone(), text);
    let finding = check::check(&program, &source, Options::default())
        .ok()
        .and_then(|outcome| outcome.diagnostics.into_iter().find(|d| d.code == rule.id));
    match finding {
        Some(finding) => {
            let _ = write!(
                out,
                "\nan example that breaks it ({name}):\n\n{}",
                render(&finding, style)
            );
        }
        None => {
            let _ = writeln!(out, "\nthe example plan {name} no longer breaks it");
        }
    }
    Exit::Clean
}
