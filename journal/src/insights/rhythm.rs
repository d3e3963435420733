//! Rhythm: which days something was written (a year at a glance), and runs of days with a check-in.

use chrono::{Days, NaiveDate};
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::scope::{count, rows, Scope};
use super::span::{iso, parse, Span};
use crate::model::EntryKind;
use crate::store::rows::SqlResult;
use crate::Result;

/// How many days the heat map shows at most: a year at a glance.
pub const HEAT_DAYS: u64 = 371;

/// How many entries were written on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct DayCount {
    /// The day.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub date: NaiveDate,
    /// Entries written that day.
    pub count: u32,
}

/// The writing rhythm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Rhythm {
    /// The days the heat map covers: the range's last year (or the whole range if shorter).
    pub heat: Span,
    /// Days in `heat` with anything written, oldest first (days without are left out).
    pub days: Vec<DayCount>,
    /// Days in the range with anything written.
    pub days_written: u32,
    /// Days in the range with a check-in.
    pub check_in_days: u32,
    /// Days in a row with a check-in, up to the range's last day (or the day before, when that day has none yet).
    pub current_run: u32,
    /// The most days in a row with a check-in within the range.
    pub longest_run: u32,
    /// The last day of that run.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub longest_run_ended: Option<NaiveDate>,
}

pub(crate) fn read(conn: &rusqlite::Connection, scope: &Scope) -> Result<Rhythm> {
    let span = scope.span;
    let heat_from = span.to.checked_sub_days(Days::new(HEAT_DAYS - 1)).unwrap_or(span.from).max(span.from);
    let heat = Span { from: heat_from, to: span.to };
    // `day_facts` rows of kind '' count every kind: one row per day written.
    let (cond, params) = scope.over(heat).conditions_for(&[""]);
    let sql = format!("SELECT x.local_date, x.entries FROM day_facts x WHERE {cond}");
    let days: Vec<DayCount> = rows(conn, &sql, &params, |r| Ok((r.get::<_, String>(0)?, count(r.get(1)?))))?
        .into_iter()
        .filter_map(|(date, count)| Some(DayCount { date: parse(&date)?, count }))
        .collect();
    let days_written = if heat == span {
        days.len() as u32
    } else {
        let (cond, params) = scope.conditions_for(&[""]);
        let sql = format!("SELECT count(*) FROM day_facts x WHERE {cond}");
        rows(conn, &sql, &params, |r| r.get::<_, Option<i64>>(0))?.into_iter().next().map_or(0, count)
    };

    // Runs of check-in days within the range: days minus their rank is constant along a run.
    let (cond, params) = scope.conditions(&[EntryKind::CheckIn]);
    let sql = format!(
        "WITH d AS (SELECT x.local_date AS day FROM day_facts x WHERE {cond}),
              g AS (SELECT day, julianday(day) - row_number() OVER (ORDER BY day) AS grp FROM d)
         SELECT count(*), max(day) FROM g GROUP BY grp"
    );
    let runs = rows(conn, &sql, &params, |r| Ok((count(r.get(0)?), r.get::<_, String>(1)?)))?;
    let check_in_days = runs.iter().map(|(n, _)| n).sum();
    let longest = runs
        .iter()
        .filter_map(|(n, end)| Some((*n, parse(end)?)))
        .max_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));

    Ok(Rhythm {
        heat,
        days,
        days_written,
        check_in_days,
        current_run: current_run(conn, scope)?,
        longest_run: longest.map_or(0, |l| l.0),
        longest_run_ended: longest.map(|l| l.1),
    })
}

/// Check-in days in a row ending on the range's last day, or the day before (today isn't over yet). The run may
/// have started before the range.
fn current_run(conn: &rusqlite::Connection, scope: &Scope) -> Result<u32> {
    let params = [
        Value::Text(scope.about()),
        Value::Text(EntryKind::CheckIn.as_str().to_owned()),
        Value::Text(iso(scope.span.to)),
    ];
    // One row per day, newest first, straight off `day_facts`' key; reading stops at the first gap.
    let sql = "SELECT x.local_date FROM day_facts x WHERE x.about = ?1 AND x.kind = ?2 AND x.local_date <= ?3
               ORDER BY x.local_date DESC";
    let mut stmt = conn.prepare_cached(sql).db()?;
    let mut found = stmt.query(rusqlite::params_from_iter(params.iter())).db()?;
    let mut run = 0;
    let mut expected = scope.span.to;
    let mut first = true;
    while let Some(row) = found.next().db()? {
        let Some(day) = parse(&row.get::<_, String>(0).db()?) else { continue };
        if day == expected {
            run += 1;
            expected = match day.pred_opt() {
                Some(d) => d,
                None => break,
            };
        } else if day > expected {
            continue; // another entry on a day already counted
        } else if first && Some(day) == expected.pred_opt() {
            // Nothing yet on the last day: the run up to the day before still counts.
            run = 1;
            expected = match day.pred_opt() {
                Some(d) => d,
                None => break,
            };
        } else {
            break;
        }
        first = false;
    }
    Ok(run)
}
