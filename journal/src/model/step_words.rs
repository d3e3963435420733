//! The steps of the guided flows that walk through one entry a part at a time (a conflict reflection, listening
//! together): each step's title and the line under it, for every shell that walks them (the app today, through the
//! generated `CONFLICT_STEPS` and `LISTENING_STEPS`). A step that asks for one part of an entry is titled with that
//! part's label from `field_words.rs`, so a step and the part it fills are never named two ways.

use super::{field_label, EntryKind};

/// One step of a guided flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlowStep {
    /// The step's stable name: the camelCase name of the part it asks for, when it asks for one.
    pub key: &'static str,
    /// Its title, the step's heading.
    pub title: &'static str,
    /// A line under the title, or `""` for none.
    pub intro: &'static str,
}

/// How a step is titled: by the label of the part it asks for, or with words of its own (a step that is more than
/// one part, or asks a question).
enum Title {
    Part,
    Own(&'static str),
}

/// The conflict reflection's steps, in order.
const CONFLICT: [(&str, Title, &str); 9] = [
    ("whatHappened", Title::Part, ""),
    ("myFeelings", Title::Part, "Name as many as fit. Feelings aren't right or wrong."),
    ("iStatement", Title::Own("An I-statement"), "Say it from your side, without blame. Fill in what you can."),
    (
        "horsemen",
        Title::Own("Four patterns"),
        "These four patterns make hard talks harder. Did any show up — from you, or from them? Each one has an \
         antidote.",
    ),
    ("theirPerspective", Title::Part, ""),
    ("myPart", Title::Part, ""),
    ("repair", Title::Part, ""),
    ("learned", Title::Part, ""),
    ("status", Title::Own("Where does it stand now?"), ""),
];

/// Listening together's steps, in order: a card on how to listen (the first time), who is here, a turn each, and
/// what to remember afterwards.
const LISTENING: [(&str, Title, &str); 5] = [
    ("howToListen", Title::Own("How to listen"), ""),
    ("who", Title::Own("Who's here"), ""),
    ("firstTurn", Title::Own("First turn"), ""),
    ("secondTurn", Title::Own("Then swap"), ""),
    ("afterwards", Title::Part, ""),
];

fn steps(kind: EntryKind, list: &[(&'static str, Title, &'static str)]) -> Vec<FlowStep> {
    list.iter()
        .map(|(key, title, intro)| FlowStep {
            key,
            title: match title {
                Title::Part => field_label(kind, key),
                Title::Own(words) => words,
            },
            intro,
        })
        .collect()
}

/// The steps of a conflict reflection, in order.
pub fn conflict_steps() -> Vec<FlowStep> {
    steps(EntryKind::Conflict, &CONFLICT)
}

/// The steps of listening together, in order.
pub fn listening_steps() -> Vec<FlowStep> {
    steps(EntryKind::Listening, &LISTENING)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_for_one_part_carries_that_parts_label() {
        for (kind, all) in [(EntryKind::Conflict, conflict_steps()), (EntryKind::Listening, listening_steps())] {
            for step in &all {
                assert!(!step.title.is_empty(), "{kind} step {} has a title", step.key);
            }
            let keys: std::collections::HashSet<_> = all.iter().map(|s| s.key).collect();
            assert_eq!(keys.len(), all.len(), "{kind}'s step keys are unique");
        }
        let conflict = conflict_steps();
        assert_eq!(conflict.len(), 9);
        assert_eq!(conflict[0].title, field_label(EntryKind::Conflict, "whatHappened"));
        assert_eq!(conflict[1].title, "My feelings");
        assert_eq!(conflict[4].title, "Their side");
        assert_eq!(listening_steps()[4].title, field_label(EntryKind::Listening, "afterwards"));
    }
}
