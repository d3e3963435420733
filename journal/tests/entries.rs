//! Entries, people and drafts: add, read, edit, delete, restore, and the links between them.

mod common;

use attune_journal::model::{Appreciation, CheckIn, EntryBody, LoveLanguage, Note, Relationship};
use attune_journal::search::SearchQuery;
use attune_journal::{Error, ErrorKind, NewEntry, PersonInput};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use rstest::rstest;

/// A fresh encrypted vault in a temp dir, unlocked.
use common::vault as journal;

fn at(y: i32, m: u32, d: u32, h: u32, offset_hours: i32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(offset_hours * 3600).unwrap().with_ymd_and_hms(y, m, d, h, 30, 15).unwrap()
}

fn note(text: &str) -> NewEntry {
    NewEntry {
        people: vec![],
        tags: vec![],
        body: EntryBody::Note(Note { title: String::new(), text: text.into() }),
        at: None,
    }
}

fn person(name: &str) -> PersonInput {
    PersonInput { name: name.into(), relationship: Relationship::Partner, love_language: Some(LoveLanguage::Touch) }
}

fn check_in(feelings: &[&str]) -> NewEntry {
    NewEntry {
        people: vec![],
        tags: vec![],
        body: EntryBody::CheckIn(CheckIn {
            pleasantness: 2,
            energy: -1,
            feelings: feelings.iter().map(|f| f.to_string()).collect(),
            whats_going_on: "a slow morning".into(),
            ..Default::default()
        }),
        at: None,
    }
}

#[test]
fn add_then_read_back_keeps_everything() {
    let (_dir, j) = journal();
    let sam = j.add_person(person("Sam")).unwrap();
    let mut new = note("We walked by the river.");
    new.people = vec![sam.id];
    new.tags = vec!["  Walks ".into(), "river".into(), "WALKS".into()];
    // Late evening in UTC-5 is already the next day in UTC: the local date is the writer's.
    let added = j.add_entry(new, at(2026, 3, 14, 22, -5)).unwrap();
    assert_eq!(added.local_date, NaiveDate::from_ymd_opt(2026, 3, 14).unwrap());
    assert_eq!(added.utc_offset_minutes, -300);
    assert_eq!(added.created_at, added.updated_at);
    assert_eq!(added.tags, vec!["walks", "river"]);
    assert_eq!(added.people, vec![sam.id]);
    assert_eq!(j.entry(added.id).unwrap(), added);
    assert_eq!(j.entry_count().unwrap(), 1);
}

#[test]
fn appreciation_adds_its_person_to_people() {
    let (_dir, j) = journal();
    let sam = j.add_person(person("Sam")).unwrap();
    let alex = j.add_person(person("Alex")).unwrap();
    let body = EntryBody::Appreciation(Appreciation {
        for_whom: sam.id,
        what: "made tea without asking".into(),
        why: String::new(),
        love_language: Some(LoveLanguage::Service),
        told: false,
    });
    let added = j
        .add_entry(NewEntry { people: vec![alex.id, alex.id], tags: vec![], body, at: None }, at(2026, 1, 2, 9, 0))
        .unwrap();
    assert_eq!(added.people.len(), 2);
    assert!(added.people.contains(&sam.id) && added.people.contains(&alex.id));
    assert_eq!(j.entry(added.id).unwrap().people, added.people);
}

#[rstest]
#[case::unknown_person_in_people(false)]
#[case::unknown_person_appreciated(true)]
fn unknown_people_are_refused(#[case] appreciation: bool) {
    let (_dir, j) = journal();
    let ghost = uuid::Uuid::now_v7();
    let new = if appreciation {
        NewEntry {
            people: vec![],
            tags: vec![],
            body: EntryBody::Appreciation(Appreciation {
                for_whom: ghost,
                what: "listened".into(),
                why: String::new(),
                love_language: None,
                told: false,
            }),
            at: None,
        }
    } else {
        NewEntry { people: vec![ghost], ..note("hello") }
    };
    let err = j.add_entry(new, at(2026, 1, 1, 8, 0)).unwrap_err();
    assert!(matches!(err, Error::NotFound { what: "person", .. }), "{err:?}");
    assert_eq!(j.entry_count().unwrap(), 0, "nothing is written when a person is unknown");
}

#[rstest]
#[case::empty_note(note("   "), "text")]
#[case::too_many_tags(NewEntry { tags: (0..30).map(|i| format!("t{i}")).collect(), ..note("hi") }, "tags")]
#[case::tag_too_long(NewEntry { tags: vec!["x".repeat(101)], ..note("hi") }, "tags")]
#[case::no_feelings(check_in(&[]), "feelings")]
fn invalid_entries_are_refused_with_their_field(#[case] new: NewEntry, #[case] field: &str) {
    let (_dir, j) = journal();
    let err = j.add_entry(new, at(2026, 1, 1, 8, 0)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation, "{err:?}");
    assert_eq!(err.field().map(attune_journal::Field::as_str), Some(field));
    assert_eq!(j.entry_count().unwrap(), 0);
}

