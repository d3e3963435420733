//! Reading one page of matches in either order, with their snippets, and counting them all.

use std::collections::{HashMap, HashSet};

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};

use super::cancel::SearchCancel;
use crate::store::index::{HIT_END, HIT_START};
use crate::store::rows::SqlResult;
use crate::Result;

/// How many of the newest matching entries make one tier of best-match ranking (see the module above).
const CANDIDATES: u64 = 500;
/// Newest first: up to this many matches are sorted by date directly; above it, the timeline's index is walked in
/// order and each entry tested against the matches, which stops as soon as the page is full.
const SORT_MATCHES: u64 = 2_000;
/// Newest first, walking the timeline: the first batch of entries tested, doubled each time up to [`MAX_BATCH`].
const FIRST_BATCH: u32 = 256;
const MAX_BATCH: u32 = 8_192;
/// About how many words a snippet shows.
const SNIPPET_WORDS: u32 = 16;

const FROM: &str = "FROM entries_fts CROSS JOIN entries e ON e.rowid = entries_fts.rowid";

/// The matches of one search: the MATCH expression and the filter's conditions on `entries e`.
pub(super) struct Matches<'a> {
    pub(super) conn: &'a Connection,
    pub(super) expr: String,
    pub(super) filter: Vec<String>,
    pub(super) filter_params: Vec<Value>,
    /// Checked between statements; its interrupt stops a running one.
    pub(super) cancel: &'a SearchCancel,
}

