//! The vault on disk and the unlocked journal session.
//!
//! A vault is one folder holding `journal.db` (SQLCipher 4, with its `-wal`/`-shm` while open) and `attune.key`
//! (see [`crate::keyfile`]). The key file is always checked first: the database is only ever opened with a key that
//! the key file already proved, so a wrong passphrase never touches the database's files.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::atomic;
use crate::backup::{BackupConfig, BackupReason};
use crate::crypto::{DataKey, Passphrase, RecoveryKey, Secret};
use crate::keyfile::KeyFile;
use crate::{db, Error, Result};

pub use crate::atomic::WriteStep;

/// The key file's name inside a vault folder.
pub(crate) const KEY_FILE: &str = "attune.key";
/// The database's name inside a vault folder.
pub(crate) const DB_FILE: &str = "journal.db";

/// A journal folder on disk, locked: it knows where the files are and has read the key file, nothing more.
#[derive(Debug)]
pub struct Vault {
    dir: PathBuf,
    backups: Option<BackupConfig>,
}

fn check_new_passphrase(field: &str, passphrase: &Passphrase) -> Result<()> {
    if passphrase.expose().trim().is_empty() {
        return Err(Error::invalid(field, "Please choose a passphrase; it can't be empty."));
    }
    Ok(())
}

fn read_key_file(dir: &Path) -> Result<KeyFile> {
    let path = dir.join(KEY_FILE);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Error::NotAVault(dir.to_path_buf())),
        Err(e) => return Err(Error::io("read", path, e)),
    };
    KeyFile::parse(&bytes)
}

impl Vault {
    /// Creates a new vault in `dir` (created if missing, must hold no vault), returning the unlocked journal and the
    /// recovery key to show once.
    pub fn create(dir: &Path, passphrase: &Passphrase) -> Result<(Journal, RecoveryKey)> {
        check_new_passphrase("passphrase", passphrase)?;
        let key_path = dir.join(KEY_FILE);
        let db_path = dir.join(DB_FILE);
        // A database without a key file may be a vault whose key file went missing: never write over it.
        if key_path.exists() || db_path.exists() {
            return Err(Error::AlreadyExists(dir.to_path_buf()));
        }
        create_private_dir(dir)?;

        let key = DataKey::generate();
        let recovery = RecoveryKey::generate();
        let key_file = KeyFile::new(&key, passphrase, &recovery)?;
        let conn = db::open(&db_path, &key, true, &|_| Ok(()))?;
        // The key file goes last: until it is in place there is no vault, and a failure removes the new database.
        if let Err(e) = key_file.to_bytes().and_then(|bytes| atomic::write_atomic(&key_path, &bytes)) {
            drop(conn);
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(dir.join(format!("{DB_FILE}{suffix}")));
            }
            return Err(e);
        }
        Ok((Journal { dir: dir.to_path_buf(), conn, key: Some(key), backups: None }, recovery))
    }

    /// Opens the vault in `dir` without unlocking it: checks the key file is present, well-formed and not newer.
    /// Temporary files left by a key-file write that was interrupted are removed.
    pub fn open(dir: &Path) -> Result<Vault> {
        read_key_file(dir)?;
        atomic::remove_stale_temps(&dir.join(KEY_FILE));
        Ok(Vault { dir: dir.to_path_buf(), backups: None })
    }

    /// Sets where backups go: the journal this vault unlocks backs up before a migration, an import, a restore and
    /// a delete-all, and makes the daily backup when asked ([`Journal::back_up_if_due`]).
    pub fn with_backups(mut self, config: BackupConfig) -> Vault {
        self.backups = Some(config);
        self
    }

    /// The vault's random id, from its key file (public: it is stored in the clear). Backups are matched to their
    /// vault by it.
    pub fn id(&self) -> Result<uuid::Uuid> {
        Ok(read_key_file(&self.dir)?.vault_id())
    }

    /// Whether `dir` holds a vault (a key file).
    pub fn exists(dir: &Path) -> bool {
        dir.join(KEY_FILE).is_file()
    }

    /// The vault's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Unlocks with the passphrase or the recovery key.
    pub fn unlock(&self, secret: &Secret) -> Result<Journal> {
        // Re-read: another window or the CLI may have changed the passphrase since `open`.
        let key = read_key_file(&self.dir)?.unwrap(secret)?;
        let before_migrate = |conn: &rusqlite::Connection| match &self.backups {
            Some(config) => {
                crate::backup::make(conn, &key, &self.dir, config, BackupReason::BeforeMigration, chrono::Utc::now())
                    .map(drop)
            }
            None => Ok(()),
        };
        let conn = db::open(&self.dir.join(DB_FILE), &key, false, &before_migrate)?;
        Ok(Journal { dir: self.dir.clone(), conn, key: Some(key), backups: self.backups.clone() })
    }

    /// Sets a new passphrase after proving the current one or the recovery key. Rewraps the data key only, atomically.
    pub fn change_passphrase(&self, proof: &Secret, new: &Passphrase) -> Result<()> {
        rewrap(&self.dir, proof, new, None, None)
    }

    /// [`Vault::change_passphrase`], returning right after `stop` as if the process had been killed there. For
    /// crash tests only.
    #[doc(hidden)]
    pub fn change_passphrase_stopping_after(&self, proof: &Secret, new: &Passphrase, stop: WriteStep) -> Result<()> {
        rewrap(&self.dir, proof, new, None, Some(stop))
    }
}

