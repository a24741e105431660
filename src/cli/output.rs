//! `--format FORMAT[=FILE]` and `--output FILE`: which formats are written, and where.

use std::ffi::OsStr;
use std::path::PathBuf;

use clap::builder::{PossibleValue, TypedValueParser};

use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_with};
use crate::lang::Lang;
use crate::report::Format;

/// One `--format` argument: a format, and the file it goes to if it names one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatArg {
    pub format: Format,
    pub file: Option<PathBuf>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Stdout,
    File(PathBuf),
}

/// A format and where it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    pub format: Format,
    pub target: Target,
}

/// The outputs of a run: at most one format without its own file, which goes to `--output`
/// or stdout; human to stdout when no format is given.
pub fn outputs(
    formats: &[FormatArg],
    output: Option<&PathBuf>,
    lang: Lang,
) -> Result<Vec<Output>, Diagnostic> {
    let default = [FormatArg {
        format: Format::Human,
        file: None,
    }];
    let formats = if formats.is_empty() {
        &default[..]
    } else {
        formats
    };
    let unnamed: Vec<Format> = formats
        .iter()
        .filter(|f| f.file.is_none())
        .map(|f| f.format)
        .collect();
    if unnamed.len() > 1 {
        let names: Vec<String> = unnamed.iter().map(|f| format!("`{f}`")).collect();
        let place = output.map_or(t(lang, "cli-stdout"), |f| f.display().to_string());
        let example = unnamed[1];
        let names = names.join(&t(lang, "cli-and"));
        return Err(usage(
            t_with(
                lang,
                "cli-formats-same-place",
                &[("names", &names), ("place", &place)],
            ),
            &t_with(
                lang,
                "cli-formats-same-place-help",
                &[("example", &example)],
            ),
        ));
    }
    if output.is_some() && unnamed.is_empty() {
        return Err(usage(
            t(lang, "cli-output-unused"),
            &t(lang, "cli-output-unused-help"),
        ));
    }
    let mut outputs: Vec<Output> = formats
        .iter()
        .map(|f| Output {
            format: f.format,
            target: match (&f.file, output) {
                (Some(file), _) => Target::File(file.clone()),
                (None, Some(file)) => Target::File(file.clone()),
                (None, None) => Target::Stdout,
            },
        })
        .collect();
    for (index, output) in outputs.iter().enumerate() {
        if let Target::File(file) = &output.target {
            let same = |other: &Output| other.target == output.target;
            if outputs[..index].iter().any(same) {
                let file = file.display();
                return Err(usage(
                    t_with(lang, "cli-formats-same-file", &[("file", &file)]),
                    &t(lang, "cli-formats-same-file-help"),
                ));
            }
        }
    }
    outputs.dedup();
    Ok(outputs)
}

fn usage(message: String, help: &str) -> Diagnostic {
    Diagnostic::error(Code::Usage, message).help(help)
}

/// Parses `FORMAT` or `FORMAT=FILE`, and tells clap (help, completions) the format names.
#[derive(Clone, Copy, Debug, Default)]
pub struct FormatParser;

impl TypedValueParser for FormatParser {
    type Value = FormatArg;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<FormatArg, clap::Error> {
        let text = value.to_string_lossy();
        let (name, file) = match text.split_once('=') {
            Some((name, file)) => (name, Some(PathBuf::from(file))),
            None => (text.as_ref(), None),
        };
        match Format::from_name(name) {
            Some(_) if file.as_ref().is_some_and(|f| f.as_os_str().is_empty()) => {
                Err(invalid(cmd, arg, &text, false))
            }
            Some(format) => Ok(FormatArg { format, file }),
            None => Err(invalid(cmd, arg, name, true)),
        }
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(Format::ALL.into_iter().map(|format| {
            PossibleValue::new(format.name()).help(format.describe())
        })))
    }
}

fn invalid(cmd: &clap::Command, arg: Option<&clap::Arg>, value: &str, list: bool) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let mut error = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
    let arg = arg.map_or_else(|| "--format".to_string(), |a| a.to_string());
    error.insert(ContextKind::InvalidArg, ContextValue::String(arg));
    error.insert(
        ContextKind::InvalidValue,
        ContextValue::String(value.to_string()),
    );
    if list {
        let names = Format::ALL.iter().map(|f| f.name().to_string()).collect();
        error.insert(ContextKind::ValidValue, ContextValue::Strings(names));
    }
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arg(format: Format, file: Option<&str>) -> FormatArg {
        FormatArg {
            format,
            file: file.map(PathBuf::from),
        }
    }

    #[test]
    fn one_unnamed_format_goes_to_output_or_stdout() {
        let out = outputs(&[], None, Lang::En).unwrap();
        assert_eq!(out[0].target, Target::Stdout);
        let file = PathBuf::from("r.sarif");
        let out = outputs(
            &[arg(Format::Sarif, None), arg(Format::Json, Some("r.json"))],
            Some(&file),
            Lang::En,
        )
        .unwrap();
        assert_eq!(out[0].target, Target::File(file));
        assert_eq!(out[1].target, Target::File("r.json".into()));
    }

    #[test]
    fn clashes_are_usage_errors() {
        let two = outputs(
            &[arg(Format::Json, None), arg(Format::Plain, None)],
            None,
            Lang::En,
        );
        assert!(two
            .unwrap_err()
            .message
            .contains("`json` and `plain` would all be written to stdout"));
        let same = outputs(
            &[arg(Format::Json, Some("a")), arg(Format::Sarif, Some("a"))],
            None,
            Lang::En,
        );
        assert!(same.unwrap_err().message.contains("two formats"));
        let idle = outputs(
            &[arg(Format::Json, Some("a"))],
            Some(&PathBuf::from("b")),
            Lang::En,
        );
        assert!(idle.unwrap_err().message.contains("--output"));
    }
}
