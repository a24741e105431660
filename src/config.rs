//! `staffcheck.toml`: a project's defaults for `staffcheck check` (`[check]`) and
//! `staffcheck test` (`[test]`), each key the long flag it stands for (`fail-on = "warning"`
//! is `--fail-on warning`). The file is found in a directory or its nearest parent; paths in
//! it are relative to the file's directory. This module reads and checks it (unknown keys
//! with a suggestion, wrong types, each at its line and column) and turns each setting into
//! the arguments it stands for; the command line decides which of them apply (a flag given
//! there wins) and parses them as it parses its own.

use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::source::{Source, SourceFile, Span};

/// The file's name, looked for in a directory and its parents.
pub const FILE_NAME: &str = "staffcheck.toml";

/// What a key's value must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Text, or a TOML date (`date = 2025-08-15`).
    Date,
    Integer,
    /// An integer or a decimal (`min-coverage = 90` or `87.5`).
    Number,
    /// `true` adds the flag, `false` leaves it out.
    Flag,
    /// A path, relative to the file's directory.
    Path,
    Texts,
    Paths,
    /// `FORMAT` or `FORMAT=FILE`, the file relative to the file's directory.
    Formats,
}

/// The keys of `[check]`: every long flag of `staffcheck check` except `--config` and
/// `--no-config` (a unit test in `cli` holds the two lists together).
pub const CHECK_KEYS: &[(&str, Kind)] = &[
    ("stdin-filename", Kind::Text),
    ("rules", Kind::Paths),
    ("date", Kind::Date),
    ("param", Kind::Texts),
    ("color", Kind::Text),
    ("width", Kind::Integer),
    ("format", Kind::Formats),
    ("output", Kind::Path),
    ("explain", Kind::Flag),
    ("fail-on", Kind::Text),
    ("baseline", Kind::Path),
    ("threads", Kind::Integer),
    ("max-diagnostics", Kind::Integer),
    ("max-file-bytes", Kind::Integer),
    ("max-depth", Kind::Integer),
    ("max-nodes", Kind::Integer),
    ("max-alias-nodes", Kind::Integer),
    ("max-scalar-bytes", Kind::Integer),
];

/// The keys of `[test]`: every long flag of `staffcheck test` but the two config flags.
pub const TEST_KEYS: &[(&str, Kind)] = &[
    ("rules", Kind::Paths),
    ("coverage", Kind::Flag),
    ("min-coverage", Kind::Number),
    ("coverage-include-included", Kind::Flag),
    ("width", Kind::Integer),
];

const SECTIONS: &[&str] = &["check", "test"];

/// A project's `staffcheck.toml`, read and checked.
#[derive(Clone, Debug)]
pub struct Config {
    pub path: PathBuf,
    pub source: Source,
    /// The `[check]` settings, in file order.
    pub check: Vec<Setting>,
    /// The `[test]` settings, in file order.
    pub test: Vec<Setting>,
}

/// One key of a section and the command-line arguments it stands for.
#[derive(Clone, Debug)]
pub struct Setting {
    /// The long flag, without `--`.
    pub key: &'static str,
    /// `--key=value`, one per value of a list; none for a flag set to `false`.
    pub arguments: Vec<String>,
    /// Where the value is written, for a diagnostic about it.
    pub span: Span,
}

impl Config {
    /// The `staffcheck.toml` in `dir` or its nearest parent, if there is one.
    pub fn discover(dir: &Path) -> Result<Option<Config>, Diagnostic> {
        let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        match dir
            .ancestors()
            .map(|dir| dir.join(FILE_NAME))
            .find(|file| file.is_file())
        {
            Some(file) => Config::load(&file).map(Some),
            None => Ok(None),
        }
    }

