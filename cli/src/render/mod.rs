//! Human output: warm, plain and readable. Dates are shown in local time. `--json` bypasses all of this.

pub mod clock;
mod entry;
pub mod insights;
mod style;

pub use entry::{full, summary, Names};
pub use style::Style;

use std::io::Write;

use attune_journal::Entry;
use chrono::{DateTime, Local, Utc};
use uuid::Uuid;

use crate::error::CliError;

/// Where output goes: stdout, as text for people or JSON for scripts (or stderr, for notes beside the result).
pub struct Out {
    w: Box<dyn Write>,
    /// Decoration for text output.
    pub style: Style,
    /// Whether `--json` was given.
    pub json: bool,
}

impl Out {
    /// Stdout, decorated when it is a terminal.
    pub fn stdout(json: bool) -> Out {
        Out { w: Box::new(std::io::stdout().lock()), style: Style::for_stdout(), json }
    }

    /// Stderr, undecorated: for what a command says beside its result (an import's dry run).
    pub fn stderr() -> Out {
        Out { w: Box::new(std::io::stderr()), style: Style::plain(), json: false }
    }

    /// Writes text and a line ending.
    pub fn line(&mut self, text: impl AsRef<str>) -> Result<(), CliError> {
        writeln!(self.w, "{}", text.as_ref())?;
        Ok(())
    }

    /// Writes text as it is.
    pub fn raw(&mut self, text: &str) -> Result<(), CliError> {
        self.w.write_all(text.as_bytes())?;
        Ok(())
    }

    /// Writes a value as pretty JSON and a line ending.
    pub fn value<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> Result<(), CliError> {
        serde_json::to_writer_pretty(&mut self.w, value)?;
        writeln!(self.w)?;
        Ok(())
    }

    /// Flushes, so a closed pipe shows up as an error here rather than a lost write.
    pub fn flush(&mut self) -> Result<(), CliError> {
        self.w.flush()?;
        Ok(())
    }
}

/// A UTC time in the reader's local time and locale, e.g. "Sat 21 Nov 2026, 22:50" (see [`clock`]).
pub fn when(at: DateTime<Utc>) -> String {
    clock::date_time(&at.with_timezone(&Local), clock::env_locale())
}

/// An entry's time as it shows everywhere: on the clock where it was written ([`Entry::local_time`]), in the
/// reader's locale (the app shows the same time; the timeline's order within a day follows it).
pub fn entry_time(entry: &Entry) -> String {
    clock::date_time(&entry.local_time(), clock::env_locale())
}

/// The shortest prefixes (at least 13 characters: the time part of a UUIDv7) that tell these ids apart.
pub fn short_ids(ids: &[Uuid]) -> Vec<String> {
    let full: Vec<String> = ids.iter().map(Uuid::to_string).collect();
    let mut len = 13;
    while len < 36 {
        let mut seen = std::collections::HashSet::new();
        if full.iter().all(|id| seen.insert(&id[..len])) {
            break;
        }
        len += 1;
    }
    full.iter().map(|id| id[..len].to_string()).collect()
}

/// The text squeezed onto one line and cut to `max` characters.
pub fn one_line(text: &str, max: usize) -> String {
    let squeezed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if squeezed.chars().count() <= max {
        return squeezed;
    }
    let cut: String = squeezed.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_ids_grow_until_unique() {
        let a = Uuid::parse_str("01939a3e-7c2f-7000-8000-000000000001").unwrap();
        let b = Uuid::parse_str("01939a3e-7c2f-7001-8000-000000000002").unwrap();
        assert_eq!(short_ids(&[a]), ["01939a3e-7c2f"]);
        assert_eq!(short_ids(&[a, b]), ["01939a3e-7c2f-7000", "01939a3e-7c2f-7001"]);
    }

    #[test]
    fn one_line_cuts_on_characters_not_bytes() {
        assert_eq!(one_line("héllo\n  wörld", 50), "héllo wörld");
        assert_eq!(one_line("ééééé", 3), "éé…");
    }
}
