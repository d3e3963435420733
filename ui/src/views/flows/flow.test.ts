import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setNavigator } from "../../router";
import { DRAFT_DELAY_MS } from "../../state/drafts";
import { mockApi, q as find, resetMockApi, settleFake, vocabulary, type Call } from "../../testing/mockApi";
import { flowView, withPerson } from "./flow";
import type { FormState } from "./types";

let calls: Call[];
let draft: string | null;
let addResult: unknown;
/** The field add_entry's Validation error names, when addResult is an Error. */
let addField: string;

const settle = () => settleFake();
const q = <T extends HTMLElement>(id: string) => find<T>(id)!;

beforeEach(() => {
  vi.useFakeTimers();
  draft = null;
  addResult = null;
  addField = "text";
  ({ calls } = mockApi({
    get_draft: () => draft,
    read_date: (a: { text: string }) => a.text, // typed as YYYY-MM-DD, which the journal reads in any locale
    read_times: (a: { text: string }) => [`${a.text.trim()}:00`], // typed as HH:MM
    people: [{ id: "p1", name: "Sam", relationship: "partner", loveLanguage: null },
      { id: "p2", name: "Ali", relationship: "friend", loveLanguage: null }],
    vocabulary: vocabulary([{ id: "hurt", label: "Hurt", quadrant: "unpleasant_low", words: ["sad"] }]),
    add_entry: (a: { entry: object }) => {
      if (addResult instanceof Error) throw { kind: "Validation", message: addResult.message || "write something", field: addField };
      return { id: "new1", ...a.entry };
    },
  }));
});
afterEach(() => {
  vi.useRealTimers();
  resetMockApi();
});

