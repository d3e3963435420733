import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Entry } from "../bindings/Entry";
import type { Nudge } from "../bindings/Nudge";
import type { OpenConflict } from "../bindings/OpenConflict";
import type { Route } from "../router";
import { localDay } from "../state/when";
import { mockApi, q, resetMockApi, settle, type Call } from "../testing/mockApi";
import { todayView } from "./today";

let calls: Call[];
let today: Entry[];
let drafts: Array<{ key: string; updatedAt: string }>;
let routes: Route[];
let due: OpenConflict[];
let nudge: Nudge | null;

const entry = (id: string, body: Entry["body"]): Entry => ({
  id, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), localDate: localDay(),
  utcOffsetMinutes: -new Date().getTimezoneOffset(), people: [], tags: [], body,
});
const checkIn = (id: string) =>
  entry(id, { kind: "check_in", pleasantness: 3, energy: -3, feelings: ["calm"], whatsGoingOn: "", hope: "", concern: "", need: "" });

beforeEach(() => {
  today = [];
  drafts = [];
  due = [];
  nudge = null;
  ({ calls, routes } = mockApi({
    timeline: () => ({ entries: today, next: null }),
    list_drafts: () => drafts,
    conflicts_due: () => due,
    nudge: () => nudge,
    on_this_day: [],
    promises_due: [],
    people: [],
    prompt_of_the_day: { id: "p", theme: "t", text: "A question", practises: "" },
  }));
});
afterEach(resetMockApi);

describe("Today reflects the day", () => {
  it("before anything is written: an invitation to check in, and nothing else about the day", async () => {
    document.body.append(todayView().el);
    await settle();
    expect(q("today-checkin-title")!.textContent).toBe("How are you, right now?");
    expect(q("today-written")!.hidden).toBe(true);
    expect(q("today-waiting")!.hidden).toBe(true);
    const [, args] = calls.find(([c]) => c === "timeline")!;
    const filter = (args.query as { filter: { from: string; to: string } }).filter;
    expect([filter.from, filter.to]).toEqual([localDay(), localDay()]);
  });

  it("after a check-in: Check in again, and today's entries with their time and a mood dot", async () => {
    today = [checkIn("c1"), entry("n1", { kind: "note", title: "Groceries", text: "" })];
    document.body.append(todayView().el);
    await settle();
    expect(q("today-checkin-title")!.textContent).toBe("Check in again");
    const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="today-entry"]')];
    expect(rows.map((r) => r.dataset.entryId)).toEqual(["c1", "n1"]);
    expect(rows[0]!.querySelector(".row-mood.quad-pleasant_low")).not.toBeNull();
    expect(rows[0]!.querySelector(".row-time")!.textContent).toMatch(/\d/);
    expect(rows[1]!.textContent).toContain("Groceries");
    rows[1]!.querySelector("a")!.click();
    expect(routes).toContainEqual({ name: "entry", id: "n1" });
  });

  it("a note alone doesn't count as checking in", async () => {
    today = [entry("n1", { kind: "note", title: "", text: "just a note" })];
    document.body.append(todayView().el);
    await settle();
    expect(q("today-checkin-title")!.textContent).toBe("How are you, right now?");
    expect(q("today-written")!.hidden).toBe(false);
  });

  it("drafts waiting are offered to continue", async () => {
    drafts = [
      { key: "new:conflict", updatedAt: new Date().toISOString() },
      { key: "edit:0190abcd", updatedAt: new Date().toISOString() },
      { key: "something:else", updatedAt: new Date().toISOString() },
    ];
    document.body.append(todayView().el);
    await settle();
    expect(q("today-waiting")!.hidden).toBe(false);
    expect(q("today-continue-conflict")!.textContent).toBe("Continue your conflict reflection");
    q("today-continue-conflict")!.click();
    q("today-continue-edit-0190abcd")!.click();
    expect(routes).toEqual([{ name: "new", kind: "conflict" }, { name: "edit", id: "0190abcd" }]);
    expect(document.querySelectorAll('[data-testid="today-waiting"] button')).toHaveLength(2);
  });

  it("conflicts still open are offered to come back to, each opening its follow-up", async () => {
    due = [
      { id: "c1", date: "2026-03-16", status: "open", whatHappened: "The dishes, again\nand more" },
      { id: "c2", date: "2026-02-01", status: "repairing", whatHappened: "" },
    ];
    document.body.append(todayView().el);
    await settle();
    expect(q("today-revisit")!.hidden).toBe(false);
    const items = [...document.querySelectorAll<HTMLElement>('[data-testid="today-revisit-list-item"]')];
    expect(items.map((i) => i.dataset.entryId)).toEqual(["c1", "c2"]);
    expect(items[0]!.querySelector("a")!.textContent).toBe("The dishes, again");
    expect(items[0]!.textContent).toContain("still open");
    expect(items[1]!.querySelector("a")!.textContent).toBe("Conflict reflection");
    expect(items[1]!.textContent).toContain("working on it");
    items[1]!.querySelector("a")!.click();
    expect(routes).toEqual([{ name: "entry", id: "c2", followUp: true }]);
  });

  it("the conflict the nudge already offers is not listed twice, and nothing due shows nothing", async () => {
    due = [{ id: "c1", date: "2026-03-16", status: "open", whatHappened: "The dishes" }];
    nudge = { kind: "revisit_conflict", entry: "c1", whatHappened: "The dishes", status: "open", date: "2026-03-16" };
    document.body.append(todayView().el);
    await settle();
    expect(q("today-revisit")!.hidden).toBe(true);
    expect(q("today-nudge")!.hidden).toBe(false);
  });
});
