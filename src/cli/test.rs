//! `staffcheck test`: runs drafters' rule tests (`*.test.yaml`), printing like `cargo test`:
//! a line per case, the differences of each failing case, the rules no case exercises, and
//! `N passed, N failed` alone on the last line.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Exit, TestArgs};
use crate::check::{self, Options};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args, t_with};
use crate::ir::Program;
use crate::lang::Lang;
use crate::report::{render, Style};
use crate::ruleset::{self, relative_name};
use crate::ruletest::{self, compare, Case, PlanRef, TestFile};
use crate::source::{Source, SourceFile};

/// Which rule set a test file runs against.
#[derive(Clone, Debug, PartialEq, Eq)]
enum RuleSet {
    Builtin,
    Paths(Vec<PathBuf>),
}

type Loaded = Result<Program, Vec<Diagnostic>>;

struct Failure {
    title: String,
    body: String,
}

pub fn run(args: &TestArgs, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let style = Style {
        color: false,
        width: args.width,
        ..Style::default()
    };
    let mut files = Vec::new();
    let mut exit = Exit::Clean;
    for path in &args.paths {
        match test_files(path, lang) {
            Ok(found) => files.extend(found),
            Err(diagnostic) => {
                let _ = writeln!(err, "{}", render(&diagnostic, style));
                exit = Exit::Unusable;
            }
        }
    }
    files.sort();
    files.dedup();

    let mut parsed = Vec::new();
    // A test file that cannot be read counts as one failed test, so the closing line
    // never reads as a success.
    let mut unreadable = Vec::new();
    for path in &files {
        match read(path, lang).and_then(|source| ruletest::parse(&source, lang)) {
            Ok(file) => parsed.push((path.clone(), file)),
            Err(diagnostics) => {
                diagnostics
                    .iter()
                    .for_each(|d| drop(writeln!(err, "{}", render(d, style))));
                exit = Exit::Unusable;
                unreadable.push(Failure {
                    title: relative_name(&std::fs::canonicalize(path).unwrap_or(path.clone())),
                    body: format!(
                        "{}\n",
                        t_args(
                            lang,
                            "test-file-unreadable",
                            &[("n", diagnostics.len().into())]
                        )
                    ),
                });
            }
        }
    }
    let total: usize = parsed.iter().map(|(_, file)| file.cases.len()).sum();
    let counts = [("total", total.into()), ("files", files.len().into())];
    let _ = writeln!(out, "\n{}", t_args(lang, "test-running", &counts));

    let mut rule_sets: Vec<(RuleSet, Loaded)> = Vec::new();
    let failed = |title: &str| t_with(lang, "test-failed", &[("title", &title)]);
    for failure in &unreadable {
        let _ = writeln!(out, "{}", failed(&failure.title));
    }
    let mut failures = unreadable;
    let mut passed = 0;
    let mut exercised = BTreeSet::new();
    for (path, file) in &parsed {
        let set = rule_set(args, path, file);
        let index = match rule_sets.iter().position(|(s, _)| *s == set) {
            Some(index) => index,
            None => {
                let loaded = load(&set, lang);
                if let Err(errors) = &loaded {
                    errors
                        .iter()
                        .for_each(|d| drop(writeln!(err, "{}", render(d, style))));
                }
                rule_sets.push((set, loaded));
                rule_sets.len() - 1
            }
        };
        let loaded = &rule_sets[index].1;
        if loaded.is_err() {
            // The rules were never judged: not a test failure but an unusable run.
            exit = Exit::Unusable;
        }
        for case in &file.cases {
            exercised.extend(case.expect.iter().map(|e| e.rule.clone()));
            let title = format!(
                "{}:{}: {}",
                file.source.name(),
                file.source.location(case.span.start as usize).line,
                case.name
            );
            let unknown = match loaded {
                Ok(program) => ruletest::unknown_rule_ids(&file.source, case, program, lang),
                Err(_) => Vec::new(),
            };
            if !unknown.is_empty() {
                unknown
                    .iter()
                    .for_each(|d| drop(writeln!(err, "{}", render(d, style))));
                exit = Exit::Unusable;
                let _ = writeln!(out, "{}", failed(&title));
                let n = [("n", unknown.len().into())];
                let body = format!("{}\n", t_args(lang, "test-unknown-ids", &n));
                failures.push(Failure { title, body });
                continue;
            }
            match run_case(loaded, path, case, style, lang) {
                Ok(()) => {
                    passed += 1;
                    let _ = writeln!(out, "{}", t_with(lang, "test-ok", &[("title", &title)]));
                }
                Err(body) => {
                    let _ = writeln!(out, "{}", failed(&title));
                    failures.push(Failure { title, body });
                }
            }
        }
    }

    if !failures.is_empty() {
        let heading = t(lang, "test-failures");
        let _ = writeln!(out, "\n{heading}");
        for failure in &failures {
            let _ = write!(out, "\n---- {} ----\n{}", failure.title, failure.body);
        }
        let _ = writeln!(out, "\n{heading}");
        for failure in &failures {
            let _ = writeln!(out, "    {}", failure.title);
        }
    }

    let mut below = false;
    if args.coverage || args.min_coverage.is_some() {
        below = coverage(&rule_sets, &exercised, args, lang, out);
    }
    let counts = [("passed", passed.into()), ("failed", failures.len().into())];
    let _ = writeln!(out, "\n{}", t_args(lang, "test-summary", &counts));
    if !failures.is_empty() || below {
        exit = exit.max(Exit::Violations);
    }
    exit
}

