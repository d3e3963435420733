//! Finding an entry by its id or by the first characters of it, as lists print them.

use attune_journal::timeline::TimelineQuery;
use attune_journal::{Entry, Error, Journal};
use uuid::Uuid;

use crate::error::CliError;

/// The entry with this id, or the only entry whose id starts with it.
pub fn find_entry(journal: &Journal, given: &str) -> Result<Entry, CliError> {
    let given = given.trim();
    if let Ok(id) = Uuid::parse_str(given) {
        return Ok(journal.entry(id)?);
    }
    let prefix = given.to_ascii_lowercase();
    if prefix.len() < 4 || !prefix.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
        return Err(CliError::Usage(format!(
            "'{given}' isn't an entry id; give the id `attune list` shows (at least 4 of its characters)"
        )));
    }
    // Walks the timeline: fine for a personal journal. The journal could answer this with one indexed query.
    let mut found: Option<Entry> = None;
    let mut query = TimelineQuery { limit: 200, ..TimelineQuery::default() };
    loop {
        let page = journal.timeline(&query)?;
        for entry in page.entries {
            if entry.id.to_string().starts_with(&prefix) {
                if found.is_some() {
                    return Err(CliError::Ambiguous(given.to_string()));
                }
                found = Some(entry);
            }
        }
        match page.next {
            Some(next) => query.after = Some(next),
            None => break,
        }
    }
    found.ok_or_else(|| Error::NotFound { what: "entry", id: given.to_string() }.into())
}
