//! The people entries are about.

use attune_journal::{Person, PersonInput};
use tauri::State;

use super::parse_id;
use crate::error::AppResult;
use crate::session::AppState;

/// Everyone, by name.
#[tauri::command]
pub async fn people(state: State<'_, AppState>) -> AppResult<Vec<Person>> {
    state.with_journal(|journal| journal.people())
}

/// Adds someone.
#[tauri::command]
pub async fn add_person(state: State<'_, AppState>, input: PersonInput) -> AppResult<Person> {
    state.with_journal(|journal| journal.add_person(input))
}

/// Changes someone's name, relationship or love language.
#[tauri::command]
pub async fn update_person(state: State<'_, AppState>, id: String, input: PersonInput) -> AppResult<Person> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.update_person(id, input))
}

/// Removes someone no entry mentions.
#[tauri::command]
pub async fn remove_person(state: State<'_, AppState>, id: String) -> AppResult<()> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.remove_person(id))
}
