//! clap's parse errors in the language of the run. clap words them in English only; in
//! another language they are written here from the error's kind and context (the argument,
//! the value, the values allowed, the suggestions, the usage), the way clap lays them out.
//! clap's own words remain where no better are known: the reason of an error kind not
//! covered, a tip clap words in a way not listed here, a value parser's reason not in
//! `VALUE_REASONS`, each quoted as clap's. English is clap's rendering, untouched.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{t, t_args, t_with};
use crate::lang::Lang;

/// The reasons the standard value parsers give (`--width abc`, `--min-coverage x`), by the
/// standard library's exact text; the unit tests provoke each, so a change of wording fails.
const VALUE_REASONS: [(&str, &str); 6] = [
    ("invalid digit found in string", "cli-clap-reason-digits"),
    (
        "cannot parse integer from empty string",
        "cli-clap-reason-empty",
    ),
    (
        "number too large to fit in target type",
        "cli-clap-reason-large",
    ),
    (
        "number too small to fit in target type",
        "cli-clap-reason-small",
    ),
    ("invalid float literal", "cli-clap-reason-number"),
    (
        "cannot parse float from empty string",
        "cli-clap-reason-empty",
    ),
];

/// Prints the error where clap would (help and version to stdout, errors to stderr): in
/// English as clap does, coloured on a terminal; in another language in plain text.
pub fn print(error: &clap::Error, lang: Lang) {
    if lang == Lang::En || !error.use_stderr() {
        let _ = error.print();
        return;
    }
    let text = render(error, lang);
    let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
}

/// The error as printed on stderr, in `lang`. Help and version (`--help`, `-V`) are not
/// errors: they are clap's rendering, of a command whose texts are already in `lang`.
pub fn render(error: &clap::Error, lang: Lang) -> String {
    let english = error.render().to_string();
    let shown_as_is = matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if lang == Lang::En || shown_as_is {
        return english;
    }
    let mut out = format!("{}: {}", t(lang, "cli-clap-error"), message(error, lang));
    let tips = tips(error, lang);
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str(&format!("\n  {}: {tip}", t(lang, "cli-clap-tip")));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        out.push_str(&format!("\n\n{}: {usage}", t(lang, "cli-help-usage")));
    }
    // clap names the help flag only in its rendering.
    let try_help = "\n\nFor more information, try '";
    match english
        .find(try_help)
        .map(|at| &english[at + try_help.len()..])
        .and_then(|rest| rest.split_once('\''))
    {
        Some((flag, _)) => {
            let more = t_with(lang, "cli-clap-more", &[("flag", &flag)]);
            out.push_str(&format!("\n\n{more}\n"));
        }
        None => out.push('\n'),
    }
    out
}

/// What is wrong, without tips or usage: the first line of clap's message in English.
pub fn reason(error: &clap::Error, lang: Lang) -> String {
    match lang {
        Lang::En => {
            let rendered = error.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            first.trim_start_matches("error: ").to_string()
        }
        Lang::Vi => {
            let message = message(error, lang);
            message.lines().next().unwrap_or_default().to_string()
        }
    }
}

/// The values clap lists as allowed, if it lists any.
pub fn valid_values(error: &clap::Error) -> Option<Vec<String>> {
    match error.get(ContextKind::ValidValue) {
        Some(ContextValue::Strings(values)) if !values.is_empty() => Some(values.clone()),
        _ => None,
    }
}

fn string(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    }
}

fn strings(error: &clap::Error, kind: ContextKind) -> Option<Vec<String>> {
    match error.get(kind) {
        Some(ContextValue::Strings(s)) => Some(s.clone()),
        Some(ContextValue::String(s)) => Some(vec![s.clone()]),
        _ => None,
    }
}

fn number(error: &clap::Error, kind: ContextKind) -> Option<i64> {
    match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n as i64),
        _ => None,
    }
}

