//! `attune`: the command-line companion to the Attune journal.
//!
//! Thin by design: parse the command line (`args`, `entry_args`), call the journal (`commands`), print (`render`).
//! This file is the one place where every error becomes a one-line message on stderr and an exit code.
#![forbid(unsafe_code)]

mod args;
mod commands;
mod compose;
mod docs;
mod editor;
mod entry_args;
mod entry_fields;
mod error;
mod ids;
mod longtext;
mod practice_args;
mod reminders;
mod render;
mod secrets;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // An editor session killed outright leaves its private folder behind: this is the next start.
    editor::remove_stale();
    let cli = args::Cli::parse();
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "attune: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
