//! A plan as the editor holds it: checked against the rule set configured for it, every load
//! error and finding a diagnostic (a finding's code is its rule's id, linked to the rule's
//! source), each finding carrying what the waiver code action needs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lsp_types::Uri;

use super::diagnostic::Places;
use super::position::Lines;
use crate::check::{self, Options};
use crate::cli::CheckArgs;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::i18n::t;
use crate::ir::Program;
use crate::lang::Lang;
use crate::report::baseline::Baseline;
use crate::ruleset::relative_name;
use crate::source::SourceFile;

/// Whether a YAML document is a plan: it has the `plan:` header section. Other YAML files
/// (rule tests, CI workflows) are left alone.
pub fn is_plan(text: &str) -> bool {
    text.lines().any(|line| line.starts_with("plan:"))
}

/// How a plan is checked: as `staffcheck check PLAN` would check it from the plan's
/// directory, with the `[check]` settings of the `staffcheck.toml` there or in the nearest
/// parent (`cli::configured::check_args`, the command line's own conversion, so a setting
/// means in the editor what it means to `check`).
pub struct Setup {
    /// The configuration file, when there is one.
    pub config: Option<Config>,
    pub args: CheckArgs,
}

impl Setup {
    /// Where a setting of the file is written, to place a diagnostic about it there.
    fn place(&self, key: &str, diagnostic: Diagnostic, lang: Lang) -> Diagnostic {
        let written = self.config.as_ref().and_then(|config| {
            let setting = config.check.iter().find(|setting| setting.key == key)?;
            Some((&config.source, setting.span))
        });
        match written {
            Some((source, span)) if diagnostic.labels.is_empty() => {
                diagnostic.at(source, span, t(lang, "config-refused-label"))
            }
            _ => diagnostic,
        }
    }
}

/// The setup for the plan `plan`; what is wrong with the configuration said in `lang`.
pub fn setup(plan: &Uri, lang: Lang) -> Result<Setup, Diagnostic> {
    let path = super::uri::to_path(plan).unwrap_or_default();
    let config = path
        .parent()
        .and_then(Config::find)
        .map(|file| Config::load(&file, lang))
        .transpose()?;
    let args = crate::cli::configured::check_args(config.as_ref(), &path, lang)
        .map_err(|refused| *refused)?;
    Ok(Setup { config, args })
}

/// The rule files a plan is checked against: the `[check] rules` of its configuration;
/// none (the built-in rules) without one.
pub fn rule_paths(plan: &Uri, lang: Lang) -> Result<Vec<PathBuf>, Diagnostic> {
    setup(plan, lang).map(|setup| setup.args.rules)
}

/// The rule sets plans are checked against, by their files (none: the built-in set) and
/// the parameters set over them (`[check] param`), each loaded on first need from the files
/// as saved, as `check` reads them.
#[derive(Default)]
pub struct RuleSets {
    loaded: HashMap<RuleSetKey, Result<Program, Vec<Diagnostic>>>,
}

/// A rule set's files and the parameters set over it (`--param`'s assignments, in order).
type RuleSetKey = (Vec<PathBuf>, Vec<String>);

impl RuleSets {
    /// Forgets every rule set read from files, after a rule file or a configuration
    /// changed: each is loaded again on its next need. (All of them, not only those that
    /// read the file: a set that failed to load may have failed for want of it, and a
    /// configuration's parameters are placed by its text.) The built-in set, compiled in,
    /// stays, unless parameters were set over it.
    pub fn forget(&mut self) {
        self.loaded
            .retain(|(paths, params), _| paths.is_empty() && params.is_empty());
    }

    /// The program `setup` checks with: its rules, with its parameters set.
    fn get(&mut self, setup: &Setup, lang: Lang) -> &Result<Program, Vec<Diagnostic>> {
        let key = (setup.args.rules.clone(), setup.args.params.clone());
        self.loaded.entry(key).or_insert_with(|| {
            let mut program = crate::cli::check::load_rules(&setup.args, lang)?.program;
            crate::cli::check::set_params(&mut program, &setup.args, lang)
                .map_err(|refused| vec![setup.place("param", refused, lang)])?;
            Ok(program)
        })
    }
}

/// What checking a plan publishes: the plan's diagnostics, and, when the plan has a
/// configuration file, what is wrong with it (nothing when it is fine), for the file.
pub struct Published {
    pub plan: Vec<lsp_types::Diagnostic>,
    pub config: Option<(Uri, Vec<lsp_types::Diagnostic>)>,
}

