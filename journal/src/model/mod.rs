//! What people write: the typed entry model.
//!
//! One [`EntryBody`] variant per kind of entry. Every type here is what the vault stores (as JSON inside the encrypted
//! database), what export writes, and what the UI receives, so field names are part of the format: add, never rename.
//! [`validate_body`], [`validate_new_entry`] and [`validate_person`] check required fields, lengths and ranges before anything reaches the database.

mod validate;

pub use validate::{
    validate_body, validate_new_entry, validate_person, validate_tags, MAX_FEELINGS, MAX_LONG_TEXT, MAX_SHORT_TEXT,
    MAX_TAGS,
};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[cfg(feature = "ts")]
use ts_rs::TS;

/// An entry's id: a UUIDv7, so ids sort by creation time.
pub type EntryId = Uuid;
/// A person's id: a UUIDv7.
pub type PersonId = Uuid;

/// One journal entry as stored and shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    /// UUIDv7.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub id: EntryId,
    /// When it was first written (UTC); kept by edits.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub created_at: DateTime<Utc>,
    /// When it was last changed (UTC).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub updated_at: DateTime<Utc>,
    /// The writer's local calendar date when it was first written.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub local_date: NaiveDate,
    /// The writer's offset from UTC, in minutes, when it was first written.
    pub utc_offset_minutes: i32,
    /// People the entry is about (ids from [`Person`]).
    #[cfg_attr(feature = "ts", ts(type = "string[]"))]
    pub people: Vec<PersonId>,
    /// Free tags, lower-cased and trimmed.
    pub tags: Vec<String>,
    /// What was written.
    pub body: EntryBody,
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
}

impl EntryKind {
    /// Every kind, in the order menus show them.
    pub const ALL: [EntryKind; 6] = [
        EntryKind::CheckIn,
        EntryKind::Appreciation,
        EntryKind::Conflict,
        EntryKind::Vulnerability,
        EntryKind::SharedExperience,
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
        }
    }

    /// A short human label ("Check-in", "Shared experience").
    pub fn label(self) -> &'static str {
        match self {
            EntryKind::CheckIn => "Check-in",
            EntryKind::Appreciation => "Appreciation",
            EntryKind::Conflict => "Conflict reflection",
            EntryKind::Vulnerability => "Vulnerability prompt",
            EntryKind::SharedExperience => "Shared experience",
            EntryKind::Note => "Note",
        }
    }
}

impl std::str::FromStr for EntryKind {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        let norm = s.trim().to_ascii_lowercase().replace('-', "_");
        EntryKind::ALL.into_iter().find(|k| k.as_str() == norm).ok_or_else(|| {
            crate::Error::invalid(
                "kind",
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
        }
    }

    /// Every free-text field of the body, in reading order: what search indexes.
    pub fn texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        match self {
            EntryBody::CheckIn(c) => {
                out.extend(c.feelings.iter().map(String::as_str));
                out.extend([&c.whats_going_on, &c.hope, &c.concern, &c.need].map(String::as_str));
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
                out.extend([&c.their_perspective, &c.my_part, &c.repair, &c.learned].map(String::as_str));
            }
            EntryBody::Vulnerability(v) => out.extend([&v.prompt, &v.answer].map(String::as_str)),
            EntryBody::SharedExperience(s) => out.extend([&s.what, &s.meaningful].map(String::as_str)),
            EntryBody::Note(n) => out.extend([&n.title, &n.text].map(String::as_str)),
        }
        out.retain(|t| !t.is_empty());
        out
    }

    /// Feeling words named in the body (check-in feelings, conflict feelings), for the feeling filter.
    pub fn feelings(&self) -> &[String] {
        match self {
            EntryBody::CheckIn(c) => &c.feelings,
            EntryBody::Conflict(c) => &c.my_feelings,
            _ => &[],
        }
    }
}

/// A feelings check-in: where I am on the Mood Meter, the words for it, and what's underneath.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct CheckIn {
    /// How pleasant it feels, −5 (very unpleasant) to 5 (very pleasant).
    pub pleasantness: i8,
    /// How much energy there is, −5 (very low) to 5 (very high).
    pub energy: i8,
    /// Feeling words, from the vocabulary or my own. At least one.
    pub feelings: Vec<String>,
    /// What's going on.
    pub whats_going_on: String,
    /// A hope or dream.
    pub hope: String,
    /// A concern.
    pub concern: String,
    /// What I need.
    pub need: String,
}

/// The five love languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum LoveLanguage {
    /// Words of affirmation.
    Words,
    /// Acts of service.
    Service,
    /// Gifts.
    Gifts,
    /// Quality time.
    QualityTime,
    /// Physical touch.
    Touch,
}

