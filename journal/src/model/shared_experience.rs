//! A shared experience.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// Something we did together.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct SharedExperience {
    /// What we did. Required.
    pub what: String,
    /// What made it meaningful.
    pub meaningful: String,
    /// How close I felt, 1–5.
    pub closeness: u8,
}
