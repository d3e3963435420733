//! The flags for writing entries: one struct per kind for `add`, and [`EntryFields`], every field at once, for `edit`
//! (and what each `add` struct turns into, so add and edit share one way of filling a body).

use clap::{Args, Subcommand};

use attune_journal::model::{
    ConflictStatus, Horseman, HorsemanNote, LoveLanguage, PromiseOutcome, Relationship, Whose,
};
use attune_journal::EntryKind;
use chrono::NaiveDate;

/// `attune add <kind>`.
#[derive(Debug, Subcommand)]
pub enum AddKind {
    /// How I feel right now, on the Mood Meter and in words
    CheckIn(CheckInArgs),
    /// Something specific someone did, and why it mattered
    Appreciation(AppreciationArgs),
    /// A reflection on a conflict, step by step
    Conflict(ConflictArgs),
    /// An answer to a vulnerability prompt (today's, unless --prompt names another)
    Vulnerability(VulnerabilityArgs),
    /// Something we did together
    SharedExperience(SharedArgs),
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

/// Every field of every kind, each optional: what `edit` takes, and what each `add` becomes. A field left `None` (or
/// an empty list) is left as it is.
#[derive(Debug, Clone, Default, Args)]
#[command(allow_negative_numbers = true)]
pub struct EntryFields {
    /// Who the entry is about (replaces the list)
    #[arg(long = "person", short = 'p', value_name = "NAME")]
    pub people: Vec<String>,
    /// Tags (replace the list; repeat, or separate with commas)
    #[arg(long = "tag", short = 't', value_name = "TAG", value_delimiter = ',')]
    pub tags: Vec<String>,
    /// Move the entry to another date and time: 2024-03-01, "2024-03-01 20:15", "yesterday 8pm" (local time)
    #[arg(long, value_name = "WHEN")]
    pub date: Option<String>,
    /// Check-in: how pleasant, -5 to 5
    #[arg(long, help_heading = "Check-in")]
    pub pleasantness: Option<i64>,
    /// Check-in: how much energy, -5 to 5
    #[arg(long, help_heading = "Check-in")]
    pub energy: Option<i64>,
    /// Check-in and conflict: feeling words (replace the list)
    #[arg(long = "feeling", short = 'f', value_name = "WORD", value_delimiter = ',', help_heading = "Check-in")]
    pub feelings: Vec<String>,
    /// Check-in: what's going on; note: the text
    #[arg(long, help_heading = "Check-in")]
    pub text: Option<String>,
    /// Check-in: a hope
    #[arg(long, help_heading = "Check-in")]
    pub hope: Option<String>,
    /// Check-in: a concern
    #[arg(long, help_heading = "Check-in")]
    pub concern: Option<String>,
    /// Check-in: what I need
    #[arg(long, help_heading = "Check-in")]
    pub need: Option<String>,
    /// Appreciation and promise: who it is for (a promise: `none` for no one)
    #[arg(long = "for", value_name = "NAME", help_heading = "Appreciation")]
    pub for_whom: Option<String>,
    /// Appreciation, shared experience and promise: what
    #[arg(long, help_heading = "Appreciation")]
    pub what: Option<String>,
    /// Appreciation: why it mattered
    #[arg(long, help_heading = "Appreciation")]
    pub why: Option<String>,
    /// Appreciation: words, service, gifts, quality_time, touch, or none
    #[arg(long, value_name = "LANGUAGE", value_parser = parse_optional_love_language, help_heading = "Appreciation")]
    pub love_language: Option<OptionalLoveLanguage>,
    /// Appreciation: whether I've told them (--told, --told=false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL", help_heading = "Appreciation")]
    pub told: Option<bool>,
    /// Conflict: what happened
    #[arg(long, help_heading = "Conflict")]
    pub what_happened: Option<String>,
    /// Conflict: I feel ...
    #[arg(long, help_heading = "Conflict")]
    pub i_feel: Option<String>,
    /// Conflict: ... when ...
    #[arg(long, help_heading = "Conflict")]
    pub when: Option<String>,
    /// Conflict: ... because ...
    #[arg(long, help_heading = "Conflict")]
    pub because: Option<String>,
    /// Conflict: I need ...
    #[arg(long, help_heading = "Conflict")]
    pub i_need: Option<String>,
    /// Conflict: horsemen, as WHICH:WHOSE[:REWRITE] (replace the list)
    #[arg(long = "horseman", value_name = "WHICH:WHOSE[:REWRITE]", value_parser = parse_horseman, help_heading = "Conflict")]
    pub horsemen: Vec<HorsemanNote>,
    /// Conflict: their perspective
    #[arg(long, help_heading = "Conflict")]
    pub their_perspective: Option<String>,
    /// Conflict: my part
    #[arg(long, help_heading = "Conflict")]
    pub my_part: Option<String>,
    /// Conflict: repair
    #[arg(long, help_heading = "Conflict")]
    pub repair: Option<String>,
    /// Conflict: what we learned
    #[arg(long, help_heading = "Conflict")]
    pub learned: Option<String>,
    /// Conflict: open, repairing, repaired or resolved
    #[arg(long, value_parser = parse_status, help_heading = "Conflict")]
    pub status: Option<ConflictStatus>,
    /// Conflict: what has happened since (coming back to it)
    #[arg(long, help_heading = "Conflict")]
    pub since: Option<String>,
    /// Vulnerability: a prompt id from the deck
    #[arg(long, value_name = "ID", help_heading = "Vulnerability")]
    pub prompt: Option<String>,
    /// Vulnerability: a question of my own
    #[arg(long, value_name = "QUESTION", conflicts_with = "prompt", help_heading = "Vulnerability")]
    pub own_prompt: Option<String>,
    /// Vulnerability: my answer
    #[arg(long, help_heading = "Vulnerability")]
    pub answer: Option<String>,
    /// Vulnerability: whether I shared it (--shared, --shared=false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL", help_heading = "Vulnerability")]
    pub shared: Option<bool>,
    /// Shared experience: what made it meaningful
    #[arg(long, help_heading = "Shared experience")]
    pub meaningful: Option<String>,
    /// Shared experience: how close I felt, 1 to 5
    #[arg(long, help_heading = "Shared experience")]
    pub closeness: Option<i64>,
    /// Note: a title
    #[arg(long, help_heading = "Note")]
    pub title: Option<String>,
    /// Promise: by when, as YYYY-MM-DD, or `none`
    #[arg(long, value_name = "DATE", value_parser = parse_day_or_none, help_heading = "Promise")]
    pub by: Option<DayOrNone>,
    /// Promise: not_yet, kept or changed
    #[arg(long, value_parser = parse_outcome, help_heading = "Promise")]
    pub outcome: Option<PromiseOutcome>,
    /// Promise: a line on how it went
    #[arg(long, help_heading = "Promise")]
    pub how_it_went: Option<String>,
    /// Look back: the week's first day (YYYY-MM-DD)
    #[arg(long = "week-from", value_name = "DATE", value_parser = parse_day, help_heading = "Look back")]
    pub week_from: Option<NaiveDate>,
    /// Look back: the week's last day (YYYY-MM-DD)
    #[arg(long = "week-to", value_name = "DATE", value_parser = parse_day, help_heading = "Look back")]
    pub week_to: Option<NaiveDate>,
    /// Look back: how the week felt
    #[arg(long, help_heading = "Look back")]
    pub mood: Option<String>,
    /// Look back: a moment of closeness
    #[arg(long, help_heading = "Look back")]
    pub closeness_moment: Option<String>,
    /// Look back: appreciations to tell
    #[arg(long, help_heading = "Look back")]
    pub appreciations: Option<String>,
    /// Look back: what is still open
    #[arg(long, help_heading = "Look back")]
    pub still_open: Option<String>,
    /// Look back: promises coming up
    #[arg(long, help_heading = "Look back")]
    pub promises: Option<String>,
    /// Look back: one thing to ask for
    #[arg(long, help_heading = "Look back")]
    pub ask_for: Option<String>,
    /// Look back: one thing to plan together
    #[arg(long, help_heading = "Look back")]
    pub plan_together: Option<String>,
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

impl EntryFields {
    /// The field flags given (people and tags aside), by name.
    pub fn flags_given(&self) -> Vec<&'static str> {
        let f = self;
        let set: &[(&str, bool)] = &[
            ("--pleasantness", f.pleasantness.is_some()),
            ("--energy", f.energy.is_some()),
            ("--feeling", !f.feelings.is_empty()),
            ("--text", f.text.is_some()),
            ("--hope", f.hope.is_some()),
            ("--concern", f.concern.is_some()),
            ("--need", f.need.is_some()),
            ("--for", f.for_whom.is_some()),
            ("--what", f.what.is_some()),
            ("--why", f.why.is_some()),
            ("--love-language", f.love_language.is_some()),
            ("--told", f.told.is_some()),
            ("--what-happened", f.what_happened.is_some()),
            ("--i-feel", f.i_feel.is_some()),
            ("--when", f.when.is_some()),
            ("--because", f.because.is_some()),
            ("--i-need", f.i_need.is_some()),
            ("--horseman", !f.horsemen.is_empty()),
            ("--their-perspective", f.their_perspective.is_some()),
            ("--my-part", f.my_part.is_some()),
            ("--repair", f.repair.is_some()),
            ("--learned", f.learned.is_some()),
            ("--status", f.status.is_some()),
            ("--since", f.since.is_some()),
            ("--prompt", f.prompt.is_some()),
            ("--own-prompt", f.own_prompt.is_some()),
            ("--answer", f.answer.is_some()),
            ("--shared", f.shared.is_some()),
            ("--meaningful", f.meaningful.is_some()),
            ("--closeness", f.closeness.is_some()),
            ("--title", f.title.is_some()),
            ("--by", f.by.is_some()),
            ("--outcome", f.outcome.is_some()),
            ("--how-it-went", f.how_it_went.is_some()),
            ("--week-from", f.week_from.is_some()),
            ("--week-to", f.week_to.is_some()),
            ("--mood", f.mood.is_some()),
            ("--closeness-moment", f.closeness_moment.is_some()),
            ("--appreciations", f.appreciations.is_some()),
            ("--still-open", f.still_open.is_some()),
            ("--promises", f.promises.is_some()),
            ("--ask-for", f.ask_for.is_some()),
            ("--plan-together", f.plan_together.is_some()),
        ];
        set.iter().filter(|(_, given)| *given).map(|(flag, _)| *flag).collect()
    }

