//! The runner's planner: what to show now, what to snooze to, when to wake next.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::{next_fire, resolve_local, Notification, Reminder, ReminderId, Target, TimeOfDay};

/// The grace window the app uses: a fire missed (asleep, shut down, clock jump) less than this long ago still shows,
/// once; older ones are dropped.
pub const DEFAULT_GRACE_HOURS: i64 = 3;

/// A `last_fired` further than this in the future came from a clock that was wrong (say, set to 2030 for a while);
/// it is ignored so reminders don't stay silent until then.
const FUTURE_SLACK_HOURS: i64 = 48;

/// "Later": how long a snooze lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Snooze {
    /// Ten minutes.
    TenMinutes,
    /// One hour.
    OneHour,
    /// The next 19:00 local time today; if it is already 19:00 or later, one hour.
    ThisEvening,
}

/// The local time "this evening" means.
pub const EVENING: NaiveTime = match NaiveTime::from_hms_opt(19, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

/// When a snooze taken at `now` runs out (before quiet hours; [`Reminder::snooze`] applies them).
pub fn snooze_until(snooze: Snooze, now: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    let hour = now + Duration::hours(1);
    match snooze {
        Snooze::TenMinutes => now + Duration::minutes(10),
        Snooze::OneHour => hour,
        Snooze::ThisEvening => {
            let local = now.with_timezone(&tz).naive_local();
            resolve_local(local.date().and_time(EVENING), tz).filter(|t| *t > now).unwrap_or(hour)
        }
    }
}

/// One reminder the runner should act on now. Show it if [`Due::notify`], then pass it to [`Reminder::record`] (or
/// [`record_all`]) and save the settings, whether it was shown or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Due {
    /// The reminder.
    pub id: ReminderId,
    /// What to open when the notification is clicked.
    pub target: Target,
    /// The scheduled occurrence this covers (the latest one in the window), if any.
    pub occurrence: Option<DateTime<Utc>>,
    /// Whether this covers a snooze that ran out.
    pub snooze_ended: bool,
    /// Whether to show a notification. False when the person already checked in that day, when a snooze is still
    /// pending, or for a snooze that ran out longer ago than the grace window: recorded, never shown.
    pub notify: bool,
    /// What to show.
    pub notification: Notification,
}

/// What is due between the runner's last check and `now`.
///
/// For each enabled reminder:
/// - the latest scheduled fire in `(max(last_check, now - grace, last_fired), now]` is due, once, however many
///   occurrences a sleep or clock jump skipped over; older ones are dropped. A clock that jumps backwards gives an
///   empty window, and `last_fired` keeps an occurrence that already fired from firing again when the clock comes
///   round to it a second time.
/// - a snooze that ran out is due (shown if it ran out within the grace window). While a snooze is pending, scheduled
///   fires are recorded but not shown: the snooze stands in for them.
/// - with `skip_if_checked_in`, a fire on the local day of `last_check_in` is recorded but not shown. The shell passes
///   the last check-in's local date if it knows it (the vault may be locked), else `None`.
///
/// The runner should call this every 30–60 seconds (cheap) rather than sleeping until [`next_wake`], so that sleep,
/// clock jumps and time zone changes are noticed.
pub fn due(
    reminders: &[Reminder],
    last_check: DateTime<Utc>,
    now: DateTime<Utc>,
    tz: Tz,
    grace: Duration,
    last_check_in: Option<NaiveDate>,
) -> Vec<Due> {
    let when = TimeOfDay::of(now.with_timezone(&tz).time());
    let oldest = now - grace;
    reminders
        .iter()
        .filter(|r| r.enabled)
        .filter_map(|r| {
            let trusted_last_fired = r.state.last_fired.filter(|f| *f <= now + Duration::hours(FUTURE_SLACK_HOURS));
            let lower = [Some(last_check), Some(oldest), trusted_last_fired].into_iter().flatten().max()?;
            let occurrence = latest_fire_in(r, lower, now, tz);
            let snooze = r.state.snoozed_until;
            let snooze_ended = snooze.is_some_and(|s| s <= now);
            let snooze_pending = snooze.is_some_and(|s| s > now);
            if occurrence.is_none() && !snooze_ended {
                return None;
            }
            let checked_in =
                |t: DateTime<Utc>| r.skip_if_checked_in && last_check_in == Some(t.with_timezone(&tz).date_naive());
            let show_occurrence = occurrence.is_some_and(|t| !checked_in(t)) && !snooze_pending;
            let show_snooze = snooze.is_some_and(|s| s <= now && s > oldest);
            Some(Due {
                id: r.id.clone(),
                target: r.target.clone(),
                occurrence,
                snooze_ended,
                notify: show_occurrence || show_snooze,
                notification: Notification::new(&r.target, when),
            })
        })
        .collect()
}

/// The latest fire in `(lower, now]`.
fn latest_fire_in(r: &Reminder, lower: DateTime<Utc>, now: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
    let mut latest = None;
    let mut after = lower;
    // A daily reminder has at most a dozen fires a day; the bound only guards against an absurd grace window.
    for _ in 0..10_000 {
        match next_fire(r, after, tz) {
            Some(t) if t <= now => {
                latest = Some(t);
                after = t;
            }
            _ => break,
        }
    }
    latest
}

/// The earliest instant after `now` at which any enabled reminder fires or a snooze runs out: a hint for a runner
/// that wants to show "next reminder at …" (it should still poll [`due`]).
pub fn next_wake(reminders: &[Reminder], now: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
    reminders
        .iter()
        .filter(|r| r.enabled)
        .flat_map(|r| [next_fire(r, now, tz), r.state.snoozed_until.filter(|s| *s > now)])
        .flatten()
        .min()
}

/// Records every `due` on the reminder it belongs to (see [`Reminder::record`]).
pub fn record_all(reminders: &mut [Reminder], dues: &[Due]) {
    for d in dues {
        if let Some(r) = reminders.iter_mut().find(|r| r.id == d.id) {
            r.record(d);
        }
    }
}
