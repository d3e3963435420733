//! The rules of a new or changed reminder, in one place for the app and the CLI (issue 12): a one-off must be in the
//! future, a new schedule starts the runner's memory afresh, a label is trimmed.

use attune_journal::reminders::{due, Reminder, ReminderInput, Schedule, Target};
use attune_journal::{ErrorKind, Field};
use chrono::Duration;

use crate::support::{daily, time, tz, utc};

fn input(schedule: Schedule) -> ReminderInput {
    ReminderInput {
        label: None,
        target: Target::CheckIn,
        schedule,
        quiet: None,
        skip_if_checked_in: false,
        enabled: true,
    }
}

fn once(at: &str) -> Schedule {
    Schedule::Once { at: utc(at) }
}

#[test]
fn a_one_off_must_be_in_the_future_when_made_or_moved() {
    let now = utc("2026-11-22T09:00:00Z");
    for at in ["2026-11-22T09:00:00Z", "2026-11-22T08:59:00Z"] {
        let e = input(once(at)).add(&[], now).expect_err("a time that has passed");
        assert_eq!((e.kind(), e.field()), (ErrorKind::Validation, Some(Field::At)));
        assert!(e.to_string().contains("choose a time that hasn't passed yet"), "{e}");
    }
    let mut r = input(once("2026-11-22T10:00:00Z")).add(&[], now).expect("an hour from now");
    // Moving it into the past is refused, and the reminder stays as it was.
    let before = r.clone();
    assert!(r.reschedule(once("2026-11-21T10:00:00Z"), now).is_err());
    assert_eq!(r, before);
    // A one-off whose time has passed can still be switched off, relabelled and on again: its time isn't changing.
    let later = now + Duration::hours(3);
    let mut off = input(once("2026-11-22T10:00:00Z"));
    off.enabled = false;
    off.label = Some("  kept  ".into());
    off.apply(&mut r, later).expect("same time, switched off");
    assert_eq!((r.enabled, r.label.as_deref()), (false, Some("kept")));
}

/// Regression (issue 12): `attune reminders add` didn't start the runner's memory, so a daily 08:00 reminder added at
/// 09:00 showed "the missed 08:00" when the app next started inside the grace window. Now a new reminder, from either
/// shell, remembers that nothing before it was made is missed.
#[test]
fn a_daily_reminder_added_after_its_time_does_not_fire_the_time_it_missed() {
    let zone = tz("Europe/Berlin");
    let added_at = utc("2026-11-22T08:00:00Z"); // 09:00 in Berlin
    let app_starts = utc("2026-11-22T08:30:00Z");
    let grace = Duration::hours(3);
    let r =
        Reminder::added(&[], Target::CheckIn, Schedule::Daily { times: vec![time("08:00")] }, added_at).expect("added");
    assert_eq!(r.state.last_fired, Some(added_at));
    assert!(due(std::slice::from_ref(&r), app_starts - grace, app_starts, zone, grace, None).is_empty());
    // Without that memory the 08:00 it never had would show.
    let bare = daily(&["08:00"]);
    assert_eq!(due(&[bare], app_starts - grace, app_starts, zone, grace, None).len(), 1);
}

#[test]
fn a_changed_schedule_starts_afresh_and_the_same_one_keeps_its_memory() {
    let now = utc("2026-11-22T09:00:00Z");
    let mut r = daily(&["08:00"]);
    r.state.last_fired = Some(utc("2026-11-22T07:00:00Z"));
    r.state.snoozed_until = Some(utc("2026-11-22T09:10:00Z"));
    let kept = r.state.clone();
    r.reschedule(Schedule::Daily { times: vec![time("08:00")] }, now).expect("same");
    assert_eq!(r.state, kept);
    r.reschedule(Schedule::Daily { times: vec![time("20:00")] }, now).expect("changed");
    assert_eq!((r.state.last_fired, r.state.snoozed_until), (Some(now), None));
}

#[test]
fn a_label_is_trimmed_and_an_empty_one_is_none() {
    let now = utc("2026-11-22T09:00:00Z");
    let mut i = input(Schedule::Daily { times: vec![time("20:00")] });
    i.label = Some("  evenings ".into());
    assert_eq!(i.clone().add(&[], now).expect("added").label.as_deref(), Some("evenings"));
    i.label = Some("   ".into());
    assert_eq!(i.add(&[], now).expect("added").label, None);
}

#[test]
fn a_deck_reminder_without_a_theme_asks_for_one() {
    let mut i = input(Schedule::Daily { times: vec![time("20:00")] });
    i.target = Target::Deck { theme: String::new() };
    let e = i.add(&[], utc("2026-11-22T09:00:00Z")).expect_err("no theme");
    assert_eq!(e.field(), Some(Field::Theme));
    assert!(e.to_string().contains("choose a theme for the questions"), "{e}");
}
