//! The built-in rule files as files an editor can open: go to definition of `bachelor` or
//! `key_posts` lands in `schema.rules` as shipped in this binary.
//!
//! They are written once, read-only, under the user's cache directory, in a directory named
//! by the version and a hash of their texts, so a file shown is always the text this server
//! checks with. Why files and not a URI scheme of our own (`staffcheck:`): every client opens
//! a `file:` URI as it is, where a custom scheme needs code in each client (a
//! `TextDocumentContentProvider` in VS Code, a `BufReadCmd` in Neovim). The files are
//! read-only so an edit is refused by the editor instead of silently doing nothing, and as
//! ordinary rule files (their includes are relative) they are analysed like any other.

use std::path::{Path, PathBuf};

use lsp_types::Uri;

use crate::builtin;
use crate::ruleset::BUILTIN_PREFIX;

/// The directory the built-in files are written to, written on first use.
pub struct BuiltinFiles {
    dir: Option<PathBuf>,
}

impl BuiltinFiles {
    /// Writes the files unless a previous server did (`None` if the cache cannot be written:
    /// a definition in a built-in file then has no place to go).
    pub fn materialise() -> BuiltinFiles {
        let dir = cache_dir().join(format!(
            "builtin-{}-{:016x}",
            env!("CARGO_PKG_VERSION"),
            fingerprint()
        ));
        let written = std::fs::create_dir_all(&dir).is_ok()
            && builtin::FILES
                .iter()
                .all(|(name, text)| write_read_only(&dir.join(name), text));
        BuiltinFiles {
            dir: written.then_some(dir),
        }
    }

    /// The URI of a built-in file by the name its source carries (`<builtin>/schema.rules`).
    pub fn uri(&self, source_name: &str) -> Option<Uri> {
        let name = source_name
            .strip_prefix(BUILTIN_PREFIX)?
            .strip_prefix('/')?;
        builtin::FILES.iter().find(|(n, _)| *n == name)?;
        super::uri::from_path(&self.dir.as_ref()?.join(name))
    }
}

/// `$XDG_CACHE_HOME/staffcheck`, else `~/.cache/staffcheck`, else the temporary directory's.
fn cache_dir() -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("staffcheck")
}

fn write_read_only(path: &Path, text: &str) -> bool {
    if std::fs::read_to_string(path).is_ok_and(|on_disk| on_disk == text) {
        return true;
    }
    if crate::cli::atomic::write_atomically(path, text.as_bytes()).is_err() {
        return false;
    }
    let Ok(metadata) = std::fs::metadata(path) else {
        return false;
    };
    let mut permissions = metadata.permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(path, permissions).is_ok()
}

/// FNV-1a over every file's name and text: stable across runs and builds, unlike `Hash`.
fn fingerprint() -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, text) in builtin::FILES {
        for byte in name.bytes().chain([0]).chain(text.bytes()).chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}
