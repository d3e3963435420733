// Passphrase and recovery key.
import { textField } from "../../components/field";
import { passphrasePair } from "../../components/passphrase";
import { toast } from "../../components/toast";
import { h } from "../../dom";
import { friendlyError, isApiError } from "../../errors";
import { changePassphrase, newRecoveryKey, recover } from "../../state/session";
import { sectionFrame, type SettingsSection } from "./section";
import { recoveryKeyText } from "../../components/recoveryKeyText";

export const passphraseSection: SettingsSection = {
  id: "passphrase",
  title: "Passphrase",
  build() {
    const current = textField("Current passphrase", { type: "password", autocomplete: "current-password",
      testid: "settings-current-passphrase" });
    const pair = passphrasePair("settings-new", "New passphrase");
    const status = h("p", { class: "form-error", role: "alert" });
    const save = h("button", { type: "submit", class: "button primary", testid: "settings-change-passphrase" },
      "Change passphrase");
    const form = h("form", { class: "stack", novalidate: true }, current.wrap, pair.el, status,
      h("div", { class: "actions" }, save));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (!current.control.value) {
        current.setError("Type your current passphrase first.");
        current.control.focus();
        return;
      }
      const next = pair.validate();
      if (!next) return;
      save.disabled = true;
      status.textContent = "";
      try {
        await changePassphrase(current.control.value, next);
        current.control.value = "";
        pair.clear();
        toast("Your passphrase is changed. Your recovery key still works.", { testid: "toast-passphrase-changed" });
      } catch (err) {
        if (isApiError(err, "WrongPassphrase")) {
          current.setError("That isn't your current passphrase.");
          current.control.select();
        } else status.textContent = friendlyError(err);
      } finally {
        save.disabled = false;
      }
    });
    return sectionFrame("passphrase", "Passphrase",
      h("p", { class: "muted" }, "Your passphrase opens the journal. Changing it doesn't change your recovery key."),
      form);
  },
};

export const recoverySection: SettingsSection = {
  id: "recovery",
  title: "Recovery key",
  build() {
    const key = textField("Recovery key", { testid: "settings-recovery-key", autocomplete: "off", spellcheck: false,
      class: "mono" });
    const pair = passphrasePair("settings-recover", "New passphrase");
    const status = h("p", { class: "form-error", role: "alert" });
    const save = h("button", { type: "submit", class: "button", testid: "settings-recover-submit" },
      "Set new passphrase with recovery key");
    const form = h("form", { class: "stack", novalidate: true }, key.wrap, pair.el, status, h("div", { class: "actions" }, save));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (!key.control.value.trim()) {
        key.setError("Type your recovery key first.");
        key.control.focus();
        return;
      }
      const next = pair.validate();
      if (!next) return;
      save.disabled = true;
      status.textContent = "";
      try {
        await recover(key.control.value.trim(), next);
        key.control.value = "";
        pair.clear();
        toast("Your new passphrase is set.", { testid: "toast-recovered" });
      } catch (err) {
        if (isApiError(err, "WrongRecoveryKey")) {
          key.setError("That key doesn't match this journal. Check it group by group.");
          key.control.focus();
        } else status.textContent = friendlyError(err);
      } finally {
        save.disabled = false;
      }
    });
    return sectionFrame("recovery", "Recovery key",
      h("p", {}, "When you created your journal you were shown a recovery key. It's a second way in: if you forget your passphrase, it lets you choose a new one."),
      h("p", { class: "muted" }, "Keep it on paper, away from this computer. If both the passphrase and the key are lost, nobody can open the journal — that's what keeps it private."),
      newKeyPart(),
      h("details", { class: "more" }, h("summary", { testid: "settings-recovery-open" }, "Forgot your passphrase? Use the recovery key"), form));
  },
};

/** "Make a new recovery key": the passphrase, then the new key shown once (the old one stops working). */
function newKeyPart(): HTMLElement {
  const passphrase = textField("Your passphrase", { type: "password", autocomplete: "current-password",
    testid: "settings-new-key-passphrase" });
  const status = h("p", { class: "form-error", role: "alert" });
  const make = h("button", { type: "submit", class: "button", testid: "settings-new-key-submit" },
    "Make a new recovery key");
  const shown = h("div", { class: "stack", "aria-live": "polite" });
  const form = h("form", { class: "stack", novalidate: true },
    h("p", { class: "muted" }, "Lost your recovery key, or told its part of the key file is damaged? Make a new one. The old key stops working."),
    passphrase.wrap, status, h("div", { class: "actions" }, make));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!passphrase.control.value) {
      passphrase.setError("Type your passphrase first.");
      passphrase.control.focus();
      return;
    }
    make.disabled = true;
    status.textContent = "";
    try {
      const key = await newRecoveryKey(passphrase.control.value);
      passphrase.control.value = "";
      form.hidden = true;
      shown.replaceChildren(keyShownOnce(key, () => {
        shown.replaceChildren();
        form.hidden = false;
        make.focus();
      }));
    } catch (err) {
      if (isApiError(err, "WrongPassphrase")) {
        passphrase.setError("That isn't your passphrase.");
        passphrase.control.select();
      } else status.textContent = friendlyError(err);
    } finally {
      make.disabled = false;
    }
  });
  return h("div", { class: "stack" }, form, shown);
}

/** The new key, to write down; "Done" takes it off the screen. */
function keyShownOnce(key: string, done: () => void): HTMLElement {
  const copied = h("p", { class: "muted", "aria-live": "polite" });
  const copy = h("button", { type: "button", class: "button", onclick: async () => {
    try {
      await navigator.clipboard.writeText(key);
      copied.textContent = "Copied. Paste it somewhere safe, away from this computer — then clear your clipboard.";
    } catch {
      copied.textContent = "Copying isn't available here; please write it down.";
    }
  } }, "Copy");
  const finished = h("button", { type: "button", class: "button primary", testid: "settings-new-key-done", onclick: done },
    "I've written it down");
  const el = h("div", { class: "stack new-recovery-key" },
    h("p", {}, "Your new recovery key. Write it down now: it won't be shown again, and the old one no longer works."),
    recoveryKeyText(key, "settings-new-key"),
    h("div", { class: "actions left" }, copy, finished),
    copied);
  queueMicrotask(() => {
    finished.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
  });
  return el;
}
