//! Opening the SQLCipher database: the key, the pragmas, and the one migration runner.
//!
//! There is exactly one path that opens a vault's database ([`open`]); it sets the raw key, proves the key is right,
//! applies the connection pragmas and migrates. Migrations are numbered `.sql` files embedded in the binary, each run
//! in its own transaction, and never edited once shipped.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::crypto::DataKey;
use crate::{Error, Result};

/// The migrations, in order. Index `i` brings the schema from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_initial.sql"),
    include_str!("../migrations/0002_insights.sql"),
    include_str!("../migrations/0003_import_sources.sql"),
    include_str!("../migrations/0004_search_stemming.sql"),
];

/// The schema version this build writes, and the newest it reads.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// How long a statement waits for another process (the app, the CLI) to finish writing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The page cache holds decrypted pages, so reads cost no more than plain SQLite's. It is sized for the journal:
/// a sixteenth of the database file, between these bounds (KiB). Measured in `make bench`: see docs/performance.md.
const CACHE_MIN_KIB: i64 = 2 * 1024;
/// The largest page cache, reached at a 256 MiB database (about 30,000 entries).
const CACHE_MAX_KIB: i64 = 16 * 1024;

/// Opens (creating if `create`) the encrypted database at `path` with the raw data key, then migrates it.
///
/// A wrong key or a file that is not a SQLCipher database gives [`Error::Corrupt`] for the database: the key file
/// already proved the key, so a mismatch here means damage, not a wrong passphrase.
///
/// `before_migrate` runs on the open connection when the schema is older than this build's and a migration is about
/// to run (the backup before a migration); an error from it stops the open with nothing migrated.
pub(crate) fn open(
    path: &Path,
    key: &DataKey,
    create: bool,
    before_migrate: &dyn Fn(&Connection) -> Result<()>,
) -> Result<Connection> {
    let conn = open_connection(path, create)?;
    let keyed = || -> Result<()> {
        key_and_check(&conn, key)?;
        configure(&conn)?;
        let current = schema_version(&conn)?;
        if current > 0 && current < SCHEMA_VERSION {
            before_migrate(&conn)?;
        }
        migrate(&conn)?;
        size_cache(&conn)
    };
    keyed().map_err(|e| read_only_if_so(e, path))?;
    Ok(conn)
}

/// Sets the raw key on a fresh connection and proves it by reading the schema.
fn key_and_check(conn: &Connection, key: &DataKey) -> Result<()> {
    // SQLCipher logs to stderr by default (e.g. on a damaged page); the journal never prints.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    conn.execute_batch(&key.sqlcipher_pragma())?;
    // Touch the schema: SQLCipher only decrypts (and so only notices a wrong key) on first read.
    verify_readable(conn)
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
    let conn = Connection::open_with_flags(path, flags).map_err(|e| map_open_error(e, path))?;
    key_and_check(&conn, key).map_err(|e| match e {
        Error::Corrupt { detail, .. } => Error::Corrupt { what: "backup", detail },
        other => other,
    })?;
    Ok(conn)
}

/// In a read-only folder SQLite fails on the first read (it can't create the WAL's `-shm`) with a generic
/// "can't open" or a path-less read-only error: name the folder instead.
fn read_only_if_so(e: Error, path: &Path) -> Error {
    let generic = match &e {
        Error::ReadOnly(p) => p.as_os_str().is_empty(),
        Error::Database(inner) => matches!(
            inner.sqlite_error_code(),
            Some(rusqlite::ErrorCode::CannotOpen) | Some(rusqlite::ErrorCode::ReadOnly)
        ),
        _ => false,
    };
    if generic && !writable(path) {
        Error::ReadOnly(path.parent().unwrap_or(path).to_path_buf())
    } else {
        e
    }
}

/// Opens a plain, unencrypted SQLite database with the same schema and pragmas. Benchmarks use it as the baseline.
pub(crate) fn open_plain(path: &Path) -> Result<Connection> {
    let conn = open_connection(path, true)?;
    configure(&conn)?;
    migrate(&conn)?;
    size_cache(&conn)?;
    Ok(conn)
}

fn open_connection(path: &Path, create: bool) -> Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    } else if !path.exists() {
        return Err(Error::Corrupt { what: "database", detail: "the database file is missing".into() });
    }
    let conn = Connection::open_with_flags(path, flags).map_err(|e| map_open_error(e, path))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    Ok(conn)
}

