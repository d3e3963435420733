//! The flags of `attune add listening` and `attune add reaching`, the two practices written as one entry each.

use clap::Args;

use attune_journal::model::{GotIt, Urge};

use crate::entry_args::{parse_got_it, parse_urge, CommonArgs};
use crate::entry_fields::EntryFields;

/// `attune add listening`: two people at one computer, one turn each. My turn: I speak, they say back what they
/// heard, I say whether they got it, they ask one question. Their turn: the same the other way round.
#[derive(Debug, Args)]
pub struct ListeningArgs {
    /// My turn: what I spoke about, in a few words
    #[arg(long, value_name = "TEXT")]
    pub i_spoke_about: Option<String>,
    /// My turn: what they heard me say, in their words
    #[arg(long, value_name = "TEXT")]
    pub they_heard: Option<String>,
    /// My turn: did they get it? yes or partly
    #[arg(long, value_name = "ANSWER", value_parser = parse_got_it)]
    pub they_got_it: Option<GotIt>,
    /// My turn: what they missed
    #[arg(long, value_name = "TEXT")]
    pub they_missed: Option<String>,
    /// My turn: the one question they asked
    #[arg(long, value_name = "TEXT")]
    pub they_asked: Option<String>,
    /// Their turn: what they spoke about, in a few words
    #[arg(long, value_name = "TEXT")]
    pub they_spoke_about: Option<String>,
    /// Their turn: what I heard them say, in my words [default: from $EDITOR on a terminal, else stdin, unless
    /// --they-heard is given]
    #[arg(long, value_name = "TEXT")]
    pub i_heard: Option<String>,
    /// Their turn: did I get it? yes or partly
    #[arg(long, value_name = "ANSWER", value_parser = parse_got_it)]
    pub i_got_it: Option<GotIt>,
    /// Their turn: what I missed
    #[arg(long, value_name = "TEXT")]
    pub i_missed: Option<String>,
    /// Their turn: the one question I asked
    #[arg(long, value_name = "TEXT")]
    pub i_asked: Option<String>,
    /// They spoke first
    #[arg(long)]
    pub they_went_first: bool,
    /// Anything either of us wants to remember afterwards
    #[arg(long, value_name = "TEXT")]
    pub afterwards: Option<String>,
    /// Who I listened with (required), and tags.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `attune add reaching`: a moment of distance, looked at kindly. No labels, only what happened.
#[derive(Debug, Args)]
pub struct ReachingArgs {
    /// The moment of distance [default: from $EDITOR on a terminal, else stdin; `-` reads stdin]
    #[arg(long, value_name = "TEXT")]
    pub moment: Option<String>,
    /// What I felt: a feeling word (repeat, or separate with commas)
    #[arg(long = "feeling", short = 'f', value_name = "WORD", value_delimiter = ',')]
    pub feelings: Vec<String>,
    /// What I wanted to do: reach, pull-away or both
    #[arg(long, value_name = "URGE", value_parser = parse_urge)]
    pub wanted: Option<Urge>,
    /// What I did
    #[arg(long, value_name = "TEXT")]
    pub did: Option<String>,
    /// What might have helped
    #[arg(long, value_name = "TEXT")]
    pub might_have_helped: Option<String>,
    /// What a steady, secure response from me or from them might have looked like
    #[arg(long, value_name = "TEXT")]
    pub steady_response: Option<String>,
    /// People and tags.
    #[command(flatten)]
    pub common: CommonArgs,
}

impl ListeningArgs {
    /// Its fields in the shape `edit` uses.
    pub fn into_fields(self) -> EntryFields {
        EntryFields {
            people: self.common.people,
            tags: self.common.tags,
            date: self.common.date,
            i_spoke_about: self.i_spoke_about,
            they_heard: self.they_heard,
            they_got_it: self.they_got_it,
            they_missed: self.they_missed,
            they_asked: self.they_asked,
            they_spoke_about: self.they_spoke_about,
            i_heard: self.i_heard,
            i_got_it: self.i_got_it,
            i_missed: self.i_missed,
            i_asked: self.i_asked,
            they_went_first: self.they_went_first.then_some(true),
            afterwards: self.afterwards,
            ..EntryFields::default()
        }
    }
}

impl ReachingArgs {
    /// Its fields in the shape `edit` uses.
    pub fn into_fields(self) -> EntryFields {
        EntryFields {
            people: self.common.people,
            tags: self.common.tags,
            date: self.common.date,
            moment: self.moment,
            feelings: self.feelings,
            wanted: self.wanted,
            did: self.did,
            might_have_helped: self.might_have_helped,
            steady_response: self.steady_response,
            ..EntryFields::default()
        }
    }
}