/// `check` run as configured for the plan `plan` (its rule set loaded into `rule_sets` on
/// first need), with `--baseline` applied; the configuration's or the rule set's errors,
/// at the plan's start, when it cannot be.
pub fn check_configured(
    rule_sets: &mut RuleSets,
    plan: &Uri,
    lang: Lang,
    places: &Places,
    waivers: Waivers,
    check: impl FnOnce(&Program, Options) -> Result<check::Outcome, Vec<Diagnostic>>,
) -> Published {
    let setup = setup(plan, lang);
    let config_file = match &setup {
        Ok(setup) => setup.config.as_ref().map(|config| config.path.clone()),
        Err(_) => super::uri::to_path(plan).and_then(|path| path.parent().and_then(Config::find)),
    };
    // Why the plan cannot be checked: said at the plan's start.
    let mut refused = Vec::new();
    let mut diagnostics = Vec::new();
    match setup {
        Err(diagnostic) => refused.push(diagnostic),
        Ok(setup) => match prepare(&setup, lang) {
            Err(diagnostic) => refused.push(diagnostic),
            Ok((options, baseline)) => match rule_sets.get(&setup, lang) {
                // The rule files' errors, or a parameter the rules refuse (at its setting).
                Err(errors) => refused.extend(errors.iter().cloned()),
                Ok(program) => {
                    let mut checked = check(program, options);
                    if let (Some(baseline), Ok(outcome)) = (&baseline, &mut checked) {
                        baseline.compare(&baseline_name(plan, &setup), outcome);
                    }
                    diagnostics = self::diagnostics(checked, program, plan, places, waivers);
                }
            },
        },
    }
    // What is wrong with the configuration is said on the plan, and at its place in the
    // file when it has one there.
    diagnostics.extend(on_plan(&refused, plan));
    let config = config_file.as_deref().and_then(|path| {
        let name = relative_name(path);
        let file = super::uri::from_path(path)?;
        let in_file = refused
            .iter()
            .filter_map(|diagnostic| {
                let source = diagnostic.file().filter(|source| source.name() == name)?;
                let lines = Lines::new(source.text());
                let places = Places::Text(&lines);
                Some(super::diagnostic::to_lsp(
                    diagnostic, &file, &places, None, None,
                ))
            })
            .collect();
        Some((file, in_file))
    });
    Published {
        plan: diagnostics,
        config,
    }
}

/// The options and the baseline the setup checks with, or why not (at the setting).
fn prepare(setup: &Setup, lang: Lang) -> Result<(Options, Option<Baseline>), Diagnostic> {
    let options = crate::cli::check::options(&setup.args, lang)
        .map_err(|refused| setup.place("date", refused, lang))?;
    let baseline = setup
        .args
        .baseline
        .as_deref()
        .map(|file| Baseline::load(file, lang))
        .transpose()
        .map_err(|refused| setup.place("baseline", refused, lang))?;
    Ok((options, baseline))
}

/// The name a baseline knows the plan by: a report's plan names are as `check` was given
/// them, which with the configuration's baseline is most likely from the configuration's
/// directory; else from the server's.
fn baseline_name(plan: &Uri, setup: &Setup) -> String {
    let path = super::uri::to_path(plan).unwrap_or_default();
    let dir = setup
        .config
        .as_ref()
        .and_then(|config| config.path.parent().map(Path::to_path_buf));
    match dir.and_then(|dir| path.strip_prefix(dir).ok().map(Path::to_path_buf)) {
        Some(relative) => relative.display().to_string(),
        None => relative_name(&path),
    }
}

/// Diagnostics of another file than the plan's, at the plan's start.
fn on_plan(errors: &[Diagnostic], plan: &Uri) -> Vec<lsp_types::Diagnostic> {
    let lines = Lines::new("");
    errors
        .iter()
        .map(|d| super::diagnostic::to_lsp(d, plan, &Places::Text(&lines), None, None))
        .collect()
}

/// The plan's text checked with `options`.
pub fn check_text(
    document: &Uri,
    text: &str,
    program: &Program,
    options: Options,
) -> Result<check::Outcome, Vec<Diagnostic>> {
    let name = super::uri::to_path(document).map_or_else(
        || document.as_str().to_string(),
        |path| relative_name(&path),
    );
    let source = SourceFile::new(name, text);
    check::check(program, &source, options)
}

/// Whether a finding's diagnostic carries what the waiver code action needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Waivers {
    /// A text plan: the action writes the waiver into its `waivers:` section.
    Offered,
    /// A workbook: read-only in the editor, so no action edits it.
    NotOffered,
}

/// A checked plan's diagnostics in the document `document`: what loading refused, then
/// the findings, each with its rule's id as code linked to the rule's source.
pub fn diagnostics(
    checked: Result<check::Outcome, Vec<Diagnostic>>,
    program: &Program,
    document: &Uri,
    places: &Places,
    waivers: Waivers,
) -> Vec<lsp_types::Diagnostic> {
    let convert = |diagnostic: &Diagnostic, link, data| {
        super::diagnostic::to_lsp(diagnostic, document, places, link, data)
    };
    match checked {
        Err(errors) => errors.iter().map(|d| convert(d, None, None)).collect(),
        Ok(outcome) => {
            let load_errors = outcome.load_errors.iter().map(|d| convert(d, None, None));
            let findings = outcome.diagnostics.iter().map(|diagnostic| {
                let rule = program.rules.iter().find(|rule| rule.id == diagnostic.code);
                let link = rule.and_then(|rule| rule.source_url.as_deref());
                let waiver = diagnostic
                    .finding
                    .as_ref()
                    .filter(|_| waivers == Waivers::Offered)
                    .map(|finding| {
                        let record = finding.record.key.as_ref().unwrap_or(&finding.record.path);
                        serde_json::json!({
                            "waive": { "rule": diagnostic.code, "record": record, "date": outcome.date.to_string() }
                        })
                    });
                convert(diagnostic, link, waiver)
            });
            load_errors.chain(findings).collect()
        }
    }
}
