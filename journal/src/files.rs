//! Owner-only files: the one way a shell writes decrypted text outside the vault (an export), and keeping the vault's
//! own folder and files private.

use std::path::Path;

use crate::vault::{DB_FILE, KEY_FILE};
use crate::{atomic, Error, Result, Warning};

/// Writes `bytes` to `path` readable and writable by its owner only (0600 on Unix), atomically: a new temporary file
/// created 0600 in the same folder, fsynced, renamed over `path`, and the folder fsynced. An existing file at `path`
/// is replaced, never reused, so its old permissions never apply to what is written; a failure leaves it as it was.
///
/// Every export goes through here, in the CLI and the app.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    atomic::write_atomic(path, bytes).map_err(|e| match e {
        // "Read-only" speaks of the journal; here it is the person's chosen file or folder.
        Error::ReadOnly(path) => {
            Error::Io { action: "write", path, source: std::io::ErrorKind::PermissionDenied.into() }
        }
        other => other,
    })
}

/// Makes the vault folder and the files in it private to their owner, quietly: the folder loses any group and other
/// permissions (0700), each file too (0600), and a `-wal`/`-shm` left read-only by an earlier read-only session
/// becomes writable again when the database is. A file or folder that can't be changed (another owner, a disk that
/// keeps no permissions) comes back as a [`Warning::NotPrivate`]. Permissions the owner removed from themselves (a
/// read-only database) are left alone. Does nothing off Unix.
pub(crate) fn make_private(dir: &Path) -> Vec<Warning> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).ok().map(|m| m.permissions().mode() & 0o777);
        let mut warnings = Vec::new();
        let mut set = |path: &Path, want: u32| {
            if let Some(now) = mode(path).filter(|now| *now != want) {
                let fixed = std::fs::set_permissions(path, std::fs::Permissions::from_mode(want)).is_ok();
                if !fixed && now & 0o077 != 0 {
                    warnings.push(Warning::NotPrivate { path: path.to_path_buf() });
                }
            }
        };
        let db = dir.join(DB_FILE);
        let owner_only = |p: &Path| mode(p).map(|m| m & 0o700);
        for path in [dir.to_path_buf(), dir.join(KEY_FILE), db.clone()] {
            if let Some(want) = owner_only(&path) {
                set(&path, want);
            }
        }
        let db_writable = mode(&db).is_some_and(|m| m & 0o200 != 0);
        for suffix in ["-wal", "-shm"] {
            // SQLite gives these the database's permissions when it creates them, so a read-only session leaves
            // them read-only: writable again once the database is.
            let path = dir.join(format!("{DB_FILE}{suffix}"));
            if let Some(now) = owner_only(&path) {
                set(&path, if db_writable { now | 0o600 } else { now });
            }
        }
        warnings
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Vec::new()
    }
}
