//! The weekly look back: a kind of entry like the others (validated, searchable, exported, counted), and the reminder
//! target that opens it.

mod common;

use attune_journal::insights::{InsightsQuery, Period};
use attune_journal::model::{EntryBody, LookBack};
use attune_journal::reminders::{Notification, Target, TimeOfDay};
use attune_journal::search::SearchQuery;
use attune_journal::{EntryKind, ErrorKind, Journal};
use common::{at_local, date, entry};

fn add(j: &Journal, l: LookBack) -> attune_journal::Result<attune_journal::Entry> {
    j.add_entry(entry(vec![], EntryBody::LookBack(l)), at_local("2026-03-22", 19, 0, 0))
}

#[test]
fn a_look_back_is_saved_searched_exported_and_counted() {
    let (_dir, j, _sam) = common::journal();
    let week = LookBack {
        from: Some(date("2026-03-16")),
        to: Some(date("2026-03-22")),
        mood: "  Tired early on, lighter by Friday  ".into(),
        ask_for: "An evening without screens".into(),
        plan_together: "A walk up the hill on Sunday".into(),
        ..LookBack::default()
    };
    let e = add(&j, week).unwrap();
    assert_eq!(e.body.kind(), EntryKind::LookBack);
    match &e.body {
        EntryBody::LookBack(l) => assert_eq!(l.mood, "Tired early on, lighter by Friday"),
        other => panic!("a look back, got {other:?}"),
    }
    let hits = j.search(&SearchQuery { text: "screens".into(), ..Default::default() }).unwrap();
    assert_eq!(hits.hits.iter().map(|h| h.entry.id).collect::<Vec<_>>(), vec![e.id]);
    let md = j.export_markdown().unwrap();
    for want in [
        "Weekly look back",
        "How the week felt",
        "One thing to plan together",
        "A walk up the hill",
        "**The week:** 16 March to 22 March 2026",
    ] {
        assert!(md.contains(want), "Markdown lacks {want:?}:\n{md}");
    }
    assert!(!md.contains("A moment of closeness"), "a skipped step is left out");
    let ins =
        j.insights(&InsightsQuery { period: Period::Last { days: 7 }, person: None }, date("2026-03-22")).unwrap();
    assert_eq!(ins.kinds.iter().find(|k| k.kind == EntryKind::LookBack).map(|k| k.count), Some(1));
    assert_eq!("look-back".parse::<EntryKind>().unwrap(), EntryKind::LookBack);
}

#[test]
fn every_step_may_be_skipped_but_not_all_of_them() {
    let (_dir, j, _sam) = common::journal();
    let err = add(&j, LookBack { mood: "   ".into(), ..LookBack::default() }).unwrap_err();
    assert_eq!((err.kind(), err.field().map(attune_journal::Field::as_str)), (ErrorKind::Validation, Some("mood")));
    let backwards = LookBack {
        from: Some(date("2026-03-22")),
        to: Some(date("2026-03-16")),
        moment: "Breakfast in bed".into(),
        ..LookBack::default()
    };
    assert_eq!(add(&j, backwards).unwrap_err().field().map(attune_journal::Field::as_str), Some("from"));
    let long = LookBack { promises: "x".repeat(attune_journal::model::MAX_LONG_TEXT + 1), ..LookBack::default() };
    assert_eq!(add(&j, long).unwrap_err().field().map(attune_journal::Field::as_str), Some("promises"));
    assert!(add(&j, LookBack { plan_together: "Plan the summer".into(), ..LookBack::default() }).is_ok());
}

#[test]
fn a_weekly_reminder_opens_the_look_back_in_generic_words() {
    let t: Target = "look-back".parse().unwrap();
    assert_eq!(t, Target::LookBack);
    assert_eq!(t.to_string(), "look-back");
    assert_eq!(serde_json::to_value(&t).unwrap(), serde_json::json!({ "kind": "look_back" }));
    let n = Notification::new(&t, TimeOfDay::Evening);
    assert_eq!(n.title, "Time for your weekly look back");
}
