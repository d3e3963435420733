//! Day One's JSON export, as the .zip it makes or the JSON file inside it: `{"entries": [{"uuid", "creationDate",
//! "timeZone", "text", "tags", "starred", "photos", "audios", "videos", "pdfAttachments"}]}`.
//!
//! Each entry becomes a note at its original time, with the local date of its own time zone. The text is Markdown
//! with punctuation escaped (`\.`): the escapes are removed, a first-line `# heading` becomes the title, and the
//! `![](dayone-moment://…)` references to media are taken out. Photos, audio, video and PDFs are not imported; the
//! dry run counts them.

use std::io::Read;

use chrono::DateTime;
use serde::Deserialize;
use serde_json::Value;

use super::common::{self, bad, plural, Tally};
use super::{ImportOptions, ImportSource, Skipped};
use crate::Result;

/// The most a .zip may unpack to (its JSON files only; media are never unpacked).
const MAX_UNPACKED: u64 = 1 << 30;

#[derive(Deserialize)]
struct File {
    entries: Vec<DoEntry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DoEntry {
    #[serde(default)]
    uuid: String,
    creation_date: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    starred: bool,
    #[serde(default)]
    photos: Vec<Value>,
    #[serde(default)]
    audios: Vec<Value>,
    #[serde(default)]
    videos: Vec<Value>,
    #[serde(default)]
    pdf_attachments: Vec<Value>,
}

/// Media counts, for the dry run.
#[derive(Default)]
struct Media {
    photos: u64,
    audios: u64,
    videos: u64,
    pdfs: u64,
}

pub(super) fn read(bytes: &[u8], options: &ImportOptions) -> Result<ImportSource> {
    let files = if bytes.starts_with(b"PK") { unzip(bytes)? } else { vec![bytes.to_vec()] };
    let mut tally = Tally::default();
    let mut media = Media::default();
    let mut items = Vec::new();
    for json in &files {
        let file: File = serde_json::from_slice(common::strip_bom(json))
            .map_err(|e| bad(format!("it isn't a Day One JSON export ({e})")))?;
        for (i, e) in file.entries.iter().enumerate() {
            let at = DateTime::parse_from_rfc3339(e.creation_date.trim()).map_err(|_| {
                bad(format!("entry {} has a creation date Day One doesn't write: '{}'", i + 1, e.creation_date))
            })?;
            let zone = e.time_zone.trim().parse::<chrono_tz::Tz>().unwrap_or(options.zone);
            let at = at.with_timezone(&zone).fixed_offset();
            media.photos += e.photos.len() as u64;
            media.audios += e.audios.len() as u64;
            media.videos += e.videos.len() as u64;
            media.pdfs += e.pdf_attachments.len() as u64;
            let (title, text) = title_and_text(&unescape(&strip_moments(&e.text)));
            let mut tags = e.tags.clone();
            if e.starred {
                tags.push("starred".into());
            }
            let tags = common::clean_tags(tags, &mut tally);
            let id = match e.uuid.trim() {
                "" => common::content_hash(&[&e.creation_date, &e.text]),
                uuid => format!("uuid:{uuid}"),
            };
            items.extend(common::notes(&id, &title, &text, at, tags, &mut tally));
        }
    }
    let mut skipped = tally.into_skipped();
    for (n, one, many) in [
        (media.photos, "photo was", "photos were"),
        (media.audios, "audio recording was", "audio recordings were"),
        (media.videos, "video was", "videos were"),
        (media.pdfs, "PDF was", "PDFs were"),
    ] {
        if n > 0 {
            skipped.push(Skipped {
                count: n,
                message: format!("{} not imported: Attune keeps words, not media.", plural(n, one, many)),
            });
        }
    }
    Ok(ImportSource { format: super::ImportFormat::DayOne, items, people: Vec::new(), skipped, moods: Vec::new() })
}

/// The JSON files at the top of a Day One .zip (one per journal), never anything else in it.
fn unzip(bytes: &[u8]) -> Result<Vec<Vec<u8>>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| bad(format!("it looks like a .zip but can't be opened ({e})")))?;
    let mut out = Vec::new();
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(|e| bad(format!("part of the .zip can't be read ({e})")))?;
        // A name that isn't valid text can't be Journal.json: skip it.
        let Ok(name) = file.name().map(|n| n.into_owned()) else { continue };
        if file.is_dir() || name.contains('/') || !name.to_ascii_lowercase().ends_with(".json") {
            continue;
        }
        let mut json = Vec::new();
        let room = MAX_UNPACKED.saturating_sub(unpacked);
        (&mut file)
            .take(room + 1)
            .read_to_end(&mut json)
            .map_err(|e| bad(format!("{name} in the .zip can't be read ({e})")))?;
        unpacked += json.len() as u64;
        if unpacked > MAX_UNPACKED {
            return Err(bad("the .zip unpacks to more than 1 GiB of JSON, more than any journal needs"));
        }
        out.push(json);
    }
    if out.is_empty() {
        return Err(bad("the .zip holds no Day One JSON file (like Journal.json) at its top level"));
    }
    Ok(out)
}

/// Takes out `![](dayone-moment://…)` media references (photos, audio and the like are counted separately).
fn strip_moments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("![](dayone-moment:") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        match after.find(')') {
            Some(end) => rest = &after[end + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Removes Markdown's backslash escapes before ASCII punctuation (`\.` → `.`); other backslashes stay.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// A first line `# Heading` is the title; the rest is the text.
fn title_and_text(text: &str) -> (String, String) {
    let trimmed = text.trim_start();
    let (first, rest) = trimmed.split_once('\n').unwrap_or((trimmed, ""));
    match first.strip_prefix("# ") {
        Some(title) => (title.trim().to_owned(), rest.to_owned()),
        None => (String::new(), text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_and_moments_are_tidied() {
        assert_eq!(unescape(r"Hello\! It\'s 3\.5 \\ ok \n"), r"Hello! It's 3.5 \ ok \n");
        assert_eq!(strip_moments("a ![](dayone-moment://AB12) b ![](dayone-moment:/audio/X) c"), "a  b  c");
        assert_eq!(title_and_text("# Trip\nWe went"), ("Trip".into(), "We went".into()));
        assert_eq!(title_and_text("No title"), (String::new(), "No title".into()));
    }
}
