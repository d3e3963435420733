import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Route } from "../router";
import { mockApi, q as find, resetMockApi, settle, type Call } from "../testing/mockApi";
import { quickCheckIn } from "./quickCheckIn";

let calls: Call[];
let routes: Route[];
let fail: string | null;
let waiting: string | null;
const q = <T extends HTMLElement>(id: string) => find<T>(id)!;

beforeEach(() => {
  fail = null;
  waiting = null;
  ({ calls, routes } = mockApi({
    feelings_near: (a: { pleasantness: number }) =>
      Number(a.pleasantness) > 0 ? { nearest: ["calm", "at ease"], more: [] } : { nearest: ["sad", "low"], more: [] },
    get_draft: (a: { key: string }) => a.key === "new:check_in" ? waiting : null,
    add_entry: (a: { entry: object }) => {
      if (fail) throw { kind: "Validation", message: fail, field: null };
      return { id: "new1", ...a.entry };
    },
  }));
});
afterEach(resetMockApi);

describe("a check-in from Today in three clicks", () => {
  it("quadrant, word, Save: saves a check-in at the quadrant's point with that word", async () => {
    let saved = 0;
    const card = quickCheckIn(() => saved++);
    document.body.append(card.el);
    expect(q("today-quick-save").closest<HTMLElement>("[hidden]")).not.toBeNull(); // nothing to save yet
    q("today-quadrant-pleasant_low").click();
    await settle();
    expect(calls.find(([c]) => c === "feelings_near")![1]).toEqual({ pleasantness: 3, energy: -3 });
    expect(q("today-quadrant-pleasant_low").getAttribute("aria-pressed")).toBe("true");
    expect(q<HTMLButtonElement>("today-quick-save").disabled).toBe(true);
    q("today-word-at-ease").click();
    expect(q("today-word-at-ease").getAttribute("aria-pressed")).toBe("true");
    q("today-quick-save").click();
    await settle();
    const [, args] = calls.find(([c]) => c === "add_entry")!;
    expect(args.entry).toMatchObject({ people: [], tags: [],
      body: { kind: "check_in", pleasantness: 3, energy: -3, feelings: ["at ease"] } });
    expect(saved).toBe(1);
    // Ready for another; the card says so once Today knows.
    expect(q("today-quick-save").closest<HTMLElement>("[hidden]")).not.toBeNull();
    card.checkedIn();
    expect(q("today-checkin-title").textContent).toBe("Check in again");
  });

  it("another quadrant offers its own words and forgets the word chosen", async () => {
    document.body.append(quickCheckIn(() => {}).el);
    q("today-quadrant-pleasant_low").click();
    await settle();
    q("today-word-calm").click();
    q("today-quadrant-unpleasant_low").click();
    await settle();
    expect([...q("today-words").querySelectorAll("button")].map((b) => b.textContent)).toEqual(["sad", "low"]);
    expect(q<HTMLButtonElement>("today-quick-save").disabled).toBe(true);
    expect(q("today-quadrant-pleasant_low").getAttribute("aria-pressed")).toBe("false");
    // The words are a labelled group.
    const group = q("today-words");
    expect(document.getElementById(group.getAttribute("aria-labelledby")!)!.textContent).toBe("A word for it");
  });

  it("a failed save says why and keeps what was tapped", async () => {
    fail = "The journal is locked.";
    let saved = 0;
    document.body.append(quickCheckIn(() => saved++).el);
    q("today-quadrant-unpleasant_low").click();
    await settle();
    q("today-word-sad").click();
    q("today-quick-save").click();
    await settle();
    expect(saved).toBe(0);
    expect(q("today-quick-error").textContent).not.toBe("");
    expect(q("today-word-sad").getAttribute("aria-pressed")).toBe("true");
    expect(q<HTMLButtonElement>("today-quick-save").disabled).toBe(false);
  });

  it("Add more… opens the full check-in with what was tapped", async () => {
    document.body.append(quickCheckIn(() => {}).el);
    q("today-quadrant-pleasant_low").click();
    await settle();
    q("today-word-calm").click();
    q("today-add-more").click();
    await settle();
    const [, draft] = calls.find(([c]) => c === "save_draft")!;
    expect(draft.key).toBe("new:check_in");
    expect(JSON.parse(String(draft.body)).body).toMatchObject({ pleasantness: 3, energy: -3, feelings: ["calm"] });
    expect(routes).toContainEqual({ name: "new", kind: "check_in" });
  });

  /** A check-in someone started earlier and left as a draft. */
  const earlier = JSON.stringify({ kind: "check_in", people: ["p1"], tags: "home", at: "2026-11-30T20:00:00+01:00",
    body: { kind: "check_in", pleasantness: -2, energy: 2, feelings: ["tense", "calm"], whatsGoingOn: "The long call",
      hope: "", concern: "Money", need: "" } });
  const addMore = async (word = "calm") => {
    document.body.append(quickCheckIn(() => {}).el);
    q("today-quadrant-pleasant_low").click();
    await settle();
    q(`today-word-${word}`).click();
    q("today-add-more").click();
    await settle();
  };
  const savedDraft = () => calls.filter(([c]) => c === "save_draft").map(([, a]) => JSON.parse(String(a.body)));

  it("Add more… with a check-in waiting asks first, and overwrites nothing until answered (issue 13)", async () => {
    waiting = earlier;
    await addMore();
    const dialog = q("quick-waiting");
    expect(dialog.textContent).toContain("You have a check-in waiting");
    expect(dialog.textContent).toContain("(tense, calm)");
    expect(document.activeElement).toBe(q("quick-waiting-add"));
    expect(savedDraft()).toEqual([]);
    expect(routes).toEqual([]);
    // "Not now" (or Esc): nothing changes, and the tapped choice is still there.
    q("quick-waiting-cancel").click();
    await settle();
    expect(document.querySelector('[data-testid="quick-waiting"]')).toBeNull();
    expect(savedDraft()).toEqual([]);
    expect(routes).toEqual([]);
    expect(q("today-word-at-ease").getAttribute("aria-pressed")).toBe("false");
    expect(q("today-word-calm").getAttribute("aria-pressed")).toBe("true");
  });

  it("\"Add to it\" keeps the waiting check-in's words and writing, with where you are now", async () => {
    waiting = earlier;
    await addMore("at-ease");
    q("quick-waiting-add").click();
    await settle();
    expect(savedDraft()).toEqual([{ kind: "check_in", people: ["p1"], tags: "home", at: "2026-11-30T20:00:00+01:00",
      body: { kind: "check_in", pleasantness: 3, energy: -3, feelings: ["tense", "calm", "at ease"],
        whatsGoingOn: "The long call", hope: "", concern: "Money", need: "" } }]);
    expect(routes).toEqual([{ name: "new", kind: "check_in" }]);
  });

  it("a word already in the waiting check-in is not added twice", async () => {
    waiting = earlier;
    await addMore("calm");
    q("quick-waiting-add").click();
    await settle();
    expect(savedDraft()[0].body.feelings).toEqual(["tense", "calm"]);
  });

  it("\"Start fresh\" lets the earlier one go for what was tapped", async () => {
    waiting = earlier;
    await addMore();
    q("quick-waiting-fresh").click();
    await settle();
    expect(savedDraft()).toHaveLength(1);
    expect(savedDraft()[0]).toMatchObject({ people: [], tags: "",
      body: { pleasantness: 3, energy: -3, feelings: ["calm"], whatsGoingOn: "" } });
    expect(routes).toEqual([{ name: "new", kind: "check_in" }]);
  });

  it("with no check-in waiting, Add more… asks nothing", async () => {
    await addMore();
    expect(document.querySelector('[data-testid="quick-waiting"]')).toBeNull();
    expect(savedDraft()).toHaveLength(1);
  });
});
