//! `staffcheck convert IN -o OUT`: a plan between YAML and a workbook, either way, through
//! the loader (so a plan that does not load is not converted) and written atomically.

use std::io::Write;
use std::path::Path;

use super::{ConvertArgs, Exit};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::plan::{self, workbook, Limits, Plan};
use crate::report::{render, Style};
use crate::ruleset::relative_name;

pub fn run(args: &ConvertArgs, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let Some(program) = super::load_rules(&args.rules, lang, err) else {
        return Exit::Unusable;
    };
    let output = relative_name(&args.output);
    let to_workbook = match target(&output) {
        Ok(to_workbook) => to_workbook,
        Err(diagnostic) => return refuse(err, &[diagnostic]),
    };
    let input = relative_name(&args.input);
    let plan = match load(&args.input, &input, &program.schema, lang) {
        Ok(plan) => plan,
        Err(errors) => {
            let exit = refuse(err, &errors);
            let _ = writeln!(
                err,
                "{input} could not be loaded: {} error(s); nothing was written",
                errors.len()
            );
            return exit;
        }
    };
    let bytes = if to_workbook {
        match workbook::write(&plan, &program.schema) {
            Ok(bytes) => bytes,
            Err(reason) => {
                let message = format!("cannot write the workbook {output}: {reason}");
                return refuse(err, &[Diagnostic::error(Code::Io, message)]);
            }
        }
    } else {
        plan::to_yaml(&plan, &program.schema).into_bytes()
    };
    if let Err(diagnostic) = super::atomic::write_file(&args.output, &output, &bytes) {
        return refuse(err, &[diagnostic]);
    }
    let _ = writeln!(out, "wrote {output} from {input}");
    Exit::Clean
}

/// Whether the output is a workbook (else YAML), by its name.
fn target(output: &str) -> Result<bool, Diagnostic> {
    let lower = output.to_ascii_lowercase();
    if lower.ends_with(".xlsx") {
        Ok(true)
    } else if lower.ends_with(".yaml") || lower.ends_with(".yml") {
        Ok(false)
    } else {
        Err(Diagnostic::error(
            Code::Usage,
            format!("`{output}` names neither a workbook (.xlsx) nor a YAML file (.yaml)"),
        )
        .help("name the output plan.xlsx to write a workbook, or plan.yaml to write YAML; a spreadsheet program saves .xlsx as .ods"))
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
        let message = format!(
            "cannot read the plan {name}: {}",
            crate::io_error::describe(&error)
        );
        vec![Diagnostic::error(Code::Io, message).help("check the path")]
    })?;
    if bytes.len() as u64 > limits.max_file_bytes {
        let message = format!(
            "the plan {name} has {} bytes, more than the limit of {}",
            bytes.len(),
            limits.max_file_bytes
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

fn refuse(err: &mut dyn Write, errors: &[Diagnostic]) -> Exit {
    for diagnostic in errors {
        let _ = writeln!(err, "{}", render(diagnostic, Style::default()));
    }
    Exit::Unusable
}
