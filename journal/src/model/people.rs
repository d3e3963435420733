//! The people entries can be about.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::{LoveLanguage, PersonId};

/// How someone is related to me.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    /// A partner.
    Partner,
    /// Family.
    Family,
    /// A friend.
    Friend,
    /// A therapist or counsellor.
    Therapist,
    /// Anyone else.
    #[default]
    Other,
}

impl Relationship {
    /// Every relationship, in the order menus show them.
    pub const ALL: [Relationship; 5] = [
        Relationship::Partner,
        Relationship::Family,
        Relationship::Friend,
        Relationship::Therapist,
        Relationship::Other,
    ];

    /// How it reads ("Therapist or counsellor").
    pub fn label(self) -> &'static str {
        match self {
            Relationship::Partner => "Partner",
            Relationship::Family => "Family",
            Relationship::Friend => "Friend",
            Relationship::Therapist => "Therapist or counsellor",
            Relationship::Other => "Someone else",
        }
    }
}

impl std::str::FromStr for Relationship {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "partner" => Ok(Relationship::Partner),
            "family" => Ok(Relationship::Family),
            "friend" => Ok(Relationship::Friend),
            "therapist" | "counsellor" | "counselor" => Ok(Relationship::Therapist),
            "other" => Ok(Relationship::Other),
            _ => Err(crate::Error::invalid(
                crate::Field::Relationship,
                format!("'{s}' is not one of partner, family, friend, therapist, other"),
            )),
        }
    }
}

/// Someone in my life that entries can be about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// UUIDv7.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub id: PersonId,
    /// Their name as I call them; unique in the journal, ignoring case.
    pub name: String,
    /// How they are related to me.
    pub relationship: Relationship,
    /// Their love language, as I understand it.
    pub love_language: Option<LoveLanguage>,
}

/// The fields of a person a writer chooses (for add and edit).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    /// Their name.
    pub name: String,
    /// How they are related to me.
    #[serde(default)]
    pub relationship: Relationship,
    /// Their love language, as I understand it.
    #[serde(default)]
    pub love_language: Option<LoveLanguage>,
}
