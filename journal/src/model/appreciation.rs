//! An appreciation, and the love languages it can speak.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::PersonId;

/// The five love languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum LoveLanguage {
    /// Words of affirmation.
    Words,
    /// Acts of service.
    Service,
    /// Gifts.
    Gifts,
    /// Quality time.
    QualityTime,
    /// Physical touch.
    Touch,
}

impl LoveLanguage {
    /// Every love language.
    pub const ALL: [LoveLanguage; 5] = [
        LoveLanguage::Words,
        LoveLanguage::Service,
        LoveLanguage::Gifts,
        LoveLanguage::QualityTime,
        LoveLanguage::Touch,
    ];

    /// The stable name (`words`, `quality_time`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            LoveLanguage::Words => "words",
            LoveLanguage::Service => "service",
            LoveLanguage::Gifts => "gifts",
            LoveLanguage::QualityTime => "quality_time",
            LoveLanguage::Touch => "touch",
        }
    }

    /// A human label ("Words of affirmation").
    pub fn label(self) -> &'static str {
        match self {
            LoveLanguage::Words => "Words of affirmation",
            LoveLanguage::Service => "Acts of service",
            LoveLanguage::Gifts => "Gifts",
            LoveLanguage::QualityTime => "Quality time",
            LoveLanguage::Touch => "Physical touch",
        }
    }

    /// One line on what speaking it looks like.
    pub fn hint(self) -> &'static str {
        match self {
            LoveLanguage::Words => "Saying what you see and value in them",
            LoveLanguage::Service => "Doing something that lightens their load",
            LoveLanguage::Gifts => "A small, thought-through token",
            LoveLanguage::QualityTime => "Undivided attention, together",
            LoveLanguage::Touch => "A hug, a hand, closeness",
        }
    }
}

impl std::str::FromStr for LoveLanguage {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let found = match norm.as_str() {
            "words" | "words_of_affirmation" | "affirmation" => Some(LoveLanguage::Words),
            "service" | "acts_of_service" | "acts" => Some(LoveLanguage::Service),
            "gifts" | "gift" | "receiving_gifts" => Some(LoveLanguage::Gifts),
            "quality_time" | "time" => Some(LoveLanguage::QualityTime),
            "touch" | "physical_touch" => Some(LoveLanguage::Touch),
            _ => None,
        };
        found.ok_or_else(|| {
            crate::Error::invalid(
                crate::Field::LoveLanguage,
                format!("'{s}' is not a love language; choose one of: words, service, gifts, quality_time, touch"),
            )
        })
    }
}

/// An appreciation: something specific someone did, and why it mattered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Appreciation {
    /// Who it is for (also listed in the entry's people).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub for_whom: PersonId,
    /// The specific thing they did or are.
    pub what: String,
    /// Why it mattered to me.
    #[serde(default)]
    pub why: String,
    /// The love language it speaks.
    #[serde(default)]
    pub love_language: Option<LoveLanguage>,
    /// Whether I have told them.
    #[serde(default)]
    pub told: bool,
}
