//! The dry run and the write: which items are new, people matched, one transaction with progress and cancel.

use std::collections::{BTreeMap, HashMap};
use std::ops::ControlFlow;

use rusqlite::Connection;

use super::common::{bad, Item};
use super::{ImportFormat, ImportOutcome, ImportPlan, ImportProgress, ImportSource};
use crate::backup::BackupReason;
use crate::db::map_sqlite_error;
use crate::export::{describe, ImportReport};
use crate::insights::KindCount;
use crate::model::{validate_new_entry, Entry, EntryBody, NewEntry, Person, PersonId};
use crate::people::insert_person;
use crate::{Error, Journal, Result};

/// Progress is reported at least every this many entries.
const PROGRESS_EVERY: u64 = 250;

pub(super) fn plan(journal: &Journal, source: &ImportSource) -> Result<ImportPlan> {
    let conn = &journal.conn;
    let mut kinds: BTreeMap<crate::model::EntryKind, u32> = BTreeMap::new();
    let mut already = 0;
    let (mut first, mut last) = (None, None);
    for item in &source.items {
        if known(conn, source.format, item)? {
            already += 1;
            continue;
        }
        *kinds.entry(item.entry.body.kind()).or_default() += 1;
        let date = item.entry.local_date;
        first = Some(first.map_or(date, |f: chrono::NaiveDate| f.min(date)));
        last = Some(last.map_or(date, |l: chrono::NaiveDate| l.max(date)));
    }
    let mut new_people = 0;
    for person in &source.people {
        if existing_person(journal, person)?.is_none() {
            new_people += 1;
        }
    }
    let new_entries: Vec<KindCount> = kinds.into_iter().map(|(kind, count)| KindCount { kind, count }).collect();
    Ok(ImportPlan {
        format: source.format,
        total_new: new_entries.iter().map(|k| u64::from(k.count)).sum(),
        new_entries,
        already_imported: already,
        new_people,
        first_date: first,
        last_date: last,
        skipped: source.skipped.clone(),
        moods: source.moods.clone(),
    })
}

pub(super) fn import(
    journal: &Journal,
    source: &ImportSource,
    progress: &mut dyn FnMut(ImportProgress) -> ControlFlow<()>,
) -> Result<ImportOutcome> {
    let plan = plan(journal, source)?;
    let total = plan.total_new;
    let mut report = ImportReport { entries_skipped: plan.already_imported, ..ImportReport::default() };
    if total == 0 && plan.new_people == 0 {
        return Ok(ImportOutcome::Imported(report));
    }
    if progress(ImportProgress { done: 0, total }).is_break() {
        return Ok(ImportOutcome::Cancelled);
    }
    if journal.backups.is_some() {
        report.backup = Some(journal.back_up(BackupReason::BeforeImport)?.id);
    }
    let tx = crate::store::begin(&journal.conn)?;
    // Dropping `tx` without commit rolls back: every `?` and a cancel leave the journal as it was.
    let person_ids = write_people(journal, &tx, &source.people, &mut report)?;
    let mut done = 0;
    for (i, item) in source.items.iter().enumerate() {
        if known(&tx, source.format, item)? {
            continue;
        }
        let entry = with_people_mapped(journal, &person_ids, item.entry.clone())
            .map_err(|e| bad(format!("entry {} is invalid: {}", i + 1, describe(e))))?;
        crate::store::insert(&tx, &entry)?;
        remember(&tx, source.format, item, &entry)?;
        done += 1;
        report.entries_added += 1;
        if done % PROGRESS_EVERY == 0 && progress(ImportProgress { done, total }).is_break() {
            return Ok(ImportOutcome::Cancelled);
        }
    }
    if progress(ImportProgress { done, total }).is_break() {
        return Ok(ImportOutcome::Cancelled);
    }
    tx.commit().map_err(map_sqlite_error)?;
    Ok(ImportOutcome::Imported(report))
}

/// Whether this item came in before: its source id is remembered, or (Attune's own export) its entry id is here.
fn known(conn: &Connection, format: ImportFormat, item: &Item) -> Result<bool> {
    let remembered = conn
        .prepare_cached("SELECT 1 FROM import_sources WHERE source = ?1 AND source_id = ?2")
        .map_err(map_sqlite_error)?
        .exists([format.as_str(), item.source_id.as_str()])
        .map_err(map_sqlite_error)?;
    if remembered || format != ImportFormat::Attune {
        return Ok(remembered);
    }
    conn.prepare_cached("SELECT 1 FROM entries WHERE id = ?1")
        .map_err(map_sqlite_error)?
        .exists([item.entry.id.to_string()])
        .map_err(map_sqlite_error)
}

fn remember(conn: &Connection, format: ImportFormat, item: &Item, entry: &Entry) -> Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO import_sources (source, source_id, entry_id) VALUES (?1, ?2, ?3)")
        .map_err(map_sqlite_error)?
        .execute([format.as_str(), item.source_id.as_str(), entry.id.to_string().as_str()])
        .map_err(map_sqlite_error)?;
    Ok(())
}

/// Adds the file's people that aren't here (matched by id, then by name) and maps the file's ids to this journal's.
fn write_people(
    journal: &Journal,
    conn: &Connection,
    people: &[Person],
    report: &mut ImportReport,
) -> Result<HashMap<PersonId, PersonId>> {
    let mut ids = HashMap::new();
    for person in people {
        match existing_person(journal, person)? {
            Some(here) => {
                ids.insert(person.id, here.id);
            }
            None => {
                insert_person(conn, person)?;
                ids.insert(person.id, person.id);
                report.people_added += 1;
            }
        }
    }
    Ok(ids)
}

fn existing_person(journal: &Journal, person: &Person) -> Result<Option<Person>> {
    match journal.person(person.id) {
        Ok(p) => return Ok(Some(p)),
        Err(Error::NotFound { .. }) => {}
        Err(e) => return Err(e),
    }
    match journal.person_by_name(&person.name) {
        Ok(p) => Ok(Some(p)),
        Err(Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The entry with the file's person ids mapped to this journal's, normalised again exactly as the store does.
fn with_people_mapped(journal: &Journal, ids: &HashMap<PersonId, PersonId>, mut entry: Entry) -> Result<Entry> {
    let map = |id: PersonId| -> Result<PersonId> {
        match ids.get(&id) {
            Some(mapped) => Ok(*mapped),
            // Not in the file: it may already be in this journal.
            None => match journal.person(id) {
                Ok(p) => Ok(p.id),
                Err(Error::NotFound { .. }) => {
                    Err(Error::invalid(crate::Field::People, format!("no person has the id {id}")))
                }
                Err(e) => Err(e),
            },
        }
    };
    if let EntryBody::Appreciation(a) = &mut entry.body {
        a.for_whom = map(a.for_whom)?;
    }
    let people = entry.people.iter().map(|id| map(*id)).collect::<Result<Vec<_>>>()?;
    let mut new = NewEntry { people, tags: std::mem::take(&mut entry.tags), body: entry.body, at: None };
    validate_new_entry(&mut new)?;
    Ok(Entry { people: new.people, tags: new.tags, body: new.body, ..entry })
}
