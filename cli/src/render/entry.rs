//! Entries as text: a short summary for lists and search, and the whole entry for `show`.

use std::collections::HashMap;
use std::fmt::Write as _;

use attune_journal::model::{ConflictStatus, Whose};
use attune_journal::{Entry, EntryBody, Journal, Person, PersonId};

use super::{clock, one_line, when, Style};
use crate::error::CliError;

/// People's names by id, to show entries with names rather than ids.
pub struct Names(HashMap<PersonId, String>);

impl Names {
    /// Everyone in the journal.
    pub fn load(journal: &Journal) -> Result<Names, CliError> {
        Ok(Names::from(journal.people()?))
    }

    /// A name, or "someone" for an id the journal no longer knows.
    pub fn of(&self, id: &PersonId) -> &str {
        self.0.get(id).map(String::as_str).unwrap_or("someone")
    }

    fn list(&self, ids: &[PersonId]) -> String {
        ids.iter().map(|id| self.of(id)).collect::<Vec<_>>().join(", ")
    }
}

impl From<Vec<Person>> for Names {
    fn from(people: Vec<Person>) -> Self {
        Names(people.into_iter().map(|p| (p.id, p.name)).collect())
    }
}

/// A few lines for a list: when and what, the details that tell entries apart, and a snippet (the entry's main text,
/// unless a search gives its own).
pub fn summary(entry: &Entry, short_id: &str, names: &Names, style: Style, snippet: Option<String>) -> String {
    let mut out = format!(
        "{} · {} {}\n",
        style.bold(&when(entry.created_at)),
        entry.body.kind().label(),
        style.dim(&format!("· {short_id}"))
    );
    let mut details = details(&entry.body, names);
    if !entry.people.is_empty() {
        details.push(format!("with {}", names.list(&entry.people)));
    }
    if !entry.tags.is_empty() {
        details.push(entry.tags.iter().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" "));
    }
    if !details.is_empty() {
        let _ = writeln!(out, "  {}", details.join(" · "));
    }
    let snippet = snippet.unwrap_or_else(|| one_line(main_text(&entry.body), 100));
    if !snippet.is_empty() {
        let _ = writeln!(out, "  {snippet}");
    }
    out
}

/// The whole entry, every field that has something in it.
pub fn full(entry: &Entry, names: &Names, style: Style) -> String {
    let mut out = format!("{} · {}\n", style.bold(entry.body.kind().label()), when(entry.created_at));
    let _ = write!(out, "{}", style.dim(&format!("id {}", entry.id)));
    if entry.updated_at != entry.created_at {
        let _ = write!(out, "{}", style.dim(&format!(" · edited {}", when(entry.updated_at))));
    }
    out.push('\n');
    if !entry.people.is_empty() {
        let _ = writeln!(out, "With {}", names.list(&entry.people));
    }
    if !entry.tags.is_empty() {
        let _ = writeln!(out, "Tags: {}", entry.tags.join(", "));
    }
    let mut s = Sections { out, style, after_block: false };
    match &entry.body {
        EntryBody::CheckIn(c) => {
            s.line(&format!("Pleasantness {} · Energy {}", c.pleasantness, c.energy));
            s.words("Feelings", &c.feelings);
            s.text("What's going on", &c.whats_going_on);
            s.text("A hope", &c.hope);
            s.text("A concern", &c.concern);
            s.text("What I need", &c.need);
            if let Some(last) = &c.last_step {
                s.text(
                    "How last time's step went",
                    &format!("{} — {}. {}", last.step.text, last.how.label(), last.note),
                );
            }
            if let Some(step) = &c.next_step {
                s.text("What I'll try", &step.text);
            }
        }
        EntryBody::Appreciation(a) => {
            s.line(&format!("For {}", names.of(&a.for_whom)));
            if let Some(l) = a.love_language {
                s.line(&format!("Love language: {}", l.label()));
            }
            s.line(if a.told { "I told them." } else { "I haven't told them yet." });
            s.text("What they did", &a.what);
            s.text("Why it mattered", &a.why);
        }
        EntryBody::Conflict(c) => {
            s.line(&format!("Status: {}", status(c.status)));
            s.text("What happened", &c.what_happened);
            s.words("Feelings", &c.my_feelings);
            let i = &c.i_statement;
            let parts = [("I feel", &i.feel), ("when", &i.when), ("because", &i.because), ("I need", &i.need)];
            let said: Vec<String> = parts
                .iter()
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(lead, t)| format!("{lead} {}", t.trim()))
                .collect();
            if !said.is_empty() {
                s.text("I-statement", &said.join(" … "));
            }
            for h in &c.horsemen {
                let whose = if h.whose == Whose::Mine { "mine" } else { "theirs" };
                let mut text =
                    format!("{} ({whose}). Antidote: {}.", capitalise(h.horseman.as_str()), h.horseman.antidote());
                if !h.rewrite.is_empty() {
                    let _ = write!(text, "\n{}", h.rewrite);
                }
                s.text("Horseman", &text);
            }
            s.text("Their side", &c.their_perspective);
            s.text("My part", &c.my_part);
            s.text("Repair", &c.repair);
            s.text("What we learned", &c.learned);
            s.text("What happened since", &c.since);
        }
        EntryBody::Vulnerability(v) => {
            s.text("Prompt", &v.prompt);
            s.text("My answer", &v.answer);
            s.line(if v.shared { "I shared it with them." } else { "Kept to myself, for now." });
        }
        EntryBody::SharedExperience(x) => {
            s.line(&format!("Closeness {}/5", x.closeness));
            s.text("What we did", &x.what);
            s.text("What made it meaningful", &x.meaningful);
        }
        EntryBody::Note(n) => {
            s.text("Title", &n.title);
            s.text("Note", &n.text);
        }
        // The newer kinds are laid out by the journal, as in a brief.
        EntryBody::Listening(_) | EntryBody::Reaching(_) => {
            for f in attune_journal::brief::entry_fields(entry, &|id| names.of(id).to_string()) {
                if f.long {
                    s.text(&f.label, &f.text);
                } else {
                    s.line(&format!("{}: {}", f.label, f.text));
                }
            }
        }
        EntryBody::Promise(p) => {
            if let Some(who) = &p.for_whom {
                s.line(&format!("For {}", names.of(who)));
            }
            if let Some(by) = p.by_when {
                s.line(&format!("By {}", clock::long_day(by, clock::env_locale())));
            }
            s.line(&format!("How it went: {}", p.outcome.label().to_lowercase()));
            s.text("What I said I'd do", &p.what);
            s.text("How it went, in a line", &p.how_it_went);
        }
        EntryBody::LookBack(l) => {
            if let (Some(from), Some(to)) = (l.from, l.to) {
                s.line(&format!("The week of {}", clock::days(from, to, clock::env_locale())));
            }
            for (heading, text) in l.headed() {
                s.text(heading, text);
            }
        }
    }
    s.out
}

