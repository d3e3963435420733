// The Mood Meter: pleasantness (left–right) × energy (down–up), −5..5 each.
// A focusable 2D pad (press and drag the point with a mouse, pen or finger; arrow keys move it, Shift+arrows two
// steps; Home centres it), two labelled sliders, and quadrant shortcuts.
import type { Quadrant } from "../bindings/Quadrant";
import { h, nextId } from "../dom";
import { quadrantOf } from "../state/vocab";
import { QUADRANT_LABEL } from "../text";

export interface MoodValue {
  pleasantness: number;
  energy: number;
}

export interface MoodMeter {
  el: HTMLElement;
  get(): MoodValue;
  set(v: MoodValue): void;
}

const clamp = (n: number) => Math.max(-5, Math.min(5, Math.round(n)));
/** Where a quadrant shortcut puts the point: halfway out, so the words offered are neither mild nor extreme. */
export const QUADRANT_POINT: Record<Quadrant, MoodValue> = {
  pleasant_high: { pleasantness: 3, energy: 3 },
  pleasant_low: { pleasantness: 3, energy: -3 },
  unpleasant_high: { pleasantness: -3, energy: 3 },
  unpleasant_low: { pleasantness: -3, energy: -3 },
};

function words(v: MoodValue): string {
  const p = v.pleasantness, e = v.energy;
  if (p === 0 && e === 0) return "right in the middle. Move the point to where you are";
  const pw = p === 0 ? "neither pleasant nor unpleasant" : `${p > 0 ? "pleasant" : "unpleasant"} ${Math.abs(p)} of 5`;
  const ew = e === 0 ? "middling energy" : `${e > 0 ? "high" : "low"} energy ${Math.abs(e)} of 5`;
  return `${pw}, ${ew} — ${QUADRANT_LABEL[quadrantOf(p, e)].toLowerCase()}`;
}

