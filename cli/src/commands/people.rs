//! `attune people`: list, add, edit, remove (and `show`, a person's page: `person_page.rs`).

use attune_journal::{Person, PersonInput};

use super::Ctx;
use crate::args::{PeopleCommand, PersonArgs};
use crate::error::CliError;

/// Runs a `people` subcommand (listing when there is none).
pub fn run(ctx: &mut Ctx, command: Option<PeopleCommand>) -> Result<(), CliError> {
    let journal = ctx.unlock()?;
    match command.unwrap_or(PeopleCommand::List) {
        PeopleCommand::List => {
            let people = journal.people()?;
            if ctx.out.json {
                return ctx.out.value(&people);
            }
            if people.is_empty() {
                return ctx.out.line("No one here yet. Add someone with: attune people add Sam --relationship partner");
            }
            for p in &people {
                ctx.out.line(describe(p))?;
            }
            Ok(())
        }
        PeopleCommand::Show { name } => super::person_page::show(ctx, &journal, &name),
        PeopleCommand::Add(PersonArgs { name, relationship, love_language }) => {
            let person = journal.add_person(PersonInput { name, relationship, love_language })?;
            done(ctx, &person, "Added")
        }
        PeopleCommand::Edit { name, rename, relationship, love_language } => {
            let old = journal.person_by_name(name.trim())?;
            let input = PersonInput {
                name: rename.unwrap_or_else(|| old.name.clone()),
                relationship: relationship.unwrap_or(old.relationship),
                love_language: love_language.map_or(old.love_language, |l| l.0),
            };
            let person = journal.update_person(old.id, input)?;
            done(ctx, &person, "Updated")
        }
        PeopleCommand::Remove { name } => {
            let person = journal.person_by_name(name.trim())?;
            journal.remove_person(person.id)?;
            done(ctx, &person, "Removed")
        }
    }
}

fn done(ctx: &mut Ctx, person: &Person, verb: &str) -> Result<(), CliError> {
    if ctx.out.json {
        return ctx.out.value(person);
    }
    ctx.out.line(format!("{verb} {}.", describe(person)))
}

/// "Sam (partner, quality time)".
fn describe(p: &Person) -> String {
    let mut about = vec![p.relationship.label()];
    if let Some(l) = p.love_language {
        about.push(l.label());
    }
    format!("{} ({})", p.name, about.join("; ").to_lowercase())
}
