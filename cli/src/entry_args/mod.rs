//! The flags for writing entries: one struct per kind for `add`, each turned into [`EntryFields`] (what `edit`
//! takes). The parsers for their values are in `values.rs`.

mod values;

use clap::{Args, Subcommand};

use attune_journal::model::{ConflictStatus, HorsemanNote, LoveLanguage, PromiseOutcome};
use attune_journal::EntryKind;
use chrono::NaiveDate;

pub use crate::entry_fields::EntryFields;
pub use crate::practice_args::{ListeningArgs, ReachingArgs};
pub use values::{
    parse_day, parse_day_or_none, parse_got_it, parse_horseman, parse_kind, parse_love_language,
    parse_optional_love_language, parse_outcome, parse_relationship, parse_status, parse_urge, DayOrNone,
    OptionalLoveLanguage,
};

/// `attune add <kind>`.
#[derive(Debug, Subcommand)]
pub enum AddKind {
    /// How I feel right now, on the Mood Meter and in words
    CheckIn(CheckInArgs),
    /// Something specific someone did, and why it mattered
    Appreciation(AppreciationArgs),
    /// A reflection on a conflict, step by step
    Conflict(ConflictArgs),
    /// Opening up: an answer to a question from the deck (today's, unless --prompt names another)
    Vulnerability(VulnerabilityArgs),
    /// Something we did together
    SharedExperience(SharedArgs),
    /// Listening together: one of you speaks, the other says back what they heard; then swap
    Listening(ListeningArgs),
    /// A moment of distance: what I felt, what I wanted to do (reach, pull away, both) and what I did
    Reaching(ReachingArgs),
    /// A free note
    Note(NoteArgs),
    /// A promise: what I said I'd do, for whom, by when (later: kept, changed or not yet)
    Promise(PromiseArgs),
    /// The weekly look back: the week just past, a line for each step you like (at least one)
    LookBack(LookBackArgs),
}

/// Fields every kind has.
#[derive(Debug, Clone, Default, Args)]
pub struct CommonArgs {
    /// Someone the entry is about (repeat for several; add them first with `attune people add`)
    #[arg(long = "person", short = 'p', value_name = "NAME")]
    pub people: Vec<String>,
    /// A tag (repeat, or separate with commas)
    #[arg(long = "tag", short = 't', value_name = "TAG", value_delimiter = ',')]
    pub tags: Vec<String>,
    /// When it was, if not now: 2024-03-01, "2024-03-01 20:15", "yesterday 8pm", 20:15 (local time)
    #[arg(long, value_name = "WHEN")]
    pub date: Option<String>,
}

