//! `export` and `import`.

use std::io::Read;
use std::path::Path;

use super::{note, shown, Ctx};
use crate::args::ExportFormat;
use crate::error::CliError;

/// `attune export`: to stdout, or to a file only you can read.
pub fn export(ctx: &mut Ctx, format: ExportFormat, output: Option<&Path>) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let text = zeroize::Zeroizing::new(match format {
        ExportFormat::Json => journal.export_json()?,
        ExportFormat::Markdown => journal.export_markdown()?,
    });
    let Some(path) = output else {
        return ctx.out.raw(&text);
    };
    attune_journal::files::write_private(path, text.as_bytes())?;
    note(&format!(
        "Wrote your journal to {}. That file isn't encrypted: keep it somewhere safe, and delete it when you're done.",
        shown(path)
    ));
    Ok(())
}

/// `attune import FILE`: Attune's own JSON export, all or nothing. `-` reads stdin.
pub fn import(ctx: &mut Ctx, file: &Path) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    let json = if file == Path::new("-") {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|source| CliError::File {
            action: "read",
            path: file.into(),
            source,
        })?;
        s
    } else {
        std::fs::read_to_string(file).map_err(|source| CliError::File { action: "read", path: file.into(), source })?
    };
    let report = journal.import_json(&json)?;
    if ctx.out.json {
        return ctx.out.value(&report);
    }
    let mut line = format!(
        "Brought in {} and {}",
        plural(report.entries_added, "entry", "entries"),
        plural(report.people_added, "person", "people")
    );
    if report.entries_skipped > 0 {
        line.push_str(&format!(
            "; {} already here, left as they were",
            plural(report.entries_skipped, "entry was", "entries were")
        ));
    }
    ctx.out.line(format!("{line}."))
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
