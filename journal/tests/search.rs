//! Search: ranked, highlighted, filtered, diacritics-insensitive, and never tripped up by FTS syntax.

use attune_journal::model::{Note, Relationship};
use attune_journal::search::{SearchQuery, SnippetPart};
use attune_journal::timeline::Filter;
use attune_journal::{EntryBody, EntryKind, Journal, NewEntry, Passphrase, PersonInput, Vault};
use chrono::{DateTime, FixedOffset, TimeZone};
use rstest::rstest;

/// A fresh encrypted vault in a temp dir, unlocked.
fn journal() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _recovery) =
        Vault::create(&dir.path().join("vault"), &Passphrase::new("a long test passphrase")).unwrap();
    (dir, journal)
}

fn at(day: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 1, day, 9, 0, 0).unwrap()
}

fn note(title: &str, text: &str) -> NewEntry {
    NewEntry { people: vec![], tags: vec![], body: EntryBody::Note(Note { title: title.into(), text: text.into() }) }
}

fn texts(j: &Journal, text: &str) -> Vec<String> {
    j.search(&SearchQuery { text: text.into(), ..Default::default() })
        .unwrap()
        .into_iter()
        .map(|h| match h.entry.body {
            EntryBody::Note(n) => n.text,
            other => format!("{:?}", other.kind()),
        })
        .collect()
}

fn seeded() -> (tempfile::TempDir, Journal) {
    let (dir, j) = journal();
    for (day, text) in [
        (1, "We met at the café on the corner."),
        (2, "CAFÉ LATTE and a long talk."),
        (3, "Quiet evening, nothing much."),
        (4, "A walk in the rain, then tea."),
        (5, "Rain rain rain: we stayed in with tea and rain sounds."),
    ] {
        j.add_entry(note("", text), at(day)).unwrap();
    }
    (dir, j)
}

#[rstest]
#[case::plain_ascii_finds_accents("cafe", 2)]
#[case::accented_query("café", 2)]
#[case::upper_case("CAFE", 2)]
#[case::prefix_while_typing("caf", 2)]
#[case::two_words_and("rain tea", 2)]
#[case::words_in_any_order("tea rain", 2)]
#[case::not_all_words("rain latte", 0)]
#[case::no_match("zebra", 0)]
fn finds(#[case] query: &str, #[case] hits: usize) {
    let (_dir, j) = seeded();
    assert_eq!(texts(&j, query).len(), hits, "{query}");
}

#[test]
fn best_match_first() {
    let (_dir, j) = seeded();
    // The entry that says "rain" four times ranks above the one that says it once, although it is not the newest.
    let found = texts(&j, "rain");
    assert_eq!(found.len(), 2);
    assert!(found[0].starts_with("Rain rain rain"), "{found:?}");
}

#[test]
fn snippet_highlights_the_match() {
    let (_dir, j) = seeded();
    let hits = j.search(&SearchQuery { text: "corner".into(), ..Default::default() }).unwrap();
    assert_eq!(hits.len(), 1);
    let highlighted: Vec<&SnippetPart> = hits[0].snippet.iter().filter(|p| p.hit).collect();
    assert_eq!(highlighted.len(), 1);
    assert_eq!(highlighted[0].text, "corner");
    let whole: String = hits[0].snippet.iter().map(|p| p.text.as_str()).collect();
    assert!(whole.contains("café on the corner"), "{whole}");
}

/// Regression guard: marker characters typed into an entry must not become highlights.
#[test]
fn typed_markers_cannot_forge_highlights() {
    let (_dir, j) = journal();
    j.add_entry(note("", "plain \u{E000}fake\u{E001} words and a real needle"), at(1)).unwrap();
    let hits = j.search(&SearchQuery { text: "needle".into(), ..Default::default() }).unwrap();
    assert_eq!(hits.len(), 1);
    let highlighted: Vec<&str> = hits[0].snippet.iter().filter(|p| p.hit).map(|p| p.text.as_str()).collect();
    assert_eq!(highlighted, vec!["needle"]);
}

