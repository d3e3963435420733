//! An entry as labelled fields: what was filled in, in reading order, under the journal's labels
//! ([`crate::model::field_label`]). The one layout of an entry as text: the brief, the Markdown export and
//! `attune show` all read an entry through it.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::model::{field_label, Entry, EntryBody, GotIt, PersonId, Speaker, Whose};

/// One labelled part of an entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "camelCase")]
pub struct BriefField {
    /// The label, e.g. "What's going on".
    pub label: String,
    /// The text exactly as written (or a short value, e.g. "2 of 5").
    pub text: String,
    /// Whether it is a long text (shown under its label) rather than a short value (beside it).
    pub long: bool,
}

/// The fields of one entry, labelled by the field's name.
struct Fields(Vec<BriefField>, crate::model::EntryKind);

impl Fields {
    fn label(&self, field: &str) -> String {
        let label = field_label(self.1, field);
        debug_assert!(!label.is_empty(), "{}.{field} has no label", self.1);
        label.into()
    }

    fn short(&mut self, field: &str, text: impl Into<String>) {
        let text = text.into();
        if !text.trim().is_empty() {
            let label = self.label(field);
            self.0.push(BriefField { label, text, long: false });
        }
    }

    fn long(&mut self, field: &str, text: &str) {
        if !text.trim().is_empty() {
            let label = self.label(field);
            self.0.push(BriefField { label, text: text.trim_end().into(), long: true });
        }
    }

    fn list(&mut self, field: &str, items: &[String]) {
        self.short(field, items.join(", "));
    }
}

/// How a shell writes a day: `day(date, with_year)`. The brief and the Markdown export write Attune's own form; the CLI, the
/// reader's locale.
pub type DayWriter<'a> = &'a dyn Fn(NaiveDate, bool) -> String;

/// Attune's own way to write a day: "20 March 2026", or "20 March" without its year.
pub(crate) fn own_day(day: NaiveDate, with_year: bool) -> String {
    day.format(if with_year { "%-d %B %Y" } else { "%-d %B" }).to_string()
}

/// Attune's own way to write when something happened to an entry, on the clock where it was written: "Monday 9 March
/// 2026, 18:05". The one form of an entry's time in a document (the brief's headings, the Markdown export's headings
/// and "Last changed"). Documents keep this form whatever the reader's locale, as [`own_day`] does: the brief's
/// preview is what is saved, and a brief or an export is read by someone else too (a therapist), so the month and
/// weekday are written out and the clock is 24-hour, which can't be misread. The shells that show an entry's time on
/// screen (`attune show`, the app) take [`Entry::local_time`] and write it in the reader's locale.
pub(crate) fn own_time(entry: &Entry, at: DateTime<Utc>) -> String {
    entry.on_writers_clock(at).format("%A %-d %B %Y, %H:%M").to_string()
}

