//! The arguments of the commands that move a journal in and out: `import`, `backup`, `export` and `brief`.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};

/// `attune import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file: a jrnl or Attune JSON export, a Day One .zip or JSON, a Mini Diarium JSON export, a Daylio CSV
    /// (`-` reads it from stdin)
    pub file: PathBuf,
    /// Where it comes from: jrnl, dayone, minidiarium, daylio or attune
    #[arg(long, value_name = "FORMAT", default_value = "attune", value_parser = parse_import_format)]
    pub from: attune_journal::import::ImportFormat,
    /// Only show what would come in
    #[arg(long, short = 'n')]
    pub dry_run: bool,
    /// Don't ask before importing
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Daylio: the pleasantness (-5 to 5) a mood comes in as, e.g. --mood meh=-1 (repeat for several)
    #[arg(long, value_name = "MOOD=N", value_parser = parse_mood)]
    pub mood: Vec<(String, i8)>,
    /// The time zone of times written without one (jrnl, Mini Diarium, Daylio) [default: this computer's]
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
}

fn parse_import_format(s: &str) -> Result<attune_journal::import::ImportFormat, String> {
    s.parse().map_err(|e: attune_journal::Error| e.to_string())
}

fn parse_mood(s: &str) -> Result<(String, i8), String> {
    let (mood, n) = s.split_once('=').ok_or_else(|| format!("`{s}` isn't MOOD=N, e.g. meh=-1"))?;
    let n: i8 = n.trim().parse().map_err(|_| format!("`{n}` isn't a number from -5 to 5"))?;
    Ok((mood.trim().to_owned(), n))
}

/// `attune backup ...`.
#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Make a backup now
    Now,
    /// The backups, newest first (no passphrase needed)
    #[command(alias = "ls")]
    List,
    /// Check that backups open and are whole (all of them, or one)
    Verify {
        /// The backup's id, or the first characters of it
        id: Option<String>,
    },
    /// Write a backup out as a journal folder of its own
    ///
    /// It opens with the passphrase (or recovery key) that was current when the backup was made.
    Restore {
        /// The backup's id, or the first characters of it
        id: String,
        /// The new journal folder
        #[arg(long, value_name = "DIR")]
        to: PathBuf,
        /// If DIR already holds something, move it aside (to DIR.before-restore-TIME) instead of stopping
        #[arg(long)]
        replace: bool,
    },
}

/// The formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Attune's JSON export: complete, and `import` reads it back
    Json,
    /// Readable Markdown
    #[value(alias = "md")]
    Markdown,
}

/// `attune brief`.
#[derive(Debug, Args)]
pub struct BriefArgs {
    /// Entries written on or after this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Entries written on or before this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub to: Option<NaiveDate>,
    /// Only entries about this person (repeat for several: entries about any of them)
    #[arg(long = "person", short = 'p', value_name = "NAME")]
    pub people: Vec<String>,
    /// Only this kind (repeat for several): check-in, appreciation, conflict, vulnerability, shared-experience, note
    #[arg(long = "kind", short = 'k', value_name = "KIND", value_parser = crate::entry_args::parse_kind)]
    pub kinds: Vec<attune_journal::EntryKind>,
    /// Hand-pick an entry by id, or the first characters of it (repeat); the filters above are then not used
    #[arg(long = "entry", short = 'e', value_name = "ID", conflicts_with_all = ["from", "to", "people", "kinds"])]
    pub entries: Vec<String>,
    /// What you want to talk about: comes first in the brief
    #[arg(long, value_name = "TEXT")]
    pub talk_about: Option<String>,
    /// pdf to print or send, markdown to read or paste
    #[arg(long, short = 'f', value_enum, default_value_t = BriefFormat::Pdf)]
    pub format: BriefFormat,
    /// Write to FILE (readable only by you)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: PathBuf,
}

/// The formats `brief` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BriefFormat {
    /// A PDF, fonts embedded
    Pdf,
    /// Readable Markdown
    #[value(alias = "md")]
    Markdown,
}
