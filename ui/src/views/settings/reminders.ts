// Reminders: list, add, edit, switch off, remove; quiet hours; a test notification. Reminders live outside the vault,
// so this section talks about what is and isn't kept private.
import type { Reminder } from "../../bindings/Reminder";
import type { ReminderInput } from "../../bindings/ReminderInput";
import { dateField, readDates } from "../../components/dateField";
import { checkbox, selectField, textField } from "../../components/field";
import { timePicker } from "../../components/timePicker";
import { toast } from "../../components/toast";
import { h, nextId, replace } from "../../dom";
import { friendlyError, isApiError, said } from "../../errors";
import {
  addReminder,
  blankForm,
  describeNext,
  describeSchedule,
  describeTarget,
  fieldFor,
  formFromReminder,
  inputFromForm,
  inputFromReminder,
  isProblem,
  loadReminders,
  nextFor,
  removeReminder,
  type ReminderForm,
  type ScheduleKind,
  type TargetKind,
  sendTestNotification,
  TARGETS,
  updateReminder,
  WEEKDAYS,
  WHENS,
} from "../../state/reminders";
import { loadSettings, saveSettings, settings } from "../../state/settings";
import { loadVocabulary } from "../../state/vocab";
import { sectionFrame, type SettingsSection } from "./section";

const DAY_LABEL: Record<string, string> = { Mon: "Mon", Tue: "Tue", Wed: "Wed", Thu: "Thu", Fri: "Fri", Sat: "Sat",
  Sun: "Sun" };

let themeNames = new Map<string, string>();

export const remindersSection: SettingsSection = {
  id: "reminders",
  title: "Reminders",
  build() {
    const list = h("ul", { class: "reminder-list", testid: "reminders-list" });
    const empty = h("p", { class: "muted", testid: "reminders-empty" },
      "No reminders yet. A gentle nudge at the same time each day can make writing a habit.");
    const status = h("p", { class: "form-error", role: "alert", testid: "reminders-error" });
    const formHost = h("div", {});
    const add = h("button", { type: "button", class: "button primary-soft", testid: "reminder-add",
      onclick: () => openForm(null) }, "Add a reminder");
    const testStatus = h("p", { class: "muted", "aria-live": "polite", testid: "reminder-test-status" });
    const test = h("button", { type: "button", class: "button", testid: "reminder-test", onclick: async () => {
      testStatus.textContent = "";
      try {
        await sendTestNotification();
        testStatus.textContent = "Sent. If nothing appeared, check that notifications are allowed for Attune.";
      } catch (e) {
        testStatus.textContent = isApiError(e, "Io")
          ? "Attune couldn't show a notification here. Check that your desktop has notifications turned on."
          : friendlyError(e);
      }
    } }, "Send a test notification");

    const refresh = async () => {
      status.textContent = "";
      try {
        const { list: all, next } = await loadReminders();
        replace(list, ...all.map((r) => row(r, nextFor(next, r.id)?.at ?? null)));
        empty.hidden = all.length > 0;
      } catch (e) {
        status.textContent = friendlyError(e);
      }
    };

    const row = (r: Reminder, next: string | null): HTMLElement => {
      const enabled = checkbox("On", { testid: `reminder-enabled-${r.id}`, checked: r.enabled });
      enabled.control.addEventListener("change", async () => {
        try {
          await updateReminder(r.id, inputFromReminder(r, { enabled: enabled.control.checked }));
        } catch (e) {
          status.textContent = friendlyError(e);
        }
        await refresh();
      });
      const when = r.enabled
        ? next ? `Next: ${describeNext(next)}` : "Nothing more planned."
        : "Off for now.";
      return h("li", { class: "reminder", testid: "reminder-item", "data-reminder-id": r.id },
        h("div", { class: "reminder-text" },
          h("div", {}, h("strong", {}, r.label || describeTarget(r.target, (id) => themeNames.get(id))),
            r.label ? h("span", { class: "muted" }, ` · ${describeTarget(r.target, (id) => themeNames.get(id))}`) : null),
          h("div", {}, describeSchedule(r.schedule),
            r.quiet ? h("span", { class: "muted" }, ` · quiet ${r.quiet.start.slice(0, 5)}–${r.quiet.end.slice(0, 5)}`) : null),
          h("div", { class: "muted", testid: `reminder-next-${r.id}` }, when)),
        h("div", { class: "reminder-actions" }, enabled.wrap,
          h("button", { type: "button", class: "button small", testid: `reminder-edit-${r.id}`,
            onclick: () => openForm(r) }, "Edit"),
          h("button", { type: "button", class: "button small quiet-danger", testid: `reminder-remove-${r.id}`,
            onclick: async () => {
              try {
                const removed = await removeReminder(r.id);
                toast("Reminder removed.", { testid: "toast-reminder-removed", action: { label: "Undo", testid: "undo",
                  run: async () => {
                    await addReminder(inputFromReminder(removed));
                    await refresh();
                  } } });
              } catch (e) {
                status.textContent = friendlyError(e);
              }
              await refresh();
            } }, "Remove")));
    };

    const openForm = (editing: Reminder | null) => {
      const form = reminderForm(editing ? formFromReminder(editing) : blankForm(), editing !== null, async (input) => {
        if (editing) await updateReminder(editing.id, input);
        else await addReminder(input);
        formHost.replaceChildren();
        add.hidden = false;
        toast(editing ? "Reminder saved." : "Reminder added.", { testid: "toast-reminder-saved", timeout: 2500 });
        await refresh();
      }, () => {
        formHost.replaceChildren();
        add.hidden = false;
        add.focus();
      });
      formHost.replaceChildren(form);
      add.hidden = true;
      form.querySelector<HTMLElement>("select")?.focus();
    };

    const login = checkbox("Start Attune when I log in, quietly in the tray, so reminders can reach you",
      { testid: "settings-start-at-login" });
    const loginStatus = h("p", { class: "form-error", role: "alert" });
    const showLogin = (on: boolean) => void (login.control.checked = on);
    const current = settings.get();
    if (current) showLogin(current.startAtLogin);
    else void loadSettings().then((s) => showLogin(s.startAtLogin), () => {});
    login.control.addEventListener("change", async () => {
      loginStatus.textContent = "";
      const base = settings.get() ?? (await loadSettings().catch(() => null));
      if (!base) {
        loginStatus.textContent = "Attune couldn't read its settings just now. Please try again.";
        return;
      }
      try {
        showLogin((await saveSettings({ ...base, startAtLogin: login.control.checked })).startAtLogin);
        toast("Saved.", { testid: "toast-settings-saved", timeout: 2500 });
      } catch (e) {
        loginStatus.textContent = friendlyError(e);
        showLogin(base.startAtLogin);
      }
    });

    void loadVocabulary().then((v) => {
      themeNames = new Map(v.themes.map((t) => [t.id, t.label]));
    }, () => {}).finally(() => void refresh());

    return sectionFrame("reminders", "Reminders",
      h("p", { class: "muted" },
        "Gentle nudges to pause and write. They come as notifications with general words only, never anything you " +
        "wrote, and they arrive even while the journal is locked. Closing the window keeps Attune in the tray so " +
        "reminders can reach you; choose Quit there to stop them."),
      list, empty, status, formHost, h("div", { class: "actions left" }, add, test), testStatus, login.wrap, loginStatus);
  },
};

