//! Small builders shared by the reminder tests.

use attune_journal::reminders::{parse_time, Reminder, ReminderId, ReminderState, Schedule, Target};
use chrono::{DateTime, FixedOffset, NaiveTime, Utc};
use chrono_tz::Tz;

pub fn tz(name: &str) -> Tz {
    name.parse().unwrap_or_else(|e| panic!("{name}: {e}"))
}

pub fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap_or_else(|e| panic!("{s}: {e}")).with_timezone(&Utc)
}

pub fn time(s: &str) -> NaiveTime {
    parse_time(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// A fire shown with the offset in force in `tz`, for readable assertions.
pub fn local(t: DateTime<Utc>, tz: Tz) -> DateTime<FixedOffset> {
    t.with_timezone(&tz).fixed_offset()
}

pub fn reminder(schedule: Schedule) -> Reminder {
    Reminder {
        id: ReminderId("0000abcd".into()),
        label: None,
        target: Target::CheckIn,
        schedule,
        quiet: None,
        skip_if_checked_in: false,
        enabled: true,
        state: ReminderState::default(),
    }
}

pub fn daily(times: &[&str]) -> Reminder {
    reminder(Schedule::Daily { times: times.iter().map(|t| time(t)).collect() })
}
