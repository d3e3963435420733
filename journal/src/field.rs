//! [`Field`]: the name of the field a validation error is about, one typed value the CLI and the UI can rely on.
//!
//! Serialised in camelCase as the UI's forms know the field (`whatsGoingOn`, `autoLockMinutes`), with a dotted path
//! inside an I-statement (`iStatement.feel`). The UI matches on it as a TypeScript union without normalising; the CLI
//! prints it. Add a variant when a new field can be refused; never rename one.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// Declares [`Field`] with its serde name, once.
macro_rules! fields {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal,)*) => {
        /// A field that input can be refused for, named as the UI's forms and the CLI know it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(TS))]
        #[non_exhaustive]
        pub enum Field {
            $($(#[doc = $doc])* #[serde(rename = $name)] $variant,)*
        }

        impl Field {
            /// Every field.
            pub const ALL: &[Field] = &[$(Field::$variant),*];

            /// The stable name (what serde writes).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Field::$variant => $name,)*
                }
            }
        }
    };
}

fields! {
    // Any entry.
    /// The kind of entry.
    Kind = "kind",
    /// The people an entry is about.
    People = "people",
    /// An entry's tags.
    Tags = "tags",
    /// One tag.
    Tag = "tag",
    /// An entry's content as a whole.
    Body = "body",
    /// When: an entry's moment, a reminder's time, a one-off's date and time.
    At = "at",
    // A check-in.
    /// Mood Meter: how pleasant, −5 to 5.
    Pleasantness = "pleasantness",
    /// Mood Meter: how much energy, −5 to 5.
    Energy = "energy",
    /// Feeling words.
    Feelings = "feelings",
    /// What's going on.
    WhatsGoingOn = "whatsGoingOn",
    /// Hoping for.
    Hope = "hope",
    /// On my mind.
    Concern = "concern",
    /// What I need.
    Need = "need",
    /// How last time's step went.
    LastStep = "lastStep",
    /// A line on how last time's step went.
    LastStepNote = "lastStep.note",
    /// The step I'll try.
    NextStep = "nextStep",
    // An appreciation, a promise.
    /// Who an appreciation or a promise is for.
    ForWhom = "forWhom",
    /// What they did, what we did, what I said I'd do; a reminder's target.
    What = "what",
    /// Why it mattered.
    Why = "why",
    /// A love language (appreciation or person).
    LoveLanguage = "loveLanguage",
    /// Whether I told them.
    Told = "told",
    /// How a promise went.
    Outcome = "outcome",
    /// A line on how a promise went.
    HowItWent = "howItWent",
    /// By when a promise is due.
    ByWhen = "byWhen",
    // A conflict reflection.
    /// What happened.
    WhatHappened = "whatHappened",
    /// My feelings in a conflict.
    MyFeelings = "myFeelings",
    /// The I-statement as a whole.
    IStatement = "iStatement",
    /// I feel …
    IStatementFeel = "iStatement.feel",
    /// when …
    IStatementWhen = "iStatement.when",
    /// because …
    IStatementBecause = "iStatement.because",
    /// I need …
    IStatementNeed = "iStatement.need",
    /// The four horsemen that showed up, with rewrites.
    Horsemen = "horsemen",
    /// Their side.
    TheirPerspective = "theirPerspective",
    /// My part.
    MyPart = "myPart",
    /// Repair.
    Repair = "repair",
    /// What we learned.
    Learned = "learned",
    /// What happened since.
    Since = "since",
    /// Where a conflict stands.
    Status = "status",
    // Opening up, a shared experience, a note.
    /// The prompt's id in the deck.
    PromptId = "promptId",
    /// The question.
    Prompt = "prompt",
    /// My answer.
    Answer = "answer",
    /// Whether I shared it.
    Shared = "shared",
    /// What made it meaningful.
    Meaningful = "meaningful",
    /// How close I felt, 1–5.
    Closeness = "closeness",
    /// A note's title.
    Title = "title",
    /// A note's text.
    Text = "text",
    // Listening together.
    /// The turns.
    Turns = "turns",
    /// What we'll talk about.
    TalkAbout = "talkAbout",
    /// What a turn was about.
    About = "about",
    /// What was heard.
    Heard = "heard",
    /// Whether it was heard right.
    GotIt = "gotIt",
    /// What was missed.
    Missed = "missed",
    /// A curious question.
    Question = "question",
    /// Afterwards.
    Afterwards = "afterwards",
    /// The first turn (its words, or what was heard in it).
    FirstTurn = "turns.0",
    /// The second turn.
    SecondTurn = "turns.1",
    // Reaching and pulling away.
    /// The moment (also the look back's moment of closeness).
    Moment = "moment",
    /// What I felt.
    Felt = "felt",
    /// What I wanted to do.
    Wanted = "wanted",
    /// What I did.
    Did = "did",
    /// What might have helped.
    MightHaveHelped = "mightHaveHelped",
    /// A steady response.
    SteadyResponse = "steadyResponse",
    // The weekly look back.
    /// How the week felt.
    Mood = "mood",
    /// Appreciations to tell.
    Appreciations = "appreciations",
    /// What is still open.
    Conflicts = "conflicts",
    /// Promises coming up.
    Promises = "promises",
    /// One thing to ask for.
    AskFor = "askFor",
    /// One thing to plan together.
    PlanTogether = "planTogether",
    // A person.
    /// A person's name.
    Name = "name",
    /// How someone is related to me.
    Relationship = "relationship",
    // Keys and passphrases.
    /// The passphrase.
    Passphrase = "passphrase",
    /// A new passphrase.
    NewPassphrase = "newPassphrase",
    /// The recovery key.
    RecoveryKey = "recoveryKey",
    // Settings and backups.
    /// Minutes before the journal locks itself.
    AutoLockMinutes = "autoLockMinutes",
    /// The colour theme, or a prompt deck theme.
    Theme = "theme",
    /// How many daily backups to keep.
    KeepDaily = "keepDaily",
    /// How many weekly backups to keep.
    KeepWeekly = "keepWeekly",
    /// How many monthly backups to keep.
    KeepMonthly = "keepMonthly",
    /// The backups folder or settings.
    Backups = "backups",
    /// A folder.
    Folder = "folder",
    /// The journal's folder.
    VaultFolder = "vaultFolder",
    /// The app's page zoom.
    Zoom = "zoom",
    // Reminders.
    /// A reminder's own label.
    Label = "label",
    /// A weekly reminder's weekdays.
    On = "on",
    /// An "every N days" reminder's gap.
    Days = "days",
    /// A one-off reminder's "in how long".
    In = "in",
    /// Quiet hours.
    Quiet = "quiet",
    // Reading back, importing, the rest.
    /// An id (entry, person, reminder).
    Id = "id",
    /// A draft's key.
    Key = "key",
    /// The start of a date range.
    From = "from",
    /// The end of a date range.
    To = "to",
    /// A range of days for insights.
    Period = "period",
    /// How many at a time.
    Limit = "limit",
    /// Chosen entries (a brief).
    Entries = "entries",
    /// A file format.
    Format = "format",
    /// A file to read.
    File = "file",
    /// A file path.
    Path = "path",
    /// An import's mood mapping.
    Moods = "moods",
}

