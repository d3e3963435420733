//! Feelings named: the words that came up most, their families, and how that compares with the range before.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use rusqlite::types::Value;

use super::scope::{count, rows, Scope};
use super::span::iso;
use crate::vocab::{self, Quadrant};
use crate::Result;

/// How many words the card lists.
pub const TOP_WORDS: usize = 12;
/// How many words named less often than before it lists.
pub const FADED_WORDS: usize = 5;

/// One feeling word and how often it was named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct WordCount {
    /// The word, lower-case.
    pub word: String,
    /// Its family's id in the vocabulary; None for a word of the writer's own.
    pub family: Option<String>,
    /// Entries naming it in the range.
    pub count: u32,
    /// Entries naming it in the range before (0 when there is none).
    pub previous: u32,
}

/// A family of feelings and how often its words were named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct FamilyCount {
    /// The family's id, e.g. `calm`.
    pub id: String,
    /// Its label, e.g. "Calm and content".
    pub label: String,
    /// Its Mood Meter quadrant; `None` for mixed and in-between feelings, which fit anywhere.
    pub quadrant: Option<Quadrant>,
    /// Namings of its words in the range.
    pub count: u32,
    /// Namings in the range before.
    pub previous: u32,
}

/// Feelings named in the range, beside the range before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Feelings {
    /// Every naming of a word in the range (a word on two entries counts twice).
    pub named: u32,
    /// The same for the range before; None when there is no range before (all time).
    pub previous_named: Option<u32>,
    /// The most named words, most first (ties by word).
    pub words: Vec<WordCount>,
    /// Words named less often than in the range before, most dropped first; not in `words`.
    pub faded: Vec<WordCount>,
    /// Families with any naming in either range, most named first.
    pub families: Vec<FamilyCount>,
    /// Namings of the writer's own words (outside the vocabulary), in the range and the range before.
    pub own_words: u32,
    /// The same for the range before.
    pub previous_own_words: u32,
}

/// Ranges longer than this many days read every `feeling_days` row about the scope; shorter ones jump from word to
/// word on the table's key, reading only the days in range.
const SCAN_ABOVE_DAYS: u32 = 400;

fn counts(conn: &rusqlite::Connection, scope: &Scope) -> Result<HashMap<String, u32>> {
    // The primary key is (about, feeling, day): either way the words come in order, so grouping needs no sorting.
    let sql = if scope.span.days() > SCAN_ABOVE_DAYS {
        "SELECT x.feeling, sum(x.entries) FROM feeling_days x
         WHERE x.about = ?1 AND x.local_date BETWEEN ?2 AND ?3 GROUP BY x.feeling"
    } else {
        "WITH RECURSIVE w(feeling) AS (
             SELECT min(feeling) FROM feeling_days WHERE about = ?1
             UNION ALL
             SELECT (SELECT min(feeling) FROM feeling_days WHERE about = ?1 AND feeling > w.feeling) FROM w
             WHERE w.feeling IS NOT NULL)
         SELECT feeling, n FROM (
             SELECT w.feeling AS feeling,
                    (SELECT sum(entries) FROM feeling_days
                     WHERE about = ?1 AND feeling = w.feeling AND local_date BETWEEN ?2 AND ?3) AS n
             FROM w WHERE w.feeling IS NOT NULL)
         WHERE n > 0"
    };
    let params = [Value::Text(scope.about()), Value::Text(iso(scope.span.from)), Value::Text(iso(scope.span.to))];
    Ok(rows(conn, sql, &params, |r| Ok((r.get::<_, String>(0)?, count(r.get(1)?))))?.into_iter().collect())
}

pub(crate) fn read(conn: &rusqlite::Connection, scope: &Scope, previous: Option<&Scope>) -> Result<Feelings> {
    let now = counts(conn, scope)?;
    let before = match previous {
        Some(p) => Some(counts(conn, p)?),
        None => None,
    };
    let empty = HashMap::new();
    let prev = before.as_ref().unwrap_or(&empty);
    let family_of = |w: &str| vocab::family_of(w).map(|f| f.id.clone());
    let word = |w: &str| WordCount {
        word: w.to_owned(),
        family: family_of(w),
        count: now.get(w).copied().unwrap_or(0),
        previous: prev.get(w).copied().unwrap_or(0),
    };

    let mut ranked: Vec<(&String, &u32)> = now.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let words: Vec<WordCount> = ranked.iter().take(TOP_WORDS).map(|(w, _)| word(w)).collect();
    let mut faded: Vec<WordCount> = prev
        .keys()
        .map(|w| word(w))
        .filter(|w| w.count < w.previous && !words.iter().any(|top| top.word == w.word))
        .collect();
    faded.sort_by(|a, b| (b.previous - b.count).cmp(&(a.previous - a.count)).then_with(|| a.word.cmp(&b.word)));
    faded.truncate(FADED_WORDS);

    let mut families: Vec<FamilyCount> = vocab::feelings()
        .iter()
        .map(|f| {
            let sum = |m: &HashMap<String, u32>| f.words.iter().filter_map(|w| m.get(w)).sum();
            FamilyCount {
                id: f.id.clone(),
                label: f.label.clone(),
                quadrant: f.quadrant,
                count: sum(&now),
                previous: sum(prev),
            }
        })
        .filter(|f| f.count > 0 || f.previous > 0)
        .collect();
    families.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| b.previous.cmp(&a.previous)));
    let own = |m: &HashMap<String, u32>| m.iter().filter(|(w, _)| family_of(w).is_none()).map(|(_, n)| n).sum();

    Ok(Feelings {
        named: now.values().sum(),
        previous_named: before.as_ref().map(|m| m.values().sum()),
        words,
        faded,
        families,
        own_words: own(&now),
        previous_own_words: own(prev),
    })
}
