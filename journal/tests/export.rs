//! Export (JSON, Markdown) and import: the round trip is byte-identical, import is all or nothing, and bad files are
//! refused with a message that says what is wrong.

mod common;

use attune_journal::model::{
    Appreciation, CheckIn, ConflictReflection, ConflictStatus, Horseman, HorsemanNote, IStatement, LoveLanguage, Note,
    Relationship, SharedExperience, Vulnerability, Whose,
};
use attune_journal::{Entry, EntryBody, Error, Journal, NewEntry, Passphrase, Vault};
use chrono::{DateTime, FixedOffset, Utc};
use rstest::rstest;
use tempfile::TempDir;
use uuid::Uuid;

use common::{person_as as person, plain};

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("test time")
}

fn add(j: &Journal, people: Vec<Uuid>, tags: &[&str], body: EntryBody, when: &str) -> Entry {
    let new = NewEntry { people, tags: tags.iter().map(|t| t.to_string()).collect(), body, at: None };
    j.add_entry(new, at(when)).expect("add entry")
}

/// A journal with two people and one entry of every kind, with text that Markdown would otherwise mangle.
fn seeded() -> (TempDir, Journal) {
    let (dir, j) = plain();
    let sam = person(&j, "Sam", Relationship::Partner, Some(LoveLanguage::QualityTime));
    let ana = person(&j, "Ana", Relationship::Friend, None);
    add(
        &j,
        vec![sam],
        &["work", "evening"],
        EntryBody::CheckIn(CheckIn {
            pleasantness: -2,
            energy: 3,
            feelings: vec!["anxious".into(), "hopeful".into()],
            whats_going_on: "Big *deadline* tomorrow.\n\n# not a heading, just my hash".into(),
            hope: "That it goes well".into(),
            concern: "Not sleeping".into(),
            need: "A quiet evening with Sam".into(),
            ..CheckIn::default()
        }),
        "2026-03-01T21:15:00+01:00",
    );
    add(
        &j,
        vec![],
        &[],
        EntryBody::Appreciation(Appreciation {
            for_whom: ana,
            what: "She drove me to the station at 6am".into(),
            why: "It meant I wasn't alone".into(),
            love_language: Some(LoveLanguage::Service),
            told: true,
        }),
        "2026-03-02T07:00:00-05:00",
    );
    add(
        &j,
        vec![sam],
        &["home"],
        EntryBody::Conflict(ConflictReflection {
            what_happened: "We argued about the dishes".into(),
            my_feelings: vec!["frustrated".into()],
            i_statement: IStatement {
                feel: "tired".into(),
                when: "the sink is full".into(),
                because: "I want the evening to rest".into(),
                need: "us to share it".into(),
            },
            horsemen: vec![HorsemanNote {
                horseman: Horseman::Criticism,
                whose: Whose::Mine,
                rewrite: "I'm worn out; could we do them together?".into(),
            }],
            their_perspective: "They had a long day too".into(),
            my_part: "I snapped".into(),
            repair: "Said sorry over tea".into(),
            learned: "Ask earlier".into(),
            status: ConflictStatus::Repaired,
            since: "We made a rota on Sunday".into(),
        }),
        "2026-03-03T20:00:00+00:00",
    );
    add(
        &j,
        vec![],
        &[],
        EntryBody::Vulnerability(Vulnerability {
            prompt_id: String::new(),
            prompt: "What do you wish people asked you about?".into(),
            answer: "My grandmother's garden".into(),
            shared: false,
        }),
        "2026-03-04T10:30:00+09:00",
    );
    add(
        &j,
        vec![sam, ana],
        &["walks"],
        EntryBody::SharedExperience(SharedExperience {
            what: "A long walk by the river".into(),
            meaningful: "We laughed the whole way".into(),
            closeness: 5,
        }),
        "2026-03-05T16:00:00+02:00",
    );
    add(
        &j,
        vec![],
        &[],
        EntryBody::Note(Note { title: "Groceries".into(), text: "- eggs\n- *bread*".into() }),
        "2026-03-06T09:00:00+00:00",
    );
    (dir, j)
}

fn bad_import_message(result: attune_journal::Result<attune_journal::export::ImportReport>) -> String {
    match result {
        Err(Error::BadImport(message)) => message,
        other => panic!("expected BadImport, got {other:?}"),
    }
}

#[test]
fn export_of_an_empty_journal_names_its_format_and_holds_nothing() {
    let (_dir, j) = plain();
    let json = j.export_json().expect("export");
    let value: serde_json::Value = serde_json::from_str(&json).expect("export is JSON");
    assert_eq!(value["format"], "attune-journal");
    assert_eq!(value["formatVersion"], 1);
    assert_eq!(value["schemaVersion"], attune_journal::SCHEMA_VERSION);
    assert_eq!(value["people"], serde_json::json!([]));
    assert_eq!(value["entries"], serde_json::json!([]));
    assert!(value.get("exportedAt").is_none(), "an export time would break byte-identical round trips");
}

