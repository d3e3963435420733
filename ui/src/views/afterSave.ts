// After saving: for a check-in, a short, kind next step chosen by the journal from the quadrant and the feeling
// family named (one for yourself, one with them, one for the body), and "I'll try this" keeps it on the entry. For
// any entry that names a feeling like "hopeless", or a conflict where the writer felt afraid, one calm line on
// where to turn for help.
import type { OfferedStep } from "../bindings/OfferedStep";
import { toast } from "../components/toast";
import { h } from "../dom";
import { friendlyError } from "../errors";
import type { Entry } from "../bindings/Entry";
import { navigate, type Route, type View } from "../router";
import { afterSave, chooseNextStep } from "../state/practices";

export function afterSaveView(id: string): View {
  const el = h("section", { class: "page after-save", testid: "after-save", "aria-busy": "true" });
  const done = h("button", { type: "button", class: "button primary", testid: "after-done",
    onclick: () => navigate({ name: "today" }) }, "Done");

  void (async () => {
    try {
      const after = await afterSave(id);
      const status = h("p", { class: "form-error", role: "alert" });
      const careLine = after.careLine
        ? h("aside", { class: "care-line", role: "note", testid: "care-line" }, after.careLine)
        : null;
      let steps: HTMLElement | null = null;
      if (after.nextSteps) {
        const chosen = after.chosenStep;
        const cards = after.nextSteps.steps.map((s) => stepCard(s, chosen === s.id, async (btn) => {
          btn.disabled = true;
          status.textContent = "";
          try {
            await chooseNextStep(id, s.id);
            for (const c of cards) c.classList.toggle("step-chosen", c.dataset.strategy === s.id);
            for (const b of el.querySelectorAll<HTMLButtonElement>("[data-try]")) {
              const mine = b.dataset.try === s.id;
              b.textContent = mine ? "I'll try this ✓" : "I'll try this";
              b.setAttribute("aria-pressed", String(mine));
              b.disabled = false;
            }
            toast("Kept with your check-in. Next time, you can say how it went.", { testid: "toast-step-kept" });
          } catch (e) {
            btn.disabled = false;
            status.textContent = friendlyError(e);
          }
        }));
        steps = h("section", { class: "next-steps", "aria-labelledby": "next-h" },
          h("h2", { id: "next-h" }, "A small next step"),
          h("p", { class: "muted" }, `For feeling ${after.nextSteps.family.label.toLowerCase()}. Pick one if it fits, or none at all.`),
          h("ul", { class: "step-cards" }, cards.map((c) => h("li", {}, c))),
          status);
      }
      const parts = [h("h1", {}, "Saved. Thank you for taking a moment for this."), careLine, steps, h("div", { class: "actions" }, done)];
      el.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
      el.removeAttribute("aria-busy");
      el.querySelector<HTMLElement>("h1")?.focus();
    } catch (e) {
      el.replaceChildren(h("h1", {}, "Saved."), h("p", {}, friendlyError(e)), h("div", { class: "actions" }, done));
      el.removeAttribute("aria-busy");
    }
  })();
  return { el, title: "Saved" };
}

function stepCard(s: OfferedStep, chosen: boolean, choose: (btn: HTMLButtonElement) => void): HTMLElement {
  const btn = h("button", { type: "button", class: "button", "data-try": s.id, "aria-pressed": String(chosen),
    testid: `try-${s.kind}` }, chosen ? "I'll try this ✓" : "I'll try this");
  btn.addEventListener("click", () => choose(btn));
  return h("article", { class: `card step-card${chosen ? " step-chosen" : ""}`, "data-strategy": s.id, testid: `step-${s.kind}` },
    h("h3", {}, s.heading),
    h("p", {}, s.text),
    btn);
}

/** Where to go after saving a new entry: the after-save screen for a check-in (its next steps) or for any entry that
 * calls for the care line; else null (the usual toast and back to Today). */
export async function routeAfterSave(saved: Entry): Promise<Route | null> {
  if (saved.body.kind === "check_in") return { name: "after", id: saved.id };
  const after = await afterSave(saved.id).catch(() => null);
  return after?.careLine ? { name: "after", id: saved.id } : null;
}
