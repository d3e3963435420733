//! Integrity and cipher checks over an unlocked journal.
//!
//! STUB: signatures fixed; implementation in progress.

use serde::Serialize;

use crate::{Journal, Result};

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// `PRAGMA integrity_check` problems (empty when fine).
    pub integrity: Vec<String>,
    /// `PRAGMA cipher_integrity_check` problems (empty when fine).
    pub cipher: Vec<String>,
    /// The SQLCipher version in use.
    pub cipher_version: String,
    /// The schema version.
    pub schema_version: u32,
    /// How many entries.
    pub entries: u64,
}

impl VerifyReport {
    /// Whether every check passed.
    pub fn ok(&self) -> bool {
        self.integrity.is_empty() && self.cipher.is_empty()
    }
}

impl Journal {
    /// Runs the integrity checks. Read-only.
    pub fn verify(&self) -> Result<VerifyReport> {
        todo!()
    }
}
