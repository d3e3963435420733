//! Insights against a journal of known entries: every figure of every card, with entries edited and deleted,
//! entries written around midnight in other time zones, and a range that starts mid-week. The per-kind counts are
//! checked against the timeline's in `insights_props.rs`.

mod common;
mod insights_fixture;

use attune_journal::insights::{InsightsQuery, Period, Span, Step};
use attune_journal::model::{ConflictStatus, Horseman, LoveLanguage};
use attune_journal::{EntryKind, NewEntry, Passphrase, Vault};
use chrono::NaiveDate;

use common::date;
use insights_fixture::{at, check_in, fixture, Fixture, TODAY};

fn last_30(f: &Fixture) -> attune_journal::insights::Insights {
    f.j.insights(&InsightsQuery { period: Period::Last { days: 30 }, person: None }, date(TODAY)).unwrap()
}

#[test]
fn the_range_its_previous_range_and_weeks_cut_at_its_edges() {
    let f = fixture();
    let i = last_30(&f);
    assert_eq!(i.span, Span { from: date("2026-02-17"), to: date(TODAY) });
    assert_eq!(i.previous, Some(Span { from: date("2026-01-18"), to: date("2026-02-16") }));
    assert_eq!(i.step, Step::Week);
    let weeks: Vec<(NaiveDate, NaiveDate)> = i.mood.buckets.iter().map(|b| (b.span.from, b.span.to)).collect();
    assert_eq!(
        weeks,
        [
            (date("2026-02-17"), date("2026-02-22")), // starts on a Tuesday: a short first week
            (date("2026-02-23"), date("2026-03-01")),
            (date("2026-03-02"), date("2026-03-08")),
            (date("2026-03-09"), date("2026-03-15")),
            (date("2026-03-16"), date("2026-03-18")), // ends on a Wednesday
        ]
    );
}

#[test]
fn kinds_are_counted_on_the_writers_own_day() {
    let f = fixture();
    let i = last_30(&f);
    let count = |k: EntryKind| i.kinds.iter().find(|c| c.kind == k).unwrap().count;
    // ci-edge (UTC already the 17th) stays out; ci-early (UTC still the 17th) is in; cf-deleted is gone.
    assert_eq!(count(EntryKind::CheckIn), 5);
    assert_eq!(count(EntryKind::Appreciation), 4);
    assert_eq!(count(EntryKind::Conflict), 2);
    assert_eq!(count(EntryKind::SharedExperience), 1);
    assert_eq!(count(EntryKind::Note), 1);
    assert_eq!(count(EntryKind::Vulnerability), 0);
    assert_eq!(i.entries, 13);
}

#[test]
fn mood_over_time() {
    let f = fixture();
    let m = last_30(&f).mood;
    assert_eq!(m.check_ins, 5);
    assert_eq!(
        (m.mix.pleasant_high, m.mix.pleasant_low, m.mix.unpleasant_high, m.mix.unpleasant_low),
        (1, 2, 1, 1),
        "0 pleasantness counts as pleasant, as on the Mood Meter"
    );
    assert_eq!(m.pleasantness, Some(0.0)); // (3 − 2 + 0 − 3 + 2) / 5
    assert_eq!(m.energy, Some(-0.2)); // (2 + 3 − 1 − 3 − 2) / 5
    let week = |from: &str| m.buckets.iter().find(|b| b.span.from == date(from)).unwrap();
    assert_eq!(week("2026-02-17").check_ins, 0);
    assert_eq!(week("2026-02-17").pleasantness, None);
    let w = week("2026-03-09");
    assert_eq!((w.check_ins, w.mix.pleasant_low, w.mix.unpleasant_low), (2, 1, 1));
    assert_eq!((w.pleasantness, w.energy), (Some(-0.5), Some(-2.5)));
    let w = week("2026-03-16");
    assert_eq!((w.check_ins, w.mix.pleasant_high, w.mix.pleasant_low, w.mix.unpleasant_high), (3, 1, 1, 1));
    assert_eq!((w.pleasantness, w.energy), (Some(0.3), Some(1.3)));
}

#[test]
fn feelings_named_beside_the_range_before() {
    let f = fixture();
    let fe = last_30(&f).feelings;
    assert_eq!(fe.named, 8, "the deleted conflict's 'angry' is not counted");
    assert_eq!(fe.previous_named, Some(4));
    let words: Vec<(&str, u32, u32)> = fe.words.iter().map(|w| (w.word.as_str(), w.count, w.previous)).collect();
    assert_eq!(
        words,
        [
            ("calm", 2, 1),
            ("anxious", 1, 2),
            ("content", 1, 0),
            ("frustrated", 1, 0),
            ("grateful", 1, 0),
            ("hurt", 1, 0),
            ("wobbly", 1, 0)
        ]
    );
    assert_eq!(fe.words[0].family.as_deref(), Some("calm"));
    assert_eq!(fe.words[6].family, None, "a word of the writer's own has no family");
    let faded: Vec<&str> = fe.faded.iter().map(|w| w.word.as_str()).collect();
    assert_eq!(faded, ["lonely"]);
    assert_eq!((fe.own_words, fe.previous_own_words), (1, 0));
    let family = |id: &str| fe.families.iter().find(|x| x.id == id).map(|x| (x.count, x.previous));
    assert_eq!(family("calm"), Some((2, 1)));
    assert_eq!(family("anxious"), Some((1, 2)));
    assert_eq!(family("lonely"), Some((0, 1)));
    assert_eq!(family("angry"), Some((1, 0)), "frustrated is in the angry family");
    assert_eq!(family("joyful"), None);
}

