//! Making one backup: copy under a temporary name, sync, check, rename into place.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::{check, folder_name, BackupConfig, BackupInfo, BackupReason, Pace};
use crate::atomic::sync_dir;
use crate::crypto::DataKey;
use crate::keyfile::KeyFile;
use crate::vault::{read_key_bytes, DB_FILE, KEY_FILE};
use crate::{db, Error, Result};

/// Temporary backup folders start with this (and are removed by the next backup if a crash left one behind).
const TEMP_PREFIX: &str = ".attune-backup-tmp-";

/// Copies the open database `conn` (keyed with `key`) and the vault's key file into a new backup in `config.dir`.
/// With a `pace`, the check of the copy waits while it says so (the copy itself waits if the caller installed the
/// pace on `conn`).
///
/// Nothing outside the new temporary folder is written until the final rename, so a failure (disk full, folder
/// gone, no permission) leaves the vault and every earlier backup byte for byte as they were.
pub(crate) fn make(
    conn: &Connection,
    key: &DataKey,
    vault_dir: &Path,
    config: &BackupConfig,
    reason: BackupReason,
    now: DateTime<Utc>,
    pace: Option<&Pace>,
) -> Result<BackupInfo> {
    let dir = &config.dir;
    if config.create_dir {
        create_private_dir_all(dir)?;
    } else if !dir.is_dir() {
        return Err(Error::io("use", dir, std::io::Error::from(std::io::ErrorKind::NotFound)));
    }
    remove_stale_temps(dir);
    let key_bytes = read_key_bytes(vault_dir)?;
    let key_file = KeyFile::parse(&key_bytes)?;

    let tmp = dir.join(format!("{TEMP_PREFIX}{}", hex::encode(crate::crypto::random_bytes::<6>())));
    create_private_dir(&tmp)?;
    let result = fill_and_check(conn, key, &tmp, &key_bytes, pace).and_then(|()| {
        let final_path = free_name(dir, now, reason);
        fs::rename(&tmp, &final_path).map_err(|e| Error::io("rename", &final_path, e))?;
        sync_dir(dir)?;
        Ok(final_path)
    });
    let final_path = match result {
        Ok(path) => path,
        Err(e) => {
            // Best effort: the temporary folder holds only ciphertext, but don't leave half a backup behind.
            let _ = fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    let size_bytes =
        [DB_FILE, KEY_FILE].iter().filter_map(|f| fs::metadata(final_path.join(f)).ok()).map(|m| m.len()).sum();
    let id = final_path.file_name().and_then(|n| n.to_str()).unwrap_or_default()[super::PREFIX.len()..].to_owned();
    Ok(BackupInfo { id, created_at: now, reason, size_bytes, path: final_path, vault_id: key_file.vault_id() })
}

/// Writes the database copy and the key file into `tmp`, makes the copy self-contained, checks it and syncs it.
fn fill_and_check(conn: &Connection, key: &DataKey, tmp: &Path, key_bytes: &[u8], pace: Option<&Pace>) -> Result<()> {
    let db_path = tmp.join(DB_FILE);
    let db_str = db_path.to_str().ok_or_else(|| {
        Error::invalid(crate::Field::Folder, format!("{} is not a path SQLite can use", tmp.display()))
    })?;
    // One read transaction: a consistent snapshot even while another process writes. SQLCipher encrypts the copy
    // with the connection's key.
    conn.execute("VACUUM INTO ?1", [db_str]).map_err(db::map_sqlite_error)?;
    write_synced(&tmp.join(KEY_FILE), key_bytes)?;
    {
        let mut copy = db::open_copy(&db_path, key, true)?;
        if let Some(pace) = pace {
            pace.install(&mut copy)?;
        }
        // A single file, no WAL beside it: the backup is whole by itself and opens read-only.
        let mode: String =
            copy.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0)).map_err(db::map_sqlite_error)?;
        if !mode.eq_ignore_ascii_case("delete") {
            return Err(Error::Corrupt { what: "backup", detail: format!("could not leave WAL mode (got {mode})") });
        }
        check::run(&copy)?.into_result()?;
    }
    check::not_plaintext(&db_path)?;
    File::open(&db_path).and_then(|f| f.sync_all()).map_err(|e| Error::io("sync", &db_path, e))?;
    sync_dir(tmp)
}

/// `attune-backup-<time>-<reason>`, with `-2`, `-3`… when a backup of that second and reason already exists.
fn free_name(dir: &Path, now: DateTime<Utc>, reason: BackupReason) -> PathBuf {
    let base = folder_name(now, reason);
    let mut path = dir.join(&base);
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{base}-{n}"));
        n += 1;
    }
    path
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(|e| Error::io("create", path, e))?;
    file.write_all(bytes).map_err(|e| Error::io("write", path, e))?;
    file.sync_all().map_err(|e| Error::io("sync", path, e))
}

fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| Error::io("create", dir, e))
}

fn create_private_dir_all(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| Error::io("create", dir, e))
}

/// Removes temporary folders a killed backup left behind, once they are an hour old (a younger one may be another
/// process's backup under way). Best effort.
fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let ours = entry.file_name().to_str().is_some_and(|n| n.starts_with(TEMP_PREFIX));
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(3600));
        if ours && old {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}
