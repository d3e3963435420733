//! The SQL every card shares: which `entry_facts` rows (aliased `x`) a question is about — some kinds, a range of
//! days, and optionally the entries about one person.

use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::span::{iso, Span};
use crate::model::{EntryKind, PersonId};
use crate::store::rows::SqlResult;
use crate::Result;

/// A range of days and perhaps one person: the part of the journal insights look at.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scope {
    pub(crate) span: Span,
    pub(crate) person: Option<PersonId>,
}

impl Scope {
    /// The same person over another range.
    pub(crate) fn over(self, span: Span) -> Scope {
        Scope { span, ..self }
    }

    /// `WHERE` conditions (without the keyword) on `x` for these kinds, this range and person, with parameters.
    /// The kinds come first so each is one range scan of the facts' primary key.
    pub(crate) fn conditions(&self, kinds: &[EntryKind]) -> (String, Vec<Value>) {
        let mut params: Vec<Value> = kinds.iter().map(|k| Value::Text(k.as_str().to_owned())).collect();
        let marks = vec!["?"; kinds.len()].join(", ");
        let mut sql = format!("x.kind IN ({marks}) AND x.local_date BETWEEN ? AND ?");
        params.push(Value::Text(iso(self.span.from)));
        params.push(Value::Text(iso(self.span.to)));
        if let Some(person) = self.person {
            sql.push_str(" AND x.entry_id IN (SELECT entry_id FROM entry_people WHERE person_id = ?)");
            params.push(Value::Text(person.to_string()));
        }
        (sql, params)
    }
}

/// Runs `sql` with `params` and maps every row.
pub(crate) fn rows<T>(
    conn: &Connection,
    sql: &str,
    params: &[Value],
    map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql).db()?;
    let out = stmt.query_map(rusqlite::params_from_iter(params.iter()), map).db()?;
    out.collect::<rusqlite::Result<Vec<T>>>().db()
}

/// A count read from SQL (never negative) as `u32`.
pub(crate) fn count(n: Option<i64>) -> u32 {
    u32::try_from(n.unwrap_or(0).max(0)).unwrap_or(u32::MAX)
}

/// An average, rounded to one decimal; None when there is nothing to average.
pub(crate) fn average(sum: i64, n: u32) -> Option<f64> {
    (n > 0).then(|| (sum as f64 / f64::from(n) * 10.0).round() / 10.0)
}
