//! The command line: parsing arguments, reading files, printing, exit codes. The only
//! layer that does I/O or decides how the process ends.

mod check;
mod exit;
mod explain;
mod fmt;
mod inputs;
mod lint;
mod output;
mod reference;
mod rules;
mod schema;
mod test;

pub use exit::Exit;
pub use output::FormatArg;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::report::{ColorChoice, FailOn};

#[derive(Parser, Debug)]
#[command(name = "staffcheck", version, about = "Checks personnel plans against staffing rules", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
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
    /// Print a shell completion script.
    Completions(CompletionsArgs),
    /// Print a man page in roff: staffcheck's, or one subcommand's.
    Man(ManArgs),
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Plan files (YAML), directories (every *.yaml and *.yml under them) or quoted glob
    /// patterns ('plans/**/*.yaml') to check.
    #[arg(required = true, value_name = "PLAN")]
    pub plans: Vec<PathBuf>,
    /// Rule files or directories to use instead of the built-in rules (repeatable).
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Judge the plans as of this date (YYYY-MM-DD) instead of their own `date`.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Override a parameter of the rules, for every date (repeatable).
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
    /// The least severe finding that makes the exit code 1.
    #[arg(long, value_enum, default_value = "error", value_name = "LEVEL")]
    pub fail_on: FailOn,
}

#[derive(clap::Args, Debug)]
pub struct SchemaArgs {
    /// Rule files or directories whose schema to describe, instead of the built-in one.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct TestArgs {
    /// Test files (`*.test.yaml`) or directories (every `*.test.yaml` under them).
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,
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
    /// Rule files or directories (every `*.rules` under them).
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

pub fn main() -> std::process::ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() {
                Exit::Unusable
            } else {
                Exit::Clean
            };
            let _ = error.print();
            return code.into();
        }
    };
    let exit = match cli.command {
        Command::Check(args) => check::run(&args, &mut std::io::stdout(), &mut std::io::stderr()),
        Command::Schema(args) => schema::run(&args, &mut std::io::stdout(), &mut std::io::stderr()),
        Command::Test(args) => test::run(&args, &mut std::io::stdout(), &mut std::io::stderr()),
        Command::Explain(args) => {
            explain::run(&args, &mut std::io::stdout(), &mut std::io::stderr())
        }
        Command::Rules(args) => rules::run(&args, &mut std::io::stdout(), &mut std::io::stderr()),
        Command::Lint(args) => lint::run(&args, &mut std::io::stdout(), &mut std::io::stderr()),
        Command::Fmt(args) => fmt::run(&args, &mut std::io::stdout(), &mut std::io::stderr()),
        Command::Completions(args) => reference::completions(args.shell, &mut std::io::stdout()),
        Command::Man(args) => reference::man(
            args.command.as_deref(),
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
    };
    exit.into()
}

/// The built-in rules, or those at `paths`; on failure the errors are printed to `err`.
fn load_rules(paths: &[PathBuf], err: &mut dyn std::io::Write) -> Option<crate::ir::Program> {
    let loaded = if paths.is_empty() {
        crate::ruleset::load_builtin()
    } else {
        crate::ruleset::load_paths(paths)
    };
    match loaded {
        Ok(resolved) => Some(resolved.program),
        Err(errors) => {
            for diagnostic in &errors {
                let _ = writeln!(
                    err,
                    "{}",
                    crate::report::render(diagnostic, crate::report::Style::default())
                );
            }
            let _ = writeln!(
                err,
                "the rules could not be loaded: {} error(s)",
                errors.len()
            );
            None
        }
    }
}
