//! The people entries are about.
//!
//! Names are unique ignoring (ASCII) case. A person's name is part of the full-text row of every entry that mentions
//! them, so searching a name finds those entries; renaming someone rewrites those rows in the same transaction.

use rusqlite::{Connection, OptionalExtension, Row};

use crate::model::{validate_person, Person, PersonId, PersonInput};
use crate::store::rows::{self, SqlResult};
use crate::store::{begin, find_by_rowid, index};
use crate::{Error, Journal, Result};

const PERSON_COLUMNS: &str = "id, name, relationship, love_language";

/// Writes a person's row as given, id included, inside the caller's transaction: `add_person` and import share it.
/// The caller has validated the person and checked the name is free.
pub(crate) fn insert_person(conn: &Connection, person: &Person) -> Result<()> {
    let now = rows::to_millis(chrono::Utc::now());
    conn.prepare_cached(
        "INSERT INTO people (id, name, relationship, love_language, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )
    .db()?
    .execute(rusqlite::params![
        person.id.to_string(),
        person.name,
        rows::enum_name(&person.relationship)?,
        person.love_language.map(|l| l.as_str()),
        now,
    ])
    .db()?;
    Ok(())
}

impl Journal {
    /// Everyone, by name.
    pub fn people(&self) -> Result<Vec<Person>> {
        let sql = format!("SELECT {PERSON_COLUMNS} FROM people ORDER BY name COLLATE NOCASE, id");
        let mut stmt = self.conn.prepare_cached(&sql).db()?;
        let raws = stmt.query_map([], raw_person).db()?.collect::<rusqlite::Result<Vec<_>>>().db()?;
        raws.into_iter().map(RawPerson::parse).collect()
    }

    /// One person by id.
    pub fn person(&self, id: PersonId) -> Result<Person> {
        person_where(&self.conn, "id = ?1", &id.to_string())?
            .ok_or_else(|| Error::NotFound { what: "person", id: id.to_string() })
    }

    /// One person by name, ignoring case.
    pub fn person_by_name(&self, name: &str) -> Result<Person> {
        person_where(&self.conn, "name = ?1 COLLATE NOCASE", name.trim())?
            .ok_or_else(|| Error::NotFound { what: "person", id: name.trim().to_owned() })
    }

    /// Adds someone. Names are unique ignoring case.
    pub fn add_person(&self, mut input: PersonInput) -> Result<Person> {
        validate_person(&mut input)?;
        let person = Person {
            id: uuid::Uuid::now_v7(),
            name: input.name,
            relationship: input.relationship,
            love_language: input.love_language,
        };
        let tx = begin(&self.conn)?;
        ensure_name_free(&tx, &person.name, None)?;
        insert_person(&tx, &person)?;
        tx.commit().db()?;
        Ok(person)
    }

    /// Changes someone's name, relationship or love language.
    pub fn update_person(&self, id: PersonId, mut input: PersonInput) -> Result<Person> {
        validate_person(&mut input)?;
        let old = self.person(id)?;
        let person =
            Person { id, name: input.name, relationship: input.relationship, love_language: input.love_language };
        let tx = begin(&self.conn)?;
        ensure_name_free(&tx, &person.name, Some(id))?;
        tx.prepare_cached(
            "UPDATE people SET name = ?2, relationship = ?3, love_language = ?4, updated_at = ?5 WHERE id = ?1",
        )
        .db()?
        .execute(rusqlite::params![
            id.to_string(),
            person.name,
            rows::enum_name(&person.relationship)?,
            person.love_language.map(|l| l.as_str()),
            rows::to_millis(chrono::Utc::now()),
        ])
        .db()?;
        if old.name != person.name {
            let rowids: Vec<i64> = tx
                .prepare_cached("SELECT entry_id FROM entry_people WHERE person_id = ?1")
                .db()?
                .query_map([id.to_string()], |r| r.get(0))
                .db()?
                .collect::<rusqlite::Result<_>>()
                .db()?;
            for rowid in rowids {
                let entry = find_by_rowid(&tx, rowid)?;
                index::reindex_text(&tx, rowid, &entry)?;
            }
        }
        tx.commit().db()?;
        Ok(person)
    }

    /// Removes someone no entry mentions; refuses with [`crate::Error::Conflict`] otherwise.
    pub fn remove_person(&self, id: PersonId) -> Result<()> {
        let person = self.person(id)?;
        let tx = begin(&self.conn)?;
        let mentions: i64 = tx
            .prepare_cached("SELECT count(*) FROM entry_people WHERE person_id = ?1")
            .db()?
            .query_row([id.to_string()], |r| r.get(0))
            .db()?;
        if mentions > 0 {
            let name = &person.name;
            let what =
                if mentions == 1 { "1 entry mentions".to_owned() } else { format!("{mentions} entries mention") };
            return Err(Error::Conflict(format!(
                "{what} {name}; take {name} out of {} first, or keep {name} in your journal",
                if mentions == 1 { "it" } else { "them" }
            )));
        }
        tx.prepare_cached("DELETE FROM people WHERE id = ?1").db()?.execute([id.to_string()]).db()?;
        tx.commit().db()?;
        Ok(())
    }
}

fn ensure_name_free(conn: &Connection, name: &str, except: Option<PersonId>) -> Result<()> {
    let taken: Option<String> = conn
        .prepare_cached("SELECT id FROM people WHERE name = ?1 COLLATE NOCASE")
        .db()?
        .query_row([name], |r| r.get(0))
        .optional()
        .db()?;
    match taken {
        Some(other) if Some(other.as_str()) != except.map(|e| e.to_string()).as_deref() => {
            Err(Error::Conflict(format!(
                "someone called {name} is already in your journal; people need different names (try adding an initial)"
            )))
        }
        _ => Ok(()),
    }
}

fn person_where(conn: &Connection, condition: &str, value: &str) -> Result<Option<Person>> {
    let sql = format!("SELECT {PERSON_COLUMNS} FROM people WHERE {condition}");
    let raw = conn.prepare_cached(&sql).db()?.query_row([value], raw_person).optional().db()?;
    raw.map(RawPerson::parse).transpose()
}

struct RawPerson {
    id: String,
    name: String,
    relationship: String,
    love_language: Option<String>,
}

fn raw_person(row: &Row<'_>) -> rusqlite::Result<RawPerson> {
    Ok(RawPerson { id: row.get(0)?, name: row.get(1)?, relationship: row.get(2)?, love_language: row.get(3)? })
}

impl RawPerson {
    fn parse(self) -> Result<Person> {
        Ok(Person {
            id: uuid::Uuid::parse_str(&self.id).map_err(|_| rows::damaged("a person's id is not a UUID".into()))?,
            name: self.name,
            relationship: rows::parse_enum(self.relationship, "relationship")?,
            love_language: self.love_language.map(|l| rows::parse_enum(l, "love language")).transpose()?,
        })
    }
}