fn quoted(values: &[String]) -> String {
    values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The error's message in `lang` (a language clap does not speak).
fn message(error: &clap::Error, lang: Lang) -> String {
    let arg = string(error, ContextKind::InvalidArg);
    let value = string(error, ContextKind::InvalidValue);
    let said = match error.kind() {
        ErrorKind::UnknownArgument => {
            arg.map(|arg| t_with(lang, "cli-clap-unknown", &[("arg", &arg)]))
        }
        ErrorKind::InvalidSubcommand => string(error, ContextKind::InvalidSubcommand)
            .map(|name| t_with(lang, "cli-clap-unknown-command", &[("name", &name)])),
        ErrorKind::InvalidValue => match (arg, value) {
            (Some(arg), Some(value)) if value.is_empty() => {
                Some(t_with(lang, "cli-clap-no-value", &[("arg", &arg)]))
            }
            (Some(arg), Some(value)) => {
                let mut said = t_with(
                    lang,
                    "cli-clap-invalid-value",
                    &[("arg", &arg), ("value", &value)],
                );
                if let Some(values) = valid_values(error) {
                    let values = values.join(", ");
                    let list = t_with(lang, "cli-clap-possible-values", &[("values", &values)]);
                    said.push_str(&format!("\n  [{list}]"));
                }
                Some(said)
            }
            _ => None,
        },
        ErrorKind::ValueValidation => match (arg, value) {
            (Some(arg), Some(value)) => {
                let why = std::error::Error::source(error)
                    .map(|source| value_reason(&source.to_string(), lang));
                let args: [(&str, &dyn std::fmt::Display); 2] = [("arg", &arg), ("value", &value)];
                let said = t_with(lang, "cli-clap-invalid-value", &args);
                Some(match why {
                    Some(why) => format!("{said}: {why}"),
                    None => said,
                })
            }
            _ => None,
        },
        ErrorKind::MissingRequiredArgument => strings(error, ContextKind::InvalidArg).map(|args| {
            let mut said = t(lang, "cli-clap-missing");
            for arg in args {
                said.push_str(&format!("\n  {arg}"));
            }
            said
        }),
        ErrorKind::MissingSubcommand => string(error, ContextKind::InvalidSubcommand).map(|name| {
            let mut said = t_with(lang, "cli-clap-missing-command", &[("name", &name)]);
            if let Some(names) = strings(error, ContextKind::ValidSubcommand) {
                let names = names.join(", ");
                let list = t_with(lang, "cli-clap-commands", &[("names", &names)]);
                said.push_str(&format!("\n  [{list}]"));
            }
            said
        }),
        ErrorKind::ArgumentConflict => {
            let prior = strings(error, ContextKind::PriorArg);
            match (arg, prior) {
                (Some(arg), Some(prior)) if prior == [arg.clone()] => {
                    Some(t_with(lang, "cli-clap-repeated", &[("arg", &arg)]))
                }
                (Some(arg), Some(prior)) => {
                    let others = quoted(&prior);
                    Some(t_with(
                        lang,
                        "cli-clap-conflict",
                        &[("arg", &arg), ("others", &others)],
                    ))
                }
                _ => None,
            }
        }
        ErrorKind::NoEquals => arg.map(|arg| t_with(lang, "cli-clap-no-equals", &[("arg", &arg)])),
        ErrorKind::TooManyValues => match (arg, value) {
            (Some(arg), Some(value)) => Some(t_with(
                lang,
                "cli-clap-too-many",
                &[("arg", &arg), ("value", &value)],
            )),
            _ => None,
        },
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let wanted = number(error, ContextKind::MinValues)
                .or_else(|| number(error, ContextKind::ExpectedNumValues));
            match (arg, wanted, number(error, ContextKind::ActualNumValues)) {
                (Some(arg), Some(wanted), Some(given)) => Some(t_args(
                    lang,
                    "cli-clap-values-count",
                    &[
                        ("arg", arg.into()),
                        ("wanted", wanted.into()),
                        ("given", given.into()),
                    ],
                )),
                _ => None,
            }
        }
        ErrorKind::InvalidUtf8 => Some(t(lang, "cli-clap-utf8")),
        _ => None,
    };
    said.unwrap_or_else(|| {
        // clap's own words, quoted as its.
        let english = reason(error, Lang::En);
        t_with(lang, "cli-clap-other", &[("why", &english)])
    })
}

/// A value parser's reason in `lang`, or its own words quoted.
fn value_reason(reason: &str, lang: Lang) -> String {
    match VALUE_REASONS.iter().find(|(text, _)| *text == reason) {
        Some((_, id)) => t(lang, id),
        None => t_with(lang, "cli-clap-quoted", &[("why", &reason)]),
    }
}

/// The tips clap would print after the message, in `lang`.
fn tips(error: &clap::Error, lang: Lang) -> Vec<String> {
    let mut tips = Vec::new();
    let similar = [
        (ContextKind::SuggestedSubcommand, "cli-clap-similar-command"),
        (ContextKind::SuggestedArg, "cli-clap-similar-arg"),
        (ContextKind::SuggestedValue, "cli-clap-similar-value"),
    ];
    for (kind, id) in similar {
        if let Some(names) = strings(error, kind).filter(|n| !n.is_empty()) {
            let names = quoted(&names);
            tips.push(t_with(lang, id, &[("names", &names)]));
        }
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
        tips.extend(suggestions.iter().map(|s| suggestion(&s.to_string(), lang)));
    }
    tips
}

