//! `attune insights` and `attune on-this-day` through the real binary, on a journal of known entries brought in
//! through `attune import` (so their dates are fixed).

mod common;

use chrono::{Datelike, Local, NaiveDate};
use common::{write, TestVault};
use serde_json::{json, Value};

const SAM: &str = "01900000-0000-7000-8000-000000000001";
const ALEX: &str = "01900000-0000-7000-8000-000000000002";

/// An entry as the JSON export writes it, written at noon UTC on `date`.
fn entry(n: u32, date: &str, people: &[&str], body: Value) -> Value {
    json!({
        "id": format!("01900000-0000-7000-8000-{n:012}"),
        "createdAt": format!("{date}T12:00:00Z"),
        "updatedAt": format!("{date}T12:00:00Z"),
        "localDate": date,
        "utcOffsetMinutes": 0,
        "people": people,
        "tags": [],
        "body": body,
    })
}

/// A journal holding `entries` (and Sam and Alex), imported from an export file.
fn journal_with(entries: Vec<Value>) -> TestVault {
    let (v, _) = TestVault::init();
    let export = json!({
        "format": "attune-journal",
        "formatVersion": 1,
        "schemaVersion": 1,
        "people": [
            {"id": SAM, "name": "Sam", "relationship": "partner", "loveLanguage": "quality_time"},
            {"id": ALEX, "name": "Alex", "relationship": "friend", "loveLanguage": null},
        ],
        "entries": entries,
    });
    let file = v.file("fixture.json");
    write(&file, &export.to_string());
    v.ok(&["import", file.to_str().unwrap()]);
    v
}

fn fixture() -> TestVault {
    journal_with(vec![
        entry(
            1,
            "2025-03-03",
            &[SAM],
            json!({"kind": "check_in", "pleasantness": 3, "energy": 2, "feelings": ["calm", "grateful"]}),
        ),
        entry(
            2,
            "2025-03-04",
            &[],
            json!({"kind": "check_in", "pleasantness": -2, "energy": -3, "feelings": ["tired"]}),
        ),
        entry(3, "2025-03-05", &[], json!({"kind": "check_in", "pleasantness": 1, "energy": -1, "feelings": ["calm"]})),
        entry(
            4,
            "2025-03-10",
            &[SAM],
            json!({"kind": "appreciation", "forWhom": SAM, "what": "Made soup when I was ill", "loveLanguage": "service", "told": false}),
        ),
        entry(
            5,
            "2025-03-11",
            &[SAM],
            json!({"kind": "appreciation", "forWhom": SAM, "what": "A long walk", "loveLanguage": "quality_time", "told": true}),
        ),
        entry(
            6,
            "2025-03-12",
            &[SAM],
            json!({"kind": "conflict", "whatHappened": "Who forgot the keys", "myFeelings": ["frustrated"],
            "horsemen": [{"horseman": "criticism", "whose": "mine", "rewrite": "I was worried; can we make a plan?"}], "status": "open"}),
        ),
        entry(7, "2025-03-15", &[ALEX], json!({"kind": "shared_experience", "what": "Climbing", "closeness": 4})),
        entry(8, "2025-02-20", &[], json!({"kind": "check_in", "pleasantness": 0, "energy": 0, "feelings": ["tired"]})),
        entry(9, "2025-04-02", &[], json!({"kind": "note", "text": "After the range"})),
    ])
}