    /// The configuration file at `path`.
    pub fn load(path: &Path) -> Result<Config, Diagnostic> {
        let name = crate::ruleset::relative_name(path);
        let text = std::fs::read_to_string(path).map_err(|error| {
            Diagnostic::error(
                Code::Io,
                format!(
                    "cannot read the configuration {name}: {}",
                    crate::io_error::describe(&error)
                ),
            )
            .help("name an existing file with --config, or pass --no-config")
        })?;
        let dir = path
            .parent()
            .filter(|dir| !dir.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        Config::parse(SourceFile::new(name, text), dir, path)
    }

    /// The configuration written in `source`, its paths relative to `dir`.
    pub fn parse(source: Source, dir: &Path, path: &Path) -> Result<Config, Diagnostic> {
        let at = |range: std::ops::Range<usize>| Span::new(range.start, range.end);
        let table = DeTable::parse(source.text()).map_err(|error| {
            let span = error.span().map(at).unwrap_or(Span::new(0, 0));
            Diagnostic::error(Code::Config, "the configuration is not valid TOML")
                .at(&source, span, error.message().trim().to_string())
                .help("fix the TOML at the place shown; see https://toml.io")
        })?;
        let mut config = Config {
            path: path.to_path_buf(),
            source: source.clone(),
            check: Vec::new(),
            test: Vec::new(),
        };
        let reader = Reader {
            source: &source,
            dir,
        };
        for (key, value) in table.get_ref() {
            let span = at(key.span());
            let (settings, keys) = match key.get_ref().as_ref() {
                "check" => (&mut config.check, CHECK_KEYS),
                "test" => (&mut config.test, TEST_KEYS),
                other => return Err(reader.unknown_section(other, span)),
            };
            let DeValue::Table(section) = value.get_ref() else {
                return Err(reader
                    .error(format!("`{key}` is a section", key = key.get_ref()), span)
                    .help(format!(
                        "write `[{}]` on a line of its own, then its keys below it",
                        key.get_ref()
                    )));
            };
            for (key, value) in section {
                settings.push(reader.setting(key, value, keys)?);
            }
        }
        Ok(config)
    }
}

/// Reads the values of one file.
struct Reader<'a> {
    source: &'a Source,
    dir: &'a Path,
}

