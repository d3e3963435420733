//! Entries as text: a short summary for lists and search, and the whole entry for `show`.

use std::collections::HashMap;
use std::fmt::Write as _;

use attune_journal::model::ConflictStatus;
use attune_journal::{Entry, EntryBody, Journal, Person, PersonId};

use super::{clock, entry_time, one_line, when, Style};
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
        style.bold(&entry_time(entry)),
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
    let mut out = format!("{} · {}\n", style.bold(entry.body.kind().label()), entry_time(entry));
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
    // Laid out by the journal, under its labels: the same as the brief and the Markdown export.
    let locale = clock::env_locale();
    let day = |d, with_year| if with_year { clock::long_day(d, locale) } else { clock::long_short_day(d, locale) };
    for f in attune_journal::brief::entry_fields(entry, &|id| names.of(id).to_string(), &day) {
        if f.long {
            s.text(&f.label, &f.text);
        } else {
            s.line(&format!("{}: {}", f.label, f.text));
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
