//! Dates on the command line: `--date` writes an entry about another day (its local date follows, the future is
//! refused, edit can move it), and dates are shown in the reader's locale.

mod common;

use common::{id_of, TestVault};

#[test]
fn date_writes_an_entry_about_another_day_and_its_day_follows() {
    let (v, _) = TestVault::init();
    let entry = v.json(&["add", "note", "the long talk", "--date", "2024-03-01 20:15"]);
    assert_eq!(entry["localDate"], "2024-03-01");
    let on_the_day = v.json(&["list", "--from", "2024-03-01", "--to", "2024-03-01"]);
    assert_eq!(on_the_day["entries"].as_array().unwrap().len(), 1);

    // Edit moves it; without --date an edit keeps its time.
    let id = id_of(&entry);
    let moved = v.json(&["edit", &id, "--date", "2023-12-24"]);
    assert_eq!(moved["localDate"], "2023-12-24");
    let kept = v.json(&["edit", &id, "--text", "the long talk, remembered"]);
    assert_eq!(kept["localDate"], "2023-12-24");
    assert_eq!(kept["createdAt"], moved["createdAt"]);
}

#[test]
fn yesterday_is_a_day_before_today() {
    let (v, _) = TestVault::init();
    let today = v.json(&["add", "note", "now"]);
    let yesterday = v.json(&["add", "note", "then", "--date", "yesterday"]);
    let day = |e: &serde_json::Value| {
        chrono::NaiveDate::parse_from_str(e["localDate"].as_str().unwrap(), "%Y-%m-%d").unwrap()
    };
    assert_eq!(day(&today) - day(&yesterday), chrono::Duration::days(1));
}

#[test]
fn a_date_in_the_future_or_nonsense_is_refused_and_nothing_is_written() {
    let (v, _) = TestVault::init();
    for date in ["2999-01-01", "someday"] {
        let out = v.cmd().args(["add", "note", "not yet", "--date", date]).assert().failure().get_output().clone();
        assert_eq!(out.status.code(), Some(5), "a validation error: {date}");
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(err.contains("--date: "), "the error names the flag: {err}");
    }
    assert_eq!(v.json(&["list"])["entries"].as_array().unwrap().len(), 0);
}

