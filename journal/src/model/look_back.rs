//! The weekly look back: a few quiet minutes with the week just past, step by step, each step skippable. The shells
//! show the week's own entries beside each step (the mood mix, moments of closeness, appreciations not told yet,
//! conflicts still open, promises coming due); what is saved is what the writer made of them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

/// A weekly look back.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase", default)]
pub struct LookBack {
    /// The first day of the week looked back on (the writer's local date), if known.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub from: Option<NaiveDate>,
    /// Its last day.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub to: Option<NaiveDate>,
    /// How the week felt: what stands out in the mix of check-ins.
    pub mood: String,
    /// A moment of closeness. (Not `closeness`: insights read that name as a shared experience's 1-5, migration
    /// 0002's `entry_facts_of`, whatever the kind.)
    pub moment: String,
    /// Appreciations not told yet: which to tell, and how.
    pub appreciations: String,
    /// Conflicts still open: what might help.
    pub conflicts: String,
    /// Promises coming due: what to do about them.
    pub promises: String,
    /// One thing to ask for.
    pub ask_for: String,
    /// One thing to plan together.
    pub plan_together: String,
}

/// Each step's heading, by field name, in the order of the steps: the label every shell shows for it (see
/// [`super::field_label`]).
pub const LOOK_BACK_HEADINGS: [(&str, &str); 7] = [
    ("mood", "How the week felt"),
    ("moment", "A moment of closeness"),
    ("appreciations", "Appreciations to tell"),
    ("conflicts", "What is still open"),
    ("promises", "Promises coming up"),
    ("askFor", "One thing to ask for"),
    ("planTogether", "One thing to plan together"),
];

impl LookBack {
    /// The written parts, in the order of the steps, with their field names.
    pub fn parts(&self) -> [(&'static str, &str); 7] {
        [
            ("mood", &self.mood),
            ("moment", &self.moment),
            ("appreciations", &self.appreciations),
            ("conflicts", &self.conflicts),
            ("promises", &self.promises),
            ("askFor", &self.ask_for),
            ("planTogether", &self.plan_together),
        ]
    }

    pub(crate) fn parts_mut(&mut self) -> [(crate::Field, &mut String); 7] {
        use crate::Field;
        [
            (Field::Mood, &mut self.mood),
            (Field::Moment, &mut self.moment),
            (Field::Appreciations, &mut self.appreciations),
            (Field::Conflicts, &mut self.conflicts),
            (Field::Promises, &mut self.promises),
            (Field::AskFor, &mut self.ask_for),
            (Field::PlanTogether, &mut self.plan_together),
        ]
    }
}
