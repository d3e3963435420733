//! The entry itself: its common fields, its kind, and its body (one variant per kind).

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

#[cfg(doc)]
use super::Person;
use super::{
    Appreciation, CheckIn, ConflictReflection, EntryId, Listening, LookBack, Note, PersonId, Promise, Reaching,
    SharedExperience, Vulnerability,
};

/// One journal entry as stored and shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    /// UUIDv7.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub id: EntryId,
    /// The moment it is about (UTC): when it was written, unless the writer chose another time (see
    /// [`NewEntry::at`]). Timeline order; kept by edits that don't choose a new time.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub created_at: DateTime<Utc>,
    /// When it was last changed (UTC).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub updated_at: DateTime<Utc>,
    /// The writer's local calendar date at `created_at`.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub local_date: NaiveDate,
    /// The writer's offset from UTC, in minutes, at `created_at`.
    pub utc_offset_minutes: i32,
    /// People the entry is about (ids from [`Person`]).
    #[cfg_attr(feature = "ts", ts(type = "string[]"))]
    pub people: Vec<PersonId>,
    /// Free tags, lower-cased and trimmed.
    pub tags: Vec<String>,
    /// What was written.
    pub body: EntryBody,
}

impl Entry {
    /// The moment it is about on the clock where it was written: `created_at` at the writer's offset (what every
    /// shell shows as its time, and what orders a day, see [`crate::timeline::shown_order`]).
    pub fn local_time(&self) -> DateTime<FixedOffset> {
        self.on_writers_clock(self.created_at)
    }

    /// Any moment of this entry (its `created_at`, its `updated_at`) on the clock where it was written: at the
    /// writer's offset then.
    pub fn on_writers_clock(&self, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        let offset = FixedOffset::east_opt(self.utc_offset_minutes.saturating_mul(60)).unwrap_or(Utc.fix());
        at.with_timezone(&offset)
    }
}

/// What a person asks to write: the body plus the common fields the writer chooses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct NewEntry {
    /// People the entry is about.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(type = "string[]"))]
    pub people: Vec<PersonId>,
    /// Free tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// What was written.
    pub body: EntryBody,
    /// The local date and time it is about, with the writer's offset, when not now: an entry about yesterday
    /// evening. `None` means now for a new entry and "unchanged" for an edit. Checked by [`super::check_when`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional, type = "string"))]
    pub at: Option<DateTime<FixedOffset>>,
}

/// The kinds of entry, without their content: for filters and listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// A feelings check-in.
    CheckIn,
    /// An appreciation of someone.
    Appreciation,
    /// A reflection on a conflict.
    Conflict,
    /// An answer to a vulnerability prompt.
    Vulnerability,
    /// A shared experience.
    SharedExperience,
    /// A free note.
    Note,
    /// Listening together: two turns of speaking and saying back what was heard.
    Listening,
    /// A reflection on a moment of reaching for closeness or pulling away.
    Reaching,
    /// A promise: what I said I'd do, for whom, by when.
    Promise,
    /// The weekly look back.
    LookBack,
}

impl EntryKind {
    /// Every kind, in the order menus show them.
    pub const ALL: [EntryKind; 10] = [
        EntryKind::CheckIn,
        EntryKind::Listening,
        EntryKind::Appreciation,
        EntryKind::Conflict,
        EntryKind::Reaching,
        EntryKind::Vulnerability,
        EntryKind::SharedExperience,
        EntryKind::Promise,
        EntryKind::LookBack,
        EntryKind::Note,
    ];

    /// The stable name used in storage, the CLI and export (`check_in`, `shared_experience`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::CheckIn => "check_in",
            EntryKind::Appreciation => "appreciation",
            EntryKind::Conflict => "conflict",
            EntryKind::Vulnerability => "vulnerability",
            EntryKind::SharedExperience => "shared_experience",
            EntryKind::Note => "note",
            EntryKind::Listening => "listening",
            EntryKind::Reaching => "reaching",
            EntryKind::Promise => "promise",
            EntryKind::LookBack => "look_back",
        }
    }
}

impl std::str::FromStr for EntryKind {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        let norm = s.trim().to_ascii_lowercase().replace('-', "_");
        EntryKind::ALL.into_iter().find(|k| k.as_str() == norm).ok_or_else(|| {
            crate::Error::invalid(
                crate::Field::Kind,
                format!(
                    "'{s}' is not a kind of entry; choose one of: {}",
                    EntryKind::ALL.map(|k| k.as_str()).join(", ")
                ),
            )
        })
    }
}

