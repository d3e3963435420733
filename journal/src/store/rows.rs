//! Mapping between `entries` rows (plus their people and tags) and [`Entry`] values, shared by the store, the
//! timeline and search.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, Row};
use uuid::Uuid;

use crate::db::map_sqlite_error;
use crate::model::{Entry, EntryBody};
use crate::{Error, Result};

/// The columns [`read_raw`] expects, in order, from `entries` aliased as `e`.
pub(crate) const ENTRY_COLUMNS: &str =
    "e.rowid, e.id, e.created_at, e.updated_at, e.local_date, e.utc_offset_minutes, e.body";

/// Turns a rusqlite result into the journal's, recognising busy, full and read-only databases.
pub(crate) trait SqlResult<T> {
    /// Maps the error with [`map_sqlite_error`].
    fn db(self) -> Result<T>;
}

impl<T> SqlResult<T> for rusqlite::Result<T> {
    fn db(self) -> Result<T> {
        self.map_err(map_sqlite_error)
    }
}

/// An entry row as stored, before its people and tags are loaded and its columns parsed.
pub(crate) struct RawEntry {
    pub(crate) rowid: i64,
    id: String,
    created_at: i64,
    updated_at: i64,
    local_date: String,
    utc_offset_minutes: i32,
    body: String,
}

/// Reads the [`ENTRY_COLUMNS`] starting at column `first`.
pub(crate) fn read_raw(row: &Row<'_>, first: usize) -> rusqlite::Result<RawEntry> {
    Ok(RawEntry {
        rowid: row.get(first)?,
        id: row.get(first + 1)?,
        created_at: row.get(first + 2)?,
        updated_at: row.get(first + 3)?,
        local_date: row.get(first + 4)?,
        utc_offset_minutes: row.get(first + 5)?,
        body: row.get(first + 6)?,
    })
}

/// Parses a raw row and loads the entry's people and tags, in the order the writer gave them.
pub(crate) fn finish(conn: &Connection, raw: RawEntry) -> Result<Entry> {
    let id = Uuid::parse_str(&raw.id).map_err(|_| damaged(format!("entry id '{}' is not a UUID", raw.id)))?;
    let body: EntryBody =
        serde_json::from_str(&raw.body).map_err(|_| damaged(format!("entry {id} has a body that can't be read")))?;
    let local_date = NaiveDate::parse_from_str(&raw.local_date, "%Y-%m-%d")
        .map_err(|_| damaged(format!("entry {id} has an unreadable date")))?;
    let mut people = Vec::new();
    let mut stmt =
        conn.prepare_cached("SELECT person_id FROM entry_people WHERE entry_id = ?1 ORDER BY position").db()?;
    for person in stmt.query_map([raw.rowid], |r| r.get::<_, String>(0)).db()? {
        let person = person.db()?;
        people.push(Uuid::parse_str(&person).map_err(|_| damaged(format!("entry {id} names a malformed person id")))?);
    }
    let mut stmt = conn.prepare_cached("SELECT tag FROM entry_tags WHERE entry_id = ?1 ORDER BY position").db()?;
    let tags = stmt.query_map([raw.rowid], |r| r.get::<_, String>(0)).db()?.collect::<rusqlite::Result<_>>().db()?;
    Ok(Entry {
        id,
        created_at: from_millis(raw.created_at)?,
        updated_at: from_millis(raw.updated_at)?,
        local_date,
        utc_offset_minutes: raw.utc_offset_minutes,
        people,
        tags,
        body,
    })
}

/// Runs `sql` (which selects [`ENTRY_COLUMNS`] first) and returns the entries in row order.
pub(crate) fn query_entries(conn: &Connection, sql: &str, params: &[Value]) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(sql).db()?;
    let raws = stmt
        .query_map(rusqlite::params_from_iter(params.iter()), |r| read_raw(r, 0))
        .db()?
        .collect::<rusqlite::Result<Vec<_>>>()
        .db()?;
    raws.into_iter().map(|raw| finish(conn, raw)).collect()
}

/// Unix milliseconds, the unit the schema stores instants in.
pub(crate) fn to_millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

/// The instant at these unix milliseconds.
pub(crate) fn from_millis(ms: i64) -> Result<DateTime<Utc>> {
    DateTime::from_timestamp_millis(ms).ok_or_else(|| damaged(format!("a time is out of range ({ms})")))
}

/// An instant cut to whole milliseconds, so what is returned equals what is read back.
pub(crate) fn truncate_millis(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(t.timestamp_millis()).unwrap_or(t)
}

/// The text form of a unit enum as serde names it (`check_in`, `quality_time`).
pub(crate) fn enum_name<T: serde::Serialize>(value: &T) -> Result<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Ok(s),
        _ => Err(damaged("a value has no stable name".into())),
    }
}

/// Parses a unit enum from its serde name.
pub(crate) fn parse_enum<T: serde::de::DeserializeOwned>(name: String, what: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(name)).map_err(|_| damaged(format!("unreadable {what}")))
}

pub(crate) fn damaged(detail: String) -> Error {
    Error::Corrupt { what: "database", detail }
}
