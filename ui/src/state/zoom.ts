// The page's zoom, for people who need larger text: Ctrl+= (or Ctrl++) a step larger, Ctrl+- a step smaller, Ctrl+0
// back to normal, on every screen (locked too). Rust applies WebKit's own page zoom (`set_zoom`), so text and layout
// grow together as in a browser. Rust keeps the zoom in the settings file and applies it again as the app starts;
// `loadZoom` tells this module where it was left, so the next step goes on from there.
import { api } from "../api";

/** The steps, as a browser's: five steps from 100 % reach 200 %. Within the journal's range (half to three times). */
export const ZOOM_STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];

let level = 1;
/** The kept zoom, once asked for: a step waits for it, so the first Ctrl+= after a start goes on from it. */
let kept: Promise<void> = Promise.resolve();

/** Learns the zoom kept from last time, which Rust applied as the app started. */
export function loadZoom(): Promise<void> {
  kept = api.zoom().then((z) => {
    if (typeof z === "number") level = z;
  }, () => {});
  return kept;
}

/** The zoom now (1 is 100 %). */
export function zoomLevel(): number {
  return level;
}

let asked = 0;

/** Sets the zoom to `factor` (Rust keeps it within its range); resolves to the zoom applied. The level is taken at
 * once, so a key pressed before Rust answers (it also writes the settings file) steps on from it, not from the zoom
 * before; only the latest answer is kept. */
export async function setZoom(factor: number): Promise<number> {
  const mine = ++asked;
  level = factor;
  const applied = await api.setZoom(factor);
  if (mine === asked) level = applied;
  return applied;
}

/** One step larger (+1) or smaller (-1) than now. */
export async function zoomStep(by: 1 | -1): Promise<number> {
  await kept;
  const next = by > 0 ? ZOOM_STEPS.find((z) => z > level + 0.001) : [...ZOOM_STEPS].reverse().find((z) => z < level - 0.001);
  return setZoom(next ?? level);
}

/** Acts on Ctrl+= / Ctrl++ / Ctrl+- / Ctrl+0; true when the key was one of them. */
export function zoomKey(e: KeyboardEvent): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return false;
  const act = e.key === "=" || e.key === "+" ? () => zoomStep(1)
    : e.key === "-" || e.key === "_" ? () => zoomStep(-1)
      : e.key === "0" ? () => setZoom(1) : null;
  if (!act) return false;
  void act().catch(() => {});
  return true;
}
