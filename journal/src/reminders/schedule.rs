//! When a reminder fires next: pure functions of an instant and a zone.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;

use super::{resolve_local, Reminder, Schedule};

/// How many occurrence days [`next_fire`] walks before giving up. Every valid schedule finds its fire within a handful;
/// the bound only keeps a damaged one from looping.
const MAX_DAYS_WALKED: usize = 64;

/// The first time `reminder` fires strictly after `after`, with wall times read in `tz`; `None` if it is off or will
/// never fire again (a one-off in the past). Quiet hours apply; snoozes do not (see [`super::next_wake`]).
pub fn next_fire(reminder: &Reminder, after: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
    if !reminder.enabled {
        return None;
    }
    let quiet = |t: DateTime<Utc>| reminder.quiet.map_or(t, |q| q.defer(t, tz));
    let times = match &reminder.schedule {
        Schedule::Once { at } => return Some(quiet(*at)).filter(|t| *t > after),
        Schedule::Daily { times } => {
            let mut times = times.clone();
            times.sort();
            times.dedup();
            times
        }
        Schedule::Weekly { time, .. } | Schedule::Every { time, .. } => vec![*time],
    };
    // Start a few days back: a fire from an earlier day can land after `after` once quiet hours or a gap move it.
    // Fires come out in (day, time) order, and moving them (gaps forward, quiet hours to their end) keeps that order,
    // so the first one after `after` is the earliest.
    let from = after.with_timezone(&tz).date_naive().checked_sub_signed(Duration::days(3))?;
    let mut day = first_day_on_or_after(&reminder.schedule, from)?;
    for _ in 0..MAX_DAYS_WALKED {
        for time in &times {
            if let Some(t) = fire_on(day, *time, tz).map(quiet) {
                if t > after {
                    return Some(t);
                }
            }
        }
        day = first_day_on_or_after(&reminder.schedule, day.succ_opt()?)?;
    }
    None
}

/// The next `n` fires after `now`, strictly increasing (see [`next_fire`]).
pub fn upcoming(reminder: &Reminder, now: DateTime<Utc>, tz: Tz, n: usize) -> Vec<DateTime<Utc>> {
    let mut out = Vec::with_capacity(n.min(64));
    let mut after = now;
    while out.len() < n {
        match next_fire(reminder, after, tz) {
            Some(t) => {
                out.push(t);
                after = t;
            }
            None => break,
        }
    }
    out
}

/// The instant a day's wall time names, or `None` if the clock skipped past the whole rest of that day.
fn fire_on(day: NaiveDate, time: NaiveTime, tz: Tz) -> Option<DateTime<Utc>> {
    resolve_local(day.and_time(time), tz).filter(|t| t.with_timezone(&tz).date_naive() == day)
}

/// The first day on or after `from` on which the schedule fires (for recurring schedules).
fn first_day_on_or_after(schedule: &Schedule, from: NaiveDate) -> Option<NaiveDate> {
    match schedule {
        Schedule::Once { .. } => None,
        Schedule::Daily { .. } => Some(from),
        Schedule::Weekly { days, .. } => {
            (0..7).filter_map(|i| from.checked_add_signed(Duration::days(i))).find(|d| on(days, d.weekday()))
        }
        Schedule::Every { days, start, .. } => {
            if from <= *start {
                return Some(*start);
            }
            let step = i64::from((*days).max(1));
            let behind = (from - *start).num_days();
            let k = (behind + step - 1) / step;
            start.checked_add_signed(Duration::days(k * step))
        }
    }
}

fn on(days: &[Weekday], day: Weekday) -> bool {
    days.contains(&day)
}
