import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mockApi, q, resetMockApi, settle } from "../testing/mockApi";
import { RELATIONSHIP_LABEL, RELATIONSHIPS } from "../text";
import { personPicker } from "./personPicker";

let added: unknown[];

beforeEach(() => {
  added = [];
  const people: Array<Record<string, unknown>> = [];
  mockApi({
    people,
    add_person: (a: { input: Record<string, unknown> }) => {
      added.push(a.input);
      const p = { id: `p${people.length + 1}`, ...a.input };
      people.push(p);
      return p;
    },
  });
});
afterEach(resetMockApi);

describe("adding someone inline", () => {
  it("asks how you know them (the journal's relationships) before adding, and keeps what was chosen", async () => {
    let chosen: string[] = [];
    const picker = personPicker("many", "Who was this with?", (ids) => (chosen = ids), "pp");
    document.body.append(picker.el);
    await settle();
    const rel = q<HTMLSelectElement>("pp-add-relationship")!;
    expect([...rel.options].slice(1).map((o) => [o.value, o.textContent])).toEqual(RELATIONSHIPS.map((r) => [r, RELATIONSHIP_LABEL[r]]));
    expect(document.querySelector(`label[for="${rel.id}"]`)!.textContent).toBe("How do you know them?");
    q<HTMLInputElement>("pp-add-name")!.value = "Alexis";
    q<HTMLButtonElement>("pp-add")!.click();
    await settle();
    expect(added).toEqual([]);
    expect(picker.el.textContent).toContain("How do you know Alexis?");
    expect(document.activeElement).toBe(rel);
    rel.value = "family";
    q<HTMLButtonElement>("pp-add")!.click();
    await settle();
    expect(added).toEqual([{ name: "Alexis", relationship: "family", loveLanguage: null }]);
    expect(chosen).toEqual(["p1"]);
    expect(rel.value).toBe("");
  });
});
