//! `staffcheck check`: loads the rules once, checks the plans in parallel, and writes each
//! format where it was asked for, with the plans in the order they were given.

use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::inputs::{self, Input};
use super::output::{self, Output, Target};
use super::{CheckArgs, Exit};
use crate::check::{self, Options};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args, t_with};
use crate::ir::Program;
use crate::lang::Lang;
use crate::report::baseline::Baseline;
use crate::report::{not_shown, render, PlanReport, Report, Style};
use crate::resolve::Resolved;
use crate::{param_override, ruleset};

pub fn run(args: &CheckArgs, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let style = Style {
        color: args.color.enabled(),
        width: args.width,
        max_diagnostics: args.max_diagnostics,
        lang,
        explain: args.explain,
    };
    let err_style = Style {
        color: false,
        ..style
    };
    let print_all = |w: &mut dyn Write, diagnostics: &[Diagnostic]| {
        for diagnostic in diagnostics.iter().take(err_style.max_diagnostics) {
            let _ = writeln!(w, "{}", render(diagnostic, err_style));
        }
        let _ = w.write_all(not_shown(diagnostics.len(), err_style, "what-diagnostics").as_bytes());
    };
    let outputs = match output::outputs(&args.formats, args.output.as_ref(), lang) {
        Ok(outputs) => outputs,
        Err(diagnostic) => {
            print_all(err, &[diagnostic]);
            return Exit::Unusable;
        }
    };
    let options = match options(args, lang) {
        Ok(options) => options,
        Err(diagnostic) => {
            print_all(err, &[diagnostic]);
            return Exit::Unusable;
        }
    };
    let baseline = match args
        .baseline
        .as_deref()
        .map(|path| Baseline::load(path, lang))
        .transpose()
    {
        Ok(baseline) => baseline,
        Err(diagnostic) => {
            print_all(err, &[diagnostic]);
            return Exit::Unusable;
        }
    };
    let loaded = load_rules(args, lang);
    let Resolved {
        mut program,
        mut warnings,
    } = match loaded {
        Ok(resolved) => resolved,
        Err(errors) => {
            print_all(err, &errors);
            let n = [("n", errors.len().into())];
            let _ = writeln!(err, "{}", t_args(lang, "rules-not-loaded-no-plan", &n));
            // The documents asked for still say why, so a pipeline that reads them sees it.
            let mut report = Report::new(None, args.fail_on, lang);
            report.rule_diagnostics = errors;
            finish(
                &report,
                &outputs,
                Style {
                    color: false,
                    ..style
                },
                out,
                err,
            );
            return Exit::Unusable;
        }
    };
    // Each rule disabled or replaced is said with the warnings, in every format.
    warnings.extend(crate::report::overrides::notes(&program, lang));
    print_all(err, &warnings);
    if let Err(diagnostic) = set_params(&mut program, args, lang) {
        print_all(err, &[diagnostic]);
        return Exit::Unusable;
    }
    let mut report = Report::new(Some(&program), args.fail_on, lang);
    report.rule_diagnostics = warnings;

    // Streams to stdout are printed plan by plan; documents are rendered at the end. The
    // summary stays: with a document on stdout it goes to stderr, with nothing on stdout
    // to stdout.
    let stdout = outputs.iter().find(|o| o.target == Target::Stdout);
    let stream = stdout.filter(|o| o.format.is_stream()).map(|o| o.format);
    if let Some(format) = stream {
        let _ = out.write_all(format.head(&report).as_bytes());
    }
    // With only a stream on stdout, nothing is rendered at the end: a plan is dropped once
    // printed, so checking many large plans keeps one plan's memory per thread.
    let keep = outputs
        .iter()
        .any(|o| !(o.format.is_stream() && o.target == Target::Stdout));
    let mut exit = Exit::Clean;
    let inputs = inputs::expand(&args.plans, lang);
    check_all(
        &program,
        &inputs,
        options,
        &args.stdin_filename,
        |mut plan| {
            if let (Some(baseline), Ok(outcome)) = (&baseline, &mut plan.result) {
                baseline.compare(&plan.file, outcome);
            }
            if let Err(errors) = &plan.result {
                print_all(err, errors);
                let _ = err.write_all(plan.not_loaded_line(lang).unwrap_or_default().as_bytes());
            }
            match (stream, stdout) {
                (Some(format), _) => {
                    let _ = out.write_all(format.plan(&plan, style).as_bytes());
                    let _ = out.flush();
                }
                (None, document) => {
                    if let Ok(outcome) = &plan.result {
                        // A document carries the load errors; the terminal sees them too.
                        print_all(err, &outcome.load_errors);
                        let summary = outcome.summary.render(&plan.file);
                        let w: &mut dyn Write = if document.is_some() {
                            &mut *err
                        } else {
                            &mut *out
                        };
                        let _ = w.write_all(summary.as_bytes());
                    }
                }
            }
            if plan.unusable() {
                exit = exit.max(Exit::Unusable);
            } else if plan.fails(report.fail_on) {
                exit = exit.max(Exit::Violations);
            }
            if keep {
                report.plans.push(plan);
            }
        },
    );
    let file_style = Style {
        color: false,
        ..style
    };
    exit.max(finish(&report, &outputs, file_style, out, err))
}

