//! A person's page: what the journal holds about one person, read together so every shell shows the same thing —
//! how many entries of each kind, what is still open between you, the newest appreciations and shared moments, and
//! what you wrote about them on this day in earlier years. The full list of their entries is the timeline filtered
//! to them ([`crate::timeline::Filter::person`]).

use chrono::NaiveDate;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::insights::{KindCount, OpenConflict};
use crate::model::{Entry, EntryKind, Person, PersonId};
use crate::store::rows::{parse_enum, SqlResult};
use crate::timeline::{Filter, TimelineQuery};
use crate::{Journal, Result};

/// How many of the newest appreciations and shared moments a person's page shows.
pub const PAGE_SECTION: u32 = 5;

/// The newest few entries of one kind about someone, and whether there are more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct NewestEntries {
    /// NewestEntries first, at most [`PAGE_SECTION`].
    pub entries: Vec<Entry>,
    /// Whether there are older ones (the timeline filtered to the person and kind lists them all).
    pub more: bool,
}

/// Everything a person's page shows besides the full list of their entries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct PersonPage {
    /// Who they are.
    pub person: Person,
    /// How many entries are about them, every kind together.
    pub total: u32,
    /// How many of each kind, only kinds that have some, most first.
    pub kinds: Vec<KindCount>,
    /// Conflict reflections about them still open or being repaired, newest first.
    pub open_conflicts: Vec<OpenConflict>,
    /// The newest appreciations about them.
    pub appreciations: NewestEntries,
    /// The newest shared moments with them.
    pub shared: NewestEntries,
    /// Entries about them written on this month and day in earlier years.
    pub on_this_day: Vec<Entry>,
}

impl Journal {
    /// A person's page on `today` (the writer's local date, for "on this day").
    pub fn person_page(&self, id: PersonId, today: NaiveDate) -> Result<PersonPage> {
        let person = self.person(id)?;
        let mut stmt =
            self.conn.prepare_cached("SELECT kind, count(*) FROM entry_facts WHERE about = ?1 GROUP BY kind").db()?;
        let raw = stmt
            .query_map([Value::Text(id.to_string())], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
            .db()?
            .collect::<rusqlite::Result<Vec<_>>>()
            .db()?;
        let mut kinds = Vec::with_capacity(raw.len());
        for (kind, count) in raw {
            let kind: EntryKind = parse_enum(kind, "entry kind")?;
            kinds.push(KindCount { kind, count: u32::try_from(count.max(0)).unwrap_or(u32::MAX) });
        }
        kinds.sort_by(|a, b| b.count.cmp(&a.count).then(a.kind.as_str().cmp(b.kind.as_str())));
        let total = kinds.iter().fold(0u32, |n, k| n.saturating_add(k.count));
        Ok(PersonPage {
            total,
            kinds,
            open_conflicts: self.open_conflicts_about(id)?,
            appreciations: self.newest_about(id, EntryKind::Appreciation)?,
            shared: self.newest_about(id, EntryKind::SharedExperience)?,
            on_this_day: self.on_this_day_about(today, Some(id))?,
            person,
        })
    }

    fn newest_about(&self, person: PersonId, kind: EntryKind) -> Result<NewestEntries> {
        let filter = Filter { kinds: vec![kind], person: Some(person), ..Filter::default() };
        let page = self.timeline(&TimelineQuery { filter, limit: PAGE_SECTION, ..TimelineQuery::default() })?;
        Ok(NewestEntries { more: page.next.is_some(), entries: page.entries })
    }
}
