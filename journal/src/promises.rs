//! Promises coming due, and saying how one went. What counts as "due" is decided here, for every shell (Today, the
//! weekly look back, `attune promises`): not kept or changed yet, with a day named that is at most [`DUE_SOON_DAYS`]
//! away and at most [`OVERDUE_DAYS`] past (older than that, a reminder would feel like nagging), and not put off with
//! "Not yet" ([`Journal::snooze_nudge`]).

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::follow_through::wrong_kind;
use crate::insights::{span_iso as iso, span_parse};
use crate::model::{EntryBody, EntryId, EntryKind, NewEntry, PersonId, PromiseOutcome};
use crate::store::rows::SqlResult;
use crate::{Entry, Journal, Result};

/// A promise shows as due from this many days before its day…
pub const DUE_SOON_DAYS: u64 = 3;
/// …until this many days after it.
pub const OVERDUE_DAYS: u64 = 30;
/// At most this many due promises are listed.
pub const MAX_DUE: u32 = 5;

/// A promise coming due (or just past its day), not kept or changed yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct DuePromise {
    /// The promise.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub entry: EntryId,
    /// What I said I'd do, as written.
    pub what: String,
    /// Who it was for, if anyone.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub for_whom: Option<PersonId>,
    /// Their name.
    pub name: Option<String>,
    /// The day it was for.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub by_when: NaiveDate,
}

fn shift(day: NaiveDate, days: u64, forward: bool) -> NaiveDate {
    let d = Days::new(days);
    if forward {
        day.checked_add_days(d).unwrap_or(NaiveDate::MAX)
    } else {
        day.checked_sub_days(d).unwrap_or(NaiveDate::MIN)
    }
}

impl Journal {
    /// The promises due around `today` (the writer's local date), soonest day first (at most [`MAX_DUE`]).
    pub fn promises_due(&self, today: NaiveDate) -> Result<Vec<DuePromise>> {
        let sql = "SELECT e.id, json_extract(e.body, '$.what'), x.person, p.name, x.due
             FROM entry_facts x JOIN entries e ON e.rowid = x.entry_id LEFT JOIN people p ON p.id = x.person
             WHERE x.about = '' AND x.kind = 'promise' AND coalesce(x.status, 'not_yet') = 'not_yet'
               AND x.due BETWEEN ?1 AND ?2
               AND x.entry_id NOT IN (SELECT entry_id FROM nudge_snoozes WHERE until > ?3)
             ORDER BY x.due, x.entry_id LIMIT ?4";
        let params = rusqlite::params![
            iso(shift(today, OVERDUE_DAYS, false)),
            iso(shift(today, DUE_SOON_DAYS, true)),
            iso(today),
            MAX_DUE
        ];
        let mut stmt = self.conn.prepare_cached(sql).db()?;
        let rows = stmt
            .query_map(params, |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })
            .db()?;
        let mut out = Vec::new();
        for row in rows {
            let (id, what, person, name, due) = row.db()?;
            // A row that doesn't parse (an id or date that isn't one) was not written by Attune: left out.
            if let (Ok(entry), Some(by_when)) = (EntryId::parse_str(&id), span_parse(&due)) {
                let for_whom = person.as_deref().and_then(|p| PersonId::parse_str(p).ok());
                out.push(DuePromise { entry, what: what.unwrap_or_default(), for_whom, name, by_when });
            }
        }
        Ok(out)
    }

    /// Says how a promise went: kept, changed (or back to not yet), with a line on how it went.
    pub fn settle_promise(
        &self,
        entry: EntryId,
        outcome: PromiseOutcome,
        how_it_went: String,
        now: DateTime<FixedOffset>,
    ) -> Result<Entry> {
        let old = self.entry(entry)?;
        let mut body = old.body.clone();
        match &mut body {
            EntryBody::Promise(p) => {
                p.outcome = outcome;
                p.how_it_went = how_it_went;
            }
            other => return Err(wrong_kind(other.kind(), EntryKind::Promise)),
        }
        self.update_entry(entry, NewEntry { people: old.people, tags: old.tags, body, at: None }, now)
    }
}
