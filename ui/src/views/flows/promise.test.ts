// A promise's person, once picked, can be cleared again: "No one in particular" is the first choice, by keyboard as
// well as by click, and the saved promise is then for no one and about no one.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setNavigator } from "../../router";
import { clearAllState } from "../../state/store";
import { flowView } from "./flow";

const SAM = "0190f0a0-0000-7000-8000-000000000001";
let calls: Array<[string, Record<string, unknown>]>;

const promise = {
  id: "p1", createdAt: "2026-03-15T12:00:00Z", updatedAt: "2026-03-15T12:00:00Z", localDate: "2026-03-15", utcOffsetMinutes: 60,
  people: [SAM], tags: [],
  body: { kind: "promise", what: "Call back on Sunday", forWhom: SAM, byWhen: "2026-03-22", outcome: "not_yet", howItWent: "" },
};

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};
const q = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);

beforeEach(() => {
  calls = [];
  document.body.replaceChildren();
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push([cmd, a]);
    switch (cmd) {
      case "get_entry": return promise;
      case "people": return [{ id: SAM, name: "Sam", relationship: "partner", loveLanguage: null }];
      case "update_entry": return { ...promise, ...(a.entry as object) };
      case "add_entry": return { ...promise, id: "new1", ...(a.entry as object) };
      default: return null;
    }
  });
  setNavigator(() => {});
});
afterEach(() => {
  clearMocks();
  clearAllState();
});

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
