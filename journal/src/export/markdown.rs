//! The Markdown export: the journal as a document to read, oldest entry first.
//!
//! Each entry gets a heading with its local date, time and kind, then its people and tags, then every field that was
//! filled in under a plain label. Entry text is copied exactly as written: it is the writer's own file, so nothing is
//! escaped or reflowed.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::json::snapshot;
use crate::brief::fields::own_time;
use crate::model::{Entry, EntryBody, Person, PersonId};
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
    doc.line(&format!("## {} · {}{}", own_time(entry, entry.created_at), entry.body.kind().label(), title));
    doc.blank();
    if !entry.people.is_empty() {
        doc.line(&format!("With: {}  ", entry.people.iter().map(name).collect::<Vec<_>>().join(", ")));
    }
    if !entry.tags.is_empty() {
        doc.line(&format!("Tags: {}  ", entry.tags.iter().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" ")));
    }
    if entry.updated_at != entry.created_at {
        doc.line(&format!("Last changed: {}  ", own_time(entry, entry.updated_at)));
    }
    doc.blank();
    match &entry.body {
        // A note is the writer's own text, as written; its title is in the heading.
        EntryBody::Note(n) => doc.text(&n.text),
        // Every other kind reads as the brief and `attune show` lay it out: one list of labels, kept in one place.
        _ => {
            let mut after_short = false;
            for f in crate::brief::fields::fields(entry, &name, &crate::brief::fields::own_day) {
                if f.long {
                    if std::mem::take(&mut after_short) {
                        doc.blank();
                    }
                    doc.long(&f.label, &f.text);
                } else {
                    doc.short(&f.label, &f.text);
                    after_short = true;
                }
            }
        }
    }
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
