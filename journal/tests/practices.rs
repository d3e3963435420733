//! The practices' kinds and what follows an entry: listening together, reaching and pulling away, the next step
//! after a check-in (kept, then asked about), the care line, and the counts of urges noticed.

mod common;

use attune_journal::insights::{InsightsQuery, Period};
use attune_journal::model::{
    CheckIn, ConflictReflection, EntryBody, EntryKind, GotIt, HowItWent, Listening, ListeningTurn, Note, Reaching,
    Relationship, Speaker, StepFollowUp, Urge,
};
use attune_journal::practices::UrgeCounts;
use attune_journal::timeline::{Filter, TimelineQuery};
use attune_journal::{ErrorKind, Journal, NewEntry, PersonInput};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use rstest::rstest;

use common::vault as journal;

fn at(d: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 5, d, 20, 0, 0).unwrap()
}

fn turn(speaker: Speaker, heard: &str) -> ListeningTurn {
    ListeningTurn {
        speaker,
        about: "work worries".into(),
        heard: heard.into(),
        got_it: GotIt::Partly,
        missed: "that it's mostly about the new manager".into(),
        question: "What would help this week?".into(),
    }
}

fn listening(turns: Vec<ListeningTurn>, people: Vec<uuid::Uuid>) -> NewEntry {
    NewEntry {
        at: None,
        people,
        tags: vec![],
        body: EntryBody::Listening(Listening { turns, afterwards: "Tea after.".into() }),
    }
}

fn sam(j: &Journal) -> uuid::Uuid {
    j.add_person(PersonInput { name: "Sam".into(), relationship: Relationship::Partner, love_language: None })
        .unwrap()
        .id
}

#[test]
fn listening_together_keeps_both_turns_as_one_entry_about_the_person() {
    let (_dir, j) = journal();
    let sam = sam(&j);
    let turns = vec![turn(Speaker::Them, "You're worn out by the new rota."), turn(Speaker::Me, "You miss our walks.")];
    let saved = j.add_entry(listening(turns.clone(), vec![sam]), at(1)).unwrap();
    assert_eq!(saved.body.kind(), EntryKind::Listening);
    assert_eq!(saved.people, [sam]);
    let EntryBody::Listening(l) = j.entry(saved.id).unwrap().body else { panic!("a listening entry") };
    assert_eq!(l.turns, turns);
    let hits = j.search(&attune_journal::search::SearchQuery { text: "rota".into(), ..Default::default() }).unwrap();
    assert_eq!(hits.hits.len(), 1, "what was heard is searchable");
}

#[rstest]
#[case::nobody(listening(vec![turn(Speaker::Them, "x")], vec![]), "people")]
#[case::no_turns(listening(vec![], vec![uuid::Uuid::now_v7()]), "turns")]
#[case::same_speaker_twice(listening(vec![turn(Speaker::Me, "a"), turn(Speaker::Me, "b")], vec![uuid::Uuid::now_v7()]), "turns")]
#[case::three_turns(listening(vec![turn(Speaker::Me, "a"), turn(Speaker::Them, "b"), turn(Speaker::Me, "c")], vec![uuid::Uuid::now_v7()]), "turns")]
#[case::nothing_heard(listening(vec![turn(Speaker::Them, "   ")], vec![uuid::Uuid::now_v7()]), "turns.0")]
fn listening_needs_a_person_and_what_was_heard(#[case] new: NewEntry, #[case] field: &str) {
    let (_dir, j) = journal();
    let e = j.add_entry(new, at(1)).unwrap_err();
    assert_eq!((e.kind(), e.field().map(attune_journal::Field::as_str)), (ErrorKind::Validation, Some(field)), "{e}");
}

fn reaching(moment: &str, wanted: Option<Urge>, d: u32, j: &Journal) {
    reaching_about(moment, wanted, d, vec![], j);
}

