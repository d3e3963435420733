//! Writing and reading single entries: add, get, edit, delete, restore.
//!
//! An entry is one `entries` row (the body as JSON) plus side rows that make filters and search fast: its people,
//! tags, feeling words and full-text row. Every write changes them together in one `BEGIN IMMEDIATE` transaction, and
//! the database runs with `synchronous = FULL`, so a write is on disk when the call returns.

pub(crate) mod index;
pub(crate) mod rows;

use chrono::{DateTime, FixedOffset, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};

use crate::model::{check_when, validate_new_entry, Entry, EntryBody, EntryId, NewEntry, PersonId};
use crate::{Error, Journal, Result};
use rows::{SqlResult, ENTRY_COLUMNS};

impl Journal {
    /// Validates and adds an entry written `now` (the writer's local time). It is about `now` unless
    /// [`NewEntry::at`] chooses another time (checked by [`check_when`]); its local date and offset follow that time.
    /// Committed (fsynced) when this returns.
    pub fn add_entry(&self, new: NewEntry, now: DateTime<FixedOffset>) -> Result<Entry> {
        let at = new.at.unwrap_or(now);
        check_when(at, now)?;
        let tx = begin(&self.conn)?;
        let (people, tags, body) = prepare(&tx, new)?;
        let created_at = rows::truncate_millis(at.with_timezone(&Utc));
        let entry = Entry {
            id: uuid::Uuid::now_v7(),
            created_at,
            updated_at: rows::truncate_millis(now.with_timezone(&Utc)).max(created_at),
            local_date: at.date_naive(),
            utc_offset_minutes: at.offset().local_minus_utc() / 60,
            people,
            tags,
            body,
        };
        insert(&tx, &entry)?;
        tx.commit().db()?;
        Ok(entry)
    }

    /// The entry with this id.
    pub fn entry(&self, id: EntryId) -> Result<Entry> {
        let (_, entry) = find(&self.conn, id)?;
        Ok(entry)
    }

    /// Replaces an entry's people, tags and body (the kind may not change), and its time when [`NewEntry::at`] chooses
    /// one (checked like a new entry's; the local date follows). Sets `updated_at` to `now`. When the person the
    /// entry was for ([`EntryBody::for_whom`]) changes or is cleared, the entry stops being about them too, so a shell
    /// that edits the body and passes the people it had gets the same entry as one that chooses the people again.
    pub fn update_entry(&self, id: EntryId, mut edit: NewEntry, now: DateTime<FixedOffset>) -> Result<Entry> {
        if let Some(at) = edit.at {
            check_when(at, now)?;
        }
        let tx = begin(&self.conn)?;
        let (rowid, old) = find(&tx, id)?;
        if edit.body.kind() != old.body.kind() {
            return Err(Error::invalid(
                crate::Field::Kind,
                format!("an entry can't change kind (this one is {}); write a new entry instead", old.body.kind().a()),
            ));
        }
        if let Some(was_for) = old.body.for_whom().filter(|&p| edit.body.for_whom() != Some(p)) {
            edit.people.retain(|&p| p != was_for);
        }
        let at = edit.at;
        let (people, tags, body) = prepare(&tx, edit)?;
        let mut entry = Entry { updated_at: rows::truncate_millis(now.with_timezone(&Utc)), people, tags, body, ..old };
        if let Some(at) = at {
            entry.created_at = rows::truncate_millis(at.with_timezone(&Utc));
            entry.local_date = at.date_naive();
            entry.utc_offset_minutes = at.offset().local_minus_utc() / 60;
        }
        let body_json = body_json(&entry.body)?;
        tx.prepare_cached(
            "UPDATE entries SET updated_at = ?2, body = ?3, created_at = ?4, local_date = ?5, utc_offset_minutes = ?6
             WHERE rowid = ?1",
        )
        .db()?
        .execute(rusqlite::params![
            rowid,
            rows::to_millis(entry.updated_at),
            body_json,
            rows::to_millis(entry.created_at),
            entry.local_date.format("%Y-%m-%d").to_string(),
            entry.utc_offset_minutes,
        ])
        .db()?;
        index::clear_links(&tx, rowid)?;
        index::write_links(&tx, rowid, &entry)?;
        tx.commit().db()?;
        Ok(entry)
    }

    /// Deletes an entry (and its index rows), returning it so a shell can offer undo with [`Journal::restore_entry`].
    pub fn delete_entry(&self, id: EntryId) -> Result<Entry> {
        let tx = begin(&self.conn)?;
        let (rowid, entry) = find(&tx, id)?;
        index::clear_links(&tx, rowid)?;
        tx.prepare_cached("DELETE FROM entries WHERE rowid = ?1").db()?.execute([rowid]).db()?;
        tx.commit().db()?;
        Ok(entry)
    }

