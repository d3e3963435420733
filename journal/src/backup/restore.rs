//! Restoring a backup into a folder: a new vault folder, never over an existing one unless asked.

use std::fs::{self, File};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{check, BackupInfo};
use crate::atomic::sync_dir;
use crate::vault::{DB_FILE, KEY_FILE};
use crate::{Error, Result};

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    /// The new vault folder.
    pub dir: PathBuf,
    /// Where what was in that folder before went, when `replace` moved it aside.
    pub moved_aside: Option<PathBuf>,
}

/// Writes the backup as a vault in `to`. The folder must not exist or be empty; with `replace`, whatever is there is
/// moved aside to `<to>.before-restore-<time>` (never deleted). The copy is written under a temporary name, synced,
/// and renamed into place, so a failure leaves `to` as it was.
///
/// The restored journal opens with the passphrase or recovery key that were current when the backup was made.
pub fn restore(backup: &BackupInfo, to: &Path, replace: bool) -> Result<Restored> {
    let occupied = match fs::read_dir(to) {
        Ok(mut entries) => entries.next().is_some(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => return Err(Error::io("read", to, e)),
    };
    if occupied && !replace {
        return Err(Error::AlreadyExists(to.to_path_buf()));
    }
    let name = to
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| Error::invalid(crate::Field::To, format!("{} does not name a folder", to.display())))?;
    let parent = match to.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| Error::io("create", &parent, e))?;

    let tmp = parent.join(format!(".{name}.restore-{}", hex::encode(crate::crypto::random_bytes::<6>())));
    let result = copy_into(backup, &tmp).and_then(|()| {
        let moved_aside = if to.exists() {
            let aside = parent.join(format!("{name}.before-restore-{}", chrono::Utc::now().format("%Y%m%dT%H%M%SZ")));
            fs::rename(to, &aside).map_err(|e| Error::io("move aside", to, e))?;
            Some(aside)
        } else {
            None
        };
        if let Err(e) = fs::rename(&tmp, to) {
            if let Some(aside) = &moved_aside {
                let _ = fs::rename(aside, to);
            }
            return Err(Error::io("rename", to, e));
        }
        sync_dir(&parent)?;
        Ok(moved_aside)
    });
    match result {
        Ok(moved_aside) => Ok(Restored { dir: to.to_path_buf(), moved_aside }),
        Err(e) => {
            let _ = fs::remove_dir_all(&tmp);
            Err(e)
        }
    }
}

fn copy_into(backup: &BackupInfo, tmp: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(tmp).map_err(|e| Error::io("create", tmp, e))?;
    check::not_plaintext(&backup.path.join(DB_FILE))?;
    for file in [DB_FILE, KEY_FILE] {
        let from = backup.path.join(file);
        let dest = tmp.join(file);
        let copied = fs::copy(&from, &dest).map_err(|e| Error::io("copy", &from, e))?;
        let expected = fs::metadata(&from).map_err(|e| Error::io("read", &from, e))?.len();
        if copied != expected {
            return Err(Error::Corrupt { what: "backup", detail: format!("{file} changed while it was copied") });
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&dest, fs::Permissions::from_mode(0o600))
                .map_err(|e| Error::io("protect", &dest, e))?;
        }
        File::open(&dest).and_then(|f| f.sync_all()).map_err(|e| Error::io("sync", &dest, e))?;
    }
    sync_dir(tmp)
}