fn reaching_about(moment: &str, wanted: Option<Urge>, d: u32, people: Vec<uuid::Uuid>, j: &Journal) {
    let body = EntryBody::Reaching(Reaching {
        moment: moment.into(),
        felt: vec!["  Lonely ".into(), "crowded".into()],
        wanted,
        did: "Went for a walk".into(),
        might_have_helped: "Saying I needed ten minutes".into(),
        steady_response: "I'm here, I just need a minute.".into(),
    });
    j.add_entry(NewEntry { at: None, people, tags: vec![], body }, at(d)).unwrap();
}

#[test]
fn reaching_reflections_are_counted_by_urge_over_time() {
    let (_dir, j) = journal();
    reaching("A message left unanswered", Some(Urge::Reach), 1, &j);
    reaching("A quiet evening", Some(Urge::PullAway), 2, &j);
    reaching("Door closed a bit hard", Some(Urge::Reach), 3, &j);
    reaching("Long call", Some(Urge::Both), 10, &j);
    reaching("Not sure", None, 11, &j);
    let all = j.urge_counts(None, None, None).unwrap();
    assert_eq!((all.reach, all.pull_away, all.both, all.unsaid), (2, 1, 1, 1));
    let early = j.urge_counts(None, NaiveDate::from_ymd_opt(2026, 5, 3), None).unwrap();
    assert_eq!((early.reach, early.pull_away, early.both, early.unsaid), (2, 1, 0, 0));
    // What was felt is normalised and findable with the feeling filter.
    let page = j
        .timeline(&TimelineQuery {
            filter: Filter { feeling: Some("lonely".into()), ..Filter::default() },
            after: None,
            start: None,
            limit: 10,
        })
        .unwrap();
    assert_eq!(page.entries.len(), 5);
}

#[test]
fn insights_count_the_urges_in_their_range_and_about_their_person() {
    let (_dir, j) = journal();
    let sam = sam(&j);
    reaching_about("Sam went quiet", Some(Urge::Reach), 1, vec![sam], &j);
    reaching_about("Sam was late", Some(Urge::PullAway), 2, vec![sam], &j);
    reaching("A quiet evening alone", Some(Urge::PullAway), 3, &j);
    reaching("Before the range", Some(Urge::Both), 9, &j);
    let day = |d| NaiveDate::from_ymd_opt(2026, 5, d).unwrap();
    let range = |person| InsightsQuery { period: Period::Between { from: day(1), to: day(5) }, person };
    let everyone = j.insights(&range(None), day(20)).unwrap().reaching;
    assert_eq!(everyone, UrgeCounts { reach: 1, pull_away: 2, both: 0, unsaid: 0 });
    let with_sam = j.insights(&range(Some(sam)), day(20)).unwrap().reaching;
    assert_eq!(with_sam, UrgeCounts { reach: 1, pull_away: 1, both: 0, unsaid: 0 });
    let empty =
        j.insights(&InsightsQuery { period: Period::Between { from: day(20), to: day(25) }, person: None }, day(25));
    assert_eq!(empty.unwrap().reaching, UrgeCounts::default());
}

#[test]
fn reaching_needs_the_moment() {
    let (_dir, j) = journal();
    let body = EntryBody::Reaching(Reaching { moment: " ".into(), ..Default::default() });
    let e = j.add_entry(NewEntry { at: None, people: vec![], tags: vec![], body }, at(1)).unwrap_err();
    assert_eq!(e.field().map(attune_journal::Field::as_str), Some("moment"));
}

fn check_in(feelings: &[&str]) -> NewEntry {
    NewEntry {
        at: None,
        people: vec![],
        tags: vec!["evening".into()],
        body: EntryBody::CheckIn(CheckIn {
            pleasantness: -3,
            energy: 3,
            feelings: feelings.iter().map(|s| s.to_string()).collect(),
            whats_going_on: "Deadline".into(),
            ..Default::default()
        }),
    }
}

