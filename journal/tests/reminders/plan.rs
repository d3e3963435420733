//! The runner's planner: missed fires, clock jumps, snoozes, "skip if I already checked in".

use attune_journal::reminders::{due, next_wake, record_all, snooze_until, Due, Snooze, Target};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use rstest::rstest;

use crate::support::{daily, local, tz, utc};

const GRACE: i64 = 3;

fn berlin() -> Tz {
    tz("Europe/Berlin")
}

fn plan(r: &attune_journal::reminders::Reminder, last_check: &str, now: &str) -> Vec<Due> {
    due(std::slice::from_ref(r), utc(last_check), utc(now), berlin(), Duration::hours(GRACE), None)
}

#[test]
fn an_occurrence_between_checks_is_due_once() {
    let r = daily(&["08:00"]);
    let dues = plan(&r, "2026-11-22T06:59:30Z", "2026-11-22T07:00:10Z");
    assert_eq!(dues.len(), 1);
    let d = &dues[0];
    assert_eq!((d.occurrence, d.notify, d.snooze_ended), (Some(utc("2026-11-22T07:00:00Z")), true, false));
    assert_eq!(d.target, Target::CheckIn);
    assert_eq!(d.notification.title, "Time for your morning check-in");
}

#[test]
fn nothing_is_due_between_fires() {
    assert!(plan(&daily(&["08:00"]), "2026-11-22T07:00:10Z", "2026-11-22T07:00:40Z").is_empty());
}

#[test]
fn after_a_long_sleep_several_missed_fires_within_grace_show_once() {
    // Asleep from 07:00 to 11:30 local; 09:00, 10:00 and 11:00 were missed (08:00 is outside the 3 h grace).
    let r = daily(&["08:00", "09:00", "10:00", "11:00"]);
    let dues = plan(&r, "2026-11-22T06:00:00Z", "2026-11-22T10:30:00Z");
    assert_eq!(dues.len(), 1, "one notification, not one per missed fire");
    assert_eq!(dues[0].occurrence, Some(utc("2026-11-22T10:00:00Z")));
    assert!(dues[0].notify);
}

#[test]
fn a_fire_missed_longer_ago_than_grace_is_dropped() {
    let r = daily(&["08:00"]);
    assert!(plan(&r, "2026-11-22T06:00:00Z", "2026-11-22T10:00:01Z").is_empty());
    // A clock jumping forward a day does the same.
    assert!(plan(&r, "2026-11-22T06:00:00Z", "2026-11-23T06:30:00Z").is_empty());
}

#[test]
fn a_clock_jumping_backwards_does_not_fire_twice() {
    let mut rs = vec![daily(&["08:00"])];
    let tz = berlin();
    let grace = Duration::hours(GRACE);
    let first = due(&rs, utc("2026-11-22T06:59:50Z"), utc("2026-11-22T07:00:05Z"), tz, grace, None);
    assert_eq!(first.len(), 1);
    record_all(&mut rs, &first);
    assert_eq!(rs[0].state.last_fired, Some(utc("2026-11-22T07:00:00Z")));
    // The clock is set back ten minutes: the first check sees a window that runs backwards...
    assert!(due(&rs, utc("2026-11-22T07:00:05Z"), utc("2026-11-22T06:50:00Z"), tz, grace, None).is_empty());
    // ...and when 08:00 comes round again it has already fired.
    assert!(due(&rs, utc("2026-11-22T06:59:50Z"), utc("2026-11-22T07:00:05Z"), tz, grace, None).is_empty());
    // A runner restarted with last_check = now - grace doesn't repeat it either.
    assert!(due(&rs, utc("2026-11-22T04:00:05Z"), utc("2026-11-22T07:00:05Z"), tz, grace, None).is_empty());
    // The next day fires as usual.
    assert_eq!(due(&rs, utc("2026-11-23T06:59:50Z"), utc("2026-11-23T07:00:05Z"), tz, grace, None).len(), 1);
}

#[test]
fn last_fired_from_a_clock_set_years_ahead_is_ignored() {
    // Bug guard: a clock once set to 2030 left last_fired there; reminders must not stay silent until 2030.
    let mut r = daily(&["08:00"]);
    r.state.last_fired = Some(utc("2030-01-01T07:00:00Z"));
    assert_eq!(plan(&r, "2026-11-22T06:59:50Z", "2026-11-22T07:00:05Z").len(), 1);
}

#[test]
fn a_reminder_that_is_off_is_never_due() {
    let mut r = daily(&["08:00"]);
    r.enabled = false;
    r.state.snoozed_until = Some(utc("2026-11-22T07:00:00Z"));
    assert!(plan(&r, "2026-11-22T06:59:50Z", "2026-11-22T07:00:05Z").is_empty());
}

#[rstest]
#[case::checked_in_that_day(true, Some("2026-11-22"), false)]
#[case::checked_in_the_day_before(true, Some("2026-11-21"), true)]
#[case::shell_does_not_know(true, None, true)]
#[case::flag_off(false, Some("2026-11-22"), true)]
fn skip_if_already_checked_in(#[case] skip: bool, #[case] last: Option<&str>, #[case] notify: bool) {
    let mut r = daily(&["20:30"]);
    r.skip_if_checked_in = skip;
    let last = last.map(|d| d.parse::<NaiveDate>().expect("date"));
    let dues = due(&[r], utc("2026-11-22T19:29:50Z"), utc("2026-11-22T19:30:05Z"), berlin(), Duration::hours(3), last);
    assert_eq!(dues.len(), 1, "recorded either way");
    assert_eq!(dues[0].notify, notify);
}