/// One of clap's free-text tips, by its English wording (`clap_builder/src/error/mod.rs`).
fn suggestion(text: &str, lang: Lang) -> String {
    let between = |text: &str| -> Option<Vec<String>> {
        let parts: Vec<&str> = text.split('\'').collect();
        (parts.len() % 2 == 1).then(|| {
            parts
                .iter()
                .skip(1)
                .step_by(2)
                .map(|s| s.to_string())
                .collect()
        })
    };
    let quoted_parts = between(text).unwrap_or_default();
    match quoted_parts.as_slice() {
        [value, written]
            if text.starts_with("to pass '") && text.contains("' as a value, use '") =>
        {
            t_with(
                lang,
                "cli-clap-tip-escape",
                &[("value", value), ("written", written)],
            )
        }
        [name, dashes] if text.starts_with("subcommand '") && dashes == "--" => {
            t_with(lang, "cli-clap-tip-double-dash", &[("name", name)])
        }
        [written] if text.starts_with('\'') && text.ends_with("' exists") => t_with(
            lang,
            "cli-clap-similar-arg",
            &[("names", &format!("'{written}'"))],
        ),
        _ => t_with(lang, "cli-clap-quoted", &[("why", &text)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::help_text;

    fn error(args: &[&str]) -> clap::Error {
        let mut argv = vec!["staffcheck"];
        argv.extend_from_slice(args);
        help_text::command(Lang::Vi)
            .try_get_matches_from(argv)
            .expect_err("the arguments are refused")
    }

    /// Every error a user meets, provoked: said in Vietnamese, nothing quoted as clap's
    /// English (`cli-clap-other`, `cli-clap-quoted` would say "tiếng Anh").
    #[test]
    fn each_error_a_user_meets_is_said_in_vietnamese() {
        let cases: [(&[&str], ErrorKind, &str); 14] = [
            (
                &["check", "--bogus", "x"],
                ErrorKind::UnknownArgument,
                "lỗi: đối số '--bogus' không hợp lệ",
            ),
            (
                &["check", "--fromat", "json", "x"],
                ErrorKind::UnknownArgument,
                "có đối số tương tự: '--format'",
            ),
            (
                &["chek"],
                ErrorKind::InvalidSubcommand,
                "có lệnh tương tự: 'schema', 'check'",
            ),
            (
                &["check", "--format", "bogus", "x"],
                ErrorKind::InvalidValue,
                "[các giá trị: human, plain",
            ),
            (
                &["check", "--color", "bogus", "x"],
                ErrorKind::InvalidValue,
                "giá trị 'bogus' không hợp lệ cho '--color <COLOR>'",
            ),
            (
                &["check", "--width"],
                ErrorKind::InvalidValue,
                "'--width <COLUMNS>' cần một giá trị",
            ),
            (
                &["check"],
                ErrorKind::MissingRequiredArgument,
                "thiếu các đối số bắt buộc sau:\n  <PLAN>...",
            ),
            (
                &["check", "--width", "abc", "x"],
                ErrorKind::ValueValidation,
                "chỉ được gồm các chữ số",
            ),
            (
                &["check", "--width", "", "x"],
                ErrorKind::ValueValidation,
                "giá trị rỗng",
            ),
            (
                &["check", "--width", "99999999999999999999999", "x"],
                ErrorKind::ValueValidation,
                "số quá lớn",
            ),
            (
                &["test", "--min-coverage", "x"],
                ErrorKind::ValueValidation,
                "không phải là số",
            ),
            (
                &["check", "--config", "a", "--no-config", "x"],
                ErrorKind::ArgumentConflict,
                "'--config <FILE>' không dùng được cùng với '--no-config'",
            ),
            (
                &["check", "--date", "a", "--date", "b", "x"],
                ErrorKind::ArgumentConflict,
                "chỉ được ghi một lần",
            ),
            (
                &["explain", "A", "B"],
                ErrorKind::UnknownArgument,
                "đối số 'B' không hợp lệ",
            ),
        ];
        for (args, kind, says) in cases {
            let error = error(args);
            assert_eq!(error.kind(), kind, "{args:?}");
            let text = render(&error, Lang::Vi);
            assert!(text.contains(says), "{args:?}:\n{text}");
            assert!(!text.contains("tiếng Anh"), "{args:?}:\n{text}");
            let usage = error.get(ContextKind::Usage).is_some();
            assert_eq!(
                text.contains("\n\nCách dùng: staffcheck "),
                usage,
                "{args:?}:\n{text}"
            );
            assert!(!text.contains("Usage:"), "{args:?}:\n{text}");
            assert!(text.ends_with("Xem thêm: '--help'.\n"), "{args:?}:\n{text}");
        }
    }

    #[test]
    fn a_tip_on_escaping_a_value_and_one_not_listed() {
        let text = render(&error(&["check", "-x", "p"]), Lang::Vi);
        assert!(
            text.contains("để dùng '-x' làm giá trị, hãy viết '-- -x'"),
            "{text}"
        );
        assert_eq!(
            suggestion("something new", Lang::Vi),
            "(thông báo gốc bằng tiếng Anh: “something new”)"
        );
        assert_eq!(
            value_reason("a new reason", Lang::Vi),
            "(thông báo gốc bằng tiếng Anh: “a new reason”)"
        );
    }

    #[test]
    fn english_is_clap_s_own_rendering() {
        let error = error(&["check", "--bogus", "x"]);
        assert_eq!(render(&error, Lang::En), error.render().to_string());
        assert_eq!(
            reason(&error, Lang::En),
            "unexpected argument '--bogus' found"
        );
    }
}
