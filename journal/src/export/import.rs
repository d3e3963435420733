//! Importing Attune's own JSON export: check the whole file first, then write it in one transaction.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::json::{FORMAT_NAME, FORMAT_VERSION};
use super::ImportReport;
use crate::model::{validate_new_entry, validate_person, Entry, EntryBody, NewEntry, Person, PersonId, PersonInput};
use crate::people::insert_person;
use crate::store::rows;
use crate::{Error, Journal, Result};

/// Reads, checks and writes an export file. Nothing is written unless the whole file is good.
pub(super) fn import(journal: &Journal, json: &str) -> Result<ImportReport> {
    let file = parse(json)?;
    let tx = crate::store::begin(&journal.conn)?;
    // Dropping `tx` without commit rolls back, so every `?` below leaves the journal as it was.
    let report = write(journal, &tx, file)?;
    tx.commit().map_err(crate::db::map_sqlite_error)?;
    Ok(report)
}

/// An export file that has passed every check that needs no database.
struct ImportFile {
    people: Vec<Person>,
    entries: Vec<Entry>,
}

fn bad(message: impl Into<String>) -> Error {
    Error::BadImport(message.into())
}

fn parse(json: &str) -> Result<ImportFile> {
    let root: Value = serde_json::from_str(json).map_err(|e| bad(format!("it isn't valid JSON ({e})")))?;
    let Value::Object(root) = root else {
        return Err(bad("it is JSON, but not an object with people and entries"));
    };
    match root.get("format").and_then(Value::as_str) {
        Some(FORMAT_NAME) => {}
        Some(other) => return Err(bad(format!("its format is '{other}', not '{FORMAT_NAME}'"))),
        None => return Err(bad(format!("it has no \"format\": \"{FORMAT_NAME}\" field"))),
    }
    match root.get("formatVersion").and_then(Value::as_u64) {
        Some(v) if v == u64::from(FORMAT_VERSION) => {}
        Some(v) if v > u64::from(FORMAT_VERSION) => {
            return Err(bad(format!(
                "it was written by a newer Attune (format version {v}; this one reads version {FORMAT_VERSION}); \
                 please update Attune"
            )))
        }
        Some(v) => return Err(bad(format!("unknown format version {v} (this Attune reads version {FORMAT_VERSION})"))),
        None => return Err(bad("it has no format version")),
    }
    let people = list(&root, "people")?
        .iter()
        .enumerate()
        .map(|(i, v)| parse_person(v).map_err(|m| bad(format!("person {} is invalid: {m}", i + 1))))
        .collect::<Result<Vec<_>>>()?;
    let entries = list(&root, "entries")?
        .iter()
        .enumerate()
        .map(|(i, v)| parse_entry(v).map_err(|m| bad(format!("entry {} is invalid: {m}", i + 1))))
        .collect::<Result<Vec<_>>>()?;
    check_unique(&people, &entries)?;
    Ok(ImportFile { people, entries })
}

fn list<'a>(root: &'a Map<String, Value>, key: &str) -> Result<&'a Vec<Value>> {
    match root.get(key) {
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(bad(format!("\"{key}\" is not a list"))),
        None => Err(bad(format!("it has no \"{key}\" list"))),
    }
}

/// One field of an object, named in the error when it is missing or of the wrong type.
fn field<T: DeserializeOwned>(obj: &Map<String, Value>, name: &str) -> Result<T, String> {
    let value = obj.get(name).cloned().ok_or_else(|| format!("{name} is missing"))?;
    serde_json::from_value(value).map_err(|e| format!("{name}: {e}"))
}

/// Like [`field`], but a missing field takes its default.
fn field_or_default<T: DeserializeOwned + Default>(obj: &Map<String, Value>, name: &str) -> Result<T, String> {
    match obj.get(name) {
        None | Some(Value::Null) => Ok(T::default()),
        Some(_) => field(obj, name),
    }
}

fn parse_person(value: &Value) -> Result<Person, String> {
    let Value::Object(obj) = value else { return Err("it is not an object".into()) };
    let mut input = PersonInput {
        name: field(obj, "name")?,
        relationship: field_or_default(obj, "relationship")?,
        love_language: field_or_default(obj, "loveLanguage")?,
    };
    validate_person(&mut input).map_err(describe)?;
    Ok(Person {
        id: field(obj, "id")?,
        name: input.name,
        relationship: input.relationship,
        love_language: input.love_language,
    })
}

