//! Promises: a kind of entry like the others (validated, searchable, exported, counted), when they come due, and
//! saying how one went.

use attune_journal::insights::{InsightsQuery, Period};
use attune_journal::model::{EntryBody, Promise, PromiseOutcome, Relationship};
use attune_journal::promises::{DUE_SOON_DAYS, MAX_DUE, OVERDUE_DAYS};
use attune_journal::search::SearchQuery;
use attune_journal::{EntryId, EntryKind, ErrorKind, Journal, NewEntry, PersonId, PersonInput};
use chrono::Days;

mod common;
use common::{add, at, date, journal};

fn promise(j: &Journal, what: &str, for_whom: Option<PersonId>, by: Option<&str>, written: &str) -> EntryId {
    let body = EntryBody::Promise(Promise { what: what.into(), for_whom, by_when: by.map(date), ..Default::default() });
    add(j, body, written)
}

const TODAY: &str = "2026-03-18";

#[test]
fn a_promise_is_an_entry_like_the_others() {
    let (_d, j, sam) = journal();
    let id = promise(&j, "  Fix the wobbly shelf  ", Some(sam), Some("2026-03-20"), "2026-03-15");
    let e = j.entry(id).unwrap();
    assert_eq!(e.body.kind(), EntryKind::Promise);
    assert_eq!(e.people, vec![sam], "a promise is about the person it is for");
    match &e.body {
        EntryBody::Promise(p) => {
            assert_eq!(p.what, "Fix the wobbly shelf");
            assert_eq!((p.outcome, p.by_when), (PromiseOutcome::NotYet, Some(date("2026-03-20"))));
        }
        other => panic!("a promise, got {other:?}"),
    }
    // Searchable, exported to Markdown, counted by insights.
    let hits = j.search(&SearchQuery { text: "wobbly".into(), ..Default::default() }).unwrap();
    assert_eq!(hits.hits.iter().map(|h| h.entry.id).collect::<Vec<_>>(), vec![id]);
    let md = j.export_markdown().unwrap();
    assert!(md.contains("Fix the wobbly shelf") && md.contains("**For:** Sam"), "{md}");
    let ins = j.insights(&InsightsQuery { period: Period::Last { days: 30 }, person: None }, date(TODAY)).unwrap();
    let promises = ins.kinds.iter().find(|k| k.kind == EntryKind::Promise).map(|k| k.count);
    assert_eq!(promises, Some(1));
    // "What" is required, and the error names it.
    let empty = NewEntry { people: vec![], tags: vec![], body: EntryBody::Promise(Promise::default()), at: None };
    let err = j.add_entry(empty, at(TODAY)).unwrap_err();
    assert_eq!((err.kind(), err.field().map(attune_journal::Field::as_str)), (ErrorKind::Validation, Some("what")));
    assert_eq!("promise".parse::<EntryKind>().unwrap(), EntryKind::Promise);
}

#[test]
fn promises_come_due_a_few_days_ahead_and_stay_a_month_after() {
    let (_d, j, sam) = journal();
    let today = date(TODAY);
    let soon = today.checked_add_days(Days::new(DUE_SOON_DAYS)).unwrap().to_string();
    let later = today.checked_add_days(Days::new(DUE_SOON_DAYS + 1)).unwrap().to_string();
    let last = today.checked_sub_days(Days::new(OVERDUE_DAYS)).unwrap().to_string();
    let too_old = today.checked_sub_days(Days::new(OVERDUE_DAYS + 1)).unwrap().to_string();
    let a = promise(&j, "Call Mum back", None, Some(&soon), "2026-03-01");
    let b = promise(&j, "Book the dinner", Some(sam), Some(TODAY), "2026-03-01");
    let c = promise(&j, "Return the book", None, Some(&last), "2026-01-01");
    let d = promise(&j, "Not yet near", None, Some(&later), "2026-03-01");
    promise(&j, "Long gone", None, Some(&too_old), "2026-01-01");
    promise(&j, "Someday, no day named", None, None, "2026-03-01");
    let due = j.promises_due(today).unwrap();
    assert_eq!(due.iter().map(|p| p.entry).collect::<Vec<_>>(), vec![c, b, a], "oldest day first");
    let dinner = &due[1];
    assert_eq!(
        (dinner.what.as_str(), dinner.name.as_deref(), dinner.for_whom),
        ("Book the dinner", Some("Sam"), Some(sam))
    );
    assert_eq!(dinner.by_when, today);

    // Kept: it leaves the list, with how it went saved. Changed: too.
    let kept = j.settle_promise(b, PromiseOutcome::Kept, "Booked the place by the river".into(), at(TODAY)).unwrap();
    match kept.body {
        EntryBody::Promise(p) => {
            assert_eq!((p.outcome, p.how_it_went.as_str()), (PromiseOutcome::Kept, "Booked the place by the river"))
        }
        other => panic!("a promise, got {other:?}"),
    }
    j.settle_promise(c, PromiseOutcome::Changed, String::new(), at(TODAY)).unwrap();
    assert_eq!(j.promises_due(today).unwrap().iter().map(|p| p.entry).collect::<Vec<_>>(), vec![a]);
    // "Not yet": put off for a week, then back.
    j.snooze_nudge(a, today).unwrap();
    assert!(j.promises_due(today).unwrap().is_empty());
    let week = today.checked_add_days(Days::new(attune_journal::follow_through::SNOOZE_DAYS)).unwrap();
    assert_eq!(
        j.promises_due(week).unwrap().iter().map(|p| p.entry).collect::<Vec<_>>(),
        vec![a, d],
        "back after the week (past its day by then, still listed within the month), and the next one near"
    );
    // Back to not yet by an edit: due again.
    j.settle_promise(b, PromiseOutcome::NotYet, String::new(), at(TODAY)).unwrap();
    assert_eq!(j.promises_due(today).unwrap().iter().map(|p| p.entry).collect::<Vec<_>>(), vec![b]);
}

