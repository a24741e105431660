//! Writing a user's file: a temporary file beside it, then a rename over it, so the file is
//! never left half-written.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes a temporary file in the same directory, then renames it over `path`.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
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

/// `write_atomically`, its failure as the diagnostic a command prints (`name` as the user
/// wrote the path).
pub fn write_file(
    path: &Path,
    name: &str,
    bytes: &[u8],
) -> Result<(), crate::diagnostic::Diagnostic> {
    write_atomically(path, bytes).map_err(|error| {
        let message = format!("cannot write {name}: {}", crate::io_error::describe(&error));
        crate::diagnostic::Diagnostic::error(crate::code::Code::Io, message)
            .help("check the directory and its permissions")
    })
}
