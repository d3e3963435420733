//! Export (JSON, Markdown) and import: the round trip is byte-identical, import is all or nothing, and bad files are
//! refused with a message that says what is wrong.

use attune_journal::model::{
    Appreciation, CheckIn, ConflictReflection, ConflictStatus, Horseman, HorsemanNote, IStatement, LoveLanguage, Note,
    Relationship, SharedExperience, Vulnerability, Whose,
};
use attune_journal::{Entry, EntryBody, Error, Journal, NewEntry, Passphrase, PersonInput, Vault};
use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use proptest::prelude::*;
use rstest::rstest;
use tempfile::TempDir;
use uuid::Uuid;

/// A plain journal in a temp dir: same schema and code paths as a vault, without an Argon2 run per test.
fn plain() -> (TempDir, Journal) {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = Journal::open_unencrypted_for_bench(&dir.path().join("journal.db")).expect("open plain journal");
    (dir, journal)
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("test time")
}

fn person(j: &Journal, name: &str, rel: Relationship, lang: Option<LoveLanguage>) -> Uuid {
    j.add_person(PersonInput { name: name.into(), relationship: rel, love_language: lang }).expect("add person").id
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

// ---- property: any journal exports, imports and exports to the same bytes ----

const WORDS: &[&str] = &["tea", "river", "Sam", "*bold*", "# hash", "déjà vu", "quiet", "line\nbreak", "ok", "🌱"];
const FEELINGS: &[&str] = &["calm", "anxious", "hopeful", "tired", "proud", "lonely"];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..6).prop_map(|w| format!("x {} y", w.join(" ")))
}

/// One line of text, for fields that must fit on one line (a note's title).
fn line() -> impl Strategy<Value = String> {
    text().prop_map(|t| t.replace('\n', " "))
}

fn feelings() -> impl Strategy<Value = Vec<String>> {
    prop::sample::subsequence(FEELINGS, 1..3).prop_map(|f| f.into_iter().map(String::from).collect())
}

/// A body; `who` is an index into the people (appreciations need someone).
fn body(people: usize) -> impl Strategy<Value = (u8, EntryBody)> {
    let check_in = (-5i8..=5, -5i8..=5, feelings(), text(), text()).prop_map(|(p, e, f, t, n)| {
        EntryBody::CheckIn(CheckIn {
            pleasantness: p,
            energy: e,
            feelings: f,
            whats_going_on: t,
            need: n,
            ..Default::default()
        })
    });
    let conflict = (text(), feelings(), prop::sample::subsequence(Horseman::ALL.to_vec(), 0..3), text()).prop_map(
        |(what, f, hs, rewrite)| {
            EntryBody::Conflict(ConflictReflection {
                what_happened: what,
                my_feelings: f,
                horsemen: hs
                    .into_iter()
                    .map(|h| HorsemanNote { horseman: h, whose: Whose::Theirs, rewrite: rewrite.clone() })
                    .collect(),
                ..Default::default()
            })
        },
    );
    let vulnerability = (text(), text(), any::<bool>()).prop_map(|(q, a, shared)| {
        EntryBody::Vulnerability(Vulnerability { prompt_id: String::new(), prompt: q, answer: a, shared })
    });
    let shared = (text(), 1u8..=5).prop_map(|(what, closeness)| {
        EntryBody::SharedExperience(SharedExperience { what, meaningful: String::new(), closeness })
    });
    let note = (line(), text()).prop_map(|(title, text)| EntryBody::Note(Note { title, text }));
    let appreciation = (text(), prop::option::of(prop::sample::select(LoveLanguage::ALL.to_vec())), any::<bool>())
        .prop_map(|(what, lang, told)| {
            EntryBody::Appreciation(Appreciation {
                for_whom: Uuid::nil(),
                what,
                why: String::new(),
                love_language: lang,
                told,
            })
        });
    let who = if people == 0 { Just(0u8).boxed() } else { (0..people as u8).boxed() };
    let kinds = if people == 0 {
        prop_oneof![check_in, conflict, vulnerability, shared, note].boxed()
    } else {
        prop_oneof![check_in, conflict, vulnerability, shared, note, appreciation].boxed()
    };
    (who, kinds)
}

/// An entry to restore: id bits, created-at millis, offset minutes, people (indexes), tags, the appreciated person's
/// index, and the body.
type PlannedEntry = (u128, i64, i32, Vec<u8>, Vec<String>, u8, EntryBody);