#[test]
fn skip_uses_the_local_day_the_fire_falls_on() {
    // 23:30 in Berlin is already the next day in UTC; the local date is what counts.
    let mut r = daily(&["23:30"]);
    r.skip_if_checked_in = true;
    let last = NaiveDate::from_ymd_opt(2026, 11, 22);
    let dues = due(&[r], utc("2026-11-22T22:29:50Z"), utc("2026-11-22T22:30:05Z"), berlin(), Duration::hours(3), last);
    assert!(!dues[0].notify);
}

#[test]
fn a_snooze_fires_when_it_runs_out_and_stands_in_for_fires_meanwhile() {
    let mut rs = vec![daily(&["08:00", "08:30"])];
    let tz = berlin();
    let grace = Duration::hours(GRACE);
    let at = rs[0].snooze(Snooze::OneHour, utc("2026-11-22T07:00:10Z"), tz);
    assert_eq!(at, utc("2026-11-22T08:00:10Z"));
    // 08:30 comes round while the snooze is pending: recorded, not shown.
    let meanwhile = due(&rs, utc("2026-11-22T07:29:50Z"), utc("2026-11-22T07:30:05Z"), tz, grace, None);
    assert_eq!(meanwhile.len(), 1);
    assert!(!meanwhile[0].notify);
    record_all(&mut rs, &meanwhile);
    // The snooze runs out.
    let ended = due(&rs, utc("2026-11-22T08:00:00Z"), utc("2026-11-22T08:00:20Z"), tz, grace, None);
    assert_eq!(ended.len(), 1);
    assert!(ended[0].notify && ended[0].snooze_ended && ended[0].occurrence.is_none());
    record_all(&mut rs, &ended);
    assert_eq!(rs[0].state.snoozed_until, None);
    assert!(due(&rs, utc("2026-11-22T08:00:20Z"), utc("2026-11-22T08:00:50Z"), tz, grace, None).is_empty());
}

#[test]
fn a_snooze_that_ran_out_long_ago_is_cleared_without_showing() {
    let mut r = daily(&["08:00"]);
    r.state.snoozed_until = Some(utc("2026-11-22T01:00:00Z"));
    let dues = plan(&r, "2026-11-22T09:00:00Z", "2026-11-22T09:00:30Z");
    assert_eq!(dues.len(), 1);
    assert!(dues[0].snooze_ended && !dues[0].notify);
}

#[rstest]
#[case::ten_minutes(Snooze::TenMinutes, "2026-11-22T14:00:00+01:00", "2026-11-22T14:10:00+01:00")]
#[case::one_hour(Snooze::OneHour, "2026-11-22T14:00:00+01:00", "2026-11-22T15:00:00+01:00")]
#[case::evening_from_afternoon(Snooze::ThisEvening, "2026-11-22T14:00:00+01:00", "2026-11-22T19:00:00+01:00")]
#[case::evening_at_seven_is_an_hour(Snooze::ThisEvening, "2026-11-22T19:00:00+01:00", "2026-11-22T20:00:00+01:00")]
#[case::evening_from_late_night(Snooze::ThisEvening, "2026-11-22T23:30:00+01:00", "2026-11-23T00:30:00+01:00")]
fn snoozes_last_as_documented(#[case] snooze: Snooze, #[case] now: &str, #[case] expected: &str) {
    let until = snooze_until(snooze, utc(now), berlin());
    assert_eq!(local(until, berlin()).to_rfc3339(), expected);
}

#[test]
fn a_snooze_into_quiet_hours_waits_for_their_end() {
    let mut r = daily(&["08:00"]);
    r.quiet = Some("22:00-07:00".parse().expect("window"));
    let at = r.snooze(Snooze::OneHour, utc("2026-11-22T20:30:00Z"), berlin());
    assert_eq!(local(at, berlin()).to_rfc3339(), "2026-11-23T07:00:00+01:00");
}

#[test]
fn next_wake_is_the_earliest_fire_or_snooze() {
    let mut a = daily(&["08:00"]);
    let mut b = daily(&["09:00"]);
    b.id = attune_journal::reminders::ReminderId("0000beef".into());
    let now = utc("2026-11-22T06:00:00Z");
    assert_eq!(next_wake(&[a.clone(), b.clone()], now, berlin()), Some(utc("2026-11-22T07:00:00Z")));
    b.state.snoozed_until = Some(utc("2026-11-22T06:30:00Z"));
    assert_eq!(next_wake(&[a.clone(), b.clone()], now, berlin()), Some(utc("2026-11-22T06:30:00Z")));
    a.enabled = false;
    b.enabled = false;
    assert_eq!(next_wake(&[a, b], now, berlin()), None::<DateTime<Utc>>);
}

#[test]
fn a_label_never_reaches_a_notification() {
    let mut r = daily(&["20:30"]);
    r.label = Some("Talk with Sam about money".into());
    let dues = plan(&r, "2026-11-22T19:29:50Z", "2026-11-22T19:30:05Z");
    let text = format!("{} {}", dues[0].notification.title, dues[0].notification.body);
    assert!(!text.contains("Sam") && !text.contains("money"), "{text}");
    assert!(!serde_json::to_string(&dues[0]).expect("json").contains("Sam"));
}
