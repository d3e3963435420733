//! The journal of known entries that `insights.rs` reads every card of: two people, check-ins, appreciations,
//! conflicts and shared moments over two months, some written around midnight in other zones, some edited and one
//! deleted. Its own module so the test file holds the figures and this one the entries they come from.
#![allow(dead_code)]

use attune_journal::model::{
    Appreciation, CheckIn, ConflictReflection, ConflictStatus, EntryBody, Horseman, HorsemanNote, LoveLanguage, Note,
    Relationship, SharedExperience, Whose,
};
use attune_journal::{EntryId, Journal, NewEntry, PersonId, PersonInput};
use chrono::{DateTime, FixedOffset, TimeZone};

use super::common;

/// `s` ("2026-03-17 23:30") in a zone `hours` east of UTC.
pub fn at(s: &str, hours: i32) -> DateTime<FixedOffset> {
    let naive = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    FixedOffset::east_opt(hours * 3600).unwrap().from_local_datetime(&naive).unwrap()
}

pub const TODAY: &str = "2026-03-18"; // a Wednesday

pub struct Fixture {
    _dir: tempfile::TempDir,
    pub j: Journal,
    pub sam: PersonId,
    pub alex: PersonId,
    pub ids: std::collections::HashMap<&'static str, EntryId>,
}

pub fn check_in(p: i8, e: i8, feelings: &[&str]) -> EntryBody {
    EntryBody::CheckIn(CheckIn {
        pleasantness: p,
        energy: e,
        feelings: feelings.iter().map(|f| f.to_string()).collect(),
        ..Default::default()
    })
}

pub fn appreciation(for_whom: PersonId, what: &str, language: Option<LoveLanguage>, told: bool) -> EntryBody {
    EntryBody::Appreciation(Appreciation {
        for_whom,
        what: what.into(),
        why: String::new(),
        love_language: language,
        told,
    })
}

pub fn conflict(
    what: &str,
    status: ConflictStatus,
    feelings: &[&str],
    horsemen: &[(Horseman, Whose, &str)],
) -> EntryBody {
    EntryBody::Conflict(ConflictReflection {
        what_happened: what.into(),
        my_feelings: feelings.iter().map(|f| f.to_string()).collect(),
        horsemen: horsemen
            .iter()
            .map(|&(horseman, whose, rewrite)| HorsemanNote { horseman, whose, rewrite: rewrite.into() })
            .collect(),
        status,
        ..Default::default()
    })
}

pub fn shared(what: &str, closeness: u8) -> EntryBody {
    EntryBody::SharedExperience(SharedExperience { what: what.into(), meaningful: String::new(), closeness })
}

pub fn fixture() -> Fixture {
    let (dir, j) = common::vault();
    let person = |name: &str, rel, love_language| {
        j.add_person(PersonInput { name: name.into(), relationship: rel, love_language }).unwrap().id
    };
    let sam = person("Sam", Relationship::Partner, Some(LoveLanguage::QualityTime));
    let alex = person("Alex", Relationship::Friend, Some(LoveLanguage::Words));
    let mut ids = std::collections::HashMap::new();
    let rows: Vec<(&'static str, EntryBody, Vec<PersonId>, DateTime<FixedOffset>)> = vec![
        ("ci-mon", check_in(3, 2, &["calm", "grateful"]), vec![sam], at("2026-03-16 09:00", 2)),
        // 23:30 at +02:00: still the 17th locally.
        ("ci-late", check_in(-2, 3, &["anxious"]), vec![], at("2026-03-17 23:30", 2)),
        // 00:30 at +10:00 is 14:30 UTC on the 17th, but the writer's day is the 18th.
        ("ci-early", check_in(0, -1, &["calm"]), vec![], at("2026-03-18 00:30", 10)),
        ("ci-low", check_in(-3, -3, &["wobbly"]), vec![sam], at("2026-03-10 20:00", 2)),
        ("ci-sun", check_in(2, -2, &["content"]), vec![], at("2026-03-15 10:00", 2)),
        ("ci-before", check_in(1, 1, &["anxious", "calm", "lonely"]), vec![], at("2026-02-01 10:00", 2)),
        // 23:50 at −05:00 is already the 17th in UTC, but the writer's day is the 16th: the range before.
        ("ci-edge", check_in(1, 1, &["anxious"]), vec![], at("2026-02-16 23:50", -5)),
        (
            "ap-dinner",
            appreciation(sam, "Cooked dinner", Some(LoveLanguage::QualityTime), false),
            vec![],
            at("2026-03-12 19:00", 2),
        ),
        (
            "ap-words",
            appreciation(sam, "Said kind words", Some(LoveLanguage::Words), true),
            vec![],
            at("2026-03-05 19:00", 2),
        ),
        ("ap-book", appreciation(alex, "Lent me a book", None, false), vec![], at("2026-03-15 12:00", 2)),
        (
            "ap-walk",
            appreciation(sam, "Took me for a walk", Some(LoveLanguage::QualityTime), false),
            vec![],
            at("2026-03-14 12:00", 2),
        ),
        (
            "cf-open",
            conflict(
                "The dishes again",
                ConflictStatus::Open,
                &["hurt"],
                &[
                    (Horseman::Criticism, Whose::Mine, "I'm tired; can we share it?"),
                    (Horseman::Stonewalling, Whose::Theirs, ""),
                ],
            ),
            vec![sam],
            at("2026-03-11 21:00", 2),
        ),
        (
            "cf-repaired",
            conflict(
                "Late again",
                ConflictStatus::Repaired,
                &["frustrated"],
                &[
                    (Horseman::Criticism, Whose::Theirs, ""),
                    (Horseman::Defensiveness, Whose::Mine, "You're right, I was late."),
                ],
            ),
            vec![sam],
            at("2026-02-20 21:00", 2),
        ),
        (
            "cf-deleted",
            conflict("Gone", ConflictStatus::Open, &["angry"], &[(Horseman::Contempt, Whose::Mine, "")]),
            vec![sam],
            at("2026-03-13 21:00", 2),
        ),
        ("sh-sam", shared("Harbour walk", 5), vec![sam], at("2026-03-08 16:00", 2)),
        ("sh-sam-old", shared("Cinema", 2), vec![sam], at("2025-12-01 16:00", 2)),
        ("sh-alex", shared("Lunch", 4), vec![alex], at("2026-01-20 13:00", 2)),
        (
            "note",
            EntryBody::Note(Note { title: String::new(), text: "a note".into() }),
            vec![],
            at("2026-03-18 08:00", 2),
        ),
    ];
    for (name, body, people, when) in rows {
        let e = j.add_entry(NewEntry { people, tags: vec![], body, at: None }, when).unwrap();
        ids.insert(name, e.id);
    }
    // Edited: now told. Deleted: gone from every figure.
    let walk = j.entry(ids["ap-walk"]).unwrap();
    let mut body = walk.body.clone();
    if let EntryBody::Appreciation(a) = &mut body {
        a.told = true;
    }
    j.update_entry(walk.id, NewEntry { people: walk.people, tags: vec![], body, at: None }, at("2026-03-16 10:00", 2))
        .unwrap();
    j.delete_entry(ids["cf-deleted"]).unwrap();
    Fixture { _dir: dir, j, sam, alex, ids }
}
