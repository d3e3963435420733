//! Drafts: work in progress kept inside the vault as the person types.
//!
//! STUB: signatures fixed; implementation in progress.

use crate::{Journal, Result};

impl Journal {
    /// Saves (replaces) the draft under `key`. `body` is the shell's own JSON.
    pub fn save_draft(&self, key: &str, body: &str) -> Result<()> {
        let _ = (key, body);
        todo!()
    }

    /// The draft under `key`, if any.
    pub fn draft(&self, key: &str) -> Result<Option<String>> {
        let _ = key;
        todo!()
    }

    /// Discards the draft under `key` (no error if there is none).
    pub fn discard_draft(&self, key: &str) -> Result<()> {
        let _ = key;
        todo!()
    }
}
