//! The Markdown export: the journal as a document to read, oldest entry first.
//!
//! Each entry gets a heading with its local date, time and kind, then its people and tags, then every field that was
//! filled in under a plain label. Entry text is copied exactly as written: it is the writer's own file, so nothing is
//! escaped or reflowed.

use std::collections::HashMap;
use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset, Offset, Utc};

use super::json::snapshot;
use crate::model::{
    Appreciation, CheckIn, ConflictReflection, Entry, EntryBody, LookBack, Note, Person, PersonId, Promise,
    SharedExperience, Vulnerability, Whose,
};
use crate::{Journal, Result};

/// The whole journal as Markdown.
pub(super) fn export(journal: &Journal) -> Result<String> {
    let snap = snapshot(journal)?;
    Ok(render(&snap.people, &snap.entries))
}

/// Renders people and entries (already in order) as one document.
pub(super) fn render(people: &[Person], entries: &[Entry]) -> String {
    let names: HashMap<PersonId, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
    let mut doc = Doc::default();
    doc.line("# My Attune journal");
    doc.blank();
    let count = match entries.len() {
        1 => "1 entry".to_string(),
        n => format!("{n} entries"),
    };
    doc.line(&count);
    doc.blank();
    if !people.is_empty() {
        doc.line("## People");
        doc.blank();
        for p in people {
            let mut line = format!("- {} ({})", p.name, p.relationship.label().to_lowercase());
            if let Some(lang) = p.love_language {
                let _ = write!(line, ", love language: {}", lang.label());
            }
            doc.line(&line);
        }
        doc.blank();
    }
    for entry in entries {
        entry_section(&mut doc, entry, &names);
    }
    doc.finish()
}

fn entry_section(doc: &mut Doc, entry: &Entry, names: &HashMap<PersonId, &str>) {
    let name = |id: &PersonId| names.get(id).copied().unwrap_or("someone no longer in the journal").to_string();
    let title = match &entry.body {
        EntryBody::Note(n) if !n.title.trim().is_empty() => format!(": {}", n.title.trim()),
        _ => String::new(),
    };
    doc.line(&format!("## {} · {}{}", local_time(entry), entry.body.kind().label(), title));
    doc.blank();
    if !entry.people.is_empty() {
        doc.line(&format!("With: {}  ", entry.people.iter().map(name).collect::<Vec<_>>().join(", ")));
    }
    if !entry.tags.is_empty() {
        doc.line(&format!("Tags: {}  ", entry.tags.iter().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" ")));
    }
    if entry.updated_at != entry.created_at {
        doc.line(&format!("Last changed: {}  ", at_offset(entry.updated_at, entry.utc_offset_minutes)));
    }
    doc.blank();
    match &entry.body {
        EntryBody::CheckIn(c) => check_in(doc, c),
        EntryBody::Appreciation(a) => appreciation(doc, a, &name(&a.for_whom)),
        EntryBody::Conflict(c) => conflict(doc, c),
        EntryBody::Vulnerability(v) => vulnerability(doc, v),
        EntryBody::SharedExperience(s) => shared(doc, s),
        EntryBody::Note(n) => note(doc, n),
        // The newer kinds read as the brief lays them out: one list of labels, kept in one place.
        EntryBody::Listening(_) | EntryBody::Reaching(_) => {
            for f in crate::brief::fields::fields(entry, &name) {
                if f.long {
                    doc.long(&f.label, &f.text);
                } else {
                    doc.short(&f.label, &f.text);
                }
            }
        }
        EntryBody::Promise(p) => promise(doc, p, p.for_whom.as_ref().map(name)),
        EntryBody::LookBack(l) => look_back(doc, l),
    }
}

fn check_in(doc: &mut Doc, c: &CheckIn) {
    doc.short("Pleasantness", &format!("{} (−5 is very unpleasant, 5 very pleasant)", c.pleasantness));
    doc.short("Energy", &format!("{} (−5 is very low, 5 very high)", c.energy));
    doc.list("Feelings", &c.feelings);
    doc.blank();
    doc.long("What's going on", &c.whats_going_on);
    doc.long("A hope", &c.hope);
    doc.long("A worry", &c.concern);
    doc.long("What I need", &c.need);
    if let Some(last) = &c.last_step {
        doc.long(
            "How last time's step went",
            format!("{} — {}. {}", last.step.text, last.how.label(), last.note).trim_end(),
        );
    }
    if let Some(step) = &c.next_step {
        doc.long("What I'll try", &step.text);
    }
}

