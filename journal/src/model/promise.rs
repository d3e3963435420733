//! A promise: what I said I'd do, for whom, by when, and later how it went.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::PersonId;

/// How a promise turned out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum PromiseOutcome {
    /// Not done yet (a new promise).
    #[default]
    NotYet,
    /// Kept.
    Kept,
    /// Changed along the way (agreed differently, or let go of).
    Changed,
}

impl PromiseOutcome {
    /// Every outcome, in the order menus show them.
    pub const ALL: [PromiseOutcome; 3] = [PromiseOutcome::NotYet, PromiseOutcome::Kept, PromiseOutcome::Changed];

    /// The stable name (`not_yet`, `kept`, `changed`).
    pub fn as_str(self) -> &'static str {
        match self {
            PromiseOutcome::NotYet => "not_yet",
            PromiseOutcome::Kept => "kept",
            PromiseOutcome::Changed => "changed",
        }
    }

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            PromiseOutcome::NotYet => "Not yet",
            PromiseOutcome::Kept => "Kept",
            PromiseOutcome::Changed => "Changed",
        }
    }
}

impl std::str::FromStr for PromiseOutcome {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        PromiseOutcome::ALL.into_iter().find(|o| o.as_str() == norm).ok_or_else(|| {
            crate::Error::invalid(
                crate::Field::Outcome,
                format!("'{s}' is not how a promise went; choose one of: not_yet, kept, changed"),
            )
        })
    }
}

/// What I said I'd do.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct Promise {
    /// What I said I'd do. Required.
    pub what: String,
    /// Who it was for, if anyone.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub for_whom: Option<PersonId>,
    /// By when (the writer's local date), if a day was named.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub by_when: Option<NaiveDate>,
    /// How it turned out so far.
    pub outcome: PromiseOutcome,
    /// A line on how it went.
    pub how_it_went: String,
}
