//! Export (JSON, Markdown) and import of Attune's own JSON export, losslessly: export → import → export is identical.
//!
//! The JSON export is the whole journal (people and entries with every field) in a stable order and with no export
//! time, so the same journal always exports to the same bytes. Markdown is for reading, not for importing back.
//! Importing reads the JSON export here ([`Journal::import_json`]) and writes it through [`crate::import`], in one
//! transaction: a file that fails anywhere changes nothing.

mod import;
mod json;
mod markdown;

pub use json::{FORMAT_NAME, FORMAT_VERSION};

pub(crate) use import::{describe, parse as parse_import};

use crate::import::{ImportFormat, ImportOptions, ImportOutcome, ImportSource};
use crate::{Journal, Result};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// Entries added.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub entries_added: u64,
    /// Entries already present (same id, or from an earlier import of the same source) and left as they were.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub entries_skipped: u64,
    /// People added.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub people_added: u64,
    /// The id of the backup made just before, if one was.
    pub backup: Option<String>,
}

impl Journal {
    /// The whole journal as Attune's JSON export (pretty-printed, stable order).
    ///
    /// People come by name then id, entries by creation time then id. There is no export time in the file, so the same
    /// journal always gives the same bytes.
    pub fn export_json(&self) -> Result<String> {
        json::export(self)
    }

    /// The whole journal as readable Markdown, oldest entry first. Entry text appears exactly as written.
    pub fn export_markdown(&self) -> Result<String> {
        markdown::export(self)
    }

    /// Imports Attune's JSON export, in one transaction: all or nothing.
    ///
    /// Entries keep their ids and times; an entry whose id is already in the journal is left as it is and counted as
    /// skipped. People are matched by id, else by name (ignoring case), else added. A file that is not JSON, has an
    /// unknown format version, or holds an invalid person or entry gives [`crate::Error::BadImport`] saying which and
    /// why, and changes nothing.
    pub fn import_json(&self, json: &str) -> Result<ImportReport> {
        let source = ImportSource::read(ImportFormat::Attune, json.as_bytes(), &ImportOptions::new(chrono_tz::UTC))?;
        match self.import(&source, &mut |_| std::ops::ControlFlow::Continue(()))? {
            ImportOutcome::Imported(report) => Ok(report),
            // Never cancelled: the progress callback above always continues.
            ImportOutcome::Cancelled => Ok(ImportReport::default()),
        }
    }
}
