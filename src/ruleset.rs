//! Finding and reading rule files: the built-in set compiled into the binary, files and
//! directories named on the command line, and the files they `include`.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::ast::{Item, RuleFile};
use crate::builtin;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::resolve::{resolve, resolve_indexed, Index, Resolved};
use crate::source::{Source, SourceFile, Span};
use crate::syntax;

/// The name built-in files go by in includes and diagnostics.
pub const BUILTIN_PREFIX: &str = "<builtin>";

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum FileKey {
    Builtin(&'static str),
    Path(PathBuf),
}

#[derive(Default)]
struct Loader {
    files: Vec<RuleFile>,
    loaded: HashSet<FileKey>,
    stack: Vec<FileKey>,
    errors: Vec<Diagnostic>,
    /// Texts an editor holds, read instead of the file on disk (by canonical path).
    unsaved: HashMap<PathBuf, String>,
    /// Every file read, by the name its sources carry, with its path (none when built in).
    read: Vec<(String, Option<PathBuf>)>,
    /// Every include followed: the including file's name, the include's span, the file's name.
    includes: Vec<Included>,
    /// For an editor: a file with syntax errors is kept with the declarations that parsed.
    recover: bool,
    /// The language of the errors and warnings.
    lang: Lang,
}

/// An `include` and the file it reads.
#[derive(Clone, Debug)]
pub struct Included {
    /// The including file, by the name its source carries.
    pub from: String,
    pub span: Span,
    /// The file included, by the name its source carries.
    pub file: String,
}

/// One rule file loaded as `--rules FILE` would load it, for an editor: with the texts of
/// the files it has open, the files read and the syntax trees parsed kept for its index.
/// A file that does not parse is kept with the declarations that do, so that hover,
/// completion and the rest still work in them while a drafter is typing elsewhere.
pub struct Opened {
    pub outcome: Result<Resolved, Vec<Diagnostic>>,
    /// The files read, included files first, each with the declarations that parsed.
    pub files: Vec<RuleFile>,
    /// Every file read, by the name its sources carry, with its path (none when built in).
    pub read: Vec<(String, Option<PathBuf>)>,
    /// What every name in the declarations that parsed stands for, resolved as far as they
    /// resolve without the declarations that did not parse.
    pub index: Index,
    pub includes: Vec<Included>,
    /// Every file was read and parsed whole.
    pub complete: bool,
}

/// Loads `path` and what it includes, reading `unsaved` (by canonical path) over the disk.
pub fn load_open(path: &Path, unsaved: HashMap<PathBuf, String>, lang: Lang) -> Opened {
    let mut loader = Loader {
        unsaved,
        lang,
        recover: true,
        ..Loader::default()
    };
    loader.load(path_key(path), None);
    let (resolved, index) = resolve_indexed(&loader.files, lang);
    let complete = loader.errors.is_empty();
    // What resolving says of a file cut short would be noise (names declared in what did not
    // parse): the syntax errors are what the drafter needs to see.
    let outcome = match loader.errors.is_empty() {
        true => resolved,
        false => Err(std::mem::take(&mut loader.errors)),
    };
    Opened {
        outcome,
        files: loader.files,
        read: loader.read,
        index,
        includes: loader.includes,
        complete,
    }
}

/// The rule set shipped in the binary. It loads without errors or warnings (the tests hold
/// it to that), so there is nothing to say in a language: English is as good as any.
pub fn load_builtin() -> Result<Resolved, Vec<Diagnostic>> {
    let mut loader = Loader::default();
    for (name, _) in builtin::FILES {
        loader.load(FileKey::Builtin(name), None);
    }
    loader.finish()
}

/// Rule files and directories (every `*.rules` file in them, in name order); errors and
/// warnings are said in `lang`.
pub fn load_paths(paths: &[PathBuf], lang: Lang) -> Result<Resolved, Vec<Diagnostic>> {
    let mut loader = Loader {
        lang,
        ..Loader::default()
    };
    for path in paths {
        if path.is_dir() {
            match rule_files_in(path) {
                Ok(files) => files
                    .into_iter()
                    .for_each(|file| loader.load(path_key(&file), None)),
                Err(error) => loader.errors.push(
                    Diagnostic::error(
                        Code::Io,
                        t_args(
                            lang,
                            "rules-cannot-read-directory",
                            &[
                                ("path", relative_name(path).into()),
                                ("error", crate::io_error::describe_in(&error, lang).into()),
                            ],
                        ),
                    )
                    .help(t(lang, "rules-check-path-help")),
                ),
            }
        } else {
            loader.load(path_key(path), None);
        }
    }
    loader.finish()
}

/// The names of the rule files `paths` name themselves (a directory's `*.rules`), as their
/// sources are named: the files a drafter tests, not the files they include.
pub fn named_files(paths: &[PathBuf]) -> Vec<String> {
    paths
        .iter()
        .flat_map(|path| match path.is_dir() {
            true => rule_files_in(path).unwrap_or_default(),
            false => vec![path.clone()],
        })
        .map(|path| display(&path_key(&path)))
        .collect()
}

pub fn rule_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "rules") && path.is_file())
        .collect();
    files.sort();
    Ok(files)
}

