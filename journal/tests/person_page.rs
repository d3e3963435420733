//! A person's page and the conflicts to come back to: what one person's page holds (counts, what is still open,
//! the newest appreciations and shared moments, on this day), and which open conflicts Today offers. On real
//! SQLCipher vaults in temp dirs.

mod common;

use attune_journal::model::{Appreciation, ConflictStatus, EntryBody, Note, SharedExperience};
use attune_journal::person_page::PAGE_SECTION;
use attune_journal::{EntryId, EntryKind, Journal, PersonId};
use common::{add_about as add, at, conflict_body, date, person};

fn journal() -> (tempfile::TempDir, Journal, PersonId, PersonId) {
    let (dir, j) = common::vault();
    let (sam, ali) = (person(&j, "Sam"), person(&j, "Ali"));
    (dir, j, sam, ali)
}

fn appreciation(j: &Journal, who: PersonId, what: &str, day: &str) -> EntryId {
    let body = EntryBody::Appreciation(Appreciation {
        for_whom: who,
        what: what.into(),
        why: String::new(),
        love_language: None,
        told: true,
    });
    add(j, vec![who], body, day)
}

fn conflict(j: &Journal, people: Vec<PersonId>, what: &str, status: ConflictStatus, day: &str) -> EntryId {
    add(j, people, conflict_body(what, status), day)
}

fn shared(j: &Journal, who: PersonId, what: &str, day: &str) -> EntryId {
    let body =
        EntryBody::SharedExperience(SharedExperience { what: what.into(), meaningful: String::new(), closeness: 4 });
    add(j, vec![who], body, day)
}

fn note(j: &Journal, people: Vec<PersonId>, text: &str, day: &str) -> EntryId {
    add(j, people, EntryBody::Note(Note { title: String::new(), text: text.into() }), day)
}

const TODAY: &str = "2026-03-18";

#[test]
fn a_persons_page_holds_only_what_is_about_them() {
    let (_d, j, sam, ali) = journal();
    let apps: Vec<EntryId> =
        (1..=7).map(|d| appreciation(&j, sam, &format!("Kind thing {d}"), &format!("2026-03-{d:02}"))).collect();
    appreciation(&j, ali, "For Ali, not Sam", "2026-03-09");
    let walk = shared(&j, sam, "A long walk", "2026-02-20");
    shared(&j, ali, "Ali's concert", "2026-02-21");
    let dishes = conflict(&j, vec![sam], "The dishes", ConflictStatus::Open, "2026-03-10");
    let money = conflict(&j, vec![sam, ali], "Money", ConflictStatus::Repairing, "2024-05-02");
    conflict(&j, vec![sam], "Long since repaired", ConflictStatus::Repaired, "2026-01-05");
    conflict(&j, vec![ali], "Ali's open one", ConflictStatus::Open, "2026-03-11");
    let last_year = note(&j, vec![sam], "A year ago today, with Sam", "2025-03-18");
    note(&j, vec![ali], "A year ago today, with Ali", "2025-03-18");
    note(&j, vec![], "About nobody", "2026-03-12");

    let page = j.person_page(sam, date(TODAY)).unwrap();
    assert_eq!(page.person.name, "Sam");
    // 7 appreciations, 1 shared moment, 3 conflicts, 1 note.
    assert_eq!(page.total, 12);
    let kinds: Vec<(EntryKind, u32)> = page.kinds.iter().map(|k| (k.kind, k.count)).collect();
    assert_eq!(
        kinds,
        [
            (EntryKind::Appreciation, 7),
            (EntryKind::Conflict, 3),
            (EntryKind::Note, 1),
            (EntryKind::SharedExperience, 1)
        ]
    );
    // Still open or being repaired, however old, newest first; not the repaired one, not Ali's.
    let open: Vec<EntryId> = page.open_conflicts.iter().map(|c| c.id).collect();
    assert_eq!(open, [dishes, money]);
    assert_eq!(page.open_conflicts[0].what_happened, "The dishes");
    assert_eq!(page.open_conflicts[1].status, ConflictStatus::Repairing);
    // The newest few appreciations, and that there are more.
    let newest: Vec<EntryId> = page.appreciations.entries.iter().map(|e| e.id).collect();
    let expected: Vec<EntryId> = apps.iter().rev().take(PAGE_SECTION as usize).copied().collect();
    assert_eq!(newest, expected);
    assert!(page.appreciations.more);
    assert_eq!(page.shared.entries.iter().map(|e| e.id).collect::<Vec<_>>(), [walk]);
    assert!(!page.shared.more);
    // On this day: only what was about Sam.
    assert_eq!(page.on_this_day.iter().map(|e| e.id).collect::<Vec<_>>(), [last_year]);
}