#[test]
fn appreciations_per_person_beside_their_love_language() {
    let f = fixture();
    let a = last_30(&f).appreciations;
    assert_eq!((a.count, a.told, a.untold), (4, 2, 2), "the walk was edited to told");
    let sam = &a.people[0];
    assert_eq!((sam.person, sam.name.as_str(), sam.love_language), (f.sam, "Sam", Some(LoveLanguage::QualityTime)));
    assert_eq!((sam.count, sam.told, sam.in_their_language), (3, 2, 2));
    let langs: Vec<(Option<LoveLanguage>, u32)> = sam.languages.iter().map(|l| (l.language, l.count)).collect();
    assert_eq!(langs, [(Some(LoveLanguage::QualityTime), 2), (Some(LoveLanguage::Words), 1)]);
    let alex = &a.people[1];
    assert_eq!((alex.person, alex.count, alex.told, alex.in_their_language), (f.alex, 1, 0, 0));
    assert_eq!(alex.languages[0].language, None);
    let untold: Vec<(&str, &str)> = a.untold_list.iter().map(|u| (u.name.as_str(), u.what.as_str())).collect();
    assert_eq!(untold, [("Alex", "Lent me a book"), ("Sam", "Cooked dinner")]);
    assert_eq!(a.untold_list[1].id, f.ids["ap-dinner"]);
}

#[test]
fn conflicts_status_horsemen_by_month_and_what_to_revisit() {
    let f = fixture();
    let c = last_30(&f).conflicts;
    assert_eq!(c.count, 2);
    let statuses: Vec<(ConflictStatus, u32)> = c.statuses.iter().map(|s| (s.status, s.count)).collect();
    assert!(statuses.contains(&(ConflictStatus::Open, 1)));
    assert!(statuses.contains(&(ConflictStatus::Repaired, 1)));
    assert_eq!(statuses.len(), ConflictStatus::ALL.len(), "every status is listed, even at 0");
    let h = |x: Horseman| c.horsemen.iter().find(|h| h.horseman == x).map(|h| (h.mine, h.theirs, h.antidote_practised));
    assert_eq!(h(Horseman::Criticism), Some((1, 1, 1)));
    assert_eq!(h(Horseman::Defensiveness), Some((1, 0, 1)));
    assert_eq!(h(Horseman::Stonewalling), Some((0, 1, 0)));
    assert_eq!(h(Horseman::Contempt), Some((0, 0, 0)), "the deleted conflict's contempt is gone");
    let months: Vec<(NaiveDate, u32)> = c.months.iter().map(|m| (m.span.from, m.count)).collect();
    assert_eq!(months, [(date("2026-02-17"), 1), (date("2026-03-01"), 1)]);
    assert_eq!(c.months[0].horsemen[0].theirs, 1, "February: their criticism");
    assert_eq!(c.to_revisit.len(), 1);
    assert_eq!((c.to_revisit[0].id, c.to_revisit[0].what_happened.as_str()), (f.ids["cf-open"], "The dishes again"));
}

#[test]
fn warmth_and_friction_per_week_with_its_note() {
    let f = fixture();
    let b = last_30(&f).balance;
    let weeks: Vec<(u32, u32, u32, u32, u32)> = b
        .buckets
        .iter()
        .map(|w| (w.appreciations, w.warm_moments, w.pleasant_check_ins, w.warm, w.conflicts))
        .collect();
    assert_eq!(weeks, [(0, 0, 0, 0, 1), (0, 0, 0, 0, 0), (1, 1, 0, 2, 0), (3, 0, 1, 4, 1), (0, 0, 1, 1, 0)]);
    assert_eq!((b.warm, b.conflicts), (7, 2));
    assert!(b.note.contains("five"), "the note says why the balance matters");
}

#[test]
fn shared_experiences_closeness_and_time_since_each_person() {
    let f = fixture();
    let s = last_30(&f).shared;
    assert_eq!((s.count, s.closeness), (1, Some(5.0)));
    let people: Vec<(&str, u32, Option<NaiveDate>, Option<u32>)> =
        s.people.iter().map(|p| (p.name.as_str(), p.count, p.last, p.days_since)).collect();
    assert_eq!(
        people,
        [("Sam", 1, Some(date("2026-03-08")), Some(10)), ("Alex", 0, Some(date("2026-01-20")), Some(57))]
    );
}

