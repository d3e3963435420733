//! Set-up the journal's integration tests share (`mod common;`): a real encrypted vault in a temp folder (or a
//! throwaway unencrypted journal with Sam in it, where speed matters more than secrecy), days and moments in fixed
//! zones, and the entries tests write. Not every test file uses every helper.
#![allow(dead_code)]

use attune_journal::model::{ConflictReflection, ConflictStatus, EntryBody, LoveLanguage, Relationship};
use attune_journal::{EntryId, Journal, NewEntry, Passphrase, PersonId, PersonInput, Secret, Vault};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};

/// The passphrase every test vault is made with.
pub const PASS: &str = "a long test passphrase";

/// A real encrypted vault (SQLCipher) at `vault` in a temp folder, unlocked.
pub fn vault() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _recovery) = Vault::create(&dir.path().join("vault"), &Passphrase::new(PASS)).unwrap();
    (dir, journal)
}

/// The vault [`vault`] made in `dir`, opened and unlocked again from its files.
pub fn reopen(dir: &tempfile::TempDir) -> Journal {
    Vault::open(&dir.path().join("vault")).unwrap().unlock(&Secret::Passphrase(Passphrase::new(PASS))).unwrap()
}

/// Adds a partner called `name`.
pub fn person(j: &Journal, name: &str) -> PersonId {
    person_as(j, name, Relationship::Partner, None)
}

/// Adds `name`, related to me as `relationship`, with a love language or none.
pub fn person_as(j: &Journal, name: &str, relationship: Relationship, love: Option<LoveLanguage>) -> PersonId {
    j.add_person(PersonInput { name: name.into(), relationship, love_language: love }).unwrap().id
}

/// A plain journal in a temp dir (unencrypted): the same schema and code paths as a vault, without an Argon2 run, for
/// tests that make many.
pub fn plain() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open_unencrypted_for_bench(&dir.path().join("journal.db")).unwrap();
    (dir, journal)
}

/// A `YYYY-MM-DD` date.
pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Noon on `day`, one hour east of UTC.
pub fn at(day: &str) -> DateTime<FixedOffset> {
    at_local(day, 12, 0, 1)
}

/// `day` at `h:m` in a zone `offset_hours` east of UTC.
pub fn at_local(day: &str, h: u32, m: u32, offset_hours: i32) -> DateTime<FixedOffset> {
    let naive = date(day).and_hms_opt(h, m, 0).unwrap();
    FixedOffset::east_opt(offset_hours * 3600).unwrap().from_local_datetime(&naive).unwrap()
}

/// A journal in a temp folder (unencrypted: speed, not secrecy, is what these tests need) with Sam, a partner.
pub fn journal() -> (tempfile::TempDir, Journal, PersonId) {
    let (dir, j) = plain();
    let sam = person(&j, "Sam");
    (dir, j, sam)
}

/// A new entry of `body` about `people`, without tags, about the moment it is saved.
pub fn entry(people: Vec<PersonId>, body: EntryBody) -> NewEntry {
    NewEntry { people, tags: vec![], body, at: None }
}

/// A conflict reflection: what happened, and where it stands.
pub fn conflict_body(what: &str, status: ConflictStatus) -> EntryBody {
    EntryBody::Conflict(ConflictReflection { what_happened: what.into(), status, ..Default::default() })
}

/// Adds `body` as written at noon on `day`.
pub fn add(j: &Journal, body: EntryBody, day: &str) -> EntryId {
    add_about(j, vec![], body, day)
}

/// Adds `body` about `people` as written at noon on `day`.
pub fn add_about(j: &Journal, people: Vec<PersonId>, body: EntryBody, day: &str) -> EntryId {
    j.add_entry(entry(people, body), at(day)).unwrap().id
}
