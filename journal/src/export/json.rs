//! The JSON export's shape, and reading the whole journal in export order.

use serde::Serialize;

use crate::model::{Entry, Person};
use crate::timeline::TimelineQuery;
use crate::{Journal, Result, SCHEMA_VERSION};

/// The `format` field every Attune JSON export carries.
pub const FORMAT_NAME: &str = "attune-journal";

/// The newest export format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// How many entries to read per timeline page while exporting (the timeline's largest page).
const PAGE: u32 = 200;

/// The file as written. Field order here is the order in the file.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ExportFile<'a> {
    format: &'static str,
    format_version: u32,
    schema_version: u32,
    people: &'a [Person],
    entries: &'a [Entry],
}

/// Everything an export holds, in export order.
pub(super) struct Snapshot {
    /// By name (ignoring ASCII case), then id.
    pub people: Vec<Person>,
    /// By creation time, then id.
    pub entries: Vec<Entry>,
}

/// Reads the whole journal through its public reading paths, so export sees exactly what the app shows.
pub(super) fn snapshot(journal: &Journal) -> Result<Snapshot> {
    let mut people = journal.people()?;
    // By name as the journal compares names (ASCII case ignored), then id: the same order whatever `people()` uses.
    people.sort_by_cached_key(|p| (p.name.to_ascii_lowercase(), p.name.clone(), p.id));

    let mut entries = Vec::new();
    let mut query = TimelineQuery { limit: PAGE, ..TimelineQuery::default() };
    loop {
        let page = journal.timeline(&query)?;
        let next = page.next;
        entries.extend(page.entries);
        match next {
            Some(cursor) => query.after = Some(cursor),
            None => break,
        }
    }
    entries.sort_by_key(|e| (e.created_at, e.id));
    Ok(Snapshot { people, entries })
}

/// The whole journal as pretty JSON, ending in a newline.
pub(super) fn export(journal: &Journal) -> Result<String> {
    let snap = snapshot(journal)?;
    render(&snap.people, &snap.entries)
}

/// Renders people and entries (already in export order) as the export file.
pub(super) fn render(people: &[Person], entries: &[Entry]) -> Result<String> {
    let file = ExportFile {
        format: FORMAT_NAME,
        format_version: FORMAT_VERSION,
        schema_version: SCHEMA_VERSION,
        people,
        entries,
    };
    // Serialising plain data with string keys does not fail; map it anyway rather than unwrap.
    let mut out = serde_json::to_string_pretty(&file).map_err(|e| crate::Error::Corrupt {
        what: "database",
        detail: format!("an entry could not be exported: {e}"),
    })?;
    out.push('\n');
    Ok(out)
}
