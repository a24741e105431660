//! `--help`, `-h` and `man` in the language of the run. The derive in `mod.rs` stays the one
//! definition of commands and arguments, its doc comments the English texts; for another
//! language the built `clap::Command` has every about, help text, heading and the
//! `[default: ...]`/`[possible values: ...]` hints replaced from the catalog (`cli-help-*`),
//! in place (`mut_args`, `get_subcommands_mut`), so order, display order and parsing are
//! the derive's. English is `Cli::command()` untouched: its output cannot change, and a
//! test holds the English catalog's texts equal to the doc comments.
//!
//! Left in English on purpose: the names of options, of their values (`<FILE>`, `<PLAN>`)
//! and the values themselves (`human`, `error`), which a user types as shown, and clap's
//! `[OPTIONS]` in a usage line, written by clap with no hook to change it.

use std::ffi::OsString;

use clap::{Arg, Command, CommandFactory};

use super::Cli;
use crate::i18n::t;
use crate::lang::Lang;

/// The language of the run before clap parses: `--lang vi`, `--lang=vi` (the last given, as
/// clap takes it; none after `--`), else the environment's. A value clap will refuse counts
/// as not given: clap's error about it is then said in the environment's language.
pub fn lang_of(argv: &[OsString]) -> Lang {
    let mut chosen = None;
    let mut args = argv.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        let value = match arg.as_ref() {
            "--" => break,
            "--lang" => args.next().map(|v| v.into_owned()),
            other => other.strip_prefix("--lang=").map(str::to_string),
        };
        match value.as_deref() {
            Some("vi") => chosen = Some(Lang::Vi),
            Some("en") => chosen = Some(Lang::En),
            _ => {}
        }
    }
    chosen.unwrap_or_else(Lang::from_env)
}

/// The command line's definition, its texts in `lang`.
pub fn command(lang: Lang) -> Command {
    match lang {
        Lang::En => Cli::command(),
        Lang::Vi => {
            let mut command = Cli::command();
            // Built first: the derive defers each subcommand's arguments, and building adds
            // `--help`, `--version` and `help`, whose texts change too.
            command.build();
            localise(command, lang)
        }
    }
}

/// A command's about, by the command's name (the `help` command copies every command under
/// it, by name, with the same about).
const ABOUT: [(&str, &str); 14] = [
    ("staffcheck", "cli-help-about"),
    ("check", "cli-help-check"),
    ("schema", "cli-help-schema"),
    ("test", "cli-help-test"),
    ("explain", "cli-help-explain"),
    ("rules", "cli-help-rules"),
    ("lint", "cli-help-lint"),
    ("fmt", "cli-help-fmt"),
    ("convert", "cli-help-convert"),
    ("lsp", "cli-help-lsp"),
    ("template", "cli-help-template"),
    ("completions", "cli-help-completions"),
    ("man", "cli-help-man"),
    ("help", "cli-help-help"),
];

