//! Follow-through: the one nudge Today offers, "I told them", "not now", and what is never nudged about.

use attune_journal::follow_through::Nudge;
use attune_journal::model::{Appreciation, ConflictReflection, ConflictStatus, EntryBody};
use attune_journal::{EntryId, Journal, PersonId};

mod common;
use common::{add, at, date, journal};

fn appreciation(j: &Journal, sam: PersonId, what: &str, told: bool, day: &str) -> EntryId {
    let body = EntryBody::Appreciation(Appreciation {
        for_whom: sam,
        what: what.into(),
        why: String::new(),
        love_language: None,
        told,
    });
    add(j, body, day)
}

fn conflict(j: &Journal, what: &str, status: ConflictStatus, day: &str) -> EntryId {
    let body = EntryBody::Conflict(ConflictReflection { what_happened: what.into(), status, ..Default::default() });
    add(j, body, day)
}

const TODAY: &str = "2026-03-18";

#[test]
fn an_untold_appreciation_comes_first_then_i_told_them_clears_it() {
    let (_d, j, sam) = journal();
    let older = appreciation(&j, sam, "Fixed my bike", false, "2026-03-10");
    let newer = appreciation(&j, sam, "Made soup", false, "2026-03-16");
    appreciation(&j, sam, "Already told", true, "2026-03-17");
    appreciation(&j, sam, "Written today: give it a day", false, TODAY);
    appreciation(&j, sam, "Too long ago to nag about", false, "2026-01-01");
    conflict(&j, "An open one", ConflictStatus::Open, "2026-03-12");
    match j.nudge(date(TODAY)).unwrap() {
        Some(Nudge::UntoldAppreciation { entry, name, what, .. }) => {
            assert_eq!((entry, name.as_str(), what.as_str()), (newer, "Sam", "Made soup"));
        }
        other => panic!("expected the newest untold appreciation, got {other:?}"),
    }
    let told = j.mark_told(newer, at(TODAY)).unwrap();
    assert!(matches!(told.body, EntryBody::Appreciation(Appreciation { told: true, .. })));
    assert!(matches!(j.nudge(date(TODAY)).unwrap(), Some(Nudge::UntoldAppreciation { entry, .. }) if entry == older));
}

#[test]
fn not_now_puts_a_nudge_off_for_a_week() {
    let (_d, j, sam) = journal();
    let soup = appreciation(&j, sam, "Made soup", false, "2026-03-16");
    let open = conflict(&j, "The dishes", ConflictStatus::Open, "2026-03-12");
    j.snooze_nudge(soup, date(TODAY)).unwrap();
    assert!(matches!(j.nudge(date(TODAY)).unwrap(), Some(Nudge::RevisitConflict { entry, .. }) if entry == open));
    j.snooze_nudge(open, date(TODAY)).unwrap();
    assert_eq!(j.nudge(date(TODAY)).unwrap(), None);
    // A week on, the appreciation is back (still within its month).
    assert!(
        matches!(j.nudge(date("2026-03-25")).unwrap(), Some(Nudge::UntoldAppreciation { entry, .. }) if entry == soup)
    );
}

#[test]
fn conflicts_are_nudged_about_after_two_days_while_open() {
    let (_d, j, _sam) = journal();
    conflict(&j, "Yesterday's", ConflictStatus::Open, "2026-03-17");
    conflict(&j, "Settled already", ConflictStatus::Resolved, "2026-03-10");
    assert_eq!(j.nudge(date(TODAY)).unwrap(), None);
    let open = conflict(&j, "Last week's", ConflictStatus::Open, "2026-03-11");
    match j.nudge(date(TODAY)).unwrap() {
        Some(Nudge::RevisitConflict { entry, what_happened, status, date: d }) => {
            assert_eq!(
                (entry, what_happened.as_str(), status, d),
                (open, "Last week's", ConflictStatus::Open, date("2026-03-11"))
            );
        }
        other => panic!("expected the open conflict, got {other:?}"),
    }
}

#[test]
fn coming_back_to_a_conflict_records_what_happened_since_and_where_it_stands() {
    let (_d, j, sam) = journal();
    let open = conflict(&j, "We argued about the dishes", ConflictStatus::Open, "2026-03-11");
    assert!(matches!(j.nudge(date(TODAY)).unwrap(), Some(Nudge::RevisitConflict { .. })));
    let after = j
        .follow_up_conflict(
            open,
            "  We talked on Sunday and made a rota.  ".into(),
            ConflictStatus::Repaired,
            at(TODAY),
        )
        .unwrap();
    match &after.body {
        EntryBody::Conflict(c) => {
            assert_eq!(
                (c.since.as_str(), c.status),
                ("We talked on Sunday and made a rota.", ConflictStatus::Repaired)
            );
            assert_eq!(c.what_happened, "We argued about the dishes", "the reflection itself is kept");
        }
        other => panic!("still a conflict, got {other:?}"),
    }
    assert_eq!(j.entry(open).unwrap(), after, "the follow-up is saved");
    // Repaired: no longer one to come back to.
    assert_eq!(j.nudge(date(TODAY)).unwrap(), None);
    // What happened since is searchable like the rest of the reflection.
    let found = j.search(&attune_journal::search::SearchQuery { text: "rota".into(), ..Default::default() }).unwrap();
    assert_eq!(found.hits.iter().map(|h| h.entry.id).collect::<Vec<_>>(), vec![open]);
    // The wrong kind, and a follow-up too long, are refused with the field named.
    let a = appreciation(&j, sam, "Made soup", false, "2026-03-16");
    assert_eq!(
        j.follow_up_conflict(a, String::new(), ConflictStatus::Open, at(TODAY)).unwrap_err().kind(),
        attune_journal::ErrorKind::Validation
    );
    let long = "x".repeat(attune_journal::model::MAX_LONG_TEXT + 1);
    assert_eq!(
        j.follow_up_conflict(open, long, ConflictStatus::Open, at(TODAY))
            .unwrap_err()
            .field()
            .map(attune_journal::Field::as_str),
        Some("since")
    );
}

#[test]
fn follow_through_refuses_the_wrong_kind_and_unknown_entries() {
    let (_d, j, _sam) = journal();
    let c = conflict(&j, "Not an appreciation", ConflictStatus::Open, "2026-03-11");
    assert_eq!(j.mark_told(c, at(TODAY)).unwrap_err().kind(), attune_journal::ErrorKind::Validation);
    assert_eq!(
        j.snooze_nudge(uuid::Uuid::now_v7(), date(TODAY)).unwrap_err().kind(),
        attune_journal::ErrorKind::NotFound
    );
}

#[test]
fn a_deleted_entry_takes_its_snooze_with_it() {
    let (_d, j, sam) = journal();
    let soup = appreciation(&j, sam, "Made soup", false, "2026-03-16");
    j.snooze_nudge(soup, date(TODAY)).unwrap();
    let gone = j.delete_entry(soup).unwrap();
    j.restore_entry(&gone).unwrap();
    assert!(j.nudge(date(TODAY)).unwrap().is_some(), "the restored entry is not still put off");
}
