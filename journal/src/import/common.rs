//! What every importer shares: the entry an import produces, times in a zone, tidying text and tags, splitting what
//! is too long, and counting what is left out.

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDateTime, TimeZone, Utc};
use sha2::{Digest, Sha256};

use super::Skipped;
use crate::model::{Entry, EntryBody, Note, MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_TAGS};
use crate::store::rows;
use crate::Error;

/// One entry as an import will write it, with the id the source knows it by.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    /// The source's id for it, or a hash of its content when the source has none.
    pub source_id: String,
    /// The entry, already valid.
    pub entry: Entry,
}

/// A file that can't be imported, saying why.
pub(super) fn bad(message: impl Into<String>) -> Error {
    Error::BadImport(message.into())
}

/// "1 entry", "3 entries".
pub(super) fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A stable id for content that has none: SHA-256 over the parts, each length-prefixed so no two splits collide.
pub(super) fn content_hash(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    format!("sha256:{}", hex::encode(hasher.finalize()))
}

/// A wall-clock time in `zone`. In a spring-forward gap, the time an hour later; when a fall-back makes it
/// ambiguous, the first of the two.
pub(super) fn in_zone(zone: chrono_tz::Tz, naive: NaiveDateTime) -> DateTime<FixedOffset> {
    let pick = |r: LocalResult<DateTime<chrono_tz::Tz>>| match r {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(t.fixed_offset()),
        LocalResult::None => None,
    };
    pick(zone.from_local_datetime(&naive))
        .or_else(|| pick(zone.from_local_datetime(&(naive + chrono::Duration::hours(1)))))
        .unwrap_or_else(|| Utc.from_utc_datetime(&naive).fixed_offset())
}

/// An entry written at `at` (kept as the writer's local time and date). Its id is a UUIDv7 of that time, so imported
/// entries sort among the others by when they were written.
pub(super) fn entry(at: DateTime<FixedOffset>, tags: Vec<String>, body: EntryBody) -> Entry {
    let created_at = rows::truncate_millis(at.with_timezone(&Utc));
    let millis = created_at.timestamp_millis().max(0) as u64;
    let ts = uuid::Timestamp::from_unix(uuid::NoContext, millis / 1000, ((millis % 1000) * 1_000_000) as u32);
    Entry {
        id: uuid::Uuid::new_v7(ts),
        created_at,
        updated_at: created_at,
        local_date: at.date_naive(),
        utc_offset_minutes: at.offset().local_minus_utc() / 60,
        people: Vec::new(),
        tags,
        body,
    }
}

/// Counts of what tidying left out or changed, turned into sentences for the dry run.
#[derive(Debug, Default)]
pub(super) struct Tally {
    /// Entries with no words at all.
    pub empty: u64,
    /// Entries too long for one note, split into parts.
    pub split: u64,
    /// Tags left out: too long, or past the most one entry keeps.
    pub tags_dropped: u64,
}

impl Tally {
    pub(super) fn into_skipped(self) -> Vec<Skipped> {
        let mut out = Vec::new();
        if self.empty > 0 {
            out.push(Skipped {
                count: self.empty,
                message: format!(
                    "{} had no words in them, so there was nothing to bring in.",
                    plural(self.empty, "entry", "entries")
                ),
            });
        }
        if self.split > 0 {
            out.push(Skipped {
                count: self.split,
                message: format!(
                    "{} longer than one note holds ({MAX_LONG_TEXT} characters) will come in as several notes, \
                     marked \"part 1 of 2\" and so on; no words are lost.",
                    plural(self.split, "entry", "entries")
                ),
            });
        }
        if self.tags_dropped > 0 {
            out.push(Skipped {
                count: self.tags_dropped,
                message: format!(
                    "{} left out: each entry keeps up to {MAX_TAGS} tags of up to {MAX_SHORT_TEXT} characters.",
                    plural(self.tags_dropped, "tag was", "tags were")
                ),
            });
        }
        out
    }
}

/// Text as a note keeps it: `\r\n` and `\r` become `\n`, invisible control characters (other than tabs and line
/// breaks) are removed, and the ends are trimmed.
pub(super) fn clean_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text: String = text.chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect();
    text.trim().to_owned()
}

/// One line of text (a title, a tag): control characters become spaces, runs of spaces one, ends trimmed.
pub(super) fn one_line(text: &str) -> String {
    let spaced: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Tags as the journal keeps them (one line, lower case, no repeats); ones too long or past [`MAX_TAGS`] are
/// counted and left out.
pub(super) fn clean_tags(tags: impl IntoIterator<Item = String>, tally: &mut Tally) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for tag in tags {
        let tag = one_line(&tag).to_lowercase();
        if tag.is_empty() || kept.contains(&tag) {
            continue;
        }
        if tag.chars().count() > MAX_SHORT_TEXT || kept.len() == MAX_TAGS {
            tally.tags_dropped += 1;
            continue;
        }
        kept.push(tag);
    }
    kept
}

