//! Full-text search (FTS5 inside the encrypted database): ranked, with highlighted snippets, combinable with the
//! timeline's filters, diacritics-insensitive, and safe against FTS query syntax typed by a person.
//!
//! STUB: signatures fixed; implementation in progress.

use serde::{Deserialize, Serialize};

use crate::model::Entry;
use crate::timeline::Filter;
use crate::{Journal, Result};

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
        let _ = query;
        todo!()
    }
}
