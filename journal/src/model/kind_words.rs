//! The words for each kind of entry, in every form the shells need: a label, a group heading, a noun to count with
//! and to use in a sentence, and the line that invites it. One home, so the app, the CLI, the exports and the brief
//! call a kind by the same name ("Opening up" everywhere, never "Vulnerability prompt" in one place and "Opening up"
//! in another).

use super::EntryKind;

impl EntryKind {
    /// A short human label, as a heading or a badge ("Check-in", "Opening up").
    pub fn label(self) -> &'static str {
        match self {
            EntryKind::CheckIn => "Check-in",
            EntryKind::Appreciation => "Appreciation",
            EntryKind::Conflict => "Conflict reflection",
            EntryKind::Vulnerability => "Opening up",
            EntryKind::SharedExperience => "Shared experience",
            EntryKind::Note => "Note",
            EntryKind::Listening => "Listening together",
            EntryKind::Reaching => "Reaching and pulling away",
            EntryKind::Promise => "Promise",
            EntryKind::LookBack => "Weekly look back",
        }
    }

    /// The heading of a group of these entries ("Check-ins", "Opening up").
    pub fn heading(self) -> &'static str {
        match self {
            EntryKind::CheckIn => "Check-ins",
            EntryKind::Appreciation => "Appreciations",
            EntryKind::Conflict => "Conflict reflections",
            EntryKind::Vulnerability => "Opening up",
            EntryKind::SharedExperience => "Shared experiences",
            EntryKind::Note => "Notes",
            EntryKind::Listening => "Listening together",
            EntryKind::Reaching => "Reaching and pulling away",
            EntryKind::Promise => "Promises",
            EntryKind::LookBack => "Weekly look backs",
        }
    }

    /// One of these entries and several, as nouns inside a sentence ("check-in", "check-ins"). Counts and
    /// sentences use these rather than adding an "s" to the label, which reads wrong for most kinds.
    pub fn nouns(self) -> (&'static str, &'static str) {
        match self {
            EntryKind::CheckIn => ("check-in", "check-ins"),
            EntryKind::Appreciation => ("appreciation", "appreciations"),
            EntryKind::Conflict => ("conflict reflection", "conflict reflections"),
            EntryKind::Vulnerability => ("opening-up entry", "opening-up entries"),
            EntryKind::SharedExperience => ("shared experience", "shared experiences"),
            EntryKind::Note => ("note", "notes"),
            EntryKind::Listening => ("listening-together entry", "listening-together entries"),
            EntryKind::Reaching => ("reaching reflection", "reaching reflections"),
            EntryKind::Promise => ("promise", "promises"),
            EntryKind::LookBack => ("weekly look back", "weekly look backs"),
        }
    }

    /// How many of these there are, in words ("1 check-in", "3 opening-up entries").
    pub fn count(self, n: u64) -> String {
        let (one, many) = self.nouns();
        format!("{n} {}", if n == 1 { one } else { many })
    }

    /// One of these with its article, for a sentence ("a check-in", "an appreciation").
    pub fn a(self) -> String {
        let (one, _) = self.nouns();
        let article = if one.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
        format!("{article} {one}")
    }

    /// The line that invites this kind of entry, under its label in a menu.
    pub fn invite(self) -> &'static str {
        match self {
            EntryKind::CheckIn => "How am I, really?",
            EntryKind::Appreciation => "Something someone did that mattered",
            EntryKind::Conflict => "Untangle a hard moment, step by step",
            EntryKind::Vulnerability => "A question to answer honestly",
            EntryKind::SharedExperience => "Something we did together",
            EntryKind::Note => "Anything else on your mind",
            EntryKind::Listening => "Two of you, one screen: take turns to be heard",
            EntryKind::Reaching => "A moment of distance, looked at kindly",
            EntryKind::Promise => "Something I said I'd do",
            EntryKind::LookBack => "A few quiet minutes with the week just past",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_well_in_a_sentence() {
        assert_eq!(EntryKind::Appreciation.a(), "an appreciation");
        assert_eq!(EntryKind::Vulnerability.a(), "an opening-up entry");
        assert_eq!(EntryKind::Note.a(), "a note");
        assert_eq!(EntryKind::CheckIn.count(1), "1 check-in");
        assert_eq!(EntryKind::Vulnerability.count(3), "3 opening-up entries");
        for kind in EntryKind::ALL {
            let (one, many) = kind.nouns();
            assert_eq!(one, one.to_lowercase(), "{kind}: nouns are for the middle of a sentence");
            assert_ne!(one, many, "{kind}");
            assert!(!kind.label().is_empty() && !kind.heading().is_empty() && !kind.invite().is_empty());
        }
    }
}
