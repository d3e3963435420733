//! `prompts` and `feelings`: the built-in deck and vocabulary. No journal needed.

use chrono::Local;

use attune_journal::vocab::{self, Quadrant};

use super::Ctx;
use crate::error::CliError;

/// `attune prompts`: the deck by theme, or today's prompt.
pub fn prompts(ctx: &mut Ctx, today: bool) -> Result<(), CliError> {
    if today {
        let prompt = vocab::prompt_for_day(Local::now().date_naive());
        if ctx.out.json {
            return ctx.out.value(prompt);
        }
        ctx.out.line(&prompt.text)?;
        return ctx.out.line(
            ctx.out.style.dim(&format!("({}; answer with: attune add vulnerability --answer \"...\")", prompt.id)),
        );
    }
    if ctx.out.json {
        return ctx.out.value(vocab::prompts());
    }
    let style = ctx.out.style;
    for theme in vocab::themes() {
        ctx.out.line(style.bold(&theme.label))?;
        for p in vocab::prompts().iter().filter(|p| p.theme == theme.id) {
            ctx.out.line(format!("  {}  {}", style.dim(&p.id), p.text))?;
        }
        ctx.out.line("")?;
    }
    ctx.out.line("Answer one with: attune add vulnerability --prompt ID --answer \"...\"")
}

/// `attune feelings`: the vocabulary, family by family; with `--near P,E`, the words nearest that point.
pub fn feelings(ctx: &mut Ctx, near: Option<(i8, i8)>) -> Result<(), CliError> {
    if let Some((pleasantness, energy)) = near {
        let words = vocab::feelings_near(pleasantness, energy);
        if ctx.out.json {
            return ctx.out.value(&words);
        }
        ctx.out.line(words.nearest.join(", "))?;
        return ctx.out.line(ctx.out.style.dim("(the words nearest that point; `attune feelings` lists them all)"));
    }
    if ctx.out.json {
        return ctx.out.value(vocab::feelings());
    }
    let style = ctx.out.style;
    for family in vocab::feelings() {
        let quadrant = match family.quadrant {
            Some(Quadrant::PleasantHigh) => "pleasant, more energy",
            Some(Quadrant::PleasantLow) => "pleasant, less energy",
            Some(Quadrant::UnpleasantHigh) => "unpleasant, more energy",
            Some(Quadrant::UnpleasantLow) => "unpleasant, less energy",
            None => "mixed, anywhere on the meter",
        };
        ctx.out.line(format!("{} {}", style.bold(&family.label), style.dim(&format!("({quadrant})"))))?;
        ctx.out.line(format!("  {}", family.words.join(", ")))?;
    }
    Ok(())
}
