//! Entries, the timeline, search, and drafts.

use attune_journal::drafts::DraftInfo;
use attune_journal::search::{SearchQuery, SearchResults};
use attune_journal::timeline::{MonthCount, Page, TimelineQuery};
use attune_journal::{Entry, NewEntry};
use chrono::Local;

use super::parse_id;
use crate::error::AppResult;
use crate::session::AppState;

/// Adds an entry written now, in the local time zone (about now, unless `entry.at` chooses another time).
pub fn add_entry(state: &AppState, entry: NewEntry) -> AppResult<Entry> {
    state.with_journal(|journal| journal.add_entry(entry, Local::now().fixed_offset()))
}

/// One entry.
pub fn get_entry(state: &AppState, id: String) -> AppResult<Entry> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.entry(id))
}

/// Replaces an entry's content, keeping its id and creation time.
pub fn update_entry(state: &AppState, id: String, entry: NewEntry) -> AppResult<Entry> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.update_entry(id, entry, Local::now().fixed_offset()))
}

/// Deletes an entry, returning it for undo.
pub fn delete_entry(state: &AppState, id: String) -> AppResult<Entry> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.delete_entry(id))
}

/// Puts a deleted entry back exactly as it was (undo).
pub fn restore_entry(state: &AppState, entry: Entry) -> AppResult<()> {
    state.with_journal(|journal| journal.restore_entry(&entry))
}

/// One page of the timeline, newest first.
pub fn timeline(state: &AppState, query: TimelineQuery) -> AppResult<Page> {
    state.with_journal(|journal| journal.timeline(&query))
}

/// Full-text search: one page of hits and how many in all. Cancels the search before it if that one still runs.
pub fn search(state: &AppState, query: SearchQuery) -> AppResult<SearchResults> {
    state.search(|journal, cancel| journal.search_cancellable(&query, cancel))
}

/// The months that have entries, newest first, with how many each holds (to jump to a date).
pub fn months(state: &AppState) -> AppResult<Vec<MonthCount>> {
    state.with_journal(|journal| journal.months())
}

/// Entries written on today's month and day in earlier years.
pub fn on_this_day(state: &AppState) -> AppResult<Vec<Entry>> {
    state.with_journal(|journal| journal.on_this_day(Local::now().date_naive()))
}

/// Every draft waiting, newest first (keys and times, not content).
pub fn list_drafts(state: &AppState) -> AppResult<Vec<DraftInfo>> {
    state.with_journal(|journal| journal.drafts())
}

/// Saves the in-progress form under `key` (inside the vault).
pub fn save_draft(state: &AppState, key: String, body: String) -> AppResult<()> {
    state.with_journal(|journal| journal.save_draft(&key, &body))
}

/// The draft under `key`, if any.
pub fn get_draft(state: &AppState, key: String) -> AppResult<Option<String>> {
    state.with_journal(|journal| journal.draft(&key))
}

/// Discards the draft under `key`.
pub fn discard_draft(state: &AppState, key: String) -> AppResult<()> {
    state.with_journal(|journal| journal.discard_draft(&key))
}
