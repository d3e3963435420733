//! SQLite's errors as the journal's, and naming what keeps a database from being written.

use std::path::Path;

use rusqlite::Connection;

use crate::{Error, Result};

/// A damaged database, with what is wrong.
pub(crate) fn damaged(detail: impl Into<String>) -> Error {
    Error::Corrupt { what: "database", detail: detail.into() }
}

/// The one mapping from SQLite's errors to the journal's: busy, full, read-only and damaged databases get their own
/// kinds, and only what is left becomes [`Error::Database`]. [`Error`] has no `From<rusqlite::Error>`, so every
/// rusqlite result goes through here (directly or through `SqlResult::db`).
pub(crate) fn map_sqlite_error(e: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => Error::Busy,
        Some(C::DiskFull) => Error::DiskFull,
        Some(C::ReadOnly) => Error::ReadOnly(Default::default()),
        Some(C::DatabaseCorrupt) | Some(C::NotADatabase) => {
            damaged("SQLite reports the file as damaged; run `attune verify`, and restore from a backup if needed")
        }
        _ => Error::Database(e),
    }
}

/// The file or folder that keeps the database at `path` from being written: the file itself, its `-wal` or `-shm`,
/// or the folder.
pub(crate) fn unwritable(path: &Path) -> std::path::PathBuf {
    let can_write = |p: &Path| std::fs::OpenOptions::new().append(true).open(p).is_ok();
    let mut sidecars = ["-wal", "-shm"].into_iter().map(|s| {
        let mut p = path.as_os_str().to_owned();
        p.push(s);
        std::path::PathBuf::from(p)
    });
    if !can_write(path) {
        return path.to_path_buf();
    }
    if let Some(p) = sidecars.find(|p| p.exists() && !can_write(p)) {
        return p;
    }
    path.parent().unwrap_or(path).to_path_buf()
}

/// Refuses a write on a connection SQLite opened read-only, naming what can't be written.
pub(crate) fn ensure_writable(conn: &Connection) -> Result<()> {
    if conn.is_readonly(rusqlite::MAIN_DB).map_err(map_sqlite_error)? {
        let path = conn.path().filter(|p| !p.is_empty()).map(Path::new);
        return Err(Error::ReadOnly(path.map(unwritable).unwrap_or_default()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 12: busy, full, read-only and damaged databases each get their own kind; only the rest is `Database`.
    /// (There is no `From<rusqlite::Error>`, so no `?` can skip this.)
    #[test]
    fn sqlite_errors_map_to_their_own_kinds() {
        use crate::ErrorKind as K;
        let err = |code: i32| rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None);
        for (code, kind) in [
            (rusqlite::ffi::SQLITE_BUSY, K::Busy),
            (rusqlite::ffi::SQLITE_LOCKED, K::Busy),
            (rusqlite::ffi::SQLITE_FULL, K::Io),
            (rusqlite::ffi::SQLITE_READONLY, K::Io),
            (rusqlite::ffi::SQLITE_CORRUPT, K::Corrupt),
            (rusqlite::ffi::SQLITE_NOTADB, K::Corrupt),
            (rusqlite::ffi::SQLITE_IOERR, K::Database),
        ] {
            assert_eq!(map_sqlite_error(err(code)).kind(), kind, "SQLite code {code}");
        }
        assert!(matches!(map_sqlite_error(err(rusqlite::ffi::SQLITE_FULL)), Error::DiskFull));
    }
}
