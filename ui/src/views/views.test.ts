import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Entry } from "../bindings/Entry";
import { setNavigator } from "../router";
import { clearAllState } from "../state/store";
import { entryView } from "./entryView";
import { firstRunView } from "./firstRun";
import { peopleView } from "./people";
import { timelineView } from "./timeline";

const XSS = '<img src=x onerror="window.__pwned=1">';
const entry: Entry = {
  id: "e1", createdAt: "2026-01-02T10:00:00Z", updatedAt: "2026-01-02T10:00:00Z", localDate: "2026-01-02",
  utcOffsetMinutes: 0, people: [], tags: [], body: { kind: "note", title: XSS, text: `${XSS} body` },
};
let calls: Array<[string, unknown]>;
let handlers: Record<string, (a: Record<string, unknown>) => unknown>;

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};
const q = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);

beforeEach(() => {
  calls = [];
  handlers = {
    timeline: () => ({ entries: [entry], next: null }),
    people: () => [{ id: "p1", name: "Sam", relationship: "partner", loveLanguage: "words" }],
    get_entry: () => entry,
    delete_entry: () => entry,
    restore_entry: () => null,
    remove_person: () => {
      throw { kind: "Conflict", message: "entries mention them" };
    },
    create_vault: () => ({ recoveryKey: "ABCD-EFGH" }),
    vault_status: () => ({ state: "unlocked", vaultDir: "/v", warnings: [] }),
  };
  mockIPC((cmd, args) => {
    calls.push([cmd, args]);
    const h = handlers[cmd];
    return h ? h((args ?? {}) as Record<string, unknown>) : null;
  });
  setNavigator(() => {});
  document.body.replaceChildren();
});
afterEach(() => {
  clearMocks();
  clearAllState();
});

describe("views", () => {
  it("timeline renders entry text as text, never as markup", async () => {
    const v = timelineView();
    document.body.appendChild(v.el);
    await settle();
    expect(document.querySelectorAll('[data-testid="timeline-item"]')).toHaveLength(1);
    expect(q("entry-e1")!.textContent).toBe(XSS);
    expect(document.querySelector("img")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    v.destroy?.();
  });

  it("delete shows an Undo toast that restores the same entry", async () => {
    const nav = vi.fn();
    setNavigator(nav);
    document.body.appendChild(entryView("e1").el);
    await settle();
    expect(document.querySelector("img")).toBeNull();
    q<HTMLButtonElement>("entry-delete")!.click();
    await settle();
    expect(calls.some(([c, a]) => c === "delete_entry" && (a as { id: string }).id === "e1")).toBe(true);
    expect(nav).toHaveBeenCalledWith({ name: "timeline" });
    q<HTMLButtonElement>("undo")!.click();
    await settle();
    const restore = calls.find(([c]) => c === "restore_entry");
    expect(restore?.[1]).toEqual({ entry });
  });

  it("explains kindly when someone can't be removed (kind Conflict)", async () => {
    document.body.appendChild(peopleView().el);
    await settle();
    q<HTMLButtonElement>("person-remove-p1")!.click();
    await settle();
    q<HTMLButtonElement>("person-remove-confirm-ok")!.click();
    await settle();
    const dialog = q("person-remove-confirm")!;
    expect(dialog.querySelector('[role="alert"]')!.textContent).toMatch(/Some entries are about Sam/);
    expect(q("person-p1")).not.toBeNull();
  });

  it("first run: the recovery key must be marked as written down before continuing", async () => {
    const done = vi.fn();
    document.body.appendChild(firstRunView(done));
    const type = (id: string, v: string) => {
      const el = q<HTMLInputElement>(id)!;
      el.value = v;
      el.dispatchEvent(new Event("input"));
    };
    type("create-passphrase", "lantern pebble oyster tulip");
    type("create-confirm", "lantern pebble oyster tulip");
    q<HTMLButtonElement>("create-vault")!.click();
    await settle();
    expect(calls.find(([c]) => c === "create_vault")?.[1]).toEqual({ passphrase: "lantern pebble oyster tulip" });
    expect(q("recovery-key")!.textContent).toBe("ABCD-EFGH");
    const cont = q<HTMLButtonElement>("recovery-continue")!;
    expect(cont.disabled).toBe(true);
    const box = q<HTMLInputElement>("recovery-written")!;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    expect(cont.disabled).toBe(false);
    cont.click();
    expect(done).toHaveBeenCalled();
  });

  it("first run refuses a weak passphrase without calling Rust", async () => {
    document.body.appendChild(firstRunView(() => {}));
    const p = q<HTMLInputElement>("create-passphrase")!;
    p.value = "cat";
    p.dispatchEvent(new Event("input"));
    q<HTMLButtonElement>("create-vault")!.click();
    await settle();
    expect(calls.some(([c]) => c === "create_vault")).toBe(false);
    expect(p.getAttribute("aria-invalid")).toBe("true");
  });
});
