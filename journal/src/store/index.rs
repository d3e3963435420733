//! Keeping an entry's side tables in step with it: people, tags, feelings and the full-text row.
//!
//! Every function here runs inside the caller's transaction.

use rusqlite::{Connection, OptionalExtension};

use super::rows::SqlResult;
use crate::model::{Entry, PersonId};
use crate::Result;

/// Marks the start of a highlighted match in a snippet. Stripped from indexed text so nobody can forge one.
pub(crate) const HIT_START: char = '\u{E000}';
/// Marks the end of a highlighted match in a snippet.
pub(crate) const HIT_END: char = '\u{E001}';

/// Writes the people, tags, feelings and full-text rows of the entry stored at `rowid`.
pub(crate) fn write_links(conn: &Connection, rowid: i64, entry: &Entry) -> Result<()> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO entry_people (entry_id, person_id, position) VALUES (?1, ?2, ?3)").db()?;
    for (pos, person) in entry.people.iter().enumerate() {
        stmt.execute(rusqlite::params![rowid, person.to_string(), pos as i64]).db()?;
    }
    let mut stmt = conn.prepare_cached("INSERT INTO entry_tags (entry_id, tag, position) VALUES (?1, ?2, ?3)").db()?;
    for (pos, tag) in entry.tags.iter().enumerate() {
        stmt.execute(rusqlite::params![rowid, tag, pos as i64]).db()?;
    }
    let mut stmt =
        conn.prepare_cached("INSERT OR IGNORE INTO entry_feelings (entry_id, feeling) VALUES (?1, ?2)").db()?;
    for feeling in entry.body.feelings() {
        let feeling = feeling.trim().to_lowercase();
        if !feeling.is_empty() {
            stmt.execute(rusqlite::params![rowid, feeling]).db()?;
        }
    }
    let text = fts_text(conn, entry)?;
    conn.prepare_cached("INSERT INTO entries_fts (rowid, text) VALUES (?1, ?2)")
        .db()?
        .execute(rusqlite::params![rowid, text])
        .db()?;
    Ok(())
}

/// Removes every side row of the entry stored at `rowid`.
pub(crate) fn clear_links(conn: &Connection, rowid: i64) -> Result<()> {
    for sql in [
        "DELETE FROM entry_people WHERE entry_id = ?1",
        "DELETE FROM entry_tags WHERE entry_id = ?1",
        "DELETE FROM entry_feelings WHERE entry_id = ?1",
        "DELETE FROM entries_fts WHERE rowid = ?1",
    ] {
        conn.prepare_cached(sql).db()?.execute([rowid]).db()?;
    }
    Ok(())
}

/// Rewrites the full-text row of the entry stored at `rowid` (after a person it mentions is renamed).
pub(crate) fn reindex_text(conn: &Connection, rowid: i64, entry: &Entry) -> Result<()> {
    let text = fts_text(conn, entry)?;
    conn.prepare_cached("DELETE FROM entries_fts WHERE rowid = ?1").db()?.execute([rowid]).db()?;
    conn.prepare_cached("INSERT INTO entries_fts (rowid, text) VALUES (?1, ?2)")
        .db()?
        .execute(rusqlite::params![rowid, text])
        .db()?;
    Ok(())
}

/// What search indexes for an entry: every text field, then its tags and the names of its people, one per line,
/// without the snippet marker characters.
fn fts_text(conn: &Connection, entry: &Entry) -> Result<String> {
    let mut parts: Vec<String> = entry.body.texts().into_iter().map(str::to_owned).collect();
    parts.extend(entry.tags.iter().cloned());
    for person in &entry.people {
        if let Some(name) = person_name(conn, *person)? {
            parts.push(name);
        }
    }
    let mut text = parts.join("\n");
    text.retain(|c| c != HIT_START && c != HIT_END);
    Ok(text)
}

fn person_name(conn: &Connection, id: PersonId) -> Result<Option<String>> {
    conn.prepare_cached("SELECT name FROM people WHERE id = ?1")
        .db()?
        .query_row([id.to_string()], |r| r.get(0))
        .optional()
        .db()
}
