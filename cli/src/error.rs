//! The CLI's errors and the one table that turns every error into a message and an exit code.

use std::path::PathBuf;

use attune_journal::ErrorKind;

/// Exit codes, as documented in `attune --help`. Scripts may rely on them: add, never renumber.
pub mod code {
    /// Something else went wrong.
    pub const OTHER: u8 = 1;
    /// The command line didn't parse (clap uses 2 as well).
    pub const USAGE: u8 = 2;
    /// The passphrase or recovery key doesn't open the journal.
    pub const WRONG_SECRET: u8 = 3;
    /// No entry or person with that id or name.
    pub const NOT_FOUND: u8 = 4;
    /// The journal refused the input.
    pub const INVALID: u8 = 5;
    /// No journal in that folder, or one already there.
    pub const NO_VAULT_OR_EXISTS: u8 = 6;
    /// The journal is damaged or was written by a newer Attune.
    pub const DAMAGED: u8 = 7;
    /// The journal is busy in another window or command.
    pub const BUSY: u8 = 8;
    /// A file or folder could not be read or written.
    pub const IO: u8 = 9;
}

/// The exit-code table shown at the end of `attune --help`.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  done
  1  something else went wrong
  2  the command line didn't parse (an unknown flag, a wrong type, or not one of the choices)
  3  that passphrase or recovery key doesn't open this journal
  4  no entry or person with that id or name
  5  the journal refused the input (out of range, missing, too long, or in use)
  6  no journal in that folder, or one is already there
  7  the journal is damaged, or was written by a newer Attune
  8  the journal is busy in another window or command
  9  a file or folder could not be read or written

Environment:
  ATTUNE_VAULT           the journal's folder (like --vault)
  ATTUNE_PASSPHRASE      the passphrase, for scripts (like --passphrase-file)
  ATTUNE_NEW_PASSPHRASE  the new passphrase for passwd and recover (like --new-passphrase-file)
  ATTUNE_RECOVERY_KEY    the recovery key for recover (like --recovery-key-file)
  EDITOR, VISUAL         the editor for long text, when none is given on the command line";

/// Everything the CLI can fail with.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The journal said no.
    #[error(transparent)]
    Journal(#[from] attune_journal::Error),
    /// The command line asks for something that can't be done as asked.
    #[error("{0}")]
    Usage(String),
    /// A secret was needed and there was neither a file, an environment variable nor a terminal to ask on.
    #[error("no {what} given, and no terminal to ask on: {hint}")]
    NoSecret {
        /// "passphrase", "new passphrase", "recovery key".
        what: &'static str,
        /// Where it can come from instead.
        hint: &'static str,
    },
    /// The two new passphrases typed differ.
    #[error("the two passphrases don't match; nothing was changed")]
    Mismatch,
    /// The journal refused a value given with a flag; says which flag (the journal names its own field).
    #[error("{flag}: {message}")]
    InvalidFlag {
        /// The flag, e.g. `--date`.
        flag: &'static str,
        /// What is wrong and what would be right (the journal's words).
        message: String,
    },
    /// An id prefix matches more than one entry.
    #[error("more than one entry starts with {0}; type a few more characters of its id")]
    Ambiguous(String),
    /// A person named on the command line isn't in the journal.
    #[error("no one called {0} in this journal yet; add them with: attune people add \"{0}\"")]
    UnknownPerson(String),
    /// No vault folder was given and the OS reports no home folder.
    #[error("no journal folder: pass --vault DIR or set ATTUNE_VAULT")]
    NoVaultDir,
    /// `verify` found problems.
    #[error("the journal has problems: {0}")]
    VerifyFailed(String),
    /// A file the CLI reads or writes itself (a passphrase file, an export).
    #[error("could not {action} {}: {source}", .path.display())]
    File {
        /// "read", "write".
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Reading the terminal or running the editor failed.
    #[error("{what}: {source}")]
    Terminal {
        /// What was being done.
        what: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Output could not be written (a closed pipe is handled before this is shown).
    #[error("could not write output: {0}")]
    Output(#[source] std::io::Error),
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::Output(e)
    }
}

impl From<serde_json::Error> for CliError {
    fn from(e: serde_json::Error) -> Self {
        // Keep the I/O kind (a closed pipe while writing JSON is still a closed pipe, not a failure).
        match e.io_error_kind() {
            Some(kind) => CliError::Output(std::io::Error::new(kind, e)),
            None => CliError::Output(std::io::Error::other(e)),
        }
    }
}

impl CliError {
    /// The exit code for this error; see [`EXIT_CODES_HELP`].
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Journal(e) => journal_code(e.kind()),
            CliError::Usage(_) | CliError::NoSecret { .. } => code::USAGE,
            CliError::Mismatch | CliError::Ambiguous(_) | CliError::InvalidFlag { .. } => code::INVALID,
            CliError::UnknownPerson(_) => code::NOT_FOUND,
            CliError::NoVaultDir => code::NO_VAULT_OR_EXISTS,
            CliError::VerifyFailed(_) => code::DAMAGED,
            CliError::File { .. } | CliError::Output(_) => code::IO,
            CliError::Terminal { .. } => code::OTHER,
        }
    }

    /// Whether this is stdout closing under us (`attune list | head`): not worth a message.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, CliError::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// The exit code for a journal error.
fn journal_code(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::WrongPassphrase | ErrorKind::WrongRecoveryKey => code::WRONG_SECRET,
        ErrorKind::NotFound => code::NOT_FOUND,
        ErrorKind::Validation | ErrorKind::Conflict => code::INVALID,
        ErrorKind::NotAVault | ErrorKind::AlreadyExists => code::NO_VAULT_OR_EXISTS,
        ErrorKind::Corrupt | ErrorKind::NewerVersion => code::DAMAGED,
        ErrorKind::Busy | ErrorKind::Locked => code::BUSY,
        ErrorKind::Io => code::IO,
        _ => code::OTHER,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: `attune list --json | grep -m1 ...` exited 9 ("could not write output: Broken pipe") when grep
    /// closed the pipe while the JSON was still being written, because the serde_json error hid the I/O kind.
    #[test]
    fn a_closed_pipe_while_writing_json_is_a_closed_pipe() {
        let e = serde_json::Error::io(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert!(CliError::from(e).is_broken_pipe());
    }

    #[test]
    fn journal_errors_map_to_documented_codes() {
        use attune_journal::Error;
        let cases: [(Error, u8); 6] = [
            (Error::WrongPassphrase, 3),
            (Error::NotFound { what: "entry", id: "x".into() }, 4),
            (Error::invalid(attune_journal::Field::Closeness, "too close"), 5),
            (Error::NotAVault("/x".into()), 6),
            (Error::NewerVersion { found: 9, supported: 1 }, 7),
            (Error::Busy, 8),
        ];
        for (e, want) in cases {
            let msg = e.to_string();
            assert_eq!(CliError::from(e).exit_code(), want, "{msg}");
        }
    }

    /// `attune list --json | grep -m1 id`: JSON written into a pipe closed early is a closed pipe, not an error.
    #[test]
    fn a_closed_pipe_under_json_output_stays_a_closed_pipe() {
        struct Closed;
        impl std::io::Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let e = serde_json::to_writer_pretty(Closed, &["x"]).unwrap_err();
        assert!(CliError::from(e).is_broken_pipe());
    }

    #[test]
    fn every_code_is_documented() {
        for c in 0..=code::IO {
            assert!(EXIT_CODES_HELP.contains(&format!("\n  {c}  ")), "exit code {c} missing from --help");
        }
    }
}