/// Builds the sections of `full`.
struct Sections {
    out: String,
    style: Style,
    /// Whether the last thing written was a text block, so a short line after it needs a blank line first.
    after_block: bool,
}

impl Sections {
    fn line(&mut self, text: &str) {
        if std::mem::take(&mut self.after_block) {
            self.out.push('\n');
        }
        let _ = writeln!(self.out, "{text}");
    }

    fn words(&mut self, label: &str, words: &[String]) {
        if !words.is_empty() {
            self.line(&format!("{label}: {}", words.join(", ")));
        }
    }

    fn text(&mut self, label: &str, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let _ = writeln!(self.out, "\n{}", self.style.bold(label));
        for line in text.trim_end().lines() {
            let _ = writeln!(self.out, "  {line}");
        }
        self.after_block = true;
    }
}

/// The short details that tell one entry from another in a list.
fn details(body: &EntryBody, names: &Names) -> Vec<String> {
    let mut d = Vec::new();
    match body {
        EntryBody::CheckIn(c) => {
            if !c.feelings.is_empty() {
                d.push(c.feelings.join(", "));
            }
            d.push(format!("pleasantness {}, energy {}", c.pleasantness, c.energy));
        }
        EntryBody::Appreciation(a) => {
            d.push(format!("for {}", names.of(&a.for_whom)));
            if let Some(l) = a.love_language {
                d.push(l.label().to_lowercase());
            }
            if a.told {
                d.push("told".into());
            }
        }
        EntryBody::Conflict(c) => {
            if !c.my_feelings.is_empty() {
                d.push(c.my_feelings.join(", "));
            }
            d.push(status(c.status));
        }
        EntryBody::Vulnerability(v) => {
            d.push(one_line(&v.prompt, 70));
            if v.shared {
                d.push("shared".into());
            }
        }
        EntryBody::SharedExperience(x) => d.push(format!("closeness {}/5", x.closeness)),
        EntryBody::Note(n) => {
            if !n.title.is_empty() {
                d.push(one_line(&n.title, 70));
            }
        }
        EntryBody::Listening(l) => {
            d.push(if l.turns.len() == 1 { "1 turn".into() } else { format!("{} turns", l.turns.len()) })
        }
        EntryBody::Reaching(r) => {
            if let Some(u) = r.wanted {
                d.push(u.label().to_lowercase());
            }
        }
        EntryBody::Promise(p) => {
            if let Some(who) = &p.for_whom {
                d.push(format!("for {}", names.of(who)));
            }
            if let Some(by) = p.by_when {
                d.push(format!("by {}", clock::day(by, clock::env_locale())));
            }
            d.push(p.outcome.label().to_lowercase());
        }
        EntryBody::LookBack(l) => {
            if let (Some(from), Some(to)) = (l.from, l.to) {
                d.push(clock::days(from, to, clock::env_locale()));
            }
        }
    }
    d
}

/// The text a list shows for an entry.
fn main_text(body: &EntryBody) -> &str {
    let main = match body {
        EntryBody::CheckIn(c) => &c.whats_going_on,
        EntryBody::Appreciation(a) => &a.what,
        EntryBody::Conflict(c) => &c.what_happened,
        EntryBody::Vulnerability(v) => &v.answer,
        EntryBody::SharedExperience(x) => &x.what,
        EntryBody::Note(n) => &n.text,
        EntryBody::Listening(l) => l.turns.first().map_or("", |t| t.heard.as_str()),
        EntryBody::Reaching(r) => &r.moment,
        EntryBody::Promise(p) => &p.what,
        EntryBody::LookBack(l) => &l.mood,
    };
    if main.is_empty() {
        body.texts().into_iter().next().unwrap_or_default()
    } else {
        main
    }
}

fn status(s: ConflictStatus) -> String {
    s.label().to_lowercase()
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
