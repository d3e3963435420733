// A promise's person, once picked, can be cleared again: "No one in particular" is the first choice, by keyboard as
// well as by click, and the saved promise is then for no one and about no one.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mockApi, q, resetMockApi, settle as settleTurns, type Call } from "../../testing/mockApi";
import { flowView } from "./flow";

const SAM = "0190f0a0-0000-7000-8000-000000000001";
let calls: Call[];

const promise = {
  id: "p1", createdAt: "2026-03-15T12:00:00Z", updatedAt: "2026-03-15T12:00:00Z", localDate: "2026-03-15", utcOffsetMinutes: 60,
  people: [SAM], tags: [],
  body: { kind: "promise", what: "Call back on Sunday", forWhom: SAM, byWhen: "2026-03-22", outcome: "not_yet", howItWent: "" },
};

const settle = () => settleTurns(20);

beforeEach(() => {
  ({ calls } = mockApi({
    get_entry: promise,
    people: [{ id: SAM, name: "Sam", relationship: "partner", loveLanguage: null }],
    update_entry: (a: { entry: object }) => ({ ...promise, ...a.entry }),
    add_entry: (a: { entry: object }) => ({ ...promise, id: "new1", ...a.entry }),
  }));
});
afterEach(resetMockApi);

describe("a promise's person", () => {
  it("can be cleared when editing: for no one, and about no one", async () => {
    const v = flowView("promise", "p1");
    document.body.appendChild(v.el);
    await settle();
    const none = q<HTMLInputElement>("promise-person-none")!;
    const sam = q<HTMLInputElement>(`promise-person-${SAM}`)!;
    expect(sam.checked).toBe(true);
    expect(none.checked).toBe(false);
    // A labelled radio in the same group, so a screen reader names it and the arrow keys reach it.
    expect(document.querySelector(`label[for="${none.id}"]`)?.textContent).toBe("No one in particular");
    expect(none.name).toBe(sam.name);
    none.checked = true;
    none.dispatchEvent(new Event("change"));
    q<HTMLButtonElement>("flow-save")!.click();
    await settle();
    const saved = calls.find(([c]) => c === "update_entry")?.[1] as { id: string; entry: { people: string[]; body: Record<string, unknown> } };
    expect(saved.id).toBe("p1");
    expect(saved.entry.people).toEqual([]);
    expect(saved.entry.body).toMatchObject({ kind: "promise", forWhom: null, what: "Call back on Sunday" });
    v.destroy?.();
  });

  it("starts as no one for a new promise, and a person picked can be taken back before saving", async () => {
    const v = flowView("promise");
    document.body.appendChild(v.el);
    await settle();
    const none = q<HTMLInputElement>("promise-person-none")!;
    expect(none.checked).toBe(true);
    const sam = q<HTMLInputElement>(`promise-person-${SAM}`)!;
    sam.checked = true;
    sam.dispatchEvent(new Event("change"));
    none.checked = true;
    none.dispatchEvent(new Event("change"));
    const what = q<HTMLTextAreaElement>("promise-what")!;
    what.value = "Fix the shelf";
    what.dispatchEvent(new Event("input"));
    q<HTMLButtonElement>("flow-save")!.click();
    await settle();
    const saved = calls.find(([c]) => c === "add_entry")?.[1] as { entry: { people: string[]; body: Record<string, unknown> } };
    expect(saved.entry.people).toEqual([]);
    expect(saved.entry.body).toMatchObject({ forWhom: null, what: "Fix the shelf" });
    v.destroy?.();
  });
});