impl LoveLanguage {
    /// Every love language.
    pub const ALL: [LoveLanguage; 5] = [
        LoveLanguage::Words,
        LoveLanguage::Service,
        LoveLanguage::Gifts,
        LoveLanguage::QualityTime,
        LoveLanguage::Touch,
    ];

    /// The stable name (`words`, `quality_time`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            LoveLanguage::Words => "words",
            LoveLanguage::Service => "service",
            LoveLanguage::Gifts => "gifts",
            LoveLanguage::QualityTime => "quality_time",
            LoveLanguage::Touch => "touch",
        }
    }

    /// A human label ("Words of affirmation").
    pub fn label(self) -> &'static str {
        match self {
            LoveLanguage::Words => "Words of affirmation",
            LoveLanguage::Service => "Acts of service",
            LoveLanguage::Gifts => "Gifts",
            LoveLanguage::QualityTime => "Quality time",
            LoveLanguage::Touch => "Physical touch",
        }
    }
}

impl std::str::FromStr for LoveLanguage {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let found = match norm.as_str() {
            "words" | "words_of_affirmation" | "affirmation" => Some(LoveLanguage::Words),
            "service" | "acts_of_service" | "acts" => Some(LoveLanguage::Service),
            "gifts" | "gift" | "receiving_gifts" => Some(LoveLanguage::Gifts),
            "quality_time" | "time" => Some(LoveLanguage::QualityTime),
            "touch" | "physical_touch" => Some(LoveLanguage::Touch),
            _ => None,
        };
        found.ok_or_else(|| {
            crate::Error::invalid(
                "love_language",
                format!("'{s}' is not a love language; choose one of: words, service, gifts, quality_time, touch"),
            )
        })
    }
}

/// An appreciation: something specific someone did, and why it mattered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Appreciation {
    /// Who it is for (also listed in the entry's people).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub for_whom: PersonId,
    /// The specific thing they did or are.
    pub what: String,
    /// Why it mattered to me.
    #[serde(default)]
    pub why: String,
    /// The love language it speaks.
    #[serde(default)]
    pub love_language: Option<LoveLanguage>,
    /// Whether I have told them.
    #[serde(default)]
    pub told: bool,
}

/// The four horsemen: patterns that hurt a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Horseman {
    /// Attacking the person rather than the problem. Antidote: a gentle start-up.
    Criticism,
    /// Scorn, mockery, superiority. Antidote: a culture of appreciation.
    Contempt,
    /// Counter-attacking or playing the victim. Antidote: taking responsibility.
    Defensiveness,
    /// Shutting down and withdrawing. Antidote: self-soothing, then coming back.
    Stonewalling,
}

impl Horseman {
    /// All four.
    pub const ALL: [Horseman; 4] =
        [Horseman::Criticism, Horseman::Contempt, Horseman::Defensiveness, Horseman::Stonewalling];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Horseman::Criticism => "criticism",
            Horseman::Contempt => "contempt",
            Horseman::Defensiveness => "defensiveness",
            Horseman::Stonewalling => "stonewalling",
        }
    }

    /// Its antidote, as a short label.
    pub fn antidote(self) -> &'static str {
        match self {
            Horseman::Criticism => "Gentle start-up",
            Horseman::Contempt => "Appreciation and respect",
            Horseman::Defensiveness => "Taking responsibility",
            Horseman::Stonewalling => "Self-soothing",
        }
    }

    /// One plain sentence on what it looks like.
    pub fn explanation(self) -> &'static str {
        match self {
            Horseman::Criticism => "Turning a complaint about something that happened into a verdict on who someone is (\"you always…\", \"you never…\").",
            Horseman::Contempt => "Speaking from above: sarcasm, eye-rolling, mockery, or name-calling.",
            Horseman::Defensiveness => "Answering a concern with an excuse or a counter-complaint instead of hearing it.",
            Horseman::Stonewalling => "Going quiet and closing off, often because the feelings got too big to stay present.",
        }
    }

    /// One plain sentence on how its antidote sounds.
    pub fn antidote_hint(self) -> &'static str {
        match self {
            Horseman::Criticism => "Talk about your feeling and a specific situation, then ask for what you need.",
            Horseman::Contempt => "Remember what you value in them, and say what you need with respect.",
            Horseman::Defensiveness => "Find the part that is yours, even a small one, and own it.",
            Horseman::Stonewalling => "Say you need a break, take twenty minutes to calm your body, then come back.",
        }
    }
}

impl std::str::FromStr for Horseman {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        let norm = s.trim().to_ascii_lowercase();
        Horseman::ALL.into_iter().find(|h| h.as_str() == norm).ok_or_else(|| {
            crate::Error::invalid(
                "horsemen",
                format!("'{s}' is not one of criticism, contempt, defensiveness, stonewalling"),
            )
        })
    }
}

/// Whose behaviour a horseman describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Whose {
    /// Mine.
    Mine,
    /// Theirs.
    Theirs,
}

