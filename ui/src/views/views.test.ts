import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Entry } from "../bindings/Entry";
import { setNavigator } from "../router";
import { mockApi, q, resetMockApi, settle, storedEntry, type Call } from "../testing/mockApi";
import { entryView } from "./entryView";
import { firstRunView, reminderOffer } from "./firstRun";
import { peopleView } from "./people";
import { searchView } from "./search";
import { timelineView } from "./timeline";

const XSS = '<img src=x onerror="window.__pwned=1">';
const entry: Entry = storedEntry("e1", { kind: "note", title: XSS, text: `${XSS} body` }, "2026-01-02");
let calls: Call[];
let handlers: Record<string, (a: Record<string, unknown>) => unknown>;


beforeEach(() => {
  handlers = {
    timeline: () => ({ entries: [entry], next: null }),
    people: () => [{ id: "p1", name: "Sam", relationship: "partner", loveLanguage: "words" }],
    get_entry: () => entry,
    delete_entry: () => entry,
    restore_entry: () => null,
    remove_person: () => {
      throw { kind: "Conflict", message: "entries mention them" };
    },
    create_vault: () => ({ recoveryKey: "ABCD-EFGH" }),
    vault_status: () => ({ state: "unlocked", vaultDir: "/v", warnings: [] }),
    months: () => [],
  };
  // The handlers object itself, so a test's own handlers.x = … answers too.
  ({ calls } = mockApi(handlers));
});
afterEach(resetMockApi);