/// The options every plan is checked with: `--date`, the limits, `--threads`. (Also how
/// the editor's server checks a plan, from `staffcheck.toml`'s settings.)
pub(crate) fn options(args: &CheckArgs, lang: Lang) -> Result<Options, Diagnostic> {
    let date = args
        .date
        .as_deref()
        .map(|text| parse_date(text, lang))
        .transpose()?;
    Ok(Options {
        date,
        limits: args.limits(),
        reading: crate::plan::Reading {
            threads: args.threads,
            ..crate::plan::Reading::default()
        },
        lang,
    })
}

/// The rule files `--rules` names, else the built-in set.
pub(crate) fn load_rules(args: &CheckArgs, lang: Lang) -> Result<Resolved, Vec<Diagnostic>> {
    if args.rules.is_empty() {
        ruleset::load_builtin()
    } else {
        ruleset::load_paths(&args.rules, lang)
    }
}

/// Each `--param NAME=VALUE`, in order, set in the program; the first refused, why.
pub(crate) fn set_params(
    program: &mut Program,
    args: &CheckArgs,
    lang: Lang,
) -> Result<(), Diagnostic> {
    args.params
        .iter()
        .try_for_each(|assignment| param_override::apply(program, assignment, lang))
}

/// Writes every output not already streamed: documents to stdout, everything to files.
fn finish(
    report: &Report,
    outputs: &[Output],
    file_style: Style,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Exit {
    let mut exit = Exit::Clean;
    for output in outputs {
        match &output.target {
            Target::Stdout if output.format.is_stream() => {}
            Target::Stdout => {
                let _ = out.write_all(output.format.render(report, file_style).as_bytes());
            }
            Target::File(path) => {
                let text = output.format.render(report, file_style);
                if let Err(error) = super::atomic::write_atomically(path, text.as_bytes()) {
                    let lang = report.lang;
                    let message = t_with(
                        lang,
                        "check-cannot-write-report",
                        &[
                            ("format", &output.format),
                            ("path", &path.display()),
                            ("why", &super::atomic::why_not_written(path, &error, lang)),
                        ],
                    );
                    let diagnostic = Diagnostic::error(Code::Io, message)
                        .help(t(lang, "check-cannot-write-report-help"));
                    let _ = writeln!(err, "{}", render(&diagnostic, file_style));
                    exit = Exit::Unusable;
                }
            }
        }
    }
    exit
}

/// Checks every input on up to one thread per core and hands each plan's report to
/// `done` in input order, as soon as it and every plan before it are checked.
fn check_all(
    program: &Program,
    inputs: &[Input],
    options: Options,
    stdin_name: &str,
    mut done: impl FnMut(PlanReport),
) {
    let workers = match options.reading.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(inputs.len());
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::channel::<(usize, PlanReport)>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let sender = sender.clone();
            let next = &next;
            scope.spawn(move || loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(input) = inputs.get(index) else {
                    break;
                };
                let report = check_input(program, input, options, stdin_name);
                if sender.send((index, report)).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        // Plans finish out of order; hold each until those before it are handed on.
        let mut waiting = std::collections::BTreeMap::new();
        let mut expected = 0;
        for (index, report) in receiver {
            waiting.insert(index, report);
            while let Some(report) = waiting.remove(&expected) {
                done(report);
                expected += 1;
            }
        }
    });
}