#[derive(Debug, Clone)]
struct Plan {
    people: Vec<(String, Relationship, Option<LoveLanguage>)>,
    entries: Vec<PlannedEntry>,
}

fn plan() -> impl Strategy<Value = Plan> {
    let person = (
        prop::sample::select(vec![
            Relationship::Partner,
            Relationship::Family,
            Relationship::Friend,
            Relationship::Other,
        ]),
        prop::option::of(prop::sample::select(LoveLanguage::ALL.to_vec())),
    );
    prop::collection::vec(person, 0..4)
        .prop_flat_map(|people| {
            let n = people.len();
            let people: Vec<_> = people
                .into_iter()
                .enumerate()
                .map(|(i, (r, l))| (format!("Person {}", ["A", "b", "C", "d"][i]), r, l))
                .collect();
            let entry = (
                any::<u128>(),
                // 2000-01-01 to 2035-01-01, in milliseconds, with some entries sharing a time.
                prop_oneof![946_684_800_000i64..2_051_222_400_000, Just(1_700_000_000_000)],
                (-48i32..=56).prop_map(|q| q * 15),
                prop::collection::vec(0..n.max(1) as u8, 0..3),
                prop::collection::vec(prop::sample::select(vec!["Home", "work ", "walks", "home"]), 0..3)
                    .prop_map(|t| t.into_iter().map(String::from).collect::<Vec<_>>()),
                body(n),
            )
                .prop_map(|(id, ms, off, who, tags, (whom, body))| (id, ms, off, who, tags, whom, body));
            (Just(people), prop::collection::vec(entry, 0..8))
        })
        .prop_map(|(people, entries)| Plan { people, entries })
}

fn build(plan: &Plan) -> (TempDir, Journal) {
    let (dir, j) = plain();
    let ids: Vec<Uuid> = plan.people.iter().map(|(name, r, l)| person(&j, name, *r, *l)).collect();
    for (id, ms, offset, who, tags, whom, body) in &plan.entries {
        let mut body = body.clone();
        if let EntryBody::Appreciation(a) = &mut body {
            a.for_whom = ids[*whom as usize];
        }
        let created = Utc.timestamp_millis_opt(*ms).single().expect("time");
        let local = created.with_timezone(&FixedOffset::east_opt(offset * 60).expect("offset"));
        let people = if ids.is_empty() { vec![] } else { who.iter().map(|i| ids[*i as usize]).collect() };
        let entry = Entry {
            id: uuid::Builder::from_random_bytes(id.to_le_bytes()).into_uuid(),
            created_at: created,
            updated_at: created + chrono::Duration::milliseconds((*ms % 7) * 3_600_000),
            local_date: local.date_naive(),
            utc_offset_minutes: *offset,
            people,
            tags: tags.clone(),
            body,
        };
        j.restore_entry(&entry).expect("restore");
    }
    (dir, j)
}

proptest! {
    // Every regression file in one place: journal/tests/proptest-regressions/ (tests run in the crate folder).
    #![proptest_config(ProptestConfig {
        cases: 32,
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
            "tests/proptest-regressions/export.txt",
        ))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_journal_round_trips_byte_identically(plan in plan()) {
        let (_a, source) = build(&plan);
        let json = source.export_json().expect("export");
        let (_b, target) = plain();
        let report = target.import_json(&json).expect("import");
        prop_assert_eq!(report.entries_added, plan.entries.len() as u64);
        prop_assert_eq!(report.people_added, plan.people.len() as u64);
        prop_assert_eq!(target.export_json().expect("export again"), json);
    }
}

/// proptest's regression files live in one folder (issue 12): a test file whose proptest config forgets the folder
/// would have its failures saved beside it, where no one looks.
#[test]
fn proptest_regressions_are_kept_in_one_folder() {
    fn walk(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() && !["target", "node_modules", ".git"].contains(&name.as_str()) {
                if name == "proptest-regressions" {
                    found.push(path.clone());
                }
                walk(&path, found);
            } else if name.ends_with(".proptest-regressions") {
                found.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut found = Vec::new();
    walk(&root, &mut found);
    let one = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/proptest-regressions");
    let stray: Vec<_> = found.iter().filter(|p| p.canonicalize().ok() != one.canonicalize().ok()).collect();
    assert!(stray.is_empty(), "regression files outside journal/tests/proptest-regressions: {stray:?}");
}
