// Unlock with the passphrase, or recover with the recovery key and a new passphrase.
import { h } from "../dom";
import { textField } from "../components/field";
import { passphrasePair } from "../components/passphrase";
import { friendlyError, isApiError } from "../errors";
import { recover, unlock } from "../state/session";

export function unlockView(done: () => void): HTMLElement {
  const page = h("div", { class: "welcome", testid: "unlock-screen" });
  showUnlock();
  return page;

  function showUnlock() {
    const pass = textField("Passphrase", { type: "password", autocomplete: "current-password", testid: "unlock-passphrase" });
    const status = h("p", { class: "form-error", role: "alert", testid: "unlock-error" });
    const submit = h("button", { type: "submit", class: "button primary", testid: "unlock-submit" }, "Unlock");
    const useKey = h("button", { type: "button", class: "link-button", testid: "use-recovery-key", onclick: showRecover },
      "Forgot it? Use your recovery key instead");
    const form = h("form", { class: "stack", novalidate: true }, pass.wrap, status,
      h("div", { class: "actions spread" }, useKey, submit));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (!pass.control.value) {
        pass.setError("Type your passphrase to open the journal.");
        return;
      }
      submit.disabled = true;
      status.textContent = "";
      try {
        await unlock({ kind: "passphrase", value: pass.control.value });
        pass.control.value = "";
        done();
      } catch (err) {
        status.textContent = isApiError(err, "WrongPassphrase")
          ? "That passphrase didn't open the journal. It happens — check caps lock and try again, gently."
          : friendlyError(err);
        pass.control.select();
        submit.disabled = false;
      }
    });
    page.replaceChildren(
      h("main", { class: "card narrow" },
        h("p", { class: "brand center" }, h("span", { class: "brand-mark", "aria-hidden": "true" }), "Attune"),
        h("h1", {}, "Welcome back"),
        h("p", { class: "muted" }, "Your journal is locked. Unlock it to carry on."),
        form));
    queueMicrotask(() => pass.control.focus());
  }

  function showRecover() {
    const key = textField("Recovery key", { autocomplete: "off", spellcheck: false, testid: "recover-key", class: "mono" },
      "The key you wrote down when you created your journal. Spaces and dashes don't matter.");
    const pair = passphrasePair("recover", "Choose a new passphrase");
    const status = h("p", { class: "form-error", role: "alert", testid: "recover-error" });
    const submit = h("button", { type: "submit", class: "button primary", testid: "recover-submit" }, "Set new passphrase and unlock");
    const back = h("button", { type: "button", class: "link-button", testid: "back-to-unlock", onclick: showUnlock },
      "Back to passphrase");
    const form = h("form", { class: "stack", novalidate: true }, key.wrap, pair.el, status,
      h("div", { class: "actions spread" }, back, submit));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (!key.control.value.trim()) {
        key.setError("Type the recovery key first.");
        key.control.focus();
        return;
      }
      const next = pair.validate();
      if (!next) return;
      submit.disabled = true;
      status.textContent = "";
      try {
        await recover(key.control.value.trim(), next);
        done();
      } catch (err) {
        if (isApiError(err, "WrongRecoveryKey")) {
          key.setError("That key didn't match this journal. Check each group of characters — it's easy to mix up similar ones.");
          key.control.focus();
        } else status.textContent = friendlyError(err);
        submit.disabled = false;
      }
    });
    page.replaceChildren(
      h("main", { class: "card narrow" },
        h("h1", {}, "Use your recovery key"),
        h("p", {}, "Type your recovery key and choose a new passphrase. Your entries stay just as they are."),
        form));
    queueMicrotask(() => key.control.focus());
  }
}
