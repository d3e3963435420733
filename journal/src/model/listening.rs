//! Listening together: two people at one computer take turns, one speaking, one listening and saying back what they
//! heard.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// Who spoke in a turn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    /// I spoke, they listened.
    #[default]
    Me,
    /// They spoke, I listened.
    Them,
}

/// Whether the listener got it, in the speaker's words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum GotIt {
    /// "Yes, that's it."
    #[default]
    Yes,
    /// "Partly", and what was missed.
    Partly,
}

/// One turn: one person speaks about a feeling, hope or worry; the other says back what they heard.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct ListeningTurn {
    /// Who spoke.
    pub speaker: Speaker,
    /// What it was about, in a few words (optional).
    pub about: String,
    /// What the listener heard, in their own words. Required.
    pub heard: String,
    /// Did the listener get it?
    pub got_it: GotIt,
    /// What was missed, when partly.
    pub missed: String,
    /// One curious follow-up question the listener asked.
    pub question: String,
}

/// Listening together: both turns, saved as one entry about the person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct Listening {
    /// The turns, in order: one or two, one each.
    pub turns: Vec<ListeningTurn>,
    /// Anything either of us wants to remember afterwards (optional).
    pub afterwards: String,
}

impl std::str::FromStr for GotIt {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "yes" | "y" => Ok(GotIt::Yes),
            "partly" | "partially" | "part" => Ok(GotIt::Partly),
            _ => Err(crate::Error::invalid(crate::Field::GotIt, format!("'{s}' is not one of yes, partly"))),
        }
    }
}
