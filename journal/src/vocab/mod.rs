//! The built-in words Attune offers: the feelings vocabulary, the vulnerability prompt deck, and the practices that
//! go with them (next steps after a check-in, repair phrases, the care line), from data files in `journal/data/`; `mood`
//! places the feeling words on the Mood Meter and says which are nearest a point ([`feelings_near`]).
//!
//! The files are compiled into the binary with `include_str!` and parsed once, on first use. They are data, not
//! code: a change of words or prompts needs no change here, and `tests/vocab.rs` checks their invariants (enough
//! words and prompts, unique ids, every quadrant and family covered, every prompt tagged).
//!
//! Prompt ids (`childhood-03`) are stable: entries keep the id of the prompt they answer, so an id is never reused
//! for a different question. New prompts go at the end of their theme.

mod deck;
mod mood;
mod support;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

pub use deck::{
    next_prompt, practice, practices, prompt, prompt_for_day, prompts, prompts_in_theme, theme, themes, Depth,
    Practice, Prompt, Theme,
};
pub use mood::{feelings_near, position, FeelingsNear, MoodPoint, NEAREST_COUNT, SCALE as MOOD_SCALE};
pub use support::{
    care, care_line, next_steps, reaching_explainer, repair_groups, strategies, strategy, CareLine, NextSteps,
    OfferedStep, RepairGroup, StepKind, Strategy,
};

/// A family of feelings, placed in one Mood Meter quadrant (or, for mixed and in-between feelings, in none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct FeelingFamily {
    /// Stable id, e.g. `calm`.
    pub id: String,
    /// Label, e.g. "Calm and at ease".
    pub label: String,
    /// Which quadrant: pleasantness and energy signs. `None` for mixed or in-between feelings, which fit anywhere.
    pub quadrant: Option<Quadrant>,
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
    /// All four, pleasant first.
    pub const ALL: [Quadrant; 4] =
        [Quadrant::PleasantHigh, Quadrant::PleasantLow, Quadrant::UnpleasantHigh, Quadrant::UnpleasantLow];

    /// A short, plain name for the quadrant ("Calm and at ease").
    pub fn label(self) -> &'static str {
        match self {
            Quadrant::PleasantHigh => "Bright and energised",
            Quadrant::PleasantLow => "Calm and at ease",
            Quadrant::UnpleasantHigh => "Stirred up",
            Quadrant::UnpleasantLow => "Low and heavy",
        }
    }

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

/// A feeling word that says more about what someone did than about how it felt inside ("betrayed", "ignored"),
/// with feelings that often sit underneath it. The I-statement builder offers them as a gentle hint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Underneath {
    /// The word, lower-case.
    pub word: String,
    /// Vocabulary words for what it may feel like inside.
    pub underneath: Vec<String>,
}

/// `data/feelings.json`.
#[derive(Deserialize)]
struct FeelingsFile {
    families: Vec<FeelingFamily>,
    underneath: Vec<Underneath>,
}

fn feelings_file() -> &'static FeelingsFile {
    static FILE: OnceLock<FeelingsFile> = OnceLock::new();
    FILE.get_or_init(|| parse_embedded(include_str!("../../data/feelings.json"), "feelings.json"))
}

/// The feelings vocabulary, in families.
pub fn feelings() -> &'static [FeelingFamily] {
    &feelings_file().families
}

/// The family a feeling word belongs to, ignoring case and surrounding spaces; `None` for a word of the writer's own.
pub fn family_of(word: &str) -> Option<&'static FeelingFamily> {
    let word = normalise(word);
    feelings().iter().find(|f| f.words.contains(&word))
}

/// A family by id.
pub fn family(id: &str) -> Option<&'static FeelingFamily> {
    feelings().iter().find(|f| f.id == id)
}

/// Every vocabulary word that fits a Mood Meter quadrant, family by family: the quadrant's own families, then the
/// mixed and in-between words, which fit anywhere.
pub fn words_in_quadrant(quadrant: Quadrant) -> impl Iterator<Item = &'static str> {
    let own = feelings().iter().filter(move |f| f.quadrant == Some(quadrant));
    let anywhere = feelings().iter().filter(|f| f.quadrant.is_none());
    own.chain(anywhere).flat_map(|f| f.words.iter().map(String::as_str))
}

/// Every word that is more about what someone did than about the feeling inside, with what may sit underneath.
pub fn underneath_words() -> &'static [Underneath] {
    &feelings_file().underneath
}

/// What may sit underneath a word like "betrayed" or "ignored" (ignoring case and surrounding spaces); `None` for a
/// word that already names a feeling inside.
pub fn underneath(word: &str) -> Option<&'static Underneath> {
    let word = normalise(word);
    underneath_words().iter().find(|u| u.word == word)
}

/// Everything built in, in one value: what the app's UI loads once.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Vocabulary {
    /// Feeling words in families, by Mood Meter quadrant.
    pub feelings: Vec<FeelingFamily>,
    /// Words about what someone did, with the feelings that may sit underneath.
    pub underneath: Vec<Underneath>,
    /// The prompt deck's themes.
    pub themes: Vec<Theme>,
    /// What prompts practise.
    pub practices: Vec<Practice>,
    /// Every prompt.
    pub prompts: Vec<Prompt>,
    /// Repair phrases, in groups.
    pub repair_groups: Vec<RepairGroup>,
    /// The short explainer of reaching for closeness and pulling back.
    pub reaching_explainer: String,
}

/// The whole built-in vocabulary.
pub fn vocabulary() -> Vocabulary {
    Vocabulary {
        feelings: feelings().to_vec(),
        underneath: underneath_words().to_vec(),
        themes: themes().to_vec(),
        practices: practices().to_vec(),
        prompts: prompts().to_vec(),
        repair_groups: repair_groups().to_vec(),
        reaching_explainer: reaching_explainer().to_string(),
    }
}

/// A word as the vocabulary stores it: trimmed and lower-case.
fn normalise(word: &str) -> String {
    word.trim().to_lowercase()
}

/// Parses a data file compiled into the binary. It is never read from disk or from the user, and the test suite
/// parses every file, so a failure here is a build that should never have shipped, not a runtime condition.
fn parse_embedded<T: serde::de::DeserializeOwned>(json: &str, name: &str) -> T {
    match serde_json::from_str(json) {
        Ok(value) => value,
        Err(e) => panic!("the built-in {name} is malformed: {e}"),
    }
}
