import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setZoom, zoomKey, zoomLevel } from "./zoom";

let asked: number[];
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
const press = (key: string, ctrl = true) => zoomKey(new KeyboardEvent("keydown", { key, ctrlKey: ctrl }));

beforeEach(async () => {
  asked = [];
  // Rust keeps the zoom within half to three times and answers what it applied.
  mockIPC((cmd, a) => {
    if (cmd !== "set_zoom") return null;
    const f = (a as { factor: number }).factor;
    asked.push(f);
    return Math.min(3, Math.max(0.5, f));
  });
  await setZoom(1);
  asked = [];
});
afterEach(() => clearMocks());

describe("zoom", () => {
  it("Ctrl+= five times is 200 %, Ctrl+- a step back, Ctrl+0 normal again", async () => {
    for (let i = 0; i < 5; i++) {
      expect(press("=")).toBe(true);
      await settle();
    }
    expect(asked).toEqual([1.1, 1.25, 1.5, 1.75, 2]);
    expect(zoomLevel()).toBe(2);
    press("-");
    await settle();
    expect(zoomLevel()).toBe(1.75);
    press("0");
    await settle();
    expect(zoomLevel()).toBe(1);
  });

  it("stops at the ends, and leaves other keys alone", async () => {
    for (let i = 0; i < 15; i++) {
      press("+");
      await settle();
    }
    expect(zoomLevel()).toBe(3);
    expect(press("=", false)).toBe(false); // "=" typed in a field
    expect(press("n")).toBe(false); // Ctrl+N is the check-in's
  });
});
