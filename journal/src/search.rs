//! Full-text search (FTS5 inside the encrypted database): ranked, with highlighted snippets, combinable with the
//! timeline's filters, diacritics-insensitive, and safe against FTS query syntax typed by a person.
//!
//! What a person types is turned into quoted words by `query::match_expression`, never passed through; the index
//! stems English words. Every search counts its matches up to [`COUNT_LIMIT`] ([`SearchResults::total`]) and returns
//! one page of them (`offset`, `limit`), in one of two orders ([`SearchOrder`]):
//! - **Best match**: bm25 within tiers of `CANDIDATES` (500) entries by recency. Ranking every match of a very
//!   common word in a large journal would be slow, so the 500 most recently written matches are ranked first, then
//!   the next 500, and so on: fast at any size, leaning towards what is recent, and every match is reachable.
//! - **Newest first**: by the time the entry is about, as the timeline orders it. A few matches are sorted by date;
//!   many are found by reading the timeline's index newest first, a batch at a time, and testing each batch against
//!   the full-text index over the batch's span of rowids, so a page costs about the same however many entries match.
//!
//! **More than [`COUNT_LIMIT`] matches** (a letter or two typed into a large journal, or a very common word): the
//! count stops there ([`SearchResults::capped`]) and the hits come newest first whatever order was asked
//! ([`SearchResults::order`]). Counting every match, and ranking them (bm25 reads every match once to weigh the words),
//! would each read the word's whole part of the index: at 100k entries, tens of milliseconds a keystroke for a
//! first letter, from the disk when it was not read lately; a best match among most of a journal means little anyway.
//! Newest first costs about the same at any size (above).
//!
//! A search can be stopped from another thread ([`SearchCancel`], [`Journal::search_cancellable`]): the app does so
//! when a newer search comes in, so a superseded query stops rather than running to its end.
//!
//! Snippets mark matches with private-use characters that indexed text never holds (they are stripped on the way
//! in), then are split into [`SnippetPart`]s here, with a [`FIELD_BREAK`] part where one field ends and another
//! starts.

mod cancel;
mod query;
mod ranked;

pub use cancel::SearchCancel;

use serde::{Deserialize, Serialize};

use crate::model::Entry;
use crate::store::find_by_rowid;
use crate::store::index::{HIT_END, HIT_START};
use crate::timeline::filter::{page_limit, push_conditions};
use crate::timeline::Filter;
use crate::{Journal, Result};

/// The text of the snippet part that stands between two fields of an entry ("I felt seen · therapy · Sam").
pub const FIELD_BREAK: &str = " · ";

/// A search counts its matches up to this many; past it, [`SearchResults::capped`] says so and the hits come newest
/// first (see the module's documentation). Measured in `make bench` (docs/performance.md).
pub const COUNT_LIMIT: u32 = 10_000;

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
    /// Skip this many hits first (for the next page).
    pub offset: u32,
    /// Best match first (the default) or newest first.
    pub order: SearchOrder,
}

/// The order of search results.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub enum SearchOrder {
    /// Best match first (bm25, most recent matches ranked first: see the module's documentation).
    #[default]
    Relevance,
    /// Newest first, as in the timeline.
    Newest,
}

/// One page of search results, and how many there are in all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    /// This page's hits.
    pub hits: Vec<SearchHit>,
    /// How many entries match in all (with the filters), not only on this page; at most [`COUNT_LIMIT`].
    pub total: u32,
    /// More than `total` (= [`COUNT_LIMIT`]) entries match: counting stopped there. Say "more than", and offer more.
    pub capped: bool,
    /// The order the hits are in: the one asked, or newest first when `capped`.
    pub order: SearchOrder,
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
    /// Searches every text field: one page of hits, and how many match in all. An empty or all-punctuation query
    /// gives no hits.
    pub fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        self.search_cancellable(query, &SearchCancel::new())
    }

    /// [`Journal::search`] that another thread can stop through `cancel` (a newer search came in): it then returns
    /// [`Error::Cancelled`](crate::Error::Cancelled) soon, having changed nothing. Cancelling never stops anything
    /// but this search (see [`SearchCancel`]).
    pub fn search_cancellable(&self, query: &SearchQuery, cancel: &SearchCancel) -> Result<SearchResults> {
        cancel.run(&self.conn, || self.search_with(query, cancel))
    }

    fn search_with(&self, query: &SearchQuery, cancel: &SearchCancel) -> Result<SearchResults> {
        self.search_counting_to(query, cancel, u64::from(COUNT_LIMIT))
    }

    /// [`Journal::search`] counting up to `count_limit` (a parameter so tests need not write 10,000 entries).
    fn search_counting_to(
        &self,
        query: &SearchQuery,
        cancel: &SearchCancel,
        count_limit: u64,
    ) -> Result<SearchResults> {
        let limit = page_limit(query.limit, crate::timeline::DEFAULT_LIMIT, crate::timeline::MAX_LIMIT)?;
        let Some(expr) = query::match_expression(&query.text) else {
            return Ok(SearchResults { hits: Vec::new(), total: 0, capped: false, order: query.order });
        };
        let mut filter = Vec::new();
        let mut filter_params = Vec::new();
        push_conditions(&self.conn, &query.filter, &mut filter, &mut filter_params)?;
        let matches = ranked::Matches { conn: &self.conn, expr, filter, filter_params, cancel };
        let counted = matches.count(count_limit.saturating_add(1))?;
        let capped = counted > count_limit;
        let total = counted.min(count_limit);
        let order = if capped { SearchOrder::Newest } else { query.order };
        cancel.check()?;
        let found = if !capped && u64::from(query.offset) >= total {
            Vec::new()
        } else {
            match order {
                SearchOrder::Relevance => matches.best_first(query.offset, limit, counted)?,
                SearchOrder::Newest => matches.newest_first(query.offset, limit, counted)?,
            }
        };
        cancel.check()?;
        let hits = found
            .into_iter()
            .map(|(rowid, snippet)| {
                Ok(SearchHit { entry: find_by_rowid(&self.conn, rowid)?, snippet: snippet_parts(&snippet) })
            })
            .collect::<Result<_>>()?;
        Ok(SearchResults { hits, total: u32::try_from(total).unwrap_or(u32::MAX), capped, order })
    }
}