export function moodMeter(initial: MoodValue, onChange: (v: MoodValue) => void): MoodMeter {
  let value: MoodValue = { pleasantness: clamp(initial.pleasantness), energy: clamp(initial.energy) };
  const dot = h("span", { class: "mood-dot", "aria-hidden": "true" });
  const descId = nextId("mood");
  const desc = h("p", { class: "mood-desc", id: descId, "aria-live": "polite", testid: "mood-description" });
  const pad = h("div", {
    class: "mood-pad",
    tabindex: 0,
    role: "group",
    "aria-roledescription": "mood grid",
    "aria-label": "Mood Meter. Left and right arrows: how pleasant. Up and down arrows: how much energy.",
    "aria-describedby": descId,
    testid: "mood-pad",
  },
    h("span", { class: "q q-uh", "aria-hidden": "true" }, QUADRANT_LABEL.unpleasant_high),
    h("span", { class: "q q-ph", "aria-hidden": "true" }, QUADRANT_LABEL.pleasant_high),
    h("span", { class: "q q-ul", "aria-hidden": "true" }, QUADRANT_LABEL.unpleasant_low),
    h("span", { class: "q q-pl", "aria-hidden": "true" }, QUADRANT_LABEL.pleasant_low),
    dot,
  );
  const slider = (label: string, low: string, high: string, testid: string) => {
    const id = nextId("range");
    const input = h("input", { type: "range", min: -5, max: 5, step: 1, id, testid });
    const wrap = h("div", { class: "range-field" },
      h("label", { for: id }, label),
      h("div", { class: "range-row" }, h("span", { class: "range-end", "aria-hidden": "true" }, low), input,
        h("span", { class: "range-end", "aria-hidden": "true" }, high)));
    return { wrap, input };
  };
  const pl = slider("How pleasant does it feel?", "Unpleasant", "Pleasant", "mood-pleasantness");
  const en = slider("How much energy is there?", "Low", "High", "mood-energy");

  const quadButtons = (Object.keys(QUADRANT_POINT) as Quadrant[]).map((q) =>
    h("button", {
      type: "button",
      class: `chip quad-${q}`,
      "aria-pressed": "false",
      "data-quadrant": q,
      testid: `mood-quadrant-${q}`,
      onclick: () => set(QUADRANT_POINT[q], true),
    }, QUADRANT_LABEL[q]),
  );

  function render() {
    // Percent positions from code via the style object: allowed under a strict style-src CSP.
    dot.style.left = `${((value.pleasantness + 5) / 10) * 100}%`;
    dot.style.top = `${((5 - value.energy) / 10) * 100}%`;
    pl.input.value = String(value.pleasantness);
    en.input.value = String(value.energy);
    pl.input.setAttribute("aria-valuetext", `${value.pleasantness > 0 ? "+" : ""}${value.pleasantness}`);
    en.input.setAttribute("aria-valuetext", `${value.energy > 0 ? "+" : ""}${value.energy}`);
    pad.setAttribute("data-pleasantness", String(value.pleasantness));
    pad.setAttribute("data-energy", String(value.energy));
    desc.textContent = `Right now: ${words(value)}.`;
    const q = quadrantOf(value.pleasantness, value.energy);
    pad.setAttribute("data-quadrant", q);
    const centre = value.pleasantness === 0 && value.energy === 0;
    for (const b of quadButtons) b.setAttribute("aria-pressed", String(!centre && b.dataset.quadrant === q));
  }

  function set(v: MoodValue, notify: boolean) {
    const next = { pleasantness: clamp(v.pleasantness), energy: clamp(v.energy) };
    const changed = next.pleasantness !== value.pleasantness || next.energy !== value.energy;
    value = next;
    render();
    if (notify && changed) onChange(value);
  }

  pad.addEventListener("keydown", (e) => {
    const step = e.shiftKey ? 2 : 1;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const m = moves[e.key];
    if (m) {
      e.preventDefault();
      set({ pleasantness: value.pleasantness + m[0], energy: value.energy + m[1] }, true);
    } else if (e.key === "Home") {
      e.preventDefault();
      set({ pleasantness: 0, energy: 0 }, true);
    }
  });
  // Press anywhere to put the point there, then drag it (mouse, pen or touch: pointer capture keeps the drag
  // going outside the pad, and `touch-action: none` in the CSS stops a finger from scrolling the page instead).
  const moveTo = (e: PointerEvent) => {
    const r = pad.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    const x = (e.clientX - r.left) / r.width;
    const y = (e.clientY - r.top) / r.height;
    set({ pleasantness: x * 10 - 5, energy: 5 - y * 10 }, true);
  };
  let dragging: number | null = null;
  pad.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    dragging = e.pointerId;
    try {
      pad.setPointerCapture(e.pointerId);
    } catch {
      /* a synthetic pointer without capture still drags while it stays over the pad */
    }
    pad.classList.add("dragging");
    moveTo(e);
    pad.focus();
  });
  pad.addEventListener("pointermove", (e) => {
    if (dragging === e.pointerId) moveTo(e);
  });
  const endDrag = (e: PointerEvent) => {
    if (dragging !== e.pointerId) return;
    dragging = null;
    pad.classList.remove("dragging");
    if (pad.hasPointerCapture?.(e.pointerId)) pad.releasePointerCapture(e.pointerId);
  };
  pad.addEventListener("pointerup", endDrag);
  pad.addEventListener("pointercancel", endDrag);
  pl.input.addEventListener("input", () => set({ ...value, pleasantness: Number(pl.input.value) }, true));
  en.input.addEventListener("input", () => set({ ...value, energy: Number(en.input.value) }, true));

  render();
  const el = h("fieldset", { class: "mood-meter" },
    h("legend", {}, "Where are you on the Mood Meter?"),
    h("div", { class: "mood-layout" },
      h("div", { class: "mood-pad-wrap" },
        // Written sideways and turned, so "→" points up.
        h("span", { class: "axis axis-y", "aria-hidden": "true" }, "energy →"),
        pad,
        h("span", { class: "axis axis-x", "aria-hidden": "true" }, "pleasant →")),
      h("div", { class: "mood-controls" },
        h("div", { class: "chips", role: "group", "aria-label": "Jump to a quadrant" }, quadButtons),
        pl.wrap, en.wrap)),
    desc);
  return { el, get: () => ({ ...value }), set: (v) => set(v, false) };
}