#[test]
fn export_lists_people_by_name_and_entries_oldest_first_with_every_field() {
    let (_dir, j) = seeded();
    let value: serde_json::Value = serde_json::from_str(&j.export_json().expect("export")).expect("JSON");
    let names: Vec<&str> =
        value["people"].as_array().expect("people").iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Ana", "Sam"]);
    let entries = value["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 6);
    let created: Vec<DateTime<Utc>> =
        entries.iter().map(|e| e["createdAt"].as_str().unwrap().parse().expect("time")).collect();
    assert!(created.windows(2).all(|w| w[0] <= w[1]), "entries oldest first: {created:?}");
    let first = &entries[0];
    for field in ["id", "createdAt", "updatedAt", "localDate", "utcOffsetMinutes", "people", "tags", "body"] {
        assert!(first.get(field).is_some(), "entry has {field}");
    }
    assert_eq!(first["localDate"], "2026-03-01");
    assert_eq!(first["utcOffsetMinutes"], 60);
    assert_eq!(first["body"]["kind"], "check_in");
    assert_eq!(first["tags"], serde_json::json!(["work", "evening"]));
}

#[test]
fn export_import_export_is_byte_identical() {
    let (_a, source) = seeded();
    let json = source.export_json().expect("export");
    let (_b, target) = plain();
    let report = target.import_json(&json).expect("import");
    assert_eq!(report.entries_added, 6);
    assert_eq!(report.entries_skipped, 0);
    assert_eq!(report.people_added, 2);
    assert_eq!(target.export_json().expect("export again"), json);
}

#[test]
fn imported_entries_keep_their_ids_and_times_and_are_searchable() {
    let (_a, source) = seeded();
    let original = source.export_json().expect("export");
    let (_b, target) = plain();
    target.import_json(&original).expect("import");
    let value: serde_json::Value = serde_json::from_str(&original).expect("JSON");
    let id: Uuid = value["entries"][2]["id"].as_str().unwrap().parse().expect("uuid");
    let entry = target.entry(id).expect("same id");
    assert_eq!(entry.created_at.to_rfc3339(), "2026-03-03T20:00:00+00:00");
    let hits = target
        .search(&attune_journal::search::SearchQuery { text: "dishes".into(), ..Default::default() })
        .expect("search");
    assert_eq!(hits.hits.iter().map(|h| h.entry.id).collect::<Vec<_>>(), [id], "the full-text index came along");
}

#[test]
fn importing_the_same_file_twice_skips_what_is_already_there() {
    let (_a, source) = seeded();
    let json = source.export_json().expect("export");
    let (_b, target) = plain();
    target.import_json(&json).expect("first import");
    let again = target.import_json(&json).expect("second import");
    assert_eq!(again.entries_added, 0);
    assert_eq!(again.entries_skipped, 6);
    assert_eq!(again.people_added, 0);
    assert_eq!(target.entry_count().expect("count"), 6);
    assert_eq!(target.export_json().expect("export"), json);
}

#[test]
fn people_are_matched_by_name_when_the_id_is_new() {
    let (_a, source) = seeded();
    let json = source.export_json().expect("export");
    let (_b, target) = plain();
    let local_sam = person(&target, "sam", Relationship::Partner, None);
    let report = target.import_json(&json).expect("import");
    assert_eq!(report.people_added, 1, "only Ana is new");
    assert_eq!(target.people().expect("people").len(), 2);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let checkin_id: Uuid = value["entries"][0]["id"].as_str().unwrap().parse().expect("uuid");
    assert_eq!(target.entry(checkin_id).expect("entry").people, [local_sam]);
}

/// Replaces one value in a valid export, by JSON pointer.
fn tweak(json: &str, pointer: &str, value: serde_json::Value) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(json).expect("JSON");
    *doc.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer} in export")) = value;
    doc.to_string()
}

fn remove(json: &str, parent: &str, key: &str) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(json).expect("JSON");
    doc.pointer_mut(parent).and_then(|v| v.as_object_mut()).expect("object").remove(key);
    doc.to_string()
}

