//! `backup now | list | verify [ID] | restore ID --to DIR`, and the daily backup after unlocking.

use std::path::Path;

use attune_journal::backup::{self, BackupCheck, BackupConfig, BackupInfo, BackupReason};
use attune_journal::settings::{default_settings_path, Settings};
use attune_journal::{Journal, Vault};

use super::{note, shown, Ctx};
use crate::args::BackupCommand;
use crate::error::CliError;
use crate::render;

/// Where this vault's backups go: the settings file's folder and counts, else the defaults. A settings file that
/// can't be read gives the defaults here (its own commands report the problem).
pub fn config(vault_dir: &Path) -> BackupConfig {
    let settings = default_settings_path().and_then(|p| Settings::load(&p).ok()).unwrap_or_default();
    settings.backups.config_for(vault_dir)
}

/// The daily backup, if due. A failure is said once, kindly, on stderr; the command goes on.
pub fn daily(journal: &Journal) {
    if let Err(e) = journal.back_up_if_due(chrono::Utc::now()) {
        note(&format!(
            "Attune couldn't make today's backup ({e}). Your journal itself is fine; it will try again next time."
        ));
    }
}

/// Runs a `backup` subcommand.
pub fn run(ctx: &mut Ctx, command: BackupCommand) -> Result<(), CliError> {
    match command {
        BackupCommand::Now => now(ctx),
        BackupCommand::List => list(ctx),
        BackupCommand::Verify { id } => verify(ctx, id.as_deref()),
        BackupCommand::Restore { id, to, replace } => restore(ctx, &id, &to, replace),
    }
}

fn now(ctx: &mut Ctx) -> Result<(), CliError> {
    let journal = ctx.unlock_without_daily_backup()?;
    let made = journal.back_up(BackupReason::Manual)?;
    if ctx.out.json {
        return ctx.out.value(&made);
    }
    ctx.out.line(format!("Backed up to {} ({}).", shown(&made.path), size(made.size_bytes)))
}

fn list(ctx: &mut Ctx) -> Result<(), CliError> {
    let dir = ctx.dir()?;
    let config = config(&dir);
    let vault_id = if Vault::exists(&dir) { Some(Vault::open(&dir)?.id()?) } else { None };
    let all = backup::list(&config.dir, vault_id)?;
    if ctx.out.json {
        return ctx.out.value(&all);
    }
    if all.is_empty() {
        return ctx.out.line(format!("No backups yet in {}.", shown(&config.dir)));
    }
    ctx.out.line(format!("Backups in {}, newest first:", shown(&config.dir)))?;
    for b in &all {
        ctx.out.line(format!(
            "  {}  {}, {}  ({})",
            b.id,
            render::when(b.created_at),
            b.reason.label(),
            size(b.size_bytes)
        ))?;
    }
    Ok(())
}

fn verify(ctx: &mut Ctx, id: Option<&str>) -> Result<(), CliError> {
    let dir = ctx.dir()?;
    let checked: Vec<(BackupInfo, BackupCheck)> = if Vault::exists(&dir) {
        let journal = ctx.unlock_without_daily_backup()?;
        match id {
            Some(id) => vec![journal.verify_backup(id)?],
            None => {
                let all = journal.list_backups()?;
                all.iter().map(|b| journal.verify_backup(&b.id)).collect::<Result<_, _>>()?
            }
        }
    } else {
        // The journal itself is gone: each backup opens with the passphrase of its own day.
        let config = config(&dir);
        let passphrase = crate::secrets::passphrase(ctx.passphrase_source())?;
        let secret = attune_journal::Secret::Passphrase(passphrase);
        let chosen = match id {
            Some(id) => vec![backup::find(&config.dir, id, None)?],
            None => backup::list(&config.dir, None)?,
        };
        chosen.into_iter().map(|b| backup::verify_with_secret(&b, &secret).map(|c| (b, c))).collect::<Result<_, _>>()?
    };
    if ctx.out.json {
        let rows: Vec<_> = checked.iter().map(|(b, c)| serde_json::json!({ "backup": b, "check": c })).collect();
        ctx.out.value(&rows)?;
    } else if checked.is_empty() {
        ctx.out.line("No backups to check yet.")?;
    } else {
        for (b, c) in &checked {
            if c.ok() {
                ctx.out.line(format!("{}  all well: {} entries, every page readable and intact.", b.id, c.entries))?;
            } else {
                for problem in c.integrity.iter().chain(&c.cipher) {
                    ctx.out.line(format!("{}  problem: {problem}", b.id))?;
                }
            }
        }
    }
    let bad = checked.iter().filter(|(_, c)| !c.ok()).count();
    if bad > 0 {
        return Err(CliError::VerifyFailed(format!("{bad} backup(s) are damaged; keep them, and make a new one")));
    }
    Ok(())
}

fn restore(ctx: &mut Ctx, id: &str, to: &Path, replace: bool) -> Result<(), CliError> {
    let dir = ctx.dir()?;
    let chosen = if Vault::exists(&dir) {
        // Back up the journal as it is now, and check the chosen backup opens, before anything is written.
        let journal = ctx.unlock_without_daily_backup()?;
        let chosen = journal.prepare_restore(id)?;
        journal.lock();
        chosen
    } else {
        backup::find(&config(&dir).dir, id, None)?
    };
    let done = backup::restore(&chosen, to, replace)?;
    if ctx.out.json {
        return ctx.out.value(&done);
    }
    ctx.out.line(format!(
        "Restored the backup from {} into {}. It opens with the passphrase you used then.",
        render::when(chosen.created_at),
        shown(&done.dir)
    ))?;
    if let Some(aside) = &done.moved_aside {
        ctx.out.line(format!("What was in that folder before is now in {}.", shown(aside)))?;
    }
    if done.dir != dir {
        ctx.out.line(format!("To use it: attune --vault {} list", shown(&done.dir)))?;
    }
    Ok(())
}

/// "1.2 MB", "640 KB".
fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1_000_000 => format!("{:.1} MB", b as f64 / 1_000_000.0),
        b if b >= 1_000 => format!("{} KB", b / 1_000),
        b => format!("{b} bytes"),
    }
}
