//! The one migration runner: numbered `.sql` files embedded in the binary, each run in its own transaction, never
//! edited once shipped.

use rusqlite::Connection;

use super::map_sqlite_error;
use crate::{Error, Result};

/// The migrations, in order. Index `i` brings the schema from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_initial.sql"),
    include_str!("../../migrations/0002_insights.sql"),
    include_str!("../../migrations/0003_import_sources.sql"),
    include_str!("../../migrations/0004_search_stemming.sql"),
    include_str!("../../migrations/0005_search_prefix_6.sql"),
];

/// The schema version this build writes, and the newest it reads.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Brings the schema up to [`SCHEMA_VERSION`], one migration per transaction.
pub(crate) fn migrate(conn: &Connection) -> Result<()> {
    migrate_with(conn, MIGRATIONS)
}

/// Applies `migrations[user_version..]`, each in its own transaction: a failing one leaves the database at the
/// version before it, with nothing of it applied.
pub(super) fn migrate_with(conn: &Connection, migrations: &[&str]) -> Result<()> {
    let latest = migrations.len() as u32;
    let current = schema_version(conn)?;
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
    conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(map_sqlite_error)
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

    /// The rowids the full-text index finds for the MATCH expression `q`.
    fn search_rowids(conn: &Connection, q: &str) -> Vec<i64> {
        let mut stmt = conn.prepare("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?1").unwrap();
        let rows = stmt.query_map([q], |r| r.get(0)).unwrap();
        rows.collect::<std::result::Result<_, _>>().unwrap()
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
        let found = |q: &str| search_rowids(&conn, q);
        assert_eq!(found("apologising"), [7]);
        assert_eq!(found("evenings"), [9]);
        assert_eq!(found("sam"), [7]);
    }

    /// Migration 0005 rebuilds it again with prefix indexes up to 6 letters, keeping every row's text and rowid, and
    /// leaves the index's settings for everyday writing as they were.
    #[test]
    fn the_search_index_is_rebuilt_with_longer_prefixes() {
        let conn = at_version(4);
        conn.execute_batch(
            "INSERT INTO entries_fts (rowid, text) VALUES (3, 'We remembered the lighthouse'), (8, 'Something small');",
        )
        .unwrap();
        migrate(&conn).unwrap();
        let found = |q: &str| search_rowids(&conn, q);
        assert_eq!(found("\"lighth\"*"), [3], "a 6-letter prefix");
        assert_eq!(found("\"somet\"*"), [8], "a 5-letter prefix");
        assert_eq!(found("remembering"), [3], "still stemmed");
        let sql: String =
            conn.query_row("SELECT sql FROM sqlite_master WHERE name = 'entries_fts'", [], |r| r.get(0)).unwrap();
        assert!(sql.contains("prefix = '1 2 3 4 5 6'"), "{sql}");
        let setting = |k: &str| -> i64 {
            conn.query_row("SELECT v FROM entries_fts_config WHERE k = ?1", [k], |r| r.get(0)).unwrap()
        };
        assert_eq!((setting("automerge"), setting("hashsize"), setting("secure-delete")), (4, 1_048_576, 1));
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
