import { afterEach, describe, expect, it, vi } from "vitest";
import { handleKey, SHORTCUTS, type ShortcutActions } from "./shortcuts";

type Spies = { [K in keyof ShortcutActions]: ReturnType<typeof vi.fn> & ShortcutActions[K] };
const actions = (): Spies => ({
  newCheckIn: vi.fn(),
  search: vi.fn(),
  lock: vi.fn(),
  submit: vi.fn(),
  escape: vi.fn(() => true),
  help: vi.fn(),
});
const key = (k: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) => {
  const e = new KeyboardEvent("keydown", { key: k, cancelable: true, ...init });
  Object.defineProperty(e, "target", { value: target });
  return e;
};

afterEach(() => document.body.replaceChildren());

describe("keyboard shortcuts", () => {
  it.each([
    ["n", "newCheckIn"],
    ["N", "newCheckIn"],
    ["f", "search"],
    ["l", "lock"],
    ["Enter", "submit"],
  ] as const)("Ctrl+%s runs %s", (k, which) => {
    const a = actions();
    expect(handleKey(key(k, { ctrlKey: true }), a)).toBe(true);
    expect(a[which]).toHaveBeenCalledOnce();
  });

  it("Esc goes to the view, which says whether it did something", () => {
    const a = actions();
    expect(handleKey(key("Escape"), a)).toBe(true);
    a.escape.mockReturnValue(false);
    expect(handleKey(key("Escape"), a)).toBe(false);
  });

  it("leaves keys alone while a dialog is open (the dialog has its own Esc), except nothing at all", () => {
    document.body.append(Object.assign(document.createElement("dialog"), { open: true }));
    const a = actions();
    for (const e of [key("n", { ctrlKey: true }), key("Enter", { ctrlKey: true }), key("Escape"), key("?")]) {
      expect(handleKey(e, a)).toBe(false);
    }
    expect(Object.values(a).every((f) => f.mock.calls.length === 0)).toBe(true);
  });

  it("Esc closes a toast before it leaves the view", () => {
    const host = Object.assign(document.createElement("div"), { className: "toasts" });
    host.append(Object.assign(document.createElement("div"), { className: "toast" }));
    document.body.append(host);
    const a = actions();
    expect(handleKey(key("Escape"), a)).toBe(false);
    expect(a.escape).not.toHaveBeenCalled();
  });

  it("? shows the list, but is just a character in a text field", () => {
    const a = actions();
    expect(handleKey(key("?"), a)).toBe(true);
    expect(a.help).toHaveBeenCalledOnce();
    const input = document.createElement("textarea");
    expect(handleKey(key("?", {}, input), a)).toBe(false);
    expect(a.help).toHaveBeenCalledOnce();
  });

  it("plain letters and other chords do nothing", () => {
    const a = actions();
    expect(handleKey(key("n"), a)).toBe(false);
    expect(handleKey(key("n", { ctrlKey: true, shiftKey: true }), a)).toBe(false);
    expect(handleKey(key("x", { ctrlKey: true }), a)).toBe(false);
  });

  it("lists every shortcut it handles", () => {
    const listed = SHORTCUTS.map((s) => s.keys);
    expect(listed).toEqual(expect.arrayContaining(["Ctrl+N", "Ctrl+F", "Ctrl+Enter", "Esc", "Ctrl+L", "?"]));
  });
});
