import { describe, expect, it } from "vitest";
import type { Reminder } from "../bindings/Reminder";
import {
  blankForm,
  describeNext,
  describeSchedule,
  describeTarget,
  fieldFor,
  formFromReminder,
  inputFromForm,
  inputFromReminder,
  isProblem,
  revisitInput,
  type ReminderForm,
} from "./reminders";

const NOW = new Date(2026, 2, 10, 12, 0, 0); // Tue 10 March 2026, 12:00 local
const form = (patch: Partial<ReminderForm>): ReminderForm => ({ ...blankForm(NOW), ...patch });

describe("reading the reminder form", () => {
  it("daily times go as the time picker read them", () => {
    const input = inputFromForm(form({ when: "daily", times: "08:00, 20:30" }));
    expect(input).toEqual({ label: null, target: { kind: "check_in" }, schedule: { kind: "daily", times: ["08:00", "20:30"] },
      quiet: null, skipIfCheckedIn: false, enabled: true });
  });

  it.each([
    ["every how many days left empty", form({ when: "every", everyDays: "" }), "every-days"],
    ["every 1.5 days", form({ when: "every", everyDays: "1.5" }), "every-days"],
    ["every with no first day", form({ when: "every", everyDays: "3", date: "" }), "date"],
    ["once without a day", form({ when: "once", date: "", time: "13:00" }), "date"],
  ])("%s (nothing to send) names the field to look at", (_name, f, field) => {
    const out = inputFromForm(f);
    expect(isProblem(out)).toBe(true);
    expect(isProblem(out) && out.field).toBe(field);
  });

  // Issue 12: the journal owns these rules and says them in its own words (ReminderInput, Reminder::validate); the form
  // sends what was chosen and shows the journal's answer beside its field (fieldFor), rather than a copy of each rule.
  it.each([
    ["once in the past", form({ when: "once", date: "2026-03-10", time: "11:59" })],
    ["weekly without days", form({ when: "weekly", days: [] })],
    ["every 0 days", form({ when: "every", everyDays: "0" })],
    ["deck without a theme", form({ what: "deck", theme: "" })],
    ["empty quiet hours", form({ quiet: true, quietStart: "22:00", quietEnd: "22:00" })],
    ["a long label", form({ label: "x".repeat(81) })],
  ])("%s is left to the journal to check", (_name, f) => {
    expect(isProblem(inputFromForm(f))).toBe(false);
  });

  it.each([
    ["at", "daily", "times"],
    ["at", "once", "time"],
    ["at", "weekly", "time"],
    ["on", "weekly", "days"],
    ["days", "every", "every-days"],
    ["theme", "daily", "theme"],
    ["label", "daily", "label"],
    ["quiet", "daily", "quiet-end"],
    ["id", "daily", null],
    [undefined, "daily", null],
  ] as const)("the journal's word on %s (%s) goes beside %s", (field, when, box) => {
    expect(fieldFor(field, when)).toBe(box);
  });

  it("weekly days come out Monday first, as the journal writes them", () => {
    const input = inputFromForm(form({ when: "weekly", days: ["Sun", "Mon", "Thu"], time: "19:00" }));
    expect(!isProblem(input) && input.schedule).toEqual({ kind: "weekly", days: ["Mon", "Thu", "Sun"], time: "19:00" });
  });

  it("once is a local date and time turned into an instant", () => {
    const input = inputFromForm(form({ when: "once", date: "2026-03-10", time: "18:45" }));
    expect(!isProblem(input) && input.schedule).toEqual({ kind: "once", at: new Date(2026, 2, 10, 18, 45).toISOString() });
  });

  it("every N days, deck theme, quiet hours and the label as typed (the journal trims it)", () => {
    const input = inputFromForm(form({ what: "deck", theme: "childhood", when: "every", everyDays: "3", date: "2026-03-11",
      time: "09:00", quiet: true, quietStart: "22:00", quietEnd: "07:00", label: "  tea time ", skipIfCheckedIn: true }));
    expect(input).toEqual({ label: "  tea time ", target: { kind: "deck", theme: "childhood" },
      schedule: { kind: "every", days: 3, start: "2026-03-11", time: "09:00" }, quiet: { start: "22:00", end: "07:00" },
      skipIfCheckedIn: true, enabled: true });
  });
});

