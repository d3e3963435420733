//! The built-in feelings vocabulary and vulnerability prompt deck, from data files in `journal/data/`.
//!
//! STUB: signatures fixed; implementation in progress.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// A family of feelings, placed in one Mood Meter quadrant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct FeelingFamily {
    /// Stable id, e.g. `calm`.
    pub id: String,
    /// Label, e.g. "Calm and content".
    pub label: String,
    /// Which quadrant: pleasantness and energy signs.
    pub quadrant: Quadrant,
    /// The words, lower-case.
    pub words: Vec<String>,
}

/// A Mood Meter quadrant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// Pleasant, high energy.
    PleasantHigh,
    /// Pleasant, low energy.
    PleasantLow,
    /// Unpleasant, high energy.
    UnpleasantHigh,
    /// Unpleasant, low energy.
    UnpleasantLow,
}

impl Quadrant {
    /// The quadrant of a Mood Meter point (0 counts as pleasant / high).
    pub fn of(pleasantness: i8, energy: i8) -> Quadrant {
        match (pleasantness >= 0, energy >= 0) {
            (true, true) => Quadrant::PleasantHigh,
            (true, false) => Quadrant::PleasantLow,
            (false, true) => Quadrant::UnpleasantHigh,
            (false, false) => Quadrant::UnpleasantLow,
        }
    }
}

/// A prompt from the vulnerability deck.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Prompt {
    /// Stable id, e.g. `childhood-03`.
    pub id: String,
    /// The theme id.
    pub theme: String,
    /// The question.
    pub text: String,
    /// The idea it practises, e.g. "turning toward", "self-disclosure".
    pub practises: String,
}

/// A theme of the deck.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Theme {
    /// Stable id, e.g. `childhood`.
    pub id: String,
    /// Label, e.g. "Childhood memories".
    pub label: String,
}

/// The feelings vocabulary, in families.
pub fn feelings() -> &'static [FeelingFamily] {
    todo!()
}

/// The prompt deck's themes.
pub fn themes() -> &'static [Theme] {
    todo!()
}

/// Every prompt in the deck.
pub fn prompts() -> &'static [Prompt] {
    todo!()
}

/// A prompt by id.
pub fn prompt(id: &str) -> Option<&'static Prompt> {
    prompts().iter().find(|p| p.id == id)
}

/// The prompt of the day for a date: stable for the day, different from day to day.
pub fn prompt_for_day(date: chrono::NaiveDate) -> &'static Prompt {
    let _ = date;
    todo!()
}