/** The add/edit form. `save` receives a checked input; its errors are shown on the form. */
function reminderForm(
  f: ReminderForm,
  editing: boolean,
  save: (input: ReminderInput) => Promise<void>,
  cancel: () => void,
): HTMLElement {
  const what = selectField("What should it open?", TARGETS, { testid: "reminder-what" });
  what.control.value = f.what;
  const theme = selectField("Which theme?", [["", "Choose a theme"], ...[...themeNames].map(([id, name]): [string, string] =>
    [id, name])], { testid: "reminder-theme" });
  theme.control.value = f.theme;
  const when = selectField("When?", WHENS, { testid: "reminder-when" });
  when.control.value = f.when;

  const times = timePicker("At these times", f.times, { testid: "reminder-times", many: true });
  const time = timePicker("At", f.time, { testid: "reminder-time" });
  const everyDays = textField("Every how many days?", { type: "number", min: 1, max: 366, testid: "reminder-every-days",
    value: f.everyDays });
  const date = dateField("Day", f.date, { testid: "reminder-date" });
  const dayBoxes = WEEKDAYS.map((d) => {
    const id = nextId("day");
    return h("div", { class: "check" },
      h("input", { type: "checkbox", id, value: d, testid: `reminder-day-${d.toLowerCase()}`, checked: f.days.includes(d) }),
      h("label", { for: id }, DAY_LABEL[d]!));
  });
  const days = h("fieldset", { class: "choice-list inline-choices", testid: "reminder-days" }, h("legend", {}, "On"),
    ...dayBoxes);
  const daysError = h("p", { class: "field-error", "aria-live": "polite", testid: "reminder-days-error" });

  const quiet = checkbox("Quiet hours: hold reminders until they end", { testid: "reminder-quiet", checked: f.quiet });
  // The same time picker as the reminder's own time: "10pm" works, and what can't be read gets one message.
  const quietStart = timePicker("From", f.quietStart, { testid: "reminder-quiet-start", hint: null });
  const quietEnd = timePicker("Until", f.quietEnd, { testid: "reminder-quiet-end", hint: null });
  const quietHint = h("p", { class: "field-hint", id: nextId("quiet-hint") }, "Typed or picked like the time above: 22:00 or 10pm.");
  for (const c of [quietStart.control, quietEnd.control]) {
    c.setAttribute("aria-describedby", `${quietHint.id} ${c.getAttribute("aria-describedby") ?? ""}`.trim());
  }
  const quietTimes = h("div", {}, quietHint, h("div", { class: "i-grid" }, quietStart.wrap, quietEnd.wrap));
  const skip = checkbox("Stay quiet on days I've already checked in", { testid: "reminder-skip-checked-in",
    checked: f.skipIfCheckedIn });
  const label = textField("Your own label (optional)", { testid: "reminder-label", value: f.label, maxlength: 80 },
    "Shown only in this list, never in a notification. It's kept unencrypted next to the reminder times, so keep it general.");
  const error = h("p", { class: "form-error", role: "alert", testid: "reminder-form-error" });

  const show = () => {
    theme.wrap.hidden = what.control.value !== "deck";
    const k = when.control.value as ScheduleKind;
    times.wrap.hidden = k !== "daily";
    days.hidden = k !== "weekly";
    daysError.hidden = k !== "weekly";
    everyDays.wrap.hidden = k !== "every";
    date.wrap.hidden = k !== "every" && k !== "once";
    date.wrap.querySelector("label")!.textContent = k === "every" ? "Starting on" : "Day";
    time.wrap.hidden = k === "daily";
    quietTimes.hidden = !quiet.control.checked;
  };
  what.control.addEventListener("change", show);
  when.control.addEventListener("change", show);
  quiet.control.addEventListener("change", show);
  show();

  const fields: Record<string, { setError(m: string | null): void }> = {
    theme, times, time, "every-days": everyDays, date, "quiet-start": quietStart, "quiet-end": quietEnd, label,
    days: { setError: (m) => void (daysError.textContent = m ?? "") },
  };
  const read = (): ReminderForm => ({
    what: what.control.value as TargetKind,
    theme: theme.control.value,
    when: when.control.value as ScheduleKind,
    times: times.control.value,
    days: dayBoxes.map((b) => b.querySelector("input")!).filter((i) => i.checked).map((i) => i.value),
    time: time.control.value,
    everyDays: everyDays.control.value,
    date: date.value(),
    quiet: quiet.control.checked,
    quietStart: quietStart.control.value,
    quietEnd: quietEnd.control.value,
    skipIfCheckedIn: skip.control.checked,
    enabled: f.enabled,
    label: label.control.value,
  });

  const submit = h("button", { type: "submit", class: "button primary", testid: "reminder-save" },
    editing ? "Save reminder" : "Add reminder");
  const form = h("form", { class: "reminder-form card-inset", testid: "reminder-form", novalidate: true,
    "aria-label": editing ? "Edit reminder" : "New reminder" },
    what.wrap, theme.wrap, when.wrap, times.wrap, days, daysError, everyDays.wrap, date.wrap, time.wrap,
    quiet.wrap, quietTimes, skip.wrap, label.wrap, error,
    h("div", { class: "actions" },
      h("button", { type: "button", class: "button", testid: "reminder-cancel", onclick: cancel }, "Cancel"), submit));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    for (const fld of Object.values(fields)) fld.setError(null);
    error.textContent = "";
    // The time as typed ("8pm") is read by the journal first; what it can't read is said once, on the field.
    const picker = when.control.value === "daily" ? times : time;
    const pickers = [picker, ...(quiet.control.checked ? [quietStart, quietEnd] : [])];
    const answers = await Promise.all(pickers.map((p) => p.read()));
    const unread = pickers[answers.indexOf(null)];
    if (unread) {
      unread.control.focus();
      return;
    }
    if (!(await readDates(form))) return;
    // One message: on its field when it has one, else for the whole form.
    const say = (field: string | null, message: string) => {
      const box = field ? fields[field] : undefined;
      if (box) box.setError(message);
      else error.textContent = message;
    };
    const input = inputFromForm(read());
    if (isProblem(input)) return say(input.field, input.message);
    submit.disabled = true;
    try {
      await save(input);
    } catch (err) {
      // The journal checks the reminder and says what to change, about one field: shown beside that field.
      if (isApiError(err, "Validation")) say(fieldFor(err.field, when.control.value as ScheduleKind), said(err.message));
      else error.textContent = friendlyError(err);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
