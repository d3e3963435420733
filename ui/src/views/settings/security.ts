// Passphrase and recovery key.
import { textField } from "../../components/field";
import { passphrasePair } from "../../components/passphrase";
import { toast } from "../../components/toast";
import { h } from "../../dom";
import { friendlyError, isApiError } from "../../errors";
import { changePassphrase, recover } from "../../state/session";
import { sectionFrame, type SettingsSection } from "./section";

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
      h("details", { class: "more" }, h("summary", { testid: "settings-recovery-open" }, "Forgot your passphrase? Use the recovery key"), form));
  },
};
