// Small SVG charts for Insights, built with DOM calls (no markup strings, no style attributes: colours come from
// classes in main.css, so they follow the theme and the strict CSP). Every chart is decorative for screen readers
// (aria-hidden): its numbers are in the table `dataTable` builds beside it, which is what assistive technology reads
// and what the tests check.
import { h, type Child } from "../dom";
import { dateFormat } from "../locale";

const SVG = "http://www.w3.org/2000/svg";

/** An SVG element with attributes (numbers and strings only). */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: Array<SVGElement | string>
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "style") throw new Error("s(): style is not allowed");
    el.setAttribute(k, String(v));
  }
  for (const c of children) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

/** One series of a bar chart: its name in legends and the class that colours it. */
export interface Series {
  label: string;
  cls: string;
}

/** One group of bars (a week, a month, a person): a value per series, and what a click on it opens. */
export interface Group {
  label: string;
  values: number[];
  /** Called when a bar of series `i` in this group is clicked (opens the matching entries). */
  open?: (series: number) => void;
}

const W = 600;
const PAD_LEFT = 28;
const PAD_BOTTOM = 22;

/** Vertical bars per group: stacked, or side by side. Labels under the first, middle and last group. */
export function barChart(opts: {
  groups: Group[];
  series: Series[];
  stacked?: boolean;
  height?: number;
  testid?: string;
}): SVGSVGElement {
  const { groups, series, stacked = false, height = 180 } = opts;
  const plotH = height - PAD_BOTTOM - 8;
  const totals = groups.map((g) => (stacked ? g.values.reduce((a, b) => a + b, 0) : Math.max(0, ...g.values)));
  const max = Math.max(1, ...totals);
  const slot = (W - PAD_LEFT) / Math.max(1, groups.length);
  const gap = Math.min(6, slot * 0.2);
  const svg = s("svg", { viewBox: `0 0 ${W} ${height}`, class: "chart", "aria-hidden": "true", focusable: "false" });
  if (opts.testid) svg.setAttribute("data-testid", opts.testid);
  // Gridlines at 0, about half and the top, labelled with whole numbers.
  for (const v of max >= 2 ? [0, Math.round(max / 2), max] : [0, max]) {
    const y = 8 + plotH * (1 - v / max);
    svg.append(s("line", { x1: PAD_LEFT, x2: W, y1: y, y2: y, class: "chart-grid" }));
    svg.append(s("text", { x: PAD_LEFT - 4, y: y + 4, class: "chart-tick", "text-anchor": "end" }, String(v)));
  }
  groups.forEach((g, gi) => {
    const x0 = PAD_LEFT + gi * slot + gap / 2;
    const inner = slot - gap;
    let base = 8 + plotH;
    g.values.forEach((v, si) => {
      if (v <= 0) return;
      const hgt = Math.max(1.5, (v / max) * plotH);
      const w = stacked ? inner : inner / series.length;
      const x = stacked ? x0 : x0 + si * w;
      const y = stacked ? base - hgt : 8 + plotH - hgt;
      const bar = s("rect", {
        x: x.toFixed(1), y: y.toFixed(1), width: Math.max(1, w - (stacked ? 0 : 1)).toFixed(1), height: hgt.toFixed(1),
        class: `chart-bar ${series[si]?.cls ?? ""}${g.open ? " clickable" : ""}`,
        "data-group": gi, "data-series": si,
      }, s("title", {}, `${g.label}: ${v} ${series[si]?.label ?? ""}`));
      if (g.open) bar.addEventListener("click", () => g.open?.(si));
      svg.append(bar);
      if (stacked) base -= hgt;
    });
  });
  const labelled = new Set([0, Math.floor((groups.length - 1) / 2), groups.length - 1]);
  groups.forEach((g, gi) => {
    if (!labelled.has(gi)) return;
    const x = PAD_LEFT + gi * slot + slot / 2;
    const anchor = groups.length > 2 && gi === 0 ? "start" : gi === groups.length - 1 && groups.length > 2 ? "end" : "middle";
    const ax = anchor === "start" ? PAD_LEFT + gi * slot : anchor === "end" ? PAD_LEFT + (gi + 1) * slot : x;
    svg.append(s("text", { x: ax.toFixed(1), y: height - 6, class: "chart-label", "text-anchor": anchor }, g.label));
  });
  return svg;
}

