//! The command line, as clap sees it. Only shapes and help text live here; `commands/` does the work.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::entry_args::{AddKind, EntryFields};
use crate::error::EXIT_CODES_HELP;

mod transfer;
pub use transfer::{BackupCommand, BriefArgs, BriefFormat, ExportFormat, ImportArgs};

/// Attune: a private, encrypted journal for feelings and connection.
#[derive(Debug, Parser)]
#[command(name = "attune", version, after_help = EXIT_CODES_HELP, max_term_width = 110)]
pub struct Cli {
    /// The journal's folder [default: $ATTUNE_VAULT, else your data folder]
    #[arg(long, global = true, value_name = "DIR", help_heading = "Global options")]
    pub vault: Option<PathBuf>,
    /// Print JSON for scripts instead of text for people
    #[arg(long, global = true, help_heading = "Global options")]
    pub json: bool,
    /// Read the passphrase from the first line of FILE [or set ATTUNE_PASSPHRASE]
    #[arg(long, global = true, value_name = "FILE", help_heading = "Global options")]
    pub passphrase_file: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new journal and show its recovery key (once)
    ///
    /// The passphrase is asked twice on a terminal, or taken from --passphrase-file or ATTUNE_PASSPHRASE.
    Init,
    /// Write a new entry
    #[command(subcommand)]
    Add(AddKind),
    /// The timeline, newest first
    #[command(alias = "ls")]
    List(ListArgs),
    /// One entry in full
    Show {
        /// The entry's id, or the first characters of it
        id: String,
    },
    /// Search everything written
    Search(SearchArgs),
    /// Change an entry; fields you don't mention stay as they are
    ///
    /// With no field at all, at a terminal, your editor ($VISUAL, $EDITOR) opens on the entry's main text. Its file
    /// lives only in a private folder in memory ($XDG_RUNTIME_DIR) and is removed when the editor closes.
    Edit {
        /// The entry's id, or the first characters of it
        id: String,
        /// The fields to change.
        #[command(flatten)]
        fields: Box<EntryFields>,
    },
    /// Delete an entry
    #[command(alias = "rm")]
    Delete {
        /// The entry's id, or the first characters of it
        id: String,
        /// Don't ask first
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// The people your entries are about
    People {
        /// What to do with them (default: list them).
        #[command(subcommand)]
        command: Option<PeopleCommand>,
    },
    /// Change the passphrase
    Passwd {
        /// Read the new passphrase from the first line of FILE [or set ATTUNE_NEW_PASSPHRASE]
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Set a new passphrase with the recovery key, when the old one is forgotten
    ///
    /// The new passphrase comes from --new-passphrase-file or ATTUNE_NEW_PASSPHRASE, else from --passphrase-file or
    /// ATTUNE_PASSPHRASE, else it is asked twice on the terminal.
    Recover {
        /// Read the recovery key from FILE [or set ATTUNE_RECOVERY_KEY]
        #[arg(long, value_name = "FILE")]
        recovery_key_file: Option<PathBuf>,
        /// Read the new passphrase from the first line of FILE [or set ATTUNE_NEW_PASSPHRASE]
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Make a new recovery key, for a lost one or a damaged key file (needs your passphrase)
    RecoveryKey {
        /// What to do with it.
        #[command(subcommand)]
        command: RecoveryKeyCommand,
    },
    /// Write the whole journal out, unencrypted, as JSON or Markdown
    Export {
        /// JSON can be imported again; Markdown is for reading
        #[arg(long, short = 'f', value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Write to FILE (readable only by you) instead of the screen
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Bring in entries from another journal or an Attune export; shows what will come in first
    ///
    /// The same file imported twice adds nothing the second time. A backup is made just before.
    Import(ImportArgs),
    /// Encrypted backups of the journal: make one now, list them, check them, restore one
    Backup {
        /// What to do.
        #[command(subcommand)]
        command: BackupCommand,
    },
    /// Check the journal's files are whole and readable
    Verify,
    /// Prepare a brief for a therapist: chosen entries, grouped by kind, as PDF or Markdown
    ///
    /// Choose entries by date range, people and kinds, or hand-pick them with --entry. The file is written only
    /// where -o says, readable only by you, and is not encrypted.
    Brief(BriefArgs),
    /// The questions for opening up, to answer with `add vulnerability`
    Prompts {
        /// Only today's prompt
        #[arg(long)]
        today: bool,
    },
    /// The feelings vocabulary, by Mood Meter quadrant (or the words nearest a point, with --near)
    Feelings {
        /// The dozen words nearest this point on the Mood Meter: PLEASANTNESS,ENERGY, each -5 to 5 (e.g. 2,-1)
        #[arg(long, value_name = "P,E", value_parser = parse_point, allow_hyphen_values = true)]
        near: Option<(i8, i8)>,
    },
    /// What your journal shows over time: mood, feelings, appreciations, conflicts, warmth, rhythm
    ///
    /// The last 30 days unless --last or --from/--to says otherwise.
    Insights(InsightsArgs),
    /// What you wrote on this day in earlier years
    OnThisDay {
        /// Only entries about this person
        #[arg(long, short = 'p', value_name = "NAME")]
        person: Option<String>,
    },
    /// Promises coming due (or just past their day) that aren't kept or changed yet
    ///
    /// Say how one went with `attune edit ID --outcome kept --how-it-went "..."`.
    Promises,
    /// Reminders to check in: list, add, edit, remove, next (no passphrase needed)
    Reminders {
        /// What to do with them (default: list them).
        #[command(subcommand)]
        command: Option<crate::reminders::RemindersCommand>,
    },
    /// Print tab completion for your shell: bash, zsh, fish, elvish or powershell
    ///
    /// The Linux packages install completions for bash, zsh and fish already. Elsewhere, save the output where your
    /// shell looks for completions, or source it from your shell's start-up file.
    Completions {
        /// The shell to complete in
        shell: clap_complete::Shell,
    },
    /// Write the man pages (attune.1 and one per command) into DIR; used when building packages
    #[command(hide = true)]
    ManPages {
        /// The folder to write them in (made if missing)
        dir: PathBuf,
    },
}

/// `attune recovery-key ...`.
#[derive(Debug, Subcommand)]
pub enum RecoveryKeyCommand {
    /// Make a new recovery key and show it once; the old one stops working
    New,
}

/// `2,-1`: a Mood Meter point, pleasantness then energy, each on the journal's scale.
fn parse_point(s: &str) -> Result<(i8, i8), String> {
    let scale = attune_journal::vocab::MOOD_SCALE;
    let bad =
        || format!("`{s}` isn't a point like 2,-1 (pleasantness, energy; each {} to {})", scale.start(), scale.end());
    let (p, e) = s.split_once(',').ok_or_else(bad)?;
    let read = |v: &str| v.trim().parse::<i8>().ok().filter(|n| scale.contains(n)).ok_or_else(bad);
    Ok((read(p)?, read(e)?))
}

/// Filters shared by `list` and `search`.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Only this kind (repeat for several): check-in, appreciation, conflict, vulnerability, shared-experience, note,
    /// promise, look-back
    #[arg(long = "kind", short = 'k', value_name = "KIND", value_parser = crate::entry_args::parse_kind)]
    pub kinds: Vec<attune_journal::EntryKind>,
    /// Only entries about this person
    #[arg(long, short = 'p', value_name = "NAME")]
    pub person: Option<String>,
    /// Only entries with this tag
    #[arg(long, short = 't')]
    pub tag: Option<String>,
    /// Only entries naming this feeling
    #[arg(long)]
    pub feeling: Option<String>,
    /// Only entries written on or after this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Only entries written on or before this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub to: Option<NaiveDate>,
}

/// `attune list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Filters.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// How many entries per page (1-200)
    #[arg(long, short = 'n', default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=200))]
    pub limit: u32,
    /// Start after this entry (the id printed at the end of the previous page)
    #[arg(long, value_name = "ID", conflicts_with = "all")]
    pub after: Option<String>,
    /// Every entry, not one page
    #[arg(long)]
    pub all: bool,
}

/// `attune search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The words to look for (the last one also matches as the start of a word)
    #[arg(required = true, num_args = 1..)]
    pub words: Vec<String>,
    /// Filters.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// At most this many results (1-200)
    #[arg(long, short = 'n', default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=200))]
    pub limit: u32,
    /// Skip this many results first (the next page starts where the last one ended)
    #[arg(long, default_value_t = 0)]
    pub offset: u32,
    /// Newest first, instead of best match first
    #[arg(long)]
    pub newest: bool,
}

/// `attune insights`.
#[derive(Debug, Args)]
pub struct InsightsArgs {
    /// How far back from today: 7d, 30d, 90d, 12w, 1y, or all
    #[arg(long, value_name = "LENGTH", conflicts_with_all = ["from", "to"])]
    pub last: Option<String>,
    /// From this day (YYYY-MM-DD) [default: your first entry]
    #[arg(long, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// To this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub to: Option<NaiveDate>,
    /// Only entries about this person
    #[arg(long, short = 'p', value_name = "NAME")]
    pub person: Option<String>,
}

/// `attune people ...`.
#[derive(Debug, Subcommand)]
pub enum PeopleCommand {
    /// Everyone, by name
    #[command(alias = "ls")]
    List,
    /// Someone's page: who they are to you, how many entries of each kind, what is still open between you, on this
    /// day, the newest appreciations and shared experiences, and the newest entries about them
    Show {
        /// Their name
        name: String,
    },
    /// Add someone
    Add(PersonArgs),
    /// Change someone's name, relationship or love language
    Edit {
        /// Their name now
        name: String,
        /// A new name
        #[arg(long, value_name = "NAME")]
        rename: Option<String>,
        /// partner, family, friend, therapist or other
        #[arg(long, value_parser = crate::entry_args::parse_relationship)]
        relationship: Option<attune_journal::model::Relationship>,
        /// words, service, gifts, quality_time, touch, or none
        #[arg(long, value_name = "LANGUAGE", value_parser = crate::entry_args::parse_optional_love_language)]
        love_language: Option<crate::entry_args::OptionalLoveLanguage>,
    },
    /// Remove someone no entry mentions
    #[command(alias = "rm")]
    Remove {
        /// Their name
        name: String,
    },
}

/// `attune people add`.
#[derive(Debug, Args)]
pub struct PersonArgs {
    /// Their name, as you call them
    pub name: String,
    /// partner, family, friend, therapist or other
    #[arg(long, value_parser = crate::entry_args::parse_relationship, default_value = "other")]
    pub relationship: attune_journal::model::Relationship,
    /// words, service, gifts, quality_time or touch
    #[arg(long, value_name = "LANGUAGE", value_parser = crate::entry_args::parse_love_language)]
    pub love_language: Option<attune_journal::model::LoveLanguage>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
