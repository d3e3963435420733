//! Follow-through: closing the loop on what was written. One gentle nudge at a time (an appreciation not told yet,
//! a conflict to come back to), "I told them", "not now", and revisiting a conflict with a short follow-up.
//!
//! Which nudge to offer is decided here, for every shell: at most one, never about something written today, never
//! about something the writer put off ("not now") until that wears off, and never about something old enough that
//! a nudge would feel like nagging.

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::insights::span_iso as iso;
use crate::model::{ConflictStatus, EntryBody, EntryId, EntryKind, NewEntry, PersonId};
use crate::store::rows::SqlResult;
use crate::{Entry, Error, Journal, Result};

/// How long "not now" puts a nudge off, in days.
pub const SNOOZE_DAYS: u64 = 7;
/// Untold appreciations older than this many days are not nudged about.
pub const APPRECIATION_DAYS: u64 = 30;
/// Conflicts are nudged about from this many days after they were written…
pub const CONFLICT_AFTER_DAYS: u64 = 2;
/// …until this many days after.
pub const CONFLICT_DAYS: u64 = 60;

/// One follow-through nudge for Today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Nudge {
    /// An appreciation not told yet: "You haven't told Sam yet".
    UntoldAppreciation {
        /// The appreciation.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        entry: EntryId,
        /// Who it is for.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        person: PersonId,
        /// Their name.
        name: String,
        /// What they did, as written.
        what: String,
        /// When it was written.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        date: NaiveDate,
    },
    /// A conflict left open or being repaired, to come back to.
    RevisitConflict {
        /// The conflict reflection.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        entry: EntryId,
        /// What happened, as written.
        #[serde(rename = "whatHappened")]
        what_happened: String,
        /// Where it stands.
        status: ConflictStatus,
        /// When it was written.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        date: NaiveDate,
    },
}

pub(crate) fn days_before(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(days)).unwrap_or(NaiveDate::MIN)
}

impl Journal {
    /// The one nudge to offer on `today` (the writer's local date), if any: the newest untold appreciation from the
    /// last month (not today's), else the first of [`Journal::conflicts_due`] (still open or being repaired, from two
    /// days to two months ago). Anything put off with [`Journal::snooze_nudge`] is left out until then.
    pub fn nudge(&self, today: NaiveDate) -> Result<Option<Nudge>> {
        let not_snoozed = "x.entry_id NOT IN (SELECT entry_id FROM nudge_snoozes WHERE until > ?3)";
        let sql = format!(
            "SELECT e.id, x.person, p.name, json_extract(e.body, '$.what'), x.local_date
             FROM entry_facts x JOIN entries e ON e.rowid = x.entry_id JOIN people p ON p.id = x.person
             WHERE x.about = '' AND x.kind = 'appreciation' AND x.local_date BETWEEN ?1 AND ?2 AND coalesce(x.told, 0) = 0
               AND {not_snoozed}
             ORDER BY x.local_date DESC, x.entry_id DESC LIMIT 1"
        );
        let params = [iso(days_before(today, APPRECIATION_DAYS)), iso(days_before(today, 1)), iso(today)];
        let found = self
            .conn
            .prepare_cached(&sql)
            .db()?
            .query_map(params, |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })
            .db()?
            .next()
            .transpose()
            .db()?;
        if let Some((id, person, name, what, date)) = found {
            if let (Ok(entry), Ok(person), Some(date)) =
                (EntryId::parse_str(&id), PersonId::parse_str(&person), crate::insights::span_parse(&date))
            {
                return Ok(Some(Nudge::UntoldAppreciation {
                    entry,
                    person,
                    name,
                    what: what.unwrap_or_default(),
                    date,
                }));
            }
        }

        let first = self.conflicts_due(today)?.into_iter().next();
        Ok(first.map(|c| Nudge::RevisitConflict {
            entry: c.id,
            what_happened: c.what_happened,
            status: c.status,
            date: c.date,
        }))
    }

    /// "Not now": the nudge about this entry is not offered again for [`SNOOZE_DAYS`] days after `today`.
    pub fn snooze_nudge(&self, entry: EntryId, today: NaiveDate) -> Result<()> {
        let tx = crate::store::begin(&self.conn)?;
        let (rowid, _) = crate::store::find(&tx, entry)?;
        let until = today.checked_add_days(Days::new(SNOOZE_DAYS)).unwrap_or(today);
        tx.prepare_cached("INSERT OR REPLACE INTO nudge_snoozes (entry_id, until) VALUES (?1, ?2)")
            .db()?
            .execute(rusqlite::params![rowid, iso(until)])
            .db()?;
        tx.commit().db()
    }

    /// "I told them": marks an appreciation as told.
    pub fn mark_told(&self, entry: EntryId, now: DateTime<FixedOffset>) -> Result<Entry> {
        let old = self.entry(entry)?;
        let mut body = old.body.clone();
        match &mut body {
            EntryBody::Appreciation(a) => a.told = true,
            other => return Err(wrong_kind(other.kind(), EntryKind::Appreciation)),
        }
        self.update_entry(entry, NewEntry { people: old.people, tags: old.tags, body, at: None }, now)
    }
}

impl Journal {
    /// Coming back to a conflict reflection: what has happened since (replacing what was written here before, so a
    /// second visit can add to it) and where it stands now. Validated like any edit.
    pub fn follow_up_conflict(
        &self,
        entry: EntryId,
        since: String,
        status: ConflictStatus,
        now: DateTime<FixedOffset>,
    ) -> Result<Entry> {
        let old = self.entry(entry)?;
        let mut body = old.body.clone();
        match &mut body {
            EntryBody::Conflict(c) => {
                c.since = since;
                c.status = status;
            }
            other => return Err(wrong_kind(other.kind(), EntryKind::Conflict)),
        }
        self.update_entry(entry, NewEntry { people: old.people, tags: old.tags, body, at: None }, now)
    }
}

/// The error for asking a follow-through of the wrong kind of entry.
pub(crate) fn wrong_kind(found: EntryKind, wanted: EntryKind) -> Error {
    Error::invalid(crate::Field::Kind, format!("that entry is {}, not {}", found.a(), wanted.a()))
}