#[test]
fn rhythm_days_written_and_runs_of_check_ins() {
    let f = fixture();
    let r = last_30(&f).rhythm;
    assert_eq!(r.heat, Span { from: date("2026-02-17"), to: date(TODAY) });
    assert_eq!(r.days_written, 11);
    let on = |d: &str| r.days.iter().find(|x| x.date == date(d)).map(|x| x.count);
    assert_eq!(on("2026-03-18"), Some(2));
    assert_eq!(on("2026-03-13"), None, "the deleted conflict's day is empty again");
    assert_eq!(r.check_in_days, 5);
    assert_eq!((r.current_run, r.longest_run, r.longest_run_ended), (4, 4, Some(date(TODAY))));
    // The day after, before anything is written: the run up to yesterday still counts.
    let next =
        f.j.insights(&InsightsQuery { period: Period::Last { days: 30 }, person: None }, date("2026-03-19")).unwrap();
    assert_eq!(next.rhythm.current_run, 4);
    let later =
        f.j.insights(&InsightsQuery { period: Period::Last { days: 30 }, person: None }, date("2026-03-21")).unwrap();
    assert_eq!(later.rhythm.current_run, 0);
}

#[test]
fn one_person_narrows_every_card() {
    let f = fixture();
    let q = InsightsQuery { period: Period::Last { days: 30 }, person: Some(f.alex) };
    let i = f.j.insights(&q, date(TODAY)).unwrap();
    assert_eq!(i.entries, 1);
    assert_eq!(i.appreciations.count, 1);
    assert_eq!(i.mood.check_ins, 0);
    assert_eq!(i.shared.people.len(), 1);
    assert_eq!(i.shared.people[0].last, Some(date("2026-01-20")));
    let q = InsightsQuery { period: Period::Last { days: 30 }, person: Some(f.sam) };
    let i = f.j.insights(&q, date(TODAY)).unwrap();
    assert_eq!((i.mood.check_ins, i.conflicts.count, i.appreciations.count), (2, 2, 3));
    let missing = InsightsQuery { period: Period::AllTime, person: Some(uuid::Uuid::now_v7()) };
    assert!(f.j.insights(&missing, date(TODAY)).is_err());
}

#[test]
fn all_time_runs_from_the_first_day_in_months_with_no_range_before() {
    let f = fixture();
    let i = f.j.insights(&InsightsQuery { period: Period::AllTime, person: None }, date(TODAY)).unwrap();
    assert_eq!(i.span.from, date("2025-12-01"));
    assert_eq!(i.previous, None);
    assert_eq!(i.feelings.previous_named, None);
    assert_eq!(i.step, Step::Week, "under a year is still in weeks");
    assert_eq!(i.entries, 17);
    let long = f.j.insights(&InsightsQuery { period: Period::Last { days: 400 }, person: None }, date(TODAY)).unwrap();
    assert_eq!(long.step, Step::Month);
    assert_eq!(long.mood.check_ins, 7);
    assert_eq!(long.mood.buckets.iter().map(|b| b.check_ins).sum::<u32>(), 7, "months hold every check-in");
}

#[test]
fn an_empty_journal_has_empty_cards() {
    let dir = tempfile::tempdir().unwrap();
    let (j, _) = Vault::create(&dir.path().join("vault"), &Passphrase::new("a long test passphrase")).unwrap();
    let i = j.insights(&InsightsQuery::default(), date(TODAY)).unwrap();
    assert_eq!(i.entries, 0);
    assert_eq!(i.mood.pleasantness, None);
    assert!(i.appreciations.people.is_empty());
    assert_eq!((i.rhythm.current_run, i.rhythm.longest_run), (0, 0));
    let all = j.insights(&InsightsQuery { period: Period::AllTime, person: None }, date(TODAY)).unwrap();
    assert_eq!(all.span, Span { from: date(TODAY), to: date(TODAY) });
}

#[test]
fn the_sql_quadrant_rule_is_the_mood_meters() {
    // Every point of the Mood Meter, one check-in each, on one day: the card's mix must match Quadrant::of.
    use attune_journal::vocab::Quadrant;
    let dir = tempfile::tempdir().unwrap();
    let (j, _) = Vault::create(&dir.path().join("vault"), &Passphrase::new("a long test passphrase")).unwrap();
    let mut expected = [0u32; 4];
    for p in -5..=5i8 {
        for e in -5..=5i8 {
            j.add_entry(
                NewEntry { people: vec![], tags: vec![], body: check_in(p, e, &["calm"]), at: None },
                at("2026-03-18 09:00", 0),
            )
            .unwrap();
            expected[Quadrant::ALL.iter().position(|q| *q == Quadrant::of(p, e)).unwrap()] += 1;
        }
    }
    let m = j.insights(&InsightsQuery { period: Period::Last { days: 1 }, person: None }, date(TODAY)).unwrap().mood;
    let got: Vec<u32> = Quadrant::ALL.iter().map(|q| m.mix.get(*q)).collect();
    assert_eq!(got, expected);
}
