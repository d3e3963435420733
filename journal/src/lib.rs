//! # attune-journal
//!
//! Attune's encrypted journal, with no knowledge of any shell: the desktop app (`src-tauri/`) and the command line
//! (`cli/`) are both thin layers over this crate.
//!
//! - [`Vault`] is a journal folder on disk: a SQLCipher database and a small key file. [`Vault::unlock`] gives a
//!   [`Journal`], the unlocked session that holds the connection and the data key; dropping or
//!   [`Journal::lock`]ing it closes the connection and zeroizes every key.
//! - [`model`] is what people write; [`timeline`] and [`search`] read it back; [`export`] writes it out and in;
//!   [`brief`] gathers chosen entries into a brief for a therapist (PDF or Markdown).
//! - [`insights`] reads a range of the journal together (mood, feelings, appreciations, conflicts, rhythm);
//!   [`follow_through`] and [`promises`] close the loop (Today's nudge, promises coming due).
//! - [`vocab`] holds the built-in feelings vocabulary, prompt deck and practices; [`practices`] applies them after an
//!   entry (next steps, the care line, counts of reaching and pulling away).
//! - [`Journal::warnings`] says what was noticed while opening (a damaged key-file slot, lost recent changes, a
//!   read-only folder); [`files::write_private`] is the one way decrypted text is written outside the vault.
//!
//! This crate never prints, never logs entry text, and never reads the network.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod atomic;
pub mod backup;
pub mod brief;
pub mod crypto;
mod db;
pub mod drafts;
mod error;
pub mod export;
pub mod field;
pub mod files;
pub mod follow_through;
#[doc(hidden)]
pub mod fuzz;
pub mod import;
pub mod insights;
mod keyfile;
pub mod locale;
pub mod look_back;
pub mod model;
pub mod paths;
mod people;
pub mod person_page;
pub mod practices;
pub mod promises;
pub mod reminders;
mod revisit;
pub mod search;
pub mod settings;
mod store;
pub mod timeline;
mod vault;
pub mod verify;
pub mod vocab;
mod wal;
mod warning;

pub use crypto::{Passphrase, RecoveryKey, Secret};
pub use db::SCHEMA_VERSION;
pub use error::{Error, ErrorKind, Result};
pub use field::Field;
pub use model::{Entry, EntryBody, EntryId, EntryKind, NewEntry, Person, PersonId, PersonInput};
pub use vault::{Journal, Vault, WriteStep};
pub use warning::{Warning, WarningKind};