#[test]
fn at_most_a_few_are_listed_and_deleted_ones_go() {
    let (_d, j, _sam) = journal();
    let ids: Vec<_> =
        (0..MAX_DUE + 2).map(|i| promise(&j, &format!("Promise {i}"), None, Some(TODAY), "2026-03-10")).collect();
    assert_eq!(j.promises_due(date(TODAY)).unwrap().len(), MAX_DUE as usize);
    for id in &ids {
        j.delete_entry(*id).unwrap();
    }
    assert!(j.promises_due(date(TODAY)).unwrap().is_empty());
}

#[test]
fn settling_refuses_other_kinds_and_overlong_lines() {
    let (_d, j, _sam) = journal();
    let p = promise(&j, "Walk together on Sunday", None, Some(TODAY), "2026-03-10");
    let long = "x".repeat(attune_journal::model::MAX_LONG_TEXT + 1);
    let err = j.settle_promise(p, PromiseOutcome::Kept, long, at(TODAY)).unwrap_err();
    assert_eq!(err.field().map(attune_journal::Field::as_str), Some("howItWent"));
    let note = NewEntry {
        people: vec![],
        tags: vec![],
        body: EntryBody::Note(attune_journal::model::Note { title: String::new(), text: "hello".into() }),
        at: None,
    };
    let n = j.add_entry(note, at(TODAY)).unwrap().id;
    assert_eq!(
        j.settle_promise(n, PromiseOutcome::Kept, String::new(), at(TODAY)).unwrap_err().kind(),
        ErrorKind::Validation
    );
}

#[test]
fn a_promises_person_can_be_cleared_and_then_it_is_no_longer_about_them() {
    let (_d, j, sam) = journal();
    let ana = j
        .add_person(PersonInput { name: "Ana".into(), relationship: Relationship::Friend, love_language: None })
        .unwrap()
        .id;
    let id = promise(&j, "Call back on Sunday", Some(sam), Some("2026-03-19"), "2026-03-15");
    let tag_along = promise(&j, "Bake for the party", Some(sam), None, "2026-03-15");
    // A shell that edits only the body passes the people the entry had (as `attune edit --for none` does).
    let edit = |id: EntryId, for_whom: Option<PersonId>, extra: Vec<PersonId>| {
        let old = j.entry(id).unwrap();
        let mut body = old.body.clone();
        if let EntryBody::Promise(p) = &mut body {
            p.for_whom = for_whom;
        }
        let mut people = old.people.clone();
        people.extend(extra);
        j.update_entry(id, NewEntry { people, tags: old.tags, body, at: None }, at(TODAY)).unwrap()
    };
    let cleared = edit(id, None, vec![]);
    assert!(cleared.people.is_empty(), "for no one, so about no one: {:?}", cleared.people);
    assert_eq!(j.entry(id).unwrap().people, Vec::<PersonId>::new(), "read back as saved");
    let due = j.promises_due(date(TODAY)).unwrap();
    let shown = due.iter().find(|p| p.entry == id).unwrap();
    assert_eq!((shown.for_whom, shown.name.as_deref()), (None, None), "Today names no one");
    // Moved to someone else: about them, no longer about Sam; someone chosen besides stays.
    let moved = edit(tag_along, Some(ana), vec![]);
    assert_eq!(moved.people, vec![ana]);
    let besides = edit(tag_along, Some(ana), vec![sam]);
    assert_eq!(besides.people, vec![ana, sam]);
    // Saying how it went keeps whom it is for.
    let kept = j.settle_promise(tag_along, PromiseOutcome::Kept, String::new(), at(TODAY)).unwrap();
    assert_eq!(kept.people, vec![ana, sam]);
    let cleared = edit(tag_along, None, vec![]);
    assert_eq!(cleared.people, vec![sam], "Ana was there because it was for her; Sam was chosen besides");
}