    /// Whether nothing at all was given: no field flags, people or tags.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.tags.is_empty() && self.flags_given().is_empty()
    }

    /// The main long-text field of a kind: what comes from the editor or stdin when no flag gives it.
    pub fn main_text_mut(&mut self, kind: EntryKind) -> (&'static str, &mut Option<String>) {
        match kind {
            EntryKind::CheckIn => ("what's going on", &mut self.text),
            EntryKind::Appreciation => ("what they did", &mut self.what),
            EntryKind::Conflict => ("what happened", &mut self.what_happened),
            EntryKind::Vulnerability => ("your answer", &mut self.answer),
            EntryKind::SharedExperience => ("what you did together", &mut self.what),
            EntryKind::Promise => ("what you said you'd do", &mut self.what),
            EntryKind::LookBack => ("how the week felt", &mut self.mood),
            _ => ("your note", &mut self.text),
        }
    }
}

/// The message of a journal validation error, without the field prefix (clap names the flag itself).
fn message(e: attune_journal::Error) -> String {
    match e {
        attune_journal::Error::Validation { message, .. } => message,
        other => other.to_string(),
    }
}

/// Parses a kind of entry (`check-in`, `shared_experience`, ...).
pub fn parse_kind(s: &str) -> Result<EntryKind, String> {
    s.parse().map_err(message)
}

