//! The practices that go with the words (`data/practices.json`): a kind next step after a check-in, repair phrases
//! for a hard conversation, the one calm line on where to turn for help, and the explainer of reaching and pulling
//! away.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::{family, family_of, feelings, normalise, parse_embedded, FeelingFamily, Quadrant};
use crate::model::{CheckIn, EntryBody};

/// Who a next step is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Something for yourself.
    #[serde(rename = "self")]
    ForSelf,
    /// Something with the people close to you.
    Together,
    /// Something for the body.
    Body,
}

impl StepKind {
    /// All three, in the order they are offered.
    pub const ALL: [StepKind; 3] = [StepKind::ForSelf, StepKind::Together, StepKind::Body];

    /// A short label ("For yourself").
    pub fn label(self) -> &'static str {
        match self {
            StepKind::ForSelf => "For yourself",
            StepKind::Together => "With them",
            StepKind::Body => "For your body",
        }
    }
}

/// One small, kind thing to try after a check-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Strategy {
    /// Stable id, `<family>-<kind>`, e.g. `anxious-body`.
    pub id: String,
    /// The feeling family it is for.
    pub family: String,
    /// Who it is for.
    pub kind: StepKind,
    /// What to try, in a sentence or two.
    pub text: String,
}

/// The next steps offered after a check-in: the family they were chosen for, and one strategy of each kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct NextSteps {
    /// The feeling family the steps were chosen for.
    pub family: FeelingFamily,
    /// One step for yourself, one with them, one for the body, in that order.
    pub steps: Vec<OfferedStep>,
}

/// A strategy as offered: with the heading it is shown under.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct OfferedStep {
    /// The strategy's id.
    pub id: String,
    /// Who it is for.
    pub kind: StepKind,
    /// "For yourself", "With them", "For your body".
    pub heading: String,
    /// What to try.
    pub text: String,
}

/// A group of repair phrases ("I need a pause").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct RepairGroup {
    /// Stable id, e.g. `pause`.
    pub id: String,
    /// Label, e.g. "I need a pause".
    pub label: String,
    /// The phrases, ready to say or adapt.
    pub phrases: Vec<String>,
}

/// The one calm line on where to turn for help, and the words that bring it up.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CareLine {
    /// The line itself: Attune is a journal, and where to turn. No phone numbers that could be wrong.
    pub line: String,
    /// Feelings heavy enough to show the line wherever they are named ("hopeless").
    pub heavy_words: Vec<String>,
    /// Feelings that show the line in a conflict reflection ("afraid"): afraid of someone.
    pub afraid_words: Vec<String>,
}

/// `data/practices.json`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PracticesFile {
    strategies: Vec<Strategy>,
    repair_groups: Vec<RepairGroup>,
    care: CareLine,
    reaching_explainer: String,
}

fn file() -> &'static PracticesFile {
    static FILE: OnceLock<PracticesFile> = OnceLock::new();
    FILE.get_or_init(|| parse_embedded(include_str!("../../data/practices.json"), "practices.json"))
}

/// Every next-step strategy.
pub fn strategies() -> &'static [Strategy] {
    &file().strategies
}

/// A strategy by id.
pub fn strategy(id: &str) -> Option<&'static Strategy> {
    strategies().iter().find(|s| s.id == id)
}

/// The next steps for a check-in, chosen from its Mood Meter quadrant and the feeling family it names.
///
/// The family is that of the first named word whose family sits in the check-in's quadrant; else of the first
/// vocabulary word named at all (a mixed feeling, or a word from another quadrant); else, when every word is the
/// writer's own, the quadrant's first family.
pub fn next_steps(check_in: &CheckIn) -> NextSteps {
    let quadrant = Quadrant::of(check_in.pleasantness, check_in.energy);
    let named: Vec<&FeelingFamily> = check_in.feelings.iter().filter_map(|w| family_of(w)).collect();
    let chosen = named
        .iter()
        .find(|f| f.quadrant == Some(quadrant))
        .or_else(|| named.first())
        .copied()
        .or_else(|| feelings().iter().find(|f| f.quadrant == Some(quadrant)))
        .or_else(|| family("mixed"));
    let family = match chosen {
        Some(f) => f.clone(),
        // Unreachable with the shipped data (the tests check every quadrant has a family).
        None => FeelingFamily { id: String::new(), label: String::new(), quadrant: Some(quadrant), words: vec![] },
    };
    let steps = StepKind::ALL
        .iter()
        .filter_map(|kind| strategies().iter().find(|s| s.family == family.id && s.kind == *kind))
        .map(|s| OfferedStep { id: s.id.clone(), kind: s.kind, heading: s.kind.label().into(), text: s.text.clone() })
        .collect();
    NextSteps { family, steps }
}

/// Repair phrases, in groups.
pub fn repair_groups() -> &'static [RepairGroup] {
    &file().repair_groups
}

/// The care line's data: the line and the words that bring it up.
pub fn care() -> &'static CareLine {
    &file().care
}

/// The one calm line on where to turn for help, when an entry names a feeling like "hopeless", or is a conflict
/// reflection where the writer felt afraid; `None` otherwise. Words are matched ignoring case, also inside a
/// writer's own phrase ("feeling hopeless today").
pub fn care_line(body: &EntryBody) -> Option<&'static str> {
    let care = care();
    let names = |words: &[String], text: &str| {
        let text = normalise(text);
        words.iter().any(|w| contains_word(&text, w))
    };
    let heavy = body.feelings().iter().any(|f| names(&care.heavy_words, f));
    let afraid = match body {
        EntryBody::Conflict(c) => {
            c.my_feelings.iter().any(|f| names(&care.afraid_words, f))
                || names(&care.afraid_words, &c.i_statement.feel)
                || names(&care.heavy_words, &c.i_statement.feel)
        }
        _ => false,
    };
    (heavy || afraid).then_some(care.line.as_str())
}

/// Whether `word` appears in `text` as a whole word or phrase (so "unsafe" is not found in "safe").
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// About 150 words on how people reach for closeness and pull back for safety, and how both make sense. No types,
/// no labels.
pub fn reaching_explainer() -> &'static str {
    &file().reaching_explainer
}
