//! Opening the SQLCipher database: the key, the pragmas, and the one migration runner.
//!
//! There is exactly one path that opens an existing vault's database ([`open`]) and one that creates a new vault's
//! ([`create`]); both set the raw key, prove it on a first read, apply the connection pragmas and migrate. A copy of
//! a database (a backup) is opened as it is by [`open_copy`]. Migrations are numbered `.sql` files embedded in the
//! binary, each run in its own transaction, and never edited once shipped ([`migrate`](mod@migrate)).
//!
//! - [`migrate`](mod@migrate): the migrations and their runner.
//! - [`cache`]: the page cache, sized for the journal and given back when idle.
//! - [`errors`]: the one mapping from SQLite's errors to the journal's.

mod cache;
mod errors;
mod migrate;

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::crypto::DataKey;
use crate::{Error, Result, Warning};

use cache::size_cache_for_migration;
pub(crate) use cache::{release_cache, size_cache};
use errors::damaged;
pub(crate) use errors::{ensure_writable, map_sqlite_error, unwritable};
#[cfg(test)]
pub(crate) use migrate::MIGRATIONS;
pub use migrate::SCHEMA_VERSION;
pub(crate) use migrate::{migrate, schema_version};

/// How long a statement waits for another process (the app, the CLI) to finish writing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The smallest a vault's database can be: one SQLCipher page. A shorter file is damaged, never a new journal.
pub(crate) const MIN_DB_BYTES: u64 = 4096;

/// An existing vault's database, opened and checked.
pub(crate) struct Opened {
    pub(crate) conn: Connection,
    /// What was noticed on the way (read-only files, changes lost from a damaged write-ahead log).
    pub(crate) warnings: Vec<Warning>,
}

/// Creates the database of a new vault at `path` (which must not exist) with the raw data key: owner-only from the
/// first byte, migrated, and checkpointed so the file itself holds the schema before the key file makes it a vault.
pub(crate) fn create(path: &Path, key: &DataKey) -> Result<Connection> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|e| Error::io("create", path, e))?;
    let conn = connect(path)?;
    keyed(&conn, key, path)?;
    configure(&conn, false)?;
    migrate(&conn)?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).map_err(map_sqlite_error)?;
    size_cache(&conn)?;
    Ok(conn)
}

/// Opens the database of an existing vault with the raw data key, then migrates it. Never creates a database.
///
/// A file that is missing, a folder, empty, shorter than a page, a plain SQLite file, or that the key doesn't decrypt
/// gives [`Error::Corrupt`] for the database, and nothing on disk changes: the key file already proved the key, so a
/// mismatch here means damage, not a wrong passphrase. A database or folder that can't be written opens read-only
/// (with a [`Warning::ReadOnly`] naming it) where SQLite can read it. A write-ahead log that lost committed changes
/// gives a [`Warning::RecentChangesLost`].
///
/// `before_migrate` runs on the open connection when the schema is older than this build's and a migration is about
/// to run (the backup before a migration); an error from it stops the open with nothing migrated.
pub(crate) fn open(path: &Path, key: &DataKey, before_migrate: &dyn Fn(&Connection) -> Result<()>) -> Result<Opened> {
    check_file(path)?;
    let mut conn = connect(path)?;
    // A database file that can't be written, with no log to replay, is the whole journal by itself: read it as
    // immutable, so SQLite doesn't leave read-only `-wal`/`-shm` files behind in a folder that can be written.
    if conn.is_readonly(rusqlite::MAIN_DB).map_err(map_sqlite_error)? && wal_len(path) == 0 {
        drop(conn);
        conn = connect_immutable(path)?;
    }
    if let Err(e) = keyed(&conn, key, path) {
        // A folder that can't be written can't hold the `-shm` SQLite needs even to read a WAL database. With no
        // log to replay, the file alone is the whole journal: read it as immutable. With a log, it can't be read
        // without its changes, so it isn't read at all.
        let Error::ReadOnly(_) = e else { return Err(e) };
        if wal_len(path) > 0 {
            return Err(e);
        }
        drop(conn);
        conn = connect_immutable(path)?;
        keyed(&conn, key, path)?;
    }
    let read_only = conn.is_readonly(rusqlite::MAIN_DB).map_err(map_sqlite_error)?;
    configure(&conn, read_only)?;
    let mut warnings = Vec::new();
    let lost = lost_commits(&conn, path, read_only)?;
    if lost > 0 {
        warnings.push(Warning::RecentChangesLost { changes: lost });
    }
    if read_only {
        if schema_version(&conn)? < SCHEMA_VERSION {
            return Err(Error::ReadOnly(unwritable(path)));
        }
        warnings.push(Warning::ReadOnly { path: unwritable(path) });
    } else {
        let current = schema_version(&conn)?;
        if current > 0 && current < SCHEMA_VERSION {
            before_migrate(&conn)?;
            // A migration may rebuild an index over the whole journal: a larger cache for it, sized down after.
            size_cache_for_migration(&conn)?;
        }
        migrate(&conn)?;
    }
    size_cache(&conn)?;
    Ok(Opened { conn, warnings })
}

