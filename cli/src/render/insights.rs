//! Insights as text: one section per card, figures in small tables with bars drawn in characters.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use attune_journal::insights::{Insights, Span, Step};
use attune_journal::model::{ConflictStatus, LoveLanguage};
use attune_journal::vocab::Quadrant;
use attune_journal::EntryKind;

use super::{clock, one_line, Style};

/// The widest bar, in characters.
const BAR: u32 = 24;

/// A bar of `n` out of `max`, at least one block for anything above zero.
fn bar(n: u32, max: u32) -> String {
    if n == 0 || max == 0 {
        return String::new();
    }
    let len = ((u64::from(n) * u64::from(BAR)).div_ceil(u64::from(max))).max(1);
    "█".repeat(len as usize)
}

/// A day in the reader's locale ([`clock`]).
fn day(d: NaiveDate) -> String {
    clock::day(d, clock::env_locale())
}

fn short_day(d: NaiveDate) -> String {
    clock::short_day(d, clock::env_locale())
}

fn bucket(span: Span, step: Step) -> String {
    let locale = clock::env_locale();
    match step {
        Step::Day => clock::weekday_day(span.from, locale),
        Step::Week => clock::short_day(span.from, locale),
        Step::Month => clock::month(span.from, locale),
    }
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn signed(v: Option<f64>) -> String {
    v.map_or_else(|| "–".into(), |v| format!("{v:+.1}"))
}

fn language(l: Option<LoveLanguage>) -> String {
    l.map_or_else(|| "none chosen".into(), |l| l.label().to_lowercase())
}

/// The whole report; `person` is the name of the person chosen, if any.
pub fn report(i: &Insights, person: Option<&str>, style: Style) -> String {
    let mut out = String::new();
    let who = person.map_or_else(|| "everyone".to_owned(), |p| format!("entries about {p}"));
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "Insights · {} – {} ({}) · {who}",
            day(i.span.from),
            day(i.span.to),
            plural(i.span.days(), "day", "days")
        ))
    );
    let kinds: Vec<String> = i.kinds.iter().filter(|k| k.count > 0).map(|k| k.kind.count(k.count.into())).collect();
    if i.entries == 0 {
        let _ = writeln!(out, "Nothing written in these days yet. Insights grow from check-ins, appreciations and the rest: attune add check-in");
        return out;
    }
    let _ = writeln!(out, "{} · {}", plural(i.entries, "entry", "entries"), kinds.join(" · "));
    mood(&mut out, i, style);
    feelings(&mut out, i, style);
    appreciations(&mut out, i, style);
    conflicts(&mut out, i, style);
    balance(&mut out, i, style);
    shared(&mut out, i, style);
    rhythm(&mut out, i, style);
    out
}

fn heading(out: &mut String, style: Style, title: &str, aside: &str) {
    if aside.is_empty() {
        let _ = writeln!(out, "\n{}", style.bold(title));
    } else {
        let _ = writeln!(out, "\n{} {}", style.bold(title), style.dim(aside));
    }
}

fn step_word(step: Step) -> &'static str {
    match step {
        Step::Day => "Day",
        Step::Week => "Week of",
        Step::Month => "Month",
    }
}

fn mood(out: &mut String, i: &Insights, style: Style) {
    let m = &i.mood;
    heading(out, style, "Mood over time", &format!("({})", EntryKind::CheckIn.count(m.check_ins.into())));
    if m.check_ins == 0 {
        let _ = writeln!(
            out,
            "  No check-ins in these days. A check-in a day shows how your days feel: attune add check-in"
        );
        return;
    }
    let _ =
        writeln!(out, "  Average pleasantness {}, energy {} (from −5 to 5)", signed(m.pleasantness), signed(m.energy));
    let max = Quadrant::ALL.iter().map(|q| m.mix.get(*q)).max().unwrap_or(0);
    for q in Quadrant::ALL {
        let _ = writeln!(out, "  {:<22} {:>4}  {}", q.label(), m.mix.get(q), bar(m.mix.get(q), max));
    }
    let _ = writeln!(out, "  {:<12} {:>9}  {:>12}  {:>6}", step_word(i.step), "Check-ins", "Pleasantness", "Energy");
    for b in &m.buckets {
        let _ = writeln!(
            out,
            "  {:<12} {:>9}  {:>12}  {:>6}",
            bucket(b.span, i.step),
            b.check_ins,
            signed(b.pleasantness),
            signed(b.energy)
        );
    }
}