#[test]
fn missing_entry_is_not_found() {
    let (_dir, j) = journal();
    let err = j.entry(uuid::Uuid::now_v7()).unwrap_err();
    assert!(matches!(err, Error::NotFound { what: "entry", .. }));
    assert!(matches!(j.delete_entry(uuid::Uuid::now_v7()).unwrap_err(), Error::NotFound { what: "entry", .. }));
}

#[test]
fn update_keeps_creation_and_rewrites_links() {
    let (_dir, j) = journal();
    let sam = j.add_person(person("Sam")).unwrap();
    let added = j
        .add_entry(
            NewEntry { people: vec![sam.id], tags: vec!["old".into()], ..note("first words") },
            at(2026, 2, 1, 8, 1),
        )
        .unwrap();
    let edit = NewEntry { people: vec![], tags: vec!["new".into()], ..note("second thoughts") };
    let updated = j.update_entry(added.id, edit, at(2026, 2, 3, 10, 2)).unwrap();
    assert_eq!(updated.created_at, added.created_at);
    assert_eq!(updated.local_date, added.local_date);
    assert_eq!(updated.utc_offset_minutes, 60);
    assert!(updated.updated_at > added.updated_at);
    assert_eq!(j.entry(added.id).unwrap(), updated);
    // Sam is no longer mentioned, so Sam can be removed; the index follows the new text.
    j.remove_person(sam.id).unwrap();
    let search = |text: &str| j.search(&SearchQuery { text: text.into(), ..Default::default() }).unwrap().hits.len();
    assert_eq!(search("first"), 0);
    assert_eq!(search("second"), 1);
}

#[test]
fn update_may_not_change_kind() {
    let (_dir, j) = journal();
    let added = j.add_entry(note("hello"), at(2026, 2, 1, 8, 0)).unwrap();
    let err = j.update_entry(added.id, check_in(&["calm"]), at(2026, 2, 1, 9, 0)).unwrap_err();
    assert_eq!(err.field().map(attune_journal::Field::as_str), Some("kind"));
    assert_eq!(j.entry(added.id).unwrap(), added);
}

#[test]
fn delete_then_restore_is_an_exact_undo() {
    let (_dir, j) = journal();
    let sam = j.add_person(person("Sam")).unwrap();
    let added = j
        .add_entry(
            NewEntry { people: vec![sam.id], tags: vec!["b".into(), "a".into()], ..check_in(&["Hopeful", "tired"]) },
            at(2026, 2, 1, 8, 0),
        )
        .unwrap();
    let search = |text: &str| j.search(&SearchQuery { text: text.into(), ..Default::default() }).unwrap().hits.len();
    assert_eq!(search("slow morning"), 1);

    let deleted = j.delete_entry(added.id).unwrap();
    assert_eq!(deleted, added);
    assert_eq!(j.entry_count().unwrap(), 0);
    assert_eq!(search("slow morning"), 0, "a deleted entry leaves the search index");
    assert!(matches!(j.entry(added.id).unwrap_err(), Error::NotFound { .. }));

    j.restore_entry(&deleted).unwrap();
    assert_eq!(j.entry(added.id).unwrap(), added);
    assert_eq!(search("slow morning"), 1);
    let err = j.restore_entry(&deleted).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
}

#[test]
fn people_names_are_unique_ignoring_case() {
    let (_dir, j) = journal();
    let sam = j.add_person(person("Sam")).unwrap();
    assert_eq!(j.add_person(person("  sAM ")).unwrap_err().kind(), ErrorKind::Conflict);
    let alex = j.add_person(person("Alex")).unwrap();
    assert_eq!(j.update_person(alex.id, person("SAM")).unwrap_err().kind(), ErrorKind::Conflict);
    // Renaming oneself to a different case is fine.
    let renamed = j.update_person(sam.id, person("SAM")).unwrap();
    assert_eq!(renamed.name, "SAM");
    assert_eq!(j.person_by_name("sam").unwrap().id, sam.id);
    assert_eq!(j.people().unwrap().iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), vec!["Alex", "SAM"]);
    assert!(matches!(j.person_by_name("nobody").unwrap_err(), Error::NotFound { what: "person", .. }));
    assert!(matches!(j.person(uuid::Uuid::now_v7()).unwrap_err(), Error::NotFound { what: "person", .. }));
}

