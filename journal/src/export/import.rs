//! Reading Attune's own JSON export: every check that needs no database. Writing it is [`crate::import`]'s job.

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::json::{FORMAT_NAME, FORMAT_VERSION};
use crate::model::{validate_new_entry, validate_person, Entry, NewEntry, Person, PersonInput};
use crate::store::rows;
use crate::{Error, Result};

/// An export file that has passed every check that needs no database.
pub(crate) struct ImportFile {
    /// The people, checked.
    pub people: Vec<Person>,
    /// The entries, checked (their people are checked against the journal while writing).
    pub entries: Vec<Entry>,
}

fn bad(message: impl Into<String>) -> Error {
    Error::BadImport(message.into())
}

pub(crate) fn parse(json: &str) -> Result<ImportFile> {
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
        at: None,
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
pub(crate) fn describe(e: Error) -> String {
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
