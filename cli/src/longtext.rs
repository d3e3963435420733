//! Long text that isn't on the command line: from `$EDITOR` when a person is at a terminal, else from stdin.
//!
//! The editor needs a file. It is made readable only by you, in `$XDG_RUNTIME_DIR` when there is one (a private
//! folder kept in memory on most Linux systems), overwritten and removed as soon as the editor closes.

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;

use attune_journal::EntryKind;

use crate::entry_args::EntryFields;
use crate::error::CliError;

/// For `add`: fills the kind's main text when no flag gave it (editor on a terminal, else stdin), and reads stdin
/// for a main text given as `-`.
pub fn fill_for_add(kind: EntryKind, fields: &mut EntryFields) -> Result<(), CliError> {
    let (label, slot) = fields.main_text_mut(kind);
    match slot.as_deref() {
        Some("-") => *slot = Some(read_stdin()?),
        Some(_) => {}
        None if std::io::stdin().is_terminal() => *slot = Some(from_editor(label)?),
        None => *slot = Some(read_stdin()?),
    }
    Ok(())
}

/// For `edit`: only a main text given as `-` is read (from stdin); nothing else is asked for.
pub fn fill_for_edit(kind: EntryKind, fields: &mut EntryFields) -> Result<(), CliError> {
    let (_, slot) = fields.main_text_mut(kind);
    if slot.as_deref() == Some("-") {
        *slot = Some(read_stdin()?);
    }
    Ok(())
}

fn read_stdin() -> Result<String, CliError> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|source| CliError::Terminal { what: "could not read stdin".into(), source })?;
    Ok(text.trim_end().to_string())
}

/// Opens `$VISUAL`, `$EDITOR` or `vi` on a fresh file and returns what was written, without `#` lines.
fn from_editor(label: &str) -> Result<String, CliError> {
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(std::env::var_os)
        .map(|v| v.to_string_lossy().into_owned())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");

    let terminal = |what: &str| {
        let what = what.to_string();
        move |source| CliError::Terminal { what, source }
    };
    let dir = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|d| d.is_dir())
        .unwrap_or_else(std::env::temp_dir);
    let mut file = tempfile::Builder::new()
        .prefix("attune-")
        .suffix(".md")
        .tempfile_in(&dir)
        .map_err(terminal("could not make a file for the editor"))?;
    writeln!(file, "\n# Write {label} above. Lines starting with # are left out; leave it empty to save nothing.")
        .map_err(terminal("could not make a file for the editor"))?;
    let path = file.into_temp_path();

    let status = std::process::Command::new(program)
        .args(words)
        .arg(&path)
        .status()
        .map_err(terminal(&format!("could not start the editor '{program}' (set $EDITOR)")))?;
    let raw = std::fs::read_to_string(&path).map_err(terminal("could not read what the editor wrote"));
    // Overwrite before removing, so the text doesn't linger in the freed blocks; removal happens when `path` drops.
    if let Ok(len) = std::fs::metadata(&path).map(|m| m.len()) {
        let _ = std::fs::write(&path, vec![0u8; usize::try_from(len).unwrap_or(0)]);
    }
    drop(path);
    if !status.success() {
        return Err(CliError::Usage(format!("the editor '{program}' stopped with an error; nothing was saved")));
    }
    let raw = raw?;
    let text: Vec<&str> = raw.lines().filter(|l| !l.starts_with('#')).collect();
    let text = text.join("\n").trim().to_string();
    if text.is_empty() {
        return Err(CliError::Usage("nothing was written, so nothing was saved".into()));
    }
    Ok(text)
}
