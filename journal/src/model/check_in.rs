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
    /// The next step chosen after this check-in ("I'll try this"), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub next_step: Option<ChosenStep>,
    /// How the step chosen at the check-in before this one went, if it was asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub last_step: Option<StepFollowUp>,
}

/// A next step kept with a check-in: which strategy, and its words as they were offered (so later changes to the
/// built-in strategies don't alter what was chosen).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct ChosenStep {
    /// The strategy's id (see [`crate::vocab::strategies`]).
    pub strategy_id: String,
    /// What it said.
    pub text: String,
}

/// How a chosen step went, told at the next check-in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum HowItWent {
    /// It helped.
    Helped,
    /// A little.
    #[default]
    ALittle,
    /// Not really.
    NotReally,
    /// I didn't get to it (that's fine).
    DidntTry,
}

impl HowItWent {
    /// Every answer, in the order they are offered.
    pub const ALL: [HowItWent; 4] = [HowItWent::Helped, HowItWent::ALittle, HowItWent::NotReally, HowItWent::DidntTry];

    /// A plain label ("It helped").
    pub fn label(self) -> &'static str {
        match self {
            HowItWent::Helped => "It helped",
            HowItWent::ALittle => "A little",
            HowItWent::NotReally => "Not really",
            HowItWent::DidntTry => "I didn't get to it",
        }
    }
}

/// The answer to "how did it go?" about the step chosen last time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct StepFollowUp {
    /// The step, as it was chosen.
    pub step: ChosenStep,
    /// How it went.
    pub how: HowItWent,
    /// A few words about it (optional).
    pub note: String,
}
