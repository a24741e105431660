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
use crate::i18n::{t, t_with};
use crate::lang::Lang;
use crate::source::{Source, SourceFile, Span};
use crate::suggest::did_you_mean_in;

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
    /// The `staffcheck.toml` in `dir` or its nearest parent, if there is one; what is wrong
    /// with it said in `lang`.
    pub fn discover(dir: &Path, lang: Lang) -> Result<Option<Config>, Diagnostic> {
        match Config::find(dir) {
            Some(file) => Config::load(&file, lang).map(Some),
            None => Ok(None),
        }
    }

    /// Where the `staffcheck.toml` for `dir` is, if there is one: in `dir` or its nearest
    /// parent (canonical, so paths written in it come out absolute).
    pub fn find(dir: &Path) -> Option<PathBuf> {
        let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        dir.ancestors()
            .map(|dir| dir.join(FILE_NAME))
            .find(|file| file.is_file())
    }

    /// The configuration file at `path`.
    pub fn load(path: &Path, lang: Lang) -> Result<Config, Diagnostic> {
        let name = crate::ruleset::relative_name(path);
        let text = std::fs::read_to_string(path).map_err(|error| {
            let why = crate::io_error::describe_in(&error, lang);
            Diagnostic::error(
                Code::Io,
                t_with(
                    lang,
                    "config-cannot-read",
                    &[("name", &name), ("why", &why)],
                ),
            )
            .help(t(lang, "config-cannot-read-help"))
        })?;
        let dir = path
            .parent()
            .filter(|dir| !dir.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        Config::parse(SourceFile::new(name, text), dir, path, lang)
    }

    /// The configuration written in `source`, its paths relative to `dir`.
    pub fn parse(
        source: Source,
        dir: &Path,
        path: &Path,
        lang: Lang,
    ) -> Result<Config, Diagnostic> {
        let at = |range: std::ops::Range<usize>| Span::new(range.start, range.end);
        let table = DeTable::parse(source.text()).map_err(|error| {
            let span = error.span().map(at).unwrap_or(Span::new(0, 0));
            // The TOML reader's reason, in plain words where they are known.
            Diagnostic::error(Code::Config, t(lang, "config-not-toml"))
                .at(&source, span, toml_reason(error.message().trim(), lang))
                .help(t(lang, "config-not-toml-help"))
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
            lang,
        };
        for (key, value) in table.get_ref() {
            let span = at(key.span());
            let (settings, keys) = match key.get_ref().as_ref() {
                "check" => (&mut config.check, CHECK_KEYS),
                "test" => (&mut config.test, TEST_KEYS),
                other => return Err(reader.unknown_section(other, span)),
            };
            let DeValue::Table(section) = value.get_ref() else {
                let name: &str = key.get_ref();
                return Err(Diagnostic::error(
                    Code::Config,
                    t_with(lang, "config-is-a-section", &[("key", &name)]),
                )
                .at(&source, span, t(lang, "config-here"))
                .help(t_with(lang, "config-is-a-section-help", &[("key", &name)])));
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
    lang: Lang,
}

impl Reader<'_> {
    fn unknown_section(&self, name: &str, span: Span) -> Diagnostic {
        let is_key = CHECK_KEYS
            .iter()
            .chain(TEST_KEYS)
            .any(|(key, _)| *key == name);
        if is_key {
            let lang = self.lang;
            return Diagnostic::error(
                Code::Config,
                t_with(lang, "config-outside-section", &[("name", &name)]),
            )
            .at(self.source, span, t(lang, "config-outside-section-label"))
            .help(t_with(
                lang,
                "config-outside-section-help",
                &[("name", &name)],
            ));
        }
        let suggestion = did_you_mean_in(self.lang, name, SECTIONS.iter().copied());
        Diagnostic::error(
            Code::Config,
            t_with(
                self.lang,
                "config-unknown-section",
                &[("name", &name), ("suggestion", &suggestion)],
            ),
        )
        .at(
            self.source,
            span,
            t(self.lang, "config-unknown-section-label"),
        )
        .help(t(self.lang, "config-unknown-section-help"))
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
            let lang = self.lang;
            let suggestion = did_you_mean_in(lang, name, names.iter().copied());
            let span = Span::new(key.span().start, key.span().end);
            let message = t_with(
                lang,
                "config-unknown-key",
                &[("name", &name), ("suggestion", &suggestion)],
            );
            return Err(Diagnostic::error(Code::Config, message)
                .at(self.source, span, t(lang, "config-unknown-key-label"))
                .help(t_with(
                    lang,
                    "config-unknown-key-help",
                    &[("keys", &names.join(", "))],
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
                Kind::Text => ("config-wants-text", "\"warning\""),
                Kind::Date => ("config-wants-date", "2025-08-15"),
                Kind::Integer => ("config-wants-integer", "4"),
                Kind::Number => ("config-wants-number", "90"),
                Kind::Flag => ("config-wants-flag", "true"),
                Kind::Path => ("config-wants-path", "\"reports/staffcheck.txt\""),
                Kind::Texts => ("config-wants-texts", "[\"NAME=VALUE\"]"),
                Kind::Paths => ("config-wants-paths", "[\"rules/\"]"),
                Kind::Formats => (
                    "config-wants-formats",
                    "[\"github\", \"sarif=staffcheck.sarif\"]",
                ),
            };
            let found = match value {
                DeValue::String(_) => "config-found-text",
                DeValue::Integer(_) => "config-found-integer",
                DeValue::Float(_) => "config-found-decimal",
                DeValue::Boolean(_) => "config-found-boolean",
                DeValue::Datetime(_) => "config-found-datetime",
                DeValue::Array(_) => "config-found-list",
                DeValue::Table(_) => "config-found-table",
            };
            let lang = self.lang;
            let (wanted, found) = (t(lang, wanted), t(lang, found));
            Diagnostic::error(
                Code::Config,
                t_with(
                    lang,
                    "config-wrong-type",
                    &[("key", &key), ("wanted", &wanted), ("found", &found)],
                ),
            )
            .at(
                self.source,
                span,
                t_with(lang, "config-wrong-type-label", &[("wanted", &wanted)]),
            )
            .help(t_with(
                lang,
                "config-wrong-type-help",
                &[("key", &key), ("example", &example)],
            ))
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

/// The TOML reader's reasons for the slips a hand-edited `staffcheck.toml` meets, by the
/// reader's exact text (toml 1.2, pinned by Cargo.lock; the tests below provoke each, so an
/// upgrade that rewords one fails), and the catalog id of their plain words.
const TOML_REASONS: [(&str, &str); 12] = [
    ("unclosed table, expected `]`", "toml-reason-unclosed-table"),
    (
        "string values must be quoted, expected literal string",
        "toml-reason-unquoted",
    ),
    ("duplicate key", "toml-reason-duplicate-key"),
    ("key with no value, expected `=`", "toml-reason-no-equals"),
    (
        "invalid basic string, expected `\"`",
        "toml-reason-unclosed-string",
    ),
    (
        "invalid literal string, expected `'`",
        "toml-reason-unclosed-string",
    ),
    ("unclosed array, expected `]`", "toml-reason-unclosed-array"),
    (
        "missing comma between array elements, expected `,`",
        "toml-reason-comma",
    ),
    (
        "extra comma in array, expected value",
        "toml-reason-extra-comma",
    ),
    (
        "invalid unquoted key, expected letters, numbers, `-`, `_`",
        "toml-reason-key",
    ),
    (
        "unquoted keys cannot be empty, expected letters, numbers, `-`, `_`",
        "toml-reason-key",
    ),
    (
        "unexpected key or value, expected newline, `#`",
        "toml-reason-line-end",
    ),
];

/// The reason in plain words, or the reader's own, quoted as its.
fn toml_reason(message: &str, lang: Lang) -> String {
    match TOML_REASONS.iter().find(|(text, _)| *text == message) {
        Some((_, id)) => t(lang, id),
        None => t_with(lang, "toml-reason-other", &[("why", &message)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason_of(text: &str) -> String {
        let error = DeTable::parse(text).expect_err("not TOML");
        error.message().trim().to_string()
    }

    /// Each slip, written as an official would: the reader's words are the table's.
    #[test]
    fn each_toml_slip_has_its_plain_words() {
        let slips = [
            (
                "[check\nfail-on = \"warning\"\n",
                "toml-reason-unclosed-table",
            ),
            ("[check]\nfail-on = warning\n", "toml-reason-unquoted"),
            (
                "[check]\nwidth = 1\nwidth = 2\n",
                "toml-reason-duplicate-key",
            ),
            ("[check]\nwidth 100\n", "toml-reason-no-equals"),
            (
                "[check]\nfail-on = \"warning\n",
                "toml-reason-unclosed-string",
            ),
            (
                "[check]\nrules = [\"a\", \"b\"\n",
                "toml-reason-unclosed-array",
            ),
            ("[check]\nrules = [\"a\" \"b\"]\n", "toml-reason-comma"),
            ("[check]\nfail on = \"warning\"\n", "toml-reason-no-equals"),
            (
                "[check]\nfail-on = 'warning\n",
                "toml-reason-unclosed-string",
            ),
            ("[check]\nrules = [\"a\",,]\n", "toml-reason-extra-comma"),
            ("[check]\nfail/on = \"warning\"\n", "toml-reason-key"),
            ("[check]\n= 1\n", "toml-reason-key"),
            ("[check]\nwidth = 100 threads = 2\n", "toml-reason-line-end"),
        ];
        let mut provoked = Vec::new();
        for (text, id) in slips {
            let reason = reason_of(text);
            let found = TOML_REASONS.iter().find(|(r, _)| *r == reason);
            assert_eq!(found.map(|(_, i)| *i), Some(id), "{text:?}: {reason:?}");
            assert_eq!(toml_reason(&reason, Lang::Vi), t(Lang::Vi, id));
            provoked.push(reason);
        }
        for (reason, _) in TOML_REASONS {
            assert!(
                provoked.iter().any(|p| p == reason),
                "{reason} is never provoked"
            );
        }
        assert_eq!(
            toml_reason("something new", Lang::Vi),
            "bộ đọc TOML dừng tại đây (thông báo gốc bằng tiếng Anh: “something new”)"
        );
    }
}