/// The filled-in fields of an entry's body. `name` gives a person's name from their id, `day` writes a day.
pub(crate) fn fields(entry: &Entry, name: &dyn Fn(&PersonId) -> String, day: DayWriter<'_>) -> Vec<BriefField> {
    let mut f = Fields(Vec::new(), entry.body.kind());
    match &entry.body {
        EntryBody::CheckIn(c) => {
            f.list("feelings", &c.feelings);
            let signed = |n: i8| if n < 0 { format!("−{}", n.unsigned_abs()) } else { n.to_string() };
            f.short(
                "moodMeter",
                format!("pleasantness {}, energy {} (each from −5 to 5)", signed(c.pleasantness), signed(c.energy)),
            );
            f.long("whatsGoingOn", &c.whats_going_on);
            f.long("hope", &c.hope);
            f.long("concern", &c.concern);
            f.long("need", &c.need);
            if let Some(last) = &c.last_step {
                let mut text = format!("{} — {}.", last.step.text.trim(), last.how.label().to_lowercase());
                if !last.note.trim().is_empty() {
                    text.push(' ');
                    text.push_str(last.note.trim());
                }
                f.long("lastStep", &text);
            }
            if let Some(step) = &c.next_step {
                f.long("nextStep", &step.text);
            }
        }
        EntryBody::Appreciation(a) => {
            f.short("forWhom", name(&a.for_whom));
            if let Some(lang) = a.love_language {
                f.short("loveLanguage", lang.label());
            }
            f.short("told", if a.told { "yes" } else { "not yet" });
            f.long("what", &a.what);
            f.long("why", &a.why);
        }
        EntryBody::Conflict(c) => {
            f.short("status", c.status.label());
            f.list("myFeelings", &c.my_feelings);
            f.long("whatHappened", &c.what_happened);
            let i = &c.i_statement;
            let parts: Vec<String> =
                [("I feel", &i.feel), ("when", &i.when), ("because", &i.because), ("I need", &i.need)]
                    .iter()
                    .filter(|(_, t)| !t.trim().is_empty())
                    .map(|(l, t)| format!("{l} {}", t.trim()))
                    .collect();
            f.long("iStatement", &parts.join("; "));
            let patterns: Vec<String> = c
                .horsemen
                .iter()
                .map(|h| {
                    let whose = match h.whose {
                        Whose::Mine => "mine",
                        Whose::Theirs => "theirs",
                    };
                    let mut text = format!("{} ({whose}); antidote: {}", h.horseman.label(), h.horseman.antidote());
                    if !h.rewrite.trim().is_empty() {
                        text.push_str(&format!(". How it could sound instead: {}", h.rewrite.trim()));
                    }
                    text
                })
                .collect();
            f.long("horsemen", &patterns.join("\n"));
            f.long("theirPerspective", &c.their_perspective);
            f.long("myPart", &c.my_part);
            f.long("repair", &c.repair);
            f.long("learned", &c.learned);
            f.long("since", &c.since);
        }
        EntryBody::Vulnerability(v) => {
            f.short("shared", if v.shared { "yes" } else { "not yet" });
            f.long("prompt", &v.prompt);
            f.long("answer", &v.answer);
        }
        EntryBody::SharedExperience(s) => {
            if s.closeness > 0 {
                f.short("closeness", format!("{} of 5", s.closeness));
            }
            f.long("what", &s.what);
            f.long("meaningful", &s.meaningful);
        }
        EntryBody::Note(n) => {
            f.short("title", n.title.trim());
            f.long("text", &n.text);
        }
        EntryBody::Listening(l) => {
            let them = entry.people.first().map(name).unwrap_or_else(|| "they".into());
            for (i, t) in l.turns.iter().enumerate() {
                let roles = match t.speaker {
                    Speaker::Me => format!("I spoke, {them} listened"),
                    Speaker::Them => format!("{them} spoke, I listened"),
                };
                let label = format!("{} {}", f.label("turn"), i + 1);
                f.0.push(BriefField { label, text: roles, long: false });
                f.long("about", &t.about);
                f.long("heard", &t.heard);
                f.short("gotIt", if t.got_it == GotIt::Yes { "yes" } else { "partly" });
                f.long("missed", &t.missed);
                f.long("question", &t.question);
            }
            f.long("afterwards", &l.afterwards);
        }
        EntryBody::Reaching(r) => {
            f.long("moment", &r.moment);
            f.list("felt", &r.felt);
            if let Some(u) = r.wanted {
                f.short("wanted", u.label().to_lowercase());
            }
            f.long("did", &r.did);
            f.long("mightHaveHelped", &r.might_have_helped);
            f.long("steadyResponse", &r.steady_response);
        }
        EntryBody::Promise(p) => {
            if let Some(who) = &p.for_whom {
                f.short("forWhom", name(who));
            }
            if let Some(by) = p.by_when {
                f.short("byWhen", day(by, true));
            }
            f.short("outcome", p.outcome.label());
            f.long("what", &p.what);
            f.long("howItWent", &p.how_it_went);
        }
        EntryBody::LookBack(l) => {
            if let (Some(from), Some(to)) = (l.from, l.to) {
                f.short("from", format!("{} to {}", day(from, from.year() != to.year()), day(to, true)));
            }
            for (part, text) in l.parts() {
                f.long(part, text);
            }
        }
    }
    f.0
}
