//! A conflict reflection: the I-statement, the four horsemen and their antidotes, where it stands.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// The four horsemen: patterns that hurt a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Horseman {
    /// Attacking the person rather than the problem. Antidote: a gentle start-up.
    Criticism,
    /// Scorn, mockery, superiority. Antidote: a culture of appreciation.
    Contempt,
    /// Counter-attacking or playing the victim. Antidote: taking responsibility.
    Defensiveness,
    /// Shutting down and withdrawing. Antidote: self-soothing, then coming back.
    Stonewalling,
}

impl Horseman {
    /// All four.
    pub const ALL: [Horseman; 4] =
        [Horseman::Criticism, Horseman::Contempt, Horseman::Defensiveness, Horseman::Stonewalling];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Horseman::Criticism => "criticism",
            Horseman::Contempt => "contempt",
            Horseman::Defensiveness => "defensiveness",
            Horseman::Stonewalling => "stonewalling",
        }
    }

    /// Its name as people read it ("Criticism").
    pub fn label(self) -> &'static str {
        match self {
            Horseman::Criticism => "Criticism",
            Horseman::Contempt => "Contempt",
            Horseman::Defensiveness => "Defensiveness",
            Horseman::Stonewalling => "Stonewalling",
        }
    }

    /// Its antidote, as a short label.
    pub fn antidote(self) -> &'static str {
        match self {
            Horseman::Criticism => "Gentle start-up",
            Horseman::Contempt => "Appreciation and respect",
            Horseman::Defensiveness => "Taking responsibility",
            Horseman::Stonewalling => "Self-soothing",
        }
    }

    /// One plain sentence on what it looks like.
    pub fn explanation(self) -> &'static str {
        match self {
            Horseman::Criticism => "Turning a complaint about something that happened into a verdict on who someone is (\"you always…\", \"you never…\").",
            Horseman::Contempt => "Speaking from above: sarcasm, eye-rolling, mockery, or name-calling.",
            Horseman::Defensiveness => "Answering a concern with an excuse or a counter-complaint instead of hearing it.",
            Horseman::Stonewalling => "Going quiet and closing off, often because the feelings got too big to stay present.",
        }
    }

    /// One plain sentence on how its antidote sounds.
    pub fn antidote_hint(self) -> &'static str {
        match self {
            Horseman::Criticism => "Talk about your feeling and a specific situation, then ask for what you need.",
            Horseman::Contempt => "Remember what you value in them, and say what you need with respect.",
            Horseman::Defensiveness => "Find the part that is yours, even a small one, and own it.",
            Horseman::Stonewalling => "Say you need a break, take twenty minutes to calm your body, then come back.",
        }
    }
}

impl std::str::FromStr for Horseman {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        let norm = s.trim().to_ascii_lowercase();
        Horseman::ALL.into_iter().find(|h| h.as_str() == norm).ok_or_else(|| {
            crate::Error::invalid(
                crate::Field::Horsemen,
                format!("'{s}' is not one of criticism, contempt, defensiveness, stonewalling"),
            )
        })
    }
}

/// Whose behaviour a horseman describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Whose {
    /// Mine.
    Mine,
    /// Theirs.
    Theirs,
}

impl std::str::FromStr for Whose {
    type Err = crate::Error;
    /// `mine` or `theirs`, as a person would say it (`me`, `my`, `them`, `their` too).
    fn from_str(s: &str) -> crate::Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "mine" | "me" | "my" => Ok(Whose::Mine),
            "theirs" | "them" | "their" => Ok(Whose::Theirs),
            _ => {
                Err(crate::Error::invalid(crate::Field::Horsemen, format!("'{}' is neither mine nor theirs", s.trim())))
            }
        }
    }
}

/// One horseman that showed up, and the antidote rewrite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct HorsemanNote {
    /// Which one.
    pub horseman: Horseman,
    /// Mine or theirs.
    pub whose: Whose,
    /// How it could have sounded with the antidote.
    #[serde(default)]
    pub rewrite: String,
}

/// An I-statement: I feel … when … because …; I need ….
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct IStatement {
    /// I feel …
    pub feel: String,
    /// when …
    pub when: String,
    /// because …
    pub because: String,
    /// I need …
    pub need: String,
}

/// Where a conflict stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum ConflictStatus {
    /// Still open.
    #[default]
    Open,
    /// We are working on repairing it.
    Repairing,
    /// We have repaired, even if not everything is settled.
    Repaired,
    /// Settled.
    Resolved,
}

impl ConflictStatus {
    /// Every status, in the order a conflict moves through them.
    pub const ALL: [ConflictStatus; 4] =
        [ConflictStatus::Open, ConflictStatus::Repairing, ConflictStatus::Repaired, ConflictStatus::Resolved];

    /// The stable name (`open`, `repairing`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictStatus::Open => "open",
            ConflictStatus::Repairing => "repairing",
            ConflictStatus::Repaired => "repaired",
            ConflictStatus::Resolved => "resolved",
        }
    }

    /// How it reads in a list ("Still open").
    pub fn label(self) -> &'static str {
        match self {
            ConflictStatus::Open => "Still open",
            ConflictStatus::Repairing => "Working on it",
            ConflictStatus::Repaired => "We've reconnected",
            ConflictStatus::Resolved => "Settled",
        }
    }

    /// Whether a conflict standing this way is one to come back to (open, or being repaired).
    pub fn needs_revisit(self) -> bool {
        matches!(self, ConflictStatus::Open | ConflictStatus::Repairing)
    }
}

impl std::str::FromStr for ConflictStatus {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        let norm = s.trim().to_ascii_lowercase();
        ConflictStatus::ALL.into_iter().find(|c| c.as_str() == norm).ok_or_else(|| {
            crate::Error::invalid(
                crate::Field::Status,
                format!("'{s}' is not one of open, repairing, repaired, resolved"),
            )
        })
    }
}

/// A conflict reflection, step by step.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct ConflictReflection {
    /// What happened: the facts, as a camera would have seen them. Required.
    pub what_happened: String,
    /// My feelings (words).
    pub my_feelings: Vec<String>,
    /// My I-statement.
    pub i_statement: IStatement,
    /// Which horsemen showed up, mine and theirs, with rewrites.
    pub horsemen: Vec<HorsemanNote>,
    /// How it might have looked from their side.
    pub their_perspective: String,
    /// My part in it.
    pub my_part: String,
    /// Repair tried or planned.
    pub repair: String,
    /// What we learned.
    pub learned: String,
    /// Where it stands.
    pub status: ConflictStatus,
    /// Coming back to it later: what has happened since (see [`crate::Journal::follow_up_conflict`]).
    pub since: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whose_reads_mine_or_theirs_as_people_say_it() {
        for (typed, whose) in
            [("mine", Whose::Mine), (" My ", Whose::Mine), ("them", Whose::Theirs), ("THEIRS", Whose::Theirs)]
        {
            assert_eq!(typed.parse::<Whose>().unwrap(), whose, "{typed}");
        }
        let err = "ours".parse::<Whose>().unwrap_err();
        assert_eq!(err.field(), Some(crate::Field::Horsemen));
        assert!(err.to_string().contains("'ours' is neither mine nor theirs"), "{err}");
    }
}