fn feelings(out: &mut String, i: &Insights, style: Style) {
    let f = &i.feelings;
    let before = f
        .previous_named
        .map_or_else(String::new, |p| format!("; {} in the same stretch before", plural(p, "time", "times")));
    heading(out, style, "Feelings named", &format!("({}{before})", plural(f.named, "time", "times")));
    if f.named == 0 {
        let _ = writeln!(out, "  No feelings named yet. Name a word or two in a check-in to see which come up most.");
        return;
    }
    let max = f.words.first().map_or(0, |w| w.count);
    for w in &f.words {
        let change = if f.previous_named.is_some() { format!("  ({} before)", w.previous) } else { String::new() };
        let _ = writeln!(out, "  {:<18} {:>4}  {:<24}{}", w.word, w.count, bar(w.count, max), style.dim(&change));
    }
    if !f.faded.is_empty() {
        let faded: Vec<String> = f.faded.iter().map(|w| format!("{} ({} → {})", w.word, w.previous, w.count)).collect();
        let _ = writeln!(out, "  Named less often than before: {}", faded.join(", "));
    }
    let families: Vec<String> =
        f.families.iter().filter(|x| x.count > 0).map(|x| format!("{} {}", x.label, x.count)).collect();
    if !families.is_empty() {
        let _ = writeln!(out, "  Families: {}", families.join(" · "));
    }
    if f.own_words > 0 {
        let _ = writeln!(out, "  Words of your own: {}", f.own_words);
    }
}

fn appreciations(out: &mut String, i: &Insights, style: Style) {
    let a = &i.appreciations;
    heading(out, style, "Appreciations", &format!("({}; told {}, not told yet {})", a.count, a.told, a.untold));
    if a.count == 0 {
        let _ =
            writeln!(out, "  None in these days. Write down something specific someone did: attune add appreciation");
        return;
    }
    for p in &a.people {
        let spoke: Vec<String> = p.languages.iter().map(|l| format!("{} {}", language(l.language), l.count)).collect();
        let theirs = match p.love_language {
            Some(l) => format!("their love language: {} ({} spoke it)", l.label().to_lowercase(), p.in_their_language),
            None => "their love language: not set".to_owned(),
        };
        let _ =
            writeln!(out, "  {:<16} {:>3}  told {:<3} · {} · {}", p.name, p.count, p.told, spoke.join(", "), theirs);
    }
    if !a.untold_list.is_empty() {
        let _ = writeln!(out, "  Not told yet:");
        for u in &a.untold_list {
            let _ = writeln!(out, "    {:<7} {:<12} {}", short_day(u.date), u.name, one_line(&u.what, 70));
        }
    }
}

fn status(s: ConflictStatus) -> &'static str {
    s.label()
}

fn conflicts(out: &mut String, i: &Insights, style: Style) {
    let c = &i.conflicts;
    heading(out, style, "Conflicts", &format!("({})", c.count));
    if c.count == 0 {
        let _ = writeln!(out, "  No conflict reflections in these days. After a hard moment: attune add conflict");
        return;
    }
    let statuses: Vec<String> = c.statuses.iter().map(|s| format!("{} {}", status(s.status), s.count)).collect();
    let _ = writeln!(out, "  {}", statuses.join(" · "));
    let _ = writeln!(out, "  {:<16} {:>5} {:>7}  Antidote written", "Horseman", "Mine", "Theirs");
    for h in &c.horsemen {
        let _ = writeln!(
            out,
            "  {:<16} {:>5} {:>7}  {} ({})",
            capital(h.horseman.as_str()),
            h.mine,
            h.theirs,
            h.antidote_practised,
            h.horseman.antidote()
        );
    }
    let _ = writeln!(out, "  {:<10} {:>9}  {:>5} {:>7}", "Month", "Conflicts", "Mine", "Theirs");
    for m in c.months.iter().filter(|m| m.count > 0) {
        let mine: u32 = m.horsemen.iter().map(|h| h.mine).sum();
        let theirs: u32 = m.horsemen.iter().map(|h| h.theirs).sum();
        let _ = writeln!(
            out,
            "  {:<10} {:>9}  {:>5} {:>7}",
            clock::month(m.span.from, clock::env_locale()),
            m.count,
            mine,
            theirs
        );
    }
    if !c.to_revisit.is_empty() {
        let _ = writeln!(out, "  To come back to, when you're ready:");
        for o in &c.to_revisit {
            let _ = writeln!(
                out,
                "    {:<7} {:<18} {}",
                short_day(o.date),
                status(o.status),
                one_line(&o.what_happened, 60)
            );
        }
    }
}

