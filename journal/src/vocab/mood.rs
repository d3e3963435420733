//! The Mood Meter's map of feeling words: where each word sits, and which words are nearest a point.
//!
//! `data/mood_positions.json` places every word of the vocabulary ([`super::feelings`]) on the Mood Meter:
//! pleasantness and energy, −5 to 5 each. The further a word sits from the centre, the stronger the feeling, so a mild
//! point ("pleasant 1, energy 1") is nearest "glad" and "curious", and only a far corner reaches "elated". The file is
//! data: `tests/mood.rs` checks that every vocabulary word has a place, inside its family's quadrant.
//!
//! [`feelings_near`] is the one rule the app's check-in and the CLI's `attune feelings --near` both use: any shell
//! asks it with a point and shows the answer as it is.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::{feelings, normalise, parse_embedded};

/// The Mood Meter's scale, for pleasantness and energy alike.
pub const SCALE: std::ops::RangeInclusive<i8> = -5..=5;

/// How many words are offered first: about a dozen, so the list fits one glance.
pub const NEAREST_COUNT: usize = 12;

/// A point on the Mood Meter: pleasantness and energy, each −5 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct MoodPoint {
    /// How pleasant, −5 to 5.
    pub pleasantness: f32,
    /// How much energy, −5 to 5.
    pub energy: f32,
}

impl MoodPoint {
    /// How far from the centre, i.e. how strong the feeling: 0 (neutral) to about 7 (a far corner).
    pub fn intensity(self) -> f32 {
        self.pleasantness.hypot(self.energy)
    }

    fn distance(self, other: MoodPoint) -> f32 {
        (self.pleasantness - other.pleasantness).hypot(self.energy - other.energy)
    }
}

/// Feeling words for a point on the Mood Meter, nearest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct FeelingsNear {
    /// The [`NEAREST_COUNT`] words nearest the point, nearest first.
    pub nearest: Vec<String>,
    /// Every other vocabulary word, nearest first: for "more words".
    pub more: Vec<String>,
}

fn positions() -> &'static HashMap<String, MoodPoint> {
    static POSITIONS: OnceLock<HashMap<String, MoodPoint>> = OnceLock::new();
    POSITIONS.get_or_init(|| {
        let raw: HashMap<String, [f32; 2]> =
            parse_embedded(include_str!("../../data/mood_positions.json"), "mood_positions.json");
        raw.into_iter().map(|(w, [p, e])| (w, MoodPoint { pleasantness: p, energy: e })).collect()
    })
}

/// Where a vocabulary word sits on the Mood Meter (ignoring case and surrounding spaces); `None` for a word of the
/// writer's own.
pub fn position(word: &str) -> Option<MoodPoint> {
    positions().get(normalise(word).as_str()).copied()
}

/// Every vocabulary word ordered by how near it sits to the point (`pleasantness`, `energy`, each clamped to −5..5):
/// the nearest [`NEAREST_COUNT`] first, then the rest. Ties keep the vocabulary's own order; a word without a place
/// (there should be none) comes last.
pub fn feelings_near(pleasantness: i8, energy: i8) -> FeelingsNear {
    let clamp = |v: i8| f32::from(v.clamp(*SCALE.start(), *SCALE.end()));
    let at = MoodPoint { pleasantness: clamp(pleasantness), energy: clamp(energy) };
    let mut words: Vec<(f32, usize, &'static str)> = feelings()
        .iter()
        .flat_map(|f| f.words.iter().map(String::as_str))
        .enumerate()
        .map(|(i, w)| (position(w).map_or(f32::INFINITY, |p| p.distance(at)), i, w))
        .collect();
    words.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut ordered = words.into_iter().map(|(_, _, w)| w.to_owned());
    let nearest = ordered.by_ref().take(NEAREST_COUNT).collect();
    FeelingsNear { nearest, more: ordered.collect() }
}