fn verify_readable(conn: &Connection) -> Result<()> {
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).map(|_| ()).map_err(|e| {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) | Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
                Error::Corrupt { what: "database", detail: "it can't be decrypted with this journal's key".into() }
            }
            _ => map_sqlite_error(e),
        }
    })
}

fn configure(conn: &Connection) -> Result<()> {
    // journal_mode returns a row, so it is read rather than executed.
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(map_sqlite_error)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Corrupt { what: "database", detail: format!("could not switch to WAL (got {mode})") });
    }
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA secure_delete = ON;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;",
    )
    .map_err(map_sqlite_error)?;
    Ok(())
}

/// Sizes the page cache for the database as it is now (see [`CACHE_MAX_KIB`]).
pub(crate) fn size_cache(conn: &Connection) -> Result<()> {
    let bytes: i64 = conn
        .query_row("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", [], |r| r.get(0))
        .map_err(map_sqlite_error)?;
    let kib = (bytes / 1024 / 16).clamp(CACHE_MIN_KIB, CACHE_MAX_KIB);
    conn.execute_batch(&format!("PRAGMA cache_size = -{kib};")).map_err(map_sqlite_error)
}

/// The page cache's size now, in KiB.
#[cfg(test)]
fn cache_kib(conn: &Connection) -> Result<i64> {
    let size: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0)).map_err(map_sqlite_error)?;
    Ok(if size < 0 { -size } else { size * 4 })
}

/// Brings the schema up to [`SCHEMA_VERSION`], one migration per transaction.
pub(crate) fn migrate(conn: &Connection) -> Result<()> {
    migrate_with(conn, MIGRATIONS)
}

/// Applies `migrations[user_version..]`, each in its own transaction: a failing one leaves the database at the
/// version before it, with nothing of it applied.
fn migrate_with(conn: &Connection, migrations: &[&str]) -> Result<()> {
    let latest = migrations.len() as u32;
    let current: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > latest {
        return Err(Error::NewerVersion { found: current, supported: latest });
    }
    for (i, sql) in migrations.iter().enumerate().skip(current as usize) {
        let next = i as u32 + 1;
        conn.execute_batch(&format!("BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {next};\nCOMMIT;")).map_err(
            |e| {
                let _ = conn.execute_batch("ROLLBACK");
                map_sqlite_error(e)
            },
        )?;
    }
    Ok(())
}

/// The schema version stored in the database.
pub(crate) fn schema_version(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

fn map_open_error(e: rusqlite::Error, path: &Path) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ReadOnly) | Some(rusqlite::ErrorCode::CannotOpen) if !writable(path) => {
            Error::ReadOnly(path.to_path_buf())
        }
        _ => map_sqlite_error(e),
    }
}

fn writable(path: &Path) -> bool {
    let dir = path.parent().unwrap_or(path);
    std::fs::metadata(dir).map(|m| !m.permissions().readonly()).unwrap_or(false)
}

