//! Conflicts: how many, where they stand, the four horsemen that showed up (mine and theirs) month by month, the
//! antidotes written out, and the ones still open to come back to.

use chrono::NaiveDate;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::scope::{count, rows, Scope};
use super::span::{bucket_index, parse, Span, Step};
use crate::model::{ConflictStatus, EntryId, EntryKind, Horseman};
use crate::store::rows::parse_enum;
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

/// The bit each horseman has in `entry_facts.mine`, `.theirs` and `.antidotes` (see migration 0002).
fn bit(h: Horseman) -> i64 {
    match h {
        Horseman::Criticism => 1,
        Horseman::Contempt => 2,
        Horseman::Defensiveness => 4,
        Horseman::Stonewalling => 8,
    }
}

fn zero() -> Vec<HorsemanCount> {
    Horseman::ALL.map(|horseman| HorsemanCount { horseman, mine: 0, theirs: 0, antidote_practised: 0 }).to_vec()
}

pub(crate) fn read(conn: &rusqlite::Connection, scope: &Scope) -> Result<Conflicts> {
    let (cond, params) = scope.conditions(&[EntryKind::Conflict]);

    let sql = format!("SELECT x.status, count(*) FROM entry_facts x WHERE {cond} GROUP BY x.status");
    let raw = rows(conn, &sql, &params, |r| Ok((r.get::<_, Option<String>>(0)?, count(r.get(1)?))))?;
    let mut statuses: Vec<StatusCount> =
        ConflictStatus::ALL.iter().map(|&status| StatusCount { status, count: 0 }).collect();
    for (status, n) in raw {
        let status: ConflictStatus = match status {
            Some(s) => parse_enum(s, "conflict status")?,
            None => ConflictStatus::default(),
        };
        if let Some(s) = statuses.iter_mut().find(|s| s.status == status) {
            s.count += n;
        }
    }

    // Twelve sums: mine, theirs and antidote for each horseman, in Horseman::ALL order.
    let sums: Vec<String> = Horseman::ALL
        .iter()
        .flat_map(|&h| {
            let b = bit(h);
            [format!("sum(x.mine & {b} <> 0)"), format!("sum(x.theirs & {b} <> 0)"), format!("sum(x.antidotes & {b} <> 0)")]
        })
        .collect();
    let sql = format!(
        "SELECT substr(x.local_date, 1, 7) || '-01' AS m, count(*), {} FROM entry_facts x WHERE {cond} GROUP BY m",
        sums.join(", ")
    );
    let raw = rows(conn, &sql, &params, |r| {
        let mut horsemen = zero();
        for (i, h) in horsemen.iter_mut().enumerate() {
            h.mine = count(r.get(2 + 3 * i)?);
            h.theirs = count(r.get(3 + 3 * i)?);
            h.antidote_practised = count(r.get(4 + 3 * i)?);
        }
        Ok((r.get::<_, String>(0)?, count(r.get(1)?), horsemen))
    })?;
    let spans = Step::Month.buckets(scope.span);
    let mut months: Vec<ConflictMonth> =
        spans.iter().map(|&span| ConflictMonth { span, count: 0, horsemen: zero() }).collect();
    let mut total = zero();
    for (month, n, horsemen) in raw {
        let Some(i) = parse(&month).and_then(|d| bucket_index(&spans, d.max(scope.span.from))) else { continue };
        months[i].count += n;
        for ((m, t), h) in months[i].horsemen.iter_mut().zip(total.iter_mut()).zip(&horsemen) {
            m.mine += h.mine;
            m.theirs += h.theirs;
            m.antidote_practised += h.antidote_practised;
            t.mine += h.mine;
            t.theirs += h.theirs;
            t.antidote_practised += h.antidote_practised;
        }
    }

    let open: Vec<String> = ConflictStatus::ALL.iter().filter(|s| s.needs_revisit()).map(|s| s.as_str().to_owned()).collect();
    let marks = vec!["?"; open.len()].join(", ");
    let sql = format!(
        "SELECT e.id, x.local_date, x.status, json_extract(e.body, '$.whatHappened')
         FROM entry_facts x JOIN entries e ON e.rowid = x.entry_id
         WHERE {cond} AND coalesce(x.status, 'open') IN ({marks}) ORDER BY x.local_date DESC, x.entry_id DESC LIMIT ?"
    );
    let mut p = params.clone();
    p.extend(open.into_iter().map(Value::Text));
    p.push(Value::Integer(i64::from(MAX_TO_REVISIT)));
    let raw = rows(conn, &sql, &p, |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?, r.get::<_, Option<String>>(3)?))
    })?;
    let mut to_revisit = Vec::new();
    for (id, date, status, what) in raw {
        let (Ok(id), Some(date)) = (EntryId::parse_str(&id), parse(&date)) else { continue };
        let status = match status {
            Some(s) => parse_enum(s, "conflict status")?,
            None => ConflictStatus::default(),
        };
        to_revisit.push(OpenConflict { id, date, status, what_happened: what.unwrap_or_default() });
    }

    Ok(Conflicts { count: statuses.iter().map(|s| s.count).sum(), statuses, horsemen: total, months, to_revisit })
}
