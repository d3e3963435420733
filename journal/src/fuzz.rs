//! The harnesses behind `make fuzz` (cargo-fuzz, in `fuzz/`) and the corpus run inside `make test`
//! (`journal/tests/fuzz.rs`): one per parser that reads a file a person or an attacker could hand to Attune.
//!
//! Each takes arbitrary bytes and must return without panicking; anything wrong with the input must come back as a
//! typed [`crate::Error`]. The import harness also checks "no partial write": a failed import leaves the journal's
//! entry count as it was, and a successful one adds exactly what it reports.

use crate::crypto::RecoveryKey;
use crate::import::{ImportFormat, ImportOptions, ImportOutcome, ImportSource};
use crate::keyfile::KeyFile;
use crate::settings::Settings;
use crate::Journal;

/// The key file parser, and writing back what it accepted.
pub fn key_file(data: &[u8]) {
    if let Ok(file) = KeyFile::parse(data) {
        // Sealed under some key: parsing doesn't check the MAC (unlocking does, after a slot has given the key).
        let bytes = file.to_bytes(&crate::crypto::DataKey::generate()).expect("a parsed key file encodes");
        KeyFile::parse(&bytes).expect("an encoded key file parses");
    }
}

/// The recovery key as typed.
pub fn recovery_key(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(key) = RecoveryKey::parse(text) {
            let shown = key.display();
            RecoveryKey::parse(&shown).expect("a displayed recovery key parses");
        }
    }
}

/// The settings file.
pub fn settings(data: &[u8]) {
    if let Ok(settings) = Settings::from_bytes(data) {
        let bytes = serde_json::to_vec(&settings).expect("settings encode");
        Settings::from_bytes(&bytes).expect("encoded settings parse");
    }
}

/// One import format: read, and when a journal is given, plan and import into it, checking that a failure changes
/// nothing and a success adds what it says.
pub fn import(format: ImportFormat, data: &[u8], journal: Option<&Journal>) {
    let Ok(source) = ImportSource::read(format, data, &ImportOptions::new(chrono_tz::UTC)) else { return };
    let Some(journal) = journal else { return };
    let before = journal.entry_count().expect("count");
    let plan = journal.plan_import(&source);
    match journal.import(&source, &mut |_| std::ops::ControlFlow::Continue(())) {
        Ok(ImportOutcome::Imported(report)) => {
            assert_eq!(journal.entry_count().expect("count"), before + report.entries_added);
            if let Ok(plan) = plan {
                assert_eq!(plan.total_new, report.entries_added, "the dry run and the import disagree");
            }
        }
        Ok(ImportOutcome::Cancelled) => unreachable!("never cancelled"),
        Err(_) => assert_eq!(journal.entry_count().expect("count"), before, "a failed import wrote something"),
    }
}
