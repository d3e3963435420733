import { describe, expect, it } from "vitest";
import { iSentence } from "./conflict";
import { toNewEntry } from "./flow";
import { defaultBody, parseTags } from "./types";

describe("flow helpers", () => {
  it("builds the I-statement sentence live, skipping empty parts", () => {
    expect(iSentence({ feel: "hurt", when: "plans change last minute", because: "I was looking forward to it", need: "a heads-up" }))
      .toBe("I feel hurt when plans change last minute because I was looking forward to it. I need a heads-up.");
    expect(iSentence({ feel: "tired", when: "", because: "", need: "" })).toBe("I feel tired.");
    expect(iSentence({ feel: "", when: "", because: "", need: "" })).toBe("");
  });

  it("lists the appreciated person among the entry's people", () => {
    const body = { ...defaultBody("appreciation"), forWhom: "p1" } as ReturnType<typeof defaultBody>;
    expect(toNewEntry({ kind: "appreciation", people: [], tags: "Kind, kind , thanks", body })).toEqual({
      people: ["p1"],
      tags: ["kind", "thanks"],
      body,
    });
  });

  it("parses tags", () => {
    expect(parseTags(" a, B ,, a")).toEqual(["a", "b"]);
  });

  it("has a default body of the right kind for each flow", () => {
    for (const k of ["check_in", "appreciation", "conflict", "vulnerability", "shared_experience", "note"] as const) {
      expect(defaultBody(k).kind).toBe(k);
    }
  });
});
