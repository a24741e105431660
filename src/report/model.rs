//! What one run reports, whatever the format: the rules, what loading them said, and each
//! plan's outcome in the order the plans were given. Formats only render this.

use chrono::NaiveDate;

use crate::ast::Severity;
use crate::check::Outcome;
use crate::diagnostic::Diagnostic;
use crate::ir::{Override, OverrideKind, Program, Rule};
use crate::lang::Lang;
use crate::source::{Location, Source};

use super::FailOn;

#[derive(Debug, Default)]
pub struct Report {
    /// Every rule of the rule set, in file order.
    pub rules: Vec<RuleInfo>,
    /// What loading the rules said: warnings, or the errors that stopped the run.
    pub rule_diagnostics: Vec<Diagnostic>,
    /// The rules of included files disabled or replaced, with why and where.
    pub overrides: Vec<OverrideInfo>,
    pub plans: Vec<PlanReport>,
    pub fail_on: FailOn,
    /// The language of every text meant for a person.
    pub lang: Lang,
}

#[derive(Debug)]
pub struct PlanReport {
    /// The plan's name as given, relative to the working directory.
    pub file: String,
    /// The findings, or why the plan could not be read or loaded.
    pub result: Result<Outcome, Vec<Diagnostic>>,
    /// Whether the file was read: its errors, if any, are from loading it.
    pub read: bool,
}

/// A rule as the formats describe it (SARIF's rule descriptors, JUnit's test cases).
#[derive(Clone, Debug)]
pub struct RuleInfo {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    pub citation: String,
    /// The address of the source's public text, and the day it was last checked.
    pub source_url: Option<String>,
    pub source_checked: Option<NaiveDate>,
    pub fix: Option<String>,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub source: Source,
    /// Where the rule is declared in its file.
    pub location: Location,
}

/// A rule disabled or replaced, as the formats state it (a note of the rule diagnostics says
/// it to people; JSON lists it, JUnit skips a disabled rule's case with the reason).
#[derive(Clone, Debug)]
pub struct OverrideInfo {
    pub rule: String,
    pub kind: OverrideKind,
    pub reason: String,
    /// The overridden rule's title, as its own file declares it.
    pub title: String,
    /// Where the `disable` or `replace rule` names the rule.
    pub file: String,
    pub location: Location,
    /// Where the rule overridden is declared.
    pub declared_file: String,
    pub declared: Location,
}

impl OverrideInfo {
    pub fn new(o: &Override, lang: Lang) -> OverrideInfo {
        let location =
            |origin: &crate::schema::Origin| origin.source.location(origin.span.start as usize);
        OverrideInfo {
            rule: o.rule.clone(),
            kind: o.kind,
            reason: o.reason.get(lang).clone(),
            title: o.original.title.get(lang).clone(),
            file: o.origin.source.name().to_string(),
            location: location(&o.origin),
            declared_file: o.declared.source.name().to_string(),
            declared: location(&o.declared),
        }
    }
}

impl RuleInfo {
    /// The rule's texts in `lang`.
    pub fn new(rule: &Rule, lang: Lang) -> RuleInfo {
        RuleInfo {
            id: rule.id.clone(),
            title: rule.title.get(lang).clone(),
            severity: rule.severity,
            citation: rule.citation.get(lang).clone(),
            source_url: rule.source_url.clone(),
            source_checked: rule.source_checked,
            fix: rule.help.as_ref().map(|help| help.get(lang).clone()),
            from: rule.from,
            until: rule.until,
            source: rule.source.clone(),
            location: rule.source.location(rule.span.start as usize),
        }
    }

    pub fn in_force(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= date) && self.until.is_none_or(|until| date <= until)
    }
}

impl Report {
    pub fn new(program: Option<&Program>, fail_on: FailOn, lang: Lang) -> Report {
        Report {
            rules: program
                .map(|p| {
                    p.rules
                        .iter()
                        .map(|rule| RuleInfo::new(rule, lang))
                        .collect()
                })
                .unwrap_or_default(),
            overrides: program
                .map(|p| {
                    p.overrides
                        .iter()
                        .map(|o| OverrideInfo::new(o, lang))
                        .collect()
                })
                .unwrap_or_default(),
            fail_on,
            lang,
            ..Report::default()
        }
    }

    pub fn rule(&self, id: &str) -> Option<&RuleInfo> {
        self.rules.iter().find(|rule| rule.id == id)
    }

    /// Whether the rules failed to load, so that no plan was checked.
    pub fn rules_failed(&self) -> bool {
        self.rule_diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

impl PlanReport {
    /// The findings of a checked plan; none for a plan that was not loaded.
    pub fn findings(&self) -> &[Diagnostic] {
        match &self.result {
            Ok(outcome) => &outcome.diagnostics,
            Err(_) => &[],
        }
    }

    /// What loading refused in a plan that was checked all the same.
    pub fn load_errors(&self) -> &[Diagnostic] {
        match &self.result {
            Ok(outcome) => &outcome.load_errors,
            Err(_) => &[],
        }
    }

    /// Whether the plan is not valid: it could not be read or loaded, or loading refused
    /// some of it (exit code 2 either way).
    pub fn unusable(&self) -> bool {
        self.result.is_err() || !self.load_errors().is_empty()
    }

    /// The line closing the errors of a plan that was read but did not load.
    pub fn not_loaded_line(&self, lang: Lang) -> Option<String> {
        match &self.result {
            Err(errors) if self.read => {
                let args = [
                    ("file", self.file.as_str().into()),
                    ("n", errors.len().into()),
                ];
                Some(crate::i18n::t_args(lang, "plan-not-loaded", &args) + "\n")
            }
            _ => None,
        }
    }

    /// Whether `--fail-on` counts this plan as failed by its findings.
    pub fn fails(&self, fail_on: FailOn) -> bool {
        self.findings().iter().any(|d| fail_on.fails(d.severity))
    }
}
