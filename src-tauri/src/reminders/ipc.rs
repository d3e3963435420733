//! The payloads of the reminder commands that are the app's own; the reminder types themselves (and the input the
//! settings screen sends, `ReminderInput`) come from the journal.

use attune_journal::reminders::ReminderId;
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

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
