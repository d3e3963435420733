//! A brief for a therapist: chosen entries, grouped by kind, with a cover line and "what I want to talk about",
//! written as PDF or Markdown to a file only its owner can read.
//!
//! [`Journal::brief`] gathers the entries (by date range, people and kinds, or hand-picked) into a [`Brief`]: plain
//! labelled text, the same for the preview, the Markdown and the PDF, so what the person previews is what they
//! save. [`Journal::write_brief`] writes it where the person chose, atomically and owner-only; nothing else is
//! written outside the vault.

pub(crate) mod fields;
mod markdown;
mod pdf;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::model::{Entry, EntryId, EntryKind, PersonId, MAX_LONG_TEXT};
use crate::timeline::{Filter, TimelineQuery};
use crate::{Error, Journal, Result};

pub use fields::{BriefField, DayWriter};

/// An entry's filled-in fields under plain labels, as a brief shows them (tags not included): for shells that show
/// an entry in full. `name` gives a person's name from their id; `day` writes a day (with its year or without), so a
/// shell can write dates in the reader's locale.
pub fn entry_fields(entry: &Entry, name: &dyn Fn(&PersonId) -> String, day: DayWriter<'_>) -> Vec<BriefField> {
    fields::fields(entry, name, day)
}

/// At most this many entries in one brief: enough for months between sessions, few enough to read in one.
pub const MAX_BRIEF_ENTRIES: usize = 500;

/// What goes into a brief.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct BriefRequest {
    /// Hand-picked entries, in any order. When given, they are the brief, and the filters below are not used.
    #[cfg_attr(feature = "ts", ts(type = "string[]"))]
    pub entries: Vec<EntryId>,
    /// The first day (inclusive).
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub from: Option<NaiveDate>,
    /// The last day (inclusive).
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub to: Option<NaiveDate>,
    /// Only entries about at least one of these people (all entries when empty).
    #[cfg_attr(feature = "ts", ts(type = "string[]"))]
    pub people: Vec<PersonId>,
    /// Only these kinds (all kinds when empty).
    pub kinds: Vec<EntryKind>,
    /// Only entries with this tag.
    pub tag: Option<String>,
    /// Only entries naming this feeling.
    pub feeling: Option<String>,
    /// What I want to talk about: goes first, after the cover line.
    pub talk_about: String,
}

/// The formats a brief is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum BriefFormat {
    /// A PDF to print or send, fonts embedded.
    Pdf,
    /// Markdown, to read or paste.
    Markdown,
}

impl BriefFormat {
    /// The file extension (`pdf`, `md`).
    pub fn extension(self) -> &'static str {
        match self {
            BriefFormat::Pdf => "pdf",
            BriefFormat::Markdown => "md",
        }
    }
}

impl std::str::FromStr for BriefFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "pdf" => Ok(BriefFormat::Pdf),
            "markdown" | "md" => Ok(BriefFormat::Markdown),
            _ => Err(Error::invalid(
                crate::Field::Format,
                format!("'{s}' is not a brief format; choose pdf or markdown"),
            )),
        }
    }
}

/// A brief, ready to preview or write: plain text in labelled parts.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Brief {
    /// "For my next session".
    pub title: String,
    /// The range and the day it was written, e.g. "Entries from 3 March 2026 to 17 March 2026 · written 18 March 2026".
    pub cover_line: String,
    /// What I want to talk about (may be empty).
    pub talk_about: String,
    /// The entries, grouped by kind in the usual order of kinds, oldest first within a kind.
    pub groups: Vec<BriefGroup>,
    /// How many entries in all.
    pub entry_count: u32,
}

/// The entries of one kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct BriefGroup {
    /// The kind.
    pub kind: EntryKind,
    /// Its heading, e.g. "Check-ins".
    pub heading: String,
    /// Its entries.
    pub entries: Vec<BriefEntry>,
}

/// One entry in a brief.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct BriefEntry {
    /// The entry's id.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub id: EntryId,
    /// When it was written, in the writer's time then: "Tuesday 3 March 2026, 14:05".
    pub when: String,
    /// Who it is about, by name.
    pub people: Vec<String>,
    /// Its filled-in fields, in reading order.
    pub fields: Vec<BriefField>,
}

