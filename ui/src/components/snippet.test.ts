import { describe, expect, it } from "vitest";
import { renderSnippet } from "./snippet";

describe("renderSnippet", () => {
  it("renders hits as <mark> and everything as text, so markup in entries stays literal", () => {
    const p = renderSnippet([
      { text: "before <img src=x onerror=alert(1)> ", hit: false },
      { text: "<b>match</b>", hit: true },
      { text: " after", hit: false },
    ]);
    expect(p.querySelector("img")).toBeNull();
    expect(p.querySelector("b")).toBeNull();
    const marks = p.querySelectorAll("mark");
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe("<b>match</b>");
    expect(p.textContent).toBe("before <img src=x onerror=alert(1)> <b>match</b> after");
    expect(p.children).toHaveLength(1);
  });
});
