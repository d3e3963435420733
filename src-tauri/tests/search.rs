//! Search through the app: a newer search cancels the one still running (which answers `Cancelled`, for the UI to
//! drop quietly), and so does locking; the journal keeps working.

mod common;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use attune_app::session::AppState;
use attune_journal::search::{SearchCancel, SearchQuery};
use attune_journal::ErrorKind;
use common::Harness;
use serde_json::json;

/// Starts a search in the app that runs until it is cancelled (or 20 s pass), on another thread; returns once it runs.
/// The search itself is the journal's, called with the app's token once the token says it is cancelled.
fn a_running_search<'s>(
    scope: &'s std::thread::Scope<'s, '_>,
    state: &'s AppState,
) -> std::thread::ScopedJoinHandle<'s, attune_app::error::AppResult<attune_journal::search::SearchResults>> {
    let (running, started) = mpsc::channel();
    let handle = scope.spawn(move || {
        state.search(|journal, cancel: &SearchCancel| {
            running.send(()).expect("tell the test");
            let until = Instant::now() + Duration::from_secs(20);
            while !cancel.is_cancelled() && Instant::now() < until {
                std::thread::sleep(Duration::from_millis(1));
            }
            journal.search_cancellable(&SearchQuery { text: "river".into(), ..SearchQuery::default() }, cancel)
        })
    });
    started.recv().expect("the search started");
    handle
}

#[test]
fn a_newer_search_cancels_the_running_one() {
    let (h, _key) = Harness::with_vault();
    for i in 0..5 {
        h.add_note("", &format!("by the river, {i}"));
    }
    std::thread::scope(|scope| {
        let older = a_running_search(scope, h.state().inner());
        // The newer search, through IPC, cancels the older one, waits for the journal, then answers in full.
        let found = h.ok("search", json!({ "query": { "text": "river" } }));
        assert_eq!(found["total"], json!(5), "{found}");
        let err = older.join().expect("older search thread").expect_err("the older search was cancelled");
        assert_eq!(err.kind, ErrorKind::Cancelled);
        assert_eq!(serde_json::to_value(&err).expect("json")["kind"], json!("Cancelled"));
    });
    // Nothing is left cancelled: saving and searching work as before.
    h.add_note("", "the river again");
    assert_eq!(h.ok("search", json!({ "query": { "text": "river" } }))["total"], json!(6));
}

#[test]
fn locking_cancels_a_running_search() {
    let (h, _key) = Harness::with_vault();
    h.add_note("", "by the river");
    std::thread::scope(|scope| {
        let running = a_running_search(scope, h.state().inner());
        h.ok("lock", json!({}));
        let err = running.join().expect("search thread").expect_err("cancelled by locking");
        assert_eq!(err.kind, ErrorKind::Cancelled);
    });
    assert_eq!(h.status(), "locked");
}