/// One horseman that showed up, and the antidote rewrite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct HorsemanNote {
    /// Which one.
    pub horseman: Horseman,
    /// Mine or theirs.
    pub whose: Whose,
    /// How it could have sounded with the antidote.
    #[serde(default)]
    pub rewrite: String,
}

/// An I-statement: I feel … when … because …; I need ….
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct IStatement {
    /// I feel …
    pub feel: String,
    /// when …
    pub when: String,
    /// because …
    pub because: String,
    /// I need …
    pub need: String,
}

/// Where a conflict stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum ConflictStatus {
    /// Still open.
    #[default]
    Open,
    /// We have repaired, even if not everything is settled.
    Repaired,
    /// Settled.
    Resolved,
}

impl ConflictStatus {
    /// Every status, in the order a conflict moves through them.
    pub const ALL: [ConflictStatus; 3] = [ConflictStatus::Open, ConflictStatus::Repaired, ConflictStatus::Resolved];

    /// The stable name (`open`, `repaired`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictStatus::Open => "open",
            ConflictStatus::Repaired => "repaired",
            ConflictStatus::Resolved => "resolved",
        }
    }

    /// How it reads in a sentence or a list ("Still open").
    pub fn label(self) -> &'static str {
        match self {
            ConflictStatus::Open => "Still open",
            ConflictStatus::Repaired => "We've repaired",
            ConflictStatus::Resolved => "Settled",
        }
    }

    /// Whether a conflict standing this way is one to come back to.
    pub fn needs_revisit(self) -> bool {
        matches!(self, ConflictStatus::Open)
    }
}

impl std::str::FromStr for ConflictStatus {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "open" => Ok(ConflictStatus::Open),
            "repaired" => Ok(ConflictStatus::Repaired),
            "resolved" => Ok(ConflictStatus::Resolved),
            _ => Err(crate::Error::invalid("status", format!("'{s}' is not one of open, repaired, resolved"))),
        }
    }
}

/// A conflict reflection, step by step.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct ConflictReflection {
    /// What happened: the facts, as a camera would have seen them. Required.
    pub what_happened: String,
    /// My feelings (words).
    pub my_feelings: Vec<String>,
    /// My I-statement.
    pub i_statement: IStatement,
    /// Which horsemen showed up, mine and theirs, with rewrites.
    pub horsemen: Vec<HorsemanNote>,
    /// How it might have looked from their side.
    pub their_perspective: String,
    /// My part in it.
    pub my_part: String,
    /// Repair tried or planned.
    pub repair: String,
    /// What we learned.
    pub learned: String,
    /// Where it stands.
    pub status: ConflictStatus,
}

/// An answer to a prompt from the vulnerability deck.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct Vulnerability {
    /// The prompt's id in the deck (empty for a prompt of my own).
    pub prompt_id: String,
    /// The prompt's text as it was asked (kept, so later deck changes don't alter old entries).
    pub prompt: String,
    /// My answer. Required.
    pub answer: String,
    /// Whether I shared it with them.
    pub shared: bool,
}

/// Something we did together.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct SharedExperience {
    /// What we did. Required.
    pub what: String,
    /// What made it meaningful.
    pub meaningful: String,
    /// How close I felt, 1–5.
    pub closeness: u8,
}

/// A free note.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct Note {
    /// An optional title.
    pub title: String,
    /// The text. Required.
    pub text: String,
}

/// How someone is related to me.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    /// A partner.
    Partner,
    /// Family.
    Family,
    /// A friend.
    Friend,
    /// A therapist or counsellor.
    Therapist,
    /// Anyone else.
    #[default]
    Other,
}

impl std::str::FromStr for Relationship {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "partner" => Ok(Relationship::Partner),
            "family" => Ok(Relationship::Family),
            "friend" => Ok(Relationship::Friend),
            "therapist" | "counsellor" | "counselor" => Ok(Relationship::Therapist),
            "other" => Ok(Relationship::Other),
            _ => Err(crate::Error::invalid(
                "relationship",
                format!("'{s}' is not one of partner, family, friend, therapist, other"),
            )),
        }
    }
}

/// Someone in my life that entries can be about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// UUIDv7.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub id: PersonId,
    /// Their name as I call them; unique in the journal, ignoring case.
    pub name: String,
    /// How they are related to me.
    pub relationship: Relationship,
    /// Their love language, as I understand it.
    pub love_language: Option<LoveLanguage>,
}

/// The fields of a person a writer chooses (for add and edit).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    /// Their name.
    pub name: String,
    /// How they are related to me.
    #[serde(default)]
    pub relationship: Relationship,
    /// Their love language, as I understand it.
    #[serde(default)]
    pub love_language: Option<LoveLanguage>,
}
