//! The vault on disk and the unlocked journal session.
//!
//! STUB: signatures fixed; implementation in progress.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::crypto::{DataKey, Passphrase, RecoveryKey, Secret};
use crate::Result;

/// A journal folder on disk, locked: it knows where the files are and has read the key file, nothing more.
#[derive(Debug)]
pub struct Vault {
    dir: PathBuf,
}

/// The steps of an atomic key-file write, in order. Tests inject a failure after each to prove that a crash at any
/// point leaves a vault the old or the new passphrase opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteStep {
    /// The temporary file was created and written.
    TempWritten,
    /// The temporary file was fsynced.
    TempSynced,
    /// The temporary file was renamed over the key file.
    Renamed,
    /// The folder was fsynced.
    DirSynced,
}

impl Vault {
    /// Creates a new vault in `dir` (created if missing, must hold no vault), returning the unlocked journal and the
    /// recovery key to show once.
    pub fn create(dir: &Path, passphrase: &Passphrase) -> Result<(Journal, RecoveryKey)> {
        let _ = (dir, passphrase);
        todo!()
    }

    /// Opens the vault in `dir` without unlocking it: checks the key file is present, well-formed and not newer.
    pub fn open(dir: &Path) -> Result<Vault> {
        let _ = dir;
        todo!()
    }

    /// Whether `dir` holds a vault (a key file).
    pub fn exists(dir: &Path) -> bool {
        let _ = dir;
        todo!()
    }

    /// The vault's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Unlocks with the passphrase or the recovery key.
    pub fn unlock(&self, secret: &Secret) -> Result<Journal> {
        let _ = secret;
        todo!()
    }

    /// Sets a new passphrase after proving the current one or the recovery key. Rewraps the data key only, atomically.
    pub fn change_passphrase(&self, proof: &Secret, new: &Passphrase) -> Result<()> {
        let _ = (proof, new);
        todo!()
    }
}

/// An unlocked journal: the open encrypted connection and the data key. Dropping it (or [`Journal::lock`]) closes the
/// connection and zeroizes the key.
pub struct Journal {
    pub(crate) dir: PathBuf,
    pub(crate) conn: Connection,
    #[allow(dead_code)]
    pub(crate) key: Option<DataKey>,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal").field("dir", &self.dir).finish_non_exhaustive()
    }
}

impl Journal {
    /// Locks: closes the connection and zeroizes the key.
    pub fn lock(self) {
        drop(self)
    }

    /// The vault's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Changes the passphrase after re-checking the current one (the app and CLI always re-ask for it).
    pub fn change_passphrase(&self, current: &Passphrase, new: &Passphrase) -> Result<()> {
        let _ = (current, new);
        todo!()
    }

    /// A journal over a plain, unencrypted SQLite file with the same schema. For benchmarks only: it exists so
    /// `make bench` can measure what encryption costs.
    #[doc(hidden)]
    pub fn open_unencrypted_for_bench(path: &Path) -> Result<Journal> {
        let conn = crate::db::open_plain(path)?;
        Ok(Journal { dir: path.parent().unwrap_or(path).to_path_buf(), conn, key: None })
    }
}
