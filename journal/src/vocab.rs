//! The built-in feelings vocabulary and vulnerability prompt deck, from data files in `journal/data/`.
//!
//! Both files are compiled into the binary with `include_str!` and parsed once, on first use. They are data, not
//! code: a change of words or prompts needs no change here, and `tests/model.rs` checks their invariants (enough
//! words and prompts, unique ids, every quadrant covered, every prompt's theme known).
//!
//! Prompt ids (`childhood-03`) are stable: entries keep the id of the prompt they answer, so an id is never reused
//! for a different question. New prompts go at the end of their theme.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// A family of feelings, placed in one Mood Meter quadrant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct FeelingFamily {
    /// Stable id, e.g. `calm`.
    pub id: String,
    /// Label, e.g. "Calm and content".
    pub label: String,
    /// Which quadrant: pleasantness and energy signs.
    pub quadrant: Quadrant,
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

/// A prompt from the vulnerability deck.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Prompt {
    /// Stable id, e.g. `childhood-03`.
    pub id: String,
    /// The theme id.
    pub theme: String,
    /// The question.
    pub text: String,
    /// The idea it practises, e.g. "turning toward", "self-disclosure".
    pub practises: String,
}

/// A theme of the deck.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Theme {
    /// Stable id, e.g. `childhood`.
    pub id: String,
    /// Label, e.g. "Childhood memories".
    pub label: String,
}

/// The feelings vocabulary, in families.
pub fn feelings() -> &'static [FeelingFamily] {
    static FEELINGS: OnceLock<Vec<FeelingFamily>> = OnceLock::new();
    FEELINGS.get_or_init(|| parse_embedded(include_str!("../data/feelings.json"), "feelings.json"))
}

/// The family a feeling word belongs to, ignoring case and surrounding spaces; `None` for a word of the writer's own.
pub fn family_of(word: &str) -> Option<&'static FeelingFamily> {
    let word = word.trim().to_lowercase();
    feelings().iter().find(|f| f.words.contains(&word))
}

/// Every vocabulary word in one Mood Meter quadrant, family by family.
pub fn words_in_quadrant(quadrant: Quadrant) -> impl Iterator<Item = &'static str> {
    feelings().iter().filter(move |f| f.quadrant == quadrant).flat_map(|f| f.words.iter().map(String::as_str))
}

/// The prompt deck as stored in `data/prompts.json`.
#[derive(Deserialize)]
struct Deck {
    themes: Vec<Theme>,
    prompts: Vec<Prompt>,
}

fn deck() -> &'static Deck {
    static DECK: OnceLock<Deck> = OnceLock::new();
    DECK.get_or_init(|| parse_embedded(include_str!("../data/prompts.json"), "prompts.json"))
}

/// Parses a data file compiled into the binary. It is never read from disk or from the user, and the test suite
/// parses both files, so a failure here is a build that should never have shipped, not a runtime condition.
fn parse_embedded<T: serde::de::DeserializeOwned>(json: &str, name: &str) -> T {
    match serde_json::from_str(json) {
        Ok(value) => value,
        Err(e) => panic!("the built-in {name} is malformed: {e}"),
    }
}

/// The prompt deck's themes.
pub fn themes() -> &'static [Theme] {
    &deck().themes
}

/// A theme by id.
pub fn theme(id: &str) -> Option<&'static Theme> {
    themes().iter().find(|t| t.id == id)
}

/// Every prompt in the deck.
pub fn prompts() -> &'static [Prompt] {
    &deck().prompts
}

/// A prompt by id.
pub fn prompt(id: &str) -> Option<&'static Prompt> {
    prompts().iter().find(|p| p.id == id)
}

/// The prompts of one theme, in deck order (empty for an unknown theme).
pub fn prompts_in_theme(theme: &str) -> impl Iterator<Item = &'static Prompt> + '_ {
    prompts().iter().filter(move |p| p.theme == theme)
}

/// The prompt of the day for a date: stable for the day, different from day to day.
///
/// Days are walked through the deck with a fixed stride that shares no factor with the deck's size, so every prompt
/// comes up exactly once in each run of `prompts().len()` days, and neighbouring days land in different themes.
pub fn prompt_for_day(date: NaiveDate) -> &'static Prompt {
    let deck = prompts();
    &deck[day_slot(date, deck.len())]
}

/// A fresh prompt after the one with id `after_id`: for "show me another".
///
/// With a theme, the next prompt of that theme in deck order, wrapping round. Without one, the prompt that follows
/// it in the day-by-day order of [`prompt_for_day`], so "another" after today's prompt is tomorrow's. An unknown
/// `after_id` starts from the beginning. `None` only when the theme has no prompts.
pub fn next_prompt(after_id: &str, theme: Option<&str>) -> Option<&'static Prompt> {
    let deck = prompts();
    match theme {
        Some(theme) => {
            let in_theme: Vec<&'static Prompt> = prompts_in_theme(theme).collect();
            let next = in_theme.iter().position(|p| p.id == after_id).map_or(0, |i| (i + 1) % in_theme.len());
            in_theme.get(next).copied()
        }
        None => {
            let n = deck.len();
            let step = stride(n);
            // Day d shows index d·step (mod n), so the day after the one showing i shows i + step.
            let next = match deck.iter().position(|p| p.id == after_id) {
                Some(i) => (i + step) % n,
                None => 0,
            };
            deck.get(next)
        }
    }
}

/// Which deck index a date gets: `days · stride mod n`.
fn day_slot(date: NaiveDate, n: usize) -> usize {
    let days = i64::from(date.num_days_from_ce());
    let n_i = n as i64;
    let k = days.rem_euclid(n_i) as usize;
    (k * stride(n)) % n
}

/// A step through a deck of `n` prompts that visits every one before repeating: the first number from about
/// three fifths of the way in that shares no factor with `n`. Far enough to leave the current theme behind.
fn stride(n: usize) -> usize {
    if n <= 2 {
        return 1;
    }
    let mut s = n * 3 / 5;
    while gcd(s, n) != 1 {
        s += 1;
    }
    s
}

fn gcd(mut a: usize, mut b: usize) -> usize {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}
