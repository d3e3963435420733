//! `attune people show NAME`: a person's page, the journal's `person_page` printed for people and as JSON, with the
//! newest entries about them; an unknown name is refused with the hint to add them (exit 4), as everywhere a name is
//! taken.

mod common;

use chrono::{Datelike, Local};
use common::{id_of, page_ids, TestVault};
use serde_json::Value;

fn ids(list: &Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_string()).collect()
}

#[test]
fn a_persons_page_holds_what_is_about_them() {
    let (v, _) = TestVault::init();
    v.ok(&["people", "add", "Sam", "--relationship", "partner", "--love-language", "quality_time"]);
    v.ok(&["people", "add", "Ali", "--relationship", "friend"]);
    let add = |args: &[&str]| id_of(&v.json(&[&["add"], args].concat()));
    let mut appreciations = Vec::new();
    for day in 1..=7 {
        let date = format!("2026-03-{day:02} 09:00");
        appreciations.push(add(&[
            "appreciation",
            "--for",
            "Sam",
            "--what",
            &format!("Kind thing {day}"),
            "--date",
            &date,
        ]));
    }
    add(&["appreciation", "--for", "Ali", "--what", "For Ali, not Sam", "--date", "2026-03-09 09:00"]);
    let walk = add(&["shared-experience", "--what", "A long walk", "-p", "Sam", "--date", "2026-02-20 15:00"]);
    let dishes = add(&[
        "conflict",
        "--what-happened",
        "The dishes",
        "--status",
        "open",
        "-p",
        "Sam",
        "--date",
        "2026-03-10 20:00",
    ]);
    add(&[
        "conflict",
        "--what-happened",
        "Long since mended",
        "--status",
        "repaired",
        "-p",
        "Sam",
        "--date",
        "2026-01-05 20:00",
    ]);
    let today = Local::now().date_naive();
    let a_year_ago = today.with_year(today.year() - 1).unwrap_or(today - chrono::Duration::days(366));
    let then = add(&["note", "A year ago today, with Sam", "-p", "Sam", "--date", &format!("{a_year_ago} 12:00")]);
    add(&["note", "About nobody", "--date", "2026-03-12 12:00"]);

    // "sam": names are found ignoring case, as everywhere a name is taken.
    let page = v.json(&["people", "show", "sam"]);
    assert_eq!(page["person"]["name"], "Sam");
    assert_eq!(page["person"]["relationship"], "partner");
    assert_eq!(page["total"], 11);
    let kinds: Vec<(String, u64)> = page["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| (k["kind"].as_str().unwrap().to_string(), k["count"].as_u64().unwrap()))
        .collect();
    let expected = [("appreciation", 7), ("conflict", 2), ("note", 1), ("shared_experience", 1)];
    assert_eq!(kinds, expected.map(|(k, n)| (k.to_string(), n)));
    assert_eq!(ids(&page["openConflicts"]), [dishes], "only the open one, only theirs");
    let newest_five: Vec<String> = appreciations.iter().rev().take(5).cloned().collect();
    assert_eq!(ids(&page["appreciations"]["entries"]), newest_five);
    assert_eq!(page["appreciations"]["more"], true);
    assert_eq!(ids(&page["shared"]["entries"]), [walk]);
    assert_eq!(ids(&page["onThisDay"]), [then]);
    // The newest ten about them: the timeline filtered to them, in its order.
    let listed = v.json(&["list", "--person", "Sam", "--limit", "10"]);
    assert_eq!(ids(&page["newest"]), page_ids(&listed));
    assert_eq!(ids(&page["newest"]).len(), 10);
    assert_eq!(page["more"], true);

    // For people: who they are, the counts, each section, and where the rest are.
    let text = v.ok(&["people", "show", "Sam"]);
    for part in [
        "Sam\nPartner · love language: quality time\n",
        "11 entries about Sam: 7 appreciations, 2 conflict reflections, 1 note, 1 shared experience",
        "Still open between you",
        "The dishes",
        "On this day, in earlier years",
        "A year ago today, with Sam",
        "Appreciations (the newest 5)",
        "Kind thing 7",
        "Shared experiences",
        "A long walk",
        "Newest entries",
        "All 11 entries about Sam: attune list --person \"Sam\" --all",
    ] {
        assert!(text.contains(part), "the page should show {part:?}:\n{text}");
    }
    for not_theirs in ["For Ali, not Sam", "About nobody", "Long since mended\n  "] {
        assert!(!text.contains(not_theirs), "{not_theirs:?} is not on Sam's page:\n{text}");
    }
    let open_section = text.split("Still open between you").nth(1).unwrap().split("\n\n").next().unwrap();
    assert!(!open_section.contains("Long since mended"), "a mended conflict is not still open:\n{open_section}");
}

#[test]
fn someone_with_nothing_yet_gets_an_invitation() {
    let (v, _) = TestVault::init();
    v.ok(&["people", "add", "Robin", "--relationship", "friend"]);
    let text = v.ok(&["people", "show", "Robin"]);
    assert!(text.contains("Nothing written about Robin yet."), "{text}");
    assert!(text.contains("attune add appreciation --for \"Robin\""), "{text}");
    let page = v.json(&["people", "show", "Robin"]);
    assert_eq!(page["total"], 0);
    assert_eq!(page["newest"], serde_json::json!([]));
}

#[test]
fn an_unknown_name_is_refused_with_how_to_add_them() {
    let (v, _) = TestVault::init();
    v.ok(&["people", "add", "Sam"]);
    // Not a prefix match either: "Sa" is nobody (names are exact, ignoring case, so never ambiguous).
    for name in ["Robin", "Sa"] {
        let out = v.cmd().args(["people", "show", name]).assert().code(4).get_output().clone();
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(&format!("no one called {name} in this journal yet")), "{err}");
        assert!(err.contains(&format!("attune people add \"{name}\"")), "{err}");
        assert!(out.stdout.is_empty());
    }
    v.cmd().args(["people", "show"]).assert().code(2);
}
