//! Cancelling a search (a newer one came in): it answers `Cancelled`, and the vault works normally afterwards. A
//! cancel never stops a save, even one that runs on the same connection right after the search.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use attune_journal::model::Note;
use attune_journal::search::{SearchCancel, SearchOrder, SearchQuery};
use attune_journal::{EntryBody, Error, ErrorKind, Journal, NewEntry, Passphrase, Secret, Vault};
use chrono::{FixedOffset, TimeZone};

const PASSPHRASE: &str = "a long test passphrase";

/// A real SQLCipher vault in a temp dir with `n` notes, every one saying "tea".
fn vault(n: i64) -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _recovery) = Vault::create(&dir.path().join("vault"), &Passphrase::new(PASSPHRASE)).unwrap();
    let start = FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2025, 1, 1, 8, 0, 0).unwrap();
    for i in 0..n {
        save(&journal, &format!("tea number {i}"), start + chrono::Duration::hours(i));
    }
    (dir, journal)
}

fn save(journal: &Journal, text: &str, at: chrono::DateTime<FixedOffset>) {
    let body = EntryBody::Note(Note { title: String::new(), text: text.into() });
    journal.add_entry(NewEntry { people: vec![], tags: vec![], body, at: None }, at).unwrap();
}

fn tea(order: SearchOrder) -> SearchQuery {
    SearchQuery { text: "tea".into(), order, ..SearchQuery::default() }
}

#[test]
fn a_cancelled_search_answers_cancelled_and_the_vault_works_after() {
    let (dir, journal) = vault(30);
    let cancel = SearchCancel::new();
    cancel.cancel();
    let err = journal.search_cancellable(&tea(SearchOrder::Relevance), &cancel).unwrap_err();
    assert!(matches!(err, Error::Cancelled), "{err:?}");
    assert_eq!(err.kind(), ErrorKind::Cancelled);
    // The same journal searches, saves and reopens as before.
    assert_eq!(journal.search(&tea(SearchOrder::Newest)).unwrap().total, 30);
    save(
        &journal,
        "tea after the cancel",
        FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 1, 1, 8, 0, 0).unwrap(),
    );
    journal.lock();
    let reopened = Vault::open(&dir.path().join("vault"))
        .and_then(|v| v.unlock(&Secret::Passphrase(Passphrase::new(PASSPHRASE))))
        .unwrap();
    assert_eq!(reopened.search(&tea(SearchOrder::Relevance)).unwrap().total, 31);
    assert!(reopened.verify().unwrap().ok());
}

/// The app's pattern: each search gets a token that another thread cancels at some moment, while saves keep coming
/// on the same connection. Every search answers in full or `Cancelled`; every save lands.
#[test]
fn cancels_from_another_thread_stop_searches_and_never_a_save() {
    let (_dir, journal) = vault(300);
    let (tokens, received) = mpsc::channel::<(SearchCancel, u64)>();
    let canceller = thread::spawn(move || {
        for (cancel, micros) in received {
            thread::sleep(Duration::from_micros(micros));
            cancel.cancel();
        }
    });
    let start = FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 1, 1, 8, 0, 0).unwrap();
    let (mut answered, mut cancelled) = (0, 0);
    for i in 0..120u64 {
        let cancel = SearchCancel::new();
        tokens.send((cancel.clone(), (i * 373) % 5_000)).unwrap();
        let order = if i % 2 == 0 { SearchOrder::Newest } else { SearchOrder::Relevance };
        match journal.search_cancellable(&tea(order), &cancel) {
            Ok(found) => {
                assert_eq!(found.total as u64, 300 + i, "a search that answers answers in full");
                assert_eq!(found.hits.len(), 50);
                answered += 1;
            }
            Err(Error::Cancelled) => cancelled += 1,
            Err(other) => panic!("search {i}: {other:?}"),
        }
        // The cancel may land now, while this save runs on the same connection: it must not stop it.
        save(&journal, &format!("tea saved {i}"), start + chrono::Duration::hours(i as i64));
    }
    drop(tokens);
    canceller.join().unwrap();
    assert_eq!(journal.search(&tea(SearchOrder::Relevance)).unwrap().total, 420, "every save landed");
    assert!(cancelled > 0, "some searches were cancelled ({answered} answered)");
    assert!(journal.verify().unwrap().ok());
}
