import { describe, expect, it } from "vitest";
import { localClock, localDay, localTimestamp } from "./when";

describe("local dates and times", () => {
  it("writes a local date and time with this computer's offset at that moment", () => {
    const at = localTimestamp("2026-03-01", "20:15")!;
    expect(at).toMatch(/^2026-03-01T20:15:00[+-]\d{2}:\d{2}$/);
    // The same instant as the local wall time, whatever the zone the tests run in.
    expect(new Date(at).getTime()).toBe(new Date(2026, 2, 1, 20, 15).getTime());
  });

  it.each([
    ["not a day", "", "20:15"],
    ["no time", "2026-03-01", ""],
    ["31 February", "2026-02-31", "10:00"],
    ["25 o'clock", "2026-03-01", "25:00"],
    ["minute 60", "2026-03-01", "10:60"],
    ["words", "yesterday", "noon"],
  ])("refuses %s", (_name, day, clock) => {
    expect(localTimestamp(day, clock)).toBeNull();
  });

  it("reads back what the inputs hold", () => {
    const d = new Date(2026, 6, 4, 7, 5);
    expect(localDay(d)).toBe("2026-07-04");
    expect(localClock(d)).toBe("07:05");
  });
});