#[test]
fn filters_combine_with_search() {
    let (_dir, j) = seeded();
    let sam = j
        .add_person(PersonInput { name: "Sam".into(), relationship: Relationship::Partner, love_language: None })
        .unwrap();
    j.add_entry(NewEntry { people: vec![sam.id], tags: vec!["Weekend".into()], ..note("", "tea with Sam") }, at(6))
        .unwrap();
    let search = |filter: Filter| j.search(&SearchQuery { text: "tea".into(), filter, limit: 0 }).unwrap().len();
    assert_eq!(search(Filter::default()), 3);
    assert_eq!(search(Filter { person: Some(sam.id), ..Default::default() }), 1);
    assert_eq!(search(Filter { tag: Some("weekend".into()), ..Default::default() }), 1);
    assert_eq!(search(Filter { kinds: vec![EntryKind::CheckIn], ..Default::default() }), 0);
    assert_eq!(search(Filter { from: at(5).date_naive().into(), ..Default::default() }), 2);
}

#[test]
fn names_and_tags_are_searchable() {
    let (_dir, j) = journal();
    let sam = j
        .add_person(PersonInput { name: "Samantha".into(), relationship: Relationship::Friend, love_language: None })
        .unwrap();
    j.add_entry(NewEntry { people: vec![sam.id], tags: vec!["birthday".into()], ..note("", "cake") }, at(1)).unwrap();
    assert_eq!(texts(&j, "samantha").len(), 1);
    assert_eq!(texts(&j, "birthday").len(), 1);
}

#[rstest]
#[case::lone_quote("\"")]
#[case::unbalanced_quote("\"rain")]
#[case::near("NEAR(")]
#[case::near_full("NEAR(rain tea, 2)")]
#[case::trailing_or("a OR")]
#[case::or_between("rain OR tea")]
#[case::not("rain NOT tea")]
#[case::star("*")]
#[case::star_word("rain*")]
#[case::minus("-x")]
#[case::column_filter("col:foo")]
#[case::text_column("text:rain")]
#[case::caret("^")]
#[case::caret_word("^rain")]
#[case::open_paren("(")]
#[case::close_paren("rain)")]
#[case::braces("{text}: rain")]
#[case::plus("+ rain")]
#[case::empty("")]
#[case::spaces("   ")]
#[case::emoji("🙂")]
#[case::marker_only("\u{E000}")]
fn fts_syntax_never_errors(#[case] query: &str) {
    let (_dir, j) = seeded();
    j.search(&SearchQuery { text: query.into(), ..Default::default() }).unwrap();
}

#[rstest]
#[case::operator_is_a_word("rain OR", 0)]
#[case::quoted_word("\"rain\"", 2)]
#[case::column_syntax_is_words("text:rain", 0)]
fn syntax_is_searched_as_words(#[case] query: &str, #[case] hits: usize) {
    let (_dir, j) = seeded();
    assert_eq!(texts(&j, query).len(), hits, "{query}");
}

#[test]
fn limit_is_checked() {
    let (_dir, j) = seeded();
    assert_eq!(j.search(&SearchQuery { text: "rain".into(), limit: 1, ..Default::default() }).unwrap().len(), 1);
    let err = j.search(&SearchQuery { text: "rain".into(), limit: 201, ..Default::default() }).unwrap_err();
    assert_eq!(err.field(), Some("limit"));
}

/// Whatever a person types, search answers (maybe with nothing) and never errors.
#[test]
fn any_text_is_a_safe_query() {
    let (_dir, j) = seeded();
    let config = proptest::test_runner::Config { cases: 512, ..Default::default() };
    proptest::proptest!(config, |(text in "\\PC{0,40}|[\"*^():{}+\\- a-zA-Z]{0,20}")| {
        let result = j.search(&SearchQuery { text, ..Default::default() });
        proptest::prop_assert!(result.is_ok(), "{:?}", result.err());
    });
}