/// Parses a love language.
pub fn parse_love_language(s: &str) -> Result<LoveLanguage, String> {
    s.parse().map_err(message)
}

/// A love language, or `none` to clear it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionalLoveLanguage(pub Option<LoveLanguage>);

/// Parses a love language, or `none`.
pub fn parse_optional_love_language(s: &str) -> Result<OptionalLoveLanguage, String> {
    if s.trim().eq_ignore_ascii_case("none") {
        return Ok(OptionalLoveLanguage(None));
    }
    parse_love_language(s).map(|l| OptionalLoveLanguage(Some(l)))
}

/// Parses a relationship.
pub fn parse_relationship(s: &str) -> Result<Relationship, String> {
    s.parse().map_err(message)
}

/// Parses a promise's outcome.
pub fn parse_outcome(s: &str) -> Result<PromiseOutcome, String> {
    s.parse().map_err(message)
}

/// Parses a day, `YYYY-MM-DD`.
pub fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| format!("'{s}' isn't a date like 2026-03-18"))
}

/// A day, or `none` to clear it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayOrNone(pub Option<NaiveDate>);

/// Parses a day, or `none`.
pub fn parse_day_or_none(s: &str) -> Result<DayOrNone, String> {
    if s.trim().eq_ignore_ascii_case("none") {
        return Ok(DayOrNone(None));
    }
    parse_day(s).map(|d| DayOrNone(Some(d)))
}

/// Parses a conflict status.
pub fn parse_status(s: &str) -> Result<ConflictStatus, String> {
    s.parse().map_err(message)
}

/// Parses `WHICH:WHOSE[:REWRITE]`, e.g. `criticism:mine:I felt alone when...`. The rewrite may itself hold colons.
pub fn parse_horseman(s: &str) -> Result<HorsemanNote, String> {
    let mut parts = s.splitn(3, ':');
    let which = parts.next().unwrap_or_default();
    let whose = parts.next().ok_or_else(|| {
        format!("write it as WHICH:WHOSE[:REWRITE], e.g. criticism:mine or contempt:theirs:\"...\" (got '{s}')")
    })?;
    let horseman: Horseman = which.parse().map_err(message)?;
    let whose = match whose.trim().to_ascii_lowercase().as_str() {
        "mine" | "me" | "my" => Whose::Mine,
        "theirs" | "them" | "their" => Whose::Theirs,
        other => return Err(format!("'{other}' is neither mine nor theirs")),
    };
    let rewrite = parts.next().unwrap_or_default().trim().to_string();
    Ok(HorsemanNote { horseman, whose, rewrite })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn horseman_keeps_colons_in_the_rewrite() {
        let h = parse_horseman("criticism:mine:I said: you never listen").unwrap();
        assert_eq!(h.horseman, Horseman::Criticism);
        assert_eq!(h.whose, Whose::Mine);
        assert_eq!(h.rewrite, "I said: you never listen");
    }

    #[test]
    fn horseman_without_whose_is_refused() {
        assert!(parse_horseman("contempt").is_err());
        assert!(parse_horseman("sulking:mine").is_err());
        assert!(parse_horseman("contempt:ours").is_err());
    }
}
