//! A feelings check-in.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// A feelings check-in: where I am on the Mood Meter, the words for it, and what's underneath.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct CheckIn {
    /// How pleasant it feels, −5 (very unpleasant) to 5 (very pleasant).
    pub pleasantness: i8,
    /// How much energy there is, −5 (very low) to 5 (very high).
    pub energy: i8,
    /// Feeling words, from the vocabulary or my own. At least one.
    pub feelings: Vec<String>,
    /// What's going on.
    pub whats_going_on: String,
    /// A hope or dream.
    pub hope: String,
    /// A concern.
    pub concern: String,
    /// What I need.
    pub need: String,
}