/// An argument's help, by its command's name and its id (`*`: in every command).
const ARGS: [(&str, &str, &str); 52] = [
    ("*", "lang", "cli-help-lang"),
    ("check", "plans", "cli-help-check-plans"),
    ("check", "config", "cli-help-config"),
    ("check", "no_config", "cli-help-no-config"),
    ("check", "stdin_filename", "cli-help-stdin-filename"),
    ("check", "rules", "cli-help-check-rules"),
    ("check", "date", "cli-help-check-date"),
    ("check", "params", "cli-help-param"),
    ("check", "color", "cli-help-color"),
    ("check", "width", "cli-help-width"),
    ("check", "formats", "cli-help-format"),
    ("check", "output", "cli-help-output"),
    ("check", "explain", "cli-help-explain-flag"),
    ("check", "fail_on", "cli-help-fail-on"),
    ("check", "baseline", "cli-help-baseline"),
    ("check", "threads", "cli-help-threads"),
    ("check", "max_diagnostics", "cli-help-max-diagnostics"),
    ("check", "max_file_bytes", "cli-help-max-file-bytes"),
    ("check", "max_depth", "cli-help-max-depth"),
    ("check", "max_nodes", "cli-help-max-nodes"),
    ("check", "max_alias_nodes", "cli-help-max-alias-nodes"),
    ("check", "max_scalar_bytes", "cli-help-max-scalar-bytes"),
    ("schema", "rules", "cli-help-schema-rules"),
    ("test", "paths", "cli-help-test-paths"),
    ("test", "config", "cli-help-config"),
    ("test", "no_config", "cli-help-no-config"),
    ("test", "rules", "cli-help-test-rules"),
    ("test", "coverage", "cli-help-coverage"),
    ("test", "min_coverage", "cli-help-min-coverage"),
    (
        "test",
        "coverage_include_included",
        "cli-help-coverage-include-included",
    ),
    ("test", "width", "cli-help-width"),
    ("explain", "id", "cli-help-explain-id"),
    ("explain", "rules", "cli-help-explain-rules"),
    ("explain", "width", "cli-help-explain-width"),
    ("rules", "rules", "cli-help-rules-rules"),
    ("rules", "format", "cli-help-rules-format"),
    ("lint", "rules", "cli-help-lint-rules"),
    ("lint", "since", "cli-help-lint-since"),
    ("lint", "width", "cli-help-width"),
    ("fmt", "paths", "cli-help-fmt-paths"),
    ("fmt", "check", "cli-help-fmt-check"),
    ("fmt", "width", "cli-help-width"),
    ("convert", "input", "cli-help-convert-input"),
    ("convert", "output", "cli-help-convert-output"),
    ("convert", "rules", "cli-help-convert-rules"),
    ("template", "output", "cli-help-template-output"),
    ("template", "rules", "cli-help-template-rules"),
    ("completions", "shell", "cli-help-shell"),
    ("man", "command", "cli-help-man-command"),
    ("help", "subcommand", "cli-help-help-subcommand"),
    ("*", "version", "cli-help-print-version"),
    // `help` is clap's, its text depending on whether the command has a long help: below.
    ("*", "help", "cli-help-print-help"),
];

/// A possible value's help, by the argument's id and the value.
const VALUES: [(&str, &str, &str); 12] = [
    ("formats", "human", "cli-help-format-human"),
    ("formats", "plain", "cli-help-format-plain"),
    ("formats", "json", "cli-help-format-json"),
    ("formats", "sarif", "cli-help-format-sarif"),
    ("formats", "junit", "cli-help-format-junit"),
    ("formats", "github", "cli-help-format-github"),
    ("formats", "html", "cli-help-format-html"),
    ("formats", "markdown", "cli-help-format-markdown"),
    ("fail_on", "error", "cli-help-fail-on-error"),
    ("fail_on", "warning", "cli-help-fail-on-warning"),
    ("fail_on", "info", "cli-help-fail-on-info"),
    ("fail_on", "never", "cli-help-fail-on-never"),
];

fn about_id(command: &str) -> Option<&'static str> {
    ABOUT.iter().find(|(c, _)| *c == command).map(|(_, id)| *id)
}

fn arg_id(command: &str, arg: &str) -> Option<&'static str> {
    ARGS.iter()
        .find(|(c, a, _)| *a == arg && (*c == command || *c == "*"))
        .map(|(_, _, id)| *id)
}

fn value_id(arg: &str, value: &str) -> Option<&'static str> {
    VALUES
        .iter()
        .find(|(a, v, _)| *a == arg && *v == value)
        .map(|(_, _, id)| *id)
}

fn localise(mut command: Command, lang: Lang) -> Command {
    let name = command.get_name().to_string();
    if let Some(id) = about_id(&name) {
        command = command.about(t(lang, id));
    }
    // clap writes "Usage:" itself where the template says `{usage-heading}`: the template
    // is clap's default with the heading written out, in its style.
    let usage = command.get_styles().get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}:{usage:#} {{usage}}\n\n{{all-args}}{{after-help}}",
        t(lang, "cli-help-usage")
    );
    command = command
        .help_template(template)
        .subcommand_help_heading(t(lang, "cli-help-commands"))
        .mut_args(|arg| localise_arg(&name, arg, lang));
    for sub in command.get_subcommands_mut() {
        *sub = localise(std::mem::take(sub), lang);
    }
    command
}

