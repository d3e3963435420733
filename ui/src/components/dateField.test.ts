import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dateOrder, dateShape, setDateLocale, shortDate } from "../locale";
import { dateField, readDates } from "./dateField";

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};
let asked: Array<Record<string, unknown>>;

beforeEach(() => {
  asked = [];
  // A stand-in for the journal's reading (journal/tests/dates.rs tests the real one).
  mockIPC((cmd, raw) => {
    const a = raw as Record<string, unknown>;
    if (cmd !== "read_date") return null;
    asked.push(a);
    if (a.text === "3/11/2026") return a.order === "dmy" ? "2026-11-03" : "2026-03-11";
    throw { kind: "Validation", field: "at", message: `“${String(a.text)}” isn't a date Attune can read. Write the day, then the month, then the year.` };
  });
  document.body.replaceChildren();
});
afterEach(() => {
  clearMocks();
  setDateLocale(undefined);
});

describe("dates in the locale's order", () => {
  it.each([
    ["en-GB", "dmy", "dd/mm/yyyy", "03/11/2026"],
    ["en-US", "mdy", "mm/dd/yyyy", "11/03/2026"],
    ["de-DE", "dmy", "dd.mm.yyyy", "03.11.2026"],
    ["sv-SE", "ymd", "yyyy-mm-dd", "2026-11-03"],
  ])("%s writes %s, %s", (locale, order, shape, shown) => {
    setDateLocale(locale);
    expect(dateOrder()).toBe(order);
    expect(dateShape()).toBe(shape);
    expect(shortDate("2026-11-03")).toBe(shown);
  });
});

describe("the date field", () => {
  it("shows the date the locale's way, with a label and the order for screen readers", () => {
    setDateLocale("en-US");
    const f = dateField("By when?", "2026-11-03", { testid: "d", hint: "A few days before." });
    document.body.append(f.wrap);
    const input = f.control;
    expect(input.type).toBe("text");
    expect(input.value).toBe("11/03/2026");
    expect(document.querySelector(`label[for="${input.id}"]`)?.textContent).toBe("By when?");
    const described = input.getAttribute("aria-describedby")!.split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(described[0]).toBe("A few days before. Month, day, year: mm/dd/yyyy");
    expect(f.value()).toBe("2026-11-03");
  });

  it("what is typed is read by the journal in the locale's order and shown back its way", async () => {
    setDateLocale("en-GB");
    const seen: string[] = [];
    const f = dateField("Day", "", { testid: "d" });
    f.onChange((d) => seen.push(d));
    document.body.append(f.wrap);
    f.control.value = "3/11/2026";
    f.control.dispatchEvent(new Event("change"));
    await settle();
    expect(asked).toEqual([{ text: "3/11/2026", order: "dmy" }]);
    expect(f.control.value).toBe("03/11/2026");
    expect(f.value()).toBe("2026-11-03");
    expect(seen).toEqual(["2026-11-03"]);
    // Read again unchanged: no second question, no second change.
    expect(await f.read()).toBe("2026-11-03");
    expect(asked).toHaveLength(1);
    expect(seen).toHaveLength(1);
  });

  it("what can't be read gets one message, on the field, and keeps the last good date", async () => {
    setDateLocale("en-GB");
    const f = dateField("Day", "2026-11-03", { testid: "d" });
    document.body.append(f.wrap);
    f.control.value = "soon";
    expect(await f.read()).toBeNull();
    expect(document.querySelector('[data-testid="d-error"]')?.textContent)
      .toBe("“soon” isn't a date Attune can read. Write the day, then the month, then the year.");
    expect(f.control.getAttribute("aria-invalid")).toBe("true");
    expect(f.value()).toBe("2026-11-03");
    f.control.dispatchEvent(new Event("input")); // typing again clears it
    expect(f.control.hasAttribute("aria-invalid")).toBe(false);
  });

  it("empty is fine unless required; a required field asks the journal, which says what to write", async () => {
    const optional = dateField("From", "2026-11-03", { testid: "a" });
    optional.control.value = "";
    expect(await optional.read()).toBe("");
    const required = dateField("Date", "", { testid: "b", required: true });
    expect(await required.read()).toBeNull();
    expect(asked).toEqual([{ text: "", order: dateOrder() }]);
  });

  it("Up and Down move the date a day, across months", () => {
    setDateLocale("en-GB");
    const f = dateField("Day", "2026-11-30", { testid: "d" });
    const key = (k: string) => f.control.dispatchEvent(new KeyboardEvent("keydown", { key: k, cancelable: true }));
    key("ArrowUp");
    expect(f.value()).toBe("2026-12-01");
    expect(f.control.value).toBe("01/12/2026");
    key("ArrowDown");
    key("ArrowDown");
    expect(f.value()).toBe("2026-11-29");
  });

  it("a form reads every shown date before it saves, and puts the first it can't read in focus", async () => {
    setDateLocale("en-GB");
    const a = dateField("From", "", { testid: "a" });
    const b = dateField("To", "", { testid: "b" });
    const hidden = dateField("Hidden", "", { testid: "c" });
    hidden.wrap.hidden = true;
    hidden.control.value = "nonsense"; // not shown: not read
    const form = document.createElement("form");
    form.append(a.wrap, b.wrap, hidden.wrap);
    document.body.append(form);
    a.control.value = "3/11/2026";
    b.control.value = "later";
    expect(await readDates(form)).toBe(false);
    expect(a.value()).toBe("2026-11-03");
    expect(document.activeElement).toBe(b.control);
    b.control.value = "";
    expect(await readDates(form)).toBe(true);
  });
});
