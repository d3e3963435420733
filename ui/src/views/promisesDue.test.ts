// Promises: the flow writes one (what, for whom, by when), and Today lists those coming due with Kept / Changed /
// Not yet; an answered one leaves the list.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DuePromise } from "../bindings/DuePromise";
import { mockApi, q, resetMockApi, settle as settleTurns, type Call } from "../testing/mockApi";
import { flowView } from "./flows/flow";
import { promisesDueSection } from "./promisesDue";

let calls: Call[];
let due: DuePromise[];
const settle = () => settleTurns(20);
const XSS = '<img src=x onerror="window.__pwned=1">';

beforeEach(() => {
  due = [
    { entry: "p1", what: "Fix the shelf", forWhom: "s", name: "Sam", byWhen: "2026-03-18" },
    { entry: "p2", what: XSS, forWhom: null, name: null, byWhen: "2099-01-02" },
  ];
  const settled = (a: { id: string }) => {
    due = due.filter((p) => p.entry !== a.id);
  };
  ({ calls } = mockApi({
    promises_due: () => due,
    read_date: (a: { text: string }) => a.text, // typed as YYYY-MM-DD, which the journal reads in any locale
    settle_promise: (a: { id: string }) => {
      settled(a);
      return { id: a.id };
    },
    snooze_nudge: (a: { id: string }) => {
      settled(a);
      return null;
    },
    people: [{ id: "s", name: "Sam", relationship: "partner", loveLanguage: null }],
    add_entry: (a: { entry: object }) => ({ id: "new1", ...a.entry }),
  }));
});
afterEach(resetMockApi);

describe("promises coming up on Today", () => {
  it("lists them as text, and 'Kept' with a line settles one and it leaves", async () => {
    const el = promisesDueSection();
    document.body.appendChild(el);
    await settle();
    expect(el.hidden).toBe(false);
    const items = document.querySelectorAll('[data-testid="promise-due"]');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain("“Fix the shelf” for Sam");
    expect(items[1]?.textContent).toContain(XSS);
    expect(document.querySelector("img")).toBeNull();
    items[0]!.querySelector<HTMLInputElement>('[data-testid="promise-due-how"]')!.value = "Done on Saturday";
    items[0]!.querySelector<HTMLButtonElement>('[data-testid="promise-kept"]')!.click();
    await settle();
    expect(calls).toContainEqual(["settle_promise", { id: "p1", outcome: "kept", howItWent: "Done on Saturday" }]);
    expect(document.querySelectorAll('[data-testid="promise-due"]')).toHaveLength(1);
    expect(q("promises-status")?.textContent).toBe("Marked as kept.");
    q<HTMLButtonElement>("promise-not-yet")!.click();
    await settle();
    expect(calls).toContainEqual(["snooze_nudge", { id: "p2" }]);
    expect(document.querySelectorAll('[data-testid="promise-due"]')).toHaveLength(0);
  });

  it("stays hidden when nothing is due", async () => {
    due = [];
    const el = promisesDueSection();
    document.body.appendChild(el);
    await settle();
    expect(el.hidden).toBe(true);
  });
});

describe("the promise flow", () => {
  it("writes what, for whom and by when; a new promise is not yet", async () => {
    const v = flowView("promise");
    document.body.appendChild(v.el);
    await settle();
    expect(q("promise-outcome-kept")).toBeNull();
    const what = q<HTMLTextAreaElement>("promise-what")!;
    what.value = "Cook on Thursdays";
    what.dispatchEvent(new Event("input"));
    q<HTMLInputElement>("promise-person-s")!.click();
    const by = q<HTMLInputElement>("promise-by")!;
    by.value = "2026-04-02";
    by.dispatchEvent(new Event("change"));
    q<HTMLButtonElement>("flow-save")!.click();
    await settle();
    const add = calls.find(([c]) => c === "add_entry")?.[1].entry as { people: string[]; body: unknown };
    expect(add.body).toEqual({ kind: "promise", what: "Cook on Thursdays", forWhom: "s", byWhen: "2026-04-02", outcome: "not_yet", howItWent: "" });
    expect(add.people).toEqual(["s"]);
    v.destroy?.();
  });
});