/// Prints which rules no case expects a finding of; true when below `--min-coverage`.
/// The rules counted are those the tested rule files define; the ones they only include
/// (the built-in set a drafter's file builds on) are counted with
/// `--coverage-include-included`.
fn coverage(
    rule_sets: &[(RuleSet, Loaded)],
    exercised: &BTreeSet<String>,
    args: &TestArgs,
    lang: Lang,
    out: &mut dyn Write,
) -> bool {
    let mut rules = Vec::new();
    let mut seen = BTreeSet::new();
    let mut included = BTreeSet::new();
    for (set, loaded) in rule_sets {
        let Ok(program) = loaded else { continue };
        let defined = match set {
            RuleSet::Builtin => None,
            RuleSet::Paths(paths) => Some(ruleset::named_files(paths)),
        };
        for rule in &program.rules {
            let counted = args.coverage_include_included
                || defined
                    .as_ref()
                    .is_none_or(|names| names.iter().any(|n| n == rule.source.name()));
            if !counted {
                included.insert(rule.id.clone());
            } else if seen.insert(rule.id.clone()) {
                rules.push(rule);
            }
        }
    }
    // A rule one test file's set defines and another's only includes is counted.
    included.retain(|id| !seen.contains(id));
    let min = args.min_coverage;
    let untested: Vec<_> = rules
        .iter()
        .filter(|rule| !exercised.contains(&rule.id))
        .collect();
    let covered = rules.len() - untested.len();
    let percent = if rules.is_empty() {
        100.0
    } else {
        covered as f64 * 100.0 / rules.len() as f64
    };
    let shown = show_percent(percent, lang);
    let counts = [
        ("covered", covered.into()),
        ("n", rules.len().into()),
        ("percent", shown.clone().into()),
    ];
    let _ = writeln!(out, "\n{}", t_args(lang, "test-coverage", &counts));
    for rule in &untested {
        let location = rule.source.location(rule.span.start as usize);
        let place = format!("{}:{location}", rule.source.name());
        let args: [(&str, &dyn std::fmt::Display); 2] = [("id", &rule.id), ("place", &place)];
        let _ = writeln!(out, "  {}", t_with(lang, "test-not-exercised", &args));
    }
    if !included.is_empty() {
        let n = [("n", included.len().into())];
        let _ = writeln!(out, "  {}", t_args(lang, "test-not-counted", &n));
    }
    match min {
        Some(min) if percent < min => {
            let args: [(&str, &dyn std::fmt::Display); 2] = [("percent", &shown), ("min", &min)];
            let _ = writeln!(out, "{}", t_with(lang, "test-below-min", &args));
            true
        }
        _ => false,
    }
}

/// Runs one case, its findings and what is said about them in `lang`.
fn run_case(
    loaded: &Loaded,
    test_file: &Path,
    case: &Case,
    style: Style,
    lang: Lang,
) -> Result<(), String> {
    let program = loaded.as_ref().map_err(|errors| {
        let n = [("n", errors.len().into())];
        format!("{}\n", t_args(lang, "test-rules-not-loaded", &n))
    })?;
    let source = case_plan(test_file, case, lang).map_err(|errors| rendered(&errors, style))?;
    let options = Options {
        date: case.date,
        lang,
        ..Options::default()
    };
    let outcome = check::check(program, &source, options).map_err(|errors| {
        format!(
            "{}\n{}",
            t(lang, "test-plan-not-loaded"),
            rendered(&errors, style)
        )
    })?;
    // A case judges a valid plan: a value loading refused fails it, as before recovery.
    if !outcome.load_errors.is_empty() {
        return Err(format!(
            "{}\n{}",
            t(lang, "test-plan-load-errors"),
            rendered(&outcome.load_errors, style)
        ));
    }
    let verdict = compare(case, &outcome.diagnostics);
    if verdict.passed() {
        Ok(())
    } else {
        Err(verdict.diff(lang))
    }
}

