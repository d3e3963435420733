//! Set-up the journal's integration tests share (`mod common;`): a throwaway journal with Sam in it, days at noon in
//! a fixed zone, and adding an entry on a given day. Not every test file uses every helper.
#![allow(dead_code)]

use attune_journal::model::{EntryBody, Relationship};
use attune_journal::{EntryId, Journal, NewEntry, PersonId, PersonInput};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};

/// A `YYYY-MM-DD` date.
pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Noon on `day`, one hour east of UTC.
pub fn at(day: &str) -> DateTime<FixedOffset> {
    let naive = date(day).and_hms_opt(12, 0, 0).unwrap();
    FixedOffset::east_opt(3600).unwrap().from_local_datetime(&naive).unwrap()
}

/// A journal in a temp folder (unencrypted: speed, not secrecy, is what these tests need) with Sam, a partner.
pub fn journal() -> (tempfile::TempDir, Journal, PersonId) {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open_unencrypted_for_bench(&dir.path().join("j.db")).unwrap();
    let sam = j
        .add_person(PersonInput { name: "Sam".into(), relationship: Relationship::Partner, love_language: None })
        .unwrap()
        .id;
    (dir, j, sam)
}

/// Adds `body` as written at noon on `day`.
pub fn add(j: &Journal, body: EntryBody, day: &str) -> EntryId {
    j.add_entry(NewEntry { people: vec![], tags: vec![], body, at: None }, at(day)).unwrap().id
}
