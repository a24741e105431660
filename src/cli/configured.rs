//! The command line with `staffcheck.toml`'s defaults: for `check` and `test`, each setting
//! of the file's section whose flag the command line does not give is added as the
//! arguments it stands for, then everything is parsed at once. A flag given on the command
//! line wins, a list flag (`--rules`, `--param`, `--format`) replacing the file's whole
//! list. A value the option refuses is reported at its place in the file.

use std::ffi::OsString;

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches, Parser};

use super::{CheckArgs, Cli, Command};
use crate::code::Code;
use crate::config::{Config, Setting};
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_with};
use crate::lang::Lang;

/// Why the command line could not be read.
pub enum Refused {
    Arguments(clap::Error),
    Config(Box<Diagnostic>),
}

/// The command line `argv` (the program's name first), with the configuration's defaults;
/// `--help` and clap's errors in `help` (the language `--lang` asks for, read before clap).
pub fn parse(argv: Vec<OsString>, help: Lang) -> Result<Cli, Refused> {
    let matches = super::help_text::command(help)
        .try_get_matches_from(&argv)
        .map_err(Refused::Arguments)?;
    let Some((name, given)) = matches.subcommand() else {
        return Cli::from_arg_matches(&matches).map_err(Refused::Arguments);
    };
    // The file's mistakes are said in the language the command line asks for: `--lang`, else
    // the environment's (the file has no say in it).
    let lang = matches
        .try_get_one::<Lang>("lang")
        .ok()
        .flatten()
        .copied()
        .unwrap_or_else(Lang::from_env);
    let config = match (name, given.try_get_one::<bool>("no_config")) {
        (_, Ok(Some(true))) | (_, Err(_)) => None,
        _ => match given.get_one::<std::path::PathBuf>("config") {
            Some(file) => Some(Config::load(file, lang)),
            None => std::env::current_dir()
                .ok()
                .and_then(|dir| Config::discover(&dir, lang).transpose()),
        },
    };
    let config = match config {
        Some(Ok(config)) => config,
        Some(Err(diagnostic)) => return Err(Refused::Config(Box::new(diagnostic))),
        None => return Cli::from_arg_matches(&matches).map_err(Refused::Arguments),
    };
    let settings = match name {
        "check" => &config.check,
        "test" => &config.test,
        _ => return Cli::from_arg_matches(&matches).map_err(Refused::Arguments),
    };
    let command = Cli::command();
    let Some(subcommand) = command.find_subcommand(name) else {
        return Cli::from_arg_matches(&matches).map_err(Refused::Arguments);
    };
    let mut added: Vec<OsString> = Vec::new();
    for setting in settings {
        let id = subcommand
            .get_arguments()
            .find(|arg| arg.get_long() == Some(setting.key))
            .map(|arg| arg.get_id().as_str());
        let on_command_line =
            id.is_some_and(|id| matches!(given.value_source(id), Some(ValueSource::CommandLine)));
        if !on_command_line {
            accepted(name, setting, &config, lang).map_err(Refused::Config)?;
            added.extend(setting.arguments.iter().map(OsString::from));
        }
    }
    // The defaults go right after the command's name, before any `--` the user wrote.
    let at = argv
        .iter()
        .skip(1)
        .position(|argument| argument == name)
        .map_or(argv.len(), |i| i + 2);
    let mut all = argv;
    all.splice(at..at, added);
    let matches = super::help_text::command(help)
        .try_get_matches_from(all)
        .map_err(Refused::Arguments)?;
    Cli::from_arg_matches(&matches).map_err(Refused::Arguments)
}

/// Whether the command accepts the setting's arguments, else the reason at the setting's
/// place in the file.
fn accepted(
    name: &str,
    setting: &Setting,
    config: &Config,
    lang: Lang,
) -> Result<(), Box<Diagnostic>> {
    let mut alone: Vec<String> = vec!["staffcheck".into(), name.into()];
    alone.extend(setting.arguments.iter().cloned());
    if name == "check" {
        alone.push("-".into());
    }
    match Cli::command().try_get_matches_from(alone) {
        Ok(_) => Ok(()),
        Err(error) => {
            let reason = super::clap_error::reason(&error, lang);
            let help = match super::clap_error::valid_values(&error) {
                Some(values) => t_with(
                    lang,
                    "config-possible-values",
                    &[("values", &values.join(", "))],
                ),
                None => t_with(
                    lang,
                    "config-see-help",
                    &[("command", &name), ("key", &setting.key)],
                ),
            };
            // clap's reason in `lang` (`clap_error`).
            let diagnostic = Diagnostic::error(
                Code::Config,
                t_with(
                    lang,
                    "config-refused",
                    &[("key", &setting.key), ("reason", &reason)],
                ),
            )
            .at(
                &config.source,
                setting.span,
                t(lang, "config-refused-label"),
            )
            .help(help);
            Err(Box::new(diagnostic))
        }
    }
}

/// `staffcheck check PLAN` as `config`'s `[check]` settings make it (none: the defaults),
/// parsed as the command line parses them: how the editor's server checks a plan as `check`
/// does. A setting the command refuses is said at its place in the file.
pub(crate) fn check_args(
    config: Option<&Config>,
    plan: &std::path::Path,
    lang: Lang,
) -> Result<CheckArgs, Box<Diagnostic>> {
    let mut argv: Vec<OsString> = vec!["staffcheck".into(), "check".into()];
    if let Some(config) = config {
        for setting in &config.check {
            accepted("check", setting, config, lang)?;
            argv.extend(setting.arguments.iter().map(OsString::from));
        }
    }
    argv.push("--".into());
    argv.push(plan.into());
    let refused = |reason: String| {
        Box::new(Diagnostic::error(
            Code::Config,
            t_with(
                lang,
                "config-refused",
                &[("key", &"check"), ("reason", &reason)],
            ),
        ))
    };
    match Cli::try_parse_from(argv) {
        Ok(Cli {
            command: Command::Check(args),
            ..
        }) => Ok(args),
        Ok(_) => Err(refused(String::new())),
        Err(error) => Err(refused(super::clap_error::reason(&error, lang))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every long flag of the command but the config flags and `--help`.
    fn flags(name: &str) -> Vec<String> {
        let command = Cli::command();
        let mut flags: Vec<String> = command
            .find_subcommand(name)
            .unwrap()
            .get_arguments()
            .filter_map(|arg| arg.get_long().map(str::to_string))
            .filter(|long| !["help", "config", "no-config", "lang"].contains(&long.as_str()))
            .collect();
        flags.sort();
        flags
    }

    fn keys(keys: &[(&str, crate::config::Kind)]) -> Vec<String> {
        let mut keys: Vec<String> = keys.iter().map(|(key, _)| key.to_string()).collect();
        keys.sort();
        keys
    }

    #[test]
    fn the_config_keys_are_the_long_flags() {
        assert_eq!(keys(crate::config::CHECK_KEYS), flags("check"));
        assert_eq!(keys(crate::config::TEST_KEYS), flags("test"));
    }
}
