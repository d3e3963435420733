// First run: what Attune is, a passphrase ("Create my journal" in view at 720 px without scrolling), then the recovery
// key to keep, then — once, and easy to pass by — a gentle offer of an evening reminder.
import { timePicker } from "../components/timePicker";
import { h } from "../dom";
import { passphrasePair } from "../components/passphrase";
import { friendlyError } from "../errors";
import { createVault } from "../state/session";
import { recoveryKeyText } from "../components/recoveryKeyText";
import { addReminder, blankForm, inputFromForm, isProblem } from "../state/reminders";
import "../styles/everyday.css";

export function firstRunView(done: () => void): HTMLElement {
  const pair = passphrasePair("create");
  const status = h("p", { class: "form-error", role: "alert", testid: "create-error" });
  const submit = h("button", { type: "submit", class: "button primary", testid: "create-vault" }, "Create my journal");
  const form = h("form", { class: "stack", novalidate: true }, pair.el, status, h("div", { class: "actions" }, submit));

  const page = h("div", { class: "welcome", testid: "first-run" },
    h("main", { class: "card narrow first-run" },
      h("h1", {}, "Welcome to Attune"),
      h("p", { class: "lead" },
        "A quiet place to notice how you feel, say thank you, and make sense of hard moments with the people you love."),
      h("ul", { class: "promises" },
        h("li", {}, "Everything stays on this computer, locked with a passphrase only you know."),
        h("li", {}, "Nothing is sent anywhere. There is no account and no cloud."),
        h("li", {}, "Attune is a journal, not therapy. If things feel heavy, reaching out to someone you trust, or to a professional, is a kind thing to do for yourself.")),
      h("p", { class: "muted" },
        "Your passphrase opens your journal. If it's ever forgotten, a recovery key (shown next) can get you back in."),
      form));

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const pass = pair.validate();
    if (!pass) return;
    submit.disabled = true;
    submit.textContent = "Creating…";
    status.textContent = "";
    try {
      const key = await createVault(pass);
      pair.clear();
      page.replaceChildren(recoveryKeyStep(key, () => {
        page.replaceChildren(reminderOffer(done));
        page.querySelector<HTMLElement>("h1")?.focus();
      }));
      page.querySelector<HTMLElement>("h1")?.focus();
    } catch (err) {
      status.textContent = friendlyError(err);
      submit.disabled = false;
      submit.textContent = "Create my journal";
    }
  });
  queueMicrotask(() => pair.focus());
  return page;
}

function recoveryKeyStep(key: string, done: () => void): HTMLElement {
  const copied = h("p", { class: "muted", "aria-live": "polite", testid: "recovery-copied" });
  const written = h("input", { type: "checkbox", id: "written-down", testid: "recovery-written" });
  const cont = h("button", { type: "button", class: "button primary", testid: "recovery-continue", disabled: true,
    onclick: done }, "Open my journal");
  written.addEventListener("change", () => {
    cont.disabled = !written.checked;
  });
  const copy = h("button", { type: "button", class: "button", testid: "recovery-copy", onclick: async () => {
    try {
      await navigator.clipboard.writeText(key);
      copied.textContent = "Copied. Paste it somewhere safe, away from this computer — then clear your clipboard.";
    } catch {
      copied.textContent = "Copying isn't available here; please write it down or print it.";
    }
  } }, "Copy");
  const print = h("button", { type: "button", class: "button", testid: "recovery-print", onclick: () => window.print() },
    "Print");

  return h("main", { class: "card narrow recovery" },
    h("h1", { tabindex: -1 }, "Your recovery key"),
    h("p", {}, "If you ever forget your passphrase, this key is the only way back into your journal. Nobody else has a copy — not even Attune."),
    h("div", { class: "recovery-print-area" },
      h("p", { class: "print-only" }, "Attune recovery key — keep this somewhere safe."),
      recoveryKeyText(key, "recovery-key")),
    h("p", {}, "Write it on paper and keep it somewhere safe, like where you keep important documents."),
    h("div", { class: "actions left" }, copy, print),
    copied,
    h("div", { class: "check" }, written, h("label", { for: "written-down" }, "I have written it down and put it somewhere safe")),
    h("div", { class: "actions" }, cont));
}

/** The end of first run: an evening reminder to check in, offered once; "Not now" is as easy as yes. */
export function reminderOffer(done: () => void): HTMLElement {
  const f = blankForm();
  const time = timePicker("At", f.times, { testid: "first-run-reminder-time" });
  const status = h("p", { class: "form-error", role: "alert", testid: "first-run-reminder-error" });
  const yes = h("button", { type: "submit", class: "button primary", testid: "first-run-reminder-add" }, "Remind me");
  const no = h("button", { type: "button", class: "button", testid: "first-run-reminder-skip", onclick: done }, "Not now");
  const form = h("form", { class: "stack", novalidate: true }, time.wrap, status, h("div", { class: "actions" }, no, yes));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    status.textContent = "";
    const at = await time.read();
    if (at === null) return time.control.focus();
    const input = inputFromForm({ ...f, times: at });
    if (isProblem(input)) {
      status.textContent = input.message;
      return;
    }
    yes.disabled = true;
    try {
      await addReminder(input);
      done();
    } catch (err) {
      status.textContent = friendlyError(err);
      yes.disabled = false;
    }
  });
  return h("main", { class: "card narrow first-run", testid: "first-run-reminder" },
    h("h1", { tabindex: -1 }, "A gentle nudge, if you'd like one"),
    h("p", {}, "Attune can remind you to check in each evening: a notification with general words only, never " +
      "anything you wrote. You can change or remove it any time in Settings."),
    form);
}
