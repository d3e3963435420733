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

    /// Whom the facts rows are about: '' for everyone, else the person's id.
    pub(crate) fn about(&self) -> String {
        self.person.map(|p| p.to_string()).unwrap_or_default()
    }

    /// `WHERE` conditions (without the keyword) on `x` (`entry_facts` or `day_facts`) for these kinds, this range
    /// and person, with parameters: one range scan of the primary key per kind.
    pub(crate) fn conditions(&self, kinds: &[EntryKind]) -> (String, Vec<Value>) {
        let names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
        self.conditions_for(&names)
    }

    /// As [`Scope::conditions`], for kinds by stored name (`''` is every kind in `day_facts`).
    pub(crate) fn conditions_for(&self, kinds: &[&str]) -> (String, Vec<Value>) {
        let mut params = vec![Value::Text(self.about())];
        params.extend(kinds.iter().map(|k| Value::Text((*k).to_owned())));
        let marks = vec!["?"; kinds.len()].join(", ");
        let sql = format!("x.about = ? AND x.kind IN ({marks}) AND x.local_date BETWEEN ? AND ?");
        params.push(Value::Text(iso(self.span.from)));
        params.push(Value::Text(iso(self.span.to)));
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

/// The sums of `columns` (fixed names, never input) of `day_facts` rows about `about` (`''`: everyone), of `kind`
/// (`''`: every kind), over `span`: zeros when nothing was written. One range of the table's key.
pub(crate) fn day_sums(conn: &Connection, about: &str, kind: &str, span: Span, columns: &[&str]) -> Result<Vec<i64>> {
    let sums: Vec<String> = columns.iter().map(|c| format!("coalesce(sum(x.{c}), 0)")).collect();
    let sql = format!(
        "SELECT {} FROM day_facts x WHERE x.about = ?1 AND x.kind = ?2 AND x.local_date BETWEEN ?3 AND ?4",
        sums.join(", ")
    );
    let params = [about.to_owned(), kind.to_owned(), iso(span.from), iso(span.to)];
    conn.prepare_cached(&sql)
        .db()?
        .query_row(params, |r| (0..columns.len()).map(|i| r.get::<_, i64>(i)).collect::<rusqlite::Result<Vec<i64>>>())
        .db()
}

/// A sum as a count.
pub(crate) fn n(v: i64) -> u32 {
    count(Some(v))
}
