//! The page cache: decrypted pages kept in memory, sized for the journal, and given back when it is not in use.

use rusqlite::Connection;

use super::map_sqlite_error;
use crate::Result;

/// The page cache holds decrypted pages, so reads cost no more than plain SQLite's. It is sized for the journal:
/// a sixteenth of the database file, between these bounds (KiB). Measured in `make bench`: see docs/performance.md.
const CACHE_MIN_KIB: i64 = 2 * 1024;
/// The largest page cache, reached at a 256 MiB database (about 30,000 entries).
const CACHE_MAX_KIB: i64 = 16 * 1024;

/// Sizes the page cache for the database as it is now (see [`CACHE_MAX_KIB`]).
pub(crate) fn size_cache(conn: &Connection) -> Result<()> {
    let bytes: i64 = conn
        .query_row("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", [], |r| r.get(0))
        .map_err(map_sqlite_error)?;
    let kib = (bytes / 1024 / 16).clamp(CACHE_MIN_KIB, CACHE_MAX_KIB);
    conn.execute_batch(&format!("PRAGMA cache_size = -{kib};")).map_err(map_sqlite_error)
}

/// The page cache while a migration runs. Rebuilding the full-text index of a large journal reads and writes the
/// same index pages many times as FTS5 merges its segments; with the usual cache each of those is decrypted or
/// encrypted again (about twice as long at 100,000 entries: docs/performance.md). [`size_cache`] sizes it back after.
const MIGRATION_CACHE_KIB: i64 = 64 * 1024;

/// Sizes the page cache for a migration ([`MIGRATION_CACHE_KIB`]).
pub(crate) fn size_cache_for_migration(conn: &Connection) -> Result<()> {
    conn.execute_batch(&format!("PRAGMA cache_size = -{MIGRATION_CACHE_KIB};")).map_err(map_sqlite_error)
}

/// Gives back the page cache's memory (every page no statement is using); the next reads fill it again from the file.
/// The prepared statements kept for reuse go too, with what each holds (a search's sorter and its full-text cursor
/// buffers): the next use prepares them again, in well under a millisecond.
pub(crate) fn release_cache(conn: &Connection) -> Result<()> {
    conn.flush_prepared_statement_cache();
    conn.execute_batch("PRAGMA shrink_memory;").map_err(map_sqlite_error)
}

/// The page cache's size now, in KiB.
#[cfg(test)]
fn cache_kib(conn: &Connection) -> Result<i64> {
    let size: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0)).map_err(map_sqlite_error)?;
    Ok(if size < 0 { -size } else { size * 4 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::migrate;

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
}
