//! A reflection on reaching for closeness and pulling away: never a label, only what happened in one moment.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// What I felt like doing in a moment of distance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Urge {
    /// Move toward them: ask, call, hold on, say more.
    Reach,
    /// Step back: go quiet, get busy, want space.
    PullAway,
    /// Both at once.
    Both,
}

impl Urge {
    /// All three.
    pub const ALL: [Urge; 3] = [Urge::Reach, Urge::PullAway, Urge::Both];

    /// The stable name (`reach`, `pull_away`, `both`).
    pub fn as_str(self) -> &'static str {
        match self {
            Urge::Reach => "reach",
            Urge::PullAway => "pull_away",
            Urge::Both => "both",
        }
    }

    /// A plain label ("Reach for them").
    pub fn label(self) -> &'static str {
        match self {
            Urge::Reach => "Reach for them",
            Urge::PullAway => "Pull away",
            Urge::Both => "Both at once",
        }
    }
}

impl std::str::FromStr for Urge {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        match s.trim().to_ascii_lowercase().replace(['-', ' '], "_").as_str() {
            "reach" | "reach_out" => Ok(Urge::Reach),
            "pull_away" | "pull_back" | "withdraw" => Ok(Urge::PullAway),
            "both" => Ok(Urge::Both),
            _ => {
                Err(crate::Error::invalid(crate::Field::Wanted, format!("'{s}' is not one of reach, pull-away, both")))
            }
        }
    }
}

/// A moment of distance, looked at kindly.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct Reaching {
    /// The moment of distance. Required.
    pub moment: String,
    /// What I felt (feeling words).
    pub felt: Vec<String>,
    /// What I wanted to do: reach, pull away, or both.
    pub wanted: Option<Urge>,
    /// What I did.
    pub did: String,
    /// What might have helped.
    pub might_have_helped: String,
    /// What a steady, secure response from me or from them might have looked like.
    pub steady_response: String,
}