    /// Puts back an entry exactly as it was (same id and times): undo of delete, and import.
    pub fn restore_entry(&self, entry: &Entry) -> Result<()> {
        let tx = begin(&self.conn)?;
        let (people, tags, body) = prepare(
            &tx,
            NewEntry { people: entry.people.clone(), tags: entry.tags.clone(), body: entry.body.clone(), at: None },
        )?;
        let entry = Entry {
            created_at: rows::truncate_millis(entry.created_at),
            updated_at: rows::truncate_millis(entry.updated_at),
            people,
            tags,
            body,
            ..entry.clone()
        };
        if rowid_of(&tx, entry.id)?.is_some() {
            return Err(Error::Conflict(format!("an entry with id {} is already in the journal", entry.id)));
        }
        insert(&tx, &entry)?;
        tx.commit().db()?;
        Ok(())
    }

    /// How many entries the journal holds.
    pub fn entry_count(&self) -> Result<u64> {
        let n: i64 = self.conn.query_row("SELECT count(*) FROM entries", [], |r| r.get(0)).db()?;
        Ok(n.max(0) as u64)
    }
}

/// Starts a write transaction that takes the write lock at once, so it never fails half-way on a busy database. A
/// journal opened read-only is refused here, naming the file or folder that can't be written.
pub(crate) fn begin(conn: &Connection) -> Result<Transaction<'_>> {
    crate::db::ensure_writable(conn)?;
    Transaction::new_unchecked(conn, TransactionBehavior::Immediate).db()
}

/// The rowid and entry with this id, or [`Error::NotFound`].
pub(crate) fn find(conn: &Connection, id: EntryId) -> Result<(i64, Entry)> {
    let sql = format!("SELECT {ENTRY_COLUMNS} FROM entries e WHERE e.id = ?1");
    let raw = conn
        .prepare_cached(&sql)
        .db()?
        .query_row([id.to_string()], |r| rows::read_raw(r, 0))
        .optional()
        .db()?
        .ok_or_else(|| Error::NotFound { what: "entry", id: id.to_string() })?;
    let rowid = raw.rowid;
    Ok((rowid, rows::finish(conn, raw)?))
}

/// The entry stored at `rowid` (which the caller knows exists).
pub(crate) fn find_by_rowid(conn: &Connection, rowid: i64) -> Result<Entry> {
    let sql = format!("SELECT {ENTRY_COLUMNS} FROM entries e WHERE e.rowid = ?1");
    let raw = conn
        .prepare_cached(&sql)
        .db()?
        .query_row([rowid], |r| rows::read_raw(r, 0))
        .optional()
        .db()?
        .ok_or_else(|| Error::NotFound { what: "entry", id: format!("#{rowid}") })?;
    rows::finish(conn, raw)
}

fn rowid_of(conn: &Connection, id: EntryId) -> Result<Option<i64>> {
    conn.prepare_cached("SELECT rowid FROM entries WHERE id = ?1")
        .db()?
        .query_row([id.to_string()], |r| r.get(0))
        .optional()
        .db()
}

pub(crate) fn insert(tx: &Connection, entry: &Entry) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO entries (id, kind, created_at, updated_at, local_date, utc_offset_minutes, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )
    .db()?
    .execute(rusqlite::params![
        entry.id.to_string(),
        entry.body.kind().as_str(),
        rows::to_millis(entry.created_at),
        rows::to_millis(entry.updated_at),
        entry.local_date.format("%Y-%m-%d").to_string(),
        entry.utc_offset_minutes,
        body_json(&entry.body)?,
    ])
    .db()?;
    index::write_links(tx, tx.last_insert_rowid(), entry)
}

fn body_json(body: &EntryBody) -> Result<String> {
    serde_json::to_string(body).map_err(|_| Error::invalid(crate::Field::Body, "this entry can't be saved as written"))
}

/// Validates the entry (see [`validate_new_entry`]: tags trimmed, lower-cased and de-duplicated; people
/// de-duplicated and the appreciated person added) and checks that every person it names is in the journal.
fn prepare(conn: &Connection, mut new: NewEntry) -> Result<(Vec<PersonId>, Vec<String>, EntryBody)> {
    validate_new_entry(&mut new)?;
    let mut stmt = conn.prepare_cached("SELECT 1 FROM people WHERE id = ?1").db()?;
    for person in &new.people {
        if !stmt.exists([person.to_string()]).db()? {
            return Err(Error::NotFound { what: "person", id: person.to_string() });
        }
    }
    Ok((new.people, new.tags, new.body))
}
