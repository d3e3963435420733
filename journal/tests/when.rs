//! Entries about another day: the chosen time becomes the entry's time and local date, on add and on edit; the
//! future and nonsense are refused; typed dates and times read as people write them.

mod common;

use attune_journal::model::{check_when, parse_time_of_day, parse_when, EntryBody, Note};
use attune_journal::timeline::{Filter, TimelineQuery};
use attune_journal::{ErrorKind, NewEntry};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use rstest::rstest;

use common::vault as journal;

fn at(y: i32, m: u32, d: u32, h: u32, mi: u32, offset_hours: i32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(offset_hours * 3600).unwrap().with_ymd_and_hms(y, m, d, h, mi, 0).unwrap()
}

fn note(text: &str, when: Option<DateTime<FixedOffset>>) -> NewEntry {
    NewEntry {
        people: vec![],
        tags: vec![],
        body: EntryBody::Note(Note { title: String::new(), text: text.into() }),
        at: when,
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn an_entry_about_yesterday_evening_lives_on_yesterday() {
    let (_dir, j) = journal();
    let now = at(2026, 3, 15, 9, 0, 1);
    let evening = at(2026, 3, 14, 21, 30, 1);
    let e = j.add_entry(note("the long talk", Some(evening)), now).unwrap();
    assert_eq!(e.created_at, evening.with_timezone(&Utc));
    assert_eq!(e.local_date, date(2026, 3, 14));
    assert_eq!(e.utc_offset_minutes, 60);
    assert_eq!(e.updated_at, now.with_timezone(&Utc), "updated_at is when it was written");
    // The timeline places it on its day, after an entry written this morning.
    let later = j.add_entry(note("this morning", None), now).unwrap();
    let page = j.timeline(&TimelineQuery::default()).unwrap();
    assert_eq!(page.entries.iter().map(|x| x.id).collect::<Vec<_>>(), vec![later.id, e.id]);
    let yesterday = Filter { from: Some(date(2026, 3, 14)), to: Some(date(2026, 3, 14)), ..Filter::default() };
    let page = j.timeline(&TimelineQuery { filter: yesterday, ..TimelineQuery::default() }).unwrap();
    assert_eq!(page.entries.len(), 1);
}

#[test]
fn no_time_chosen_means_now() {
    let (_dir, j) = journal();
    let now = at(2026, 3, 15, 23, 30, -5);
    let e = j.add_entry(note("late", None), now).unwrap();
    assert_eq!(e.local_date, date(2026, 3, 15));
    assert_eq!(e.created_at, e.updated_at);
}

#[test]
fn an_edit_can_move_an_entry_to_another_day_and_otherwise_keeps_its_time() {
    let (_dir, j) = journal();
    let first = at(2026, 3, 15, 9, 0, 0);
    let e = j.add_entry(note("first", None), first).unwrap();

    let kept = j.update_entry(e.id, note("second", None), at(2026, 3, 16, 9, 0, 0)).unwrap();
    assert_eq!(kept.created_at, e.created_at);
    assert_eq!(kept.local_date, e.local_date);

    let moved_to = at(2026, 3, 1, 18, 45, 2);
    let moved = j.update_entry(e.id, note("third", Some(moved_to)), at(2026, 3, 16, 10, 0, 0)).unwrap();
    assert_eq!(moved.created_at, moved_to.with_timezone(&Utc));
    assert_eq!(moved.local_date, date(2026, 3, 1));
    assert_eq!(moved.utc_offset_minutes, 120);
    assert_eq!(j.entry(e.id).unwrap(), moved, "what is read back is what the edit answered");
    let march_first = Filter { from: Some(date(2026, 3, 1)), to: Some(date(2026, 3, 1)), ..Filter::default() };
    assert_eq!(
        j.timeline(&TimelineQuery { filter: march_first, ..TimelineQuery::default() }).unwrap().entries.len(),
        1
    );
}

#[rstest]
#[case::tomorrow(at(2026, 3, 16, 9, 0, 0))]
#[case::an_hour_ahead(at(2026, 3, 15, 10, 0, 0))]
#[case::before_1900(at(1899, 12, 31, 12, 0, 0))]
fn times_that_cannot_be_chosen_are_refused_and_nothing_is_written(#[case] when: DateTime<FixedOffset>) {
    let (_dir, j) = journal();
    let now = at(2026, 3, 15, 9, 0, 0);
    let err = j.add_entry(note("nope", Some(when)), now).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(err.field().map(attune_journal::Field::as_str), Some("at"));
    assert_eq!(j.entry_count().unwrap(), 0);

    let e = j.add_entry(note("yes", None), now).unwrap();
    let err = j.update_entry(e.id, note("nope", Some(when)), now).unwrap_err();
    assert_eq!(err.field().map(attune_journal::Field::as_str), Some("at"));
    assert_eq!(j.entry(e.id).unwrap(), e, "a refused edit leaves the entry as it was");
}

#[test]
fn a_clock_a_few_minutes_ahead_is_allowed() {
    let now = at(2026, 3, 15, 9, 0, 0);
    assert!(check_when(at(2026, 3, 15, 9, 4, 0), now).is_ok());
    assert!(check_when(at(1900, 1, 1, 0, 0, 0), now).is_ok());
}

fn berlin() -> Tz {
    "Europe/Berlin".parse().unwrap()
}

/// 2026-03-15 09:00 in Berlin (UTC+1).
fn berlin_now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 15, 8, 0, 0).unwrap()
}