/// Another connection to the database of a vault that is already open (and so already checked and migrated), with
/// the same raw key: for a long job on another thread. Sets the same pragmas; migrates nothing.
pub(crate) fn open_another(path: &Path, key: &DataKey) -> Result<Connection> {
    check_file(path)?;
    let conn = connect(path)?;
    keyed(&conn, key, path)?;
    configure(&conn, conn.is_readonly(rusqlite::MAIN_DB).map_err(map_sqlite_error)?)?;
    size_cache(&conn)?;
    Ok(conn)
}

/// Opens a copy of a vault's database (a backup) with the data key, as it is: no pragmas that write, no migration.
/// `writable` is for the one moment a new backup is finished off (its journal mode set) before it is renamed into
/// place; everything else reads.
pub(crate) fn open_copy(path: &Path, key: &DataKey, writable: bool) -> Result<Connection> {
    if !path.is_file() {
        return Err(Error::Corrupt { what: "backup", detail: "its database file is missing".into() });
    }
    let flags = if writable {
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let conn = connect_with(path, flags)?;
    keyed(&conn, key, path).map_err(|e| match e {
        Error::Corrupt { detail, .. } => Error::Corrupt { what: "backup", detail },
        other => other,
    })?;
    Ok(conn)
}

/// Refuses, before SQLite touches it, a database file that can't be an existing vault's.
fn check_file(path: &Path) -> Result<()> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(damaged("the journal file (journal.db) is missing; restore it from a backup"))
        }
        Err(e) => return Err(Error::Io { action: "read", path: path.to_path_buf(), source: e }),
    };
    if meta.is_dir() {
        return Err(damaged("journal.db is a folder, not the journal file; restore it from a backup"));
    }
    if !meta.is_file() {
        return Err(damaged("journal.db isn't a regular file; restore it from a backup"));
    }
    if meta.len() < MIN_DB_BYTES {
        return Err(damaged(if meta.len() == 0 {
            "the journal file (journal.db) is empty; restore it from a backup (nothing was changed)".to_string()
        } else {
            format!(
                "the journal file (journal.db) is only {} bytes, too short to hold a journal; restore it from a \
                 backup (nothing was changed)",
                meta.len()
            )
        }));
    }
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
        .map_err(|e| Error::Io { action: "read", path: path.to_path_buf(), source: e })?;
    if &head == b"SQLite format 3\0" {
        return Err(damaged("journal.db is a plain, unencrypted SQLite file, not this journal's"));
    }
    Ok(())
}

/// A connection to an existing file (never creating one), waiting for other writers up to [`BUSY_TIMEOUT`].
fn connect(path: &Path) -> Result<Connection> {
    connect_with(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
}

/// [`connect`] with these flags.
fn connect_with(path: &Path, flags: OpenFlags) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, flags).map_err(|e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::CannotOpen) => {
            let source = std::fs::File::open(path).err().unwrap_or_else(|| std::io::Error::other(e.to_string()));
            Error::Io { action: "open", path: path.to_path_buf(), source }
        }
        _ => map_sqlite_error(e),
    })?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(map_sqlite_error)?;
    Ok(conn)
}

/// A read-only connection that doesn't look for `-wal`/`-shm` (SQLite's `immutable`), for a database in a folder that
/// can't be written and has no log.
fn connect_immutable(path: &Path) -> Result<Connection> {
    let mut uri = String::from("file:");
    for b in path.as_os_str().as_encoded_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => uri.push(char::from(*b)),
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    uri.push_str("?immutable=1");
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Connection::open_with_flags(uri, flags).map_err(map_sqlite_error)
}

/// The length of the database's `-wal`, 0 when there is none.
fn wal_len(path: &Path) -> u64 {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).map(|m| m.len()).unwrap_or(0)
}

