//! Writing a user's file: a temporary file beside it, then a rename over it, so the file is
//! never left half-written.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes a temporary file in the same directory, then renames it over `path`. A path that
/// is a link to a file writes the file it links to (the link stays a link, as editors do);
/// a path that exists but is no regular file (`/dev/stdout`, a pipe, a terminal) cannot be
/// replaced and is written in place.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    match std::fs::metadata(path) {
        Ok(metadata) if !metadata.is_file() => std::fs::write(path, bytes),
        Ok(_) => replace(&std::fs::canonicalize(path)?, bytes),
        Err(_) => replace(path, bytes),
    }
}

fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    let file_name = path.file_name().map_or_else(
        || "output".to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let temp_name = format!(".{file_name}.staffcheck-{}.tmp", std::process::id());
    let temp = dir.map_or_else(|| PathBuf::from(&temp_name), |d| d.join(&temp_name));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if let Ok(metadata) = std::fs::metadata(path) {
            std::fs::set_permissions(&temp, metadata.permissions())?;
        }
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// Why `path` could not be written, in `lang`: a missing directory named as such (the
/// system says only "no such file", of a file that was to be created).
pub fn why_not_written(path: &Path, error: &std::io::Error, lang: crate::lang::Lang) -> String {
    let parent = path.parent().filter(|d| !d.as_os_str().is_empty());
    match parent {
        Some(dir) if error.kind() == std::io::ErrorKind::NotFound && !dir.is_dir() => {
            let dir = dir.display();
            crate::i18n::t_with(lang, "cli-no-directory", &[("dir", &dir)])
        }
        _ => crate::io_error::describe_in(error, lang),
    }
}

/// `write_atomically`, its failure as the diagnostic a command prints (`name` as the user
/// wrote the path).
pub fn write_file(
    path: &Path,
    name: &str,
    bytes: &[u8],
    lang: crate::lang::Lang,
) -> Result<(), crate::diagnostic::Diagnostic> {
    use crate::i18n::{t, t_with};
    write_atomically(path, bytes).map_err(|error| {
        let why = why_not_written(path, &error, lang);
        let message = t_with(lang, "cli-cannot-write", &[("name", &name), ("why", &why)]);
        crate::diagnostic::Diagnostic::error(crate::code::Code::Io, message)
            .help(t(lang, "cli-cannot-write-help"))
    })
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::write_atomically;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("staffcheck-atomic-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        dir
    }

    #[test]
    fn a_link_to_a_file_stays_a_link_and_its_file_gets_the_text() {
        let dir = scratch("link");
        let file = dir.join("report.json");
        let link = dir.join("latest.json");
        std::fs::write(&file, "old").expect("write");
        std::os::unix::fs::symlink(&file, &link).expect("symlink");
        write_atomically(&link, b"new").expect("written");
        assert!(std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&file).expect("read"), "new");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_device_is_written_in_place_not_replaced() {
        write_atomically(std::path::Path::new("/dev/null"), b"text").expect("written");
        assert!(!std::fs::metadata("/dev/null").expect("/dev/null").is_file());
    }

    #[test]
    fn a_new_file_is_created_and_no_temporary_file_stays() {
        let dir = scratch("new");
        let file = dir.join("report.json");
        write_atomically(&file, b"text").expect("written");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .expect("dir")
            .map(|entry| entry.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("report.json")]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
