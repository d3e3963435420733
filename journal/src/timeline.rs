//! The timeline: entries newest first, a page at a time (keyset pagination), with filters.
//!
//! Pages are ordered by `(created_at DESC, id DESC)` and continue strictly after a [`Cursor`], so a page never
//! repeats or skips an entry while others are added. With no filter or one kind the page is read straight off the
//! `entries_timeline` / `entries_kind_timeline` index; people, tags and feelings narrow through their own indexes.
//!
//! Shown, the timeline goes by [`shown_order`]: days newest first, and within a day by the time each entry shows
//! (the clock where it was written). That is the instant's order except for entries written in other time zones.

pub(crate) mod filter;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

use crate::model::{Entry, EntryId, EntryKind, PersonId};
use crate::store::rows::{self, SqlResult, ENTRY_COLUMNS};
use crate::{Journal, Result};

/// Page size when none is asked for.
pub const DEFAULT_LIMIT: u32 = 50;
/// Largest page size.
pub const MAX_LIMIT: u32 = 200;

#[cfg(feature = "ts")]
use ts_rs::TS;

/// Filters shared by the timeline and search. Every field narrows; empty means no filter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct Filter {
    /// Only these kinds.
    pub kinds: Vec<EntryKind>,
    /// Only entries about this person.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub person: Option<PersonId>,
    /// Only entries with this tag.
    pub tag: Option<String>,
    /// Only entries naming this feeling.
    pub feeling: Option<String>,
    /// Only entries written on or after this local date.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub from: Option<NaiveDate>,
    /// Only entries written on or before this local date.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub to: Option<NaiveDate>,
}

/// Where a page ends: the next page starts after this entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Cursor {
    /// The last entry's creation time.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub created_at: DateTime<Utc>,
    /// The last entry's id (ties on time).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub id: EntryId,
}

/// A timeline request.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct TimelineQuery {
    /// Filters.
    pub filter: Filter,
    /// Start after this entry (None: from the newest).
    pub after: Option<Cursor>,
    /// Start at this local date: entries written on it or before (to jump to a date). Unlike `filter.to`, it only
    /// says where the page starts.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub start: Option<NaiveDate>,
    /// Page size, 1–200 (0 means the default, 50).
    pub limit: u32,
}

/// A month that has entries, and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct MonthCount {
    /// The month, as `YYYY-MM` (by the entries' local dates).
    pub month: String,
    /// How many entries it holds.
    pub count: u32,
}

/// One page of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Page {
    /// Entries, newest first.
    pub entries: Vec<Entry>,
    /// Pass as `after` for the next page; None when this is the last.
    pub next: Option<Cursor>,
}

/// The order entries are shown in, every shell alike: by the writer's local date, newest day first; within a day by
/// the time on the clock where each was written ([`Entry::local_time`]), latest first; then newest id first. Sort a
/// page, or pages put together, with it (`entries.sort_by(shown_order)`); the app places each row the same way.
pub fn shown_order(a: &Entry, b: &Entry) -> std::cmp::Ordering {
    b.local_date
        .cmp(&a.local_date)
        .then_with(|| b.local_time().naive_local().cmp(&a.local_time().naive_local()))
        .then_with(|| b.id.cmp(&a.id))
}

impl Journal {
    /// One page of entries, newest first (by the instant; see [`shown_order`] for the order they are shown in).
    pub fn timeline(&self, query: &TimelineQuery) -> Result<Page> {
        let limit = filter::page_limit(query.limit, DEFAULT_LIMIT, MAX_LIMIT)?;
        let mut conds = Vec::new();
        let mut params = Vec::new();
        let mut narrowed = query.filter.clone();
        if let Some(start) = query.start {
            if query.filter.from.is_some_and(|from| start < from) {
                return Ok(Page { entries: Vec::new(), next: None });
            }
            narrowed.to = Some(narrowed.to.map_or(start, |to| to.min(start)));
        }
        filter::push_conditions(&self.conn, &narrowed, &mut conds, &mut params)?;
        if let Some(after) = query.after {
            conds.push("(e.created_at, e.id) < (?, ?)".into());
            params.push(Value::Integer(rows::to_millis(after.created_at)));
            params.push(Value::Text(after.id.to_string()));
        }
        let conds = if conds.is_empty() { String::new() } else { format!("WHERE {}", conds.join(" AND ")) };
        // One more than asked, to know whether there is a next page.
        params.push(Value::Integer(i64::from(limit) + 1));
        let sql =
            format!("SELECT {ENTRY_COLUMNS} FROM entries e {conds} ORDER BY e.created_at DESC, e.id DESC LIMIT ?");
        let mut entries = rows::query_entries(&self.conn, &sql, &params)?;
        let next = if entries.len() > limit as usize {
            entries.truncate(limit as usize);
            entries.last().map(|e| Cursor { created_at: e.created_at, id: e.id })
        } else {
            None
        };
        Ok(Page { entries, next })
    }

    /// The months that have entries, newest first, with how many each holds (for jumping to a date).
    pub fn months(&self) -> Result<Vec<MonthCount>> {
        // Answered from the date index alone.
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT substr(local_date, 1, 7) AS month, count(*) FROM entries GROUP BY month ORDER BY month DESC",
            )
            .db()?;
        let rows = stmt.query_map([], |r| Ok(MonthCount { month: r.get(0)?, count: r.get(1)? })).db()?;
        let months = rows.collect::<rusqlite::Result<Vec<_>>>().db()?;
        Ok(months)
    }

    /// Entries written on this month and day in earlier years ("on this day"), newest first.
    pub fn on_this_day(&self, today: NaiveDate) -> Result<Vec<Entry>> {
        self.on_this_day_about(today, None)
    }

    /// "On this day", only entries about `person` when one is given (a person's page).
    pub fn on_this_day_about(&self, today: NaiveDate, person: Option<PersonId>) -> Result<Vec<Entry>> {
        let first: Option<String> =
            self.conn.query_row("SELECT min(local_date) FROM entries", [], |r| r.get(0)).db()?;
        let Some(first_year) = first.and_then(|d| d.get(..4)?.parse::<i32>().ok()) else {
            return Ok(Vec::new());
        };
        // The same day in every earlier year it exists in (29 February only in leap years), so the date index
        // answers with point lookups.
        let dates: Vec<Value> = (first_year..today.year())
            .rev()
            .filter_map(|year| NaiveDate::from_ymd_opt(year, today.month(), today.day()))
            .map(|d| Value::Text(d.format("%Y-%m-%d").to_string()))
            .collect();
        if dates.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; dates.len()].join(", ");
        let mut params = dates;
        let mut about = String::new();
        if let Some(person) = person {
            about = " AND e.rowid IN (SELECT entry_id FROM entry_people WHERE person_id = ?)".into();
            params.push(Value::Text(person.to_string()));
        }
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM entries e WHERE e.local_date IN ({marks}){about}
             ORDER BY e.created_at DESC, e.id DESC"
        );
        rows::query_entries(&self.conn, &sql, &params)
    }
}
