//! What the weekly look back lists beside its steps, decided here for every shell. Its week is the last
//! [`LOOK_BACK_DAYS`] days, today included. Conflicts still open are listed whenever they were written: one left open
//! a month ago still needs coming back to, so it is listed too, marked as older than the week.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::insights::{span_iso as iso, span_parse, Span};
use crate::model::{ConflictStatus, EntryId, EntryKind};
use crate::store::rows::{parse_enum, SqlResult};
use crate::{Journal, Result};

/// How many days a weekly look back looks back on, today included.
pub const LOOK_BACK_DAYS: u64 = 7;
/// At most this many conflicts still open are listed (a step of the look back stays a short read); the rest are counted
/// ([`StillOpen::more`]).
pub const MAX_STILL_OPEN: u32 = 10;

/// A conflict reflection still open or being repaired.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct OpenConflictItem {
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
    /// Written before the week looked back on.
    pub older: bool,
}

/// Every conflict still open or being repaired, for the weekly look back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct StillOpen {
    /// The week looked back on.
    pub week: Span,
    /// Newest first, so the week's own come before older ones (at most [`MAX_STILL_OPEN`]).
    pub conflicts: Vec<OpenConflictItem>,
    /// How many more are still open, older than those listed.
    pub more: u32,
}

/// The week a look back made on `today` looks back on.
pub fn week_of(today: NaiveDate) -> Span {
    let from = today.checked_sub_days(Days::new(LOOK_BACK_DAYS - 1)).unwrap_or(NaiveDate::MIN);
    Span { from, to: today }
}

impl Journal {
    /// Every conflict still open or being repaired, written up to `today` (the writer's local date), whether in the
    /// week of [`week_of`] or before it.
    pub fn still_open(&self, today: NaiveDate) -> Result<StillOpen> {
        let week = week_of(today);
        let open: Vec<String> =
            ConflictStatus::ALL.iter().filter(|s| s.needs_revisit()).map(|s| format!("'{}'", s.as_str())).collect();
        let chosen = format!(
            "FROM entry_facts x WHERE x.about = '' AND x.kind = '{}' AND x.local_date <= ?1
               AND coalesce(x.status, 'open') IN ({})",
            EntryKind::Conflict.as_str(),
            open.join(", ")
        );
        let total: u32 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) {chosen}"))
            .db()?
            .query_row([iso(today)], |r| r.get(0))
            .db()?;
        let sql = format!(
            "SELECT e.id, x.local_date, x.status, json_extract(e.body, '$.whatHappened')
             FROM entries e JOIN (SELECT x.entry_id, x.local_date, x.status {chosen}
                                  ORDER BY x.local_date DESC, x.entry_id DESC LIMIT ?2) x ON e.rowid = x.entry_id
             ORDER BY x.local_date DESC, x.entry_id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql).db()?;
        let rows = stmt
            .query_map(rusqlite::params![iso(today), MAX_STILL_OPEN], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })
            .db()?;
        let mut conflicts = Vec::new();
        for row in rows {
            let (id, date, status, what) = row.db()?;
            // A row that doesn't parse (an id or date that isn't one) was not written by Attune: left out.
            let (Ok(id), Some(date)) = (EntryId::parse_str(&id), span_parse(&date)) else { continue };
            let status = match status {
                Some(s) => parse_enum(s, "conflict status")?,
                None => ConflictStatus::default(),
            };
            conflicts.push(OpenConflictItem {
                id,
                date,
                status,
                what_happened: what.unwrap_or_default(),
                older: date < week.from,
            });
        }
        let listed = u32::try_from(conflicts.len()).unwrap_or(u32::MAX);
        Ok(StillOpen { week, conflicts, more: total.saturating_sub(listed) })
    }
}
