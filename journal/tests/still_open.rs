//! The weekly look back lists every conflict still open or being repaired, not only the week's own: older ones are
//! listed too, marked as older. Read from a real encrypted vault, locked and unlocked again.

mod common;

use attune_journal::look_back::{week_of, LOOK_BACK_DAYS, MAX_STILL_OPEN};
use attune_journal::model::ConflictStatus;
use attune_journal::{EntryId, Journal};
use chrono::{DateTime, FixedOffset};
use common::{at_local as at, conflict_body, date, entry};

const TODAY: &str = "2026-03-22";

fn conflict(what: &str, status: ConflictStatus) -> attune_journal::NewEntry {
    entry(vec![], conflict_body(what, status))
}

fn add(j: &Journal, what: &str, status: ConflictStatus, when: DateTime<FixedOffset>) -> EntryId {
    j.add_entry(conflict(what, status), when).unwrap().id
}

fn listed(j: &Journal) -> Vec<(String, ConflictStatus, bool)> {
    let still = j.still_open(date(TODAY)).unwrap();
    still.conflicts.into_iter().map(|c| (c.what_happened, c.status, c.older)).collect()
}

#[test]
fn the_look_back_lists_older_open_conflicts_too_marked_as_older() {
    let (dir, j) = common::vault();
    use ConflictStatus::*;

    // The week is the last seven days, today included.
    let week = week_of(date(TODAY));
    assert_eq!((week.from, week.to), (date("2026-03-16"), date(TODAY)));
    assert_eq!(week.days(), u32::try_from(LOOK_BACK_DAYS).unwrap());

    add(&j, "The dishes, again", Open, at("2026-03-20", 21, 0, 1));
    // Around midnight: the writer's own calendar day decides, whatever UTC says. 00:10 on the week's first day in
    // a zone east of UTC is still the day before in UTC, and belongs to the week; 23:50 the day before, west of UTC,
    // is already the week's first day in UTC, and is older.
    add(&j, "Just after midnight", Repairing, at("2026-03-16", 0, 10, 2));
    add(&j, "Just before midnight", Open, at("2026-03-15", 23, 50, -5));
    add(&j, "Money, three weeks ago", Repairing, at("2026-03-01", 18, 0, 1));
    add(&j, "The holiday plans", Open, at("2026-01-10", 9, 0, 1));
    // Not listed: settled ones, old or new, and one settled later by editing it.
    add(&j, "Repaired long ago", Repaired, at("2026-02-01", 9, 0, 1));
    add(&j, "Resolved this week", Resolved, at("2026-03-18", 9, 0, 1));
    let settled = add(&j, "Settled since", Open, at("2026-02-20", 9, 0, 1));
    j.update_entry(settled, conflict("Settled since", Repaired), at("2026-03-21", 9, 0, 1)).unwrap();
    // Nor a deleted one.
    let gone = add(&j, "Deleted", Open, at("2026-03-19", 9, 0, 1));
    j.delete_entry(gone).unwrap();
    drop(j);

    // Locked and unlocked again: read back from the encrypted files.
    let j = common::reopen(&dir);
    assert_eq!(
        listed(&j),
        vec![
            ("The dishes, again".to_owned(), Open, false),
            ("Just after midnight".to_owned(), Repairing, false),
            ("Just before midnight".to_owned(), Open, true),
            ("Money, three weeks ago".to_owned(), Repairing, true),
            ("The holiday plans".to_owned(), Open, true),
        ],
        "the week's own first, then older ones, newest first; settled and deleted ones left out"
    );
    let still = j.still_open(date(TODAY)).unwrap();
    assert_eq!(still.more, 0);
    assert_eq!(still.week, week);

    // Repairing the oldest takes it off the list.
    let holiday = still.conflicts.iter().find(|c| c.what_happened == "The holiday plans").unwrap().id;
    j.follow_up_conflict(holiday, "We talked it through".into(), Repaired, at(TODAY, 10, 0, 1)).unwrap();
    assert_eq!(listed(&j).len(), 4);
}

#[test]
fn many_open_conflicts_are_listed_up_to_the_cap_and_the_rest_counted() {
    let (_dir, j) = common::vault();
    let extra = 7;
    let first = date("2025-01-01");
    for i in 0..(MAX_STILL_OPEN + extra) {
        let day = first.checked_add_days(chrono::Days::new(u64::from(i) * 3)).unwrap().format("%Y-%m-%d").to_string();
        add(&j, &format!("Conflict {i}"), ConflictStatus::Open, at(&day, 12, 0, 0));
    }
    add(&j, "This week", ConflictStatus::Open, at("2026-03-21", 12, 0, 0));
    let still = j.still_open(date(TODAY)).unwrap();
    assert_eq!(still.conflicts.len(), usize::try_from(MAX_STILL_OPEN).unwrap());
    assert_eq!(still.more, extra + 1, "the older ones beyond the cap are counted, not lost");
    assert_eq!(still.conflicts[0].what_happened, "This week");
    assert!(!still.conflicts[0].older && still.conflicts[1..].iter().all(|c| c.older));
    // Newest first: the last ones written are the ones listed.
    assert_eq!(still.conflicts[1].what_happened, format!("Conflict {}", MAX_STILL_OPEN + extra - 1));
}
