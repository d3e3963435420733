//! The people entries are about.

use attune_journal::person_page::PersonPage;
use attune_journal::{Person, PersonInput};
use chrono::Local;

use super::parse_id;
use crate::error::AppResult;
use crate::session::AppState;

/// Everyone, by name.
pub fn people(state: &AppState) -> AppResult<Vec<Person>> {
    state.with_journal(|journal| journal.people())
}

/// Adds someone.
pub fn add_person(state: &AppState, input: PersonInput) -> AppResult<Person> {
    state.with_journal(|journal| journal.add_person(input))
}

/// Changes someone's name, relationship or love language.
pub fn update_person(state: &AppState, id: String, input: PersonInput) -> AppResult<Person> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.update_person(id, input))
}

/// Removes someone no entry mentions.
pub fn remove_person(state: &AppState, id: String) -> AppResult<()> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.remove_person(id))
}

/// A person's page; "today" (for on this day) is the local date.
pub fn person_page(state: &AppState, id: String) -> AppResult<PersonPage> {
    let id = parse_id(&id)?;
    state.with_journal(|journal| journal.person_page(id, Local::now().date_naive()))
}
