//! jrnl's JSON export: `{"tags": {...}, "entries": [{"date", "time", "title", "body", "starred", "tags"}]}`.
//!
//! Each entry becomes a note at its date and time in the person's zone (jrnl keeps no zone), with its tags (without
//! the `@` or `#`) and a `starred` tag when it was starred. jrnl has no ids, so each entry is known by a hash of its
//! date, time, title and body.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Deserialize;

use super::common::{self, bad, Tally};
use super::{ImportOptions, ImportSource};
use crate::Result;

#[derive(Deserialize)]
struct File {
    entries: Vec<JrnlEntry>,
}

#[derive(Deserialize)]
struct JrnlEntry {
    date: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    starred: bool,
    #[serde(default)]
    tags: Vec<String>,
}

pub(super) fn read(bytes: &[u8], options: &ImportOptions) -> Result<ImportSource> {
    let file: File = serde_json::from_slice(common::strip_bom(bytes))
        .map_err(|e| bad(format!("it isn't a jrnl JSON export ({e})")))?;
    let mut tally = Tally::default();
    let mut items = Vec::new();
    for (i, e) in file.entries.iter().enumerate() {
        let when = parse_when(&e.date, &e.time).ok_or_else(|| {
            bad(format!("entry {} has a date or time jrnl doesn't write: '{} {}'", i + 1, e.date, e.time))
        })?;
        let at = common::in_zone(options.zone, when);
        let mut tags: Vec<String> = e.tags.iter().map(|t| t.trim_start_matches(['@', '#']).to_owned()).collect();
        if e.starred {
            tags.push("starred".into());
        }
        let tags = common::clean_tags(tags, &mut tally);
        let id = common::content_hash(&[&e.date, &e.time, &e.title, &e.body]);
        items.extend(common::notes(&id, &e.title, &e.body, at, tags, &mut tally));
    }
    Ok(ImportSource {
        format: super::ImportFormat::Jrnl,
        items,
        people: Vec::new(),
        skipped: tally.into_skipped(),
        moods: Vec::new(),
    })
}

/// `2024-03-01` and `21:05` (or `21:05:30`; a missing time is midnight, as jrnl itself shows it).
fn parse_when(date: &str, time: &str) -> Option<NaiveDateTime> {
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").ok()?;
    let time = match time.trim() {
        "" => NaiveTime::MIN,
        t => NaiveTime::parse_from_str(t, "%H:%M").or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S")).ok()?,
    };
    Some(date.and_time(time))
}
