//! The label of every part of an entry, one word per thing for every reader: `attune show`, the Markdown export, the
//! therapy brief (all three lay an entry out with [`crate::brief::entry_fields`]) and the app (through the generated
//! `FIELD_LABEL` in the UI's bindings). Before this, "A concern" in the CLI, "A worry" in the export and "On my mind"
//! in the app were the same field.

use super::{EntryKind, LOOK_BACK_HEADINGS};

/// Each kind's labelled parts: the field's name as the UI knows it (camelCase) and its label. A few are parts made of
/// several fields (`moodMeter`: pleasantness and energy) or of a list (`horsemen`: every pattern, one a line).
pub const FIELD_LABELS: [(EntryKind, &[(&str, &str)]); 9] = [
    (
        EntryKind::CheckIn,
        &[
            ("feelings", "Feelings"),
            ("moodMeter", "Mood Meter"),
            ("whatsGoingOn", "What's going on"),
            ("hope", "Hoping for"),
            ("concern", "On my mind"),
            ("need", "What I need"),
            ("lastStep", "How last time's step went"),
            ("nextStep", "What I'll try"),
        ],
    ),
    (
        EntryKind::Appreciation,
        &[
            ("forWhom", "For"),
            ("loveLanguage", "Love language"),
            ("told", "Told them"),
            ("what", "What they did"),
            ("why", "Why it mattered"),
        ],
    ),
    (
        EntryKind::Conflict,
        &[
            ("status", "Where it stands"),
            ("myFeelings", "My feelings"),
            ("whatHappened", "What happened"),
            ("iStatement", "What I could say"),
            ("horsemen", "Patterns that showed up"),
            ("theirPerspective", "Their side"),
            ("myPart", "My part"),
            ("repair", "Repair"),
            ("learned", "What we learned"),
            ("since", "What happened since"),
        ],
    ),
    (EntryKind::Vulnerability, &[("shared", "Shared with them"), ("prompt", "The question"), ("answer", "My answer")]),
    (
        EntryKind::SharedExperience,
        &[("closeness", "How close I felt"), ("what", "What we did"), ("meaningful", "What made it meaningful")],
    ),
    (EntryKind::Note, &[("title", "Title"), ("text", "Note")]),
    (
        EntryKind::Listening,
        &[
            ("turn", "Turn"),
            ("about", "About"),
            ("heard", "What was heard"),
            ("gotIt", "Heard right"),
            ("missed", "What was missed"),
            ("question", "A curious question"),
            ("afterwards", "Afterwards"),
        ],
    ),
    (
        EntryKind::Reaching,
        &[
            ("moment", "The moment"),
            ("felt", "What I felt"),
            ("wanted", "What I wanted to do"),
            ("did", "What I did"),
            ("mightHaveHelped", "What might have helped"),
            ("steadyResponse", "A steady response"),
        ],
    ),
    (
        EntryKind::Promise,
        &[
            ("forWhom", "For"),
            ("byWhen", "By"),
            ("outcome", "How it stands"),
            ("what", "What I said I'd do"),
            ("howItWent", "How it went"),
        ],
    ),
];

/// The look back's own part besides its steps (whose headings are [`LOOK_BACK_HEADINGS`]).
pub const LOOK_BACK_WEEK: (&str, &str) = ("from", "The week");

/// The label of one part of an entry of `kind`, by its camelCase name (the field's name itself if it has none, which
/// a test rules out for every part the shells show).
pub fn field_label(kind: EntryKind, field: &str) -> &'static str {
    let parts: &[(&str, &str)] = match kind {
        EntryKind::LookBack => {
            return LOOK_BACK_HEADINGS
                .iter()
                .chain(std::iter::once(&LOOK_BACK_WEEK))
                .find(|(name, _)| *name == field)
                .map_or("", |(_, label)| label);
        }
        _ => FIELD_LABELS.iter().find(|(k, _)| *k == kind).map_or(&[], |(_, parts)| parts),
    };
    parts.iter().find(|(name, _)| *name == field).map_or("", |(_, label)| label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_but_the_look_back_has_its_labels_here_once() {
        for kind in EntryKind::ALL {
            let listed = FIELD_LABELS.iter().filter(|(k, _)| *k == kind).count();
            assert_eq!(listed, usize::from(kind != EntryKind::LookBack), "{kind}");
        }
        assert_eq!(field_label(EntryKind::CheckIn, "concern"), "On my mind");
        assert_eq!(field_label(EntryKind::LookBack, "askFor"), "One thing to ask for");
        assert_eq!(field_label(EntryKind::LookBack, "from"), "The week");
        assert_eq!(field_label(EntryKind::Note, "nothing"), "");
    }
}
