//! Mini Diarium's JSON export: `{"metadata": {...}, "entries": [{"id", "date", "title", "text", "dateUpdated",
//! "tags"}]}`, where `text` is HTML from its rich-text editor.
//!
//! The HTML is turned into plain text by an HTML parser ([`super::html`]) and never rendered. Each entry becomes a
//! note at noon of its date in the person's zone (Mini Diarium keeps a date, not a time).

use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;
use serde_json::Value;

use super::common::{self, bad, Tally};
use super::{html, ImportOptions, ImportSource};
use crate::Result;

#[derive(Deserialize)]
struct File {
    entries: Vec<MdEntry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MdEntry {
    #[serde(default)]
    id: Value,
    date: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    tags: Vec<String>,
}

pub(super) fn read(bytes: &[u8], options: &ImportOptions) -> Result<ImportSource> {
    let file: File = serde_json::from_slice(common::strip_bom(bytes))
        .map_err(|e| bad(format!("it isn't a Mini Diarium JSON export ({e})")))?;
    let mut tally = Tally::default();
    let mut items = Vec::new();
    for (i, e) in file.entries.iter().enumerate() {
        let date = NaiveDate::parse_from_str(e.date.trim(), "%Y-%m-%d")
            .map_err(|_| bad(format!("entry {} has a date that isn't YYYY-MM-DD: '{}'", i + 1, e.date)))?;
        let at = common::in_zone(options.zone, date.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default()));
        let text = html::to_text(&e.text);
        let id = match &e.id {
            Value::Number(n) => format!("id:{n}"),
            Value::String(s) if !s.trim().is_empty() => format!("id:{}", s.trim()),
            _ => common::content_hash(&[&e.date, &e.title, &e.text]),
        };
        let tags = common::clean_tags(e.tags.iter().cloned(), &mut tally);
        items.extend(common::notes(&id, &e.title, &text, at, tags, &mut tally));
    }
    Ok(ImportSource {
        format: super::ImportFormat::MiniDiarium,
        items,
        people: Vec::new(),
        skipped: tally.into_skipped(),
        moods: Vec::new(),
    })
}
