//! `junit`: JUnit XML for CI dashboards. A test suite per plan, a test case per rule: the
//! case fails when the rule has findings at or above `--fail-on`, passes with its findings
//! in `system-out` when they are below it, and is skipped when the rule is not in force on
//! the plan's date. A rule that could not judge some records is an erroring case (never a
//! pass, whatever `--fail-on`), unless it also failed. A plan that cannot be loaded is a suite with one erroring case, `load`.
//! Waived findings are listed in their rule's `system-out`; what the waivers themselves say
//! (expired, unmatched, unknown rule) is a case of its own, `waivers`. A rule disabled by a
//! rule file is a skipped case with the reason; a replaced rule's case has a `replaced`
//! property with it.

use quick_junit::{NonSuccessKind, Property, Report as Junit, TestCase, TestCaseStatus, TestSuite};

use crate::diagnostic::Diagnostic;
use crate::eval::display::display_date;
use crate::i18n::{t, t_args, Arg};
use crate::ir::OverrideKind;
use crate::lang::Lang;
use crate::report::{OverrideInfo, PlanReport, Report};

use super::plain::line;

pub fn render(report: &Report) -> String {
    let mut junit = Junit::new(env!("CARGO_PKG_NAME"));
    if report.rules_failed() {
        let mut suite = TestSuite::new("rules");
        let rules = &report.rule_diagnostics;
        suite.add_test_case(errored("load", rules, "<rules>", false, report.lang));
        junit.add_test_suite(suite);
    }
    for plan in &report.plans {
        junit.add_test_suite(suite(report, plan));
    }
    junit.to_string().unwrap_or_default()
}

/// `disabled at province.rules:6:9: why`.
fn override_text(o: &OverrideInfo, lang: Lang) -> String {
    let action = match o.kind {
        OverrideKind::Disabled => "override-disabled",
        OverrideKind::Replaced => "override-replaced",
    };
    let args = [
        ("action", Arg::from(t(lang, action))),
        ("at", format!("{}:{}", o.file, o.location).into()),
        ("reason", o.reason.as_str().into()),
    ];
    t_args(lang, "junit-override", &args)
}

fn suite(report: &Report, plan: &PlanReport) -> TestSuite {
    let lang = report.lang;
    let mut suite = TestSuite::new(plan.file.as_str());
    let outcome = match &plan.result {
        Ok(outcome) => outcome,
        Err(errors) => {
            suite.add_test_case(errored("load", errors, &plan.file, false, lang));
            return suite;
        }
    };
    // What loading refused errs the `load` case; the rules judged the rest.
    if !outcome.load_errors.is_empty() {
        let errors = &outcome.load_errors;
        suite.add_test_case(errored("load", errors, &plan.file, true, lang));
    }
    for rule in &report.rules {
        let of_rule: Vec<&Diagnostic> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == rule.id)
            .collect();
        let mut lines: String = of_rule.iter().map(|d| line(d, &plan.file)).collect();
        let (not_judged, findings): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
            of_rule.into_iter().partition(|d| d.is_not_judged());
        for waived in outcome.waived.iter().filter(|w| w.finding.code == rule.id) {
            lines.push_str(&format!("{}\n", waived.line(lang)));
        }
        let mut case = if !rule.in_force(outcome.date) {
            let mut status = TestCaseStatus::skipped();
            let date = [("date", Arg::from(display_date(outcome.date, lang)))];
            status.set_message(t_args(lang, "junit-not-in-force", &date));
            TestCase::new(rule.id.as_str(), status)
        } else if findings.iter().any(|d| report.fail_on.fails(d.severity)) {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            let args = [
                ("n", Arg::from(findings.len())),
                ("message", findings[0].message.as_str().into()),
            ];
            let message = match not_judged.len() {
                0 => t_args(lang, "junit-findings", &args),
                n => {
                    let [n_findings, message] = args;
                    let args = [n_findings, ("not_judged", n.into()), message];
                    t_args(lang, "junit-findings-not-judged", &args)
                }
            };
            status.set_message(message);
            // The severest of its findings: a rule's severity may be chosen per record.
            let severest = findings.iter().map(|d| d.severity).max();
            status.set_type(severest.unwrap_or(rule.severity).as_str());
            status.set_description(lines);
            TestCase::new(rule.id.as_str(), status)
        } else if let Some(first) = not_judged.first() {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
            // The first record's reason, without its own "not judged: ".
            let prefix = t_args(lang, "not-judged-message", &[("reason", "".into())]);
            let reason = first
                .message
                .strip_prefix(&prefix)
                .unwrap_or(&first.message);
            let args = [
                ("n", Arg::from(not_judged.len())),
                ("reason", reason.into()),
            ];
            status.set_message(t_args(lang, "junit-not-judged", &args));
            status.set_type("not judged");
            status.set_description(lines);
            TestCase::new(rule.id.as_str(), status)
        } else {
            let mut case = TestCase::new(rule.id.as_str(), TestCaseStatus::success());
            if !lines.is_empty() {
                case.set_system_out(lines);
            }
            case
        };
        // A replacement's case says what it replaced and why.
        if let Some(o) = report.overrides.iter().find(|o| o.rule == rule.id) {
            case.add_property(Property::new("replaced", override_text(o, lang)));
        }
        case.set_classname(plan.file.as_str());
        suite.add_test_case(case);
    }
    // A disabled rule is a skipped case, with who disabled it, where and why.
    for o in report
        .overrides
        .iter()
        .filter(|o| o.kind == OverrideKind::Disabled)
    {
        let mut status = TestCaseStatus::skipped();
        status.set_message(override_text(o, lang));
        let mut case = TestCase::new(o.rule.as_str(), status);
        case.set_classname(plan.file.as_str());
        suite.add_test_case(case);
    }
    // What the plan's waivers themselves say (expired, matching nothing, an unknown rule):
    // a case of its own, failing as findings do.
    let problems: Vec<&Diagnostic> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.finding.is_none())
        .collect();
    if !problems.is_empty() {
        let lines: String = problems.iter().map(|d| line(d, &plan.file)).collect();
        let mut case = if problems.iter().any(|d| report.fail_on.fails(d.severity)) {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            let args = [
                ("n", Arg::from(problems.len())),
                ("message", problems[0].message.as_str().into()),
            ];
            status.set_message(t_args(lang, "junit-waiver-problems", &args));
            status.set_description(lines);
            TestCase::new("waivers", status)
        } else {
            let mut case = TestCase::new("waivers", TestCaseStatus::success());
            case.set_system_out(lines);
            case
        };
        case.set_classname(plan.file.as_str());
        suite.add_test_case(case);
    }
    suite
}

/// A case in error: the plan could not be loaded, or (`checked`) loading refused part of it.
fn errored(name: &str, errors: &[Diagnostic], file: &str, checked: bool, lang: Lang) -> TestCase {
    let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
    let n = [("n", Arg::from(errors.len()))];
    status.set_message(match checked {
        true => t_args(lang, "junit-load-errors", &n),
        false => t_args(lang, "junit-not-loaded", &n),
    });
    status.set_description(errors.iter().map(|d| line(d, file)).collect::<String>());
    let mut case = TestCase::new(name, status);
    case.set_classname(file);
    case
}