#[test]
fn person_round_trips() {
    let (_dir, j) = journal();
    let added = j
        .add_person(PersonInput { name: "Mum".into(), relationship: Relationship::Family, love_language: None })
        .unwrap();
    assert_eq!(j.person(added.id).unwrap(), added);
    let updated = j
        .update_person(
            added.id,
            PersonInput {
                name: "Mom".into(),
                relationship: Relationship::Family,
                love_language: Some(LoveLanguage::QualityTime),
            },
        )
        .unwrap();
    assert_eq!(j.person(added.id).unwrap(), updated);
}

#[test]
fn removing_a_mentioned_person_is_refused() {
    let (_dir, j) = journal();
    let sam = j.add_person(person("Sam")).unwrap();
    for text in ["one", "two"] {
        j.add_entry(NewEntry { people: vec![sam.id], ..note(text) }, at(2026, 2, 1, 8, 0)).unwrap();
    }
    let err = j.remove_person(sam.id).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert!(err.to_string().starts_with("2 entries mention Sam"), "{err}");
    assert_eq!(j.person(sam.id).unwrap(), sam);
}

#[test]
fn removing_an_unmentioned_person_works() {
    let (_dir, j) = journal();
    let sam = j.add_person(person("Sam")).unwrap();
    j.remove_person(sam.id).unwrap();
    assert!(j.people().unwrap().is_empty());
    assert!(matches!(j.remove_person(sam.id).unwrap_err(), Error::NotFound { .. }));
}

#[test]
fn renaming_a_person_reindexes_their_entries() {
    let (_dir, j) = journal();
    let sam = j.add_person(person("Sam")).unwrap();
    j.add_entry(NewEntry { people: vec![sam.id], ..note("dinner together") }, at(2026, 2, 1, 8, 0)).unwrap();
    let search = |text: &str| j.search(&SearchQuery { text: text.into(), ..Default::default() }).unwrap().hits.len();
    assert_eq!(search("sam"), 1, "a person's name finds entries about them");
    j.update_person(sam.id, person("Samira")).unwrap();
    assert_eq!(search("samira"), 1);
    assert_eq!(search("dinner sam"), 1, "the last word is a prefix of the new name");
}

#[test]
fn drafts_save_replace_and_discard() {
    let (_dir, j) = journal();
    assert_eq!(j.draft("new:note").unwrap(), None);
    j.save_draft("new:note", r#"{"text":"hal"}"#).unwrap();
    j.save_draft("new:note", r#"{"text":"half a thought"}"#).unwrap();
    assert_eq!(j.draft("new:note").unwrap().as_deref(), Some(r#"{"text":"half a thought"}"#));
    j.discard_draft("new:note").unwrap();
    j.discard_draft("new:note").unwrap();
    assert_eq!(j.draft("new:note").unwrap(), None);
    assert_eq!(j.save_draft(" ", "{}").unwrap_err().field().map(attune_journal::Field::as_str), Some("key"));
}

#[test]
fn drafts_waiting_are_listed_newest_first_by_key_and_time_only() {
    let (_dir, j) = journal();
    assert!(j.drafts().unwrap().is_empty());
    j.save_draft("new:conflict", r#"{"secret":"words"}"#).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    j.save_draft("new:note", "{}").unwrap();
    let keys: Vec<String> = j.drafts().unwrap().into_iter().map(|d| d.key).collect();
    assert_eq!(keys, ["new:note", "new:conflict"]);
    std::thread::sleep(std::time::Duration::from_millis(5));
    j.save_draft("new:conflict", r#"{"secret":"more words"}"#).unwrap();
    let listed = j.drafts().unwrap();
    assert_eq!(listed[0].key, "new:conflict", "saving again makes it the newest");
    assert!(listed[0].updated_at >= listed[1].updated_at);
    assert!(!format!("{listed:?}").contains("secret"), "no content in the list");
    j.discard_draft("new:conflict").unwrap();
    assert_eq!(j.drafts().unwrap().len(), 1);
}

/// Any note text and tags that pass validation read back exactly as returned.
#[test]
fn any_valid_note_round_trips() {
    let (_dir, j) = journal();
    let config = proptest::test_runner::Config { cases: 64, ..Default::default() };
    proptest::proptest!(config, |(text in "\\PC{1,200}", tags in proptest::collection::vec("[a-zA-Z ]{0,12}", 0..5))| {
        if let Ok(added) = j.add_entry(NewEntry { tags, ..note(&text) }, at(2026, 5, 6, 7, 3)) {
            proptest::prop_assert_eq!(j.entry(added.id).unwrap(), added);
        }
    });
}
