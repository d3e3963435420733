//! Conflicts: how many, where they stand, the four horsemen that showed up (mine and theirs) month by month, the
//! antidotes written out, and the ones still open to come back to (read by `revisit.rs`'s one reader).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::scope::{day_sums, n, Scope};
use super::span::{Span, Step};
use crate::model::{ConflictStatus, EntryId, EntryKind, Horseman};
use crate::revisit;
use crate::Result;

/// The most conflicts to revisit listed.
pub const MAX_TO_REVISIT: u32 = 20;

/// How many conflicts stand one way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct StatusCount {
    /// Where they stand.
    pub status: ConflictStatus,
    /// How many.
    pub count: u32,
}

/// One horseman: how often it showed up as mine and as theirs, and how often its antidote was written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct HorsemanCount {
    /// Which one.
    pub horseman: Horseman,
    /// Conflicts where it was mine.
    pub mine: u32,
    /// Conflicts where it was theirs.
    pub theirs: u32,
    /// Conflicts where its antidote was written out (a gentler way to say it).
    pub antidote_practised: u32,
}

/// Conflicts in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct ConflictMonth {
    /// The days (a calendar month, clipped to the range).
    pub span: Span,
    /// Conflict reflections written.
    pub count: u32,
    /// The four horsemen, in their usual order.
    pub horsemen: Vec<HorsemanCount>,
}

/// A conflict still open or being repaired, to come back to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct OpenConflict {
    /// The entry.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub id: EntryId,
    /// When it was written (local date).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub date: NaiveDate,
    /// Where it stands.
    pub status: ConflictStatus,
    /// What happened, as written.
    pub what_happened: String,
}

/// Conflicts in the range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Conflicts {
    /// How many conflict reflections.
    pub count: u32,
    /// Where they stand, every status listed.
    pub statuses: Vec<StatusCount>,
    /// The four horsemen over the whole range.
    pub horsemen: Vec<HorsemanCount>,
    /// Month by month.
    pub months: Vec<ConflictMonth>,
    /// Those still open or being repaired, newest first (at most [`MAX_TO_REVISIT`]).
    pub to_revisit: Vec<OpenConflict>,
}

/// The `day_facts` columns this card sums: entries, the statuses in `ConflictStatus::ALL` order, then mine, theirs
/// and antidote for each horseman in `Horseman::ALL` order (see migration 0002).
const COLUMNS: [&str; 17] = [
    "entries",
    "s_open",
    "s_repairing",
    "s_repaired",
    "s_resolved",
    "h1_mine",
    "h1_theirs",
    "h1_antidote",
    "h2_mine",
    "h2_theirs",
    "h2_antidote",
    "h4_mine",
    "h4_theirs",
    "h4_antidote",
    "h8_mine",
    "h8_theirs",
    "h8_antidote",
];

fn horsemen(sums: &[i64]) -> Vec<HorsemanCount> {
    Horseman::ALL
        .iter()
        .enumerate()
        .map(|(i, &horseman)| HorsemanCount {
            horseman,
            mine: n(sums[5 + 3 * i]),
            theirs: n(sums[6 + 3 * i]),
            antidote_practised: n(sums[7 + 3 * i]),
        })
        .collect()
}

pub(crate) fn read(conn: &rusqlite::Connection, scope: &Scope) -> Result<Conflicts> {
    let about = scope.about();
    let kind = EntryKind::Conflict.as_str();
    let mut total = vec![0i64; COLUMNS.len()];
    let mut months = Vec::new();
    for span in Step::Month.buckets(scope.span) {
        let sums = day_sums(conn, &about, kind, span, &COLUMNS)?;
        for (t, v) in total.iter_mut().zip(&sums) {
            *t += v;
        }
        months.push(ConflictMonth { span, count: n(sums[0]), horsemen: horsemen(&sums) });
    }
    let statuses: Vec<StatusCount> = ConflictStatus::ALL
        .iter()
        .enumerate()
        .map(|(i, &status)| StatusCount { status, count: n(total[1 + i]) })
        .collect();

    let which = revisit::Which {
        about: scope.person,
        from: Some(scope.span.from),
        to: Some(scope.span.to),
        limit: MAX_TO_REVISIT,
        ..revisit::Which::default()
    };
    let to_revisit = revisit::open_conflicts(conn, &which)?;

    Ok(Conflicts { count: n(total[0]), statuses, horsemen: horsemen(&total), months, to_revisit })
}