/// Splits a marked-up snippet into plain and highlighted parts, dropping empty ones. The indexed text has one field
/// per line, so a line break (and any white space around it) becomes one [`FIELD_BREAK`] part.
fn snippet_parts(marked: &str) -> Vec<SnippetPart> {
    let mut parts: Vec<SnippetPart> = Vec::new();
    let mut text = String::new();
    let mut hit = false;
    let flush = |parts: &mut Vec<SnippetPart>, text: &mut String, hit: bool| {
        if !text.is_empty() {
            parts.push(SnippetPart { text: std::mem::take(text), hit });
        }
    };
    let mut chars = marked.chars().peekable();
    while let Some(c) = chars.next() {
        if c == HIT_START || c == HIT_END {
            flush(&mut parts, &mut text, hit);
            hit = c == HIT_START;
        } else if c == '\n' || c == '\r' {
            let kept = text.trim_end().len();
            text.truncate(kept);
            flush(&mut parts, &mut text, hit);
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            // No break at the very start or end of a snippet, and never two in a row.
            let after_break = parts.last().is_some_and(|p| !p.hit && p.text == FIELD_BREAK);
            if !parts.is_empty() && !after_break && chars.peek().is_some() {
                parts.push(SnippetPart { text: FIELD_BREAK.to_owned(), hit: false });
            }
        } else {
            text.push(c);
        }
    }
    flush(&mut parts, &mut text, hit);
    parts
}

#[cfg(test)]
mod tests {
    use super::{snippet_parts, SearchCancel, SearchOrder, SearchQuery, SnippetPart};
    use crate::model::Note;
    use crate::{EntryBody, NewEntry, Passphrase, Vault};
    use chrono::{FixedOffset, TimeZone};

    /// Past the count limit a search says "more than", gives the newest first whatever was asked, and pages on past
    /// the limit; under it, the count is exact and the order the one asked. (The limit is 5 here, 10,000 in use.)
    #[test]
    fn past_the_count_limit_the_newest_come_first() {
        let dir = tempfile::tempdir().unwrap();
        let (journal, _) = Vault::create(&dir.path().join("vault"), &Passphrase::new("count limit tests")).unwrap();
        let day = |d: i64| {
            FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2025, 3, 1, 9, 0, 0).unwrap() + chrono::Duration::days(d)
        };
        // Twelve notes saying "tea", written out of date order; the ones that say it most are the oldest.
        for (i, d) in [4i64, 0, 9, 2, 11, 6, 1, 8, 3, 10, 5, 7].into_iter().enumerate() {
            let text = format!("day {d}: tea{}", " tea tea tea".repeat(usize::from(d < 3)));
            let body = EntryBody::Note(Note { title: format!("note {i}"), text });
            journal.add_entry(NewEntry { people: vec![], tags: vec![], body, at: None }, day(d)).unwrap();
        }
        let cancel = SearchCancel::new();
        let ask = |offset, count_limit| {
            let query = SearchQuery { text: "tea".into(), limit: 4, offset, ..Default::default() };
            journal.search_counting_to(&query, &cancel, count_limit).unwrap()
        };
        let days = |found: &super::SearchResults| found.hits.iter().map(|h| h.entry.created_at).collect::<Vec<_>>();

        let capped = ask(0, 5);
        assert_eq!((capped.total, capped.capped, capped.order), (5, true, SearchOrder::Newest));
        assert_eq!(days(&capped), vec![day(11), day(10), day(9), day(8)], "the newest four");
        let beyond = ask(8, 5);
        assert_eq!(days(&beyond), vec![day(3), day(2), day(1), day(0)], "paging goes past the limit");

        let exact = ask(0, 12);
        assert_eq!((exact.total, exact.capped, exact.order), (12, false, SearchOrder::Relevance));
        let mut best = days(&exact)[..3].to_vec();
        best.sort();
        assert_eq!(best, vec![day(0), day(1), day(2)], "best match: the three notes that say it most come first");
        assert!(ask(12, 12).hits.is_empty(), "nothing past the last of an exact count");
    }

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

    #[test]
    fn fields_are_kept_apart() {
        let marked = format!("I felt seen\ntherapy  \n\n {}Sam{}\n", super::HIT_START, super::HIT_END);
        assert_eq!(
            snippet_parts(&marked),
            vec![
                part("I felt seen", false),
                part(super::FIELD_BREAK, false),
                part("therapy", false),
                part(super::FIELD_BREAK, false),
                part("Sam", true)
            ]
        );
    }
}
