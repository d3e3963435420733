import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Reminder } from "../../bindings/Reminder";
import { setDateLocale } from "../../locale";
import { clearAllState } from "../../state/store";
import { revisitOffer } from "../flows/revisit";
import { remindersSection } from "./reminders";

let calls: Array<[string, Record<string, unknown>]>;
let list: Reminder[];
const at = new Date(Date.now() + 3 * 3_600_000).toISOString();

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};
const q = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);
const set = (id: string, value: string) => {
  const el = q<HTMLInputElement | HTMLSelectElement>(id)!;
  el.value = value;
  el.dispatchEvent(new Event("change"));
};

beforeEach(() => {
  calls = [];
  list = [{ id: "aa11bb22", label: "Tea time", target: { kind: "check_in" }, schedule: { kind: "daily", times: ["20:00:00"] },
    skipIfCheckedIn: false, enabled: true, state: { lastFired: null, snoozedUntil: null } }];
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push([cmd, args]);
    switch (cmd) {
      case "list_reminders":
        return list;
      case "next_reminders":
        return list.filter((r) => r.enabled).map((r) => ({ id: r.id, at, snoozed: false }));
      case "vocabulary":
        return { feelings: [], underneath: [], themes: [{ id: "childhood", label: "Childhood memories" }], practices: [], prompts: [],
          repairGroups: [], reachingExplainer: "" };
      case "get_settings":
        return { autoLockMinutes: 10, theme: "system", startAtLogin: false };
      case "set_settings":
        return args.settings;
      case "add_reminder": {
        // A stand-in for the journal's checks of a new reminder, in its words and naming its field.
        const input = args.reminder as { schedule: { kind: string; days?: string[]; at?: string } };
        if (input.schedule.kind === "weekly" && input.schedule.days?.length === 0) {
          throw { kind: "Validation", message: "choose at least one day", field: "on" };
        }
        if (input.schedule.kind === "once" && new Date(input.schedule.at!).getTime() <= Date.now()) {
          throw { kind: "Validation", message: "choose a time that hasn't passed yet", field: "at" };
        }
        if (input.schedule.kind === "daily" && "label" in input && input.label === "no id") {
          throw { kind: "Validation", message: "two reminders share the id cc33dd44", field: "id" };
        }
        const r = { ...(args.reminder as object), id: "cc33dd44", state: { lastFired: null, snoozedUntil: null } } as Reminder;
        list = [...list, r];
        return r;
      }
      case "update_reminder":
        list = list.map((r) => (r.id === args.id ? { ...r, ...(args.reminder as object) } as Reminder : r));
        return list.find((r) => r.id === args.id);
      case "remove_reminder": {
        const gone = list.find((r) => r.id === args.id);
        list = list.filter((r) => r.id !== args.id);
        return gone;
      }
      case "send_test_notification":
        return null;
      case "read_date": {
        // A stand-in for the journal's reading of typed dates, in the order the UI says.
        if (args.text === "24/12/2099" && args.order === "dmy") return "2099-12-24";
        throw { kind: "Validation", message: `“${String(args.text)}” isn't a date Attune can read. Write the day, then the month, then the year.`, field: "at" };
      }
      case "read_times": {
        // A stand-in for the journal's reading: "19:30" and "8pm" only.
        const t = String(args.text).trim();
        if (/^\d{2}:\d{2}$/.test(t)) return [`${t}:00`];
        if (t === "8pm") return ["20:00:00"];
        if (t === "10pm") return ["22:00:00"];
        if (t === "7am") return ["07:00:00"];
        throw { kind: "Validation", message: `“${t}” isn't a time like 20:30 or 8pm`, field: "at" };
      }
    }
    return null;
  });
  document.body.replaceChildren();
});
afterEach(() => {
  clearMocks();
  clearAllState();
});

