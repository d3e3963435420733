//! What people write: the typed entry model.
//!
//! One [`EntryBody`] variant per kind of entry. Every type here is what the vault stores (as JSON inside the encrypted
//! database), what export writes, and what the UI receives, so field names are part of the format: add, never rename.
//! [`validate_body`], [`validate_new_entry`] and [`validate_person`] check required fields, lengths and ranges before anything reaches the database.

mod appreciation;
mod check_in;
mod conflict;
mod dates;
mod entry;
mod field_words;
mod kind_words;
mod listening;
mod look_back;
mod note;
mod people;
mod promise;
mod reaching;
mod shared_experience;
mod step_words;
mod validate;
mod vulnerability;
mod when;

pub use appreciation::{Appreciation, LoveLanguage};
pub use check_in::{CheckIn, ChosenStep, HowItWent, StepFollowUp};
pub use conflict::{ConflictReflection, ConflictStatus, Horseman, HorsemanNote, IStatement, Whose};
pub use dates::{parse_date, DateOrder};
pub use entry::{Entry, EntryBody, EntryKind, NewEntry};
pub use field_words::{field_label, FIELD_LABELS, LOOK_BACK_WEEK};
pub use listening::{GotIt, Listening, ListeningTurn, Speaker};
pub use look_back::{LookBack, LOOK_BACK_HEADINGS};
pub use note::Note;
pub use people::{Person, PersonInput, Relationship};
pub use promise::{Promise, PromiseOutcome};
pub use reaching::{Reaching, Urge};
pub use shared_experience::SharedExperience;
pub use step_words::{conflict_steps, listening_steps, FlowStep};
pub use vulnerability::Vulnerability;
pub use when::{check_when, parse_time_of_day, parse_when, EARLIEST_YEAR, FUTURE_SLACK_MINUTES};

pub use validate::{
    validate_body, validate_new_entry, validate_person, validate_tags, MAX_FEELINGS, MAX_LONG_TEXT, MAX_SHORT_TEXT,
    MAX_TAGS,
};

use uuid::Uuid;

/// An entry's id: a UUIDv7, so ids sort by creation time.
pub type EntryId = Uuid;
/// A person's id: a UUIDv7.
pub type PersonId = Uuid;
