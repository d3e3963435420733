//! Conflict reflections to come back to: the one rule for which are still open (a status that
//! [`ConflictStatus::needs_revisit`]) and the one reader of them ([`open_conflicts`]). Today's list and its nudge
//! (written two days to two months ago, not put off with "not now"), a person's page, the insights card and the weekly
//! look back all read them here, each with its own window and limit.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::Connection;

use crate::follow_through::{days_before, CONFLICT_AFTER_DAYS, CONFLICT_DAYS};
use crate::insights::{span_iso as iso, span_parse, OpenConflict, MAX_TO_REVISIT};
use crate::model::{ConflictStatus, EntryId, EntryKind, PersonId};
use crate::store::rows::{parse_enum, SqlResult};
use crate::{Journal, Result};

/// Which open conflicts to read: whom they are about, the local dates they were written between, whether those put
/// off with "not now" are left out, and how many at most. Always newest first.
#[derive(Debug, Clone, Default)]
pub(crate) struct Which {
    /// `None` for everyone, or one person.
    pub(crate) about: Option<PersonId>,
    /// Written on or after this local date.
    pub(crate) from: Option<NaiveDate>,
    /// Written on or before this local date.
    pub(crate) to: Option<NaiveDate>,
    /// Leave out those put off with "not now" that are still put off on this day.
    pub(crate) not_snoozed_on: Option<NaiveDate>,
    /// At most this many are read.
    pub(crate) limit: u32,
}

impl Which {
    /// The `FROM … WHERE …` over `entry_facts` (aliased `x`) of the conflicts chosen, with its parameters.
    fn chosen(&self) -> (String, Vec<Value>) {
        let mut params = vec![
            Value::Text(self.about.map(|p| p.to_string()).unwrap_or_default()),
            Value::Text(EntryKind::Conflict.as_str().to_owned()),
        ];
        let mut conds = String::new();
        if let Some(from) = self.from {
            conds.push_str(" AND x.local_date >= ?");
            params.push(Value::Text(iso(from)));
        }
        if let Some(to) = self.to {
            conds.push_str(" AND x.local_date <= ?");
            params.push(Value::Text(iso(to)));
        }
        if let Some(day) = self.not_snoozed_on {
            conds.push_str(" AND x.entry_id NOT IN (SELECT entry_id FROM nudge_snoozes WHERE until > ?)");
            params.push(Value::Text(iso(day)));
        }
        let open: Vec<Value> = ConflictStatus::ALL
            .iter()
            .filter(|s| s.needs_revisit())
            .map(|s| Value::Text(s.as_str().to_owned()))
            .collect();
        let marks = vec!["?"; open.len()].join(", ");
        params.extend(open);
        let sql = format!(
            "FROM entry_facts x WHERE x.about = ? AND x.kind = ?{conds} AND coalesce(x.status, 'open') IN ({marks})"
        );
        (sql, params)
    }
}

/// The open conflicts `which` chooses, newest first (by the day written, then the order written).
pub(crate) fn open_conflicts(conn: &Connection, which: &Which) -> Result<Vec<OpenConflict>> {
    let (chosen, mut params) = which.chosen();
    params.push(Value::Integer(i64::from(which.limit)));
    // Only the chosen rows (at most `limit`) are joined to their entries.
    let sql = format!(
        "SELECT e.id, x.local_date, x.status, json_extract(e.body, '$.whatHappened')
         FROM entries e JOIN (SELECT x.entry_id, x.local_date, x.status {chosen}
                              ORDER BY x.local_date DESC, x.entry_id DESC LIMIT ?) x ON e.rowid = x.entry_id
         ORDER BY x.local_date DESC, x.entry_id DESC"
    );
    let mut stmt = conn.prepare_cached(&sql).db()?;
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
        // A row that doesn't parse (an id or date that isn't one) was not written by Attune: left out.
        let (Ok(id), Some(date)) = (EntryId::parse_str(&id), span_parse(&date)) else { continue };
        let status = match status {
            Some(s) => parse_enum(s, "conflict status")?,
            None => ConflictStatus::default(),
        };
        out.push(OpenConflict { id, date, status, what_happened: what.unwrap_or_default() });
    }
    Ok(out)
}

/// How many open conflicts `which` chooses, ignoring its limit.
pub(crate) fn count_open_conflicts(conn: &Connection, which: &Which) -> Result<u32> {
    let (chosen, params) = which.chosen();
    let n: i64 = conn
        .prepare_cached(&format!("SELECT count(*) {chosen}"))
        .db()?
        .query_row(rusqlite::params_from_iter(params.iter()), |r| r.get(0))
        .db()?;
    Ok(u32::try_from(n.max(0)).unwrap_or(u32::MAX))
}

impl Journal {
    /// The conflict reflections Today offers to come back to on `today` (the writer's local date): still open or
    /// being repaired, written from [`CONFLICT_AFTER_DAYS`] to [`CONFLICT_DAYS`] days before, not put off with
    /// "not now"; newest first, at most [`MAX_TO_REVISIT`]. The nudge offers the first of them.
    pub fn conflicts_due(&self, today: NaiveDate) -> Result<Vec<OpenConflict>> {
        open_conflicts(
            &self.conn,
            &Which {
                about: None,
                from: Some(days_before(today, CONFLICT_DAYS)),
                to: Some(days_before(today, CONFLICT_AFTER_DAYS)),
                not_snoozed_on: Some(today),
                limit: MAX_TO_REVISIT,
            },
        )
    }

    /// Every conflict reflection about `person` still open or being repaired, however old, newest first (at most
    /// [`MAX_TO_REVISIT`]): what a person's page shows as still open between you.
    pub fn open_conflicts_about(&self, person: PersonId) -> Result<Vec<OpenConflict>> {
        open_conflicts(&self.conn, &Which { about: Some(person), limit: MAX_TO_REVISIT, ..Which::default() })
    }
}
