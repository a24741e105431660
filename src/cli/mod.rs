//! The command line: parsing arguments, reading files, printing, exit codes. The only
//! layer that does I/O or decides how the process ends.

pub(crate) mod atomic;
pub(crate) mod check;
mod clap_error;
pub(crate) mod configured;
mod convert;
mod exit;
mod explain;
mod fmt;
mod help_text;
mod inputs;
mod lint;
mod man_page;
mod output;
mod reference;
mod rules;
mod schema;
mod stdout;
mod template;
mod test;
pub(crate) mod walk;

pub use exit::Exit;
pub use output::FormatArg;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::plan::Limits;
use crate::report::{ColorChoice, FailOn, MAX_DIAGNOSTICS};

#[derive(Parser, Debug)]
#[command(name = "staffcheck", version, about = "Checks personnel plans against staffing rules", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of what staffcheck says: `vi` or `en` [default: from LC_ALL, LC_MESSAGES
    /// or LANG (a value starting `vi` means Vietnamese), else English]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::lang::Lang>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check plans against the rules (the built-in set unless --rules is given).
    Check(CheckArgs),
    /// Print a JSON Schema of the plan format, for editors that validate YAML.
    Schema(SchemaArgs),
    /// Run rule tests (`*.test.yaml`): plans and the findings each must produce.
    Test(TestArgs),
    /// Explain a rule (its window, parameters, text and an example) or a code (SC0101).
    Explain(ExplainArgs),
    /// List the rules: a table, JSON, or the Markdown of docs/rules.md.
    Rules(RulesArgs),
    /// Check rule files for mistakes loading allows: unused parameters, rules that ended.
    Lint(LintArgs),
    /// Rewrite rule files (`*.rules`) in the canonical layout; `--check` only shows the diff.
    Fmt(FmtArgs),
    /// Convert a plan between YAML and a workbook (.xlsx), either way, by the files' names.
    Convert(ConvertArgs),
    /// Serve the Language Server Protocol on stdin and stdout, for editors: diagnostics,
    /// formatting and outlines of rule files, and plans' findings with waivers as fixes.
    Lsp,
    /// Write an empty workbook (.xlsx) for the plan format: a sheet per section, a header row
    /// with notes, drop-downs for enumerations and references; fill it in, then `check` it.
    Template(TemplateArgs),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Print a man page in roff: staffcheck's, or one subcommand's.
    Man(ManArgs),
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Plan files (YAML or workbooks), directories (every *.yaml, *.yml, *.xlsx, *.ods and
    /// *.xls under them, not hidden, not ignored by .gitignore or .ignore) or quoted glob
    /// patterns ('plans/{a,b}/**/*.yaml') to check; `-` reads a plan from stdin.
    #[arg(required = true, value_name = "PLAN")]
    pub plans: Vec<PathBuf>,
    /// Read the defaults from FILE instead of the `staffcheck.toml` in this directory or its
    /// nearest parent.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Read no `staffcheck.toml`: only the command line counts.
    #[arg(long)]
    pub no_config: bool,
    /// The name diagnostics and reports give the plan read from stdin (`-`).
    #[arg(long, value_name = "NAME", default_value = "<stdin>")]
    pub stdin_filename: String,
    /// Rule files or directories to use instead of the built-in rules (repeatable).
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Judge the plans as of this date (YYYY-MM-DD) instead of their own `date`.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Override a parameter of the rules, for every date (repeatable); a set is its members
    /// separated by commas (`key_posts_from=party_secretary,council_chair`).
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// When to colour the output.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Width of the rendered diagnostics.
    #[arg(long, default_value_t = 100, value_name = "COLUMNS")]
    pub width: usize,
    /// Output format; `FORMAT=FILE` writes it to FILE (repeatable: several formats at once).
    #[arg(long = "format", value_name = "FORMAT[=FILE]", value_parser = output::FormatParser)]
    pub formats: Vec<FormatArg>,
    /// Write the format given without a file of its own to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// After each finding in `human`, show how the rule decided (its clauses and the values
    /// they saw, labelled in the plan) and the rule's source: for rule drafters.
    #[arg(long)]
    pub explain: bool,
    /// The least severe finding that makes the exit code 1.
    #[arg(long, value_enum, default_value = "error", value_name = "LEVEL")]
    pub fail_on: FailOn,
    /// The JSON report (`--format json`) of an earlier run: only findings it does not list
    /// are reported and count for the exit code; those it lists that are gone are listed as
    /// fixed. Findings are matched by plan file and fingerprint, not by line.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Threads to check with (0: one per core). The output is the same whatever the count.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// Show at most N diagnostics per plan in `human`, `plain`, `github` and `markdown` (and of load
    /// errors); a line counts the rest.
    #[arg(long, value_name = "N", default_value_t = MAX_DIAGNOSTICS, help_heading = "Limits")]
    pub max_diagnostics: usize,
    /// Refuse a plan file larger than this.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_file_bytes, help_heading = "Limits")]
    pub max_file_bytes: u64,
    /// Refuse a plan nesting more levels of lists and mappings than this.
    #[arg(long, value_name = "LEVELS", default_value_t = Limits::default().max_depth, help_heading = "Limits")]
    pub max_depth: usize,
    /// Refuse a plan with more YAML nodes (values, lists, mappings) than this.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_nodes, help_heading = "Limits")]
    pub max_nodes: usize,
    /// Refuse a plan whose aliases (`*name`) stand for more nodes than this, in all.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_alias_nodes, help_heading = "Limits")]
    pub max_alias_nodes: usize,
    /// Refuse a plan with a single value longer than this.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_scalar_bytes, help_heading = "Limits")]
    pub max_scalar_bytes: usize,
}

