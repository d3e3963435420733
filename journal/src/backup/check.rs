//! Checking a backup: it opens with the data key, SQLite and SQLCipher find nothing wrong, and it is not plaintext.

use std::io::Read;
use std::path::Path;

use rusqlite::Connection;
use serde::Serialize;

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::BackupInfo;
use crate::crypto::{DataKey, Secret};
use crate::vault::{read_key_file, DB_FILE};
use crate::{db, Error, Result};

/// What checking a backup found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct BackupCheck {
    /// `PRAGMA integrity_check` problems (empty when fine).
    pub integrity: Vec<String>,
    /// `PRAGMA cipher_integrity_check` problems (empty when fine).
    pub cipher: Vec<String>,
    /// The backup's schema version.
    pub schema_version: u32,
    /// How many entries it holds.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub entries: u64,
}

impl BackupCheck {
    /// Whether every check passed.
    pub fn ok(&self) -> bool {
        self.integrity.is_empty() && self.cipher.is_empty()
    }

    /// `Ok` when every check passed, else [`Error::Corrupt`] naming the first problem.
    pub(crate) fn into_result(self) -> Result<BackupCheck> {
        match self.integrity.iter().chain(&self.cipher).next() {
            None => Ok(self),
            Some(first) => Err(Error::Corrupt { what: "backup", detail: first.clone() }),
        }
    }
}

/// Runs the checks on an open copy.
pub(super) fn run(conn: &Connection) -> Result<BackupCheck> {
    let integrity = rows(conn, "PRAGMA integrity_check").into_iter().filter(|r| r != "ok").collect();
    let cipher = rows(conn, "PRAGMA cipher_integrity_check");
    let schema_version = db::schema_version(conn)?;
    let entries = match conn.query_row("SELECT count(*) FROM entries", [], |r| r.get::<_, i64>(0)) {
        Ok(n) => u64::try_from(n).unwrap_or(0),
        Err(e) => return Err(Error::Corrupt { what: "backup", detail: format!("its entries can't be counted: {e}") }),
    };
    if schema_version > db::SCHEMA_VERSION {
        return Err(Error::NewerVersion { found: schema_version, supported: db::SCHEMA_VERSION });
    }
    Ok(BackupCheck { integrity, cipher, schema_version, entries })
}

/// Every row of a one-column checking pragma; a check that stops early is itself a problem found.
fn rows(conn: &Connection, sql: &str) -> Vec<String> {
    let read = || -> rusqlite::Result<Vec<String>> {
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| r.get::<_, Option<String>>(0))?;
        rows.filter_map(|r| r.transpose()).collect()
    };
    read().unwrap_or_else(|e| vec![format!("the check stopped early: {e}")])
}

/// Refuses a database file that starts like a plain SQLite file: a backup must never hold plaintext.
pub(super) fn not_plaintext(path: &Path) -> Result<()> {
    let mut head = [0u8; 16];
    let mut file = std::fs::File::open(path).map_err(|e| Error::io("read", path, e))?;
    let n = file.read(&mut head).map_err(|e| Error::io("read", path, e))?;
    if n == head.len() && &head == b"SQLite format 3\0" {
        return Err(Error::Corrupt { what: "backup", detail: "its database is not encrypted".into() });
    }
    Ok(())
}

/// Checks a backup with the data key of an unlocked journal (the same key opens every backup of that vault).
pub(crate) fn with_key(backup: &BackupInfo, key: &DataKey) -> Result<BackupCheck> {
    let db_path = backup.path.join(DB_FILE);
    not_plaintext(&db_path)?;
    let conn = db::open_copy(&db_path, key, false)?;
    run(&conn)
}

/// How many entries a backup holds, read with the data key (no integrity checks: for lists).
pub(crate) fn count_with_key(backup: &BackupInfo, key: &DataKey) -> Result<u64> {
    let conn = db::open_copy(&backup.path.join(DB_FILE), key, false)?;
    let n: i64 = conn.query_row("SELECT count(*) FROM entries", [], |r| r.get(0)).map_err(db::map_sqlite_error)?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Checks a backup with the passphrase or recovery key that were current when it was made (read from its own key
/// file): for when the vault itself is gone.
pub fn with_secret(backup: &BackupInfo, secret: &Secret) -> Result<BackupCheck> {
    let key = read_key_file(&backup.path)?.unlock(secret)?.key;
    with_key(backup, &key)
}
