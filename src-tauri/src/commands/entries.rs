//! Entries, the timeline, search, and drafts.

use attune_journal::search::{SearchQuery, SearchResults};
use attune_journal::timeline::{MonthCount, Page, TimelineQuery};
use attune_journal::{Entry, NewEntry};
use chrono::Local;
use tauri::State;

use super::parse_id;
use crate::error::AppResult;
use crate::session::AppState;

/// Adds an entry written now, in the local time zone.
#[tauri::command]
pub async fn add_entry(state: State<'_, AppState>, entry: NewEntry) -> AppResult<Entry> {
    state.with_journal(|journal| journal.add_entry(entry, Local::now().fixed_offset()))
}

/// One entry.
#[tauri::command]
pub async fn get_entry(state: State<'_, AppState>, id: String) -> AppResult<Entry> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.entry(id))
}

/// Replaces an entry's content, keeping its id and creation time.
#[tauri::command]
pub async fn update_entry(state: State<'_, AppState>, id: String, entry: NewEntry) -> AppResult<Entry> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.update_entry(id, entry, Local::now().fixed_offset()))
}

/// Deletes an entry, returning it for undo.
#[tauri::command]
pub async fn delete_entry(state: State<'_, AppState>, id: String) -> AppResult<Entry> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.delete_entry(id))
}

/// Puts a deleted entry back exactly as it was (undo).
#[tauri::command]
pub async fn restore_entry(state: State<'_, AppState>, entry: Entry) -> AppResult<()> {
    state.with_journal(|journal| journal.restore_entry(&entry))
}

/// One page of the timeline, newest first.
#[tauri::command]
pub async fn timeline(state: State<'_, AppState>, query: TimelineQuery) -> AppResult<Page> {
    state.with_journal(|journal| journal.timeline(&query))
}

/// Full-text search, best match first.
#[tauri::command]
pub async fn search(state: State<'_, AppState>, query: SearchQuery) -> AppResult<SearchResults> {
    state.with_journal(|journal| journal.search(&query))
}

/// The months that have entries, newest first, with how many each holds (to jump to a date).
#[tauri::command]
pub async fn months(state: State<'_, AppState>) -> AppResult<Vec<MonthCount>> {
    state.with_journal(|journal| journal.months())
}

/// Entries written on today's month and day in earlier years.
#[tauri::command]
pub async fn on_this_day(state: State<'_, AppState>) -> AppResult<Vec<Entry>> {
    state.with_journal(|journal| journal.on_this_day(Local::now().date_naive()))
}

/// Saves the in-progress form under `key` (inside the vault).
#[tauri::command]
pub async fn save_draft(state: State<'_, AppState>, key: String, body: String) -> AppResult<()> {
    state.with_journal(|journal| journal.save_draft(&key, &body))
}

/// The draft under `key`, if any.
#[tauri::command]
pub async fn get_draft(state: State<'_, AppState>, key: String) -> AppResult<Option<String>> {
    state.with_journal(|journal| journal.draft(&key))
}

/// Discards the draft under `key`.
#[tauri::command]
pub async fn discard_draft(state: State<'_, AppState>, key: String) -> AppResult<()> {
    state.with_journal(|journal| journal.discard_draft(&key))
}
