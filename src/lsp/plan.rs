//! A plan as the editor holds it: checked against the rule set configured for it, every load
//! error and finding a diagnostic (a finding's code is its rule's id, linked to the rule's
//! source), each finding carrying what the waiver code action needs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lsp_types::Uri;

use super::diagnostic::Places;
use super::position::Lines;
use crate::check::{self, Options};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::ir::Program;
use crate::lang::Lang;
use crate::ruleset::relative_name;
use crate::source::SourceFile;

/// Whether a YAML document is a plan: it has the `plan:` header section. Other YAML files
/// (rule tests, CI workflows) are left alone.
pub fn is_plan(text: &str) -> bool {
    text.lines().any(|line| line.starts_with("plan:"))
}

/// The rule files a plan is checked against: the `[check] rules` of the `staffcheck.toml`
/// in its directory or the nearest parent; none (the built-in rules) without one. A bad
/// configuration is said in `lang`.
pub fn rule_paths(plan: &Uri, lang: Lang) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let Some(dir) = super::uri::to_path(plan).and_then(|p| p.parent().map(Path::to_path_buf))
    else {
        return Ok(Vec::new());
    };
    let config = Config::discover(&dir, lang).map_err(|error| vec![error])?;
    Ok(config
        .iter()
        .flat_map(|config| &config.check)
        .filter(|setting| setting.key == "rules")
        .flat_map(|setting| &setting.arguments)
        .filter_map(|argument| argument.strip_prefix("--rules="))
        .map(PathBuf::from)
        .collect())
}

/// The rule sets plans are checked against, by their files (none: the built-in set), each
/// loaded on first need.
pub type RuleSets = HashMap<Vec<PathBuf>, Result<Program, Vec<Diagnostic>>>;

/// `check` run with the rule set configured for the plan `plan` (loaded into `rule_sets` on
/// first need); the configuration's or the rule set's errors when they do not load.
pub fn with_rules(
    rule_sets: &mut RuleSets,
    plan: &Uri,
    lang: Lang,
    check: impl FnOnce(&Program) -> Vec<lsp_types::Diagnostic>,
) -> Vec<lsp_types::Diagnostic> {
    let failed;
    let loaded = match rule_paths(plan, lang) {
        Ok(paths) => &*rule_sets
            .entry(paths)
            .or_insert_with_key(|paths| load_rules(paths, lang)),
        Err(errors) => {
            failed = Err(errors);
            &failed
        }
    };
    match loaded {
        Ok(program) => check(program),
        Err(errors) => {
            let lines = Lines::new("");
            errors
                .iter()
                .map(|d| super::diagnostic::to_lsp(d, plan, &Places::Text(&lines), None, None))
                .collect()
        }
    }
}

/// The rule set at `paths`, the built-in one when there are none; errors said in `lang`.
pub fn load_rules(paths: &[PathBuf], lang: Lang) -> Result<Program, Vec<Diagnostic>> {
    let loaded = match paths.is_empty() {
        true => crate::ruleset::load_builtin(),
        false => crate::ruleset::load_paths(paths, lang),
    };
    loaded.map(|resolved| resolved.program)
}

/// The plan's diagnostics: what loading refused, then the findings.
pub fn analyse(
    document: &Uri,
    text: &str,
    program: &Program,
    lang: Lang,
) -> Vec<lsp_types::Diagnostic> {
    let name = super::uri::to_path(document).map_or_else(
        || document.as_str().to_string(),
        |path| relative_name(&path),
    );
    let source = SourceFile::new(name, text);
    let lines = Lines::new(text);
    let checked = check::check(program, &source, options(lang));
    diagnostics(
        checked,
        program,
        document,
        &Places::Text(&lines),
        Waivers::Offered,
    )
}

/// How a plan is checked in the editor: as `staffcheck check` would, in `lang`.
pub fn options(lang: Lang) -> Options {
    Options {
        lang,
        ..Options::default()
    }
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
