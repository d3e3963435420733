//! Making and changing a reminder as a person sets it: the one place the rules of a new or rescheduled reminder live,
//! for the app's settings form ([`ReminderInput`]) and the CLI's flags ([`Reminder::added`], [`Reminder::reschedule`]).
//!
//! - **A one-off must be in the future** when it is made or moved: a time that has passed would never show.
//! - **A new schedule starts afresh.** The runner's memory starts at `now`, so a time that passed before the reminder
//!   had it is never shown as a missed fire (a daily 08:00 added at 09:00 doesn't fire "the missed 08:00" when the app
//!   next starts inside the grace window).
//! - **A label is trimmed**, and an empty one is none.

use chrono::{DateTime, Utc};
use serde::Deserialize;

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::{QuietHours, Reminder, ReminderState, Schedule, Target};
use crate::{Error, Field, Result};

/// A reminder as the settings screen edits it: everything but its id and the runner's memory.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct ReminderInput {
    /// The person's own name for it; empty means none. Kept unencrypted, never shown in a notification.
    pub label: Option<String>,
    /// What it opens.
    pub target: Target,
    /// When it fires.
    pub schedule: Schedule,
    /// A local time window in which it stays silent.
    pub quiet: Option<QuietHours>,
    /// Stay silent on days with a check-in already.
    pub skip_if_checked_in: bool,
    /// Off reminders never fire.
    pub enabled: bool,
}

impl ReminderInput {
    /// A new reminder made at `now` from this input, with an id none of `existing` has; checked
    /// ([`Reminder::added`], [`Reminder::validate`]).
    pub fn add(self, existing: &[Reminder], now: DateTime<Utc>) -> Result<Reminder> {
        let mut r = Reminder::added(existing, self.target.clone(), self.schedule.clone(), now)?;
        self.apply(&mut r, now)?;
        Ok(r)
    }

    /// Writes this input onto `reminder` (its id stays) at `now`: a changed schedule goes through
    /// [`Reminder::reschedule`]; then the whole reminder is checked. On an error `reminder` may be half changed: call
    /// this inside [`crate::settings::Settings::update`], which then writes nothing.
    pub fn apply(self, reminder: &mut Reminder, now: DateTime<Utc>) -> Result<()> {
        reminder.reschedule(self.schedule, now)?;
        reminder.set_label(self.label.as_deref());
        reminder.target = self.target;
        reminder.quiet = self.quiet;
        reminder.skip_if_checked_in = self.skip_if_checked_in;
        reminder.enabled = self.enabled;
        reminder.validate()
    }
}

/// The runner's memory for a reminder made (or rescheduled) at `now`: nothing before `now` counts as a missed fire.
pub fn fresh_state(now: DateTime<Utc>) -> ReminderState {
    ReminderState { last_fired: Some(now), snoozed_until: None }
}

impl Reminder {
    /// A new, enabled reminder made at `now`, with a fresh id and no label or quiet hours: a one-off must be after
    /// `now`, and the runner's memory starts at `now` ([`fresh_state`]).
    pub fn added(existing: &[Reminder], target: Target, schedule: Schedule, now: DateTime<Utc>) -> Result<Reminder> {
        check_not_passed(&schedule, now)?;
        let mut r = Reminder::new(existing, target, schedule);
        r.state = fresh_state(now);
        Ok(r)
    }

    /// Gives the reminder `schedule` at `now`. The same schedule changes nothing (switching a reminder off and on
    /// again, or changing its label, keeps its memory); another one must not be a one-off that has passed, and
    /// starts the runner's memory afresh ([`fresh_state`]).
    pub fn reschedule(&mut self, schedule: Schedule, now: DateTime<Utc>) -> Result<()> {
        if schedule == self.schedule {
            return Ok(());
        }
        check_not_passed(&schedule, now)?;
        self.schedule = schedule;
        self.state = fresh_state(now);
        Ok(())
    }

    /// Sets the person's own label: trimmed, and none when that leaves nothing.
    pub fn set_label(&mut self, label: Option<&str>) {
        self.label = label.map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned);
    }
}

/// A one-off reminder's time must still be to come.
fn check_not_passed(schedule: &Schedule, now: DateTime<Utc>) -> Result<()> {
    match schedule {
        Schedule::Once { at } if *at <= now => Err(Error::invalid(Field::At, "choose a time that hasn't passed yet")),
        _ => Ok(()),
    }
}