describe("the reminders section", () => {
  it("lists reminders with their label, schedule and next time", async () => {
    document.body.appendChild(remindersSection.build());
    await settle();
    const items = document.querySelectorAll('[data-testid="reminder-item"]');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain("Tea time");
    expect(items[0]!.textContent).toContain("Every day at 20:00");
    expect(q("reminder-next-aa11bb22")!.textContent).toMatch(/^Next: /);
    expect(q("reminders-empty")!.hidden).toBe(true);
  });

  it("adds a weekly reminder from the form", async () => {
    document.body.appendChild(remindersSection.build());
    await settle();
    q("reminder-add")!.click();
    set("reminder-what", "appreciation");
    set("reminder-when", "weekly");
    q<HTMLInputElement>("reminder-day-mon")!.checked = true;
    q<HTMLInputElement>("reminder-day-thu")!.checked = true;
    set("reminder-time", "19:30");
    q<HTMLFormElement>("reminder-form")!.requestSubmit();
    await settle();
    const add = calls.find(([c]) => c === "add_reminder");
    expect(add?.[1].reminder).toEqual({ label: null, target: { kind: "appreciation" },
      schedule: { kind: "weekly", days: ["Mon", "Thu"], time: "19:30" }, quiet: null, skipIfCheckedIn: false, enabled: true });
    expect(q("reminder-form")).toBeNull();
    expect(document.querySelectorAll('[data-testid="reminder-item"]')).toHaveLength(2);
  });

  it("shows a day left empty once, on its field, and sends nothing", async () => {
    document.body.appendChild(remindersSection.build());
    await settle();
    q("reminder-add")!.click();
    set("reminder-when", "once");
    set("reminder-date", "");
    q<HTMLFormElement>("reminder-form")!.requestSubmit();
    await settle();
    expect(q("reminder-date-error")!.textContent).toBe("Choose a day.");
    expect(q("reminder-form-error")!.textContent).toBe("");
    expect(calls.some(([c]) => c === "add_reminder")).toBe(false);
  });

  // Issue 12 and 13: the journal checks a reminder and says what to change; its words go beside the field they are
  // about, not a general "needs a second look", and the form keeps no copy of the journal's rules.
  it("shows the journal's own message beside its field: a week with no day chosen", async () => {
    document.body.appendChild(remindersSection.build());
    await settle();
    q("reminder-add")!.click();
    set("reminder-when", "weekly");
    q<HTMLFormElement>("reminder-form")!.requestSubmit();
    await settle();
    const shown = [...document.querySelectorAll(".field-error, .form-error")].map((e) => e.textContent).filter(Boolean);
    expect(shown).toEqual(["Choose at least one day"]);
    expect(q("reminder-days-error")!.textContent).toBe("Choose at least one day");
    expect(q("reminder-form")).not.toBeNull();
  });

  it("shows the journal's own message beside its field: a one-off whose time has passed", async () => {
    setDateLocale("en-GB");
    document.body.appendChild(remindersSection.build());
    await settle();
    q("reminder-add")!.click();
    set("reminder-when", "once");
    set("reminder-time", "00:00"); // today, at a minute that has passed
    q<HTMLFormElement>("reminder-form")!.requestSubmit();
    await settle();
    const shown = [...document.querySelectorAll(".field-error, .form-error")].map((e) => e.textContent).filter(Boolean);
    expect(shown).toEqual(["Choose a time that hasn't passed yet"]);
    const time = q<HTMLInputElement>("reminder-time")!;
    expect(document.getElementById(time.getAttribute("aria-describedby")!.split(" ").at(-1)!)?.textContent)
      .toBe("Choose a time that hasn't passed yet");
    expect(time.getAttribute("aria-invalid")).toBe("true");
    setDateLocale(undefined);
  });

  it("a message about something the form has no box for goes under the form, in the journal's words", async () => {
    document.body.appendChild(remindersSection.build());
    await settle();
    q("reminder-add")!.click();
    set("reminder-label", "no id");
    q<HTMLFormElement>("reminder-form")!.requestSubmit();
    await settle();
    expect(q("reminder-form-error")!.textContent).toBe("Two reminders share the id cc33dd44");
  });

  it("a time typed as people say it is read by the journal; one it can't read gets one message", async () => {
    document.body.appendChild(remindersSection.build());
    await settle();
    q("reminder-add")!.click();
    set("reminder-when", "weekly");
    q<HTMLInputElement>("reminder-day-mon")!.checked = true;
    const field = q<HTMLInputElement>("reminder-time")!;
    expect(field.getAttribute("list")).toBeTruthy(); // suggestions to pick from
    set("reminder-time", "after dinner");
    q<HTMLFormElement>("reminder-form")!.requestSubmit();
    await settle();
    const shown = [...document.querySelectorAll(".field-error, .form-error")].map((e) => e.textContent).filter(Boolean);
    expect(shown).toEqual(["“after dinner” isn't a time like 20:30 or 8pm"]);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(calls.some(([c]) => c === "add_reminder")).toBe(false);
    set("reminder-time", "8pm");
    await settle();
    expect(field.value).toBe("20:00");
    expect(field.hasAttribute("aria-invalid")).toBe(false);
    q<HTMLFormElement>("reminder-form")!.requestSubmit();
    await settle();
    const add = calls.find(([c]) => c === "add_reminder");
    expect((add?.[1].reminder as { schedule: unknown }).schedule).toEqual({ kind: "weekly", days: ["Mon"], time: "20:00" });
  });

  it("quiet hours use the same time picker: 10pm works, and a time it can't read gets one message, on its field", async () => {
    document.body.appendChild(remindersSection.build());
    await settle();
    q("reminder-add")!.click();
    const quiet = q<HTMLInputElement>("reminder-quiet")!;
    quiet.checked = true;
    quiet.dispatchEvent(new Event("change"));
    const from = q<HTMLInputElement>("reminder-quiet-start")!;
    const until = q<HTMLInputElement>("reminder-quiet-end")!;
    expect([from.type, until.type]).toEqual(["text", "text"]); // not the built-in time input
    // One hint for both, read out with each.
    for (const c of [from, until]) {
      expect(document.getElementById(c.getAttribute("aria-describedby")!.split(" ")[0]!)?.textContent).toMatch(/10pm/);
    }
    set("reminder-quiet-start", "10pm");
    set("reminder-quiet-end", "whenever");
    q<HTMLFormElement>("reminder-form")!.requestSubmit();
    await settle();
    const shown = [...document.querySelectorAll(".field-error, .form-error")].map((e) => e.textContent).filter(Boolean);
    expect(shown).toEqual(["“whenever” isn't a time like 20:30 or 8pm"]);
    expect(until.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(until);
    expect(from.value).toBe("22:00");
    expect(calls.some(([c]) => c === "add_reminder")).toBe(false);
    set("reminder-quiet-end", "7am");
    q<HTMLFormElement>("reminder-form")!.requestSubmit();
    await settle();
    const add = calls.find(([c]) => c === "add_reminder");
    expect((add?.[1].reminder as { quiet: unknown }).quiet).toEqual({ start: "22:00", end: "07:00" });
  });

  it("a one-off's day is written in the locale's order and read by the journal", async () => {
    setDateLocale("en-GB");
    document.body.appendChild(remindersSection.build());
    await settle();
    q("reminder-add")!.click();
    set("reminder-when", "once");
    const day = q<HTMLInputElement>("reminder-date")!;
    expect(day.type).toBe("text");
    expect(day.placeholder).toBe("dd/mm/yyyy");
    const hint = document.getElementById(day.getAttribute("aria-describedby")!.split(" ")[0]!);
    expect(hint?.textContent).toBe("Day, month, year: dd/mm/yyyy");
    set("reminder-date", "the day after");
    set("reminder-time", "19:30");
    q<HTMLFormElement>("reminder-form")!.requestSubmit();
    await settle();
    const shown = [...document.querySelectorAll(".field-error, .form-error")].map((e) => e.textContent).filter(Boolean);
    expect(shown).toEqual(["“the day after” isn't a date Attune can read. Write the day, then the month, then the year."]);
    expect(day.getAttribute("aria-invalid")).toBe("true");
    expect(calls.some(([c]) => c === "add_reminder")).toBe(false);
    set("reminder-date", "24/12/2099");
    await settle();
    expect(day.value).toBe("24/12/2099");
    q<HTMLFormElement>("reminder-form")!.requestSubmit();
    await settle();
    const add = calls.find(([c]) => c === "add_reminder");
    const when = new Date((add?.[1].reminder as { schedule: { at: string } }).schedule.at);
    expect([when.getFullYear(), when.getMonth() + 1, when.getDate(), when.getHours()]).toEqual([2099, 12, 24, 19]);
    setDateLocale(undefined);
  });

  it("switches a reminder off, and removes one", async () => {
    document.body.appendChild(remindersSection.build());
    await settle();
    const box = q<HTMLInputElement>("reminder-enabled-aa11bb22")!;
    box.checked = false;
    box.dispatchEvent(new Event("change"));
    await settle();
    expect((calls.find(([c]) => c === "update_reminder")?.[1].reminder as { enabled: boolean }).enabled).toBe(false);
    expect(q("reminder-next-aa11bb22")!.textContent).toBe("Off for now.");
    q("reminder-remove-aa11bb22")!.click();
    await settle();
    expect(calls.some(([c, a]) => c === "remove_reminder" && a.id === "aa11bb22")).toBe(true);
    expect(q("reminders-empty")!.hidden).toBe(false);
  });

  it("sends a test notification through Rust", async () => {
    document.body.appendChild(remindersSection.build());
    await settle();
    q("reminder-test")!.click();
    await settle();
    expect(calls.some(([c]) => c === "send_test_notification")).toBe(true);
    expect(q("reminder-test-status")!.textContent).toMatch(/^Sent/);
  });

  it("starting at login saves the preference", async () => {
    document.body.appendChild(remindersSection.build());
    await settle();
    const box = q<HTMLInputElement>("settings-start-at-login")!;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await settle();
    expect(calls.find(([c]) => c === "set_settings")?.[1].settings).toEqual({ autoLockMinutes: 10, theme: "system",
      startAtLogin: true });
  });
});

describe("the conflict flow's revisit offer", () => {
  it("editing a saved reflection, creates a one-off follow-up of that entry about two hours away", async () => {
    document.body.appendChild(revisitOffer("entry-1").el);
    const before = Date.now();
    q("conflict-remind-revisit")!.click();
    await settle();
    const add = calls.find(([c]) => c === "add_reminder")?.[1].reminder as Reminder;
    expect(add.target).toEqual({ kind: "conflict_follow_up", entry: "entry-1" });
    expect(add.label).toBeNull();
    const when = add.schedule.kind === "once" ? Date.parse(add.schedule.at) : 0;
    expect(when - before).toBeGreaterThanOrEqual(2 * 3_600_000 - 1000);
    expect(when - before).toBeLessThan(2 * 3_600_000 + 5000);
    expect(q<HTMLButtonElement>("conflict-remind-revisit")!.disabled).toBe(true);
    expect(q("conflict-revisit-status")!.textContent).toMatch(/^Done\./);
  });

  it("for a new reflection, waits for the save and then names the saved entry", async () => {
    const offer = revisitOffer();
    document.body.appendChild(offer.el);
    q("conflict-remind-revisit")!.click();
    await settle();
    expect(calls.find(([c]) => c === "add_reminder")).toBeUndefined();
    expect(q("conflict-remind-revisit")!.getAttribute("aria-pressed")).toBe("true");
    expect(q("conflict-revisit-status")!.textContent).toMatch(/after you save/);
    expect(await offer.afterSave("saved-9")).toMatch(/^Attune will remind you .* to come back to it\.$/);
    const add = calls.find(([c]) => c === "add_reminder")?.[1].reminder as Reminder;
    expect(add.target).toEqual({ kind: "conflict_follow_up", entry: "saved-9" });
    // Asked once: a second save (an edit) sets nothing more, and changing one's mind before saving sets nothing.
    expect(await offer.afterSave("saved-9")).toBeNull();
    const undecided = revisitOffer();
    document.body.replaceChildren(undecided.el);
    q("conflict-remind-revisit")!.click();
    q("conflict-remind-revisit")!.click();
    expect(await undecided.afterSave("saved-10")).toBeNull();
    expect(calls.filter(([c]) => c === "add_reminder")).toHaveLength(1);
  });
});
