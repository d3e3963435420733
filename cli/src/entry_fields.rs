//! [`EntryFields`]: every field of every kind at once, for `edit`, and what each `add` struct turns into, so add and
//! edit share one way of filling a body.

use chrono::NaiveDate;
use clap::Args;

use attune_journal::model::{ConflictStatus, GotIt, HorsemanNote, PromiseOutcome, Urge};
use attune_journal::EntryKind;

use crate::entry_args::{
    parse_day, parse_day_or_none, parse_got_it, parse_horseman, parse_optional_love_language, parse_outcome,
    parse_status, parse_urge, DayOrNone, OptionalLoveLanguage,
};

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
    #[arg(long, help_heading = EntryKind::CheckIn.label())]
    pub pleasantness: Option<i64>,
    /// Check-in: how much energy, -5 to 5
    #[arg(long, help_heading = EntryKind::CheckIn.label())]
    pub energy: Option<i64>,
    /// Check-in, conflict, reaching: feeling words (replace the list)
    #[arg(long = "feeling", short = 'f', value_name = "WORD", value_delimiter = ',', help_heading = EntryKind::CheckIn.label())]
    pub feelings: Vec<String>,
    /// Check-in: what's going on; note: the text
    #[arg(long, help_heading = EntryKind::CheckIn.label())]
    pub text: Option<String>,
    /// Check-in: a hope
    #[arg(long, help_heading = EntryKind::CheckIn.label())]
    pub hope: Option<String>,
    /// Check-in: a concern
    #[arg(long, help_heading = EntryKind::CheckIn.label())]
    pub concern: Option<String>,
    /// Check-in: what I need
    #[arg(long, help_heading = EntryKind::CheckIn.label())]
    pub need: Option<String>,
    /// Appreciation and promise: who it is for (a promise: `none` for no one)
    #[arg(long = "for", value_name = "NAME", help_heading = EntryKind::Appreciation.label())]
    pub for_whom: Option<String>,
    /// Appreciation, shared experience and promise: what
    #[arg(long, help_heading = EntryKind::Appreciation.label())]
    pub what: Option<String>,
    /// Appreciation: why it mattered
    #[arg(long, help_heading = EntryKind::Appreciation.label())]
    pub why: Option<String>,
    /// Appreciation: words, service, gifts, quality_time, touch, or none
    #[arg(long, value_name = "LANGUAGE", value_parser = parse_optional_love_language, help_heading = EntryKind::Appreciation.label())]
    pub love_language: Option<OptionalLoveLanguage>,
    /// Appreciation: whether I've told them (--told, --told=false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL", help_heading = EntryKind::Appreciation.label())]
    pub told: Option<bool>,
    /// Conflict: what happened
    #[arg(long, help_heading = EntryKind::Conflict.label())]
    pub what_happened: Option<String>,
    /// Conflict: I feel ...
    #[arg(long, help_heading = EntryKind::Conflict.label())]
    pub i_feel: Option<String>,
    /// Conflict: ... when ...
    #[arg(long, help_heading = EntryKind::Conflict.label())]
    pub when: Option<String>,
    /// Conflict: ... because ...
    #[arg(long, help_heading = EntryKind::Conflict.label())]
    pub because: Option<String>,
    /// Conflict: I need ...
    #[arg(long, help_heading = EntryKind::Conflict.label())]
    pub i_need: Option<String>,
    /// Conflict: horsemen, as WHICH:WHOSE[:REWRITE] (replace the list)
    #[arg(long = "horseman", value_name = "WHICH:WHOSE[:REWRITE]", value_parser = parse_horseman, help_heading = EntryKind::Conflict.label())]
    pub horsemen: Vec<HorsemanNote>,
    /// Conflict: their perspective
    #[arg(long, help_heading = EntryKind::Conflict.label())]
    pub their_perspective: Option<String>,
    /// Conflict: my part
    #[arg(long, help_heading = EntryKind::Conflict.label())]
    pub my_part: Option<String>,
    /// Conflict: repair
    #[arg(long, help_heading = EntryKind::Conflict.label())]
    pub repair: Option<String>,
    /// Conflict: what we learned
    #[arg(long, help_heading = EntryKind::Conflict.label())]
    pub learned: Option<String>,
    /// Conflict: open, repairing, repaired or resolved
    #[arg(long, value_parser = parse_status, help_heading = EntryKind::Conflict.label())]
    pub status: Option<ConflictStatus>,
    /// Conflict: what has happened since (coming back to it)
    #[arg(long, help_heading = EntryKind::Conflict.label())]
    pub since: Option<String>,
    /// Vulnerability: a prompt id from the deck
    #[arg(long, value_name = "ID", help_heading = EntryKind::Vulnerability.label())]
    pub prompt: Option<String>,
    /// Vulnerability: a question of my own
    #[arg(long, value_name = "QUESTION", conflicts_with = "prompt", help_heading = EntryKind::Vulnerability.label())]
    pub own_prompt: Option<String>,
    /// Vulnerability: my answer
    #[arg(long, help_heading = EntryKind::Vulnerability.label())]
    pub answer: Option<String>,
    /// Vulnerability: whether I shared it (--shared, --shared=false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL", help_heading = EntryKind::Vulnerability.label())]
    pub shared: Option<bool>,
    /// Shared experience: what made it meaningful
    #[arg(long, help_heading = EntryKind::SharedExperience.label())]
    pub meaningful: Option<String>,
    /// Shared experience: how close I felt, 1 to 5
    #[arg(long, help_heading = EntryKind::SharedExperience.label())]
    pub closeness: Option<i64>,
    /// Note: a title
    #[arg(long, help_heading = EntryKind::Note.label())]
    pub title: Option<String>,
    /// Promise: by when, as YYYY-MM-DD, or `none`
    #[arg(long, value_name = "DATE", value_parser = parse_day_or_none, help_heading = EntryKind::Promise.label())]
    pub by: Option<DayOrNone>,
    /// Promise: not_yet, kept or changed
    #[arg(long, value_parser = parse_outcome, help_heading = EntryKind::Promise.label())]
    pub outcome: Option<PromiseOutcome>,
    /// Promise: a line on how it went
    #[arg(long, help_heading = EntryKind::Promise.label())]
    pub how_it_went: Option<String>,
    /// Look back: the week's first day (YYYY-MM-DD)
    #[arg(long = "week-from", value_name = "DATE", value_parser = parse_day, help_heading = EntryKind::LookBack.label())]
    pub week_from: Option<NaiveDate>,
    /// Look back: the week's last day (YYYY-MM-DD)
    #[arg(long = "week-to", value_name = "DATE", value_parser = parse_day, help_heading = EntryKind::LookBack.label())]
    pub week_to: Option<NaiveDate>,
    /// Look back: how the week felt
    #[arg(long, help_heading = EntryKind::LookBack.label())]
    pub mood: Option<String>,
    /// Look back: a moment of closeness
    #[arg(long, help_heading = EntryKind::LookBack.label())]
    pub closeness_moment: Option<String>,
    /// Look back: appreciations to tell
    #[arg(long, help_heading = EntryKind::LookBack.label())]
    pub appreciations: Option<String>,
    /// Look back: what is still open
    #[arg(long, help_heading = EntryKind::LookBack.label())]
    pub still_open: Option<String>,
    /// Look back: promises coming up
    #[arg(long, help_heading = EntryKind::LookBack.label())]
    pub promises: Option<String>,
    /// Look back: one thing to ask for
    #[arg(long, help_heading = EntryKind::LookBack.label())]
    pub ask_for: Option<String>,
    /// Look back: one thing to plan together
    #[arg(long, help_heading = EntryKind::LookBack.label())]
    pub plan_together: Option<String>,
    /// Listening together: what I spoke about, on my turn
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Listening.label())]
    pub i_spoke_about: Option<String>,
    /// Listening together: what they heard me say, in their words
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Listening.label())]
    pub they_heard: Option<String>,
    /// Listening together: did they get it? yes or partly (I answer)
    #[arg(long, value_name = "ANSWER", value_parser = parse_got_it, help_heading = EntryKind::Listening.label())]
    pub they_got_it: Option<GotIt>,
    /// Listening together: what they missed
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Listening.label())]
    pub they_missed: Option<String>,
    /// Listening together: the question they asked me
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Listening.label())]
    pub they_asked: Option<String>,
    /// Listening together: what they spoke about, on their turn
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Listening.label())]
    pub they_spoke_about: Option<String>,
    /// Listening together: what I heard them say, in my words
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Listening.label())]
    pub i_heard: Option<String>,
    /// Listening together: did I get it? yes or partly (they answer)
    #[arg(long, value_name = "ANSWER", value_parser = parse_got_it, help_heading = EntryKind::Listening.label())]
    pub i_got_it: Option<GotIt>,
    /// Listening together: what I missed
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Listening.label())]
    pub i_missed: Option<String>,
    /// Listening together: the question I asked them
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Listening.label())]
    pub i_asked: Option<String>,
    /// Listening together: they spoke first
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL", help_heading = EntryKind::Listening.label())]
    pub they_went_first: Option<bool>,
    /// Listening together: anything either of us wants to remember afterwards
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Listening.label())]
    pub afterwards: Option<String>,
    /// Reaching and pulling away: the moment of distance
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Reaching.label())]
    pub moment: Option<String>,
    /// Reaching and pulling away: what I wanted to do: reach, pull-away or both
    #[arg(long, value_name = "URGE", value_parser = parse_urge, help_heading = EntryKind::Reaching.label())]
    pub wanted: Option<Urge>,
    /// Reaching and pulling away: what I did
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Reaching.label())]
    pub did: Option<String>,
    /// Reaching and pulling away: what might have helped
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Reaching.label())]
    pub might_have_helped: Option<String>,
    /// Reaching and pulling away: what a steady, secure response from me or them might have looked like
    #[arg(long, value_name = "TEXT", help_heading = EntryKind::Reaching.label())]
    pub steady_response: Option<String>,
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
            ("--i-spoke-about", f.i_spoke_about.is_some()),
            ("--they-heard", f.they_heard.is_some()),
            ("--they-got-it", f.they_got_it.is_some()),
            ("--they-missed", f.they_missed.is_some()),
            ("--they-asked", f.they_asked.is_some()),
            ("--they-spoke-about", f.they_spoke_about.is_some()),
            ("--i-heard", f.i_heard.is_some()),
            ("--i-got-it", f.i_got_it.is_some()),
            ("--i-missed", f.i_missed.is_some()),
            ("--i-asked", f.i_asked.is_some()),
            ("--they-went-first", f.they_went_first.is_some()),
            ("--afterwards", f.afterwards.is_some()),
            ("--moment", f.moment.is_some()),
            ("--wanted", f.wanted.is_some()),
            ("--did", f.did.is_some()),
            ("--might-have-helped", f.might_have_helped.is_some()),
            ("--steady-response", f.steady_response.is_some()),
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
            // Either turn's "heard" is enough; asks for mine only when neither was given.
            EntryKind::Listening if self.they_heard.is_some() => ("what they heard", &mut self.they_heard),
            EntryKind::Listening => ("what you heard them say, in your own words", &mut self.i_heard),
            EntryKind::Reaching => ("the moment of distance", &mut self.moment),
            EntryKind::Note => ("your note", &mut self.text),
        }
    }
}
