import { describe, expect, it } from "vitest";
import { MAX_SHORT_TEXT, MAX_LONG_TEXT, textArea, textField } from "./field";
import { MAX_VISIBLE, toast } from "./toast";

describe("toast", () => {
  it("keeps only the newest MAX_VISIBLE on screen (regression: four toasts piled over Today)", () => {
    for (let i = 1; i <= 4; i++) toast(`t${i}`);
    const shown = [...document.querySelectorAll(".toast span")].map((s) => s.textContent);
    expect(shown).toEqual(["t3", "t4"].slice(-MAX_VISIBLE));
    expect(document.getElementById("toasts")?.getAttribute("aria-live")).toBe("polite");
  });
  it("Esc dismisses the newest", () => {
    document.getElementById("toasts")?.replaceChildren();
    toast("a");
    toast("b");
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    const shown = [...document.querySelectorAll(".toast span")].map((s) => s.textContent);
    expect(shown).not.toContain("b");
  });
});

describe("field limits", () => {
  it("short and long fields carry the journal's maxlength; passwords don't", () => {
    expect(textField("Name").control.maxLength).toBe(MAX_SHORT_TEXT);
    expect(textArea("Text").control.maxLength).toBe(MAX_LONG_TEXT);
    expect(textField("P", { type: "password" }).control.hasAttribute("maxlength")).toBe(false);
  });
});
