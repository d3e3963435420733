//! The timeline: entries newest first, a page at a time (keyset pagination), with filters.
//!
//! STUB: signatures fixed; implementation in progress.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{Entry, EntryId, EntryKind, PersonId};
use crate::{Journal, Result};

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
    /// Page size, 1–200 (0 means the default, 50).
    pub limit: u32,
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

impl Journal {
    /// One page of entries, newest first.
    pub fn timeline(&self, query: &TimelineQuery) -> Result<Page> {
        let _ = query;
        todo!()
    }

    /// Entries written on this month and day in earlier years ("on this day"), newest first.
    pub fn on_this_day(&self, today: NaiveDate) -> Result<Vec<Entry>> {
        let _ = today;
        todo!()
    }
}