impl Journal {
    /// Gathers a brief. `today` is the day it is written (for the cover line).
    ///
    /// Hand-picked entries must all exist ([`Error::NotFound`] names the first that doesn't). A range that ends
    /// before it starts, a brief with no entries, or one with more than [`MAX_BRIEF_ENTRIES`] is a validation error
    /// saying what to change.
    pub fn brief(&self, request: &BriefRequest, today: NaiveDate) -> Result<Brief> {
        if request.talk_about.chars().count() > MAX_LONG_TEXT {
            return Err(Error::invalid(crate::Field::TalkAbout, format!("keep it under {MAX_LONG_TEXT} characters")));
        }
        let mut entries =
            if request.entries.is_empty() { self.brief_by_filter(request)? } else { self.brief_by_id(request)? };
        if entries.is_empty() {
            return Err(Error::invalid(
                crate::Field::Entries,
                "no entries match; choose a wider range, or other people or kinds",
            ));
        }
        if entries.len() > MAX_BRIEF_ENTRIES {
            return Err(Error::invalid(
                crate::Field::Entries,
                // Reading stops one past the limit, so the true count isn't known: say "more than".
                format!(
                    "more than {MAX_BRIEF_ENTRIES} entries match; a brief holds up to {MAX_BRIEF_ENTRIES}, so choose a \
                     shorter range or fewer kinds"
                ),
            ));
        }
        entries.sort_by_key(|e| (e.created_at, e.id));
        let names: HashMap<PersonId, String> = self.people()?.into_iter().map(|p| (p.id, p.name)).collect();
        let name = |id: &PersonId| names.get(id).cloned().unwrap_or_else(|| "someone no longer in the journal".into());
        let groups = EntryKind::ALL
            .iter()
            .filter_map(|kind| {
                let of_kind: Vec<BriefEntry> = entries
                    .iter()
                    .filter(|e| e.body.kind() == *kind)
                    .map(|e| BriefEntry {
                        id: e.id,
                        when: fields::own_time(e, e.created_at),
                        people: e.people.iter().map(&name).collect(),
                        fields: with_tags(fields::fields(e, &name, &fields::own_day), &e.tags),
                    })
                    .collect();
                (!of_kind.is_empty()).then(|| BriefGroup {
                    kind: *kind,
                    heading: kind.heading().into(),
                    entries: of_kind,
                })
            })
            .collect();
        let first = entries.first().map(|e| e.local_date);
        let last = entries.last().map(|e| e.local_date);
        let from = request.entries.is_empty().then_some(request.from).flatten().or(first);
        let to = request.entries.is_empty().then_some(request.to).flatten().or(last);
        Ok(Brief {
            title: "For my next session".into(),
            cover_line: cover_line(from, to, today),
            talk_about: request.talk_about.trim().to_string(),
            groups,
            entry_count: entries.len() as u32,
        })
    }

    /// Writes the brief to `path` in `format`, replacing the file atomically and readable only by its owner.
    pub fn write_brief(
        &self,
        request: &BriefRequest,
        format: BriefFormat,
        path: &Path,
        today: NaiveDate,
    ) -> Result<Brief> {
        let brief = self.brief(request, today)?;
        let bytes = brief.render(format)?;
        crate::files::write_private(path, &bytes)?;
        Ok(brief)
    }

    fn brief_by_id(&self, request: &BriefRequest) -> Result<Vec<Entry>> {
        let mut ids = request.entries.clone();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() > MAX_BRIEF_ENTRIES {
            return Err(Error::invalid(crate::Field::Entries, format!("choose up to {MAX_BRIEF_ENTRIES} entries")));
        }
        ids.into_iter().map(|id| self.entry(id)).collect()
    }

    fn brief_by_filter(&self, request: &BriefRequest) -> Result<Vec<Entry>> {
        let filter = Filter {
            kinds: request.kinds.clone(),
            person: None,
            tag: request.tag.clone(),
            feeling: request.feeling.clone(),
            from: request.from,
            to: request.to,
        };
        let mut query = TimelineQuery { filter, after: None, start: None, limit: 200 };
        let mut out = Vec::new();
        loop {
            let page = self.timeline(&query)?;
            let about = |e: &Entry| request.people.is_empty() || e.people.iter().any(|p| request.people.contains(p));
            out.extend(page.entries.into_iter().filter(about));
            // One past the limit is enough to say "too many".
            if out.len() > MAX_BRIEF_ENTRIES {
                break;
            }
            match page.next {
                Some(next) => query.after = Some(next),
                None => break,
            }
        }
        Ok(out)
    }
}

impl Brief {
    /// The brief as a file's bytes.
    pub fn render(&self, format: BriefFormat) -> Result<Vec<u8>> {
        match format {
            BriefFormat::Markdown => Ok(self.to_markdown().into_bytes()),
            BriefFormat::Pdf => self.to_pdf(),
        }
    }

    /// The brief as Markdown.
    pub fn to_markdown(&self) -> String {
        markdown::render(self)
    }

    /// The brief as a PDF, fonts embedded, with page numbers.
    pub fn to_pdf(&self) -> Result<Vec<u8>> {
        pdf::render(self)
    }
}

fn with_tags(mut fields: Vec<BriefField>, tags: &[String]) -> Vec<BriefField> {
    if !tags.is_empty() {
        fields.push(BriefField { label: "Tags".into(), text: tags.join(", "), long: false });
    }
    fields
}

fn cover_line(from: Option<NaiveDate>, to: Option<NaiveDate>, today: NaiveDate) -> String {
    let day = |d: NaiveDate| d.format("%-d %B %Y").to_string();
    let range = match (from, to) {
        (Some(f), Some(t)) if f == t => format!("Entries from {}", day(f)),
        (Some(f), Some(t)) => format!("Entries from {} to {}", day(f), day(t)),
        (Some(f), None) => format!("Entries since {}", day(f)),
        (None, Some(t)) => format!("Entries up to {}", day(t)),
        (None, None) => "Entries".into(),
    };
    format!("{range} · written {}", day(today))
}
