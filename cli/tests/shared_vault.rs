//! The app and the CLI open the same vault at the same time: a journal held open in this process (as the desktop app
//! holds it) and the real `attune` binary both keep reading and writing, and each sees the other's entries.

mod common;

use attune_journal::model::{EntryBody, Note};
use attune_journal::search::SearchQuery;
use attune_journal::timeline::TimelineQuery;
use attune_journal::{NewEntry, Passphrase, Secret, Vault};
use common::{TestVault, PASS};

fn note(text: &str) -> NewEntry {
    NewEntry {
        people: vec![],
        tags: vec![],
        body: EntryBody::Note(Note { title: String::new(), text: text.into() }),
        at: None,
    }
}

#[test]
fn the_cli_and_an_open_app_session_share_one_vault() {
    let (v, _key) = TestVault::init();
    // The "app": unlocked and holding its connection for the whole test.
    let app = Vault::open(&v.path).unwrap().unlock(&Secret::Passphrase(Passphrase::new(PASS))).unwrap();
    app.add_entry(note("written in the app before the cli ran"), chrono::Local::now().fixed_offset()).unwrap();

    // The CLI writes and reads while the app's session stays open.
    v.note("written on the command line while the app is open");
    let listed = v.ok(&["list"]);
    assert!(listed.contains("written in the app"), "the CLI sees the app's entry:\n{listed}");

    // The app sees the CLI's entry, in the timeline and in search, without reopening.
    let page = app.timeline(&TimelineQuery::default()).unwrap();
    assert_eq!(page.entries.len(), 2);
    let hits = app.search(&SearchQuery { text: "command line".into(), ..Default::default() }).unwrap();
    assert_eq!(hits.hits.len(), 1);

    // Writing alternately from both never reports busy.
    for i in 0..5 {
        app.add_entry(note(&format!("app round {i}")), chrono::Local::now().fixed_offset()).unwrap();
        v.note(&format!("cli round {i}"));
    }
    assert_eq!(app.entry_count().unwrap(), 12);
    let verify = v.json(&["verify"]);
    assert_eq!(verify["entries"], 12, "{verify}");
}
