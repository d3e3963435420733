import { describe, expect, it, vi } from "vitest";
import { moodMeter } from "./moodMeter";

function key(el: HTMLElement, k: string, shiftKey = false) {
  el.dispatchEvent(new KeyboardEvent("keydown", { key: k, shiftKey, bubbles: true, cancelable: true }));
}

describe("moodMeter", () => {
  it("moves with the arrow keys, clamps to −5..5, and Home recentres", () => {
    const onChange = vi.fn();
    const m = moodMeter({ pleasantness: 0, energy: 0 }, onChange);
    document.body.replaceChildren(m.el);
    const pad = document.querySelector<HTMLElement>('[data-testid="mood-pad"]')!;
    expect(pad.tabIndex).toBe(0);
    key(pad, "ArrowRight");
    key(pad, "ArrowUp");
    key(pad, "ArrowUp");
    expect(m.get()).toEqual({ pleasantness: 1, energy: 2 });
    expect(onChange).toHaveBeenLastCalledWith({ pleasantness: 1, energy: 2 });
    for (let i = 0; i < 10; i++) key(pad, "ArrowLeft", true);
    expect(m.get().pleasantness).toBe(-5);
    key(pad, "ArrowDown");
    expect(m.get()).toEqual({ pleasantness: -5, energy: 1 });
    key(pad, "Home");
    expect(m.get()).toEqual({ pleasantness: 0, energy: 0 });
  });

  it("keeps the sliders, quadrant buttons and spoken description in step", () => {
    const m = moodMeter({ pleasantness: 0, energy: 0 }, () => {});
    document.body.replaceChildren(m.el);
    const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
    q("mood-quadrant-unpleasant_low").click();
    expect(m.get()).toEqual({ pleasantness: -3, energy: -3 });
    expect((q("mood-pleasantness") as HTMLInputElement).value).toBe("-3");
    expect(q("mood-quadrant-unpleasant_low").getAttribute("aria-pressed")).toBe("true");
    expect(q("mood-description").textContent).toMatch(/unpleasant 3 of 5, low energy 3 of 5/);
    const energy = q("mood-energy") as HTMLInputElement;
    energy.value = "4";
    energy.dispatchEvent(new Event("input"));
    expect(m.get()).toEqual({ pleasantness: -3, energy: 4 });
    expect(q("mood-pad").getAttribute("data-quadrant")).toBe("unpleasant_high");
  });

  it("ignores keys it doesn't use, so Tab still moves focus", () => {
    const m = moodMeter({ pleasantness: 2, energy: 2 }, () => {});
    document.body.replaceChildren(m.el);
    const ev = new KeyboardEvent("keydown", { key: "Tab", bubbles: true, cancelable: true });
    document.querySelector<HTMLElement>('[data-testid="mood-pad"]')!.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(false);
    expect(m.get()).toEqual({ pleasantness: 2, energy: 2 });
  });
});

describe("moodMeter drag", () => {
  const pointer = (el: HTMLElement, type: string, x: number, y: number) => {
    const e = new MouseEvent(type, { clientX: x, clientY: y, button: 0, bubbles: true, cancelable: true });
    Object.defineProperty(e, "pointerId", { value: 1 });
    el.dispatchEvent(e);
  };

  it("a press puts the point there and it follows the drag until release", () => {
    const onChange = vi.fn();
    const m = moodMeter({ pleasantness: 0, energy: 0 }, onChange);
    document.body.replaceChildren(m.el);
    const pad = document.querySelector<HTMLElement>('[data-testid="mood-pad"]')!;
    pad.getBoundingClientRect = () => ({ left: 0, top: 0, width: 100, height: 100, right: 100, bottom: 100, x: 0, y: 0,
      toJSON: () => ({}) });
    pointer(pad, "pointerdown", 10, 90); // low, unpleasant corner
    expect(m.get()).toEqual({ pleasantness: -4, energy: -4 });
    expect(pad.classList.contains("dragging")).toBe(true);
    pointer(pad, "pointermove", 50, 50);
    pointer(pad, "pointermove", 90, 10); // dragged to the bright, energised corner
    expect(m.get()).toEqual({ pleasantness: 4, energy: 4 });
    expect(onChange).toHaveBeenLastCalledWith({ pleasantness: 4, energy: 4 });
    pointer(pad, "pointerup", 90, 10);
    expect(pad.classList.contains("dragging")).toBe(false);
    pointer(pad, "pointermove", 10, 10); // a move after release doesn't drag
    expect(m.get()).toEqual({ pleasantness: 4, energy: 4 });
  });
});