fn appreciation(doc: &mut Doc, a: &Appreciation, for_whom: &str) {
    doc.short("For", for_whom);
    if let Some(lang) = a.love_language {
        doc.short("Love language", lang.label());
    }
    doc.short("Told them", if a.told { "yes" } else { "not yet" });
    doc.blank();
    doc.long("What they did", &a.what);
    doc.long("Why it mattered to me", &a.why);
}

fn conflict(doc: &mut Doc, c: &ConflictReflection) {
    doc.short("Where it stands", &c.status.label().to_lowercase());
    doc.list("My feelings", &c.my_feelings);
    doc.blank();
    doc.long("What happened", &c.what_happened);
    let i = &c.i_statement;
    if [&i.feel, &i.when, &i.because, &i.need].iter().any(|s| !s.is_empty()) {
        doc.line("**What I could say:**");
        doc.blank();
        for (label, text) in [("I feel", &i.feel), ("when", &i.when), ("because", &i.because), ("I need", &i.need)] {
            if !text.is_empty() {
                doc.line(&format!("- {label} {text}"));
            }
        }
        doc.blank();
    }
    if !c.horsemen.is_empty() {
        doc.line("**Patterns that showed up:**");
        doc.blank();
        for h in &c.horsemen {
            let whose = match h.whose {
                Whose::Mine => "mine",
                Whose::Theirs => "theirs",
            };
            doc.line(&format!("- {} ({whose}); antidote: {}", h.horseman.label(), h.horseman.antidote()));
            if !h.rewrite.is_empty() {
                doc.line(&format!("  How it could sound instead: {}", h.rewrite));
            }
        }
        doc.blank();
    }
    doc.long("How it might have looked to them", &c.their_perspective);
    doc.long("My part in it", &c.my_part);
    doc.long("Repair", &c.repair);
    doc.long("What we learned", &c.learned);
    doc.long("What happened since", &c.since);
}

fn vulnerability(doc: &mut Doc, v: &Vulnerability) {
    doc.short("Shared with them", if v.shared { "yes" } else { "not yet" });
    doc.blank();
    doc.long("The question", &v.prompt);
    doc.long("My answer", &v.answer);
}

fn shared(doc: &mut Doc, s: &SharedExperience) {
    if s.closeness > 0 {
        doc.short("How close I felt", &format!("{} of 5", s.closeness));
        doc.blank();
    }
    doc.long("What we did", &s.what);
    doc.long("What made it meaningful", &s.meaningful);
}

fn promise(doc: &mut Doc, p: &Promise, for_whom: Option<String>) {
    if let Some(who) = for_whom {
        doc.short("For", &who);
    }
    if let Some(by) = p.by_when {
        doc.short("By", &by.format("%-d %B %Y").to_string());
    }
    doc.short("How it went", &p.outcome.label().to_lowercase());
    doc.blank();
    doc.long("What I said I'd do", &p.what);
    doc.long("How it went, in a line", &p.how_it_went);
}

fn look_back(doc: &mut Doc, l: &LookBack) {
    if let (Some(from), Some(to)) = (l.from, l.to) {
        doc.short("The week", &format!("{} to {}", from.format("%-d %B %Y"), to.format("%-d %B %Y")));
        doc.blank();
    }
    for (heading, text) in l.headed() {
        doc.long(heading, text);
    }
}

fn note(doc: &mut Doc, n: &Note) {
    doc.text(&n.text);
}

/// When the entry was written, in the writer's own time zone then.
fn local_time(entry: &Entry) -> String {
    at_offset(entry.created_at, entry.utc_offset_minutes)
}

fn at_offset(t: DateTime<Utc>, offset_minutes: i32) -> String {
    let offset = FixedOffset::east_opt(offset_minutes.saturating_mul(60)).unwrap_or(Utc.fix());
    t.with_timezone(&offset).format("%A %-d %B %Y, %H:%M").to_string()
}

/// A Markdown document being written, keeping at most one blank line between blocks.
#[derive(Default)]
struct Doc {
    out: String,
}

impl Doc {
    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn blank(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    /// `**Label:** value` on one line (two trailing spaces keep the next line separate).
    fn short(&mut self, label: &str, value: &str) {
        self.line(&format!("**{label}:** {value}  "));
    }

    fn list(&mut self, label: &str, items: &[String]) {
        if !items.is_empty() {
            self.short(label, &items.join(", "));
        }
    }

    /// A label on its own line, then the text exactly as written.
    fn long(&mut self, label: &str, text: &str) {
        if text.is_empty() {
            return;
        }
        self.line(&format!("**{label}:**"));
        self.blank();
        self.text(text);
    }

    fn text(&mut self, text: &str) {
        self.out.push_str(text);
        if !text.ends_with('\n') {
            self.out.push('\n');
        }
        self.blank();
    }

    fn finish(mut self) -> String {
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
    }
}