/** Horizontal bars, one row per item, with an optional fainter bar for the range before. */
export function rowChart(rows: Array<{ label: string; value: number; previous?: number; cls?: string }>, testid?: string): SVGSVGElement {
  const rowH = 24;
  const labelW = 150;
  const height = rows.length * rowH + 4;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.value, r.previous ?? 0)));
  const svg = s("svg", { viewBox: `0 0 ${W} ${height}`, class: "chart", "aria-hidden": "true", focusable: "false" });
  if (testid) svg.setAttribute("data-testid", testid);
  rows.forEach((r, i) => {
    const y = i * rowH + 2;
    svg.append(s("text", { x: labelW - 8, y: y + 16, class: "chart-row-label", "text-anchor": "end" }, r.label));
    const full = W - labelW - 40;
    if (r.previous !== undefined && r.previous > 0) {
      svg.append(s("rect", { x: labelW, y: y + 14, width: ((r.previous / max) * full).toFixed(1), height: 5, class: "chart-bar previous" }));
    }
    if (r.value > 0) {
      svg.append(s("rect", { x: labelW, y: y + 3, width: Math.max(2, (r.value / max) * full).toFixed(1), height: 10, rx: 2, class: `chart-bar ${r.cls ?? "accent"}` }));
    }
    svg.append(s("text", { x: labelW + (r.value / max) * full + 6, y: y + 13, class: "chart-tick" }, String(r.value)));
  });
  return svg;
}

/** A calendar heat map: one column per week (Monday at the top), darker for more entries on a day. */
export function heatMap(from: string, to: string, counts: Map<string, number>, testid?: string): SVGSVGElement {
  const start = parseDay(from);
  const end = parseDay(to);
  const mondayOffset = (start.getDay() + 6) % 7;
  const first = addDays(start, -mondayOffset);
  const weeks = Math.floor(daysBetween(first, end) / 7) + 1;
  const cell = Math.min(14, Math.floor((W - 30) / Math.max(weeks, 1)));
  const size = Math.max(3, cell - 2);
  const height = 7 * cell + 18;
  const max = Math.max(1, ...counts.values());
  // Drawn at its own size (never scaled up for a short range), with room on the right for the last month's label.
  const width = Math.max(weeks * cell + 48, 120);
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, width, height, class: "chart heat", "aria-hidden": "true", focusable: "false" });
  if (testid) svg.setAttribute("data-testid", testid);
  ["M", "W", "F"].forEach((d, i) => svg.append(s("text", { x: 0, y: (i * 2) * cell + size, class: "chart-tick" }, d)));
  let lastMonth = -1;
  for (let d = new Date(start); d <= end; d = addDays(d, 1)) {
    const col = Math.floor(daysBetween(first, d) / 7);
    const row = (d.getDay() + 6) % 7;
    const n = counts.get(isoDay(d)) ?? 0;
    const level = n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4));
    svg.append(s("rect", { x: 18 + col * cell, y: row * cell, width: size, height: size, rx: 2, class: `heat-cell heat-${level}` },
      s("title", {}, `${isoDay(d)}: ${n}`)));
    if (d.getDate() <= 7 && row === 0 && d.getMonth() !== lastMonth) {
      lastMonth = d.getMonth();
      svg.append(s("text", { x: 18 + col * cell, y: 7 * cell + 12, class: "chart-tick" },
        dateFormat({ month: "short" }).format(d)));
    }
  }
  return svg;
}

/** A table of the numbers behind a chart: what screen readers read and tests check. `rows` cells may be nodes. */
export function dataTable(caption: string, headers: string[], rows: Child[][], testid: string): HTMLTableElement {
  return h("table", { class: "data-table", testid },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, headers.map((x) => h("th", { scope: "col" }, x)))),
    h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c, i) => (i === 0 ? h("th", { scope: "row" }, c) : h("td", {}, c)))))));
}

/** A wide table's box: it scrolls sideways inside its card, and the keyboard can reach it to scroll it. */
export function tableScroll(table: HTMLTableElement, label = caption(table)): HTMLElement {
  return h("div", { class: "table-scroll", role: "region", "aria-label": label, tabindex: 0 }, table);
}

function caption(table: HTMLTableElement): string {
  return table.caption?.textContent ?? "Table";
}

/** A chart and its table together: the table is hidden from sight (not from screen readers) until asked for. */
export function chartWithTable(chart: SVGSVGElement | null, table: HTMLTableElement, testid: string): HTMLElement {
  const wrap = h("div", { class: "chart-block", testid });
  const toggle = h("button", { type: "button", class: "link-button small-link", "aria-expanded": "false", testid: `${testid}-toggle` },
    "Show the numbers");
  // The table scrolls sideways inside the card when a narrow window cannot fit its columns. While hidden, the wrapper
  // (a block that can shrink to 1 px and clip) carries the hiding: a table never gets narrower than its columns, so a
  // hidden wide table would still widen the page.
  const scroller = tableScroll(table, caption(table));
  scroller.classList.add("visually-hidden");
  scroller.removeAttribute("tabindex");
  toggle.addEventListener("click", () => {
    const open = scroller.classList.toggle("visually-hidden") === false;
    if (open) scroller.setAttribute("tabindex", "0");
    else scroller.removeAttribute("tabindex");
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? "Hide the numbers" : "Show the numbers";
  });
  if (chart) wrap.append(chart);
  wrap.append(toggle, scroller);
  return wrap;
}

function parseDay(s: string): Date {
  const [y, m, d] = s.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function addDays(d: Date, n: number): Date {
  const x = new Date(d);
  x.setDate(x.getDate() + n);
  return x;
}

function daysBetween(a: Date, b: Date): number {
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);
}

/** YYYY-MM-DD of a local date. */
export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
