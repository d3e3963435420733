// Coming back to a conflict reflection from its page: what happened since and where it stands reach the journal.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Entry } from "../bindings/Entry";
import { mockApi, q, resetMockApi, settle, storedEntry, type Call } from "../testing/mockApi";
import { conflictFollowUp } from "./followUp";

const CONFLICT: Entry = storedEntry("c-1", { kind: "conflict", whatHappened: "The dishes, again",
  myFeelings: [], iStatement: { feel: "", when: "", because: "", need: "" }, horsemen: [], theirPerspective: "",
  myPart: "", repair: "", learned: "", status: "open", since: "" }, "2026-03-10",
{ createdAt: "2026-03-10T20:00:00+01:00", updatedAt: "2026-03-10T20:00:00+01:00", utcOffsetMinutes: 60 });

let calls: Call[] = [];
let fail = false;

beforeEach(() => {
  fail = false;
  ({ calls } = mockApi({
    follow_up_conflict: (a: { since: string; status: string }) => {
      if (fail) throw { kind: "Validation", message: "That's longer than this field holds.", field: "since" };
      return { ...CONFLICT, body: { ...CONFLICT.body, since: a.since, status: a.status } };
    },
  }));
});
afterEach(resetMockApi);

describe("a conflict's follow-up", () => {
  it("saves what happened since and where it stands", async () => {
    let saved: Entry | null = null;
    document.body.appendChild(conflictFollowUp(CONFLICT, (e) => (saved = e))!);
    expect(q<HTMLInputElement>("follow-up-status-open")!.checked).toBe(true);
    q<HTMLTextAreaElement>("follow-up-since")!.value = "We talked on Sunday.";
    q<HTMLInputElement>("follow-up-status-repaired")!.click();
    q<HTMLButtonElement>("follow-up-save")!.click();
    await settle();
    expect(calls).toEqual([["follow_up_conflict", { id: "c-1", since: "We talked on Sunday.", status: "repaired" }]]);
    expect(saved).not.toBeNull();
    expect(q("follow-up-status")!.textContent).toMatch(/^Saved\./);
  });

  it("shows the journal's message beside the field it names", async () => {
    fail = true;
    document.body.appendChild(conflictFollowUp(CONFLICT, () => {})!);
    q<HTMLButtonElement>("follow-up-save")!.click();
    await settle();
    expect(q("follow-up-since")!.getAttribute("aria-invalid")).toBe("true");
    expect(q<HTMLButtonElement>("follow-up-save")!.disabled).toBe(false);
  });

  it("a status the journal refuses shows the journal's message, typed like every other error (issue 12)", async () => {
    ({ calls } = mockApi({
      follow_up_conflict: () => {
        throw { kind: "Validation", message: "'sulking' is not one of open, repairing, repaired, resolved", field: "status" };
      },
    }));
    document.body.appendChild(conflictFollowUp(CONFLICT, () => {})!);
    q<HTMLButtonElement>("follow-up-save")!.click();
    await settle();
    expect(calls.map(([c]) => c)).toEqual(["follow_up_conflict"]);
    expect(q("follow-up-status")!.textContent).toBe("'sulking' is not one of open, repairing, repaired, resolved");
    expect(q<HTMLButtonElement>("follow-up-save")!.disabled).toBe(false);
  });

  it("is only for conflict reflections", () => {
    expect(conflictFollowUp({ ...CONFLICT, body: { kind: "note", title: "", text: "hi" } } as Entry, () => {})).toBeNull();
  });
});
