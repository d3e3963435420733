//! Integrity and cipher checks over an unlocked journal.
//!
//! [`Journal::verify`] only reads: SQLite's `integrity_check` (the b-trees and indexes agree), SQLCipher's
//! `cipher_integrity_check` (every page's HMAC matches, so nothing was altered on disk), the key file (every slot
//! whole, its seal matching under this journal's key), what the unlock noticed about the write-ahead log, the
//! SQLCipher version, the schema version and the entry count. It runs with `query_only` on, so it cannot change the
//! database even by mistake.

use rusqlite::Connection;
use serde::Serialize;

use crate::db::map_sqlite_error;
use crate::{Journal, Result};

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// `PRAGMA integrity_check` problems (empty when fine).
    pub integrity: Vec<String>,
    /// `PRAGMA cipher_integrity_check` problems (empty when fine).
    pub cipher: Vec<String>,
    /// Problems with the key file: a damaged slot (which, and what to do), a seal that doesn't match (empty when
    /// fine).
    pub key_file: Vec<String>,
    /// Committed changes that could not be read back from a damaged write-ahead log when this journal was opened
    /// (empty when none).
    pub recent_changes: Vec<String>,
    /// The SQLCipher version in use.
    pub cipher_version: String,
    /// The schema version.
    pub schema_version: u32,
    /// How many entries.
    pub entries: u64,
}

impl VerifyReport {
    /// Whether every check passed.
    pub fn ok(&self) -> bool {
        self.problems().next().is_none()
    }

    /// Every problem found, in the order the checks ran.
    pub fn problems(&self) -> impl Iterator<Item = &String> {
        self.integrity.iter().chain(&self.cipher).chain(&self.key_file).chain(&self.recent_changes)
    }
}

impl Journal {
    /// Runs the integrity checks. Read-only.
    pub fn verify(&self) -> Result<VerifyReport> {
        let conn = &self.conn;
        conn.execute_batch("PRAGMA query_only = ON").map_err(map_sqlite_error)?;
        let report = run_checks(conn, self.key.is_some());
        // Switch writes back on whatever the checks found; a failure here would leave the session read-only.
        let restored = conn.execute_batch("PRAGMA query_only = OFF").map_err(map_sqlite_error);
        let mut report = report?;
        restored?;
        report.key_file = self.key_file_problems()?;
        report.recent_changes = self
            .warnings()
            .into_iter()
            .filter(|w| matches!(w, crate::Warning::RecentChangesLost { .. }))
            .map(|w| w.to_string())
            .collect();
        Ok(report)
    }
}

fn run_checks(conn: &Connection, encrypted: bool) -> Result<VerifyReport> {
    let mut integrity: Vec<String> =
        problems(conn, "PRAGMA integrity_check").into_iter().filter(|r| r != "ok").collect();
    // A plain benchmark database has no page HMACs to check.
    let cipher = if encrypted { problems(conn, "PRAGMA cipher_integrity_check") } else { Vec::new() };
    let cipher_version = rows(conn, "PRAGMA cipher_version")?.into_iter().next().unwrap_or_default();
    let schema_version = crate::db::schema_version(conn)?;
    let entries = match conn.query_row("SELECT count(*) FROM entries", [], |r| r.get::<_, i64>(0)) {
        Ok(n) => u64::try_from(n).unwrap_or(0),
        Err(e) => {
            integrity.push(format!("the entries could not be counted: {e}"));
            0
        }
    };
    Ok(VerifyReport {
        integrity,
        cipher,
        key_file: Vec::new(),
        recent_changes: Vec::new(),
        cipher_version,
        schema_version,
        entries,
    })
}

/// The rows of a checking pragma. A check that cannot finish (a damaged page stops it) is itself a problem found,
/// reported as one rather than returned as an error, so `verify` always says what it saw.
fn problems(conn: &Connection, sql: &str) -> Vec<String> {
    rows(conn, sql).unwrap_or_else(|e| vec![format!("the check stopped early: {e}")])
}

/// Every row of a one-column pragma, as text.
fn rows(conn: &Connection, sql: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(sql).map_err(map_sqlite_error)?;
    let out = stmt
        .query_map([], |r| r.get::<_, Option<String>>(0))
        .map_err(map_sqlite_error)?
        .filter_map(|r| r.transpose())
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(map_sqlite_error)?;
    Ok(out)
}