/// Removes a UTF-8 byte-order mark at the start of a file.
pub(super) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(bytes)
}

/// A note (or, for text longer than a note holds, several) from a title and a text. Nothing when both are empty.
pub(super) fn notes(
    source_id: &str,
    title: &str,
    text: &str,
    at: DateTime<FixedOffset>,
    tags: Vec<String>,
    tally: &mut Tally,
) -> Vec<Item> {
    let mut title = one_line(title);
    let mut text = clean_text(text);
    if title.chars().count() > MAX_SHORT_TEXT {
        // A long first line is part of the text, not a title.
        text = if text.is_empty() { title } else { format!("{title}\n\n{text}") };
        title = String::new();
    }
    if text.is_empty() {
        if title.is_empty() {
            tally.empty += 1;
            return Vec::new();
        }
        // A title alone is what was written: keep it as the text.
        text = std::mem::take(&mut title);
    }
    let parts = split_long(&text);
    if parts.len() > 1 {
        tally.split += 1;
    }
    let n = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let (title, source_id) = if n == 1 {
                (title.clone(), source_id.to_owned())
            } else {
                (part_title(&title, i + 1, n), format!("{source_id}#{}", i + 1))
            };
            // Parts a millisecond apart, so they read in order.
            let at = at + chrono::Duration::milliseconds(i as i64);
            Item { source_id, entry: entry(at, tags.clone(), EntryBody::Note(Note { title, text: part })) }
        })
        .collect()
}

/// "Title (part 2 of 3)", shortened to fit a title.
fn part_title(title: &str, i: usize, n: usize) -> String {
    let suffix = format!("part {i} of {n}");
    if title.is_empty() {
        return capitalise(&suffix);
    }
    let room = MAX_SHORT_TEXT.saturating_sub(suffix.chars().count() + 4);
    let short: String = title.chars().take(room).collect();
    let ellipsis = if short.chars().count() < title.chars().count() { "…" } else { "" };
    format!("{}{ellipsis} ({suffix})", short.trim_end())
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Splits text into pieces of at most [`MAX_LONG_TEXT`] characters, at a paragraph break, else a line break, else a
/// space, else anywhere; every piece trimmed and none empty. Text that fits comes back whole.
pub(super) fn split_long(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    while rest.chars().count() > MAX_LONG_TEXT {
        // The byte index just past MAX_LONG_TEXT characters.
        let limit = rest.char_indices().nth(MAX_LONG_TEXT).map_or(rest.len(), |(i, _)| i);
        let window = &rest[..limit];
        let cut = ["\n\n", "\n", " "]
            .iter()
            .filter_map(|sep| window.rfind(sep).filter(|&i| i > limit / 2))
            .next()
            .unwrap_or(limit);
        let (head, tail) = rest.split_at(cut);
        out.push(head.trim().to_owned());
        rest = tail.trim_start();
    }
    if !rest.is_empty() || out.is_empty() {
        out.push(rest.trim().to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_splits_without_losing_a_word() {
        let para = "word ".repeat(3000);
        let text = format!("{para}\n\n{para}\n\n{para}\n\n{para}\n\n{para}");
        let parts = split_long(&text);
        assert!(parts.len() >= 2);
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_LONG_TEXT && !p.is_empty()));
        let words: usize = parts.iter().map(|p| p.split_whitespace().count()).sum();
        assert_eq!(words, 15_000);
        // One unbroken run of letters still splits.
        let run = "x".repeat(MAX_LONG_TEXT * 2 + 5);
        let parts = split_long(&run);
        assert_eq!(parts.iter().map(|p| p.len()).sum::<usize>(), run.len());
    }

    #[test]
    fn tidying_keeps_emoji_and_right_to_left_text() {
        assert_eq!(clean_text(" שלום 👋\r\nمرحبا\u{0007}"), "שלום 👋\nمرحبا");
        assert_eq!(one_line(" a\tb\nc "), "a b c");
    }

    #[test]
    fn too_many_tags_keep_the_first_twenty() {
        let mut tally = Tally::default();
        let tags = clean_tags((0..25).map(|i| format!("Tag{i}")).chain(["x".repeat(200)]), &mut tally);
        assert_eq!(tags.len(), MAX_TAGS);
        assert_eq!(tags[0], "tag0");
        assert_eq!(tally.tags_dropped, 6);
    }
}
