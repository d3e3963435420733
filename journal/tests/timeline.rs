//! The timeline: newest first, keyset pages, filters alone and combined, and "on this day".

mod common;

use attune_journal::model::{CheckIn, EntryBody, Note, Relationship, SharedExperience};
use attune_journal::timeline::{Filter, TimelineQuery};
use attune_journal::{EntryId, EntryKind, Journal, NewEntry, PersonInput};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use rstest::rstest;

/// A fresh encrypted vault in a temp dir, unlocked.
use common::vault as journal;

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(2 * 3600).unwrap().with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn note(text: &str) -> EntryBody {
    EntryBody::Note(Note { title: String::new(), text: text.into() })
}

/// A small journal: the texts name what each entry is, so failures read well.
struct Fixture {
    _dir: tempfile::TempDir,
    j: Journal,
    ids: Vec<(&'static str, EntryId)>,
    sam: uuid::Uuid,
}

/// A fixture entry: its name in assertions, body, people, tags and time of writing.
type FixtureRow = (&'static str, EntryBody, Vec<uuid::Uuid>, Vec<&'static str>, DateTime<FixedOffset>);

fn fixture() -> Fixture {
    let (dir, j) = journal();
    let sam = j
        .add_person(PersonInput { name: "Sam".into(), relationship: Relationship::Partner, love_language: None })
        .unwrap()
        .id;
    let alex = j
        .add_person(PersonInput { name: "Alex".into(), relationship: Relationship::Friend, love_language: None })
        .unwrap()
        .id;
    let check_in = |feelings: &[&str]| {
        EntryBody::CheckIn(CheckIn {
            pleasantness: 1,
            energy: 1,
            feelings: feelings.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        })
    };
    let rows: Vec<FixtureRow> = vec![
        ("note-2024-sam", note("a"), vec![sam], vec!["home"], at(2024, 3, 14, 9)),
        ("checkin-2025-calm", check_in(&["Calm"]), vec![], vec![], at(2025, 3, 14, 9)),
        (
            "shared-2025-alex",
            EntryBody::SharedExperience(SharedExperience {
                what: "hike".into(),
                meaningful: String::new(),
                closeness: 4,
            }),
            vec![alex],
            vec!["outside"],
            at(2025, 6, 1, 9),
        ),
        ("checkin-2026-sam-anxious", check_in(&["anxious", "calm"]), vec![sam], vec!["work"], at(2026, 1, 10, 9)),
        ("note-2026-sam-home", note("b"), vec![sam], vec!["home", "work"], at(2026, 3, 14, 9)),
    ];
    let mut ids = Vec::new();
    for (name, body, people, tags, when) in rows {
        let e = j
            .add_entry(NewEntry { people, tags: tags.into_iter().map(String::from).collect(), body, at: None }, when)
            .unwrap();
        ids.push((name, e.id));
    }
    Fixture { _dir: dir, j, ids, sam }
}

impl Fixture {
    fn names(&self, filter: Filter) -> Vec<&'static str> {
        let page = self.j.timeline(&TimelineQuery { filter, ..Default::default() }).unwrap();
        page.entries.iter().map(|e| self.ids.iter().find(|(_, id)| *id == e.id).unwrap().0).collect()
    }
}

#[test]
fn newest_first_without_filter() {
    let f = fixture();
    assert_eq!(
        f.names(Filter::default()),
        vec![
            "note-2026-sam-home",
            "checkin-2026-sam-anxious",
            "shared-2025-alex",
            "checkin-2025-calm",
            "note-2024-sam"
        ]
    );
}

