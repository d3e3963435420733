//! Property: for any journal, range and person, insights count exactly the entries the timeline lists for each kind
//! with the same filter (entries written in any time zone, some edited and some deleted), and the feelings they
//! count are the ones those entries name.

use attune_journal::insights::{InsightsQuery, Period};
use attune_journal::model::{
    Appreciation, CheckIn, ConflictReflection, EntryBody, Note, Relationship, SharedExperience, Vulnerability,
};
use attune_journal::timeline::{Filter, TimelineQuery};
use attune_journal::{Entry, EntryKind, Journal, NewEntry, PersonId, PersonInput};
use chrono::{Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

fn body(kind: u8, people: &[PersonId], n: usize) -> EntryBody {
    let text = format!("entry {n}");
    match kind {
        0 => EntryBody::CheckIn(CheckIn {
            pleasantness: (n % 11) as i8 - 5,
            energy: (n % 7) as i8 - 3,
            feelings: vec!["calm".into()],
            ..Default::default()
        }),
        1 => EntryBody::Appreciation(Appreciation {
            for_whom: people[n % people.len()],
            what: text,
            why: String::new(),
            love_language: None,
            told: n.is_multiple_of(2),
        }),
        2 => EntryBody::Conflict(ConflictReflection {
            what_happened: text,
            my_feelings: if n.is_multiple_of(2) { vec!["hurt".into(), "calm".into()] } else { vec![] },
            ..Default::default()
        }),
        3 => EntryBody::Vulnerability(Vulnerability { prompt: "Q".into(), answer: text, ..Default::default() }),
        4 => EntryBody::SharedExperience(SharedExperience { what: text, meaningful: String::new(), closeness: 3 }),
        _ => EntryBody::Note(Note { title: String::new(), text }),
    }
}

fn timeline(j: &Journal, filter: Filter) -> Vec<Entry> {
    let mut query = TimelineQuery { filter, limit: 200, ..TimelineQuery::default() };
    let mut all = Vec::new();
    loop {
        let page = j.timeline(&query).expect("timeline");
        all.extend(page.entries);
        match page.next {
            Some(next) => query.after = Some(next),
            None => return all,
        }
    }
}

proptest! {
    // Every regression file in one place: journal/tests/proptest-regressions/ (tests run in the crate folder).
    #![proptest_config(ProptestConfig {
        cases: 24,
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
            "tests/proptest-regressions/insights_props.txt",
        ))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn per_kind_counts_add_up_to_the_timelines(
        plan in prop::collection::vec((0u8..6, 0u32..(60 * 24 * 40), -11i32..=14, 0u8..4, any::<bool>(), any::<bool>()), 1..60),
        from_day in 0u32..40,
        len in 1u32..30,
        person_choice in 0u8..3,
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let j = Journal::open_unencrypted_for_bench(&dir.path().join("j.db")).expect("journal");
        let people: Vec<PersonId> = ["Sam", "Alex"]
            .iter()
            .map(|n| j.add_person(PersonInput { name: (*n).into(), relationship: Relationship::Other, love_language: None }).expect("person").id)
            .collect();
        let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().expect("start");
        for (n, &(kind, minutes, zone, who, edit, delete)) in plan.iter().enumerate() {
            let at = (start + Duration::minutes(i64::from(minutes)))
                .with_timezone(&FixedOffset::east_opt(zone * 3600).expect("zone"));
            let mentioned: Vec<PersonId> = people.iter().enumerate().filter(|(i, _)| who & (1 << i) != 0).map(|(_, p)| *p).collect();
            let entry = j.add_entry(NewEntry { people: mentioned.clone(), tags: vec![], body: body(kind, &people, n), at: None }, at).expect("add");
            if edit {
                let changed = NewEntry { people: people.clone(), tags: vec![], body: body(kind, &people, n + 1), at: None };
                j.update_entry(entry.id, changed, at).expect("edit");
            }
            if delete {
                j.delete_entry(entry.id).expect("delete");
            }
        }
        let from = NaiveDate::from_ymd_opt(2026, 1, 1).expect("day") + Duration::days(i64::from(from_day));
        let to = from + Duration::days(i64::from(len) - 1);
        let person = match person_choice {
            0 => None,
            i => Some(people[usize::from(i) - 1]),
        };
        let insights = j
            .insights(&InsightsQuery { period: Period::Between { from, to }, person }, to)
            .expect("insights");
        let mut total = 0;
        let mut named = 0;
        for kind in EntryKind::ALL {
            let filter = Filter { kinds: vec![kind], person, from: Some(from), to: Some(to), ..Filter::default() };
            let listed = timeline(&j, filter);
            let expected = listed.len() as u32;
            named += listed.iter().map(|e| e.body.feelings().len() as u32).sum::<u32>();
            let got = insights.kinds.iter().find(|k| k.kind == kind).map(|k| k.count);
            prop_assert_eq!(got, Some(expected), "{:?}", kind);
            total += expected;
        }
        prop_assert_eq!(insights.entries, total);
        prop_assert_eq!(insights.feelings.named, named, "feelings named, as the entries list them");
        prop_assert_eq!(insights.mood.check_ins, insights.kinds[0].count);
        prop_assert_eq!(insights.mood.buckets.iter().map(|b| b.check_ins).sum::<u32>(), insights.mood.check_ins);
        if person.is_none() {
            let per_person: u32 = insights.appreciations.people.iter().map(|p| p.count).sum();
            prop_assert_eq!(per_person, insights.appreciations.count, "every appreciation is for one person");
            let told: u32 = insights.appreciations.people.iter().map(|p| p.told).sum();
            prop_assert_eq!(told, insights.appreciations.told);
        }
        let conflicts = insights.kinds.iter().find(|k| k.kind == EntryKind::Conflict).map_or(0, |k| k.count);
        prop_assert_eq!(insights.conflicts.statuses.iter().map(|s| s.count).sum::<u32>(), conflicts);
        prop_assert_eq!(insights.conflicts.count, conflicts);
        prop_assert_eq!(insights.appreciations.count, insights.kinds.iter().find(|k| k.kind == EntryKind::Appreciation).map_or(0, |k| k.count));
    }
}
