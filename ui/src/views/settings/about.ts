// Version, the not-therapy note, the local-only promise, and the keyboard shortcuts.
import { shortcutList } from "../../components/shortcutList";
import { h } from "../../dom";
import { navigate } from "../../router";
import { sectionFrame, type SettingsSection } from "./section";

export const aboutSection: SettingsSection = {
  id: "about",
  title: "About Attune",
  build() {
    return sectionFrame("about", "About Attune",
      h("p", { testid: "settings-version" }, `Version ${__APP_VERSION__}`),
      h("p", {}, "Attune is a private journal for noticing feelings, saying thank you, and making sense of hard moments with the people you love."),
      h("p", {}, "Everything stays on this computer, encrypted. Attune has no account, sends nothing, and never connects to the network."),
      h("p", {}, h("a", { href: "#credits", testid: "open-credits", onclick: (e: Event) => {
        e.preventDefault();
        navigate({ name: "credits" });
      } }, "Credits: the ideas Attune builds on")),
      h("p", {}, h("a", { href: "#brief", testid: "open-brief", onclick: (e: Event) => {
        e.preventDefault();
        navigate({ name: "brief" });
      } }, "Prepare for a session: a brief of chosen entries for your therapist")),
      h("p", { class: "muted" }, "Attune is a journal, not therapy, and it doesn't diagnose or judge. If things feel heavy, talking with someone you trust or a professional can help."),
      h("h3", {}, "Keyboard shortcuts"),
      shortcutList("settings-shortcuts"),
      h("p", { class: "muted" }, "Press ? anywhere outside a text field to see these."));
  },
};