describe("views", () => {
  it("timeline renders entry text as text, never as markup", async () => {
    const v = timelineView();
    document.body.appendChild(v.el);
    await settle();
    expect(document.querySelectorAll('[data-testid="timeline-item"]')).toHaveLength(1);
    expect(q("entry-e1")!.querySelector(".row-title")!.textContent).toBe(XSS);
    expect(document.querySelector("img")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    v.destroy?.();
  });

  it("delete shows an Undo toast that restores the same entry", async () => {
    const nav = vi.fn();
    setNavigator(nav);
    document.body.appendChild(entryView("e1").el);
    await settle();
    expect(document.querySelector("img")).toBeNull();
    q<HTMLButtonElement>("entry-delete")!.click();
    await settle();
    expect(calls.some(([c, a]) => c === "delete_entry" && (a as { id: string }).id === "e1")).toBe(true);
    expect(nav).toHaveBeenCalledWith({ name: "timeline" });
    q<HTMLButtonElement>("undo")!.click();
    await settle();
    const restore = calls.find(([c]) => c === "restore_entry");
    expect(restore?.[1]).toEqual({ entry });
  });

  it("explains kindly when someone can't be removed (kind Conflict)", async () => {
    document.body.appendChild(peopleView().el);
    await settle();
    q<HTMLButtonElement>("person-remove-p1")!.click();
    await settle();
    q<HTMLButtonElement>("person-remove-confirm-ok")!.click();
    await settle();
    const dialog = q("person-remove-confirm")!;
    expect(dialog.querySelector('[role="alert"]')!.textContent).toMatch(/Some entries are about Sam/);
    expect(q("person-p1")).not.toBeNull();
  });

  it("timeline: grouped under month and day headings, with a jump to each month that has entries", async () => {
    const day = (id: string, localDate: string): Entry => ({ ...entry, id, localDate, createdAt: `${localDate}T09:00:00Z` });
    handlers.timeline = () => ({ entries: [day("a", "2026-02-03"), day("b", "2026-02-03"), day("c", "2026-01-30")], next: null });
    handlers.months = () => [{ month: "2026-02", count: 2 }, { month: "2026-01", count: 1 }];
    const v = timelineView();
    document.body.appendChild(v.el);
    await settle();
    const months = [...document.querySelectorAll<HTMLElement>('[data-testid="timeline-month"]')].map((m) => m.dataset.month);
    expect(months).toEqual(["2026-02", "2026-01"]);
    const days = [...document.querySelectorAll<HTMLElement>('[data-testid="timeline-day"]')].map((d) => d.dataset.date);
    expect(days).toEqual(["2026-02-03", "2026-01-30"]);
    expect(document.querySelectorAll(".month-heading")[0]!.tagName).toBe("H2");
    expect(document.querySelectorAll(".day-heading")[0]!.tagName).toBe("H3");
    const jump = q<HTMLSelectElement>("timeline-jump")!;
    expect([...jump.options].map((o) => o.value)).toEqual(["", "2026-02", "2026-01"]);
    jump.value = "2026-01";
    jump.dispatchEvent(new Event("change"));
    await settle();
    const last = calls.filter(([c]) => c === "timeline").pop()?.[1] as { query: { start: string } };
    expect(last.query.start).toBe("2026-01-31");
    v.destroy?.();
  });

  it("timeline: an entry written in another time zone joins its own day, and days stay in date order", async () => {
    const at = (id: string, localDate: string, createdAt: string, utcOffsetMinutes: number): Entry =>
      ({ ...entry, id, localDate, createdAt, utcOffsetMinutes });
    // Newest first by when they were written; "b" was written in Tokyo, already the next day there.
    handlers.timeline = () => ({ entries: [
      at("a", "2026-03-01", "2026-03-01T08:00:00Z", 0),
      at("b", "2026-03-01", "2026-02-28T23:30:00Z", 540),
      at("c", "2026-02-28", "2026-02-28T22:00:00Z", 0),
      at("d", "2026-03-01", "2026-02-28T21:00:00Z", 540),
    ], next: null });
    const v = timelineView();
    document.body.appendChild(v.el);
    await settle();
    const days = [...document.querySelectorAll<HTMLElement>('[data-testid="timeline-day"]')].map((d) => d.dataset.date);
    expect(days).toEqual(["2026-03-01", "2026-02-28"]);
    const months = [...document.querySelectorAll<HTMLElement>('[data-testid="timeline-month"]')].map((m) => m.dataset.month);
    expect(months).toEqual(["2026-03", "2026-02"]);
    const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="timeline-item"]')].map((r) => r.dataset.entryId);
    // Within 1 March, by the time each shows: b (08:30 in Tokyo), a (08:00), d (06:00 in Tokyo).
    expect(rows).toEqual(["b", "a", "d", "c"]);
    // Its time as the clock read where it was written: 08:30 in Tokyo.
    expect(document.querySelector('[data-entry-id="b"] .row-time')!.textContent).toMatch(/08.30/);
    v.destroy?.();
  });

  it("search: the true count, entry titles one level under the page's heading, and Show more", async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ entry: { ...entry, id: `s${i}` }, snippet: [{ text: "tea", hit: true }] }));
    handlers.search = (a) => {
      const query = a.query as { offset: number };
      return { hits: query.offset === 0 ? many : [{ entry: { ...entry, id: "s20" }, snippet: [] }], total: 21,
        capped: false, order: "relevance" };
    };
    vi.useFakeTimers();
    try {
      const v = searchView();
      document.body.appendChild(v.el);
      const input = q<HTMLInputElement>("search-input")!;
      input.value = "tea";
      input.dispatchEvent(new Event("input"));
      await vi.advanceTimersByTimeAsync(500);
      expect(q("search-status")!.textContent).toBe("21 entries found; showing 20.");
      expect(document.querySelector('[data-testid="search-result"] .entry-title')!.tagName).toBe("H2");
      const more = q<HTMLButtonElement>("search-more")!;
      expect(more.hidden).toBe(false);
      more.click();
      await vi.advanceTimersByTimeAsync(50);
      expect(document.querySelectorAll('[data-testid="search-result"]')).toHaveLength(21);
      expect(q("search-status")!.textContent).toBe("21 entries found.");
      expect(more.hidden).toBe(true);
      v.destroy?.();
    } finally {
      vi.useRealTimers();
    }
  });

  it("search: past the journal's count limit it says \"more than\", shows the newest, and offers more", async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ entry: { ...entry, id: `c${i}` }, snippet: [{ text: "t", hit: true }] }));
    handlers.search = () => ({ hits: many, total: 10000, capped: true, order: "newest" });
    vi.useFakeTimers();
    try {
      const v = searchView();
      document.body.appendChild(v.el);
      const input = q<HTMLInputElement>("search-input")!;
      input.value = "t";
      input.dispatchEvent(new Event("input"));
      await vi.advanceTimersByTimeAsync(500);
      expect(q("search-status")!.textContent).toBe("More than 10,000 entries found; showing the newest 20.");
      expect(q<HTMLButtonElement>("search-more")!.hidden).toBe(false);
      v.destroy?.();
    } finally {
      vi.useRealTimers();
    }
  });

  it("first run: the recovery key must be marked as written down before continuing", async () => {
    const done = vi.fn();
    document.body.appendChild(firstRunView(done));
    const type = (id: string, v: string) => {
      const el = q<HTMLInputElement>(id)!;
      el.value = v;
      el.dispatchEvent(new Event("input"));
    };
    type("create-passphrase", "lantern pebble oyster tulip");
    type("create-confirm", "lantern pebble oyster tulip");
    q<HTMLButtonElement>("create-vault")!.click();
    await settle();
    expect(calls.find(([c]) => c === "create_vault")?.[1]).toEqual({ passphrase: "lantern pebble oyster tulip" });
    expect(q("recovery-key")!.textContent).toBe("ABCD-EFGH");
    const cont = q<HTMLButtonElement>("recovery-continue")!;
    expect(cont.disabled).toBe(true);
    const box = q<HTMLInputElement>("recovery-written")!;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    expect(cont.disabled).toBe(false);
    cont.click();
    // Then, once, an evening reminder is offered; "Not now" passes it by and nothing is added.
    expect(q("first-run-reminder")).not.toBeNull();
    expect(done).not.toHaveBeenCalled();
    q<HTMLButtonElement>("first-run-reminder-skip")!.click();
    expect(done).toHaveBeenCalled();
    expect(calls.some(([c]) => c === "add_reminder")).toBe(false);
  });

  it("first run's reminder offer adds an evening check-in reminder at the time typed (8pm works)", async () => {
    handlers.read_times = (a) => {
      if (a.text === "8pm") return ["20:00:00"];
      throw { kind: "Validation", message: "“nope” isn't a time like 20:30 or 8pm", field: "at" };
    };
    handlers.add_reminder = (a) => ({ ...(a.reminder as object), id: "r1" });
    const done = vi.fn();
    document.body.appendChild(reminderOffer(done));
    const time = q<HTMLInputElement>("first-run-reminder-time")!;
    expect(time.value).toBe("20:00");
    time.value = "nope";
    q<HTMLButtonElement>("first-run-reminder-add")!.click();
    await settle();
    expect(done).not.toHaveBeenCalled();
    expect(time.getAttribute("aria-invalid")).toBe("true");
    expect(q("first-run-reminder-error")!.textContent).toBe(""); // one message, on the field
    time.value = "8pm";
    q<HTMLButtonElement>("first-run-reminder-add")!.click();
    await settle();
    const [, args] = calls.find(([c]) => c === "add_reminder")! as [string, { reminder: { target: unknown; schedule: unknown } }];
    expect(args.reminder.target).toEqual({ kind: "check_in" });
    expect(args.reminder.schedule).toEqual({ kind: "daily", times: ["20:00"] });
    expect(done).toHaveBeenCalled();
  });

  it("first run refuses a weak passphrase without calling Rust", async () => {
    document.body.appendChild(firstRunView(() => {}));
    const p = q<HTMLInputElement>("create-passphrase")!;
    p.value = "cat";
    p.dispatchEvent(new Event("input"));
    q<HTMLButtonElement>("create-vault")!.click();
    await settle();
    expect(calls.some(([c]) => c === "create_vault")).toBe(false);
    expect(p.getAttribute("aria-invalid")).toBe("true");
  });
});
