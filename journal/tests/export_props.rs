//! Export's round trip as a property: any journal (people, every kind, odd text, any time and zone) exports,
//! imports into an empty journal and exports again to the same bytes. And proptest's regression files are kept in one
//! folder. The examples are in `export.rs`.

mod common;

use attune_journal::model::{
    Appreciation, CheckIn, ConflictReflection, Horseman, HorsemanNote, LoveLanguage, Note, Relationship,
    SharedExperience, Vulnerability, Whose,
};
use attune_journal::{Entry, EntryBody, Journal};
use chrono::{FixedOffset, TimeZone, Utc};
use common::{person_as as person, plain};
use proptest::prelude::*;
use tempfile::TempDir;
use uuid::Uuid;

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
