//! Notifications inside a Flatpak sandbox: through the desktop's notification portal
//! (`org.freedesktop.portal.Notification`), which every sandbox may reach, instead of the notification service
//! itself, which the sandbox would have to be granted (`--talk-name`; packaging/flatpak/ grants it nothing of the
//! kind). Outside a sandbox the notification plugin talks to the service, as before.
//!
//! A notification carries the same data as the plugin's: the reminder's id and target, as JSON, given back by the
//! portal's `ActionInvoked` signal when the notification ("open") or its button ("snooze") is clicked.

use std::collections::HashMap;

use zbus::blocking::{Connection, MessageIterator};
use zbus::zvariant::{OwnedValue, Value};

const DESTINATION: &str = "org.freedesktop.portal.Desktop";
const PATH: &str = "/org/freedesktop/portal/desktop";
const INTERFACE: &str = "org.freedesktop.portal.Notification";
/// The portal's signal for a click; actions without an `app.` prefix come back this way.
const INVOKED_RULE: &str = "type='signal',interface='org.freedesktop.portal.Notification',member='ActionInvoked',\
                            path='/org/freedesktop/portal/desktop'";

/// The action of a click on the notification itself.
pub const OPEN: &str = "open";

/// Whether Attune runs in a Flatpak sandbox: Flatpak puts `/.flatpak-info` in every sandbox.
pub fn sandboxed() -> bool {
    std::path::Path::new("/.flatpak-info").exists()
}

/// One notification for the portal.
pub struct PortalNotification<'a> {
    /// Replaces an earlier notification with the same id.
    pub id: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    /// Given back with the click, whichever action it was.
    pub payload: &'a str,
    /// A button: its label and its action.
    pub button: Option<(&'a str, &'a str)>,
}

/// What the portal said the user clicked.
#[derive(Debug, PartialEq, Eq)]
pub struct Invoked {
    /// [`OPEN`], or a button's action.
    pub action: String,
    /// The notification's payload.
    pub payload: Option<String>,
}

/// Asks the portal to show `n`.
pub fn send(conn: &Connection, n: &PortalNotification<'_>) -> zbus::Result<()> {
    let mut fields: HashMap<&str, Value<'_>> = HashMap::new();
    fields.insert("title", Value::from(n.title));
    fields.insert("body", Value::from(n.body));
    fields.insert("default-action", Value::from(OPEN));
    fields.insert("default-action-target", Value::from(n.payload));
    if let Some((label, action)) = n.button {
        let mut button: HashMap<&str, Value<'_>> = HashMap::new();
        button.insert("label", Value::from(label));
        button.insert("action", Value::from(action));
        button.insert("target", Value::from(n.payload));
        fields.insert("buttons", Value::from(vec![button]));
    }
    conn.call_method(Some(DESTINATION), PATH, Some(INTERFACE), "AddNotification", &(n.id, fields))?;
    Ok(())
}

/// Calls `on` for each click the portal reports, until the connection closes. Blocks: run it on its own thread.
pub fn listen(conn: &Connection, mut on: impl FnMut(Invoked)) -> zbus::Result<()> {
    for message in MessageIterator::for_match_rule(INVOKED_RULE, conn, None)? {
        let message = message?;
        let Ok((_id, action, parameters)) = message.body().deserialize::<(String, String, Vec<OwnedValue>)>() else {
            continue;
        };
        let payload = parameters.into_iter().next().and_then(|v| String::try_from(v).ok());
        on(Invoked { action, payload });
    }
    Ok(())
}

#[cfg(test)]
#[path = "portal_tests.rs"]
mod tests;
