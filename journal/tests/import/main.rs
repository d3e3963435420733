//! Importers on real-shaped files written by hand from each format (with the odd cases: empty, huge, emoji,
//! right-to-left text, HTML with scripts, CRLF, BOM, repeated ids): the dry run says what will come in, the import
//! brings exactly that, a second import adds nothing, and a cancel leaves the vault byte for byte as it was.

mod cancel;
mod formats;

use std::path::PathBuf;

use attune_journal::import::{ImportFormat, ImportOptions, ImportOutcome, ImportSource};
use attune_journal::{Journal, Result};
use tempfile::TempDir;

/// A plain journal: the same schema and code paths as a vault, without an Argon2 run per test.
pub fn plain() -> (TempDir, Journal) {
    let dir = tempfile::tempdir().expect("temp dir");
    let journal = Journal::open_unencrypted_for_bench(&dir.path().join("journal.db")).expect("open plain journal");
    (dir, journal)
}

pub fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn options() -> ImportOptions {
    ImportOptions::new(chrono_tz::Europe::London)
}

pub fn read(format: ImportFormat, bytes: &[u8]) -> Result<ImportSource> {
    ImportSource::read(format, bytes, &options())
}

/// Imports to the end, never cancelling; returns the report.
pub fn import_all(journal: &Journal, source: &ImportSource) -> attune_journal::export::ImportReport {
    match journal.import(source, &mut |_| std::ops::ControlFlow::Continue(())).expect("import") {
        ImportOutcome::Imported(report) => report,
        ImportOutcome::Cancelled => panic!("cancelled without being asked"),
    }
}

/// Every entry, oldest first.
pub fn all_entries(journal: &Journal) -> Vec<attune_journal::Entry> {
    let json: serde_json::Value = serde_json::from_str(&journal.export_json().unwrap()).unwrap();
    serde_json::from_value(json["entries"].clone()).unwrap()
}
