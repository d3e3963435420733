//! Bringing in other journals: jrnl, Day One, Mini Diarium, Daylio, and Attune's own JSON export.
//!
//! Every import goes the same way, whichever shell asks:
//! 1. [`ImportSource::read`] parses the whole file (nothing touches the vault; a bad file gives
//!    [`crate::Error::BadImport`] saying what and where);
//! 2. [`Journal::plan_import`] is the dry run: what would come in (counts per kind, date range), what is already here
//!    from an earlier import, and what will be left out and why;
//! 3. [`Journal::import`] makes a backup (when a backup folder is set up), then writes everything in one transaction,
//!    reporting progress; cancelling, or any error, rolls the whole import back.
//!
//! Each imported entry remembers its source and the source's id for it (or, when the source has none, a hash of its
//! content), so importing the same file again adds nothing.

mod attune;
mod common;
mod daylio;
mod dayone;
pub mod html;
mod jrnl;
mod minidiarium;
mod write;

use std::collections::BTreeMap;
use std::ops::ControlFlow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// How many new entries of one kind (the same type the insights count with).
pub use crate::insights::KindCount;
pub use daylio::default_pleasantness;

use crate::export::ImportReport;
use crate::model::Person;
use crate::{Error, Journal, Result};
use common::Item;

/// The formats Attune imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "lowercase")]
pub enum ImportFormat {
    /// jrnl's JSON export (`jrnl --export json`).
    Jrnl,
    /// Day One's JSON export, as the .zip or the extracted JSON file.
    DayOne,
    /// Mini Diarium's JSON export.
    MiniDiarium,
    /// A Daylio CSV backup.
    Daylio,
    /// Attune's own JSON export.
    Attune,
}

impl ImportFormat {
    /// Every format, in the order menus show them.
    pub const ALL: [ImportFormat; 5] = [
        ImportFormat::Jrnl,
        ImportFormat::DayOne,
        ImportFormat::MiniDiarium,
        ImportFormat::Daylio,
        ImportFormat::Attune,
    ];

    /// The stable name (`jrnl`, `dayone`, `minidiarium`, `daylio`, `attune`): the CLI's `--from` and the source
    /// recorded with each imported entry.
    pub fn as_str(self) -> &'static str {
        match self {
            ImportFormat::Jrnl => "jrnl",
            ImportFormat::DayOne => "dayone",
            ImportFormat::MiniDiarium => "minidiarium",
            ImportFormat::Daylio => "daylio",
            ImportFormat::Attune => "attune",
        }
    }

    /// The name people know it by, and the file to choose.
    pub fn label(self) -> &'static str {
        match self {
            ImportFormat::Jrnl => "jrnl (JSON export)",
            ImportFormat::DayOne => "Day One (JSON export, .zip or .json)",
            ImportFormat::MiniDiarium => "Mini Diarium (JSON export)",
            ImportFormat::Daylio => "Daylio (CSV backup)",
            ImportFormat::Attune => "Attune (JSON export)",
        }
    }
}

impl std::str::FromStr for ImportFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', '_', ' '], "");
        ImportFormat::ALL.into_iter().find(|f| f.as_str() == norm).ok_or_else(|| {
            Error::invalid(
                crate::Field::Format,
                format!(
                    "'{s}' is not a format Attune imports; choose one of: jrnl, dayone, minidiarium, daylio, attune"
                ),
            )
        })
    }
}

/// Choices that shape an import.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOptions {
    /// The time zone for sources that write local times without one (jrnl, Mini Diarium, Daylio), and for a Day One
    /// entry whose zone is unknown.
    pub zone: chrono_tz::Tz,
    /// Daylio: pleasantness (−5 to 5) for each mood name, overriding [`default_pleasantness`].
    pub moods: BTreeMap<String, i8>,
}

impl ImportOptions {
    /// Options for `zone`, with the default mood mapping.
    pub fn new(zone: chrono_tz::Tz) -> Self {
        ImportOptions { zone, moods: BTreeMap::new() }
    }
}

/// Something the import leaves out, how many, and why, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Skipped {
    /// How many.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub count: u64,
    /// A full sentence: "12 photos were not imported: Attune keeps words, not media."
    pub message: String,
}