impl CheckArgs {
    /// The safety limits the flags set.
    pub fn limits(&self) -> Limits {
        Limits {
            max_file_bytes: self.max_file_bytes,
            max_depth: self.max_depth,
            max_nodes: self.max_nodes,
            max_alias_nodes: self.max_alias_nodes,
            max_scalar_bytes: self.max_scalar_bytes,
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct ConvertArgs {
    /// The plan to convert: YAML (`.yaml`, `.yml`) or a workbook (`.xlsx`, `.ods`, `.xls`).
    #[arg(value_name = "IN")]
    pub input: PathBuf,
    /// Where to write it: a workbook (`.xlsx`) for a YAML plan, YAML for a workbook.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Rule files or directories whose schema the plan follows, instead of the built-in one.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct TemplateArgs {
    /// Where to write the workbook (`.xlsx`); an existing file is replaced.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Rule files or directories whose schema the workbook follows, instead of the built-in one.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct SchemaArgs {
    /// Rule files or directories whose schema to describe, instead of the built-in one.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct TestArgs {
    /// Test files (`*.test.yaml`), directories (every `*.test.yaml` under them, not hidden, not
    /// ignored) or quoted glob patterns.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Read the defaults from FILE instead of the `staffcheck.toml` in this directory or its
    /// nearest parent.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Read no `staffcheck.toml`: only the command line counts.
    #[arg(long)]
    pub no_config: bool,
    /// Rule files or directories to test, instead of each test file's `rules:` (or the
    /// `*.rules` files beside it, or the built-in set).
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// List the rules that no test expects a finding of.
    #[arg(long)]
    pub coverage: bool,
    /// Fail when fewer than PCT percent of the rules have a test expecting a finding of them.
    #[arg(long, value_name = "PCT")]
    pub min_coverage: Option<f64>,
    /// Count, for coverage, the rules the tested rule files include (`include "<builtin>"`)
    /// as well as those they define.
    #[arg(long)]
    pub coverage_include_included: bool,
    /// Width of the rendered diagnostics.
    #[arg(long, default_value_t = 100, value_name = "COLUMNS")]
    pub width: usize,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// A rule id (VICE-CAP) or a diagnostic code (SC0201).
    #[arg(value_name = "ID")]
    pub id: String,
    /// Rule files or directories to look in, instead of the built-in rules.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Width of the example's rendered diagnostic.
    #[arg(long, default_value_t = 100, value_name = "COLUMNS")]
    pub width: usize,
}

#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    /// Rule files or directories to list, instead of the built-in rules.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// How to list them.
    #[arg(long, value_enum, default_value = "table")]
    pub format: RulesFormat,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum RulesFormat {
    Table,
    Json,
    Markdown,
}

#[derive(clap::Args, Debug)]
pub struct LintArgs {
    /// Rule files or directories to check, instead of the built-in rules.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Warn about rules whose window ended before this date (default 2025-07-01, when the
    /// two-level system began).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Width of the rendered diagnostics.
    #[arg(long, default_value_t = 100, value_name = "COLUMNS")]
    pub width: usize,
}

#[derive(clap::Args, Debug)]
pub struct FmtArgs {
    /// Rule files, directories (every `*.rules` under them, not hidden, not ignored) or quoted
    /// glob patterns.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Change nothing: show a diff of each file not formatted and exit 1 if there is one.
    #[arg(long)]
    pub check: bool,
    /// Width of the rendered diagnostics.
    #[arg(long, default_value_t = 100, value_name = "COLUMNS")]
    pub width: usize,
}

#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(clap::Args, Debug)]
pub struct ManArgs {
    /// The subcommand whose page to print (`check`); staffcheck's own page if left out.
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

/// Set to make `staffcheck` panic on purpose, so that a test can see what a bug looks like.
const PANIC_FOR_TEST: &str = "STAFFCHECK_PANIC_FOR_TEST";

/// What a panic prints, on any thread, before the process exits with `Exit::Bug`: a bug of
/// ours must neither pass for a finding (1) nor for a bad input (2), and never be swallowed
/// by a worker thread.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "staffcheck {}: internal error: {what}{place}\n\
             This is a bug in staffcheck, not a problem in your files. Please report it with this \
             message, the command you ran and, if you can, the files it read.",
            env!("CARGO_PKG_VERSION")
        );
        std::process::exit(Exit::Bug as i32);
    }));
}