impl Field {
    /// The field of this stable name (`whatsGoingOn`, `iStatement.feel`), if there is one.
    pub fn named(name: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.as_str() == name)
    }

    /// The field that a value at `path` inside a shell's input (keys and list positions, as sent) is refused for,
    /// where one is: the longest tail of the path that names a field, else its parent's, so `body.iStatement.feel` is
    /// `iStatement.feel`, `body.turns.0.heard` is `heard` and `people.2` is `people`. A reminder's schedule is named
    /// as its validation names it: its times (`times`, `time`) are [`Field::At`], a weekly reminder's weekdays (a
    /// list, `days.N`) [`Field::On`], an "every N days" gap (`days`) [`Field::Days`].
    pub fn at_path<S: AsRef<str>>(path: &[S]) -> Option<Field> {
        let path: Vec<&str> = path.iter().map(AsRef::as_ref).collect();
        (1..=path.len()).rev().find_map(|end| match &path[..end] {
            [.., "schedule", "times" | "time"] => Some(Field::At),
            [.., "schedule", "days", i] if i.parse::<usize>().is_ok() => Some(Field::On),
            upto => (0..end).find_map(|start| Field::named(&upto[start..].join("."))),
        })
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Field;

    #[test]
    fn serde_names_are_the_stable_names() {
        for field in Field::ALL {
            let json = serde_json::to_string(field).expect("serialise");
            assert_eq!(json, format!("\"{}\"", field.as_str()));
            assert_eq!(serde_json::from_str::<Field>(&json).expect("parse"), *field);
        }
        assert_eq!(Field::IStatementFeel.to_string(), "iStatement.feel");
        for field in Field::ALL {
            let name = field.as_str();
            assert!(!name.contains('_') && !name.contains('-'), "{name}: camelCase, as the UI's forms name it");
            assert!(name.starts_with(|c: char| c.is_ascii_lowercase()), "{name}");
        }
    }

    #[test]
    fn a_path_inside_an_input_names_the_deepest_field_on_it() {
        // Paths as keys joined by `/` (a field's own name may hold a dot).
        for (path, field) in [
            ("body/pleasantness", Some(Field::Pleasantness)),
            ("body/iStatement/feel", Some(Field::IStatementFeel)),
            ("body/iStatement", Some(Field::IStatement)),
            ("body/lastStep/note", Some(Field::LastStepNote)),
            ("body/turns/0/heard", Some(Field::Heard)),
            ("body/turns/1/speaker", Some(Field::SecondTurn)),
            ("people/2", Some(Field::People)),
            ("autoLockMinutes", Some(Field::AutoLockMinutes)),
            ("schedule/times/1", Some(Field::At)),
            ("schedule/time", Some(Field::At)),
            ("schedule/days/0", Some(Field::On)),
            ("schedule/days", Some(Field::Days)),
            ("quiet/start", Some(Field::Quiet)),
            ("target/entry", None),
            ("", None),
        ] {
            let keys: Vec<&str> = path.split('/').filter(|k| !k.is_empty()).collect();
            assert_eq!(Field::at_path(&keys), field, "{path}");
        }
    }
}
