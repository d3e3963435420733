//! Full-text search (FTS5 inside the encrypted database): ranked, with highlighted snippets, combinable with the
//! timeline's filters, diacritics-insensitive, and safe against FTS query syntax typed by a person.
//!
//! What a person types is turned into quoted words by `query::match_expression`, never passed through. Ranking is
//! bm25 within a bounded candidate set: when a query matches more than `CANDIDATES` (500) entries (a very common
//! word in a large journal), only the most recently written 500 are ranked, which keeps a search fast at any size
//! and leans towards what is recent. Snippets mark matches with private-use characters that indexed text never holds
//! (they are stripped on the way in), then are split into [`SnippetPart`]s here.

mod query;

use rusqlite::types::Value;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use crate::model::Entry;
use crate::store::find_by_rowid;
use crate::store::index::{HIT_END, HIT_START};
use crate::store::rows::SqlResult;
use crate::timeline::filter::{page_limit, push_conditions};
use crate::timeline::Filter;
use crate::{Journal, Result};

/// How many of the newest matching entries are ranked by bm25 when a query matches more.
const CANDIDATES: i64 = 500;
/// About how many words a snippet shows.
const SNIPPET_WORDS: u32 = 16;

#[cfg(feature = "ts")]
use ts_rs::TS;

/// A search request.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct SearchQuery {
    /// What the person typed. Taken as plain words (the last one as a prefix), never as FTS syntax.
    pub text: String,
    /// Filters, as for the timeline.
    pub filter: Filter,
    /// At most this many hits, 1–200 (0 means the default, 50).
    pub limit: u32,
}

/// A piece of a snippet: plain text, or a match to highlight. Shells render these as text, never as HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct SnippetPart {
    /// The text.
    pub text: String,
    /// Whether it matched the query.
    pub hit: bool,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    /// The entry.
    pub entry: Entry,
    /// A short passage around the best match.
    pub snippet: Vec<SnippetPart>,
}

impl Journal {
    /// Searches every text field, best match first. An empty or all-punctuation query gives no hits.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>> {
        let limit = page_limit(query.limit, crate::timeline::DEFAULT_LIMIT, crate::timeline::MAX_LIMIT)?;
        let Some(expr) = query::match_expression(&query.text) else {
            return Ok(Vec::new());
        };
        let mut conds = vec!["entries_fts MATCH ?".to_owned()];
        let mut params = vec![Value::Text(expr)];
        push_conditions(&self.conn, &query.filter, &mut conds, &mut params)?;
        let from = "FROM entries_fts CROSS JOIN entries e ON e.rowid = entries_fts.rowid";
        let conds = conds.join(" AND ");

        // The oldest candidate: the CANDIDATES-th newest match, if there are that many.
        let cutoff_sql =
            format!("SELECT entries_fts.rowid {from} WHERE {conds} ORDER BY entries_fts.rowid DESC LIMIT 1 OFFSET ?");
        let mut cutoff_params = params.clone();
        cutoff_params.push(Value::Integer(CANDIDATES - 1));
        let cutoff: Option<i64> = self
            .conn
            .prepare_cached(&cutoff_sql)
            .db()?
            .query_row(rusqlite::params_from_iter(cutoff_params.iter()), |r| r.get(0))
            .optional()
            .db()?;
        params.push(Value::Integer(cutoff.unwrap_or(i64::MIN)));
        params.push(Value::Integer(i64::from(limit)));

        // The snippet is computed in the same pass: a second MATCH per hit would re-read the whole doclist of a
        // prefix term each time, which is far slower for common words.
        let sql = format!(
            "SELECT entries_fts.rowid, snippet(entries_fts, 0, '{HIT_START}', '{HIT_END}', '…', {SNIPPET_WORDS})
             {from} WHERE {conds} AND entries_fts.rowid >= ? ORDER BY entries_fts.rank LIMIT ?"
        );
        let found: Vec<(i64, String)> = self
            .conn
            .prepare_cached(&sql)
            .db()?
            .query_map(rusqlite::params_from_iter(params.iter()), |r| Ok((r.get(0)?, r.get(1)?)))
            .db()?
            .collect::<rusqlite::Result<_>>()
            .db()?;
        found
            .into_iter()
            .map(|(rowid, snippet)| {
                Ok(SearchHit { entry: find_by_rowid(&self.conn, rowid)?, snippet: snippet_parts(&snippet) })
            })
            .collect()
    }
}

/// Splits a marked-up snippet into plain and highlighted parts, dropping empty ones.
fn snippet_parts(marked: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut hit = false;
    for c in marked.chars() {
        if c == HIT_START || c == HIT_END {
            if !text.is_empty() {
                parts.push(SnippetPart { text: std::mem::take(&mut text), hit });
            }
            hit = c == HIT_START;
        } else {
            text.push(c);
        }
    }
    if !text.is_empty() {
        parts.push(SnippetPart { text, hit });
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::{snippet_parts, SnippetPart};

    fn part(text: &str, hit: bool) -> SnippetPart {
        SnippetPart { text: text.into(), hit }
    }

    #[test]
    fn snippet_markers_split_into_parts() {
        let marked = format!(
            "…we went to the {}café{} after {}work{}",
            super::HIT_START,
            super::HIT_END,
            super::HIT_START,
            super::HIT_END
        );
        assert_eq!(
            snippet_parts(&marked),
            vec![part("…we went to the ", false), part("café", true), part(" after ", false), part("work", true)]
        );
    }
}