fn check_input(program: &Program, input: &Input, options: Options, stdin_name: &str) -> PlanReport {
    match input {
        Err((name, diagnostic)) => PlanReport {
            file: name.clone(),
            result: Err(vec![diagnostic.clone()]),
            read: false,
        },
        Ok(path) => {
            let from_stdin = inputs::is_stdin(path);
            let file = if from_stdin {
                stdin_name.to_string()
            } else {
                ruleset::relative_name(path)
            };
            let read = if from_stdin {
                read_stdin(&file, options)
            } else {
                read_plan(path, &file, options)
            };
            match read {
                Ok(bytes) if crate::plan::workbook::is_workbook(&file) => PlanReport {
                    result: check::check_workbook(program, &file, bytes, options),
                    file,
                    read: true,
                },
                Ok(bytes) => match crate::plan::decode(&file, bytes, options.lang) {
                    Ok(source) => PlanReport {
                        result: check::check(program, &source, options),
                        file,
                        read: true,
                    },
                    Err(diagnostic) => PlanReport {
                        file,
                        result: Err(vec![diagnostic]),
                        read: false,
                    },
                },
                Err(diagnostic) => PlanReport {
                    file,
                    result: Err(vec![diagnostic]),
                    read: false,
                },
            }
        }
    }
}

/// A plan's bytes, refused before reading if it is over the size limit (also how the
/// editor's server reads a workbook).
pub(crate) fn read_plan(path: &Path, name: &str, options: Options) -> Result<Vec<u8>, Diagnostic> {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let lang = options.lang;
    if size > options.limits.max_file_bytes {
        let message = t_with(
            lang,
            "check-plan-too-big",
            &[
                ("name", &name),
                ("size", &size),
                ("max", &options.limits.max_file_bytes),
            ],
        );
        let help = t(lang, "check-plan-too-big-help");
        return Err(Diagnostic::error(Code::Limit, message).help(help));
    }
    std::fs::read(path).map_err(|error| {
        let why = crate::io_error::describe_in(&error, lang);
        let message = t_with(
            lang,
            "check-cannot-read-plan",
            &[("name", &name), ("why", &why)],
        );
        Diagnostic::error(Code::Io, message).help(t(lang, "check-cannot-read-plan-help"))
    })
}

/// The plan piped in (`-`), refused once it passes the size limit.
fn read_stdin(name: &str, options: Options) -> Result<Vec<u8>, Diagnostic> {
    use std::io::Read;
    let limit = options.limits.max_file_bytes;
    let mut bytes = Vec::new();
    let read = std::io::stdin()
        .lock()
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes);
    let lang = options.lang;
    if let Err(error) = read {
        let why = crate::io_error::describe_in(&error, lang);
        let message = t_with(lang, "check-cannot-read-stdin", &[("why", &why)]);
        return Err(
            Diagnostic::error(Code::Io, message).help(t(lang, "check-cannot-read-stdin-help"))
        );
    }
    if bytes.len() as u64 > limit {
        let message = t_with(
            lang,
            "check-stdin-too-big",
            &[("name", &name), ("max", &limit)],
        );
        let help = t(lang, "check-stdin-too-big-help");
        return Err(Diagnostic::error(Code::Limit, message).help(help));
    }
    Ok(bytes)
}

fn parse_date(text: &str, lang: Lang) -> Result<chrono::NaiveDate, Diagnostic> {
    crate::syntax::parse_date(text).ok_or_else(|| {
        Diagnostic::error(
            Code::Usage,
            t_with(lang, "check-bad-date", &[("text", &text)]),
        )
        .help(t(lang, "check-bad-date-help"))
    })
}
