//! Drafts: work in progress kept inside the vault as the person types.

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::store::rows::{self, SqlResult};
use crate::{Error, Journal, Result};

/// A draft waiting to be finished: its key and when it was last saved (not its content).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct DraftInfo {
    /// The shell's key, e.g. `new:conflict` or `edit:<entry id>`.
    pub key: String,
    /// When it was last saved.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub updated_at: DateTime<Utc>,
}

impl Journal {
    /// Saves (replaces) the draft under `key`. `body` is the shell's own JSON.
    pub fn save_draft(&self, key: &str, body: &str) -> Result<()> {
        if key.trim().is_empty() {
            return Err(Error::invalid(crate::Field::Key, "a draft needs a key"));
        }
        crate::db::ensure_writable(&self.conn)?;
        self.conn
            .prepare_cached(
                "INSERT INTO drafts (key, body, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
            )
            .db()?
            .execute(rusqlite::params![key, body, rows::to_millis(chrono::Utc::now())])
            .db()?;
        Ok(())
    }

    /// The draft under `key`, if any.
    pub fn draft(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT body FROM drafts WHERE key = ?1")
            .db()?
            .query_row([key], |r| r.get(0))
            .optional()
            .db()
    }

    /// Every draft waiting, most recently saved first (keys and times only): for "Continue your …".
    pub fn drafts(&self) -> Result<Vec<DraftInfo>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT key, updated_at FROM drafts ORDER BY updated_at DESC, key").db()?;
        let raws = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
            .db()?
            .collect::<rusqlite::Result<Vec<_>>>()
            .db()?;
        raws.into_iter().map(|(key, ms)| Ok(DraftInfo { key, updated_at: rows::from_millis(ms)? })).collect()
    }

    /// Discards the draft under `key` (no error if there is none).
    pub fn discard_draft(&self, key: &str) -> Result<()> {
        crate::db::ensure_writable(&self.conn)?;
        self.conn.prepare_cached("DELETE FROM drafts WHERE key = ?1").db()?.execute([key]).db()?;
        Ok(())
    }
}
