//! Follow-through through the real binary: promises (`attune add promise`, show, list by kind, search, and later
//! "kept" with a line on how it went through `attune edit`), `attune edit --since` on a conflict (coming back to it),
//! and the weekly look back (`attune add look-back`).

mod common;

use common::{id_of, page_ids, TestVault};

#[test]
fn a_promise_is_added_shown_listed_searched_and_kept() {
    let (v, _) = TestVault::init();
    v.ok(&["people", "add", "Sam", "--relationship", "partner"]);
    let added = v.json(&["add", "promise", "--what", "Fix the wobbly shelf", "--for", "Sam", "--by", "2026-03-20"]);
    assert_eq!(added["body"]["kind"], "promise");
    assert_eq!(added["body"]["byWhen"], "2026-03-20");
    assert_eq!(added["body"]["outcome"], "not_yet");
    assert_eq!(added["people"].as_array().map(Vec::len), Some(1), "about Sam, whom it is for");
    let id = id_of(&added);

    let human = v.ok(&["show", &id]);
    // Under the journal's labels, as in the brief and the Markdown export.
    for want in ["Promise", "For: Sam", "By: 20 March 2026", "How it stands: Not yet", "Fix the wobbly shelf"] {
        assert!(human.contains(want), "show lacks {want:?}:\n{human}");
    }
    v.note("Not a promise");
    assert_eq!(page_ids(&v.json(&["list", "--kind", "promise"])), std::slice::from_ref(&id));
    let hits = v.json(&["search", "wobbly"]);
    assert_eq!(hits["total"], 1);
    assert!(v.ok(&["list"]).contains("for Sam · by 20 Mar 2026 · not yet"), "{}", v.ok(&["list"]));

    let kept = v.json(&["edit", &id, "--outcome", "kept", "--how-it-went", "Done on Saturday morning"]);
    assert_eq!(kept["body"]["outcome"], "kept");
    assert_eq!(kept["body"]["howItWent"], "Done on Saturday morning");
    assert_eq!(kept["body"]["what"], "Fix the wobbly shelf", "what isn't mentioned stays");
    let cleared = v.json(&["edit", &id, "--for", "none", "--by", "none"]);
    assert!(cleared["body"]["forWhom"].is_null() && cleared["body"]["byWhen"].is_null(), "{cleared}");
    // For no one, so no longer about Sam either: not in Sam's timeline, and `show` names no one.
    assert_eq!(cleared["people"].as_array().map(Vec::len), Some(0), "{cleared}");
    assert!(page_ids(&v.json(&["list", "--person", "Sam"])).is_empty());
    assert!(!v.ok(&["show", &id]).contains("Sam"), "{}", v.ok(&["show", &id]));
}

#[test]
fn bad_promise_input_is_refused_with_the_reason() {
    let (v, _) = TestVault::init();
    let out = v
        .cmd()
        .args(["add", "promise", "--by", "2026-02-30", "--what", "x"])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("isn't a date"), "{}", String::from_utf8_lossy(&out));
    let out = v
        .cmd()
        .args(["add", "promise", "--what", "x", "--outcome", "maybe"])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("not how a promise went"), "{}", String::from_utf8_lossy(&out));
    let note = v.note("A note");
    let out = v.cmd().args(["edit", &note, "--outcome", "kept"]).assert().failure().get_output().stderr.clone();
    assert!(
        String::from_utf8_lossy(&out).contains("--outcome does not apply to a note"),
        "{}",
        String::from_utf8_lossy(&out)
    );
}

#[test]
fn a_conflict_gets_what_happened_since() {
    let (v, _) = TestVault::init();
    let id = id_of(&v.json(&["add", "conflict", "--what-happened", "We argued about the dishes"]));
    let after = v.json(&["edit", &id, "--since", "We made a rota on Sunday", "--status", "repaired"]);
    assert_eq!(after["body"]["since"], "We made a rota on Sunday");
    assert!(v.ok(&["show", &id]).contains("What happened since"));
}

#[test]
fn a_look_back_is_added_for_the_week_and_shown_with_its_steps() {
    let (v, _) = TestVault::init();
    let added = v.json(&[
        "add",
        "look-back",
        "--week-from",
        "2026-03-16",
        "--week-to",
        "2026-03-22",
        "--mood",
        "Tired early on, lighter by Friday",
        "--plan-together",
        "A walk up the hill",
    ]);
    assert_eq!(added["body"]["kind"], "look_back");
    assert_eq!(
        (added["body"]["from"].as_str(), added["body"]["to"].as_str()),
        (Some("2026-03-16"), Some("2026-03-22"))
    );
    let id = id_of(&added);
    let human = v.ok(&["show", &id]);
    for want in
        ["Weekly look back", "The week: 16 March to 22 March 2026", "How the week felt", "One thing to plan together"]
    {
        assert!(human.contains(want), "show lacks {want:?}:\n{human}");
    }
    assert!(!human.contains("A moment of closeness"), "a skipped step is left out:\n{human}");
    assert_eq!(page_ids(&v.json(&["list", "--kind", "look-back"])), [id]);
    // The week defaults to the last seven days; nothing written at all is refused.
    let week = v.json(&["add", "look-back", "--ask-for", "An evening without screens"]);
    assert!(week["body"]["from"].is_string() && week["body"]["to"].is_string(), "{week}");
    let out = v.cmd().args(["add", "look-back", "--mood", " "]).assert().failure().get_output().stderr.clone();
    assert!(String::from_utf8_lossy(&out).contains("at least one step"), "{}", String::from_utf8_lossy(&out));
}

#[test]
fn attune_promises_lists_the_ones_coming_due() {
    let (v, _) = TestVault::init();
    assert!(v.ok(&["promises"]).contains("No promises coming due"));
    let today = chrono::Local::now().date_naive().to_string();
    let due = id_of(&v.json(&["add", "promise", "--what", "Call Mum back", "--by", &today]));
    v.json(&["add", "promise", "--what", "Someday, no day named"]);
    let human = v.ok(&["promises"]);
    assert!(human.contains("“Call Mum back” due today"), "{human}");
    assert!(!human.contains("Someday"), "{human}");
    let json = v.json(&["promises"]);
    assert_eq!(json.as_array().map(Vec::len), Some(1));
    assert_eq!(json[0]["entry"], due.as_str());
    v.json(&["edit", &due, "--outcome", "kept"]);
    assert!(v.ok(&["promises"]).contains("No promises coming due"), "kept, it leaves the list");
}
