//! An entry as labelled fields, for the brief: what was filled in, in reading order, under plain labels.

use serde::Serialize;

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::model::{Entry, EntryBody, GotIt, PersonId, Speaker, Whose};

/// One labelled part of an entry in a brief.
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

struct Fields(Vec<BriefField>);

impl Fields {
    fn short(&mut self, label: &str, text: impl Into<String>) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.0.push(BriefField { label: label.into(), text, long: false });
        }
    }

    fn long(&mut self, label: &str, text: &str) {
        if !text.trim().is_empty() {
            self.0.push(BriefField { label: label.into(), text: text.trim_end().into(), long: true });
        }
    }

    fn list(&mut self, label: &str, items: &[String]) {
        self.short(label, items.join(", "));
    }
}

/// The filled-in fields of an entry's body. `name` gives a person's name from their id.
pub(crate) fn fields(entry: &Entry, name: &dyn Fn(&PersonId) -> String) -> Vec<BriefField> {
    let mut f = Fields(Vec::new());
    match &entry.body {
        EntryBody::CheckIn(c) => {
            f.list("Feelings", &c.feelings);
            let signed = |n: i8| if n < 0 { format!("−{}", n.unsigned_abs()) } else { n.to_string() };
            f.short(
                "Mood Meter",
                format!("pleasantness {}, energy {} (each from −5 to 5)", signed(c.pleasantness), signed(c.energy)),
            );
            f.long("What's going on", &c.whats_going_on);
            f.long("A hope", &c.hope);
            f.long("A worry", &c.concern);
            f.long("What I need", &c.need);
            if let Some(last) = &c.last_step {
                let mut text = format!("{} — {}.", last.step.text.trim(), last.how.label().to_lowercase());
                if !last.note.trim().is_empty() {
                    text.push(' ');
                    text.push_str(last.note.trim());
                }
                f.long("How last time's step went", &text);
            }
            if let Some(step) = &c.next_step {
                f.long("What I'll try", &step.text);
            }
        }
        EntryBody::Appreciation(a) => {
            f.short("For", name(&a.for_whom));
            if let Some(lang) = a.love_language {
                f.short("Love language", lang.label());
            }
            f.short("Told them", if a.told { "yes" } else { "not yet" });
            f.long("What they did", &a.what);
            f.long("Why it mattered to me", &a.why);
        }
        EntryBody::Conflict(c) => {
            f.short("Where it stands", c.status.label());
            f.list("My feelings", &c.my_feelings);
            f.long("What happened", &c.what_happened);
            let i = &c.i_statement;
            let parts: Vec<String> =
                [("I feel", &i.feel), ("when", &i.when), ("because", &i.because), ("I need", &i.need)]
                    .iter()
                    .filter(|(_, t)| !t.trim().is_empty())
                    .map(|(l, t)| format!("{l} {}", t.trim()))
                    .collect();
            f.long("What I could say", &parts.join("; "));
            for h in &c.horsemen {
                let whose = match h.whose {
                    Whose::Mine => "mine",
                    Whose::Theirs => "theirs",
                };
                let mut text = format!("{} ({whose}); antidote: {}", h.horseman.label(), h.horseman.antidote());
                if !h.rewrite.trim().is_empty() {
                    text.push_str(&format!(". How it could sound instead: {}", h.rewrite.trim()));
                }
                f.long("A pattern that showed up", &text);
            }
            f.long("How it might have looked to them", &c.their_perspective);
            f.long("My part in it", &c.my_part);
            f.long("Repair", &c.repair);
            f.long("What we learned", &c.learned);
            f.long("What happened since", &c.since);
        }
        EntryBody::Vulnerability(v) => {
            f.short("Shared with them", if v.shared { "yes" } else { "not yet" });
            f.long("The question", &v.prompt);
            f.long("My answer", &v.answer);
        }
        EntryBody::SharedExperience(s) => {
            if s.closeness > 0 {
                f.short("How close I felt", format!("{} of 5", s.closeness));
            }
            f.long("What we did", &s.what);
            f.long("What made it meaningful", &s.meaningful);
        }
        EntryBody::Note(n) => {
            f.short("Title", n.title.trim());
            f.long("Note", &n.text);
        }
        EntryBody::Listening(l) => {
            let them = entry.people.first().map(name).unwrap_or_else(|| "they".into());
            for (i, t) in l.turns.iter().enumerate() {
                let roles = match t.speaker {
                    Speaker::Me => format!("I spoke, {them} listened"),
                    Speaker::Them => format!("{them} spoke, I listened"),
                };
                f.short(&format!("Turn {}", i + 1), roles);
                f.long("About", &t.about);
                f.long("What was heard", &t.heard);
                f.short("Heard right", if t.got_it == GotIt::Yes { "yes" } else { "partly" });
                f.long("What was missed", &t.missed);
                f.long("A curious question", &t.question);
            }
            f.long("Afterwards", &l.afterwards);
        }
        EntryBody::Reaching(r) => {
            f.long("The moment", &r.moment);
            f.list("What I felt", &r.felt);
            if let Some(u) = r.wanted {
                f.short("What I wanted to do", u.label().to_lowercase());
            }
            f.long("What I did", &r.did);
            f.long("What might have helped", &r.might_have_helped);
            f.long("A steady response", &r.steady_response);
        }
        EntryBody::Promise(p) => {
            if let Some(who) = &p.for_whom {
                f.short("For", name(who));
            }
            if let Some(by) = p.by_when {
                f.short("By", by.format("%-d %B %Y").to_string());
            }
            f.short("How it stands", p.outcome.label());
            f.long("What I said I'd do", &p.what);
            f.long("How it went", &p.how_it_went);
        }
        EntryBody::LookBack(l) => {
            if let (Some(from), Some(to)) = (l.from, l.to) {
                f.short("The week", format!("{} to {}", from.format("%-d %B"), to.format("%-d %B %Y")));
            }
            for (heading, text) in l.headed() {
                f.long(heading, text);
            }
        }
    }
    f.0
}
