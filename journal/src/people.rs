//! The people entries are about.
//!
//! STUB: signatures fixed; implementation in progress.

use crate::model::{Person, PersonId, PersonInput};
use crate::{Journal, Result};

impl Journal {
    /// Everyone, by name.
    pub fn people(&self) -> Result<Vec<Person>> {
        todo!()
    }

    /// One person by id.
    pub fn person(&self, id: PersonId) -> Result<Person> {
        let _ = id;
        todo!()
    }

    /// One person by name, ignoring case.
    pub fn person_by_name(&self, name: &str) -> Result<Person> {
        let _ = name;
        todo!()
    }

    /// Adds someone. Names are unique ignoring case.
    pub fn add_person(&self, input: PersonInput) -> Result<Person> {
        let _ = input;
        todo!()
    }

    /// Changes someone's name, relationship or love language.
    pub fn update_person(&self, id: PersonId, input: PersonInput) -> Result<Person> {
        let _ = (id, input);
        todo!()
    }

    /// Removes someone no entry mentions; refuses with [`crate::Error::Conflict`] otherwise.
    pub fn remove_person(&self, id: PersonId) -> Result<()> {
        let _ = id;
        todo!()
    }
}