describe("flow host", () => {
  it("restores a draft kept in the vault and says so", async () => {
    draft = JSON.stringify({ kind: "note", people: [], tags: "", body: { kind: "note", title: "T", text: "half a thought" } });
    const v = flowView("note");
    document.body.replaceChildren(v.el);
    await settle();
    expect(calls[0]).toEqual(["get_draft", { key: "new:note" }]);
    expect(q<HTMLTextAreaElement>("note-text").value).toBe("half a thought");
    expect(q("draft-restored")).not.toBeNull();
  });

  it("saves the draft while typing, then saves the entry and discards the draft", async () => {
    const nav = vi.fn();
    setNavigator(nav);
    const v = flowView("note");
    document.body.replaceChildren(v.el);
    await settle();
    const text = q<HTMLTextAreaElement>("note-text");
    text.value = "hello";
    text.dispatchEvent(new Event("input"));
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS + 10);
    const saved = calls.find(([c]) => c === "save_draft")!;
    expect(saved[1].key).toBe("new:note");
    expect(JSON.parse(String(saved[1].body)).body.text).toBe("hello");

    q<HTMLButtonElement>("flow-save").click();
    await settle();
    const add = calls.find(([c]) => c === "add_entry")!;
    expect(add[1].entry).toEqual({ people: [], tags: [], body: { kind: "note", title: "", text: "hello" } });
    expect(calls.some(([c, a]) => c === "discard_draft" && a.key === "new:note")).toBe(true);
    expect(nav).toHaveBeenCalledWith({ name: "today" });
  });

  it("asks kindly for a required field before calling Rust", async () => {
    const v = flowView("note");
    document.body.replaceChildren(v.el);
    await settle();
    q<HTMLButtonElement>("flow-save").click();
    await settle();
    expect(calls.some(([c]) => c === "add_entry")).toBe(false);
    expect(q("note-text").getAttribute("aria-invalid")).toBe("true");
  });

  it("shows Rust's Validation error on the named field", async () => {
    addResult = new Error();
    const v = flowView("note");
    document.body.replaceChildren(v.el);
    await settle();
    const text = q<HTMLTextAreaElement>("note-text");
    text.value = "x";
    text.dispatchEvent(new Event("input"));
    q<HTMLButtonElement>("flow-save").click();
    await settle();
    expect(text.getAttribute("aria-invalid")).toBe("true");
  });

  it("a typed field inside the I-statement finds its own box and step, with no normalising (issue 12)", async () => {
    addResult = new Error("That line is longer than it can be.");
    addField = "iStatement.feel";
    const v = flowView("conflict");
    document.body.replaceChildren(v.el);
    await settle();
    const facts = q<HTMLTextAreaElement>("conflict-what-happened");
    facts.value = "We argued.";
    facts.dispatchEvent(new Event("input"));
    q<HTMLButtonElement>("flow-save").click();
    await settle();
    expect(q("conflict-step").textContent).toMatch(/Step 3 of 9/);
    expect(q("conflict-i-feel").getAttribute("aria-invalid")).toBe("true");
    expect(q("conflict-i-need").getAttribute("aria-invalid")).not.toBe("true");
  });

  it("conflict flow steps forward only once what happened is written", async () => {
    const v = flowView("conflict");
    document.body.replaceChildren(v.el);
    await settle();
    q<HTMLButtonElement>("conflict-next").click();
    expect(q("conflict-step").textContent).toMatch(/Step 1 of 9/);
    const facts = q<HTMLTextAreaElement>("conflict-what-happened");
    facts.value = "We argued.";
    facts.dispatchEvent(new Event("input"));
    q<HTMLButtonElement>("conflict-next").click();
    q<HTMLButtonElement>("conflict-next").click();
    expect(q("conflict-step").textContent).toMatch(/Step 3 of 9/);
    const feel = q<HTMLInputElement>("conflict-i-feel");
    feel.value = "unheard";
    feel.dispatchEvent(new Event("input"));
    expect(q("conflict-i-sentence").textContent).toBe("I feel unheard.");
    q<HTMLButtonElement>("conflict-back").click();
    expect(q("conflict-step").textContent).toMatch(/Step 2 of 9/);
  });

  it("conflict steps: each chip links to its step; Next is the strong button until the last, then Save; one heading", async () => {
    const v = flowView("conflict");
    document.body.replaceChildren(v.el);
    await settle();
    const save = q<HTMLButtonElement>("flow-save");
    const chips = [...document.querySelectorAll<HTMLAnchorElement>(".steps a.step-link")];
    expect(chips).toHaveLength(9);
    expect(chips[0]!.getAttribute("aria-current")).toBe("step");
    expect(q("conflict-next").classList.contains("primary")).toBe(true);
    expect(save.classList.contains("primary")).toBe(false);
    // Past step 1 only once what happened is written.
    q<HTMLAnchorElement>("conflict-step-5").click();
    expect(q("conflict-step").textContent).toBe("Step 1 of 9");
    const facts = q<HTMLTextAreaElement>("conflict-what-happened");
    facts.value = "We argued.";
    facts.dispatchEvent(new Event("input"));
    q<HTMLAnchorElement>("conflict-step-5").click();
    expect(q("conflict-step").textContent).toBe("Step 5 of 9");
    expect(q("conflict-step-5").getAttribute("aria-current")).toBe("step");
    expect(document.querySelector(".step-body h2")!.textContent).toBe("Their side");
    q<HTMLAnchorElement>("conflict-step-9").click();
    expect(q("conflict-next").hidden).toBe(true);
    expect(save.classList.contains("primary")).toBe(true);
    // The last step asks "Where does it stand now?" once: its heading, which also labels the choices.
    const texts = [...v.el.querySelectorAll("h1, h2, h3, legend, .step-label")].map((x) => x.textContent);
    expect(texts.filter((t) => /stand/i.test(t ?? ""))).toEqual(["Where does it stand now?"]);
    const fieldset = v.el.querySelector(".step-body fieldset")!;
    expect(document.getElementById(fieldset.getAttribute("aria-labelledby")!)!.textContent).toBe("Where does it stand now?");
    q<HTMLAnchorElement>("conflict-step-2").click();
    expect(save.classList.contains("primary")).toBe(false);
  });

  it("sends the chosen time with the entry, and none when it is now", async () => {
    const v = flowView("note");
    document.body.replaceChildren(v.el);
    await settle();
    expect(q("flow-when-label").textContent).toBe("now");
    expect(q("flow-when-now").hidden).toBe(true);
    const text = q<HTMLTextAreaElement>("note-text");
    text.value = "about yesterday";
    text.dispatchEvent(new Event("input"));
    const day = q<HTMLInputElement>("flow-when-date");
    day.value = "2026-01-15";
    day.dispatchEvent(new Event("change"));
    await settle(); // the journal reads the typed date
    expect(day.value).toBe(new Intl.DateTimeFormat(undefined, { year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(2026, 0, 15)));
    const time = q<HTMLInputElement>("flow-when-time");
    time.value = "21:30";
    time.dispatchEvent(new Event("change"));
    await settle(); // the journal reads the typed time
    expect(q("flow-when-label").textContent).toBe("another time");
    q<HTMLButtonElement>("flow-save").click();
    await settle();
    const [, args] = calls.find(([c]) => c === "add_entry")!;
    const at = (args.entry as { at?: string }).at!;
    expect(new Date(at).getTime()).toBe(new Date(2026, 0, 15, 21, 30).getTime());

    calls.length = 0;
    const w = flowView("note");
    document.body.replaceChildren(w.el);
    await settle();
    const t2 = q<HTMLTextAreaElement>("note-text");
    t2.value = "now";
    t2.dispatchEvent(new Event("input"));
    // Choosing a time and going back to now sends none.
    const d2 = q<HTMLInputElement>("flow-when-date");
    d2.value = "2026-01-15";
    d2.dispatchEvent(new Event("change"));
    q<HTMLButtonElement>("flow-when-now").click();
    expect(q("flow-when-label").textContent).toBe("now");
    q<HTMLButtonElement>("flow-save").click();
    await settle();
    expect("at" in (calls.find(([c]) => c === "add_entry")![1].entry as object)).toBe(false);
  });

  it("shows the journal's word on a chosen time beside the date", async () => {
    mockApi({
      add_entry: () => {
        throw { kind: "Validation", message: "That time is still to come.", field: "at" };
      },
      people: [],
    });
    const v = flowView("note");
    document.body.replaceChildren(v.el);
    await settle();
    const text = q<HTMLTextAreaElement>("note-text");
    text.value = "later";
    text.dispatchEvent(new Event("input"));
    q<HTMLButtonElement>("flow-save").click();
    await settle();
    expect(q("flow-when-error").textContent).toBe("That time is still to come.");
    expect(q("flow-error").textContent).toBe("");
  });

  it("Discard leaves at once when nothing was typed", async () => {
    const nav = vi.fn();
    setNavigator(nav);
    const v = flowView("note");
    document.body.replaceChildren(v.el);
    await settle();
    q("flow-cancel").click();
    await settle();
    expect(document.querySelector("dialog")).toBeNull();
    expect(nav).toHaveBeenCalledWith({ name: "today" });
  });

  it("Discard asks before throwing typed words away; Keep writing keeps them; Esc asks too", async () => {
    const nav = vi.fn();
    setNavigator(nav);
    const v = flowView("note");
    document.body.replaceChildren(v.el);
    await settle();
    const text = q<HTMLTextAreaElement>("note-text");
    text.value = "words worth keeping";
    text.dispatchEvent(new Event("input"));
    expect(v.escape?.()).toBe(true); // Esc takes the same way out
    await settle();
    expect(q("flow-discard-confirm")).not.toBeNull();
    expect(q("flow-discard-confirm-cancel").textContent).toBe("Keep writing");
    q("flow-discard-confirm-cancel").click();
    await settle();
    expect(nav).not.toHaveBeenCalled();
    expect(calls.some(([c]) => c === "discard_draft")).toBe(false);
    expect(q<HTMLTextAreaElement>("note-text").value).toBe("words worth keeping");
    q("flow-cancel").click();
    await settle();
    q("flow-discard-confirm-ok").click();
    await settle();
    expect(calls.some(([c]) => c === "discard_draft")).toBe(true);
    expect(nav).toHaveBeenCalledWith({ name: "today" });
  });

  it("Ctrl+Enter's submit saves like the Save button", async () => {
    const v = flowView("note");
    document.body.replaceChildren(v.el);
    await settle();
    const text = q<HTMLTextAreaElement>("note-text");
    text.value = "saved by keyboard";
    text.dispatchEvent(new Event("input"));
    v.submit?.();
    await settle();
    expect(calls.some(([c, a]) => c === "add_entry" && JSON.stringify(a).includes("saved by keyboard"))).toBe(true);
  });

  it("conflict: who it was with is asked in step 1, the unpleasant feelings come first, 'where it stands' is asked once", async () => {
    const v = flowView("conflict");
    document.body.replaceChildren(v.el);
    await settle();
    expect(q("conflict-people-add-name")).not.toBeNull();
    expect(document.querySelector('[data-testid="flow-people-add-name"]')).toBeNull();
    expect(q("flow-more").textContent).toBe("Tags");
    const facts = q<HTMLTextAreaElement>("conflict-what-happened");
    facts.value = "We argued.";
    facts.dispatchEvent(new Event("input"));
    q<HTMLButtonElement>("conflict-next").click();
    await settle();
    for (let i = 0; i < 7; i++) q<HTMLButtonElement>("conflict-next").click();
    const texts = [...document.querySelectorAll("[data-testid='flow-conflict'] h2, [data-testid='flow-conflict'] legend")]
      .map((e) => e.textContent);
    expect(texts.filter((t) => /stand/i.test(t ?? ""))).toEqual(["Where does it stand now?"]);
  });

  it("an appreciation opened for someone (a person's page) has them chosen, and sends them", async () => {
    const v = flowView("appreciation", undefined, "p1");
    document.body.replaceChildren(v.el);
    await settle();
    expect(q("appreciation-person").textContent).toContain("Sam");
    const what = q<HTMLTextAreaElement>("appreciation-what");
    what.value = "Made soup when I was ill";
    what.dispatchEvent(new Event("input"));
    q("flow-save").click();
    await settle();
    const [, args] = calls.find(([c]) => c === "add_entry")!;
    expect(args.entry).toMatchObject({ people: ["p1"], body: { kind: "appreciation", forWhom: "p1" } });
  });

  it("someone chosen joins a waiting draft, but never takes over one written for someone else", () => {
    const appreciation = (forWhom: string, people: string[]): FormState => ({ kind: "appreciation", people, tags: "",
      body: { kind: "appreciation", forWhom, what: "Tea", why: "", loveLanguage: null, told: false } });
    expect(withPerson(appreciation("", []), "p1")).toMatchObject({ people: ["p1"], body: { forWhom: "p1", what: "Tea" } });
    expect(withPerson(appreciation("p1", ["p1"]), "p1").people).toEqual(["p1"]);
    expect(withPerson(appreciation("p2", ["p2"]), "p1")).toEqual(appreciation("p2", ["p2"]));
    const note: FormState = { kind: "note", people: ["p2"], tags: "", body: { kind: "note", title: "", text: "" } };
    expect(withPerson(note, "p1").people).toEqual(["p1", "p2"]);
  });
});
