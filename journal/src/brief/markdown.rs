//! The brief as Markdown: the title, the cover line, what I want to talk about, then each kind's entries.
//! Entry text is copied exactly as written.

use std::fmt::Write as _;

use super::Brief;

pub(super) fn render(brief: &Brief) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n\n{} · {}\n", brief.title, brief.cover_line, entries(brief.entry_count));
    if !brief.talk_about.is_empty() {
        let _ = writeln!(out, "## What I want to talk about\n\n{}\n", brief.talk_about);
    }
    for group in &brief.groups {
        let _ = writeln!(out, "## {} ({})\n", group.heading, group.entries.len());
        for e in &group.entries {
            let with = if e.people.is_empty() { String::new() } else { format!(" · with {}", e.people.join(", ")) };
            let _ = writeln!(out, "### {}{with}\n", e.when);
            for f in &e.fields {
                if f.long {
                    let _ = writeln!(out, "**{}:**\n\n{}\n", f.label, f.text);
                } else {
                    let _ = writeln!(out, "**{}:** {}  ", f.label, f.text);
                }
            }
            if e.fields.last().is_some_and(|f| !f.long) {
                out.push('\n');
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// "1 entry", "7 entries".
pub(super) fn entries(n: u32) -> String {
    if n == 1 {
        "1 entry".into()
    } else {
        format!("{n} entries")
    }
}
