//! Replacing a small file atomically: write a temporary sibling, fsync it, rename it over the target, fsync the
//! folder. A process killed at any point leaves either the old file or the new one, whole, never a mix.
//!
//! Generic on purpose: the key file, the app's settings file and every export ([`crate::files::write_private`]) use
//! it. The temporary file is created owner-only (0600), so the result is owner-only whatever was there before.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// The steps of an atomic write, in order. Tests stop after each to prove that a crash at any point leaves a vault
/// the old or the new passphrase opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteStep {
    /// The temporary file was created and written.
    TempWritten,
    /// The temporary file was fsynced.
    TempSynced,
    /// The temporary file was renamed over the key file.
    Renamed,
    /// The folder was fsynced.
    DirSynced,
}

impl WriteStep {
    /// Every step, in order.
    pub const ALL: [WriteStep; 4] =
        [WriteStep::TempWritten, WriteStep::TempSynced, WriteStep::Renamed, WriteStep::DirSynced];
}

/// Replaces `path` with `bytes` atomically (see the module docs). On unix the file is created `0600`.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_until(path, bytes, None)
}

/// [`write_atomic`], but returning right after `stop` as if the process had been killed there, leaving whatever
/// was on disk at that moment (a temporary file included). For crash tests only.
pub(crate) fn write_atomic_until(path: &Path, bytes: &[u8], stop: Option<WriteStep>) -> Result<()> {
    let (dir, name) = split(path)?;
    let tmp = dir.join(format!(".{name}.tmp.{}", hex::encode(crate::crypto::random_bytes::<6>())));
    let result = write_steps(path, &dir, &tmp, bytes, stop);
    if result.is_err() {
        // Best effort: the temporary file holds nothing the target wouldn't, but don't leave litter behind.
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn write_steps(path: &Path, dir: &Path, tmp: &Path, bytes: &[u8], stop: Option<WriteStep>) -> Result<()> {
    // Errors name the file being replaced: the temporary name means nothing to the person.
    let mut file = create_new(tmp).map_err(|e| Error::io("write", path, e))?;
    file.write_all(bytes).map_err(|e| Error::io("write", path, e))?;
    if stop == Some(WriteStep::TempWritten) {
        return Ok(());
    }
    file.sync_all().map_err(|e| Error::io("write", path, e))?;
    drop(file);
    if stop == Some(WriteStep::TempSynced) {
        return Ok(());
    }
    fs::rename(tmp, path).map_err(|e| Error::io("replace", path, e))?;
    if stop == Some(WriteStep::Renamed) {
        return Ok(());
    }
    sync_dir(dir)?;
    Ok(())
}

/// Removes temporary files a killed [`write_atomic`] of `path` left behind. Best effort: a read-only folder keeps
/// them, and they are harmless (never read).
pub(crate) fn remove_stale_temps(path: &Path) {
    let Ok((dir, name)) = split(path) else { return };
    let prefix = format!(".{name}.tmp.");
    let Ok(entries) = fs::read_dir(&dir) else { return };
    for entry in entries.flatten() {
        if entry.file_name().to_str().is_some_and(|n| n.starts_with(&prefix)) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn split(path: &Path) -> Result<(PathBuf, String)> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| Error::invalid(crate::Field::Path, format!("{} does not name a file", path.display())))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((dir, name.to_owned()))
}

fn create_new(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Makes a rename durable: fsync the folder that holds it. Windows has no folder handle to sync; NTFS journals the
/// rename itself.
pub(crate) fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        File::open(dir).and_then(|d| d.sync_all()).map_err(|e| Error::io("sync", dir, e))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn stopping_early_keeps_the_old_file_and_cleanup_removes_the_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        write_atomic(&path, b"old").unwrap();
        write_atomic_until(&path, b"new", Some(WriteStep::TempSynced)).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
        remove_stale_temps(&path);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        assert_eq!(fs::read(&path).unwrap(), b"old");
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        write_atomic(&path, b"x").unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
}