impl std::fmt::Display for EntryKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The content of an entry, one variant per kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EntryBody {
    /// A feelings check-in.
    CheckIn(CheckIn),
    /// An appreciation of someone.
    Appreciation(Appreciation),
    /// A reflection on a conflict.
    Conflict(ConflictReflection),
    /// An answer to a vulnerability prompt.
    Vulnerability(Vulnerability),
    /// A shared experience.
    SharedExperience(SharedExperience),
    /// A free note.
    Note(Note),
    /// Listening together.
    Listening(Listening),
    /// Reaching and pulling away.
    Reaching(Reaching),
    /// A promise.
    Promise(Promise),
    /// The weekly look back.
    LookBack(LookBack),
}

impl EntryBody {
    /// Which kind of entry this is.
    pub fn kind(&self) -> EntryKind {
        match self {
            EntryBody::CheckIn(_) => EntryKind::CheckIn,
            EntryBody::Appreciation(_) => EntryKind::Appreciation,
            EntryBody::Conflict(_) => EntryKind::Conflict,
            EntryBody::Vulnerability(_) => EntryKind::Vulnerability,
            EntryBody::SharedExperience(_) => EntryKind::SharedExperience,
            EntryBody::Note(_) => EntryKind::Note,
            EntryBody::Listening(_) => EntryKind::Listening,
            EntryBody::Reaching(_) => EntryKind::Reaching,
            EntryBody::Promise(_) => EntryKind::Promise,
            EntryBody::LookBack(_) => EntryKind::LookBack,
        }
    }

    /// The person the entry is for (an appreciation's, a promise's), if it names one. The entry is about them too.
    pub fn for_whom(&self) -> Option<PersonId> {
        match self {
            EntryBody::Appreciation(a) => Some(a.for_whom),
            EntryBody::Promise(p) => p.for_whom,
            _ => None,
        }
    }

    /// Every free-text field of the body, in reading order: what search indexes.
    pub fn texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        match self {
            EntryBody::CheckIn(c) => {
                out.extend(c.feelings.iter().map(String::as_str));
                out.extend([&c.whats_going_on, &c.hope, &c.concern, &c.need].map(String::as_str));
                out.extend(c.next_step.iter().map(|s| s.text.as_str()));
                out.extend(c.last_step.iter().map(|s| s.note.as_str()));
            }
            EntryBody::Appreciation(a) => out.extend([&a.what, &a.why].map(String::as_str)),
            EntryBody::Conflict(c) => {
                out.push(&c.what_happened);
                out.extend(c.my_feelings.iter().map(String::as_str));
                out.extend(
                    [&c.i_statement.feel, &c.i_statement.when, &c.i_statement.because, &c.i_statement.need]
                        .map(String::as_str),
                );
                out.extend(c.horsemen.iter().map(|h| h.rewrite.as_str()));
                out.extend([&c.their_perspective, &c.my_part, &c.repair, &c.learned, &c.since].map(String::as_str));
            }
            EntryBody::Vulnerability(v) => out.extend([&v.prompt, &v.answer].map(String::as_str)),
            EntryBody::SharedExperience(s) => out.extend([&s.what, &s.meaningful].map(String::as_str)),
            EntryBody::Note(n) => out.extend([&n.title, &n.text].map(String::as_str)),
            EntryBody::Listening(l) => {
                for t in &l.turns {
                    out.extend([&t.about, &t.heard, &t.missed, &t.question].map(String::as_str));
                }
                out.push(&l.afterwards);
            }
            EntryBody::Reaching(r) => {
                out.push(&r.moment);
                out.extend(r.felt.iter().map(String::as_str));
                out.extend([&r.did, &r.might_have_helped, &r.steady_response].map(String::as_str));
            }
            EntryBody::Promise(p) => out.extend([&p.what, &p.how_it_went].map(String::as_str)),
            EntryBody::LookBack(l) => out.extend(l.parts().map(|(_, t)| t)),
        }
        out.retain(|t| !t.is_empty());
        out
    }

    /// Feeling words named in the body (check-in feelings, conflict feelings, what I felt when reaching or pulling
    /// away), for the feeling filter.
    pub fn feelings(&self) -> &[String] {
        match self {
            EntryBody::CheckIn(c) => &c.feelings,
            EntryBody::Conflict(c) => &c.my_feelings,
            EntryBody::Reaching(r) => &r.felt,
            _ => &[],
        }
    }
}
