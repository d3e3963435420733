import { describe, expect, it } from "vitest";
import type { Entry } from "../bindings/Entry";
import { GroupedList } from "./timelineList";

const note = (id: string, createdAt: string, utcOffsetMinutes: number, localDate: string): Entry => ({
  id, createdAt, updatedAt: createdAt, localDate, utcOffsetMinutes, people: [], tags: [],
  body: { kind: "note", title: id, text: "" },
});

describe("the timeline's days", () => {
  it("within a day, rows go by the time they show, even when written in other time zones", () => {
    // The journal's order (by instant, newest first). On 29 November: 08:01 in Berlin (07:01Z), 04:12 in New York
    // (09:12Z, the latest instant), 01:12 in Tokyo (28 Nov 16:12Z).
    const entries = [
      note("ny", "2026-11-29T09:12:00Z", -300, "2026-11-29"),
      note("berlin", "2026-11-29T07:01:00Z", 60, "2026-11-29"),
      note("tokyo", "2026-11-28T16:12:00Z", 540, "2026-11-29"),
      note("older", "2026-11-28T10:00:00Z", 0, "2026-11-28"),
    ];
    const list = new GroupedList(() => {});
    list.show(entries.slice(0, 2));
    list.show(entries); // the next page continues what is shown
    document.body.replaceChildren(list.el);
    const days = [...document.querySelectorAll<HTMLElement>(".day-group")].map((d) => ({
      date: d.querySelector<HTMLElement>("[data-date]")!.dataset.date,
      rows: [...d.querySelectorAll<HTMLElement>('[data-testid="timeline-item"]')].map((r) => r.dataset.entryId),
      times: [...d.querySelectorAll(".row-time")].map((t) => t.textContent),
    }));
    expect(days.map((d) => [d.date, d.rows])).toEqual([
      ["2026-11-29", ["berlin", "ny", "tokyo"]],
      ["2026-11-28", ["older"]],
    ]);
    expect(days[0]!.times.map((t) => t!.replace(/\D/g, ""))).toEqual(["0801", "0412", "0112"]);
    expect(list.size).toBe(4);
  });
});
