//! Passphrases and the recovery key: from a file, an environment variable, or the terminal without echo.

use std::path::Path;

use zeroize::Zeroizing;

use attune_journal::{Passphrase, RecoveryKey};

use crate::error::CliError;

/// The passphrase to unlock with.
pub const PASSPHRASE_ENV: &str = "ATTUNE_PASSPHRASE";
/// The new passphrase for `passwd` and `recover`.
pub const NEW_PASSPHRASE_ENV: &str = "ATTUNE_NEW_PASSPHRASE";
/// The recovery key for `recover`.
pub const RECOVERY_KEY_ENV: &str = "ATTUNE_RECOVERY_KEY";

/// Where a secret may come from before the terminal is asked.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// A file given on the command line.
    pub file: Option<&'a Path>,
    /// An environment variable.
    pub env: &'static str,
}

impl Source<'_> {
    /// The secret from the file or the environment, if either gives one.
    fn given(&self) -> Result<Option<Zeroizing<String>>, CliError> {
        if let Some(path) = self.file {
            return read_first_line(path).map(Some);
        }
        Ok(std::env::var(self.env).ok().filter(|v| !v.is_empty()).map(Zeroizing::new))
    }
}

/// The passphrase that opens the journal: from the source, else asked once.
pub fn passphrase(source: Source<'_>) -> Result<Passphrase, CliError> {
    let text = match source.given()? {
        Some(text) => text,
        None => ask("Passphrase: ", "passphrase", "use --passphrase-file FILE or set ATTUNE_PASSPHRASE")?,
    };
    Ok(Passphrase::new(text.as_str()))
}

/// A new passphrase: from the first source that gives one, else asked twice on the terminal.
pub fn new_passphrase(sources: &[Source<'_>]) -> Result<Passphrase, CliError> {
    for source in sources {
        if let Some(text) = source.given()? {
            return Ok(Passphrase::new(text.as_str()));
        }
    }
    let hint = "use --new-passphrase-file FILE or set ATTUNE_NEW_PASSPHRASE";
    let first = ask("New passphrase: ", "new passphrase", hint)?;
    let second = ask("The same again, to be sure: ", "new passphrase", hint)?;
    if *first != *second {
        return Err(CliError::Mismatch);
    }
    Ok(Passphrase::new(first.as_str()))
}

/// The recovery key: from the source, else asked on the terminal. A typo is the journal's error (exit 3).
pub fn recovery_key(source: Source<'_>) -> Result<RecoveryKey, CliError> {
    let text = match source.given()? {
        Some(text) => text,
        None => ask("Recovery key: ", "recovery key", "use --recovery-key-file FILE or set ATTUNE_RECOVERY_KEY")?,
    };
    Ok(RecoveryKey::parse(text.trim())?)
}

/// The first line of a file, without its line ending (the rest of the line is kept exactly, spaces included).
fn read_first_line(path: &Path) -> Result<Zeroizing<String>, CliError> {
    let all = Zeroizing::new(std::fs::read_to_string(path).map_err(|source| CliError::File {
        action: "read",
        path: path.into(),
        source,
    })?);
    let line = all.split('\n').next().unwrap_or_default();
    Ok(Zeroizing::new(line.strip_suffix('\r').unwrap_or(line).to_string()))
}

/// Asks on the terminal without echo. No terminal (a script, a service) is a usage error with a hint.
fn ask(prompt: &str, what: &'static str, hint: &'static str) -> Result<Zeroizing<String>, CliError> {
    rpassword::prompt_password(prompt).map(Zeroizing::new).map_err(|_| CliError::NoSecret { what, hint })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_keeps_inner_spaces_and_drops_the_line_ending() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p");
        std::fs::write(&path, " two words \r\nsecond line\n").unwrap();
        assert_eq!(read_first_line(&path).unwrap().as_str(), " two words ");
    }
}
