//! What the weekly look back lists beside its steps, decided here for every shell. Its week is the last
//! [`LOOK_BACK_DAYS`] days, today included. Conflicts still open are listed whenever they were written: one left open
//! a month ago still needs coming back to, so it is listed too, marked as older than the week.
//! Which are open is `revisit.rs`'s one rule and reader.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::insights::Span;
use crate::model::{ConflictStatus, EntryId};
use crate::revisit;
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
        let which = revisit::Which { to: Some(today), limit: MAX_STILL_OPEN, ..revisit::Which::default() };
        let conflicts: Vec<OpenConflictItem> = revisit::open_conflicts(&self.conn, &which)?
            .into_iter()
            .map(|c| OpenConflictItem {
                older: c.date < week.from,
                id: c.id,
                date: c.date,
                status: c.status,
                what_happened: c.what_happened,
            })
            .collect();
        let total = revisit::count_open_conflicts(&self.conn, &which)?;
        let listed = u32::try_from(conflicts.len()).unwrap_or(u32::MAX);
        Ok(StillOpen { week, conflicts, more: total.saturating_sub(listed) })
    }
}