impl Matches<'_> {
    /// `entries_fts MATCH ?` and the filter, joined, with their parameters.
    fn conds(&self) -> (String, Vec<Value>) {
        let mut conds = vec!["entries_fts MATCH ?".to_owned()];
        conds.extend(self.filter.iter().cloned());
        let mut params = vec![Value::Text(self.expr.clone())];
        params.extend(self.filter_params.iter().cloned());
        (conds.join(" AND "), params)
    }

    /// How many entries match, counting no further than `up_to` (FTS5 then stops reading the index).
    pub(super) fn count(&self, up_to: u64) -> Result<u64> {
        let (conds, mut params) = self.conds();
        params.push(Value::Integer(i64::try_from(up_to).unwrap_or(i64::MAX)));
        // Without a filter the index alone answers.
        let sql = if self.filter.is_empty() {
            "SELECT count(*) FROM (SELECT 1 FROM entries_fts WHERE entries_fts MATCH ? LIMIT ?)".to_owned()
        } else {
            format!("SELECT count(*) FROM (SELECT 1 {FROM} WHERE {conds} LIMIT ?)")
        };
        let n: i64 = self
            .conn
            .prepare_cached(&sql)
            .db()?
            .query_row(rusqlite::params_from_iter(params.iter()), |r| r.get(0))
            .db()?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// The rowid of the `n`-th newest match (from 0), if there are that many, of the `total` there are. Without a
    /// filter, the index alone answers, as the `total - 1 - n`-th oldest: FTS5 reads forwards much faster than
    /// backwards, and no entry's row is read (for the 500th newest of 5,000 matches at 100k entries: under 2 ms,
    /// against 5–9 backwards through the entries' rows). A filter needs each match's row, and forwards that would be
    /// up to `total - n` rows (70–100 ms for 5,000), so then it reads backwards: only the `n + 1` newest.
    fn nth_newest(&self, n: u64, total: u64) -> Result<Option<i64>> {
        let Some(from_oldest) = total.checked_sub(n + 1) else { return Ok(None) };
        let (conds, mut params) = self.conds();
        let sql = if self.filter.is_empty() {
            params.push(Value::Integer(i64::try_from(from_oldest).unwrap_or(i64::MAX)));
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid LIMIT 1 OFFSET ?".to_owned()
        } else {
            params.push(Value::Integer(i64::try_from(n).unwrap_or(i64::MAX)));
            format!("SELECT entries_fts.rowid {FROM} WHERE {conds} ORDER BY entries_fts.rowid DESC LIMIT 1 OFFSET ?")
        };
        self.conn
            .prepare_cached(&sql)
            .db()?
            .query_row(rusqlite::params_from_iter(params.iter()), |r| r.get(0))
            .optional()
            .db()
    }

    /// Best match first: bm25 within tiers of [`CANDIDATES`] matches by recency, newest tier first. `total` is how
    /// many match, counted in full.
    pub(super) fn best_first(&self, offset: u32, limit: u32, total: u64) -> Result<Vec<(i64, String)>> {
        let limit = limit as usize;
        let mut tier = u64::from(offset) / CANDIDATES;
        let mut skip = u64::from(offset) % CANDIDATES;
        // Rowids below `upper` and at or above `lower` are this tier.
        let mut upper = if tier == 0 { None } else { self.nth_newest(tier * CANDIDATES - 1, total)? };
        let mut out = Vec::new();
        loop {
            self.cancel.check()?;
            let lower = self.nth_newest((tier + 1) * CANDIDATES - 1, total)?;
            out.extend(self.ranked_between(lower, upper, skip, limit - out.len())?);
            if out.len() >= limit || lower.is_none() {
                return Ok(out);
            }
            (upper, tier, skip) = (lower, tier + 1, 0);
        }
    }

    fn ranked_between(
        &self,
        lower: Option<i64>,
        upper: Option<i64>,
        skip: u64,
        n: usize,
    ) -> Result<Vec<(i64, String)>> {
        let (conds, mut params) = self.conds();
        params.extend([
            Value::Integer(lower.unwrap_or(i64::MIN)),
            Value::Integer(upper.unwrap_or(i64::MAX)),
            Value::Integer(i64::try_from(n).unwrap_or(i64::MAX)),
            Value::Integer(i64::try_from(skip).unwrap_or(i64::MAX)),
        ]);
        // The snippet is computed in the same pass: a second MATCH per hit would re-read the whole doclist of a
        // prefix term each time, which is far slower for common words.
        let sql = format!(
            "SELECT entries_fts.rowid, snippet(entries_fts, 0, '{HIT_START}', '{HIT_END}', '…', {SNIPPET_WORDS})
             {FROM} WHERE {conds} AND entries_fts.rowid >= ? AND entries_fts.rowid < ?
             ORDER BY entries_fts.rank LIMIT ? OFFSET ?"
        );
        self.conn
            .prepare_cached(&sql)
            .db()?
            .query_map(rusqlite::params_from_iter(params.iter()), |r| Ok((r.get(0)?, r.get(1)?)))
            .db()?
            .collect::<rusqlite::Result<_>>()
            .db()
    }

    /// Newest first, by the entry's time as the timeline orders it.
    pub(super) fn newest_first(&self, offset: u32, limit: u32, total: u64) -> Result<Vec<(i64, String)>> {
        let rowids =
            if total <= SORT_MATCHES { self.newest_sorted(offset, limit)? } else { self.newest_walked(offset, limit)? };
        self.cancel.check()?;
        self.snippets(&rowids)
    }

    /// A few matches: all of them, sorted by date (one entry row read per match).
    fn newest_sorted(&self, offset: u32, limit: u32) -> Result<Vec<i64>> {
        let (conds, mut params) = self.conds();
        params.extend([Value::Integer(i64::from(limit)), Value::Integer(i64::from(offset))]);
        let sql = format!(
            "SELECT entries_fts.rowid {FROM} WHERE {conds} ORDER BY e.created_at DESC, e.id DESC LIMIT ? OFFSET ?"
        );
        self.conn
            .prepare_cached(&sql)
            .db()?
            .query_map(rusqlite::params_from_iter(params.iter()), |r| r.get(0))
            .db()?
            .collect::<rusqlite::Result<_>>()
            .db()
    }

    /// Many matches: the timeline is read newest first from its index, a batch at a time, and each batch is tested
    /// against the full-text index over just the batch's span of rowids (FTS5 seeks straight to it), stopping once
    /// the page is full. Reading the whole match set first (an `IN (… MATCH …)` list) cost 452 ms at 100k entries
    /// for a word in 74% of them, most of it reading every matching entry's row to sort by date; this reads about
    /// `(offset + limit) / share of entries matching` index entries. The span is tight when entries were written in
    /// order; entries written about an earlier day (or imported) widen it, which costs more of the full-text index
    /// but never changes the answer.
    fn newest_walked(&self, offset: u32, limit: u32) -> Result<Vec<i64>> {
        let mut skip = offset as usize;
        let limit = limit as usize;
        let mut out = Vec::with_capacity(limit);
        let mut after: Option<(i64, String)> = None;
        let mut batch = FIRST_BATCH;
        loop {
            self.cancel.check()?;
            let rows = self.timeline_batch(after.as_ref(), batch)?;
            let (Some(low), Some(high)) = (rows.iter().map(|r| r.0).min(), rows.iter().map(|r| r.0).max()) else {
                return Ok(out);
            };
            let matching = self.matching_between(low, high)?;
            for (rowid, _, _) in &rows {
                if !matching.contains(rowid) {
                    continue;
                }
                if skip > 0 {
                    skip -= 1;
                } else {
                    out.push(*rowid);
                    if out.len() >= limit {
                        return Ok(out);
                    }
                }
            }
            if rows.len() < batch as usize {
                return Ok(out);
            }
            after = rows.into_iter().last().map(|(_, created_at, id)| (created_at, id));
            batch = (batch * 2).min(MAX_BATCH);
        }
    }

    /// The next `n` entries of the timeline (with the filter) after `after`: rowid, time and id.
    fn timeline_batch(&self, after: Option<&(i64, String)>, n: u32) -> Result<Vec<(i64, i64, String)>> {
        let mut conds = self.filter.clone();
        let mut params = self.filter_params.clone();
        if let Some((created_at, id)) = after {
            conds.push("(e.created_at, e.id) < (?, ?)".into());
            params.extend([Value::Integer(*created_at), Value::Text(id.clone())]);
        }
        params.push(Value::Integer(i64::from(n)));
        let conds = if conds.is_empty() { String::new() } else { format!("WHERE {}", conds.join(" AND ")) };
        let sql = format!(
            "SELECT e.rowid, e.created_at, e.id FROM entries e {conds} ORDER BY e.created_at DESC, e.id DESC LIMIT ?"
        );
        self.conn
            .prepare_cached(&sql)
            .db()?
            .query_map(rusqlite::params_from_iter(params.iter()), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .db()?
            .collect::<rusqlite::Result<_>>()
            .db()
    }

    /// The matching rowids from `low` to `high`, both included.
    fn matching_between(&self, low: i64, high: i64) -> Result<HashSet<i64>> {
        self.conn
            .prepare_cached("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid >= ? AND rowid <= ?")
            .db()?
            .query_map(rusqlite::params![self.expr, low, high], |r| r.get(0))
            .db()?
            .collect::<rusqlite::Result<_>>()
            .db()
    }

    /// The snippets of these matching rowids, in their order: one pass over the index across their span of rowids,
    /// stopping once each is found, and computing a snippet only for them. Forwards: FTS5 reads a common prefix's
    /// matches backwards many times slower (20 snippets of "t" at 100k entries: 15–20 ms backwards, 1.5 forwards).
    fn snippets(&self, rowids: &[i64]) -> Result<Vec<(i64, String)>> {
        let (Some(&low), Some(&high)) = (rowids.iter().min(), rowids.iter().max()) else {
            return Ok(Vec::new());
        };
        // Rowids are integers read from the database, so they are written into the statement as they are.
        let list = rowids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "SELECT rowid, CASE WHEN rowid IN ({list})
                 THEN snippet(entries_fts, 0, '{HIT_START}', '{HIT_END}', '…', {SNIPPET_WORDS}) END
             FROM entries_fts WHERE entries_fts MATCH ? AND rowid >= ? AND rowid <= ? ORDER BY rowid"
        );
        let mut stmt = self.conn.prepare(&sql).db()?;
        let mut rows = stmt.query(rusqlite::params![self.expr, low, high]).db()?;
        let mut found: HashMap<i64, String> = HashMap::with_capacity(rowids.len());
        while found.len() < rowids.len() {
            let Some(row) = rows.next().db()? else { break };
            if let Some(snippet) = row.get::<_, Option<String>>(1).db()? {
                found.insert(row.get(0).db()?, snippet);
            }
        }
        Ok(rowids.iter().filter_map(|id| found.remove(id).map(|s| (*id, s))).collect())
    }
}

#[cfg(test)]
#[path = "ranked_tests.rs"]
mod tests;