fn balance(out: &mut String, i: &Insights, style: Style) {
    let b = &i.balance;
    let aside = format!(
        "({}, {})",
        plural(b.warm, "warm moment", "warm moments"),
        plural(b.conflicts, "hard one", "hard ones")
    );
    heading(out, style, "Warmth and friction", &aside);
    let _ = writeln!(out, "  {}", b.note);
    if b.warm + b.conflicts == 0 {
        let _ = writeln!(out, "  Appreciations, close moments and pleasant check-ins show up here beside conflicts.");
        return;
    }
    let max = b.buckets.iter().map(|x| x.warm.max(x.conflicts)).max().unwrap_or(0);
    let _ = writeln!(out, "  {:<12} {:>5} {:>5}", step_word(i.step), "Warm", "Hard");
    for x in &b.buckets {
        let _ = writeln!(
            out,
            "  {:<12} {:>5} {:>5}  {}{}",
            bucket(x.span, i.step),
            x.warm,
            x.conflicts,
            bar(x.warm, max),
            if x.conflicts > 0 {
                format!(" {}", "░".repeat(bar(x.conflicts, max).chars().count()))
            } else {
                String::new()
            }
        );
    }
}

fn shared(out: &mut String, i: &Insights, style: Style) {
    let s = &i.shared;
    let avg = s.closeness.map_or_else(String::new, |c| format!("; closeness {c:.1} of 5 on average"));
    heading(out, style, EntryKind::SharedExperience.heading(), &format!("({}{avg})", s.count));
    if s.people.is_empty() {
        let _ = writeln!(out, "  Nothing shared yet. Something you did together: attune add shared-experience");
        return;
    }
    for p in &s.people {
        let last = match (p.last, p.days_since) {
            (Some(l), Some(0)) => format!("last on {} (that day)", day(l)),
            (Some(l), Some(n)) => format!("last on {}, {} before", day(l), plural(n, "day", "days")),
            _ => "none yet".into(),
        };
        let _ = writeln!(out, "  {:<16} {:>3} in these days · {last}", p.name, p.count);
    }
    let buckets: Vec<String> =
        s.buckets.iter().filter_map(|b| b.closeness.map(|c| format!("{} {c:.1}", bucket(b.span, i.step)))).collect();
    if !buckets.is_empty() {
        let _ = writeln!(out, "  Closeness over time: {}", buckets.join(" · "));
    }
}

fn rhythm(out: &mut String, i: &Insights, style: Style) {
    let r = &i.rhythm;
    heading(out, style, "Rhythm", "");
    let _ = writeln!(
        out,
        "  You wrote on {} of these {}, and checked in on {}.",
        plural(r.days_written, "day", "days"),
        i.span.days(),
        plural(r.check_in_days, "day", "days")
    );
    if r.current_run > 1 {
        let _ = writeln!(out, "  {} in a row with a check-in, up to now.", plural(r.current_run, "day", "days"));
    }
    if let (true, Some(end)) = (r.longest_run > 1, r.longest_run_ended) {
        let _ = writeln!(out, "  Your longest run here: {} (to {}).", plural(r.longest_run, "day", "days"), day(end));
    }
    let _ = writeln!(out, "  Every day you come back counts; gaps are part of any rhythm.");
    let _ = write!(out, "{}", heat_map(r.heat, &r.days));
}

/// Seven rows (Monday to Sunday), one column per week; darker for more entries.
fn heat_map(span: Span, days: &[attune_journal::insights::DayCount]) -> String {
    let max = days.iter().map(|d| d.count).max().unwrap_or(0);
    let start = Step::Week.start_of(span.from);
    let weeks = ((span.to - start).num_days() / 7 + 1) as usize;
    let mut grid = vec![vec![' '; weeks]; 7];
    let mut d = span.from;
    while d <= span.to {
        let col = ((d - start).num_days() / 7) as usize;
        let n = days.iter().find(|x| x.date == d).map_or(0, |x| x.count);
        let shade = match (n, max) {
            (0, _) => '·',
            (n, m) if n * 3 <= m => '░',
            (n, m) if n * 3 <= m * 2 => '▒',
            _ => '▓',
        };
        grid[d.weekday().num_days_from_monday() as usize][col] = shade;
        match d.succ_opt() {
            Some(next) => d = next,
            None => break,
        }
    }
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let mut out = String::new();
    for (row, name) in grid.iter().zip(names) {
        let _ = writeln!(out, "  {name} {}", row.iter().collect::<String>());
    }
    out
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
