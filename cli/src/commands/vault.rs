//! `init`, `passwd`, `recover`, `recovery-key new`, `verify`: the journal as a whole.

use std::path::Path;

use attune_journal::crypto::Secret;
use attune_journal::{RecoveryKey, Vault, Warning};
use zeroize::Zeroizing;

use super::{note_warnings, shown, Ctx};
use crate::error::CliError;
use crate::secrets::{self, Source};

/// `attune init`: creates the journal and shows the recovery key, this once.
pub fn init(ctx: &mut Ctx) -> Result<(), CliError> {
    let dir = ctx.dir()?;
    if Vault::exists(&dir) {
        return Err(attune_journal::Error::AlreadyExists(dir).into());
    }
    let passphrase = secrets::new_passphrase(&[ctx.passphrase_source()])?;
    let (journal, key) = Vault::create(&dir, &passphrase)?;
    note_warnings(&journal.warnings());
    journal.lock();
    if !ctx.out.json {
        ctx.out.line(format!("Your journal is ready in {}.", shown(&dir)))?;
        ctx.out.line("")?;
    }
    show_recovery_key(ctx, &dir, &key, "Here is your recovery key:")
}

/// Prints a recovery key this once, for people or (with `--json`) for scripts, without leaving un-zeroized copies of
/// it in our own memory (what the terminal or a pipe does with it is beyond Attune).
fn show_recovery_key(ctx: &mut Ctx, dir: &Path, key: &RecoveryKey, intro: &str) -> Result<(), CliError> {
    let key = key.display();
    if ctx.out.json {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Shown<'a> {
            vault: &'a Path,
            recovery_key: &'a str,
        }
        return ctx.out.value(&Shown { vault: dir, recovery_key: key.as_str() });
    }
    let shown_key = Zeroizing::new(ctx.out.style.bold(key.as_str()));
    ctx.out.line(intro)?;
    ctx.out.line("")?;
    ctx.out.raw("    ")?;
    ctx.out.raw(shown_key.as_str())?;
    ctx.out.line("")?;
    ctx.out.line("")?;
    ctx.out
        .line("Please write it down and keep it somewhere safe, away from this computer. If you ever forget your")?;
    ctx.out.line("passphrase, it is the only way back in (attune recover), and it won't be shown again.")
}

/// `attune recovery-key new`: after the passphrase, a new recovery key (the old one stops working). Also repairs a
/// damaged recovery part of the key file.
pub fn new_recovery_key(ctx: &mut Ctx) -> Result<(), CliError> {
    let dir = ctx.dir()?;
    let vault = Vault::open(&dir)?;
    let passphrase = secrets::passphrase(ctx.passphrase_source())?;
    let journal = vault.unlock(&Secret::Passphrase(passphrase.clone()))?;
    let key = journal.new_recovery_key(&passphrase)?;
    note_warnings(&journal.warnings());
    journal.lock();
    show_recovery_key(ctx, &dir, &key, "Your old recovery key no longer works. Here is your new one:")
}

/// `attune passwd`: current passphrase, then the new one.
pub fn passwd(ctx: &mut Ctx, new_file: Option<&Path>) -> Result<(), CliError> {
    let vault = ctx.vault()?;
    let current = secrets::passphrase(ctx.passphrase_source())?;
    let new = secrets::new_passphrase(&[Source { file: new_file, env: secrets::NEW_PASSPHRASE_ENV }])?;
    note_warnings(&vault.change_passphrase(&Secret::Passphrase(current), &new)?);
    changed(ctx, "Your passphrase is changed. Your recovery key still works as before.")
}

/// `attune recover`: the recovery key, then a new passphrase.
pub fn recover(ctx: &mut Ctx, key_file: Option<&Path>, new_file: Option<&Path>) -> Result<(), CliError> {
    let vault = ctx.vault()?;
    let key = secrets::recovery_key(Source { file: key_file, env: secrets::RECOVERY_KEY_ENV })?;
    let new = secrets::new_passphrase(&[
        Source { file: new_file, env: secrets::NEW_PASSPHRASE_ENV },
        ctx.passphrase_source(),
    ])?;
    note_warnings(&vault.change_passphrase(&Secret::RecoveryKey(key), &new)?);
    changed(ctx, "Welcome back. Your journal opens with the new passphrase now; the recovery key stays the same.")
}

fn changed(ctx: &mut Ctx, message: &str) -> Result<(), CliError> {
    if ctx.out.json {
        return ctx.out.value(&serde_json::json!({ "changed": true }));
    }
    ctx.out.line(message)
}

/// `attune verify`: integrity and cipher checks. Problems exit with 7.
pub fn verify(ctx: &mut Ctx) -> Result<(), CliError> {
    // Damage is reported below as problems; other warnings (read-only, shared folder) as notes.
    let journal = ctx.unlock_with(|w: &Warning| !w.is_damage())?;
    let report = journal.verify()?;
    if ctx.out.json {
        ctx.out.value(&report)?;
    } else if report.ok() {
        ctx.out.line(format!(
            "All well: {} entries, every page readable and intact (schema {}, SQLCipher {}).",
            report.entries, report.schema_version, report.cipher_version
        ))?;
    } else {
        for problem in report.problems() {
            ctx.out.line(format!("problem: {problem}"))?;
        }
    }
    if report.ok() {
        return Ok(());
    }
    let count = report.problems().count();
    Err(CliError::VerifyFailed(format!(
        "{count} problem(s) found; keep a copy of the folder before changing anything, and restore from an export if you have one"
    )))
}