#[rstest]
#[case::one_kind(Filter { kinds: vec![EntryKind::CheckIn], ..Default::default() }, &["checkin-2026-sam-anxious", "checkin-2025-calm"])]
#[case::two_kinds(Filter { kinds: vec![EntryKind::Note, EntryKind::SharedExperience], ..Default::default() }, &["note-2026-sam-home", "shared-2025-alex", "note-2024-sam"])]
#[case::tag(Filter { tag: Some(" Home ".into()), ..Default::default() }, &["note-2026-sam-home", "note-2024-sam"])]
#[case::feeling_any_case(Filter { feeling: Some("CALM".into()), ..Default::default() }, &["checkin-2026-sam-anxious", "checkin-2025-calm"])]
#[case::from(Filter { from: Some(date(2025, 6, 1)), ..Default::default() }, &["note-2026-sam-home", "checkin-2026-sam-anxious", "shared-2025-alex"])]
#[case::to(Filter { to: Some(date(2025, 3, 14)), ..Default::default() }, &["checkin-2025-calm", "note-2024-sam"])]
#[case::single_day(Filter { from: Some(date(2025, 3, 14)), to: Some(date(2025, 3, 14)), ..Default::default() }, &["checkin-2025-calm"])]
#[case::kind_and_tag(Filter { kinds: vec![EntryKind::Note], tag: Some("work".into()), ..Default::default() }, &["note-2026-sam-home"])]
#[case::tag_and_feeling(Filter { tag: Some("work".into()), feeling: Some("anxious".into()), ..Default::default() }, &["checkin-2026-sam-anxious"])]
#[case::nothing_matches(Filter { tag: Some("work".into()), to: Some(date(2025, 1, 1)), ..Default::default() }, &[])]
#[case::unknown_tag(Filter { tag: Some("nope".into()), ..Default::default() }, &[])]
fn filters_narrow(#[case] filter: Filter, #[case] expected: &[&str]) {
    assert_eq!(fixture().names(filter), expected);
}

#[test]
fn person_filter_combines_with_date() {
    let f = fixture();
    let person = Some(f.sam);
    assert_eq!(
        f.names(Filter { person, ..Default::default() }),
        vec!["note-2026-sam-home", "checkin-2026-sam-anxious", "note-2024-sam"]
    );
    assert_eq!(
        f.names(Filter { person, from: Some(date(2026, 1, 1)), kinds: vec![EntryKind::CheckIn], ..Default::default() }),
        vec!["checkin-2026-sam-anxious"]
    );
}

