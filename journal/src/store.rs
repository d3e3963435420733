//! Writing and reading single entries: add, get, edit, delete, restore.
//!
//! STUB: signatures fixed; implementation in progress.

use chrono::{DateTime, FixedOffset};

use crate::model::{Entry, EntryId, NewEntry};
use crate::{Journal, Result};

impl Journal {
    /// Validates and adds an entry written at `at` (the writer's local time, whose offset and date are kept).
    /// Committed (fsynced) when this returns.
    pub fn add_entry(&self, new: NewEntry, at: DateTime<FixedOffset>) -> Result<Entry> {
        let _ = (new, at);
        todo!()
    }

    /// The entry with this id.
    pub fn entry(&self, id: EntryId) -> Result<Entry> {
        let _ = id;
        todo!()
    }

    /// Replaces an entry's people, tags and body (the kind may not change). Keeps `created_at`, sets `updated_at`.
    pub fn update_entry(&self, id: EntryId, edit: NewEntry, now: DateTime<FixedOffset>) -> Result<Entry> {
        let _ = (id, edit, now);
        todo!()
    }

    /// Deletes an entry (and its index rows), returning it so a shell can offer undo with [`Journal::restore_entry`].
    pub fn delete_entry(&self, id: EntryId) -> Result<Entry> {
        let _ = id;
        todo!()
    }

    /// Puts back an entry exactly as it was (same id and times): undo of delete, and import.
    pub fn restore_entry(&self, entry: &Entry) -> Result<()> {
        let _ = entry;
        todo!()
    }

    /// How many entries the journal holds.
    pub fn entry_count(&self) -> Result<u64> {
        todo!()
    }
}
