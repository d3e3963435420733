import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mockApi, q, resetMockApi, settle } from "../testing/mockApi";
import { whenField } from "./whenField";

let sent: Array<string | null>;
let field: ReturnType<typeof whenField>;
const time = () => q<HTMLInputElement>("flow-when-time")!;
const type = (text: string) => {
  time().value = text;
  time().dispatchEvent(new Event("change"));
};
/** Every message shown in the field. */
const messages = () => [...field.el.querySelectorAll(".field-error")].map((e) => e.textContent).filter(Boolean);

beforeEach(() => {
  mockApi({
    read_date: (a: { text: string }) => a.text,
    // A stand-in for the journal's reading of typed times (reminders::parse_times): "8pm" and "HH:MM".
    read_times: (a: { text: string }) => {
      const t = a.text.trim();
      if (t === "8pm") return ["20:00:00"];
      if (/^\d{2}:\d{2}$/.test(t)) return [`${t}:00`];
      throw { kind: "Validation", message: `“${t}” isn't a time like 20:30 or 8pm`, field: "at" };
    },
  });
  sent = [];
  field = whenField(null, new Date(2026, 2, 10, 9, 5), (at) => void sent.push(at));
  document.body.append(field.el);
});
afterEach(() => resetMockApi());

// Issue 13: the entry's time is the app's own time field, the reminders' one: a time typed as people say it is read by
// the journal, and one it can't read gets one message, on the field.
describe("the time of an entry's When", () => {
  it("is the app's time field, not the built-in time input, filled with the time shown", () => {
    expect(time().type).toBe("text");
    expect(time().value).toBe("09:05");
    expect(time().list).not.toBeNull(); // half hours to pick from
    const label = field.el.querySelector(`label[for="${time().id}"]`);
    expect(label?.textContent).toBe("Time");
    expect(label?.classList.contains("visually-hidden")).toBe(true);
  });

  it("reads 8pm as 20:00 and sends that time on the day shown", async () => {
    type("8pm");
    await settle();
    expect(time().value).toBe("20:00");
    expect(q("flow-when-label")!.textContent).toBe("another time");
    expect(sent.map((at) => at && new Date(at).getTime())).toEqual([new Date(2026, 2, 10, 20, 0).getTime()]);
    expect(messages()).toEqual([]);
  });

  it("says once, on the field, when it can't read a time, and keeps now", async () => {
    type("after tea");
    await settle();
    expect(messages()).toEqual(["“after tea” isn't a time like 20:30 or 8pm"]);
    expect(q("flow-when-time-error")!.textContent).toBe("“after tea” isn't a time like 20:30 or 8pm");
    expect(time().getAttribute("aria-invalid")).toBe("true");
    expect(q("flow-when-label")!.textContent).toBe("now");
    expect(sent).toEqual([]);
    expect(await field.read()).toBe(false); // a save waits for it
    type("21:30");
    await settle();
    expect(messages()).toEqual([]);
    expect(await field.read()).toBe(true);
  });

  it("a time typed and not yet read is read before a save; Keep the time it had puts it back", async () => {
    document.body.replaceChildren();
    field = whenField(null, new Date(2026, 2, 10, 9, 5), (at) => void sent.push(at), true);
    document.body.append(field.el);
    time().value = "8pm";
    expect(await field.read()).toBe(true);
    expect(time().value).toBe("20:00");
    expect(sent).toHaveLength(1);
    q("flow-when-now")!.click();
    expect(time().value).toBe("09:05");
    expect(sent.at(-1)).toBeNull();
    expect(q("flow-when-label")!.textContent).toBe("as written");
  });
});