fn path_key(path: &Path) -> FileKey {
    FileKey::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

impl Loader {
    /// Loads a file after the files it includes, once, refusing include cycles.
    fn load(&mut self, key: FileKey, included_from: Option<(&Source, Span)>) {
        if self.stack.contains(&key) {
            let chain: Vec<String> = self.stack.iter().chain([&key]).map(display).collect();
            let lang = self.lang;
            let message = t_args(
                lang,
                "include-cycle",
                &[("chain", chain.join(" → ").into())],
            );
            let mut diagnostic =
                Diagnostic::error(Code::IncludeCycle, message).help(t(lang, "include-cycle-help"));
            if let Some((source, span)) = included_from {
                diagnostic = diagnostic.at(source, span, t(lang, "include-cycle-label"));
            }
            self.errors.push(diagnostic);
            return;
        }
        if !self.loaded.insert(key.clone()) {
            return;
        }
        let lang = self.lang;
        let source = match self
            .unsaved_source(&key)
            .map_or_else(|| read(&key, lang), Ok)
        {
            Ok(source) => source,
            Err(message) => {
                let mut diagnostic = Diagnostic::error(Code::IncludeMissing, message);
                diagnostic = match included_from {
                    Some((source, span)) => diagnostic
                        .at(source, span, t(lang, "include-missing-label"))
                        .help(t(lang, "include-missing-help")),
                    None => diagnostic.help(t(lang, "rules-check-path-help")),
                };
                self.errors.push(diagnostic);
                return;
            }
        };
        self.read.push((
            source.name().to_string(),
            match &key {
                FileKey::Builtin(_) => None,
                FileKey::Path(path) => Some(path.clone()),
            },
        ));
        let (file, mut errors) = syntax::parse_recovering(&source, self.lang);
        if !errors.is_empty() {
            self.errors.append(&mut errors);
            if !self.recover {
                return;
            }
        }
        self.stack.push(key.clone());
        for item in &file.items {
            if let Item::Include(include) = item {
                for target in self.include_targets(&key, &include.path) {
                    self.includes.push(Included {
                        from: source.name().to_string(),
                        span: include.span,
                        file: display(&target),
                    });
                    self.load(target, Some((&source, include.span)));
                }
            }
        }
        self.stack.pop();
        self.files.push(file);
    }

    fn unsaved_source(&self, key: &FileKey) -> Option<Source> {
        let FileKey::Path(path) = key else {
            return None;
        };
        let text = self.unsaved.get(path)?;
        Some(SourceFile::new(relative_name(path), text.clone()))
    }

    fn include_targets(&mut self, from: &FileKey, path: &str) -> Vec<FileKey> {
        if path == BUILTIN_PREFIX {
            return builtin::FILES
                .iter()
                .map(|(name, _)| FileKey::Builtin(name))
                .collect();
        }
        if let Some(name) = path
            .strip_prefix(BUILTIN_PREFIX)
            .and_then(|p| p.strip_prefix('/'))
        {
            return vec![builtin_key(name)];
        }
        match from {
            FileKey::Builtin(_) => vec![builtin_key(path)],
            FileKey::Path(file) => {
                let base = file.parent().unwrap_or(Path::new("."));
                vec![path_key(&base.join(path))]
            }
        }
    }

    fn finish(self) -> Result<Resolved, Vec<Diagnostic>> {
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        resolve(&self.files, self.lang)
    }
}

fn builtin_key(name: &str) -> FileKey {
    match builtin::FILES.iter().find(|(n, _)| *n == name) {
        Some((name, _)) => FileKey::Builtin(name),
        // Not a built-in file: reading it reports it missing.
        None => FileKey::Path(PathBuf::from(format!("{BUILTIN_PREFIX}/{name}"))),
    }
}

fn display(key: &FileKey) -> String {
    match key {
        FileKey::Builtin(name) => format!("{BUILTIN_PREFIX}/{name}"),
        FileKey::Path(path) => relative_name(path),
    }
}

fn read(key: &FileKey, lang: Lang) -> Result<Source, String> {
    match key {
        FileKey::Builtin(name) => {
            let text = builtin::FILES
                .iter()
                .find(|(n, _)| n == name)
                .map_or("", |(_, text)| *text);
            Ok(SourceFile::new(display(key), text))
        }
        FileKey::Path(path) => {
            let text = std::fs::read_to_string(path).map_err(|error| {
                let names: Vec<&str> = builtin::FILES.iter().map(|(n, _)| *n).collect();
                let hint = match path.starts_with(BUILTIN_PREFIX) {
                    true => t_args(lang, "builtin-files", &[("names", names.join(", ").into())]),
                    false => String::new(),
                };
                t_args(
                    lang,
                    "rules-cannot-read-file",
                    &[
                        ("path", relative_name(path).into()),
                        ("error", crate::io_error::describe_in(&error, lang).into()),
                        ("hint", hint.into()),
                    ],
                )
            })?;
            Ok(SourceFile::new(relative_name(path), text))
        }
    }
}

/// A path as the user would write it: relative to the working directory when inside it.
pub fn relative_name(path: &Path) -> String {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|d| std::fs::canonicalize(d).ok());
    match cwd.and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf)) {
        Some(relative) => relative.display().to_string(),
        None => path.display().to_string(),
    }
}
