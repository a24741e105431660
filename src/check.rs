//! One plan against one program: load, pick the date, evaluate, explain. No printing here.

use chrono::NaiveDate;

use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::eval::Evaluator;
use crate::i18n::t;
use crate::ir::Program;
use crate::lang::Lang;
use crate::plan::{self, Limits, Loaded, Plan, Reading, Stored};
use crate::report::baseline::Compared;
use crate::report::fingerprint::Fingerprints;
use crate::report::{self, Overview, Summary};
use crate::source::Source;
use crate::waiver::Waived;

#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Judge the plan as of this date instead of its own.
    pub date: Option<NaiveDate>,
    pub limits: Limits,
    /// Threads for reading the plan and for evaluating the rules (0: one per core). The
    /// outcome is the same whatever the count.
    pub reading: Reading,
    /// The language of every text meant for a person.
    pub lang: Lang,
}

/// The outcome of checking one plan.
#[derive(Debug)]
pub struct Outcome {
    pub date: NaiveDate,
    /// What loading refused: values that read as undefined, records left out. The rest of
    /// the plan was checked; the plan is still not valid (exit code 2).
    pub load_errors: Vec<Diagnostic>,
    /// In the order of their place in the plan, then rule id.
    pub diagnostics: Vec<Diagnostic>,
    /// What names each finding and each waived finding when lines move.
    pub fingerprints: Fingerprints,
    pub summary: Summary,
    /// The plan's header, section sizes and units, for reports that show the plan.
    pub overview: Overview,
    /// The findings waivers in force cover, in the order of their place in the plan. They
    /// are not in `diagnostics`, and count toward no exit code.
    pub waived: Vec<Waived>,
    /// With `--baseline`: the findings it lists (not in `diagnostics`) and those it lists
    /// that the plan no longer has.
    pub baseline: Option<Compared>,
}

pub fn check(
    program: &Program,
    source: &Source,
    options: Options,
) -> Result<Outcome, Vec<Diagnostic>> {
    let loaded = plan::load_with(
        source,
        &program.schema,
        options.limits,
        options.reading,
        options.lang,
    )?;
    check_plan(program, loaded, options)
}

/// A workbook plan (`.xlsx`, `.ods`, `.xls`), named `name`, against one program.
pub fn check_workbook(
    program: &Program,
    name: &str,
    bytes: Vec<u8>,
    options: Options,
) -> Result<Outcome, Vec<Diagnostic>> {
    let loaded = plan::workbook::load(name, bytes, &program.schema, options.limits, options.lang)?;
    check_plan(program, loaded, options)
}

/// A loaded plan against one program, whichever format it was read from: every rule runs on
/// what loaded, and the load errors are reported with the findings.
fn check_plan(
    program: &Program,
    loaded: Loaded,
    options: Options,
) -> Result<Outcome, Vec<Diagnostic>> {
    let Loaded {
        mut plan,
        errors: load_errors,
    } = loaded;
    // Without a date nothing can be judged: the load errors say why, then that.
    let date = judge_date(program, &mut plan, options.date, options.lang).map_err(|missing| {
        let mut errors = load_errors.clone();
        errors.extend(missing);
        errors
    })?;
    let threads = match options.reading.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let findings = Evaluator::run_parallel(program, &plan, date, threads);
    // Explaining re-evaluates only the records that failed, with caches of its own.
    let mut evaluator = Evaluator::new(program, &plan, date);
    evaluator.lang = options.lang;
    let mut diagnostics: Vec<Diagnostic> = findings
        .iter()
        .map(|f| report::finding(&mut evaluator, f))
        .collect();
    let waived = crate::waiver::apply(program, &plan, date, options.lang, &mut diagnostics);
    diagnostics.sort_by(|a, b| (a.primary_span(), &a.code).cmp(&(b.primary_span(), &b.code)));
    let mut summary = Summary {
        lang: options.lang,
        ..Summary::default()
    };
    diagnostics.iter().for_each(|d| summary.add(d));
    summary.waived = waived.len();
    summary.load_errors = load_errors.len();
    let overview = report::overview(&program.schema, &plan, options.lang);
    Ok(Outcome {
        date,
        load_errors,
        fingerprints: Fingerprints::of(&diagnostics, &waived),
        diagnostics,
        summary,
        overview,
        waived,
        baseline: None,
    })
}

/// The date rules are judged at: `--date`, else the header's `date`. With `--date`, the
/// header's `date` reads as the override, so rules that compute ages see one date.
fn judge_date(
    program: &Program,
    plan: &mut Plan,
    date: Option<NaiveDate>,
    lang: Lang,
) -> Result<NaiveDate, Vec<Diagnostic>> {
    let header = program.schema.header();
    let field = header.and_then(|h| program.schema.collection(h).field("date"));
    let (Some(header), Some(field)) = (header, field) else {
        return date.ok_or_else(|| vec![missing_date(plan, lang)]);
    };
    if plan.len(header) == 0 {
        return date.ok_or_else(|| vec![missing_date(plan, lang)]);
    }
    match (date, plan.value(header, 0, field)) {
        (Some(date), _) => {
            plan.set_value(header, 0, field, Stored::Date(date));
            Ok(date)
        }
        (None, Stored::Date(date)) => Ok(*date),
        (None, _) => Err(vec![missing_date(plan, lang)]),
    }
}

fn missing_date(plan: &Plan, lang: Lang) -> Diagnostic {
    Diagnostic::error(Code::MissingField, t(lang, "no-date"))
        .at(
            &plan.source,
            crate::source::Span::new(0, 0),
            t(lang, "no-date-label"),
        )
        .help(t(lang, "no-date-help"))
        .about("date")
}
