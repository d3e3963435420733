//! Cancel and failure leave the vault byte for byte as it was; an import is preceded by a backup.

use std::ops::ControlFlow;

use attune_journal::backup::{BackupConfig, BackupReason, Keep};
use attune_journal::crypto::Secret;
use attune_journal::import::{ImportFormat, ImportOutcome};
use attune_journal::{Passphrase, Vault};

use crate::read;

fn many(n: usize) -> Vec<u8> {
    let entries: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            serde_json::json!({"date": "2022-05-01", "time": format!("{:02}:{:02}", i / 60 % 24, i % 60),
                "title": format!("Entry {i}"), "body": format!("Body of entry {i}"), "tags": ["@bulk"], "starred": false})
        })
        .collect();
    serde_json::json!({"tags": {}, "entries": entries}).to_string().into_bytes()
}

fn files(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with("-shm"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn cancel_half_way_leaves_the_vault_byte_identical() {
    let root = tempfile::tempdir().unwrap();
    let vault_dir = root.path().join("vault");
    let pass = Passphrase::new("import cancel test");
    drop(Vault::create(&vault_dir, &pass).unwrap());
    let config = BackupConfig::for_vault(&vault_dir, None, Keep::default());
    let journal =
        Vault::open(&vault_dir).unwrap().with_backups(config.clone()).unlock(&Secret::Passphrase(pass)).unwrap();
    journal.checkpoint().unwrap();
    let before = files(&vault_dir);
    let export_before = journal.export_json().unwrap();

    let source = read(ImportFormat::Jrnl, &many(1200)).unwrap();
    let mut calls = Vec::new();
    let outcome = journal
        .import(&source, &mut |p| {
            calls.push(p);
            if p.done >= 500 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .unwrap();
    assert_eq!(outcome, ImportOutcome::Cancelled);
    assert!(calls.len() >= 3 && calls.iter().all(|p| p.total == 1200), "{calls:?}");
    assert_eq!(journal.export_json().unwrap(), export_before);
    assert_eq!(journal.entry_count().unwrap(), 0);
    journal.checkpoint().unwrap();
    assert_eq!(files(&vault_dir), before, "the vault's files changed");

    // The backup just before is there; importing for real then works, and again adds nothing.
    let backups = journal.list_backups().unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, BackupReason::BeforeImport);
    let ImportOutcome::Imported(report) = journal.import(&source, &mut |_| ControlFlow::Continue(())).unwrap() else {
        panic!("cancelled")
    };
    assert_eq!(report.entries_added, 1200);
    assert!(report.backup.is_some());
    let ImportOutcome::Imported(again) = journal.import(&source, &mut |_| ControlFlow::Continue(())).unwrap() else {
        panic!("cancelled")
    };
    assert_eq!((again.entries_added, again.entries_skipped, again.backup), (0, 1200, None));
}
