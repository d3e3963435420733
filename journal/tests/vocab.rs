//! The built-in data: the feelings vocabulary, the prompt deck, next-step strategies, repair phrases and the care line.
//! What people see depends on these invariants, so each is checked here rather than trusted to the data files.

use std::collections::{HashMap, HashSet};

use attune_journal::model::{CheckIn, ConflictReflection, EntryBody, IStatement};
use attune_journal::vocab::{self, Depth, Quadrant, StepKind};
use chrono::NaiveDate;
use proptest::prelude::*;
use rstest::rstest;

// ---------- feelings ----------

#[test]
fn feelings_vocabulary_is_rich_and_unique() {
    let families = vocab::feelings();
    assert!(families.len() >= 14, "{} families", families.len());
    let mut seen = HashSet::new();
    for family in families {
        assert!(!family.label.is_empty() && family.words.len() >= 10, "{} is thin", family.id);
        for word in &family.words {
            assert_eq!(word, &word.trim().to_lowercase(), "'{word}' should be trimmed lower-case");
            assert!(seen.insert(word.as_str()), "'{word}' appears twice");
        }
    }
    assert!(seen.len() >= 175, "only {} words", seen.len());
    for q in Quadrant::ALL {
        let n = families.iter().filter(|f| f.quadrant == Some(q)).count();
        assert!(n >= 3, "{q:?} has {n} families");
        assert!(vocab::words_in_quadrant(q).count() >= 40, "{q:?}");
    }
    let ids: HashSet<_> = families.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids.len(), families.len(), "family ids are unique");
}

#[test]
fn words_per_family_are_counted() {
    let counts: HashMap<&str, usize> = vocab::feelings().iter().map(|f| (f.id.as_str(), f.words.len())).collect();
    for (family, at_least) in [
        ("joyful", 12),
        ("excited", 12),
        ("proud", 12),
        ("calm", 12),
        ("content", 15),
        ("tender", 15),
        ("anxious", 15),
        ("angry", 12),
        ("stung", 12),
        ("flooded", 10),
        ("sad", 12),
        ("lonely", 15),
        ("tired", 12),
        ("small", 12),
        ("mixed", 15),
    ] {
        let n = counts.get(family).copied().unwrap_or(0);
        assert!(n >= at_least, "{family} has {n} words, expected at least {at_least}");
    }
}

#[rstest]
#[case::excited("excited", Some(Quadrant::PleasantHigh))]
#[case::calm_any_case("  Calm ", Some(Quadrant::PleasantLow))]
#[case::supported("supported", Some(Quadrant::PleasantLow))]
#[case::reassured("reassured", Some(Quadrant::PleasantLow))]
#[case::anxious("anxious", Some(Quadrant::UnpleasantHigh))]
#[case::restless_is_anxious("restless", Some(Quadrant::UnpleasantHigh))]
#[case::crowded("crowded", Some(Quadrant::UnpleasantHigh))]
#[case::flooded("flooded", Some(Quadrant::UnpleasantHigh))]
#[case::pressured("pressured", Some(Quadrant::UnpleasantHigh))]
#[case::lonely("lonely", Some(Quadrant::UnpleasantLow))]
#[case::longing("longing", Some(Quadrant::UnpleasantLow))]
#[case::missing_someone("missing someone", Some(Quadrant::UnpleasantLow))]
#[case::two_words("left out", Some(Quadrant::UnpleasantLow))]
#[case::okay_is_anywhere("okay", None)]
#[case::torn_is_anywhere("torn", None)]
#[case::numb_is_anywhere("numb", None)]
#[case::vulnerable_is_not_simply_unpleasant("vulnerable", None)]
fn family_of_known_words(#[case] word: &str, #[case] quadrant: Option<Quadrant>) {
    let family = vocab::family_of(word).expect("a vocabulary word");
    assert_eq!(family.quadrant, quadrant, "{word}");
    let word = word.trim().to_lowercase();
    match quadrant {
        Some(q) => assert!(vocab::words_in_quadrant(q).any(|w| w == word)),
        // Mixed words fit anywhere on the meter.
        None => assert!(Quadrant::ALL.iter().all(|q| vocab::words_in_quadrant(*q).any(|w| w == word))),
    }
}