/// A Daylio mood and the pleasantness it will be imported as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct MoodMapping {
    /// The mood's name in the file.
    pub mood: String,
    /// Pleasantness, −5 to 5.
    pub pleasantness: i8,
    /// How many rows have it.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub rows: u64,
    /// Whether it is one of Daylio's five standard moods (others default to 0 and are worth a look).
    pub standard: bool,
}

/// The dry run: what an import would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct ImportPlan {
    /// The format read.
    pub format: ImportFormat,
    /// New entries per kind.
    pub new_entries: Vec<KindCount>,
    /// New entries in all.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub total_new: u64,
    /// Entries already in the journal from an earlier import of this source, left as they are.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub already_imported: u64,
    /// New people (Attune exports only).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub new_people: u64,
    /// The earliest new entry's date.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub first_date: Option<NaiveDate>,
    /// The latest new entry's date.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub last_date: Option<NaiveDate>,
    /// What is left out, and why.
    pub skipped: Vec<Skipped>,
    /// Daylio: how each mood maps to pleasantness (empty for other formats).
    pub moods: Vec<MoodMapping>,
}

/// How far an import has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct ImportProgress {
    /// Entries written so far.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub done: u64,
    /// Entries to write.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub total: u64,
}

/// How an import ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", tag = "outcome")]
pub enum ImportOutcome {
    /// Everything came in.
    Imported(ImportReport),
    /// The person cancelled: nothing came in, the journal is as it was.
    Cancelled,
}

/// A file read and checked, ready for [`Journal::plan_import`] and [`Journal::import`].
#[derive(Debug, Clone)]
pub struct ImportSource {
    format: ImportFormat,
    items: Vec<Item>,
    people: Vec<Person>,
    skipped: Vec<Skipped>,
    moods: Vec<MoodMapping>,
}

impl ImportSource {
    /// Parses `bytes` as `format`. Nothing is written anywhere; a file that can't be read as that format gives
    /// [`Error::BadImport`] saying what is wrong and where.
    pub fn read(format: ImportFormat, bytes: &[u8], options: &ImportOptions) -> Result<ImportSource> {
        let mut source = match format {
            ImportFormat::Jrnl => jrnl::read(bytes, options)?,
            ImportFormat::DayOne => dayone::read(bytes, options)?,
            ImportFormat::MiniDiarium => minidiarium::read(bytes, options)?,
            ImportFormat::Daylio => daylio::read(bytes, options)?,
            ImportFormat::Attune => attune::read(bytes)?,
        };
        source.format = format;
        source.drop_repeats();
        Ok(source)
    }

    /// The format read.
    pub fn format(&self) -> ImportFormat {
        self.format
    }

    /// Entries with the same source id as an earlier one in the same file are left out (the first is kept).
    fn drop_repeats(&mut self) {
        let mut seen = std::collections::HashSet::new();
        let before = self.items.len();
        self.items.retain(|item| seen.insert(item.source_id.clone()));
        let repeats = (before - self.items.len()) as u64;
        if repeats > 0 {
            self.skipped.push(Skipped {
                count: repeats,
                message: format!(
                    "{} repeated an earlier one in the same file (the same id or the same text and time), so only \
                     the first was kept.",
                    common::plural(repeats, "entry", "entries")
                ),
            });
        }
    }
}

impl Journal {
    /// The dry run: what importing `source` would add, what is already here, and what is left out. Only reads.
    pub fn plan_import(&self, source: &ImportSource) -> Result<ImportPlan> {
        write::plan(self, source)
    }

    /// Imports `source`: a backup first (when a backup folder is set up, and there is anything new), then one
    /// transaction. `progress` is called as entries are written; returning [`ControlFlow::Break`] cancels, leaving
    /// the journal exactly as it was.
    pub fn import(
        &self,
        source: &ImportSource,
        progress: &mut dyn FnMut(ImportProgress) -> ControlFlow<()>,
    ) -> Result<ImportOutcome> {
        write::import(self, source, progress)
    }
}
