//! The journal's one error type.
//!
//! Every variant is a thing a person can act on, and its `Display` text is written for them: plain, specific and
//! free of journal content. Shells map [`Error::kind`] to exit codes (CLI) or to the `{kind, message}` the UI sees.

use std::path::PathBuf;

/// A `Result` whose error is the journal's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the journal.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The passphrase does not open this vault.
    #[error("that passphrase doesn't open this journal")]
    WrongPassphrase,
    /// The recovery key is well-formed but does not open this vault.
    #[error("that recovery key doesn't open this journal")]
    WrongRecoveryKey,
    /// The recovery key has a typo: wrong length, a character outside its alphabet, or a failed checksum.
    #[error("that recovery key has a typo: {0}")]
    MalformedRecoveryKey(String),
    /// The folder holds no vault (no key file).
    #[error("no journal found in {}", .0.display())]
    NotAVault(PathBuf),
    /// The folder already holds a vault, so `create` refuses to overwrite it.
    #[error("a journal already exists in {}", .0.display())]
    AlreadyExists(PathBuf),
    /// A vault file is damaged: truncated, altered, or not what it claims to be.
    #[error("the journal's {what} is damaged: {detail}")]
    Corrupt {
        /// Which file or part: "key file", "database".
        what: &'static str,
        /// What was found wrong, without any journal content.
        detail: String,
    },
    /// The vault was written by a newer version of Attune.
    #[error("this journal was written by a newer Attune (format {found}; this one reads up to {supported}); please update Attune")]
    NewerVersion {
        /// The format version found on disk.
        found: u32,
        /// The newest format version this build reads.
        supported: u32,
    },
    /// The vault is locked and the operation needs it unlocked.
    #[error("the journal is locked")]
    Locked,
    /// Input failed validation; `field` names it as the UI and CLI know it.
    #[error("{field}: {message}")]
    Validation {
        /// The field at fault, e.g. `pleasantness` or `people`: one typed name, camelCase at the IPC boundary.
        field: crate::Field,
        /// What is wrong and what would be right.
        message: String,
    },
    /// No entry, person or reminder has that id or name.
    #[error("{what} not found: {id}")]
    NotFound {
        /// "entry", "person", "reminder", "prompt".
        what: &'static str,
        /// The id or name looked for.
        id: String,
    },
    /// The operation would break a link the journal keeps, e.g. removing a person that entries mention.
    #[error("{0}")]
    Conflict(String),
    /// Another process holds the vault busy for longer than we wait.
    #[error("the journal is busy in another window or command; try again in a moment")]
    Busy,
    /// A file or folder of the journal can't be written (a read-only file, folder or disk). The path names which one;
    /// it is empty only when SQLite reported it without saying where.
    #[error("{}", read_only_message(.0))]
    ReadOnly(PathBuf),
    /// The disk is full.
    #[error("the disk is full; nothing was changed")]
    DiskFull,
    /// A file could not be read or written.
    #[error("could not {action} {}: {source}", .path.display())]
    Io {
        /// "read", "write", "create", ...
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// An import file is not an Attune export this version understands.
    #[error("that file isn't an Attune export this version can read: {0}")]
    BadImport(String),
    /// SQLite or SQLCipher failed in a way not covered above. Made only by the journal's one mapping
    /// (`db::map_sqlite_error`), never by a `?` on a rusqlite result (there is deliberately no `From`), so busy, full,
    /// read-only and damaged databases always get their own kinds.
    #[error("database error: {0}")]
    Database(#[source] rusqlite::Error),
    /// Something inside Attune failed that no input could cause (e.g. wrapping a key); nothing was changed.
    #[error("something went wrong inside Attune ({0}); nothing was changed")]
    Internal(&'static str),
    /// A search was stopped by its [`crate::search::SearchCancel`] (a newer search superseded it); it changed
    /// nothing, and its answer is simply not wanted any more.
    #[error("the search was stopped because a newer one started")]
    Cancelled,
}

fn read_only_message(path: &std::path::Path) -> String {
    if path.as_os_str().is_empty() {
        "the journal's files are read-only: it can be read, but changes can't be saved".into()
    } else {
        format!("{} is read-only: the journal can be read, but changes can't be saved", path.display())
    }
}

/// A stable, machine-readable name for each kind of error: the CLI's exit codes and the UI's `kind` come from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[non_exhaustive]
pub enum ErrorKind {
    /// See [`Error::WrongPassphrase`].
    WrongPassphrase,
    /// See [`Error::WrongRecoveryKey`] and [`Error::MalformedRecoveryKey`].
    WrongRecoveryKey,
    /// See [`Error::NotAVault`].
    NotAVault,
    /// See [`Error::AlreadyExists`].
    AlreadyExists,
    /// See [`Error::Corrupt`].
    Corrupt,
    /// See [`Error::NewerVersion`].
    NewerVersion,
    /// See [`Error::Locked`].
    Locked,
    /// See [`Error::Validation`] and [`Error::BadImport`].
    Validation,
    /// See [`Error::NotFound`].
    NotFound,
    /// See [`Error::Conflict`].
    Conflict,
    /// See [`Error::Busy`].
    Busy,
    /// See [`Error::ReadOnly`], [`Error::DiskFull`] and [`Error::Io`].
    Io,
    /// See [`Error::Database`].
    Database,
    /// See [`Error::Internal`].
    Internal,
    /// See [`Error::Cancelled`].
    Cancelled,
}

impl Error {
    /// The kind of this error, for exit codes and the UI.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::WrongPassphrase => ErrorKind::WrongPassphrase,
            Error::WrongRecoveryKey | Error::MalformedRecoveryKey(_) => ErrorKind::WrongRecoveryKey,
            Error::NotAVault(_) => ErrorKind::NotAVault,
            Error::AlreadyExists(_) => ErrorKind::AlreadyExists,
            Error::Corrupt { .. } => ErrorKind::Corrupt,
            Error::NewerVersion { .. } => ErrorKind::NewerVersion,
            Error::Locked => ErrorKind::Locked,
            Error::Validation { .. } | Error::BadImport(_) => ErrorKind::Validation,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::Conflict(_) => ErrorKind::Conflict,
            Error::Busy => ErrorKind::Busy,
            Error::ReadOnly(_) | Error::DiskFull | Error::Io { .. } => ErrorKind::Io,
            Error::Database(_) => ErrorKind::Database,
            Error::Internal(_) => ErrorKind::Internal,
            Error::Cancelled => ErrorKind::Cancelled,
        }
    }

    /// The field a validation error is about, if it is one.
    pub fn field(&self) -> Option<crate::Field> {
        match self {
            Error::Validation { field, .. } => Some(*field),
            _ => None,
        }
    }

    /// Shorthand for a [`Error::Validation`].
    pub fn invalid(field: crate::Field, message: impl Into<String>) -> Self {
        Error::Validation { field, message: message.into() }
    }

    /// Wraps an I/O error with what was being done and to which path, recognising a full or read-only disk.
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        let path = path.into();
        match source.raw_os_error() {
            Some(28) => Error::DiskFull,                  // ENOSPC
            Some(30) | Some(13) => Error::ReadOnly(path), // EROFS, EACCES
            _ => Error::Io { action, path, source },
        }
    }
}
