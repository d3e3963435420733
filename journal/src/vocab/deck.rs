//! The vulnerability prompt deck (`data/prompts.json`): themes, what each prompt practises, how deep it goes, and
//! which prompt is today's question.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::parse_embedded;

/// How much a prompt asks of the person answering it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Depth {
    /// Easy to answer on an ordinary day.
    Light,
    /// Asks for some reflection.
    Medium,
    /// Tender ground: offered when someone chooses a theme, never as today's question.
    Deep,
}

impl Depth {
    /// Every depth, lightest first.
    pub const ALL: [Depth; 3] = [Depth::Light, Depth::Medium, Depth::Deep];

    /// The stable name (`light`, `medium`, `deep`).
    pub fn as_str(self) -> &'static str {
        match self {
            Depth::Light => "light",
            Depth::Medium => "medium",
            Depth::Deep => "deep",
        }
    }

    /// A plain label, shown beside a prompt ("Light", "Reflective", "Deep").
    pub fn label(self) -> &'static str {
        match self {
            Depth::Light => "Light",
            Depth::Medium => "Reflective",
            Depth::Deep => "Deep",
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
    /// The id of the [`Practice`] it practises, e.g. "turning toward", "self-disclosure".
    pub practises: String,
    /// How deep it goes.
    pub depth: Depth,
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

/// Something a prompt practises, with a line on what it means.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Practice {
    /// Stable id and name, e.g. "naming needs".
    pub id: String,
    /// What it means, in one line.
    pub about: String,
}

/// The prompt deck as stored in `data/prompts.json`.
#[derive(Deserialize)]
struct Deck {
    themes: Vec<Theme>,
    practices: Vec<Practice>,
    prompts: Vec<Prompt>,
}

fn deck() -> &'static Deck {
    static DECK: OnceLock<Deck> = OnceLock::new();
    DECK.get_or_init(|| parse_embedded(include_str!("../../data/prompts.json"), "prompts.json"))
}

/// The prompts that can be today's question: every one that is not deep, in deck order.
fn daily() -> &'static [&'static Prompt] {
    static DAILY: OnceLock<Vec<&'static Prompt>> = OnceLock::new();
    DAILY.get_or_init(|| deck().prompts.iter().filter(|p| p.depth != Depth::Deep).collect())
}

/// The prompt deck's themes.
pub fn themes() -> &'static [Theme] {
    &deck().themes
}

/// A theme by id.
pub fn theme(id: &str) -> Option<&'static Theme> {
    themes().iter().find(|t| t.id == id)
}

/// What prompts practise.
pub fn practices() -> &'static [Practice] {
    &deck().practices
}

/// A practice by id.
pub fn practice(id: &str) -> Option<&'static Practice> {
    practices().iter().find(|p| p.id == id)
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

/// The prompt of the day for a date: stable for the day, different from day to day, and never a deep one.
///
/// Days are walked through the light and medium prompts with a fixed stride that shares no factor with their number,
/// so each comes up exactly once in every run of that many days, and neighbouring days land in different themes.
pub fn prompt_for_day(date: NaiveDate) -> &'static Prompt {
    let daily = daily();
    daily[day_slot(date, daily.len())]
}

/// A fresh prompt after the one with id `after_id`: for "show me another".
///
/// With a theme, the next prompt of that theme in deck order, wrapping round (deep ones included: the person chose
/// the theme). Without one, the prompt that follows it in the day-by-day order of [`prompt_for_day`], so "another"
/// after today's prompt is tomorrow's, and never a deep one. An unknown `after_id` starts from the beginning. `None`
/// only when the theme has no prompts.
pub fn next_prompt(after_id: &str, theme: Option<&str>) -> Option<&'static Prompt> {
    match theme {
        Some(theme) => {
            let in_theme: Vec<&'static Prompt> = prompts_in_theme(theme).collect();
            let next = in_theme.iter().position(|p| p.id == after_id).map_or(0, |i| (i + 1) % in_theme.len());
            in_theme.get(next).copied()
        }
        None => {
            let daily = daily();
            let n = daily.len();
            // Day d shows index d·step (mod n), so the day after the one showing i shows i + step.
            let next = match daily.iter().position(|p| p.id == after_id) {
                Some(i) => (i + stride(n)) % n,
                None => 0,
            };
            daily.get(next).copied()
        }
    }
}

/// Which index a date gets among `n` prompts: `days · stride mod n`.
fn day_slot(date: NaiveDate, n: usize) -> usize {
    let days = i64::from(date.num_days_from_ce());
    let k = days.rem_euclid(n as i64) as usize;
    (k * stride(n)) % n
}

/// A step through `n` prompts that visits every one before repeating: the first number from about three fifths of
/// the way in that shares no factor with `n`. Far enough to leave the current theme behind.
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
