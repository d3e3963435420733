//! A backup that fails (the disk fills up, the folder is gone) leaves the vault and the earlier backups byte for byte
//! as they were, and leaves no half-made backup behind.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use attune_journal::backup::{BackupConfig, BackupReason, Keep};
use attune_journal::{Error, Vault};

use crate::support::{add_notes, fresh, secret};

/// Every file under `dir` with its bytes, except SQLite's shared-memory index (`-shm`), which readers update.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if !path.to_string_lossy().ends_with("-shm") {
                out.insert(path.strip_prefix(dir).unwrap().to_path_buf(), std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

#[test]
fn a_missing_folder_fails_kindly_and_changes_nothing() {
    let t = fresh();
    let folder = t.root.path().join("usb-stick");
    std::fs::create_dir(&folder).unwrap();
    let config = BackupConfig::for_vault(&t.vault, Some(&folder), Keep::default());
    let journal = Vault::open(&t.vault).unwrap().with_backups(config).unlock(&secret()).unwrap();
    add_notes(&journal, 5, "x");
    journal.back_up(BackupReason::Manual).unwrap();
    let old = snapshot(&folder);
    // The stick is unplugged: the folder is gone.
    let unplugged = t.root.path().join("usb-stick-unplugged");
    std::fs::rename(&folder, &unplugged).unwrap();
    journal.checkpoint().unwrap();
    let vault_before = snapshot(&t.vault);
    let err = journal.back_up(BackupReason::Manual).unwrap_err();
    assert!(matches!(err, Error::Io { .. } | Error::ReadOnly(_)), "{err:?}");
    assert!(!folder.exists(), "a chosen folder is never recreated");
    assert_eq!(snapshot(&t.vault), vault_before);
    assert_eq!(snapshot(&unplugged), old);
    // Plugged back in, the next try works.
    std::fs::rename(&unplugged, &folder).unwrap();
    let again = journal.back_up(BackupReason::Manual).unwrap();
    // Rotation keeps the newest of the day.
    assert_eq!(journal.list_backups().unwrap().iter().map(|b| &b.id).collect::<Vec<_>>(), [&again.id]);
}

/// A tmpfs of a fixed size, unmounted on drop.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(at).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=0700"), "tmpfs"])
            .arg(at)
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Tmpfs(at.to_path_buf()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_fails_kindly_and_changes_nothing() {
    let t = fresh();
    let folder = t.root.path().join("small-disk");
    let Some(_disk) = Tmpfs::mount(&folder, "512k") else {
        // Mounting needs root (CI and the dev machines run as root); without it there is no real full disk to use.
        eprintln!("skipped: could not mount a tmpfs (not root?)");
        return;
    };
    let config = BackupConfig::for_vault(&t.vault, Some(&folder), Keep::default());
    let journal = Vault::open(&t.vault).unwrap().with_backups(config).unlock(&secret()).unwrap();
    add_notes(&journal, 5, "small");
    journal.back_up(BackupReason::Manual).expect("a small journal fits");
    let old = snapshot(&folder);
    // Now the journal outgrows the disk.
    let long = "words that take room ".repeat(200);
    add_notes(&journal, 300, &long);
    journal.checkpoint().unwrap();
    let vault_before = snapshot(&t.vault);
    let err = journal.back_up(BackupReason::Manual).unwrap_err();
    assert!(matches!(err, Error::DiskFull), "{err:?}");
    assert_eq!(snapshot(&t.vault), vault_before, "the vault changed");
    assert_eq!(snapshot(&folder), old, "an earlier backup changed, or a half-made one was left");
    // The message is kind and says nothing of the content.
    assert_eq!(err.to_string(), "the disk is full; nothing was changed");
}
