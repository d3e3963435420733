//! Long text that isn't on the command line: from `$EDITOR` when a person is at a terminal, else from stdin.
//!
//! The editor needs a file; [`crate::editor`] keeps it in a private, memory-backed folder and removes it.

use std::io::{IsTerminal, Read};

use attune_journal::{EntryBody, EntryKind};

use crate::entry_args::EntryFields;
use crate::error::CliError;

/// For `add`: fills the kind's main text when no flag gave it (editor on a terminal, else stdin), and reads stdin
/// for a main text given as `-`.
pub fn fill_for_add(kind: EntryKind, fields: &mut EntryFields) -> Result<(), CliError> {
    let (label, slot) = fields.main_text_mut(kind);
    match slot.as_deref() {
        Some("-") => *slot = Some(read_stdin()?),
        Some(_) => {}
        None if std::io::stdin().is_terminal() => *slot = Some(from_editor(label, "")?),
        None => *slot = Some(read_stdin()?),
    }
    Ok(())
}

/// For `edit`: a main text given as `-` is read from stdin; with no field given at all on a terminal, the editor
/// opens on the entry's main text.
pub fn fill_for_edit(body: &EntryBody, fields: &mut EntryFields) -> Result<(), CliError> {
    let untouched = fields.is_empty();
    let (label, slot) = fields.main_text_mut(body.kind());
    match slot.as_deref() {
        Some("-") => *slot = Some(read_stdin()?),
        None if untouched && std::io::stdin().is_terminal() => *slot = Some(from_editor(label, main_text(body))?),
        _ => {}
    }
    Ok(())
}

/// An entry's main long text: what `edit` puts in the editor.
fn main_text(body: &EntryBody) -> &str {
    match body {
        EntryBody::CheckIn(c) => &c.whats_going_on,
        EntryBody::Appreciation(a) => &a.what,
        EntryBody::Conflict(c) => &c.what_happened,
        EntryBody::Vulnerability(v) => &v.answer,
        EntryBody::SharedExperience(s) => &s.what,
        EntryBody::Note(n) => &n.text,
        // As `main_text_mut` for an edit with no flags: what I heard on their turn.
        EntryBody::Listening(l) => {
            l.turns.iter().find(|t| t.speaker == attune_journal::model::Speaker::Them).map_or("", |t| t.heard.as_str())
        }
        EntryBody::Reaching(r) => &r.moment,
        EntryBody::Promise(p) => &p.what,
        EntryBody::LookBack(l) => &l.mood,
    }
}

fn read_stdin() -> Result<String, CliError> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|source| CliError::Terminal { what: "could not read stdin".into(), source })?;
    Ok(text.trim_end().to_string())
}

/// The editor on `current` (plus a hint line), returning what was written without `#` lines.
fn from_editor(label: &str, current: &str) -> Result<String, CliError> {
    let initial = zeroize::Zeroizing::new(format!(
        "{current}\n# Write {label} above. Lines starting with # are left out; leave it empty to save nothing.\n"
    ));
    let raw = crate::editor::edit(&initial)?;
    let text: Vec<&str> = raw.lines().filter(|l| !l.starts_with('#')).collect();
    let text = text.join("\n").trim().to_string();
    if text.is_empty() {
        return Err(CliError::Usage("nothing was written, so nothing was saved".into()));
    }
    Ok(text)
}
