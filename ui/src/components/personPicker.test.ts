import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearAllState } from "../state/store";
import { RELATIONSHIP_LABEL, RELATIONSHIPS } from "../text";
import { personPicker } from "./personPicker";

let added: unknown[];
const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};
const q = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);

beforeEach(() => {
  added = [];
  const people: Array<Record<string, unknown>> = [];
  mockIPC((cmd, args) => {
    if (cmd === "people") return people;
    if (cmd === "add_person") {
      const input = (args as { input: Record<string, unknown> }).input;
      added.push(input);
      const p = { id: `p${people.length + 1}`, ...input };
      people.push(p);
      return p;
    }
    return null;
  });
  document.body.replaceChildren();
});
afterEach(() => {
  clearMocks();
  clearAllState();
});

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