#[rstest]
#[case::restless("restless")]
#[case::agitated("agitated")]
#[case::shocked("shocked")]
fn misfiled_words_are_with_the_anxious_family(#[case] word: &str) {
    assert_eq!(vocab::family_of(word).map(|f| f.id.as_str()), Some("anxious"));
}

#[test]
fn family_of_own_word_is_none() {
    assert!(vocab::family_of("wobbly-ish").is_none());
}

#[test]
fn words_about_what_someone_did_point_to_feelings_inside() {
    let words = vocab::underneath_words();
    for required in ["betrayed", "disrespected", "criticised", "ignored", "rejected", "abandoned", "misunderstood"] {
        assert!(vocab::underneath(required).is_some(), "{required} needs a hint");
    }
    let about: HashSet<_> = words.iter().map(|u| u.word.as_str()).collect();
    assert_eq!(about.len(), words.len(), "each word once");
    for u in words {
        assert!(u.underneath.len() >= 3, "{} offers too few", u.word);
        for inner in &u.underneath {
            assert!(vocab::family_of(inner).is_some(), "{} → '{inner}' is not a vocabulary word", u.word);
            assert!(!about.contains(inner.as_str()), "{} → '{inner}' is itself about what someone did", u.word);
        }
    }
    assert_eq!(vocab::underneath("  Ignored ").map(|u| u.word.as_str()), Some("ignored"));
    assert!(vocab::underneath("hurt").is_none(), "hurt already names the feeling inside");
}

// ---------- the prompt deck ----------

#[test]
fn prompt_deck_is_complete_and_consistent() {
    let themes = vocab::themes();
    let prompts = vocab::prompts();
    assert!(themes.len() >= 13, "{} themes", themes.len());
    assert!(prompts.len() >= 240, "{} prompts", prompts.len());
    let theme_ids: HashSet<_> = themes.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(theme_ids.len(), themes.len(), "theme ids are unique");
    for required in ["knowing", "play", "trust", "sessions"] {
        assert!(theme_ids.contains(required), "the deck needs the {required} theme");
    }
    let mut ids = HashSet::new();
    let mut texts = HashSet::new();
    for p in prompts {
        assert!(ids.insert(p.id.as_str()), "prompt id {} repeats", p.id);
        assert!(texts.insert(p.text.trim().to_lowercase()), "the text of {} repeats another prompt's", p.id);
        assert!(theme_ids.contains(p.theme.as_str()), "{} has unknown theme {}", p.id, p.theme);
        assert!(p.id.starts_with(&format!("{}-", p.theme)), "{} should start with its theme", p.id);
        assert!(!p.text.trim().is_empty(), "{} has no text", p.id);
        assert!(vocab::practice(&p.practises).is_some(), "{} practises unknown '{}'", p.id, p.practises);
        assert_eq!(vocab::prompt(&p.id), Some(p));
    }
    for t in themes {
        assert!(!t.label.is_empty());
        assert_eq!(vocab::theme(&t.id), Some(t));
    }
    assert!(vocab::prompt("no-such-prompt").is_none());
}

#[test]
fn prompts_per_theme_are_counted() {
    for t in vocab::themes() {
        let n = vocab::prompts_in_theme(&t.id).count();
        assert!(n >= 18, "theme {} has {n} prompts", t.id);
        let not_deep = vocab::prompts_in_theme(&t.id).filter(|p| p.depth != Depth::Deep).count();
        assert!(not_deep >= 12, "theme {} needs lighter prompts for everyday use", t.id);
    }
}

#[test]
fn every_prompt_is_tagged_with_a_depth_in_the_data_file() {
    // Read the raw file: a missing tag must fail here, not be filled in by a serde default.
    let raw: serde_json::Value = serde_json::from_str(include_str!("../data/prompts.json")).unwrap();
    let prompts = raw["prompts"].as_array().unwrap();
    for p in prompts {
        let depth = p["depth"].as_str().unwrap_or_default();
        assert!(["light", "medium", "deep"].contains(&depth), "{} has depth '{depth}'", p["id"]);
    }
    for d in Depth::ALL {
        assert!(vocab::prompts().iter().filter(|p| p.depth == d).count() >= 20, "too few {} prompts", d.as_str());
    }
}