/// `attune add check-in`.
#[derive(Debug, Args)]
#[command(allow_negative_numbers = true)]
pub struct CheckInArgs {
    /// How pleasant it feels, from -5 to 5
    #[arg(long, default_value_t = 0)]
    pub pleasantness: i64,
    /// How much energy there is, from -5 to 5
    #[arg(long, default_value_t = 0)]
    pub energy: i64,
    /// A feeling word (repeat, or separate with commas); `attune feelings` lists some
    #[arg(long = "feeling", short = 'f', value_name = "WORD", value_delimiter = ',')]
    pub feelings: Vec<String>,
    /// What's going on [default: from $EDITOR on a terminal, else stdin; `-` reads stdin]
    #[arg(long)]
    pub text: Option<String>,
    /// A hope or a dream
    #[arg(long)]
    pub hope: Option<String>,
    /// A concern
    #[arg(long)]
    pub concern: Option<String>,
    /// What I need
    #[arg(long)]
    pub need: Option<String>,
    /// People and tags.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `attune add appreciation`.
#[derive(Debug, Args)]
pub struct AppreciationArgs {
    /// Who it is for
    #[arg(long = "for", value_name = "NAME")]
    pub for_whom: String,
    /// What they did [default: from $EDITOR on a terminal, else stdin; `-` reads stdin]
    #[arg(long)]
    pub what: Option<String>,
    /// Why it mattered to me
    #[arg(long)]
    pub why: Option<String>,
    /// words, service, gifts, quality_time or touch
    #[arg(long, value_name = "LANGUAGE", value_parser = parse_love_language)]
    pub love_language: Option<LoveLanguage>,
    /// I've told them
    #[arg(long)]
    pub told: bool,
    /// People and tags.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `attune add conflict`.
#[derive(Debug, Args)]
pub struct ConflictArgs {
    /// What happened, as a camera would have seen it [default: from $EDITOR on a terminal, else stdin]
    #[arg(long)]
    pub what_happened: Option<String>,
    /// A feeling word (repeat, or separate with commas)
    #[arg(long = "feeling", short = 'f', value_name = "WORD", value_delimiter = ',')]
    pub feelings: Vec<String>,
    /// I feel ...
    #[arg(long)]
    pub i_feel: Option<String>,
    /// ... when ...
    #[arg(long)]
    pub when: Option<String>,
    /// ... because ...
    #[arg(long)]
    pub because: Option<String>,
    /// I need ...
    #[arg(long)]
    pub i_need: Option<String>,
    /// A horseman that showed up, as WHICH:WHOSE[:REWRITE], e.g. criticism:mine:"I felt alone when..."
    #[arg(long = "horseman", value_name = "WHICH:WHOSE[:REWRITE]", value_parser = parse_horseman)]
    pub horsemen: Vec<HorsemanNote>,
    /// How it might have looked from their side
    #[arg(long)]
    pub their_perspective: Option<String>,
    /// My part in it
    #[arg(long)]
    pub my_part: Option<String>,
    /// Repair tried or planned
    #[arg(long)]
    pub repair: Option<String>,
    /// What we learned
    #[arg(long)]
    pub learned: Option<String>,
    /// open, repairing, repaired or resolved
    #[arg(long, value_parser = parse_status)]
    pub status: Option<ConflictStatus>,
    /// People and tags.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `attune add vulnerability`.
#[derive(Debug, Args)]
pub struct VulnerabilityArgs {
    /// The prompt's id (`attune prompts` lists them) [default: today's prompt]
    #[arg(long, value_name = "ID")]
    pub prompt: Option<String>,
    /// A question of my own instead of one from the deck
    #[arg(long, value_name = "QUESTION", conflicts_with = "prompt")]
    pub own_prompt: Option<String>,
    /// My answer [default: from $EDITOR on a terminal, else stdin; `-` reads stdin]
    #[arg(long)]
    pub answer: Option<String>,
    /// I shared it with them
    #[arg(long)]
    pub shared: bool,
    /// People and tags.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `attune add shared-experience`.
#[derive(Debug, Args)]
#[command(allow_negative_numbers = true)]
pub struct SharedArgs {
    /// What we did [default: from $EDITOR on a terminal, else stdin; `-` reads stdin]
    #[arg(long)]
    pub what: Option<String>,
    /// What made it meaningful
    #[arg(long)]
    pub meaningful: Option<String>,
    /// How close I felt, from 1 to 5
    #[arg(long, default_value_t = 3)]
    pub closeness: i64,
    /// People and tags.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `attune add note`.
#[derive(Debug, Args)]
pub struct NoteArgs {
    /// A title
    #[arg(long)]
    pub title: Option<String>,
    /// The note [default: from $EDITOR on a terminal, else stdin; `-` reads stdin]
    pub text: Option<String>,
    /// People and tags.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `attune add promise`.
#[derive(Debug, Args)]
pub struct PromiseArgs {
    /// What I said I'd do [default: from $EDITOR on a terminal, else stdin; `-` reads stdin]
    #[arg(long)]
    pub what: Option<String>,
    /// Who it is for
    #[arg(long = "for", value_name = "NAME")]
    pub for_whom: Option<String>,
    /// By when, as YYYY-MM-DD
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub by: Option<NaiveDate>,
    /// not_yet, kept or changed
    #[arg(long, value_parser = parse_outcome)]
    pub outcome: Option<PromiseOutcome>,
    /// A line on how it went
    #[arg(long)]
    pub how_it_went: Option<String>,
    /// People and tags.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `attune add look-back`.
#[derive(Debug, Args)]
pub struct LookBackArgs {
    /// The week's first day, as YYYY-MM-DD [default: six days before today]
    #[arg(long = "week-from", value_name = "DATE", value_parser = parse_day)]
    pub from: Option<NaiveDate>,
    /// The week's last day, as YYYY-MM-DD [default: today]
    #[arg(long = "week-to", value_name = "DATE", value_parser = parse_day)]
    pub to: Option<NaiveDate>,
    /// How the week felt
    #[arg(long)]
    pub mood: Option<String>,
    /// A moment of closeness
    #[arg(long)]
    pub closeness_moment: Option<String>,
    /// Appreciations to tell
    #[arg(long)]
    pub appreciations: Option<String>,
    /// What is still open (conflicts)
    #[arg(long)]
    pub still_open: Option<String>,
    /// Promises coming up
    #[arg(long)]
    pub promises: Option<String>,
    /// One thing to ask for
    #[arg(long)]
    pub ask_for: Option<String>,
    /// One thing to plan together
    #[arg(long)]
    pub plan_together: Option<String>,
    /// People and tags.
    #[command(flatten)]
    pub common: CommonArgs,
}

impl AddKind {
    /// The kind of entry, and its fields in the shape `edit` uses.
    pub fn into_fields(self) -> (EntryKind, EntryFields) {
        match self {
            AddKind::CheckIn(a) => (
                EntryKind::CheckIn,
                EntryFields {
                    people: a.common.people,
                    tags: a.common.tags,
                    date: a.common.date,
                    pleasantness: Some(a.pleasantness),
                    energy: Some(a.energy),
                    feelings: a.feelings,
                    text: a.text,
                    hope: a.hope,
                    concern: a.concern,
                    need: a.need,
                    ..EntryFields::default()
                },
            ),
            AddKind::Appreciation(a) => (
                EntryKind::Appreciation,
                EntryFields {
                    people: a.common.people,
                    tags: a.common.tags,
                    date: a.common.date,
                    for_whom: Some(a.for_whom),
                    what: a.what,
                    why: a.why,
                    love_language: a.love_language.map(|l| OptionalLoveLanguage(Some(l))),
                    told: Some(a.told),
                    ..EntryFields::default()
                },
            ),
            AddKind::Conflict(a) => (
                EntryKind::Conflict,
                EntryFields {
                    people: a.common.people,
                    tags: a.common.tags,
                    date: a.common.date,
                    what_happened: a.what_happened,
                    feelings: a.feelings,
                    i_feel: a.i_feel,
                    when: a.when,
                    because: a.because,
                    i_need: a.i_need,
                    horsemen: a.horsemen,
                    their_perspective: a.their_perspective,
                    my_part: a.my_part,
                    repair: a.repair,
                    learned: a.learned,
                    status: a.status,
                    ..EntryFields::default()
                },
            ),
            AddKind::Vulnerability(a) => (
                EntryKind::Vulnerability,
                EntryFields {
                    people: a.common.people,
                    tags: a.common.tags,
                    date: a.common.date,
                    prompt: a.prompt,
                    own_prompt: a.own_prompt,
                    answer: a.answer,
                    shared: Some(a.shared),
                    ..EntryFields::default()
                },
            ),
            AddKind::SharedExperience(a) => (
                EntryKind::SharedExperience,
                EntryFields {
                    people: a.common.people,
                    tags: a.common.tags,
                    date: a.common.date,
                    what: a.what,
                    meaningful: a.meaningful,
                    closeness: Some(a.closeness),
                    ..EntryFields::default()
                },
            ),
            AddKind::Listening(a) => (EntryKind::Listening, a.into_fields()),
            AddKind::Reaching(a) => (EntryKind::Reaching, a.into_fields()),
            AddKind::Promise(a) => (
                EntryKind::Promise,
                EntryFields {
                    people: a.common.people,
                    tags: a.common.tags,
                    what: a.what,
                    for_whom: a.for_whom,
                    by: a.by.map(|d| DayOrNone(Some(d))),
                    outcome: a.outcome,
                    how_it_went: a.how_it_went,
                    ..EntryFields::default()
                },
            ),
            AddKind::LookBack(a) => (
                EntryKind::LookBack,
                EntryFields {
                    people: a.common.people,
                    tags: a.common.tags,
                    week_from: a.from,
                    week_to: a.to,
                    mood: a.mood,
                    closeness_moment: a.closeness_moment,
                    appreciations: a.appreciations,
                    still_open: a.still_open,
                    promises: a.promises,
                    ask_for: a.ask_for,
                    plan_together: a.plan_together,
                    ..EntryFields::default()
                },
            ),
            AddKind::Note(a) => (
                EntryKind::Note,
                EntryFields {
                    people: a.common.people,
                    tags: a.common.tags,
                    date: a.common.date,
                    title: a.title,
                    text: a.text,
                    ..EntryFields::default()
                },
            ),
        }
    }
}
