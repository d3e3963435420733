//! Reminders: what to open and when, computed as pure functions of "now" and a time zone.
//!
//! A [`Reminder`] names a [`Target`] (what to open), a [`Schedule`] (when, in wall-clock time), optional
//! [`QuietHours`], and a little runner state ([`ReminderState`]). Reminders live in the settings file, outside the
//! vault, so they can fire while the journal is locked; they hold no journal content.
//!
//! Nothing here reads a clock or the system time zone: every function takes `now` as a `DateTime<Utc>` and the zone
//! as a [`chrono_tz::Tz`]. The rules, applied in this order:
//!
//! - **Wall-clock semantics.** "08:00" means 08:00 in whatever zone is passed *now*: after a move to another zone a
//!   daily 08:00 reminder fires at 08:00 there. One-off reminders ([`Schedule::Once`]) are instants instead: "in two
//!   hours" stays two hours after it was set.
//! - **Spring forward.** A wall time that the clock skips fires at the first valid instant after the gap (02:30 on a
//!   night that jumps from 02:00 to 03:00 fires at 03:00). If the gap runs past the end of that local day (Samoa
//!   skipped all of 30 December 2011), the day never existed on the clock and gets no fire.
//! - **Fall back.** A wall time that happens twice fires once, at the earlier instant.
//! - **Quiet hours.** A fire inside the quiet window moves to the window's end (and two fires that land there become
//!   one). This applies to snoozes too.
//! - **Missed fires** (sleep, clock jumps): see [`due`].

mod input;
mod local;
mod notify;
mod parse;
mod plan;
mod schedule;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::{Error, Result};

pub use input::{fresh_state, ReminderInput};
pub use local::{resolve_local, QuietHours};
pub use notify::{Notification, TimeOfDay};
pub use parse::{parse_duration, parse_time, parse_times, parse_weekdays};
pub use plan::{due, next_wake, record_all, snooze_until, Due, Snooze, DEFAULT_GRACE_HOURS, EVENING};
pub use schedule::{next_fire, upcoming};

/// The most times a daily reminder may have.
pub const MAX_DAILY_TIMES: usize = 12;
/// The longest gap of an "every N days" reminder.
pub const MAX_EVERY_DAYS: u32 = 366;
/// The longest label, in characters.
pub const MAX_LABEL_CHARS: usize = 80;

/// A reminder's id: 8 lowercase hex digits, short enough to type (`attune reminders edit 3f9a01c2`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(transparent)]
pub struct ReminderId(pub String);

impl ReminderId {
    /// A fresh random id that none of `existing` has.
    pub fn fresh(existing: &[Reminder]) -> ReminderId {
        use rand_core::RngCore;
        loop {
            let id = ReminderId(format!("{:08x}", rand_core::OsRng.next_u32()));
            if !existing.iter().any(|r| r.id == id) {
                return id;
            }
        }
    }
}

impl std::fmt::Display for ReminderId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a reminder opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Target {
    /// A feelings check-in.
    CheckIn,
    /// A check-in together with a partner (usually weekly).
    RelationshipCheckIn,
    /// An appreciation.
    Appreciation,
    /// Coming back to a conflict reflection: that entry when `entry` names one (the revisit offer at the end of a
    /// conflict reflection), else a new one. The id is the only thing from the journal a reminder holds: it is
    /// random and says nothing of what was written (SECURITY.md).
    ConflictFollowUp {
        /// The conflict reflection to open.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "ts", ts(optional))]
        entry: Option<crate::model::EntryId>,
    },
    /// The weekly look back.
    LookBack,
    /// A question from one theme of the prompt deck.
    Deck {
        /// The theme's id, e.g. `childhood` (see [`crate::vocab::themes`]).
        theme: String,
    },
}

/// When a reminder fires. Times are wall-clock times in the zone passed at the time of asking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Schedule {
    /// Every day at each of these times.
    Daily {
        /// One or more times of day.
        times: Vec<NaiveTime>,
    },
    /// On these weekdays at one time.
    Weekly {
        /// The weekdays, at least one.
        days: Vec<Weekday>,
        /// The time of day.
        time: NaiveTime,
    },
    /// Every `days` days from `start` (which is the first day), at one time.
    Every {
        /// The gap in days, 1 to [`MAX_EVERY_DAYS`].
        days: u32,
        /// The first day.
        start: NaiveDate,
        /// The time of day.
        time: NaiveTime,
    },
    /// Once, at an instant (e.g. "in two hours"). A date and time typed by a person is turned into an instant with
    /// [`resolve_local`] when the reminder is made.
    Once {
        /// When.
        at: DateTime<Utc>,
    },
}