#[test]
fn prompts_speak_to_partners_family_and_friends_alike() {
    for p in vocab::prompts() {
        let t = p.text.to_lowercase();
        for couple_only in ["your partner", "your spouse", "your husband", "your wife", "as a couple", " us?"] {
            assert!(!t.contains(couple_only), "{} assumes a couple: {}", p.id, p.text);
        }
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn prompt_for_day_is_stable_and_varies_across_a_week() {
    let start = day(2026, 11, 21);
    assert_eq!(vocab::prompt_for_day(start), vocab::prompt_for_day(start));
    let week: HashSet<_> = start.iter_days().take(7).map(|d| vocab::prompt_for_day(d).id.as_str()).collect();
    assert_eq!(week.len(), 7);
    let themes: HashSet<_> = start.iter_days().take(7).map(|d| vocab::prompt_for_day(d).theme.as_str()).collect();
    assert!(themes.len() >= 4, "a week should wander across themes: {themes:?}");
}

#[test]
fn prompt_for_day_cycles_through_every_prompt_that_is_not_deep() {
    let everyday: HashSet<_> =
        vocab::prompts().iter().filter(|p| p.depth != Depth::Deep).map(|p| p.id.as_str()).collect();
    let n = everyday.len();
    let seen: HashSet<_> = day(2024, 2, 1).iter_days().take(n).map(|d| vocab::prompt_for_day(d).id.as_str()).collect();
    assert_eq!(seen, everyday);
}

proptest! {
    // Every regression file in one place: journal/tests/proptest-regressions/ (tests run in the crate folder).
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct(
            "tests/proptest-regressions/vocab.txt",
        ))),
        ..ProptestConfig::default()
    })]
    #[test]
    fn deep_prompts_are_never_todays_question(days in -800_000i32..1_200_000) {
        let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
        let p = vocab::prompt_for_day(date);
        prop_assert_ne!(p.depth, Depth::Deep, "{} on {}", p.id, date);
        // "Show me another" without a theme follows the same daily order, so it never lands on a deep one either.
        let next = vocab::next_prompt(&p.id, None).unwrap();
        prop_assert_ne!(next.depth, Depth::Deep);
    }
}

#[test]
fn next_prompt_without_theme_is_tomorrows_prompt() {
    let today = day(2026, 1, 31);
    let tomorrow = today.succ_opt().unwrap();
    let next = vocab::next_prompt(&vocab::prompt_for_day(today).id, None).unwrap();
    assert_eq!(next, vocab::prompt_for_day(tomorrow));
}

#[test]
fn next_prompt_in_theme_walks_the_whole_theme_deep_ones_too_and_wraps() {
    let theme: Vec<_> = vocab::prompts_in_theme("closeness").collect();
    assert!(theme.iter().any(|p| p.depth == Depth::Deep));
    let mut id = theme[0].id.clone();
    for expected in theme.iter().skip(1).chain(theme.first()) {
        let next = vocab::next_prompt(&id, Some("closeness")).unwrap();
        assert_eq!(next.id, expected.id);
        id = next.id.clone();
    }
    assert_eq!(vocab::next_prompt("unknown", Some("closeness")).unwrap().id, theme[0].id);
    assert!(vocab::next_prompt(&id, Some("no-such-theme")).is_none());
}

#[test]
fn every_practice_is_used_and_explained() {
    for practice in vocab::practices() {
        assert!(!practice.about.trim().is_empty(), "{}", practice.id);
        assert!(vocab::prompts().iter().any(|p| p.practises == practice.id), "{} is never practised", practice.id);
    }
}

// ---------- next steps after a check-in ----------

#[test]
fn every_feeling_family_has_one_strategy_of_each_kind() {
    let strategies = vocab::strategies();
    let ids: HashSet<_> = strategies.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), strategies.len(), "strategy ids are unique");
    let texts: HashSet<_> = strategies.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts.len(), strategies.len(), "strategy texts are unique");
    for family in vocab::feelings() {
        for kind in StepKind::ALL {
            let n = strategies.iter().filter(|s| s.family == family.id && s.kind == kind).count();
            assert_eq!(n, 1, "{} needs exactly one '{}' strategy", family.id, kind.label());
        }
    }
    for s in strategies {
        assert!(vocab::family(&s.family).is_some(), "{} is for unknown family {}", s.id, s.family);
        assert_eq!(vocab::strategy(&s.id), Some(s));
        assert!(s.text.len() >= 20 && s.text.len() <= 200, "{} should be a sentence or two", s.id);
    }
}