#[test]
fn insights_json_on_a_fixture_journal() {
    let v = fixture();
    let i = v.json(&["insights", "--from", "2025-03-01", "--to", "2025-03-31"]);
    assert_eq!(i["span"], json!({"from": "2025-03-01", "to": "2025-03-31"}));
    assert_eq!(i["previous"], json!({"from": "2025-01-29", "to": "2025-02-28"}));
    assert_eq!(i["step"], "week");
    assert_eq!(i["entries"], 7);
    let kinds: Vec<(String, u64)> = i["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| (k["kind"].as_str().unwrap().to_string(), k["count"].as_u64().unwrap()))
        .collect();
    assert!(kinds.contains(&("check_in".into(), 3)));
    assert!(kinds.contains(&("appreciation".into(), 2)));
    assert!(kinds.contains(&("note".into(), 0)));
    let mood = &i["mood"];
    assert_eq!(mood["checkIns"], 3);
    assert_eq!(mood["mix"], json!({"pleasantHigh": 1, "pleasantLow": 1, "unpleasantHigh": 0, "unpleasantLow": 1}));
    assert_eq!(mood["pleasantness"], 0.7);
    assert_eq!(i["feelings"]["words"][0], json!({"word": "calm", "family": "calm", "count": 2, "previous": 0}));
    assert_eq!(i["feelings"]["previousNamed"], 1);
    let a = &i["appreciations"];
    assert_eq!((a["count"].as_u64(), a["told"].as_u64(), a["untold"].as_u64()), (Some(2), Some(1), Some(1)));
    assert_eq!(a["people"][0]["name"], "Sam");
    assert_eq!(a["people"][0]["inTheirLanguage"], 1);
    assert_eq!(a["untoldList"][0]["what"], "Made soup when I was ill");
    let c = &i["conflicts"];
    assert_eq!(c["count"], 1);
    assert_eq!(c["toRevisit"][0]["whatHappened"], "Who forgot the keys");
    assert_eq!(c["horsemen"][0], json!({"horseman": "criticism", "mine": 1, "theirs": 0, "antidotePractised": 1}));
    assert_eq!(i["balance"]["warm"], 5, "2 appreciations, 1 close moment, 2 pleasant check-ins");
    assert_eq!(i["shared"]["people"][0]["name"], "Alex");
    assert_eq!(i["shared"]["people"][0]["daysSince"], 16);
    assert_eq!(i["rhythm"]["daysWritten"], 7);
    assert_eq!(i["rhythm"]["longestRun"], 3);
}

#[test]
fn insights_for_one_person_and_as_text() {
    let v = fixture();
    let i = v.json(&["insights", "--from", "2025-03-01", "--to", "2025-03-31", "--person", "sam"]);
    assert_eq!(i["entries"], 4);
    assert_eq!(i["mood"]["checkIns"], 1);
    let text = v.ok(&["insights", "--from", "2025-03-01", "--to", "2025-03-31"]);
    for heading in [
        "Mood over time",
        "Feelings named",
        "Appreciations",
        "Conflicts",
        "Warmth and friction",
        "Shared experiences",
        "Rhythm",
    ] {
        assert!(text.contains(heading), "missing {heading} in:\n{text}");
    }
    assert!(text.contains("Made soup when I was ill"), "untold appreciations are listed:\n{text}");
    assert!(text.contains("five warm moments"), "the balance note:\n{text}");
    assert!(!text.to_lowercase().contains("score"), "no scores:\n{text}");
}

#[test]
fn insights_refuses_what_it_cannot_read() {
    let v = fixture();
    v.cmd().args(["insights", "--last", "30d", "--from", "2025-01-01"]).assert().failure().code(2);
    v.cmd().args(["insights", "--last", "a while"]).assert().failure().code(5);
    v.cmd().args(["insights", "--person", "Nobody"]).assert().failure().code(4);
    v.cmd().args(["insights", "--from", "2025-03-10", "--to", "2025-03-01"]).assert().failure().code(5);
    let empty = v.json(&["insights", "--last", "7d"]);
    assert_eq!(empty["entries"], 0);
    let text = v.ok(&["insights", "--last", "7d"]);
    assert!(text.contains("Nothing written in these days yet"), "{text}");
}

#[test]
fn on_this_day_lists_earlier_years() {
    let today = Local::now().date_naive();
    let year_ago = |years: i32| {
        NaiveDate::from_ymd_opt(today.year() - years, today.month(), today.day().min(28)).unwrap().to_string()
    };
    let same_day = today.day() <= 28;
    let v = journal_with(vec![
        entry(1, &year_ago(1), &[SAM], json!({"kind": "note", "text": "A year ago with Sam"})),
        entry(2, &year_ago(2), &[], json!({"kind": "note", "text": "Two years ago"})),
    ]);
    let all = v.json(&["on-this-day"]);
    let sam = v.json(&["on-this-day", "--person", "Sam"]);
    if same_day {
        assert_eq!(all.as_array().unwrap().len(), 2);
        assert_eq!(sam.as_array().unwrap().len(), 1);
        assert_eq!(sam[0]["body"]["text"], "A year ago with Sam");
        assert!(v.ok(&["on-this-day"]).contains("On this day"));
    }
    let empty = TestVault::init().0;
    assert!(empty.ok(&["on-this-day"]).contains("Nothing from this day"));
}