impl Reader<'_> {
    fn error(&self, message: String, span: Span) -> Diagnostic {
        Diagnostic::error(Code::Config, message).at(self.source, span, "here")
    }

    fn unknown_section(&self, name: &str, span: Span) -> Diagnostic {
        let is_key = CHECK_KEYS
            .iter()
            .chain(TEST_KEYS)
            .any(|(key, _)| *key == name);
        if is_key {
            return Diagnostic::error(Code::Config, format!("`{name}` is outside a section"))
                .at(self.source, span, "before any `[check]` or `[test]` line")
                .help(format!("put `{name}` below a `[check]` line (or `[test]`): each setting belongs to the command it is for"));
        }
        let suggestion = crate::suggest::did_you_mean(name, SECTIONS.iter().copied());
        Diagnostic::error(
            Code::Config,
            format!("unknown section `{name}`{suggestion}"),
        )
        .at(self.source, span, "not a section of staffcheck.toml")
        .help("the sections are `[check]` and `[test]`")
    }

    fn setting(
        &self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &Spanned<DeValue<'_>>,
        keys: &[(&'static str, Kind)],
    ) -> Result<Setting, Diagnostic> {
        let name = key.get_ref().as_ref();
        let Some(&(key_name, kind)) = keys.iter().find(|(k, _)| *k == name) else {
            let names: Vec<&str> = keys.iter().map(|(k, _)| *k).collect();
            let suggestion = crate::suggest::did_you_mean(name, names.iter().copied());
            let span = Span::new(key.span().start, key.span().end);
            let message = format!("unknown key `{name}`{suggestion}");
            return Err(Diagnostic::error(Code::Config, message)
                .at(self.source, span, "not an option of this command")
                .help(format!(
                    "the keys are the command's long flags without `--`: {}",
                    names.join(", ")
                )));
        };
        let span = Span::new(value.span().start, value.span().end);
        let values = self.values(key_name, kind, value.get_ref(), span)?;
        let arguments = match kind {
            Kind::Flag if values == ["true"] => vec![format!("--{key_name}")],
            Kind::Flag => Vec::new(),
            _ => values
                .into_iter()
                .map(|value| format!("--{key_name}={value}"))
                .collect(),
        };
        Ok(Setting {
            key: key_name,
            arguments,
            span,
        })
    }

    /// The value's text, one per element of a list, or why it has the wrong type.
    fn values(
        &self,
        key: &str,
        kind: Kind,
        value: &DeValue<'_>,
        span: Span,
    ) -> Result<Vec<String>, Diagnostic> {
        let one = |text: Option<String>| text.map(|text| vec![text]);
        let found = match kind {
            Kind::Text => one(value.as_str().map(str::to_string)),
            Kind::Date => one(value
                .as_str()
                .map(str::to_string)
                .or_else(|| value.as_datetime().map(|date| date.to_string()))),
            Kind::Integer => one(value.as_integer().and_then(integer)),
            Kind::Number => one(value
                .as_integer()
                .and_then(integer)
                .or_else(|| value.as_float().map(|f| f.as_str().replace('_', "")))),
            Kind::Flag => one(value.as_bool().map(|b| b.to_string())),
            Kind::Path => one(value.as_str().map(|path| self.path(path))),
            Kind::Texts | Kind::Paths | Kind::Formats => value.as_array().and_then(|items| {
                items
                    .iter()
                    .map(|item| {
                        let text = item.get_ref().as_str()?;
                        Some(match kind {
                            Kind::Paths => self.path(text),
                            Kind::Formats => match text.split_once('=') {
                                Some((format, file)) => format!("{format}={}", self.path(file)),
                                None => text.to_string(),
                            },
                            _ => text.to_string(),
                        })
                    })
                    .collect::<Option<Vec<String>>>()
            }),
        };
        found.ok_or_else(|| {
            let (wanted, example) = match kind {
                Kind::Text => ("text", "\"warning\""),
                Kind::Date => ("a date", "2025-08-15"),
                Kind::Integer => ("a whole number", "4"),
                Kind::Number => ("a number", "90"),
                Kind::Flag => ("true or false", "true"),
                Kind::Path => ("a path, as text", "\"reports/staffcheck.txt\""),
                Kind::Texts => ("a list of text", "[\"NAME=VALUE\"]"),
                Kind::Paths => ("a list of paths", "[\"rules/\"]"),
                Kind::Formats => (
                    "a list of formats",
                    "[\"github\", \"sarif=staffcheck.sarif\"]",
                ),
            };
            let kind_of = match value {
                DeValue::String(_) => "text",
                DeValue::Integer(_) => "an integer",
                DeValue::Float(_) => "a decimal",
                DeValue::Boolean(_) => "a boolean",
                DeValue::Datetime(_) => "a date or time",
                DeValue::Array(_) => "a list (or a list with something other than text in it)",
                DeValue::Table(_) => "a table",
            };
            Diagnostic::error(
                Code::Config,
                format!("`{key}` takes {wanted}, not {kind_of}"),
            )
            .at(self.source, span, format!("{wanted} expected"))
            .help(format!("write it as `{key} = {example}`"))
        })
    }

    /// A path written in the file, made relative to the file's directory.
    fn path(&self, path: &str) -> String {
        let path = Path::new(path);
        if path.is_absolute() || self.dir == Path::new(".") {
            path.display().to_string()
        } else {
            self.dir.join(path).display().to_string()
        }
    }
}

/// An integer as decimal text, whatever base the file wrote it in.
fn integer(value: &toml::de::DeInteger<'_>) -> Option<String> {
    let text = value.as_str().replace('_', "");
    let digits = match value.radix() {
        10 => text.as_str(),
        _ => text.get(2..)?,
    };
    i128::from_str_radix(digits, value.radix())
        .ok()
        .map(|n| n.to_string())
}