/// The local date is the writer's: just after midnight at UTC+2 is still the previous day in UTC, and the date
/// filter must go by the local date, not the UTC one.
#[test]
fn date_filter_uses_the_writers_local_date() {
    let (_dir, j) = journal();
    let early = FixedOffset::east_opt(14 * 3600).unwrap().with_ymd_and_hms(2026, 5, 2, 0, 30, 0).unwrap();
    let late = FixedOffset::west_opt(12 * 3600).unwrap().with_ymd_and_hms(2026, 5, 1, 23, 30, 0).unwrap();
    let a = j.add_entry(NewEntry { people: vec![], tags: vec![], body: note("early"), at: None }, early).unwrap();
    let b = j.add_entry(NewEntry { people: vec![], tags: vec![], body: note("late"), at: None }, late).unwrap();
    let on = |d: NaiveDate| {
        let filter = Filter { from: Some(d), to: Some(d), ..Default::default() };
        j.timeline(&TimelineQuery { filter, ..Default::default() })
            .unwrap()
            .entries
            .into_iter()
            .map(|e| e.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(on(date(2026, 5, 2)), vec![a.id]);
    assert_eq!(on(date(2026, 5, 1)), vec![b.id]);
}

/// Within a day, entries are shown by the time on the clock where each was written (the time they show), not by the
/// instant: on 29 November, 08:01 in Berlin (07:01Z), 04:12 in New York (09:12Z, the latest instant) and 01:12 in
/// Tokyo (28 November 16:12Z), then a day earlier 20:00 in Berlin.
#[test]
fn shown_order_goes_by_day_then_by_the_writers_clock() {
    let (_dir, j) = journal();
    let zone = |hours: i32| FixedOffset::east_opt(hours * 3600).unwrap();
    let write = |text: &str, at: DateTime<FixedOffset>| {
        j.add_entry(NewEntry { people: vec![], tags: vec![], body: note(text), at: None }, at).unwrap()
    };
    let older = write("older", zone(1).with_ymd_and_hms(2026, 11, 28, 20, 0, 0).unwrap());
    let tokyo = write("tokyo", zone(9).with_ymd_and_hms(2026, 11, 29, 1, 12, 0).unwrap());
    let berlin = write("berlin", zone(1).with_ymd_and_hms(2026, 11, 29, 8, 1, 0).unwrap());
    let ny = write("ny", zone(-5).with_ymd_and_hms(2026, 11, 29, 4, 12, 0).unwrap());
    assert_eq!(berlin.local_time().format("%d %H:%M").to_string(), "29 08:01");
    let mut entries = j.timeline(&TimelineQuery::default()).unwrap().entries;
    let by_instant: Vec<_> = entries.iter().map(|e| e.id).collect();
    assert_eq!(by_instant, [ny.id, berlin.id, older.id, tokyo.id], "pages go by the instant");
    entries.sort_by(attune_journal::timeline::shown_order);
    let shown: Vec<_> = entries.iter().map(|e| e.id).collect();
    assert_eq!(shown, [berlin.id, ny.id, tokyo.id, older.id], "shown by day, then the writer's clock");
}

#[test]
fn pages_cover_everything_once_even_with_equal_times() {
    let (_dir, j) = journal();
    let mut all = Vec::new();
    for i in 0..23 {
        // Several entries share one instant, so the cursor must break ties by id.
        let e = j
            .add_entry(
                NewEntry { people: vec![], tags: vec![], body: note(&format!("n{i}")), at: None },
                at(2026, 1, 1 + i / 4, 9),
            )
            .unwrap();
        all.push(e);
    }
    all.sort_by_key(|e| std::cmp::Reverse((e.created_at, e.id)));
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = j.timeline(&TimelineQuery { after, limit: 5, ..Default::default() }).unwrap();
        assert!(page.entries.len() <= 5);
        seen.extend(page.entries.iter().map(|e| e.id));
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    assert_eq!(seen, all.iter().map(|e| e.id).collect::<Vec<_>>());
}

#[test]
fn a_full_last_page_has_no_next() {
    let (_dir, j) = journal();
    for i in 0..4 {
        j.add_entry(NewEntry { people: vec![], tags: vec![], body: note("x"), at: None }, at(2026, 1, 1 + i, 9))
            .unwrap();
    }
    let page = j.timeline(&TimelineQuery { limit: 4, ..Default::default() }).unwrap();
    assert_eq!(page.entries.len(), 4);
    assert_eq!(page.next, None);
}

#[rstest]
#[case::default_is_fifty(0, Some(50))]
#[case::one(1, Some(1))]
#[case::max(200, Some(200))]
#[case::over_max(201, None)]
fn limits(#[case] limit: u32, #[case] page_len: Option<usize>) {
    let (_dir, j) = journal();
    for i in 0..210 {
        j.add_entry(
            NewEntry { people: vec![], tags: vec![], body: note("x"), at: None },
            at(2026, 1, 1, 9) + chrono::Duration::minutes(i),
        )
        .unwrap();
    }
    let result = j.timeline(&TimelineQuery { limit, ..Default::default() });
    match page_len {
        Some(n) => assert_eq!(result.unwrap().entries.len(), n),
        None => assert_eq!(result.unwrap_err().field().map(attune_journal::Field::as_str), Some("limit")),
    }
}

#[test]
fn reversed_date_range_is_refused() {
    let (_dir, j) = journal();
    let filter = Filter { from: Some(date(2026, 2, 1)), to: Some(date(2026, 1, 1)), ..Default::default() };
    assert_eq!(
        j.timeline(&TimelineQuery { filter, ..Default::default() })
            .unwrap_err()
            .field()
            .map(attune_journal::Field::as_str),
        Some("to")
    );
}

#[rstest]
#[case::same_day_earlier_years(date(2026, 3, 14), &["checkin-2025-calm", "note-2024-sam"])]
#[case::nothing_that_day(date(2026, 3, 15), &[])]
#[case::first_year_has_no_past(date(2024, 3, 14), &[])]
fn on_this_day(#[case] today: NaiveDate, #[case] expected: &[&str]) {
    let f = fixture();
    let found: Vec<_> =
        f.j.on_this_day(today).unwrap().iter().map(|e| f.ids.iter().find(|(_, id)| *id == e.id).unwrap().0).collect();
    assert_eq!(found, expected);
}

#[test]
fn on_this_day_leap_day_only_in_leap_years() {
    let (_dir, j) = journal();
    let e = j
        .add_entry(NewEntry { people: vec![], tags: vec![], body: note("leap"), at: None }, at(2024, 2, 29, 9))
        .unwrap();
    assert_eq!(j.on_this_day(date(2028, 2, 29)).unwrap().len(), 1);
    assert!(j.on_this_day(date(2027, 2, 28)).unwrap().is_empty());
    assert_eq!(j.on_this_day(date(2028, 2, 29)).unwrap()[0].id, e.id);
}

/// A tag on more than 2,000 entries is filtered by walking the timeline rather than sorting its entries: both ways
/// must give the same pages.
#[test]
fn common_tag_filter_pages_like_a_rare_one() {
    let (_dir, j) = journal();
    let mut tagged = Vec::new();
    for i in 0..2_400 {
        let tags = if i % 7 == 0 { vec![] } else { vec!["daily".to_string()] };
        let tags = if i % 3 == 0 { [tags, vec!["third".to_string()]].concat() } else { tags };
        let e = j
            .add_entry(
                NewEntry { people: vec![], tags, body: note("x"), at: None },
                at(2026, 1, 1, 9) + chrono::Duration::minutes(i),
            )
            .unwrap();
        tagged.push(e);
    }
    // "daily" is on 2,057 entries (the walking plan), "third" on 800 (the sorting one).
    for tag in ["daily", "third"] {
        let mut expected: Vec<_> = tagged.iter().filter(|e| e.tags.iter().any(|t| t == tag)).map(|e| e.id).collect();
        expected.reverse();
        let mut seen = Vec::new();
        let mut after = None;
        loop {
            let filter = Filter { tag: Some(tag.into()), ..Default::default() };
            let page = j.timeline(&TimelineQuery { filter, after, limit: 200, ..Default::default() }).unwrap();
            seen.extend(page.entries.iter().map(|e| e.id));
            match page.next {
                Some(next) => after = Some(next),
                None => break,
            }
        }
        assert_eq!(seen, expected, "{tag}");
    }
}

/// Reaching December 2023 in a 2,000-entry journal took 66 scroll loads: the months are listed, and a page can start
/// at any date.
#[test]
fn months_are_listed_and_a_page_starts_at_a_date() {
    let (_dir, j) = journal();
    // Two entries a day from 20 November 2023 to 9 January 2024.
    let first = at(2023, 11, 20, 9);
    for day in 0..51 {
        for hour in [0, 8] {
            let when = first + chrono::Duration::days(day) + chrono::Duration::hours(hour);
            j.add_entry(NewEntry { people: vec![], tags: vec![], body: note("x"), at: None }, when).unwrap();
        }
    }
    let months: Vec<(String, u32)> = j.months().unwrap().into_iter().map(|m| (m.month, m.count)).collect();
    assert_eq!(months, [("2024-01".into(), 18), ("2023-12".into(), 62), ("2023-11".into(), 22)]);

    let start = date(2023, 12, 31);
    let page = j.timeline(&TimelineQuery { start: Some(start), limit: 10, ..Default::default() }).unwrap();
    let dates: Vec<NaiveDate> = page.entries.iter().map(|e| e.local_date).collect();
    assert_eq!(dates[0], start, "the page starts on the day asked for");
    assert!(dates.iter().all(|d| *d <= start));
    // Paging on from there goes further back, never forward.
    let next = j.timeline(&TimelineQuery { start: Some(start), after: page.next, limit: 200, ..Default::default() });
    let rest = next.unwrap().entries;
    assert_eq!(rest.len(), 62 + 22 - 10);
    assert!(rest.iter().all(|e| e.local_date <= start));
    // A start before the filter's first day shows nothing, rather than an error.
    let filter = Filter { from: Some(date(2024, 1, 1)), ..Default::default() };
    let none = j.timeline(&TimelineQuery { filter, start: Some(start), ..Default::default() }).unwrap();
    assert!(none.entries.is_empty() && none.next.is_none());
}