#[test]
fn dates_follow_the_locale() {
    let (v, _) = TestVault::init();
    let id = id_of(&v.json(&["add", "note", "in the evening", "--date", "2024-03-01 20:15"]));
    let show = |lang: Option<&str>| {
        let mut cmd = v.cmd();
        if let Some(l) = lang {
            cmd.env("LANG", l);
        }
        String::from_utf8(cmd.args(["show", &id]).assert().success().get_output().stdout.clone()).unwrap()
    };
    assert!(show(None).contains("Fri 1 Mar 2024, 20:15"), "{}", show(None));
    assert!(show(Some("en_US.UTF-8")).contains("03/01/2024, 8:15 PM"), "{}", show(Some("en_US.UTF-8")));
    assert!(show(Some("de_DE.UTF-8")).contains("01.03.2024, 20:15"), "{}", show(Some("de_DE.UTF-8")));
    let c_wins = String::from_utf8(
        v.cmd()
            .env("LANG", "en_US.UTF-8")
            .env("LC_ALL", "C")
            .args(["show", &id])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    assert!(c_wins.contains("Fri 1 Mar 2024, 20:15"), "LC_ALL=C is Attune's own form: {c_wins}");
}

/// Runs `args` with `LANG` set (or no locale), answering its stdout.
fn in_locale(v: &TestVault, lang: Option<&str>, args: &[&str]) -> String {
    let mut cmd = v.cmd();
    if let Some(l) = lang {
        cmd.env("LANG", l);
    }
    String::from_utf8(cmd.args(args).assert().success().get_output().stdout.clone()).unwrap()
}

#[test]
fn promise_look_back_and_insights_dates_follow_the_locale() {
    let (v, _) = TestVault::init();
    let today = chrono::Local::now().date_naive();
    let soon = today + chrono::Days::new(2);
    let promise = id_of(&v.json(&["add", "promise", "--what", "Fix the shelf", "--by", &soon.to_string()]));
    let week = id_of(&v.json(&[
        "add",
        "look-back",
        "--week-from",
        "2026-03-16",
        "--week-to",
        "2026-03-22",
        "--mood",
        "Lighter by Friday",
    ]));
    v.json(&[
        "add",
        "check-in",
        "--pleasantness",
        "2",
        "--energy",
        "1",
        "--feeling",
        "calm",
        "--date",
        "2026-03-16 09:00",
    ]);
    let own = |d: chrono::NaiveDate| d.format("%-d %b %Y").to_string();
    let us = |d: chrono::NaiveDate| d.format("%b %-d, %Y").to_string();

    // No locale: Attune's own form, as before.
    assert!(in_locale(&v, None, &["promises"]).contains(&format!("by {}", own(soon))));
    assert!(in_locale(&v, None, &["show", &week]).contains("The week: 16 March to 22 March 2026"));
    let ins = in_locale(&v, None, &["insights", "--from", "2026-03-01", "--to", "2026-03-31"]);
    assert!(ins.contains("1 Mar 2026") && ins.contains("31 Mar 2026"), "{ins}");

    // US English: the month first, wherever a promise's day, a week or an insights range is shown.
    let lang = Some("en_US.UTF-8");
    let due = in_locale(&v, lang, &["promises"]);
    assert!(due.contains(&format!("by {}", us(soon))), "{due}");
    let shown = in_locale(&v, lang, &["show", &promise]);
    assert!(shown.contains(&format!("By: {}", soon.format("%B %-d, %Y"))), "{shown}");
    let list = in_locale(&v, lang, &["list", "--kind", "promise"]);
    assert!(list.contains(&format!("by {}", us(soon))), "{list}");
    let shown = in_locale(&v, lang, &["show", &week]);
    assert!(shown.contains("The week: March 16 to March 22, 2026"), "{shown}");
    let list = in_locale(&v, lang, &["list", "--kind", "look-back"]);
    assert!(list.contains("Mar 16 to Mar 22, 2026"), "{list}");
    let ins = in_locale(&v, lang, &["insights", "--from", "2026-03-01", "--to", "2026-03-31"]);
    assert!(ins.contains("Mar 1, 2026") && ins.contains("Mar 31, 2026"), "{ins}");
    assert!(ins.contains("Mar 16") && !ins.contains("16 Mar"), "buckets too: {ins}");

    // German: day first, German month names.
    let lang = Some("de_DE.UTF-8");
    let shown = in_locale(&v, lang, &["show", &week]);
    assert!(shown.contains("The week: 16 März to 22 März 2026"), "{shown}");
    let ins = in_locale(&v, lang, &["insights", "--from", "2026-03-01", "--to", "2026-03-31"]);
    assert!(ins.contains("1 Mär 2026"), "{ins}");
}

/// `attune list` shows entries in the journal's order (the app's timeline's): days newest first, and within a day by
/// the time each entry shows, the clock where it was written, whatever order they were written in; an entry written
/// about another day with `--date` joins that day. Before, a day went by the instant, so an entry written in New
/// York at 04:12 came above one written in Berlin at 08:01 the same day.
#[test]
fn list_orders_a_day_by_the_time_each_entry_shows() {
    let (v, _) = TestVault::init();
    let add = |text: &str, zone: &str, date: &str| {
        let out = v.cmd().env("TZ", zone).args(["--json", "add", "note", text, "--date", date]).assert().success();
        id_of(&serde_json::from_slice(&out.get_output().stdout).unwrap())
    };
    // Written out of order, one day, one zone; then one day in three zones; then a day earlier.
    let afternoon = add("afternoon", "Europe/Berlin", "2026-11-29 13:30");
    let morning = add("morning", "Europe/Berlin", "2026-11-29 08:01");
    let night = add("night", "Europe/Berlin", "2026-11-29 21:45");
    let new_york = add("new york", "America/New_York", "2026-11-29 04:12"); // 09:12Z, later than the morning's 07:01Z
    let tokyo = add("tokyo", "Asia/Tokyo", "2026-11-29 01:12"); // 28 November, 16:12Z
    let day_before = add("the day before", "Europe/Berlin", "2026-11-28 20:00"); // 19:00Z, later than Tokyo's
    let today = v.note("written now");

    let listed = v.json(&["list"]);
    let ids: Vec<&str> = listed["entries"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [&today, &night, &afternoon, &morning, &new_york, &tokyo, &day_before].map(String::as_str));

    // For people too, each with the time it shows (the writer's clock, as the app shows it), in that order.
    let text = v.cmd().env("TZ", "Europe/Berlin").arg("list").assert().success().get_output().stdout.clone();
    let times: Vec<String> = String::from_utf8(text)
        .unwrap()
        .lines()
        .filter(|l| l.contains("Nov 2026, "))
        .map(|l| l.split(" · ").next().unwrap().to_string())
        .collect();
    assert_eq!(
        times,
        [
            "Sun 29 Nov 2026, 21:45",
            "Sun 29 Nov 2026, 13:30",
            "Sun 29 Nov 2026, 08:01",
            "Sun 29 Nov 2026, 04:12",
            "Sun 29 Nov 2026, 01:12",
            "Sat 28 Nov 2026, 20:00"
        ]
    );
}
