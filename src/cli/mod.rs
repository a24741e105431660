//! The command line: parsing arguments, reading files, printing, exit codes. The only
//! layer that does I/O or decides how the process ends.

mod check;
mod exit;

pub use exit::Exit;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::report::ColorChoice;

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
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Plan files (YAML) to check.
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
    };
    exit.into()
}