fn parse_entry(value: &Value) -> Result<Entry, String> {
    let Value::Object(obj) = value else { return Err("it is not an object".into()) };
    let mut new = NewEntry {
        people: field_or_default(obj, "people")?,
        tags: field_or_default(obj, "tags")?,
        body: field(obj, "body")?,
    };
    // What `add_entry` would check and normalise; the people are checked once they are mapped, while writing.
    validate_new_entry(&mut new).map_err(describe)?;
    Ok(Entry {
        id: field(obj, "id")?,
        created_at: rows::truncate_millis(field(obj, "createdAt")?),
        updated_at: rows::truncate_millis(field(obj, "updatedAt")?),
        local_date: field(obj, "localDate")?,
        utc_offset_minutes: field(obj, "utcOffsetMinutes")?,
        people: new.people,
        tags: new.tags,
        body: new.body,
    })
}

/// A validation error as "field: message".
fn describe(e: Error) -> String {
    match e {
        Error::Validation { field, message } => format!("{field}: {message}"),
        other => other.to_string(),
    }
}

fn check_unique(people: &[Person], entries: &[Entry]) -> Result<()> {
    let mut ids = HashMap::new();
    let mut names = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        if let Some(j) = ids.insert(p.id, i) {
            return Err(bad(format!("person {} has the same id as person {}", i + 1, j + 1)));
        }
        // The journal keeps names unique ignoring ASCII case (SQLite's NOCASE), so the file must too.
        if let Some(j) = names.insert(p.name.to_ascii_lowercase(), i) {
            return Err(bad(format!("person {} has the same name as person {}", i + 1, j + 1)));
        }
    }
    let mut entry_ids = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if let Some(j) = entry_ids.insert(e.id, i) {
            return Err(bad(format!("entry {} has the same id as entry {}", i + 1, j + 1)));
        }
    }
    Ok(())
}

/// Writes the checked file inside the caller's transaction.
fn write(journal: &Journal, conn: &Connection, file: ImportFile) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    // The file's person ids, mapped to the ids they have in this journal.
    let mut person_ids: HashMap<PersonId, PersonId> = HashMap::new();
    for person in &file.people {
        let existing = match find_person(journal, person.id)? {
            Some(p) => Some(p),
            None => find_person_by_name(journal, &person.name)?,
        };
        match existing {
            Some(p) => {
                person_ids.insert(person.id, p.id);
            }
            None => {
                insert_person(conn, person)?;
                person_ids.insert(person.id, person.id);
                report.people_added += 1;
            }
        }
    }
    for (i, mut entry) in file.entries.into_iter().enumerate() {
        if entry_exists(conn, &entry)? {
            report.entries_skipped += 1;
            continue;
        }
        let map = |id: PersonId| -> Result<PersonId> {
            match person_ids.get(&id) {
                Some(mapped) => Ok(*mapped),
                // Not in the file: it may already be in this journal.
                None => match find_person(journal, id)? {
                    Some(p) => Ok(p.id),
                    None => Err(bad(format!("entry {} is invalid: people: no person has the id {id}", i + 1))),
                },
            }
        };
        if let EntryBody::Appreciation(a) = &mut entry.body {
            a.for_whom = map(a.for_whom)?;
        }
        let people = entry.people.iter().map(|id| map(*id)).collect::<Result<Vec<_>>>()?;
        // Normalise again after mapping, exactly as the store does (two file people may map to one here).
        let mut new = NewEntry { people, tags: std::mem::take(&mut entry.tags), body: entry.body };
        validate_new_entry(&mut new).map_err(|e| bad(format!("entry {} is invalid: {}", i + 1, describe(e))))?;
        let entry = Entry { people: new.people, tags: new.tags, body: new.body, ..entry };
        crate::store::insert(conn, &entry)?;
        report.entries_added += 1;
    }
    Ok(report)
}

fn find_person(journal: &Journal, id: PersonId) -> Result<Option<Person>> {
    match journal.person(id) {
        Ok(p) => Ok(Some(p)),
        Err(Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

fn find_person_by_name(journal: &Journal, name: &str) -> Result<Option<Person>> {
    match journal.person_by_name(name) {
        Ok(p) => Ok(Some(p)),
        Err(Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

fn entry_exists(conn: &Connection, entry: &Entry) -> Result<bool> {
    conn.prepare_cached("SELECT 1 FROM entries WHERE id = ?1")
        .map_err(crate::db::map_sqlite_error)?
        .exists([entry.id.to_string()])
        .map_err(crate::db::map_sqlite_error)
}