describe("editing round trip", () => {
  const r: Reminder = { id: "3f9a01c2", label: "Evenings", target: { kind: "appreciation" },
    schedule: { kind: "weekly", days: ["Mon", "Thu"], time: "19:00:00" }, quiet: { start: "22:00:00", end: "07:00:00" },
    skipIfCheckedIn: true, enabled: false, state: { lastFired: null, snoozedUntil: null } };

  it("a reminder's form reads back to the same reminder", () => {
    const input = inputFromForm(formFromReminder(r));
    expect(input).toEqual({ label: "Evenings", target: { kind: "appreciation" },
      schedule: { kind: "weekly", days: ["Mon", "Thu"], time: "19:00" }, quiet: { start: "22:00", end: "07:00" },
      skipIfCheckedIn: true, enabled: false });
  });

  it("switching on keeps everything else", () => {
    expect(inputFromReminder(r, { enabled: true })).toEqual({ label: "Evenings", target: r.target, schedule: r.schedule,
      quiet: r.quiet, skipIfCheckedIn: true, enabled: true });
  });
});

describe("describing reminders", () => {
  it.each([
    [{ kind: "daily", times: ["08:00:00"] }, "Every day at 08:00"],
    [{ kind: "daily", times: ["08:00:00", "13:00:00", "20:30:00"] }, "Every day at 08:00, 13:00 and 20:30"],
    [{ kind: "weekly", days: ["Thu", "Mon"], time: "19:00:00" }, "Mondays and Thursdays at 19:00"],
    [{ kind: "weekly", days: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], time: "07:00:00" }, "Every day at 07:00"],
  ] as const)("%j reads as %s", (schedule, text) => {
    expect(describeSchedule(schedule as never)).toBe(text);
  });

  it("every N days and once mention their day", () => {
    expect(describeSchedule({ kind: "every", days: 3, start: "2026-03-11", time: "09:00:00" })).toMatch(/^Every 3 days at 09:00, starting /);
    expect(describeSchedule({ kind: "once", at: new Date(2026, 2, 10, 18, 45).toISOString() })).toMatch(/^Once, on .* at 18:45$/);
  });

  it("targets read plainly, and deck themes by name", () => {
    expect(describeTarget({ kind: "check_in" })).toBe("A check-in");
    expect(describeTarget({ kind: "conflict_follow_up" })).toBe("Coming back to a conflict reflection");
    expect(describeTarget({ kind: "conflict_follow_up", entry: "e1" })).toBe("Coming back to a conflict reflection");
    expect(describeTarget({ kind: "look_back" })).toBe("The weekly look back");
    expect(describeTarget({ kind: "deck", theme: "childhood" }, () => "Childhood memories")).toBe("A question: Childhood memories");
    expect(describeTarget({ kind: "deck", theme: "gone" })).toBe("A question from the prompt deck");
  });

  it("next times say today and tomorrow", () => {
    expect(describeNext(new Date(2026, 2, 10, 20, 30).toISOString(), NOW)).toBe("today at 20:30");
    expect(describeNext(new Date(2026, 2, 11, 8, 0).toISOString(), NOW)).toBe("tomorrow at 08:00");
    expect(describeNext(new Date(2026, 2, 14, 8, 0).toISOString(), NOW)).toMatch(/ at 08:00$/);
  });
});

describe("revisiting a conflict", () => {
  it("is a one-off conflict follow-up two hours on, naming the entry and holding nothing it says", () => {
    expect(revisitInput(2, "0190-e1", NOW)).toEqual({ label: null, target: { kind: "conflict_follow_up", entry: "0190-e1" },
      schedule: { kind: "once", at: new Date(2026, 2, 10, 14, 0).toISOString() }, quiet: null, skipIfCheckedIn: false,
      enabled: true });
  });
});