#[rstest]
#[case::not_json(|_: &str| "this is not json {".to_string(), "isn't valid JSON")]
#[case::not_an_object(|_: &str| "[1, 2]".to_string(), "not an object")]
#[case::other_format(|j: &str| tweak(j, "/format", "diary-app".into()), "format is 'diary-app'")]
#[case::no_format(|j: &str| remove(j, "", "format"), "no \"format\"")]
#[case::newer_version(|j: &str| tweak(j, "/formatVersion", 2.into()), "newer Attune")]
#[case::unknown_version(|j: &str| tweak(j, "/formatVersion", 0.into()), "unknown format version 0")]
#[case::no_entries(|j: &str| remove(j, "", "entries"), "no \"entries\" list")]
#[case::entry_missing_time(|j: &str| remove(j, "/entries/1", "createdAt"), "entry 2 is invalid: createdAt is missing")]
#[case::entry_bad_time(|j: &str| tweak(j, "/entries/0/updatedAt", "yesterday".into()), "entry 1 is invalid: updatedAt")]
#[case::entry_unknown_kind(|j: &str| tweak(j, "/entries/3/body/kind", "poem".into()), "entry 4 is invalid: body")]
#[case::entry_out_of_range(|j: &str| tweak(j, "/entries/0/body/pleasantness", 42.into()), "entry 1 is invalid: pleasantness")]
#[case::entry_unknown_person(|j: &str| tweak(j, "/entries/4/people/1", Uuid::nil().to_string().into()), "entry 5 is invalid: people")]
#[case::duplicate_entry(|j: &str| { let e = serde_json::from_str::<serde_json::Value>(j).unwrap()["entries"][0].clone(); tweak(j, "/entries/5", e) }, "entry 6 has the same id as entry 1")]
#[case::person_without_name(|j: &str| remove(j, "/people/0", "name"), "person 1 is invalid: name is missing")]
fn a_bad_file_is_refused_and_changes_nothing(#[case] make: fn(&str) -> String, #[case] expected: &str) {
    let (_a, source) = seeded();
    let good = source.export_json().expect("export");
    let (_b, target) = plain();
    person(&target, "Robin", Relationship::Family, None);
    let before = target.export_json().expect("export before");
    let message = bad_import_message(target.import_json(&make(&good)));
    assert!(message.contains(expected), "message {message:?} should contain {expected:?}");
    assert_eq!(target.export_json().expect("export after"), before, "a refused import changes nothing");
}

#[test]
fn a_failure_after_some_rows_are_written_rolls_everything_back() {
    // Entry 6 names a person that is neither in the file nor in the journal: found only while writing, after the
    // people and entries 1 to 5 are already inserted in the transaction.
    let (_a, source) = seeded();
    let good = source.export_json().expect("export");
    let broken = tweak(&good, "/entries/5/people", serde_json::json!([Uuid::nil().to_string()]));
    let (_b, target) = plain();
    let before = target.export_json().expect("export before");
    let message = bad_import_message(target.import_json(&broken));
    assert!(message.contains("entry 6"), "{message}");
    assert_eq!(target.entry_count().expect("count"), 0);
    assert!(target.people().expect("people").is_empty());
    assert_eq!(target.export_json().expect("export after"), before);
}

#[test]
fn markdown_shows_every_field_with_a_label_and_text_as_written() {
    let (_dir, j) = seeded();
    let md = j.export_markdown().expect("markdown");
    for expected in [
        "# My Attune journal",
        "## Sunday 1 March 2026, 21:15 · Check-in",
        "With: Sam",
        "Tags: #work #evening",
        // Every field under the journal's one label for it (the brief and `attune show` use the same).
        "**Mood Meter:** pleasantness −2, energy 3 (each from −5 to 5)",
        "**Feelings:** anxious, hopeful",
        "**What I need:**",
        // Entry text is copied as written, Markdown characters and all.
        "Big *deadline* tomorrow.\n\n# not a heading, just my hash",
        "## Monday 2 March 2026, 07:00 · Appreciation",
        "**For:** Ana",
        "**Love language:** Acts of service",
        "- Sam (partner), love language: Quality time",
        "**Patterns that showed up:**\n\nCriticism (mine); antidote: Gentle start-up. How it could sound instead: \
         I'm worn out; could we do them together?",
        "**What I could say:**\n\nI feel tired",
        "**Where it stands:** We've reconnected",
        "**The question:**",
        "**How close I felt:** 5 of 5",
        "· Note: Groceries",
        "- eggs\n- *bread*",
    ] {
        assert!(md.contains(expected), "markdown should contain {expected:?}:\n{md}");
    }
    let checkin = md.find("Check-in").expect("check-in");
    let note = md.find("Note: Groceries").expect("note");
    assert!(checkin < note, "oldest first");
}

#[test]
fn an_encrypted_vault_round_trips_too() {
    let (_a, source) = seeded();
    let json = source.export_json().expect("export");
    let dir = tempfile::tempdir().expect("temp dir");
    let (journal, _recovery) =
        Vault::create(&dir.path().join("vault"), &Passphrase::new("correct horse battery")).expect("vault");
    journal.import_json(&json).expect("import");
    assert_eq!(journal.export_json().expect("export"), json);
}