pub fn main() -> std::process::ExitCode {
    install_panic_hook();
    if std::env::var_os(PANIC_FOR_TEST).is_some() {
        panic!("{PANIC_FOR_TEST} is set");
    }
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // `--help` and clap's errors come before `cli.lang` exists.
    let help_lang = help_text::lang_of(&argv);
    let cli = match configured::parse(argv, help_lang) {
        Ok(cli) => cli,
        Err(configured::Refused::Arguments(error)) => {
            let code = if error.use_stderr() {
                Exit::Unusable
            } else {
                Exit::Clean
            };
            clap_error::print(&error, help_lang);
            return code.into();
        }
        Err(configured::Refused::Config(diagnostic)) => {
            let style = crate::report::Style::in_lang(help_lang);
            let text = format!("{}\n", crate::report::render(&diagnostic, style));
            let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
            return Exit::Unusable.into();
        }
    };
    // The server writes its messages to stdout itself, from a thread of its own: it must not
    // find stdout locked by `out`.
    if let Command::Lsp = cli.command {
        return match crate::lsp::run(cli.lang) {
            Ok(()) => Exit::Clean,
            Err(error) => {
                eprintln!("staffcheck lsp: {error}");
                Exit::Unusable
            }
        }
        .into();
    }
    // Every command writes through `out`, so a failed write is noticed whoever made it.
    let mut out = stdout::Tracked::new(std::io::stdout().lock());
    let lang = cli.lang.unwrap_or_else(crate::lang::Lang::from_env);
    let exit = match cli.command {
        Command::Check(args) => check::run(&args, lang, &mut out, &mut std::io::stderr()),
        Command::Schema(args) => schema::run(&args, lang, &mut out, &mut std::io::stderr()),
        Command::Test(args) => test::run(&args, lang, &mut out, &mut std::io::stderr()),
        Command::Explain(args) => explain::run(&args, lang, &mut out, &mut std::io::stderr()),
        Command::Rules(args) => rules::run(&args, lang, &mut out, &mut std::io::stderr()),
        Command::Lint(args) => lint::run(&args, lang, &mut out, &mut std::io::stderr()),
        Command::Fmt(args) => fmt::run(&args, lang, &mut out, &mut std::io::stderr()),
        // Served above, before stdout was locked.
        Command::Lsp => Exit::Clean,
        Command::Completions(args) => reference::completions(args.shell, &mut out),
        Command::Man(args) => reference::man(
            args.command.as_deref(),
            lang,
            &mut out,
            &mut std::io::stderr(),
        ),
        Command::Convert(args) => convert::run(&args, lang, &mut out, &mut std::io::stderr()),
        Command::Template(args) => template::run(&args, lang, &mut out, &mut std::io::stderr()),
    };
    let exit = out.finish(exit, lang, &mut std::io::stderr());
    exit.into()
}

/// The built-in rules, or those at `paths`; on failure the errors are printed to `err`.
fn load_rules(
    paths: &[PathBuf],
    lang: crate::lang::Lang,
    err: &mut dyn std::io::Write,
) -> Option<crate::ir::Program> {
    let loaded = if paths.is_empty() {
        crate::ruleset::load_builtin()
    } else {
        crate::ruleset::load_paths(paths, lang)
    };
    match loaded {
        Ok(resolved) => Some(resolved.program),
        Err(errors) => {
            for diagnostic in &errors {
                let _ = writeln!(
                    err,
                    "{}",
                    crate::report::render(diagnostic, crate::report::Style::in_lang(lang))
                );
            }
            let n = [("n", errors.len().into())];
            let _ = writeln!(err, "{}", crate::i18n::t_args(lang, "rules-not-loaded", &n));
            None
        }
    }
}