/// The argument with its help, heading and hints in `lang`. clap writes the headings
/// "Arguments" and "Options" itself for arguments without one: every argument gets one.
fn localise_arg(command: &str, arg: Arg, lang: Lang) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let text = match (id.as_str(), arg.get_help().map(ToString::to_string)) {
        ("help", Some(help)) if help.contains("--help") => t(lang, "cli-help-print-help-more"),
        _ => match arg_id(command, &id) {
            Some(message) => t(lang, message),
            None => return arg,
        },
    };
    let heading = match arg.get_help_heading() {
        Some("Limits") => t(lang, "cli-help-limits"),
        Some(other) => other.to_string(),
        None if arg.is_positional() => t(lang, "cli-help-arguments"),
        None => t(lang, "cli-help-options"),
    };
    let takes_values = arg.get_num_args().is_some_and(|n| n.takes_values());
    let mut hints = Vec::new();
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let values: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        hints.push(format!(
            "[{}: {}]",
            t(lang, "cli-help-default"),
            values.join(" ")
        ));
    }
    let values: Vec<_> = match arg.is_hide_possible_values_set() {
        true => Vec::new(),
        false => arg
            .get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect(),
    };
    let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
    // As clap: with `--help`, values that have a help of their own are listed one a line.
    let listed = values.iter().any(|v| v.get_help().is_some());
    let mut long = text.clone();
    if listed {
        let longest = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        long.push_str(&format!(
            "\n\n{}",
            t(lang, "cli-help-possible-values-heading")
        ));
        for value in &values {
            let name = value.get_name();
            let help = match value_id(&id, name) {
                Some(message) => t(lang, message),
                None => value
                    .get_help()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
            };
            let pad = longest - name.chars().count();
            long.push_str(&format!("\n- {name}: {:pad$}{help}", ""));
        }
    }
    let mut short_hints = hints.clone();
    if !names.is_empty() {
        let hint = format!(
            "[{}: {}]",
            t(lang, "cli-help-possible-values"),
            names.join(", ")
        );
        short_hints.push(hint.clone());
        if !listed {
            hints.push(hint);
        }
    }
    let short = match short_hints.is_empty() {
        true => text.clone(),
        false => format!("{text} {}", short_hints.join(" ")),
    };
    if !hints.is_empty() {
        long.push_str(&format!("\n\n{}", hints.join("\n")));
    }
    let long = match (id.as_str(), arg.get_long_help()) {
        ("help", Some(_)) => t(lang, "cli-help-print-help-summary"),
        _ => long,
    };
    arg.help(short)
        .long_help(long)
        .help_heading(heading)
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// A man page's section headings in `lang`: clap_mangen writes them in English capitals.
pub fn man_heading(heading: &str, lang: Lang) -> Option<String> {
    let id = match heading {
        "NAME" => "cli-help-man-name",
        "SYNOPSIS" => "cli-help-man-synopsis",
        "DESCRIPTION" => "cli-help-man-description",
        "OPTIONS" => "cli-help-man-options",
        "VERSION" => "cli-help-man-version",
        "EXIT STATUS" => "cli-help-man-exit-status",
        "ENVIRONMENT" => "cli-help-man-environment",
        "EXAMPLES" => "cli-help-man-examples",
        _ => return None,
    };
    Some(t(lang, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_command(command: &Command, out: &mut Vec<Command>) {
        out.push(command.clone());
        for sub in command.get_subcommands() {
            every_command(sub, out);
        }
    }

    fn built() -> Vec<Command> {
        let mut command = Cli::command();
        command.build();
        let mut all = Vec::new();
        every_command(&command, &mut all);
        all
    }

    /// The English catalog says what the doc comments say, so a change to one that misses
    /// the other fails here; and no command or argument is left without its texts.
    #[test]
    fn the_english_catalog_is_the_derive_and_covers_every_text() {
        for command in built() {
            let name = command.get_name();
            let about = command.get_about().map(ToString::to_string);
            let id = about_id(name).unwrap_or_else(|| panic!("no about for `{name}`"));
            assert_eq!(Some(t(Lang::En, id)), about, "`{name}`");
            assert!(command.get_long_about().is_none(), "`{name}`: a long about");
            for arg in command.get_arguments() {
                let arg_name = arg.get_id().as_str();
                let help = arg.get_help().map(ToString::to_string);
                let id = match (arg_name, help.as_deref()) {
                    ("help", Some(h)) if h.contains("--help") => "cli-help-print-help-more",
                    _ => arg_id(name, arg_name)
                        .unwrap_or_else(|| panic!("no help for `{name} {arg_name}`")),
                };
                assert_eq!(Some(t(Lang::En, id)), help, "`{name} {arg_name}`");
                match (arg_name, arg.get_long_help()) {
                    ("help", Some(long)) => {
                        assert_eq!(t(Lang::En, "cli-help-print-help-summary"), long.to_string())
                    }
                    (_, long) => assert!(long.is_none(), "`{name} {arg_name}`: a long help"),
                }
                for value in arg.get_possible_values() {
                    if let Some(help) = value.get_help() {
                        let id = value_id(arg_name, value.get_name()).unwrap_or_else(|| {
                            panic!("no help for `{arg_name}` {}", value.get_name())
                        });
                        assert_eq!(t(Lang::En, id), help.to_string());
                    }
                }
            }
            let heading = |arg: &Arg| arg.get_help_heading().map(str::to_string);
            for arg in command.get_arguments() {
                let heading = heading(arg);
                assert!(
                    heading.is_none() || heading.as_deref() == Some("Limits"),
                    "`{name}`: a heading {heading:?} with no Vietnamese"
                );
            }
        }
    }

    #[test]
    fn every_text_of_the_vietnamese_command_is_from_the_catalog() {
        let mut command = command(Lang::Vi);
        command.build();
        let mut all = Vec::new();
        every_command(&command, &mut all);
        for command in &all {
            let name = command.get_name();
            let about = command.get_about().map(ToString::to_string);
            assert_eq!(about, about_id(name).map(|id| t(Lang::Vi, id)), "`{name}`");
            for arg in command.get_arguments() {
                let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                assert!(
                    help.starts_with(|c: char| !c.is_ascii_lowercase()),
                    "`{name} {}`: {help}",
                    arg.get_id()
                );
                assert!(arg.is_hide_default_value_set() && arg.is_hide_possible_values_set());
                assert!(arg.get_help_heading().is_some());
            }
        }
        let check = all.iter().find(|c| c.get_name() == "check").unwrap();
        let width = check
            .get_arguments()
            .find(|a| a.get_id() == "width")
            .unwrap();
        assert_eq!(
            width.get_help().unwrap().to_string(),
            "Độ rộng (số cột) khi trình bày thông báo [mặc định: 100]"
        );
    }

    #[test]
    fn the_language_is_read_from_the_arguments_before_clap() {
        let argv = |args: &[&str]| -> Vec<OsString> {
            std::iter::once("staffcheck")
                .chain(args.iter().copied())
                .map(OsString::from)
                .collect()
        };
        assert_eq!(lang_of(&argv(&["check", "--lang", "vi", "x"])), Lang::Vi);
        assert_eq!(lang_of(&argv(&["--lang=vi", "check", "--help"])), Lang::Vi);
        assert_eq!(
            lang_of(&argv(&["--lang", "vi", "check", "--lang", "en"])),
            Lang::En
        );
        // After `--` it is a plan's name.
        let env = Lang::from_env();
        assert_eq!(lang_of(&argv(&["check", "--", "--lang", "vi"])), env);
        assert_eq!(lang_of(&argv(&["check", "--lang", "fr"])), env);
    }
}