/// Sets the raw key and proves it on a first read (SQLCipher only decrypts, and so only notices a wrong key or a
/// damaged first page, when it reads).
fn keyed(conn: &Connection, key: &DataKey, path: &Path) -> Result<()> {
    // SQLCipher logs to stderr by default (e.g. on a damaged page); the journal never prints.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;").map_err(map_sqlite_error)?;
    conn.execute_batch(&key.sqlcipher_pragma()).map_err(map_sqlite_error)?;
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
        Ok(_) => Ok(()),
        Err(e) => Err(match (e.sqlite_error_code(), map_sqlite_error(e)) {
            (_, Error::Corrupt { what, .. }) => Error::Corrupt {
                what,
                detail: "it can't be decrypted with this journal's key; restore journal.db from a backup".into(),
            },
            // In WAL mode the first read opens `-shm`/`-wal`; a folder that can't hold them fails here.
            (Some(rusqlite::ErrorCode::CannotOpen), _) | (_, Error::ReadOnly(_)) => Error::ReadOnly(unwritable(path)),
            (_, other) => other,
        }),
    }
}

/// How many committed changes SQLite's recovery dropped from a damaged write-ahead log (see [`crate::wal`]). Read
/// while holding the write lock, so no other process appends to the log meanwhile; when the lock can't be had (or
/// the journal is read-only and nobody can append) the log is read as it is.
fn lost_commits(conn: &Connection, path: &Path, read_only: bool) -> Result<u32> {
    let mut wal_path = path.as_os_str().to_owned();
    wal_path.push("-wal");
    let locked = !read_only && conn.execute_batch("BEGIN IMMEDIATE").is_ok();
    if !read_only && !locked {
        // Someone else is writing right now: their frames would look torn. Nothing to say this time.
        return Ok(0);
    }
    let bytes = std::fs::read(std::path::PathBuf::from(wal_path)).unwrap_or_default();
    if locked {
        conn.execute_batch("ROLLBACK").map_err(map_sqlite_error)?;
    }
    Ok(crate::wal::lost_commits(&bytes))
}

/// Opens a plain, unencrypted SQLite database with the same schema and pragmas. Benchmarks use it as the baseline.
pub(crate) fn open_plain(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path).map_err(map_sqlite_error)?;
    configure(&conn, false)?;
    migrate(&conn)?;
    size_cache(&conn)?;
    Ok(conn)
}

fn configure(conn: &Connection, read_only: bool) -> Result<()> {
    if !read_only {
        // journal_mode returns a row, so it is read rather than executed. A read-only file keeps the WAL mode its
        // header already records.
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(map_sqlite_error)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(damaged(format!("it could not switch to WAL (got {mode})")));
        }
    }
    conn.execute_batch(&format!(
        "PRAGMA synchronous = FULL;
         PRAGMA secure_delete = ON;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA wal_autocheckpoint = {};",
        crate::wal::CHECKPOINT_PAGES
    ))
    .map_err(map_sqlite_error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::migrate::migrate_with;
    use super::*;

    /// A database one migration behind this build's, as an older Attune would have left it.
    fn one_version_behind(path: &Path, key: &DataKey) {
        std::fs::File::create(path).unwrap();
        let conn = connect(path).unwrap();
        keyed(&conn, key, path).unwrap();
        configure(&conn, false).unwrap();
        migrate_with(&conn, &MIGRATIONS[..MIGRATIONS.len() - 1]).unwrap();
    }

    #[test]
    fn the_backup_hook_runs_before_a_migration_and_only_then() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        let key = DataKey::generate();
        let calls = std::cell::Cell::new(0);
        let hook = |conn: &Connection| {
            // The hook sees the database as it was, before any migration.
            assert_eq!(schema_version(conn).unwrap(), SCHEMA_VERSION - 1);
            calls.set(calls.get() + 1);
            Ok(())
        };
        one_version_behind(&path, &key);
        drop(open(&path, &key, &hook).unwrap());
        assert_eq!(calls.get(), if SCHEMA_VERSION > 1 { 1 } else { 0 });
        drop(open(&path, &key, &hook).unwrap());
        assert_eq!(calls.get(), if SCHEMA_VERSION > 1 { 1 } else { 0 }, "no migration, no backup");
        // A failing hook stops the open with nothing migrated.
        let fresh = dir.path().join("other.db");
        one_version_behind(&fresh, &key);
        if SCHEMA_VERSION > 1 {
            let failing = |_: &Connection| Err(Error::DiskFull);
            assert!(matches!(open(&fresh, &key, &failing), Err(Error::DiskFull)));
            let conn = connect(&fresh).unwrap();
            keyed(&conn, &key, &fresh).unwrap();
            assert_eq!(schema_version(&conn).unwrap(), SCHEMA_VERSION - 1);
        }
    }
}
