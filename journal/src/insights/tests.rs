//! Migration 0002 on a journal written before it: the backfill gives the same figures the triggers keep.

use chrono::{FixedOffset, NaiveDate, TimeZone};

use super::{InsightsQuery, Period};
use crate::model::{
    Appreciation, CheckIn, ConflictReflection, EntryBody, Horseman, HorsemanNote, NewEntry, PersonInput, Relationship,
    SharedExperience, Whose,
};
use crate::Journal;

#[test]
fn the_backfill_of_an_older_journal_matches_what_triggers_keep() {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open_unencrypted_for_bench(&dir.path().join("j.db")).unwrap();
    let sam = j
        .add_person(PersonInput { name: "Sam".into(), relationship: Relationship::Partner, love_language: None })
        .unwrap()
        .id;
    let zone = FixedOffset::east_opt(3600).unwrap();
    for day in 1..=20u32 {
        let at = zone.with_ymd_and_hms(2026, 3, day, 21, 0, 0).unwrap();
        let body = match day % 4 {
            0 => EntryBody::CheckIn(CheckIn {
                pleasantness: (day % 11) as i8 - 5,
                energy: 2,
                feelings: vec!["calm".into(), format!("word{}", day % 3)],
                ..Default::default()
            }),
            1 => EntryBody::Appreciation(Appreciation {
                for_whom: sam,
                what: "tea".into(),
                why: String::new(),
                love_language: None,
                told: day.is_multiple_of(2),
            }),
            2 => EntryBody::Conflict(ConflictReflection {
                what_happened: "keys".into(),
                my_feelings: vec!["hurt".into()],
                horsemen: vec![HorsemanNote {
                    horseman: Horseman::Contempt,
                    whose: Whose::Theirs,
                    rewrite: "x".into(),
                }],
                ..Default::default()
            }),
            _ => EntryBody::SharedExperience(SharedExperience {
                what: "walk".into(),
                meaningful: String::new(),
                closeness: 4,
            }),
        };
        let people = if day.is_multiple_of(3) { vec![sam] } else { vec![] };
        j.add_entry(NewEntry { people, tags: vec![], body, at: None }, at).unwrap();
    }
    let today = NaiveDate::from_ymd_opt(2026, 3, 25).unwrap();
    let queries = [
        InsightsQuery { period: Period::Last { days: 30 }, person: None },
        InsightsQuery { period: Period::AllTime, person: Some(sam) },
    ];
    let kept: Vec<_> = queries.iter().map(|q| j.insights(q, today).unwrap()).collect();

    // Back to schema 1, as an older Attune left it (no triggers, no derived tables), then migrated again.
    let triggers: Vec<String> = j
        .conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for t in triggers {
        j.conn.execute_batch(&format!("DROP TRIGGER {t}")).unwrap();
    }
    j.conn
        .execute_batch(
            "DROP TABLE nudge_snoozes; DROP TABLE feeling_days; DROP TABLE day_facts; DROP TABLE entry_facts;
             DROP VIEW day_facts_of; DROP VIEW entry_facts_of; DROP TABLE import_sources; PRAGMA user_version = 1;",
        )
        .unwrap();
    crate::db::migrate(&j.conn).unwrap();
    let backfilled: Vec<_> = queries.iter().map(|q| j.insights(q, today).unwrap()).collect();
    assert_eq!(backfilled, kept);
    assert!(kept[0].entries > 0 && kept[0].feelings.named > 0 && kept[1].mood.check_ins > 0);
}