#[test]
fn someone_with_nothing_written_about_them_has_an_empty_page() {
    let (_d, j, sam, ali) = journal();
    appreciation(&j, ali, "Only Ali", "2026-03-01");
    let page = j.person_page(sam, date(TODAY)).unwrap();
    assert_eq!((page.total, page.kinds.len(), page.open_conflicts.len()), (0, 0, 0));
    assert!(page.appreciations.entries.is_empty() && !page.appreciations.more);
    assert!(page.shared.entries.is_empty() && page.on_this_day.is_empty());
}

#[test]
fn a_removed_person_has_no_page() {
    let (_d, j, sam, _ali) = journal();
    j.remove_person(sam).unwrap();
    let err = j.person_page(sam, date(TODAY)).unwrap_err();
    assert_eq!(err.kind(), attune_journal::ErrorKind::NotFound);
}

#[test]
fn a_follow_up_that_repairs_a_conflict_takes_it_off_their_page() {
    let (_d, j, sam, _ali) = journal();
    let dishes = conflict(&j, vec![sam], "The dishes", ConflictStatus::Open, "2026-03-10");
    assert_eq!(j.person_page(sam, date(TODAY)).unwrap().open_conflicts.len(), 1);
    j.follow_up_conflict(dishes, "We talked it through".into(), ConflictStatus::Repaired, at(TODAY)).unwrap();
    assert!(j.person_page(sam, date(TODAY)).unwrap().open_conflicts.is_empty());
}

#[test]
fn today_offers_open_conflicts_from_two_days_to_two_months_ago_not_put_off() {
    let (_d, j, sam, ali) = journal();
    let today = conflict(&j, vec![sam], "Written today: give it time", ConflictStatus::Open, TODAY);
    conflict(&j, vec![sam], "Yesterday: still too soon", ConflictStatus::Open, "2026-03-17");
    let two_days = conflict(&j, vec![sam], "Two days ago", ConflictStatus::Open, "2026-03-16");
    let repairing = conflict(&j, vec![ali], "Being repaired", ConflictStatus::Repairing, "2026-02-01");
    conflict(&j, vec![], "Repaired already", ConflictStatus::Repaired, "2026-03-01");
    conflict(&j, vec![], "Resolved already", ConflictStatus::Resolved, "2026-03-02");
    conflict(&j, vec![], "Too long ago to nag about", ConflictStatus::Open, "2025-12-01");
    let put_off = conflict(&j, vec![], "Put off", ConflictStatus::Open, "2026-03-05");
    j.snooze_nudge(put_off, date(TODAY)).unwrap();

    let due: Vec<EntryId> = j.conflicts_due(date(TODAY)).unwrap().iter().map(|c| c.id).collect();
    assert_eq!(due, [two_days, repairing]);
    // The nudge offers the first of them (no untold appreciation here).
    match j.nudge(date(TODAY)).unwrap() {
        Some(attune_journal::follow_through::Nudge::RevisitConflict { entry, .. }) => assert_eq!(entry, two_days),
        other => panic!("expected the newest due conflict, got {other:?}"),
    }
    // Two days on, today's is due too, and a week on the one put off is back.
    let later: Vec<EntryId> = j.conflicts_due(date("2026-03-25")).unwrap().iter().map(|c| c.id).collect();
    assert_eq!(later[0], today);
    assert!(later.contains(&put_off));
}