#[test]
fn a_next_step_is_offered_kept_and_asked_about_at_the_next_check_in() {
    let (_dir, j) = journal();
    assert_eq!(j.pending_step().unwrap(), None);
    let first = j.add_entry(check_in(&["anxious"]), at(1)).unwrap();
    let after = j.after_save(first.id).unwrap();
    let steps = after.next_steps.expect("a check-in offers next steps");
    assert_eq!(steps.family.id, "anxious");
    assert_eq!(steps.steps.len(), 3);
    assert_eq!(after.chosen_step, None);
    assert_eq!(after.care_line, None);
    assert_eq!(j.pending_step().unwrap(), None, "nothing chosen yet");

    let body_step = &steps.steps[2];
    let kept = j.choose_next_step(first.id, &body_step.id, at(1)).unwrap();
    assert_eq!((kept.id, kept.created_at, kept.tags.clone()), (first.id, first.created_at, first.tags.clone()));
    let EntryBody::CheckIn(c) = &kept.body else { panic!() };
    assert_eq!(c.next_step.as_ref().map(|s| s.text.as_str()), Some(body_step.text.as_str()));
    assert_eq!(j.after_save(first.id).unwrap().chosen_step.as_deref(), Some(body_step.id.as_str()));

    let pending = j.pending_step().unwrap().expect("the next check-in can ask");
    assert_eq!(pending.entry_id, first.id);
    assert_eq!(pending.step.strategy_id, body_step.id);

    // The next check-in answers it; from then on there's nothing to ask.
    let mut next = check_in(&["calm"]);
    if let EntryBody::CheckIn(c) = &mut next.body {
        c.last_step =
            Some(StepFollowUp { step: pending.step.clone(), how: HowItWent::Helped, note: "Slept better".into() });
    }
    let second = j.add_entry(next, at(2)).unwrap();
    let EntryBody::CheckIn(c) = j.entry(second.id).unwrap().body else { panic!() };
    assert_eq!(c.last_step.map(|s| s.how), Some(HowItWent::Helped));
    assert_eq!(j.pending_step().unwrap(), None);
}

#[test]
fn next_steps_are_only_for_check_ins_and_known_strategies() {
    let (_dir, j) = journal();
    let note = j
        .add_entry(
            NewEntry {
                at: None,
                people: vec![],
                tags: vec![],
                body: EntryBody::Note(Note { title: String::new(), text: "hi".into() }),
            },
            at(1),
        )
        .unwrap();
    assert_eq!(j.after_save(note.id).unwrap().next_steps, None);
    let e = j.choose_next_step(note.id, "anxious-body", at(1)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Validation);
    let c = j.add_entry(check_in(&["anxious"]), at(1)).unwrap();
    assert_eq!(j.choose_next_step(c.id, "no-such-step", at(1)).unwrap_err().kind(), ErrorKind::NotFound);
}

#[rstest]
#[case::hopeless(check_in(&["hopeless"]).body, true)]
#[case::afraid_of_someone(EntryBody::Conflict(ConflictReflection {
    what_happened: "Shouting in the kitchen".into(),
    my_feelings: vec!["afraid".into()],
    ..Default::default()
}), true)]
#[case::ordinary(check_in(&["tired"]).body, false)]
fn the_care_line_shows_after_saving_when_called_for(#[case] body: EntryBody, #[case] shows: bool) {
    let (_dir, j) = journal();
    let e = j.add_entry(NewEntry { at: None, people: vec![], tags: vec![], body }, at(1)).unwrap();
    assert_eq!(j.after_save(e.id).unwrap().care_line.is_some(), shows);
}

#[test]
fn new_kinds_are_in_the_markdown_export_and_survive_json_export_and_import() {
    let (_dir, j) = journal();
    let sam = sam(&j);
    j.add_entry(listening(vec![turn(Speaker::Them, "You felt unseen at dinner.")], vec![sam]), at(1)).unwrap();
    reaching("A message left unanswered", Some(Urge::PullAway), 2, &j);
    let md = j.export_markdown().unwrap();
    for expected in [
        "Listening together",
        "Sam spoke, I listened",
        "You felt unseen at dinner.",
        "Reaching and pulling away",
        "pull away",
    ] {
        assert!(md.contains(expected), "{expected} missing from:\n{md}");
    }
    let json = j.export_json().unwrap();
    let (_dir2, copy) = journal();
    copy.import_json(&json).unwrap();
    assert_eq!(copy.export_json().unwrap(), json);
}
