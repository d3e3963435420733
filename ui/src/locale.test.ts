import { afterEach, describe, expect, it } from "vitest";
import { dateFormat, dateLocale, formatCount, loadDateLocale, setDateLocale } from "./locale";
import { mockApi, resetMockApi, storedEntry } from "./testing/mockApi";
import { formatDay } from "./text";
import { dayLabel, entryTime, monthLabel } from "./views/timelineList";

const evening = storedEntry("e1", { kind: "note", title: "", text: "" }, "2026-11-29",
  { createdAt: "2026-11-29T20:15:00Z", utcOffsetMinutes: 60 });

afterEach(() => {
  setDateLocale(undefined);
  resetMockApi();
});

describe("dates in the system's locale", () => {
  it("day before month and a 24-hour clock in British English", () => {
    setDateLocale("en-GB");
    expect(entryTime(evening)).toBe("21:15");
    expect(formatDay("2023-03-03")).toMatch(/^Friday,? 3 March 2023$/);
    expect(dayLabel("2026-11-29")).toBe("Sunday 29");
    expect(monthLabel("2023-12")).toBe("December 2023");
  });

  it("month before day and a 12-hour clock in American English", () => {
    setDateLocale("en-US");
    expect(entryTime(evening)).toMatch(/^09:15\sPM$/);
    expect(formatDay("2023-03-03")).toBe("Friday, March 3, 2023");
  });

  it("German writes its own way", () => {
    setDateLocale("de-DE");
    expect(entryTime(evening)).toBe("21:15");
    expect(formatDay("2023-03-03")).toBe("Freitag, 3. März 2023");
  });

  it("reuses one formatter per locale and options, and a new locale is used at once", () => {
    // The timeline's month list formats hundreds of months: one ICU formatter each grew the webview by 27 MiB.
    setDateLocale("en-GB");
    expect(dateFormat({ month: "long", year: "numeric" })).toBe(dateFormat({ month: "long", year: "numeric" }));
    expect(monthLabel("2023-12")).toBe("December 2023");
    expect(formatCount(12345)).toBe("12,345");
    setDateLocale("de-DE");
    expect(monthLabel("2023-12")).toBe("Dezember 2023");
    expect(formatCount(12345)).toBe("12.345");
  });

  it("asks Rust once at start, and keeps the webview's own when the answer is no locale Intl knows", async () => {
    mockApi({ date_locale: "en-GB" });
    await loadDateLocale();
    expect(dateLocale()).toBe("en-GB");
    setDateLocale("not a locale!");
    expect(dateLocale()).toBeUndefined();
    mockApi({ date_locale: () => {
      throw { kind: "Internal", message: "no", field: null };
    } });
    await loadDateLocale();
    expect(dateLocale()).toBeUndefined();
  });
});
