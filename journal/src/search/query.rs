//! Turning what a person typed into an FTS5 MATCH expression that can never be read as FTS syntax.
//!
//! Each whitespace-separated word becomes a double-quoted string (inner quotes doubled), so operators (`OR`, `NEAR`,
//! `-`, `^`, `*`, `col:`), quotes and brackets are only ever searched as words. The words are AND-ed; the last one is
//! a prefix (`"wor"*`) so results follow the typing, unless the text ends in a space: then the word is finished, and
//! an exact term is also much cheaper for FTS5 than a prefix on a large journal. Words with no letter or digit carry
//! nothing the tokenizer would keep, and are dropped.
//!
//! The index stems English words (the `porter` tokenizer, migration 0004), so "apologising" finds "apologise" and
//! "apologised"; it has prefix indexes of 1 to 6 letters (migration 0005), so each keystroke of a word's start reads
//! one list rather than merging those of every word it begins. Two things the stemmer does not do are added here,
//! each as more quoted terms OR-ed with the word:
//! - **British and American spellings** ("apologise" / "apologize", "analyse" / "analyze", "behaviour" /
//!   "behavior"): the stemmer keeps them apart, so each word also asks for its other spelling.
//! - **A word still being typed** whose stem is shorter than what is typed so far: "feeli" is on its way to
//!   "feeling", which is indexed as "feel", so a prefix query for "feeli" alone would find nothing until the word is
//!   finished. When the typed word ends in the start of an English ending ("i" of "-ing", "ne" of "-ness"), the part
//!   before it is also asked for as a whole stem ("feel", and "run" for "runni").

use crate::store::index::{HIT_END, HIT_START};

/// The MATCH expression for `text`, or None when it holds no searchable word.
pub(crate) fn match_expression(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.chars().filter(|&c| c != HIT_START && c != HIT_END).collect::<String>())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let (last, rest) = words.split_last()?;
    let typing = !text.ends_with(char::is_whitespace);
    let mut groups: Vec<String> = rest.iter().map(|w| group(w, false)).collect();
    groups.push(group(last, typing));
    Some(groups.join(" AND "))
}

/// One word as a quoted term, OR-ed with its other spellings (and, while typing, the stems it may be heading for).
fn group(word: &str, typing: bool) -> String {
    let star = if typing { "*" } else { "" };
    let mut terms: Vec<String> = Vec::new();
    let mut push = |term: String| {
        if !terms.contains(&term) {
            terms.push(term);
        }
    };
    push(format!("{}{star}", quoted(word)));
    for other in other_spellings(word) {
        push(format!("{}{star}", quoted(&other)));
    }
    if typing {
        for stem in stems_on_the_way(word) {
            push(quoted(&stem));
        }
    }
    if terms.len() == 1 {
        terms.remove(0)
    } else {
        format!("({})", terms.join(" OR "))
    }
}

fn quoted(word: &str) -> String {
    format!("\"{}\"", word.replace('"', "\"\""))
}

/// Endings with a British and an American spelling, as (British, American) pairs of the part that differs and the
/// endings that may follow it. Only words with at least `MIN_BEFORE` letters before the pair are changed, so short
/// everyday words ("wise", "four", "hour") keep their one spelling.
const SPELLINGS: &[(&str, &str, &[&str])] = &[
    ("is", "iz", &["e", "ed", "es", "ing", "ation", "ations", "er", "ers"]),
    ("ys", "yz", &["e", "ed", "es", "ing"]),
    ("our", "or", &["", "s", "ed", "ing", "ite", "ites", "able", "ful"]),
];
const MIN_BEFORE: usize = 3;

/// The word's other spellings: British to American and back ("apologised" ↔ "apologized").
fn other_spellings(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    let mut out = Vec::new();
    for (british, american, endings) in SPELLINGS {
        for ending in *endings {
            for (from, to) in [(british, american), (american, british)] {
                let tail = format!("{from}{ending}");
                if let Some(before) = lower.strip_suffix(&tail) {
                    if before.chars().count() >= MIN_BEFORE && before.chars().all(char::is_alphabetic) {
                        out.push(format!("{before}{to}{ending}"));
                    }
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Partly typed English endings the stemmer takes off: "-ing", "-ness", "-ment", "-ful", "-ies"/"-ied".
const PARTIAL_ENDINGS: &[&str] = &["i", "in", "ne", "nes", "me", "men", "fu", "ie"];
/// A stem shorter than this is never asked for on its own: it would match far too much.
const MIN_STEM: usize = 3;

/// Stems a word still being typed may turn out to have: the typed text minus a partial ending, and without a doubled
/// last consonant ("runni" → "runn", "run").
fn stems_on_the_way(word: &str) -> Vec<String> {
    let lower: Vec<char> = word.to_lowercase().chars().collect();
    if !lower.iter().all(|c| c.is_alphabetic()) {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for ending in PARTIAL_ENDINGS {
        let n = lower.len().saturating_sub(ending.len());
        if n < MIN_STEM || !lower[n..].iter().copied().eq(ending.chars()) {
            continue;
        }
        let stem = &lower[..n];
        out.push(stem.iter().collect());
        if n > MIN_STEM && stem[n - 1] == stem[n - 2] && !"aeioulsz".contains(stem[n - 1]) {
            out.push(stem[..n - 1].iter().collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{match_expression, other_spellings, stems_on_the_way};
    use rstest::rstest;

    #[rstest]
    #[case::one_word("cafe", Some(r#""cafe"*"#))]
    #[case::two_words("warm cafe", Some(r#""warm" AND "cafe"*"#))]
    #[case::quote_inside("say \"hi", Some(r#""say" AND """hi"*"#))]
    #[case::operator_is_a_word("a OR b", Some(r#""a" AND "OR" AND "b"*"#))]
    #[case::column_filter("col:foo", Some(r#""col:foo"*"#))]
    #[case::only_punctuation("\" * - ^ ( )", None)]
    #[case::finished_word("warm cafe ", Some(r#""warm" AND "cafe""#))]
    #[case::empty("", None)]
    #[case::markers_stripped("\u{E000}x\u{E001}", Some(r#""x"*"#))]
    #[case::british_and_american("apologised ", Some(r#"("apologised" OR "apologized")"#))]
    #[case::typing_towards_a_shorter_stem("feeli", Some(r#"("feeli"* OR "feel")"#))]
    fn builds_quoted_and_expressions(#[case] input: &str, #[case] expected: Option<&str>) {
        assert_eq!(match_expression(input).as_deref(), expected);
    }

    #[rstest]
    #[case::ise("apologise", &["apologize"])]
    #[case::ize("realized", &["realised"])]
    #[case::isation("prioritisation", &["prioritization"])]
    #[case::yse("analyse", &["analyze"])]
    #[case::our("behaviour", &["behavior"])]
    #[case::or("favorite", &["favourite"])]
    #[case::short_words_alone("wise", &[])]
    #[case::four("four", &[])]
    #[case::your("your", &[])]
    #[case::plain("kitchen", &[])]
    fn spellings(#[case] word: &str, #[case] expected: &[&str]) {
        assert_eq!(other_spellings(word), expected);
    }

    #[rstest]
    #[case::ing("feeli", &["feel"])]
    #[case::doubled("runni", &["runn", "run"])]
    #[case::ness("happine", &["happi"])]
    #[case::a_finished_word_ending_in_e("cafe", &[])]
    #[case::nothing_to_cut("kitch", &[])]
    #[case::too_short("rei", &[])]
    fn stems_while_typing(#[case] word: &str, #[case] expected: &[&str]) {
        assert_eq!(stems_on_the_way(word), expected);
    }
}