/// Unwraps with `proof`, rewraps the same data key under `new`, and replaces the key file atomically.
/// `expected` (from an unlocked journal) must match the unwrapped key.
fn rewrap(
    dir: &Path,
    proof: &Secret,
    new: &Passphrase,
    expected: Option<&DataKey>,
    stop: Option<WriteStep>,
) -> Result<()> {
    check_new_passphrase("newPassphrase", new)?;
    let file = read_key_file(dir)?;
    let key = file.unwrap(proof)?;
    if expected.is_some_and(|k| !k.same_as(&key)) {
        return Err(Error::Corrupt {
            what: "key file",
            detail: "it no longer holds this journal's key; was it replaced while the journal was open?".into(),
        });
    }
    let bytes = file.with_passphrase(&key, new)?.to_bytes()?;
    atomic::write_atomic_until(&dir.join(KEY_FILE), &bytes, stop)
}

fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| Error::io("create", dir, e))
}

/// An unlocked journal: the open encrypted connection and the data key. Dropping it (or [`Journal::lock`]) closes the
/// connection and zeroizes the key.
pub struct Journal {
    pub(crate) dir: PathBuf,
    pub(crate) conn: Connection,
    pub(crate) key: Option<DataKey>,
    pub(crate) backups: Option<BackupConfig>,
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
        rewrap(&self.dir, &Secret::Passphrase(current.clone()), new, self.key.as_ref(), None)
    }

    /// Gives back the memory the database keeps for speed (its page cache of decrypted pages), e.g. after a while
    /// with nothing to do. The next reads fill it again from the file.
    pub fn release_memory(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA shrink_memory;").map_err(db::map_sqlite_error)
    }

    /// Folds the write-ahead log into the database file and empties it (`PRAGMA wal_checkpoint(TRUNCATE)`), e.g.
    /// before copying the folder for a backup.
    pub fn checkpoint(&self) -> Result<()> {
        let (busy, _, _): (i64, i64, i64) = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(db::map_sqlite_error)?;
        if busy != 0 {
            return Err(Error::Busy);
        }
        Ok(())
    }

    /// Sets the database's schema version, to test how a newer vault is refused. For tests only.
    #[doc(hidden)]
    pub fn set_schema_version_for_tests(&self, version: u32) -> Result<()> {
        self.conn.execute_batch(&format!("PRAGMA user_version = {version};")).map_err(db::map_sqlite_error)
    }

    /// A journal over a plain, unencrypted SQLite file with the same schema. For benchmarks only: it exists so
    /// `make bench` can measure what encryption costs.
    #[doc(hidden)]
    pub fn open_unencrypted_for_bench(path: &Path) -> Result<Journal> {
        let conn = crate::db::open_plain(path)?;
        Ok(Journal { dir: path.parent().unwrap_or(path).to_path_buf(), conn, key: None, backups: None })
    }
}