/// `66.7`, `66,7` in Vietnamese: a coverage percentage with one decimal.
fn show_percent(percent: f64, lang: Lang) -> String {
    let shown = format!("{percent:.1}");
    match lang {
        Lang::En => shown,
        Lang::Vi => shown.replace('.', ","),
    }
}

/// The plan a case checks: written under `plan:`, or a file relative to the test file.
pub(super) fn case_plan(
    test_file: &Path,
    case: &Case,
    lang: Lang,
) -> Result<Source, Vec<Diagnostic>> {
    match &case.plan {
        PlanRef::Inline(source) => Ok(source.clone()),
        PlanRef::File { path, .. } => read(
            &test_file.parent().unwrap_or(Path::new("")).join(path),
            lang,
        ),
    }
}

/// The first case of the test files beside a rule's file that expects a finding of it,
/// with its test file: where `explain` finds an example of a drafter's rule.
pub(super) fn first_case_expecting(
    rule_file: &Path,
    id: &str,
    lang: Lang,
) -> Option<(PathBuf, TestFile, usize)> {
    let dir = match rule_file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.to_string_lossy().ends_with(".test.yaml"))
        .collect();
    files.sort();
    files.into_iter().find_map(|path| {
        let file = read(&path, lang)
            .and_then(|source| ruletest::parse(&source, lang))
            .ok()?;
        let index = file
            .cases
            .iter()
            .position(|case| case.expect.iter().any(|e| e.rule == id))?;
        Some((path, file, index))
    })
}

fn rendered(diagnostics: &[Diagnostic], style: Style) -> String {
    diagnostics
        .iter()
        .map(|d| format!("{}\n", render(d, style)))
        .collect()
}

/// `--rules`, else the test file's `rules:`, else the `*.rules` beside it, else the
/// built-in set.
fn rule_set(args: &TestArgs, path: &Path, file: &TestFile) -> RuleSet {
    if !args.rules.is_empty() {
        return RuleSet::Paths(args.rules.clone());
    }
    let dir = path.parent().unwrap_or(Path::new(""));
    match &file.rules {
        Some(names) if names.iter().any(|(n, _)| n == ruleset::BUILTIN_PREFIX) => RuleSet::Builtin,
        Some(names) => RuleSet::Paths(names.iter().map(|(n, _)| dir.join(n)).collect()),
        None => {
            let has_rules = std::fs::read_dir(if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            })
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .any(|e| e.path().extension().is_some_and(|x| x == "rules"))
            })
            .unwrap_or(false);
            if has_rules {
                RuleSet::Paths(vec![dir.to_path_buf()])
            } else {
                RuleSet::Builtin
            }
        }
    }
}

fn load(set: &RuleSet, lang: Lang) -> Loaded {
    match set {
        RuleSet::Builtin => ruleset::load_builtin(),
        RuleSet::Paths(paths) => ruleset::load_paths(paths, lang),
    }
    .map(|resolved| resolved.program)
}

/// The file itself, every `*.test.yaml` under a directory, or the files a pattern matches (walk.rs).
fn test_files(path: &Path, lang: Lang) -> Result<Vec<PathBuf>, Diagnostic> {
    let help = t(lang, "test-files-help");
    let wanted = |file: &Path| file.to_string_lossy().ends_with(".test.yaml");
    super::walk::expand(path, &wanted, lang)
        .map_err(|message| Diagnostic::error(Code::Io, message).help(help))
}

fn read(path: &Path, lang: Lang) -> Result<Source, Vec<Diagnostic>> {
    let name = relative_name(&std::fs::canonicalize(path).unwrap_or(path.to_path_buf()));
    std::fs::read_to_string(path)
        .map(|text| SourceFile::new(name.clone(), text))
        .map_err(|error| {
            let why = crate::io_error::describe_in(&error, lang);
            vec![Diagnostic::error(
                Code::Io,
                t_with(lang, "test-cannot-read", &[("name", &name), ("why", &why)]),
            )
            .help(t(lang, "test-cannot-read-help"))]
        })
}
