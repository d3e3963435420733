//! Search: ranked, highlighted, filtered, diacritics-insensitive, and never tripped up by FTS syntax.

use attune_journal::model::{Note, Relationship};
use attune_journal::search::{SearchOrder, SearchQuery, SnippetPart, FIELD_BREAK};
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
    NewEntry {
        people: vec![],
        tags: vec![],
        body: EntryBody::Note(Note { title: title.into(), text: text.into() }),
        at: None,
    }
}

fn texts(j: &Journal, text: &str) -> Vec<String> {
    j.search(&SearchQuery { text: text.into(), ..Default::default() })
        .unwrap()
        .hits
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
    let hits = j.search(&SearchQuery { text: "corner".into(), ..Default::default() }).unwrap().hits;
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
    let hits = j.search(&SearchQuery { text: "needle".into(), ..Default::default() }).unwrap().hits;
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
    let search = |filter: Filter| {
        let found = j.search(&SearchQuery { text: "tea".into(), filter, ..Default::default() }).unwrap();
        assert_eq!(found.total as usize, found.hits.len());
        found.hits.len()
    };
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
    let one = j.search(&SearchQuery { text: "rain".into(), limit: 1, ..Default::default() }).unwrap();
    assert_eq!((one.hits.len(), one.total), (1, 2), "one shown, both counted");
    let err = j.search(&SearchQuery { text: "rain".into(), limit: 201, ..Default::default() }).unwrap_err();
    assert_eq!(err.field().map(attune_journal::Field::as_str), Some("limit"));
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

#[rstest]
#[case::american_finds_british("apologize ", "I apologised for the mess.")]
#[case::british_finds_american("apologise ", "She apologized first.")]
#[case::other_endings("apologizing ", "I apologised for the mess.")]
#[case::plural("arguments ", "One argument about money.")]
#[case::past_tense("listened ", "She listens so well.")]
#[case::while_typing_towards_a_shorter_stem("feeli", "Feel lighter today.")]
#[case::doubled_consonant("runni", "We run together on Sundays.")]
#[case::our_or("behavior ", "His behaviour surprised me.")]
fn english_word_endings_and_spellings(#[case] query: &str, #[case] text: &str) {
    let (_dir, j) = journal();
    j.add_entry(note("", text), at(1)).unwrap();
    j.add_entry(note("", "Something else entirely."), at(2)).unwrap();
    assert_eq!(texts(&j, query), vec![text.to_string()], "{query:?} should find {text:?}");
}

/// "50 entries found" for "Sam" when 711 entries mention Sam: the count is all matches, and paging reaches each.
#[rstest]
#[case::best_match(SearchOrder::Relevance)]
#[case::newest_first(SearchOrder::Newest)]
fn counts_every_match_and_pages_through_them(#[case] order: SearchOrder) {
    let (_dir, j) = journal();
    // 1,130 matches (more than two tiers of 500 ranked candidates), with others between them.
    for i in 0..1_200u32 {
        let text = if i % 17 == 0 {
            format!("day {i}, quiet")
        } else {
            format!("day {i}, tea with Sam{}", " sam".repeat((i % 5) as usize))
        };
        let day = FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2020, 1, 1, 8, 0, 0).unwrap()
            + chrono::Duration::hours(i64::from(i) * 7);
        j.add_entry(note("", &text), day).unwrap();
    }
    let expected = (0..1_200u32).filter(|i| i % 17 != 0).count();
    let mut seen = std::collections::HashSet::new();
    let mut dates = Vec::new();
    let mut offset = 0;
    loop {
        let page =
            j.search(&SearchQuery { text: "sam".into(), offset, limit: 200, order, ..Default::default() }).unwrap();
        assert_eq!(page.total as usize, expected);
        if page.hits.is_empty() {
            break;
        }
        for hit in &page.hits {
            assert!(seen.insert(hit.entry.id), "{:?} shown twice", hit.entry.id);
            dates.push(hit.entry.created_at);
        }
        offset += page.hits.len() as u32;
    }
    assert_eq!(seen.len(), expected, "every match is reachable by paging");
    if order == SearchOrder::Newest {
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
    }
}

#[test]
fn newest_first_follows_the_entry_time_not_the_writing_order() {
    let (_dir, j) = journal();
    // Written in this order, about these days: the newest-first order is by day.
    for (day, text) in
        [(5, "tea on the fifth"), (1, "tea on the first"), (9, "tea tea tea on the ninth"), (3, "tea on the third")]
    {
        j.add_entry(note("", text), at(day)).unwrap();
    }
    let found =
        j.search(&SearchQuery { text: "tea".into(), order: SearchOrder::Newest, ..Default::default() }).unwrap();
    let order: Vec<String> = found
        .hits
        .iter()
        .map(|h| match &h.entry.body {
            EntryBody::Note(n) => n.text.clone(),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(order, ["tea tea tea on the ninth", "tea on the fifth", "tea on the third", "tea on the first"]);
    let second = j
        .search(&SearchQuery {
            text: "tea".into(),
            order: SearchOrder::Newest,
            offset: 2,
            limit: 1,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(second.hits.len(), 1);
    assert_eq!(second.hits[0].entry.created_at, found.hits[2].entry.created_at);
    // Past the end: nothing, and still the count.
    let past = j.search(&SearchQuery { text: "tea".into(), offset: 10, ..Default::default() }).unwrap();
    assert_eq!((past.hits.len(), past.total), (0, 4));
}

/// "I felt seen therapy Sam": a snippet that spans fields keeps them apart.
#[test]
fn snippets_keep_fields_apart() {
    let (_dir, j) = journal();
    let sam = j
        .add_person(PersonInput { name: "Sam".into(), relationship: Relationship::Partner, love_language: None })
        .unwrap();
    j.add_entry(NewEntry { people: vec![sam.id], tags: vec!["therapy".into()], ..note("", "I felt seen") }, at(1))
        .unwrap();
    let hits = j.search(&SearchQuery { text: "seen".into(), ..Default::default() }).unwrap().hits;
    let texts: Vec<&str> = hits[0].snippet.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["I felt ", "seen", FIELD_BREAK, "therapy", FIELD_BREAK, "Sam"]);
}
