//! The words of a notification. They come only from the target and the time of day: never from journal content,
//! names, or a reminder's label, because notifications show on lock screens and in notification history.

use chrono::{NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::Target;

/// A part of the day, for wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum TimeOfDay {
    /// 05:00–11:59.
    Morning,
    /// 12:00–16:59.
    Afternoon,
    /// 17:00–21:59.
    Evening,
    /// 22:00–04:59.
    Night,
}

impl TimeOfDay {
    /// The part of the day a local time falls in.
    pub fn of(t: NaiveTime) -> TimeOfDay {
        match t.hour() {
            5..=11 => TimeOfDay::Morning,
            12..=16 => TimeOfDay::Afternoon,
            17..=21 => TimeOfDay::Evening,
            _ => TimeOfDay::Night,
        }
    }
}

/// A notification's title and body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
pub struct Notification {
    /// One short line.
    pub title: String,
    /// One or two kind sentences.
    pub body: String,
}

impl Notification {
    /// The notification for a target at a time of day.
    pub fn new(target: &Target, when: TimeOfDay) -> Notification {
        let (title, body) = match (target, when) {
            (Target::CheckIn, TimeOfDay::Morning) => {
                ("Time for your morning check-in", "A minute to notice how you're feeling as the day begins.")
            }
            (Target::CheckIn, TimeOfDay::Afternoon) => {
                ("Time for your afternoon check-in", "A short pause to notice how the day is sitting with you.")
            }
            (Target::CheckIn, TimeOfDay::Evening) => {
                ("Time for your evening check-in", "A quiet minute to look back on how today felt.")
            }
            (Target::CheckIn, TimeOfDay::Night) => {
                ("Time for your check-in", "A quiet minute to notice how you're feeling, whenever you're ready.")
            }
            (Target::RelationshipCheckIn, _) => (
                "Time for your check-in together",
                "A good moment to sit down together and hear how you're both doing.",
            ),
            (Target::Appreciation, TimeOfDay::Evening | TimeOfDay::Night) => (
                "A moment for appreciation",
                "Was there something today you felt thankful for? Jot it down while it's fresh.",
            ),
            (Target::Appreciation, _) => (
                "A moment for appreciation",
                "Is there something small you're thankful for? Jot it down while it's fresh.",
            ),
            (Target::ConflictFollowUp { .. }, _) => (
                "Time to revisit a reflection",
                "You planned to come back to something. Open Attune when you have a calm moment.",
            ),
            (Target::LookBack, _) => (
                "Time for your weekly look back",
                "A few quiet minutes with the week just past, whenever you're ready.",
            ),
            (Target::Deck { .. }, _) => (
                "A question is waiting for you",
                "Your prompt deck has a question ready, whenever you'd like to explore it.",
            ),
        };
        Notification { title: title.to_owned(), body: body.to_owned() }
    }
}
