//! The portal client against a stand-in portal on a private D-Bus (a real `dbus-daemon`): what `send` asks for, and
//! what `listen` hands back when the portal reports a click.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use zbus::blocking::connection::Builder;
use zbus::zvariant::{OwnedValue, Value};

use super::*;

/// A private bus for one test, stopped when dropped.
struct Bus {
    daemon: Child,
    address: String,
}

impl Bus {
    fn start() -> Bus {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            // It says it cannot raise its file limit when not run by the system; nothing to do with the test.
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (make deps installs it)");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().expect("its stdout")).read_line(&mut address).expect("its address");
        Bus { daemon, address: address.trim().to_owned() }
    }

    fn connect(&self) -> Builder<'static> {
        Builder::address(self.address.as_str()).expect("the bus address")
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// The stand-in: records each AddNotification.
struct FakePortal(mpsc::Sender<(String, HashMap<String, OwnedValue>)>);

#[zbus::interface(name = "org.freedesktop.portal.Notification")]
impl FakePortal {
    fn add_notification(&self, id: String, notification: HashMap<String, OwnedValue>) {
        let _ = self.0.send((id, notification));
    }
}

fn text(fields: &HashMap<String, OwnedValue>, key: &str) -> String {
    String::try_from(fields.get(key).unwrap_or_else(|| panic!("no {key}")).clone()).expect("a string")
}

#[test]
fn a_reminder_reaches_the_portal_with_its_words_click_and_snooze_button() {
    let bus = Bus::start();
    let (tx, rx) = mpsc::channel();
    let _portal = bus.connect().name(DESTINATION).unwrap().serve_at(PATH, FakePortal(tx)).unwrap().build().unwrap();
    let app = bus.connect().build().unwrap();

    let n = PortalNotification {
        id: "r1",
        title: "Time to check in",
        body: "A minute for how you feel.",
        payload: r#"{"reminder":"r1"}"#,
        button: Some(("Snooze 1 hour", "snooze")),
    };
    send(&app, &n).unwrap();

    let (id, fields) = rx.recv_timeout(Duration::from_secs(10)).expect("the portal was asked");
    assert_eq!(id, "r1");
    assert_eq!(text(&fields, "title"), "Time to check in");
    assert_eq!(text(&fields, "body"), "A minute for how you feel.");
    assert_eq!(text(&fields, "default-action"), OPEN);
    assert_eq!(text(&fields, "default-action-target"), r#"{"reminder":"r1"}"#);
    let buttons = Vec::<HashMap<String, OwnedValue>>::try_from(fields["buttons"].clone()).expect("a list of buttons");
    assert_eq!(buttons.len(), 1);
    assert_eq!(text(&buttons[0], "label"), "Snooze 1 hour");
    assert_eq!(text(&buttons[0], "action"), "snooze");
    assert_eq!(text(&buttons[0], "target"), r#"{"reminder":"r1"}"#);
}

#[test]
fn the_test_notification_has_no_button() {
    let bus = Bus::start();
    let (tx, rx) = mpsc::channel();
    let _portal = bus.connect().name(DESTINATION).unwrap().serve_at(PATH, FakePortal(tx)).unwrap().build().unwrap();
    let app = bus.connect().build().unwrap();
    let n = PortalNotification { id: "test", title: "t", body: "b", payload: "{}", button: None };
    send(&app, &n).unwrap();
    let (_, fields) = rx.recv_timeout(Duration::from_secs(10)).expect("the portal was asked");
    assert!(!fields.contains_key("buttons"));
}

#[test]
fn a_click_the_portal_reports_comes_back_with_its_action_and_payload() {
    let bus = Bus::start();
    let portal = bus.connect().build().unwrap();
    let app = bus.connect().build().unwrap();
    let (tx, rx) = mpsc::channel();
    let listener = app.clone();
    std::thread::spawn(move || listen(&listener, |invoked| drop(tx.send(invoked))));

    // The listener subscribes on its own thread: emit until it hears one (a signal before the match rule is lost).
    let mut heard = None;
    for _ in 0..50 {
        let parameters = vec![Value::from(r#"{"reminder":"r1"}"#)];
        portal.emit_signal(None::<&str>, PATH, INTERFACE, "ActionInvoked", &("r1", "snooze", parameters)).unwrap();
        if let Ok(invoked) = rx.recv_timeout(Duration::from_millis(200)) {
            heard = Some(invoked);
            break;
        }
    }
    assert_eq!(
        heard.expect("the click came back"),
        Invoked { action: "snooze".to_owned(), payload: Some(r#"{"reminder":"r1"}"#.to_owned()) }
    );
}
