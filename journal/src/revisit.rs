//! Conflict reflections to come back to: the one rule for which are still open (a status that
//! [`ConflictStatus::needs_revisit`]) and which Today offers (written two days to two months ago, not put off with
//! "not now"). Today's list, its nudge and a person's page all read them here.

use chrono::NaiveDate;
use rusqlite::types::Value;

use crate::follow_through::{days_before, CONFLICT_AFTER_DAYS, CONFLICT_DAYS};
use crate::insights::{span_iso as iso, span_parse, OpenConflict, MAX_TO_REVISIT};
use crate::model::{ConflictStatus, EntryId, EntryKind, PersonId};
use crate::store::rows::{parse_enum, SqlResult};
use crate::{Journal, Result};

/// Which open conflicts to read.
struct Which {
    /// `''` for everyone, or a person's id.
    about: String,
    /// Written on or after / on or before these local dates.
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    /// Leave out those put off with "not now" that are still put off on this day.
    not_snoozed_on: Option<NaiveDate>,
}

impl Journal {
    /// The conflict reflections Today offers to come back to on `today` (the writer's local date): still open or
    /// being repaired, written from [`CONFLICT_AFTER_DAYS`] to [`CONFLICT_DAYS`] days before, not put off with
    /// "not now"; newest first, at most [`MAX_TO_REVISIT`]. The nudge offers the first of them.
    pub fn conflicts_due(&self, today: NaiveDate) -> Result<Vec<OpenConflict>> {
        self.open_conflicts(&Which {
            about: String::new(),
            from: Some(days_before(today, CONFLICT_DAYS)),
            to: Some(days_before(today, CONFLICT_AFTER_DAYS)),
            not_snoozed_on: Some(today),
        })
    }

    /// Every conflict reflection about `person` still open or being repaired, however old, newest first (at most
    /// [`MAX_TO_REVISIT`]): what a person's page shows as still open between you.
    pub fn open_conflicts_about(&self, person: PersonId) -> Result<Vec<OpenConflict>> {
        self.open_conflicts(&Which { about: person.to_string(), from: None, to: None, not_snoozed_on: None })
    }

    fn open_conflicts(&self, which: &Which) -> Result<Vec<OpenConflict>> {
        let open: Vec<Value> = ConflictStatus::ALL
            .iter()
            .filter(|s| s.needs_revisit())
            .map(|s| Value::Text(s.as_str().to_owned()))
            .collect();
        let marks = vec!["?"; open.len()].join(", ");
        let mut params = vec![Value::Text(which.about.clone()), Value::Text(EntryKind::Conflict.as_str().to_owned())];
        let mut conds = String::new();
        if let Some(from) = which.from {
            conds.push_str(" AND x.local_date >= ?");
            params.push(Value::Text(iso(from)));
        }
        if let Some(to) = which.to {
            conds.push_str(" AND x.local_date <= ?");
            params.push(Value::Text(iso(to)));
        }
        if let Some(day) = which.not_snoozed_on {
            conds.push_str(" AND x.entry_id NOT IN (SELECT entry_id FROM nudge_snoozes WHERE until > ?)");
            params.push(Value::Text(iso(day)));
        }
        params.extend(open);
        params.push(Value::Integer(i64::from(MAX_TO_REVISIT)));
        let sql = format!(
            "SELECT e.id, x.local_date, x.status, json_extract(e.body, '$.whatHappened')
             FROM entry_facts x JOIN entries e ON e.rowid = x.entry_id
             WHERE x.about = ? AND x.kind = ?{conds} AND coalesce(x.status, 'open') IN ({marks})
             ORDER BY x.local_date DESC, x.entry_id DESC LIMIT ?"
        );
        let mut stmt = self.conn.prepare_cached(&sql).db()?;
        let raw = stmt
            .query_map(rusqlite::params_from_iter(params.iter()), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })
            .db()?
            .collect::<rusqlite::Result<Vec<_>>>()
            .db()?;
        let mut out = Vec::with_capacity(raw.len());
        for (id, date, status, what) in raw {
            let (Ok(id), Some(date)) = (EntryId::parse_str(&id), span_parse(&date)) else { continue };
            let status = match status {
                Some(s) => parse_enum(s, "conflict status")?,
                None => ConflictStatus::default(),
            };
            out.push(OpenConflict { id, date, status, what_happened: what.unwrap_or_default() });
        }
        Ok(out)
    }
}