fn check_in(p: i8, e: i8, feelings: &[&str]) -> CheckIn {
    CheckIn {
        pleasantness: p,
        energy: e,
        feelings: feelings.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
}

#[rstest]
#[case::named_family_in_quadrant(check_in(-3, 3, &["tired", "anxious"]), "anxious")]
#[case::first_word_when_none_in_quadrant(check_in(3, 3, &["tired", "lonely"]), "tired")]
#[case::mixed_word(check_in(-1, -1, &["torn"]), "mixed")]
#[case::own_words_fall_back_to_quadrant(check_in(-2, -4, &["like a wet sock"]), "sad")]
#[case::own_words_pleasant_high(check_in(4, 4, &["zingy"]), "joyful")]
#[case::case_and_spaces(check_in(2, -2, &["  Supported "]), "content")]
fn next_steps_follow_quadrant_and_family(#[case] c: CheckIn, #[case] family: &str) {
    let steps = vocab::next_steps(&c);
    assert_eq!(steps.family.id, family);
    let kinds: Vec<_> = steps.steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, StepKind::ALL);
    assert!(steps.steps.iter().all(|s| vocab::strategy(&s.id).is_some_and(|st| st.family == family)));
    assert!(steps.steps.iter().all(|s| !s.heading.is_empty()));
}

// ---------- repair phrases ----------

#[test]
fn repair_phrases_fill_five_groups() {
    let groups = vocab::repair_groups();
    let ids: Vec<_> = groups.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, ["feel", "sorry", "common_ground", "pause", "appreciate"]);
    let all: Vec<_> = groups.iter().flat_map(|g| g.phrases.iter()).collect();
    assert!(all.len() >= 24, "{} phrases", all.len());
    assert_eq!(all.iter().collect::<HashSet<_>>().len(), all.len(), "no phrase twice");
    for g in groups {
        assert!(g.phrases.len() >= 4, "{} is thin", g.id);
        assert!(!g.label.is_empty());
    }
}

// ---------- the care line ----------

#[rstest]
#[case::hopeless_check_in(EntryBody::CheckIn(check_in(-4, -3, &["hopeless"])), true)]
#[case::own_phrase(EntryBody::CheckIn(check_in(-4, -3, &["Feeling hopeless today"])), true)]
#[case::sad_is_not_enough(EntryBody::CheckIn(check_in(-4, -3, &["sad", "tired"])), false)]
#[case::afraid_in_check_in_alone(EntryBody::CheckIn(check_in(-2, 3, &["afraid"])), false)]
#[case::afraid_in_conflict(conflict(&["angry", "afraid"], ""), true)]
#[case::scared_in_i_statement(conflict(&["angry"], "scared of what you might do"), true)]
#[case::angry_conflict(conflict(&["angry", "hurt"], "hurt"), false)]
#[case::safe_is_not_unsafe(EntryBody::CheckIn(check_in(2, -2, &["safe"])), false)]
fn care_line_shows_for_heavy_or_afraid(#[case] body: EntryBody, #[case] shows: bool) {
    let line = vocab::care_line(&body);
    assert_eq!(line.is_some(), shows, "{body:?}");
    if let Some(line) = line {
        assert!(line.contains("journal"), "says Attune is a journal");
        assert!(!line.chars().any(|c| c.is_ascii_digit()), "no phone numbers that could be wrong");
    }
}

fn conflict(feelings: &[&str], feel: &str) -> EntryBody {
    EntryBody::Conflict(ConflictReflection {
        what_happened: "We argued".into(),
        my_feelings: feelings.iter().map(|s| s.to_string()).collect(),
        i_statement: IStatement { feel: feel.into(), ..Default::default() },
        ..Default::default()
    })
}

#[test]
fn reaching_explainer_is_about_150_words_and_labels_no_one() {
    let text = vocab::reaching_explainer();
    let words = text.split_whitespace().count();
    assert!((120..=190).contains(&words), "{words} words");
    let lower = text.to_lowercase();
    for label in ["anxious", "avoidant", "attachment style", "you are", "secure type"] {
        assert!(!lower.contains(label), "the explainer must not label anyone: '{label}'");
    }
}
