//! The payloads of the reminder commands that are the app's own; the reminder types themselves come from the journal.

use attune_journal::reminders::{QuietHours, Reminder, ReminderId, ReminderState, Schedule, Target};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A reminder as the settings screen edits it: everything but its id and the runner's memory.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
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
    /// Writes these fields onto `reminder` (keeping its id). A changed schedule starts the runner's memory afresh
    /// at `now` (see [`fresh_state`]).
    pub fn apply(self, reminder: &mut Reminder, now: DateTime<Utc>) {
        if reminder.schedule != self.schedule {
            reminder.state = fresh_state(now);
        }
        reminder.label = self.label.map(|l| l.trim().to_owned()).filter(|l| !l.is_empty());
        reminder.target = self.target;
        reminder.schedule = self.schedule;
        reminder.quiet = self.quiet;
        reminder.skip_if_checked_in = self.skip_if_checked_in;
        reminder.enabled = self.enabled;
    }
}

/// The runner's memory for a reminder made (or rescheduled) at `now`: nothing before `now` counts as a missed fire, so
/// a daily 08:00 reminder made at 09:00 doesn't show the 08:00 that passed before it existed when Attune next starts.
pub fn fresh_state(now: DateTime<Utc>) -> ReminderState {
    ReminderState { last_fired: Some(now), snoozed_until: None }
}

/// When a reminder next shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NextReminder {
    /// The reminder.
    pub id: ReminderId,
    /// The instant (UTC).
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    /// Whether this is a snooze running out rather than the schedule.
    pub snoozed: bool,
}
