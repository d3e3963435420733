//! Issue 12 (memory once unlocked): the app gives back the journal's page cache after an idle spell
//! (`Journal::release_memory`). Giving it back changes no answer, and the journal goes on reading and writing.

mod common;

use attune_journal::model::Note;
use attune_journal::search::{SearchOrder, SearchQuery};
use attune_journal::timeline::TimelineQuery;
use attune_journal::{EntryBody, Journal};

fn note(j: &Journal, text: &str, day: &str) {
    common::add(j, EntryBody::Note(Note { title: String::new(), text: text.into() }), day);
}

/// What a person sees: the timeline's first page and two searches, as entry ids.
fn answers(j: &Journal) -> Vec<Vec<String>> {
    let timeline = j.timeline(&TimelineQuery::default()).unwrap().entries.into_iter().map(|e| e.id.to_string());
    let search = |text: &str, order| {
        let query = SearchQuery { text: text.into(), order, ..Default::default() };
        j.search(&query).unwrap().hits.into_iter().map(|h| h.entry.id.to_string()).collect::<Vec<_>>()
    };
    vec![timeline.collect(), search("kitchen", SearchOrder::Relevance), search("kit", SearchOrder::Newest)]
}

#[test]
fn giving_back_the_page_cache_changes_no_answer_and_the_journal_goes_on() {
    let (dir, j) = common::vault();
    for day in 1..=28 {
        note(&j, &format!("Tea in the kitchen on day {day}, then the long walk home"), &format!("2026-02-{day:02}"));
    }
    let before = answers(&j);
    assert_eq!(before[1].len(), 28, "every note mentions the kitchen");

    j.release_memory().unwrap();
    assert_eq!(answers(&j), before, "the same answers, read again from the file");
    j.release_memory().unwrap();
    j.release_memory().unwrap();

    // Writing after a release works, and is found.
    note(&j, "A new kitchen table", "2026-03-01");
    assert_eq!(answers(&j)[1].len(), 29);
    drop(j);
    assert_eq!(answers(&common::reopen(&dir))[1].len(), 29, "and it was saved");
}
