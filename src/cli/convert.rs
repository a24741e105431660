//! `staffcheck convert IN -o OUT`: a plan between YAML and a workbook, either way, through
//! the loader (so a plan that does not load is not converted) and written atomically.

use std::io::Write;
use std::path::Path;

use super::{ConvertArgs, Exit};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args, t_with};
use crate::lang::Lang;
use crate::plan::{self, workbook, Limits, Plan};
use crate::report::{render, Style};
use crate::ruleset::relative_name;

pub fn run(args: &ConvertArgs, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let Some(program) = super::load_rules(&args.rules, lang, err) else {
        return Exit::Unusable;
    };
    let output = relative_name(&args.output);
    let to_workbook = match target(&output, lang) {
        Ok(to_workbook) => to_workbook,
        Err(diagnostic) => return refuse(err, lang, &[diagnostic]),
    };
    let input = relative_name(&args.input);
    let plan = match load(&args.input, &input, &program.schema, lang) {
        Ok(plan) => plan,
        Err(errors) => {
            let exit = refuse(err, lang, &errors);
            let count = errors.len() as i64;
            let said = t_args(
                lang,
                "convert-not-loaded",
                &[("input", input.clone().into()), ("n", count.into())],
            );
            let _ = writeln!(err, "{said}");
            return exit;
        }
    };
    let bytes = if to_workbook {
        match workbook::write(&plan, &program.schema) {
            Ok(bytes) => bytes,
            Err(reason) => {
                let message = t_with(
                    lang,
                    "convert-cannot-write-workbook",
                    &[("output", &output), ("why", &reason)],
                );
                return refuse(err, lang, &[Diagnostic::error(Code::Io, message)]);
            }
        }
    } else {
        plan::to_yaml(&plan, &program.schema).into_bytes()
    };
    if let Err(diagnostic) = super::atomic::write_file(&args.output, &output, &bytes, lang) {
        return refuse(err, lang, &[diagnostic]);
    }
    let wrote = t_with(
        lang,
        "convert-wrote",
        &[("output", &output), ("input", &input)],
    );
    let _ = writeln!(out, "{wrote}");
    Exit::Clean
}

/// Whether the output is a workbook (else YAML), by its name.
fn target(output: &str, lang: Lang) -> Result<bool, Diagnostic> {
    let lower = output.to_ascii_lowercase();
    if lower.ends_with(".xlsx") {
        Ok(true)
    } else if lower.ends_with(".yaml") || lower.ends_with(".yml") {
        Ok(false)
    } else {
        let message = t_with(lang, "convert-bad-target", &[("output", &output)]);
        Err(Diagnostic::error(Code::Usage, message).help(t(lang, "convert-bad-target-help")))
    }
}

fn load(
    path: &Path,
    name: &str,
    schema: &crate::schema::Schema,
    lang: Lang,
) -> Result<Plan, Vec<Diagnostic>> {
    let limits = Limits::default();
    let bytes = std::fs::read(path).map_err(|error| {
        let why = crate::io_error::describe_in(&error, lang);
        let message = t_with(
            lang,
            "check-cannot-read-plan",
            &[("name", &name), ("why", &why)],
        );
        vec![Diagnostic::error(Code::Io, message).help(t(lang, "check-cannot-read-plan-help"))]
    })?;
    if bytes.len() as u64 > limits.max_file_bytes {
        let (size, max) = (bytes.len(), limits.max_file_bytes);
        let message = t_with(
            lang,
            "check-plan-too-big",
            &[("name", &name), ("size", &size), ("max", &max)],
        );
        return Err(vec![Diagnostic::error(Code::Limit, message)]);
    }
    let loaded = if workbook::is_workbook(name) {
        workbook::load(name, bytes, schema, limits, lang)?
    } else {
        let source = plan::decode(name, bytes, lang).map_err(|d| vec![d])?;
        plan::load(&source, schema, limits, lang)?
    };
    // A refused value would be dropped from the copy: convert only a plan that loads whole.
    if loaded.errors.is_empty() {
        Ok(loaded.plan)
    } else {
        Err(loaded.errors)
    }
}

fn refuse(err: &mut dyn Write, lang: Lang, errors: &[Diagnostic]) -> Exit {
    for diagnostic in errors {
        let _ = writeln!(err, "{}", render(diagnostic, Style::in_lang(lang)));
    }
    Exit::Unusable
}