/// Maps SQLite's error codes to the journal's: busy, full, read-only and corrupt get their own kinds.
pub(crate) fn map_sqlite_error(e: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => Error::Busy,
        Some(C::DiskFull) => Error::DiskFull,
        Some(C::ReadOnly) => Error::ReadOnly(Default::default()),
        Some(C::DatabaseCorrupt) | Some(C::NotADatabase) => {
            Error::Corrupt { what: "database", detail: "SQLite reports the file as damaged".into() }
        }
        _ => Error::Database(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The schema as SQLite describes it, for comparing two databases.
    fn schema(conn: &Connection) -> Vec<(String, String, Option<String>)> {
        let mut stmt = conn
            .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .unwrap();
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
        rows.collect::<std::result::Result<_, _>>().unwrap()
    }

    /// Applies the first `version` migrations by hand, as an older Attune would have left the database.
    fn at_version(version: usize) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        for (i, sql) in MIGRATIONS.iter().take(version).enumerate() {
            conn.execute_batch(sql).unwrap();
            conn.pragma_update(None, "user_version", i as u32 + 1).unwrap();
        }
        conn
    }

    #[test]
    fn every_earlier_schema_migrates_to_the_current_one() {
        let fresh = at_version(0);
        migrate(&fresh).unwrap();
        let expected = schema(&fresh);
        for version in 0..=MIGRATIONS.len() {
            let conn = at_version(version);
            migrate(&conn).unwrap();
            assert_eq!(schema_version(&conn).unwrap(), SCHEMA_VERSION, "from version {version}");
            assert_eq!(schema(&conn), expected, "from version {version}");
            // Running it again changes nothing.
            migrate(&conn).unwrap();
            assert_eq!(schema(&conn), expected, "twice from version {version}");
        }
    }

    #[test]
    fn the_page_cache_follows_the_database_size() {
        let conn = Connection::open_in_memory().unwrap();
        migrate(&conn).unwrap();
        size_cache(&conn).unwrap();
        assert_eq!(cache_kib(&conn).unwrap(), CACHE_MIN_KIB, "a small journal gets the smallest cache");
        // 300 MB of rows.
        conn.execute_batch(
            "CREATE TABLE filler (x);
             INSERT INTO filler WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
             SELECT zeroblob(1000000) FROM n;",
        )
        .unwrap();
        size_cache(&conn).unwrap();
        assert_eq!(cache_kib(&conn).unwrap(), CACHE_MAX_KIB, "a large one the largest");
    }

    /// Migration 0004 rebuilds the full-text index with stemming from the text the first one indexed.
    #[test]
    fn the_search_index_is_rebuilt_with_stemming() {
        let conn = at_version(1);
        conn.execute_batch(
            "INSERT INTO entries_fts (rowid, text) VALUES (7, 'I apologised to Sam'), (9, 'Quiet evening');",
        )
        .unwrap();
        migrate(&conn).unwrap();
        let found = |q: &str| -> Vec<i64> {
            let mut stmt = conn.prepare("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?1").unwrap();
            let rows = stmt.query_map([q], |r| r.get(0)).unwrap();
            rows.collect::<std::result::Result<_, _>>().unwrap()
        };
        assert_eq!(found("apologising"), [7]);
        assert_eq!(found("evenings"), [9]);
        assert_eq!(found("sam"), [7]);
    }

    #[test]
    fn a_newer_schema_is_refused_and_left_alone() {
        let conn = at_version(MIGRATIONS.len());
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
        let before = schema(&conn);
        let err = migrate(&conn).unwrap_err();
        assert!(
            matches!(err, Error::NewerVersion { found, supported } if found == SCHEMA_VERSION + 1 && supported == SCHEMA_VERSION)
        );
        assert_eq!(schema(&conn), before);
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
        {
            let conn = open_connection(&path, true).unwrap();
            key_and_check(&conn, &key).unwrap();
            migrate_with(&conn, &MIGRATIONS[..MIGRATIONS.len() - 1]).unwrap();
        }
        drop(open(&path, &key, false, &hook).unwrap());
        assert_eq!(calls.get(), if SCHEMA_VERSION > 1 { 1 } else { 0 });
        drop(open(&path, &key, false, &hook).unwrap());
        assert_eq!(calls.get(), if SCHEMA_VERSION > 1 { 1 } else { 0 }, "no migration, no backup");
        // A failing hook stops the open with nothing migrated.
        let fresh = dir.path().join("other.db");
        {
            let conn = open_connection(&fresh, true).unwrap();
            key_and_check(&conn, &key).unwrap();
            migrate_with(&conn, &MIGRATIONS[..MIGRATIONS.len() - 1]).unwrap();
        }
        if SCHEMA_VERSION > 1 {
            let failing = |_: &Connection| Err(Error::DiskFull);
            assert!(matches!(open(&fresh, &key, false, &failing), Err(Error::DiskFull)));
            let conn = open_connection(&fresh, false).unwrap();
            key_and_check(&conn, &key).unwrap();
            assert_eq!(schema_version(&conn).unwrap(), SCHEMA_VERSION - 1);
        }
    }

    #[test]
    fn a_failing_migration_rolls_back_whole() {
        // A broken second migration must leave neither half its tables nor a bumped version.
        let conn = Connection::open_in_memory().unwrap();
        let migrations = [MIGRATIONS[0], "CREATE TABLE half_done (x); THIS IS NOT SQL;"];
        assert!(migrate_with(&conn, &migrations).is_err());
        assert_eq!(schema_version(&conn).unwrap(), 1);
        let names: Vec<String> = schema(&conn).into_iter().map(|(_, name, _)| name).collect();
        assert!(names.contains(&"entries".to_string()));
        assert!(!names.contains(&"half_done".to_string()));
        // Fixed, it goes through from where it stopped.
        migrate_with(&conn, &[MIGRATIONS[0], "CREATE TABLE half_done (x);"]).unwrap();
        assert_eq!(schema_version(&conn).unwrap(), 2);
    }
}