#[rstest]
#[case::date_keeps_the_time_of_day("2026-03-01", at(2026, 3, 1, 9, 0, 1))]
#[case::date_and_time("2026-03-01 20:15", at(2026, 3, 1, 20, 15, 1))]
#[case::date_t_time("2026-03-01T20:15", at(2026, 3, 1, 20, 15, 1))]
#[case::summer_time_offset("2026-07-01 20:15", at(2026, 7, 1, 20, 15, 2))]
#[case::yesterday(" Yesterday ", at(2026, 3, 14, 9, 0, 1))]
#[case::today("today", at(2026, 3, 15, 9, 0, 1))]
#[case::yesterday_evening("yesterday 8pm", at(2026, 3, 14, 20, 0, 1))]
#[case::date_and_pm("2026-03-01 8:15 pm", at(2026, 3, 1, 20, 15, 1))]
#[case::a_time_today("07:30", at(2026, 3, 15, 7, 30, 1))]
#[case::pm("8pm", at(2026, 3, 15, 20, 0, 1))]
#[case::rfc3339("2026-02-02T10:00:00-05:00", at(2026, 2, 2, 10, 0, -5))]
fn typed_dates_read_as_people_write_them(#[case] text: &str, #[case] want: DateTime<FixedOffset>) {
    let got = parse_when(text, berlin_now(), berlin()).unwrap();
    assert_eq!(got, want);
    assert_eq!(got.offset(), want.offset());
}

#[test]
fn a_time_skipped_by_the_clock_change_moves_past_the_gap() {
    // 2026-03-29 02:30 does not exist in Berlin: clocks jump from 02:00 to 03:00.
    let got = parse_when("2026-03-29 02:30", Utc.with_ymd_and_hms(2026, 4, 1, 8, 0, 0).unwrap(), berlin()).unwrap();
    assert_eq!(got, at(2026, 3, 29, 3, 0, 2));
}

#[rstest]
#[case::empty("")]
#[case::words("last tuesday-ish")]
#[case::bad_month("2026-13-01")]
#[case::bad_time("2026-03-01 25:00")]
#[case::tomorrow_is_not_a_day_we_read("tomorrow 8pm")]
fn nonsense_dates_are_refused_naming_the_field(#[case] text: &str) {
    let err = parse_when(text, berlin_now(), berlin()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(err.field().map(attune_journal::Field::as_str), Some("at"));
}

#[rstest]
#[case::twenty_four_hour("20:30", 20, 30)]
#[case::one_digit_hour("8:05", 8, 5)]
#[case::pm("8pm", 20, 0)]
#[case::pm_spaced_upper("8:30 PM", 20, 30)]
#[case::am("7 am", 7, 0)]
#[case::dotted("9 p.m.", 21, 0)]
#[case::midnight_12am("12am", 0, 0)]
#[case::noon_12pm("12pm", 12, 0)]
#[case::noon("noon", 12, 0)]
#[case::midnight("midnight", 0, 0)]
fn times_of_day_read_as_people_write_them(#[case] text: &str, #[case] h: u32, #[case] m: u32) {
    assert_eq!(parse_time_of_day(text).unwrap(), NaiveTime::from_hms_opt(h, m, 0).unwrap());
}

#[rstest]
#[case::empty("")]
#[case::thirteen_pm("13pm")]
#[case::zero_am("0am")]
#[case::twenty_five("25:00")]
#[case::minutes_out_of_range("8:60")]
#[case::one_minute_digit("8:5")]
#[case::bare_number("8")]
#[case::words("eightish")]
fn times_that_are_not_times_are_refused(#[case] text: &str) {
    assert_eq!(parse_time_of_day(text).unwrap_err().kind(), ErrorKind::Validation);
}

#[test]
fn insights_follow_an_entry_moved_to_another_day() {
    use attune_journal::insights::{InsightsQuery, Period};
    let (_dir, j) = journal();
    let now = at(2026, 3, 15, 9, 0, 0);
    let e = j.add_entry(note("first", None), now).unwrap();
    let day = |d: NaiveDate| {
        let q = InsightsQuery { period: Period::Between { from: d, to: d }, person: None };
        j.insights(&q, date(2026, 3, 15)).unwrap().entries
    };
    assert_eq!((day(date(2026, 3, 15)), day(date(2026, 3, 1))), (1, 0));
    j.update_entry(e.id, note("first", Some(at(2026, 3, 1, 20, 0, 0))), now).unwrap();
    assert_eq!((day(date(2026, 3, 15)), day(date(2026, 3, 1))), (0, 1), "the day's sums move with the entry");
}