/// The runner's memory for one reminder, kept in the settings file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct ReminderState {
    /// The scheduled instant of the last occurrence that fired (or was skipped). Keeps a clock that jumps back from
    /// firing it again.
    pub last_fired: Option<DateTime<Utc>>,
    /// A snoozed reminder fires again at this instant, whatever its schedule says.
    pub snoozed_until: Option<DateTime<Utc>>,
}

/// One reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    /// Stable id.
    pub id: ReminderId,
    /// The person's own name for it, shown only in settings and lists. Never put in a notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// What it opens.
    pub target: Target,
    /// When it fires.
    pub schedule: Schedule,
    /// A local time window in which it stays silent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiet: Option<QuietHours>,
    /// Stay silent if the person already checked in on the local day the reminder falls on.
    #[serde(default)]
    pub skip_if_checked_in: bool,
    /// Off reminders never fire.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// The runner's memory.
    #[serde(default)]
    pub state: ReminderState,
}

fn yes() -> bool {
    true
}

impl Reminder {
    /// A new, enabled reminder with a fresh id and no label, quiet hours or state.
    pub fn new(existing: &[Reminder], target: Target, schedule: Schedule) -> Reminder {
        Reminder {
            id: ReminderId::fresh(existing),
            label: None,
            target,
            schedule,
            quiet: None,
            skip_if_checked_in: false,
            enabled: true,
            state: ReminderState::default(),
        }
    }

    /// Checks the reminder; the error names the field as the CLI and the UI know it.
    pub fn validate(&self) -> Result<()> {
        if let Some(label) = &self.label {
            if label.chars().count() > MAX_LABEL_CHARS {
                return Err(Error::invalid(
                    crate::Field::Label,
                    format!("keep the label to {MAX_LABEL_CHARS} characters"),
                ));
            }
            if label.chars().any(char::is_control) {
                return Err(Error::invalid(crate::Field::Label, "the label can't contain control characters"));
            }
        }
        if let Target::Deck { theme } = &self.target {
            if theme.trim().is_empty() {
                return Err(Error::invalid(crate::Field::Theme, "choose a theme for the questions"));
            }
            if crate::vocab::theme(theme).is_none() {
                let known: Vec<&str> = crate::vocab::themes().iter().map(|t| t.id.as_str()).collect();
                return Err(Error::invalid(
                    crate::Field::Theme,
                    format!("no deck theme `{theme}`; try one of {}", known.join(", ")),
                ));
            }
        }
        if let Some(q) = &self.quiet {
            q.validate()?;
        }
        match &self.schedule {
            Schedule::Daily { times } if times.is_empty() => {
                Err(Error::invalid(crate::Field::At, "give at least one time"))
            }
            Schedule::Daily { times } if times.len() > MAX_DAILY_TIMES => {
                Err(Error::invalid(crate::Field::At, format!("at most {MAX_DAILY_TIMES} times a day")))
            }
            Schedule::Weekly { days, .. } if days.is_empty() => {
                Err(Error::invalid(crate::Field::On, "choose at least one day"))
            }
            Schedule::Every { days, .. } if !(1..=MAX_EVERY_DAYS).contains(days) => {
                Err(Error::invalid(crate::Field::Days, format!("choose between 1 and {MAX_EVERY_DAYS} days")))
            }
            _ => Ok(()),
        }
    }

    /// Puts the reminder to sleep and sets it to fire again at [`snooze_until`]`(snooze, now, tz)` (quiet hours
    /// applied). Returns that instant.
    pub fn snooze(&mut self, snooze: Snooze, now: DateTime<Utc>, tz: chrono_tz::Tz) -> DateTime<Utc> {
        let mut at = snooze_until(snooze, now, tz);
        if let Some(q) = &self.quiet {
            at = q.defer(at, tz);
        }
        self.state.snoozed_until = Some(at);
        at
    }

    /// Records that the runner showed (or skipped) `due`, so it is not shown again.
    pub fn record(&mut self, due: &Due) {
        if let Some(t) = due.occurrence {
            self.state.last_fired = Some(self.state.last_fired.map_or(t, |f| f.max(t)));
        }
        if due.snooze_ended {
            self.state.snoozed_until = None;
        }
    }
}
