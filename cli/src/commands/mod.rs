//! One function per command: read the arguments, call the journal, print.

mod backup;
mod brief;
mod entries;
mod insights;
mod people;
mod person_page;
mod transfer;
mod vault;
mod vocab;

use std::path::{Path, PathBuf};

use attune_journal::crypto::Secret;
use attune_journal::{paths, Journal, Vault, Warning};

use crate::args::{Cli, Command, RecoveryKeyCommand};
use crate::error::CliError;
use crate::render::Out;
use crate::secrets::{self, Source};

/// What every command may need: where the journal is, how to unlock it, where output goes.
pub struct Ctx {
    vault: Option<PathBuf>,
    passphrase_file: Option<PathBuf>,
    out: Out,
}

impl Ctx {
    /// The journal's folder: `--vault`, else `ATTUNE_VAULT`, else the OS data folder.
    fn dir(&self) -> Result<PathBuf, CliError> {
        paths::resolve_vault_dir(self.vault.clone()).ok_or(CliError::NoVaultDir)
    }

    /// The vault, still locked. Fails (exit 6) before asking for anything when there is no journal there.
    fn vault(&self) -> Result<Vault, CliError> {
        Ok(Vault::open(&self.dir()?)?)
    }

    /// Where the passphrase comes from before the terminal is asked.
    fn passphrase_source(&self) -> Source<'_> {
        Source { file: self.passphrase_file.as_deref(), env: secrets::PASSPHRASE_ENV }
    }

    /// The vault, still locked, with its backup folder set up from the settings file.
    fn vault_with_backups(&self) -> Result<Vault, CliError> {
        let dir = self.dir()?;
        let vault = Vault::open(&dir)?;
        Ok(vault.with_backups(backup::config(&dir)))
    }

    /// The unlocked journal, after saying on stderr what was noticed while opening it, and after the daily backup if
    /// one is due (a failed one is mentioned once, and tried again next time).
    fn unlock(&self) -> Result<Journal, CliError> {
        self.unlock_with(|_| true)
    }

    /// [`Ctx::unlock`], saying only the warnings `shown` picks.
    fn unlock_with(&self, shown: impl Fn(&Warning) -> bool) -> Result<Journal, CliError> {
        let journal = self.open_journal(shown)?;
        backup::daily(&journal);
        Ok(journal)
    }

    /// The unlocked journal, no daily backup (for commands that make their own).
    fn unlock_without_daily_backup(&self) -> Result<Journal, CliError> {
        self.open_journal(|_| true)
    }

    /// Unlocks with the passphrase and says on stderr the warnings `shown` picks.
    fn open_journal(&self, shown: impl Fn(&Warning) -> bool) -> Result<Journal, CliError> {
        let vault = self.vault_with_backups()?;
        let passphrase = secrets::passphrase(self.passphrase_source())?;
        let journal = vault.unlock(&Secret::Passphrase(passphrase))?;
        note_warnings(&journal.warnings().into_iter().filter(|w| shown(w)).collect::<Vec<_>>());
        Ok(journal)
    }
}

/// Runs the command.
pub fn run(cli: Cli) -> Result<(), CliError> {
    let mut ctx = Ctx { vault: cli.vault, passphrase_file: cli.passphrase_file, out: Out::stdout(cli.json) };
    match cli.command {
        Command::Init => vault::init(&mut ctx)?,
        Command::Add(kind) => entries::add(&mut ctx, kind)?,
        Command::List(args) => entries::list(&mut ctx, args)?,
        Command::Show { id } => entries::show(&mut ctx, &id)?,
        Command::Search(args) => entries::search(&mut ctx, args)?,
        Command::Edit { id, fields } => entries::edit(&mut ctx, &id, *fields)?,
        Command::Delete { id, yes } => entries::delete(&mut ctx, &id, yes)?,
        Command::People { command } => people::run(&mut ctx, command)?,
        Command::Passwd { new_passphrase_file } => vault::passwd(&mut ctx, new_passphrase_file.as_deref())?,
        Command::Recover { recovery_key_file, new_passphrase_file } => {
            vault::recover(&mut ctx, recovery_key_file.as_deref(), new_passphrase_file.as_deref())?
        }
        Command::Export { format, output } => transfer::export(&mut ctx, format, output.as_deref())?,
        Command::Import(args) => transfer::import(&mut ctx, args)?,
        Command::Backup { command } => backup::run(&mut ctx, command)?,
        Command::Verify => vault::verify(&mut ctx)?,
        Command::Brief(args) => brief::brief(&mut ctx, args)?,
        Command::RecoveryKey { command: RecoveryKeyCommand::New } => vault::new_recovery_key(&mut ctx)?,
        Command::Prompts { today } => vocab::prompts(&mut ctx, today)?,
        Command::Feelings { near } => vocab::feelings(&mut ctx, near)?,
        Command::Insights(args) => insights::insights(&mut ctx, args)?,
        Command::OnThisDay { person } => insights::on_this_day(&mut ctx, person.as_deref())?,
        Command::Promises => insights::promises(&mut ctx)?,
        Command::Reminders { command } => crate::reminders::run(&mut ctx.out, command)?,
        Command::Completions { shell } => crate::docs::completions(&mut ctx.out, shell)?,
        Command::ManPages { dir } => crate::docs::man_pages(&dir)?,
    }
    ctx.out.flush()
}

/// A note for the person on stderr (stdout stays clean for pipes). A closed stderr is not worth failing over.
/// Asks a yes/no question on the terminal (stderr); only "y" or "yes" is a yes.
fn confirm(question: &str) -> Result<bool, CliError> {
    use std::io::{BufRead, Write};
    let mut err = std::io::stderr();
    let _ = write!(err, "{question}");
    let _ = err.flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|source| CliError::Terminal { what: "could not read the answer".into(), source })?;
    Ok(matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
}

fn note(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// Says on stderr what was noticed while opening the journal (see [`Warning`]), one line each.
fn note_warnings(warnings: &[Warning]) {
    for warning in warnings {
        note(&format!("attune: warning: {warning}."));
    }
}

/// A path as shown to people.
fn shown(path: &Path) -> String {
    path.display().to_string()
}
