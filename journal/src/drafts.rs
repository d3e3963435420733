//! Drafts: work in progress kept inside the vault as the person types.

use rusqlite::OptionalExtension;

use crate::store::rows::{self, SqlResult};
use crate::{Error, Journal, Result};

impl Journal {
    /// Saves (replaces) the draft under `key`. `body` is the shell's own JSON.
    pub fn save_draft(&self, key: &str, body: &str) -> Result<()> {
        if key.trim().is_empty() {
            return Err(Error::invalid("key", "a draft needs a key"));
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

    /// Discards the draft under `key` (no error if there is none).
    pub fn discard_draft(&self, key: &str) -> Result<()> {
        crate::db::ensure_writable(&self.conn)?;
        self.conn.prepare_cached("DELETE FROM drafts WHERE key = ?1").db()?.execute([key]).db()?;
        Ok(())
    }
}
