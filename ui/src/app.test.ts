/// <reference types="node" />
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lockNow, start } from "./app";
import { navigate } from "./router";
import { timeline } from "./state/entries";
import { people } from "./state/people";
import { mockApi, mockApp, resetMockApi, settle, storedEntry, type Call } from "./testing/mockApi";

const SECRET = "the secret text of an entry";
const entry = storedEntry("e1", { kind: "note", title: "", text: SECRET }, "2026-01-02", { people: ["p1"] });
let state: "none" | "locked" | "unlocked";
let calls: Call[];
/** The commands called, in order. */
const order = () => calls.map(([cmd]) => cmd);

beforeEach(() => {
  state = "unlocked";
  ({ calls } = mockApp({
    vault_status: () => ({ state, vaultDir: "/v", warnings: [] }),
    timeline: { entries: [entry], next: null },
    months: [{ month: entry.localDate.slice(0, 7), count: 1 }],
    people: [{ id: "p1", name: "Sam", relationship: "partner", loveLanguage: null }],
    lock: () => {
      state = "locked";
      return null;
    },
    unlock: (a: { secret: { value: string } }) => {
      if (a.secret.value !== "right") throw { kind: "WrongPassphrase", message: "nope" };
      state = "unlocked";
      return null;
    },
  }));
});
afterEach(resetMockApi);

describe("app lifecycle", () => {
  it("draws the first screen from what the window was handed, then asks the journal once", async () => {
    state = "locked";
    const w = window as { __ATTUNE_BOOT__?: unknown };
    w.__ATTUNE_BOOT__ = { status: { state: "locked", vaultDir: "/v", warnings: [] }, dateLocale: "en-GB" };
    const started = start();
    // Before any IPC answer: the unlock screen is already there.
    expect(document.querySelector('[data-testid="unlock-passphrase"]')).not.toBeNull();
    expect(order()).not.toContain("date_locale");
    await started;
    expect(order().filter((c) => c === "vault_status")).toHaveLength(1);
    expect(w.__ATTUNE_BOOT__).toBeUndefined(); // taken once
  });

  it("shows the right screen when what the window was handed is out of date", async () => {
    state = "unlocked"; // e.g. the page was reloaded after unlocking
    (window as { __ATTUNE_BOOT__?: unknown }).__ATTUNE_BOOT__ = {
      status: { state: "locked", vaultDir: "/v", warnings: [] }, dateLocale: "en-GB" };
    await start();
    await settle();
    expect(document.querySelector('[data-testid="unlock-passphrase"]')).toBeNull();
    expect(document.querySelector("[data-app-unlocked]")).not.toBeNull();
  });

  it("locking removes every decrypted thing from the page and from state", async () => {
    await start();
    await settle();
    navigate({ name: "timeline" });
    await settle();
    expect(document.body.textContent).toContain(SECRET);
    expect(timeline.get().entries).toHaveLength(1);
    expect(people.get()).not.toBeNull();

    await lockNow();
    await settle();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(document.body.textContent).not.toContain("Sam");
    expect(document.querySelector('[data-testid="unlock-screen"]')).not.toBeNull();
    expect(document.querySelector("[data-app-unlocked]")).toBeNull();
    expect(timeline.get().entries).toEqual([]);
    expect(people.get()).toBeNull();
  });

  it("writes a draft being typed to the vault before locking", async () => {
    await start();
    await settle();
    navigate({ name: "new", kind: "note" });
    await settle();
    const text = document.querySelector<HTMLTextAreaElement>('[data-testid="note-text"]')!;
    text.value = "half a thought";
    text.dispatchEvent(new Event("input"));
    await lockNow(); // well inside the 500 ms debounce
    await settle();
    expect(order().indexOf("save_draft")).toBeGreaterThan(-1);
    expect(order().indexOf("save_draft")).toBeLessThan(order().indexOf("lock"));
    expect(document.body.textContent).not.toContain("half a thought");
  });

  it("shows a kind message on a wrong passphrase and opens on the right one", async () => {
    state = "locked";
    await start();
    const input = document.querySelector<HTMLInputElement>('[data-testid="unlock-passphrase"]')!;
    const submit = document.querySelector<HTMLButtonElement>('[data-testid="unlock-submit"]')!;
    input.value = "wrong";
    submit.click();
    await settle();
    const error = document.querySelector('[data-testid="unlock-error"]')!;
    expect(error.getAttribute("role")).toBe("alert");
    expect(error.textContent).toMatch(/didn't open/);
    input.value = "right";
    submit.click();
    await settle();
    expect(document.querySelector('[data-testid="lock"]')).not.toBeNull();
  });

  it("starts at first run when there is no vault", async () => {
    state = "none";
    await start();
    expect(document.querySelector('[data-testid="first-run"]')).not.toBeNull();
    expect(document.body.textContent).toMatch(/journal, not therapy/);
  });

  it("paints the unlock screen's frame from index.html before the journal's status answers (issue 12: first paint)", async () => {
    // vault_status will be slow to answer.
    let answer: (status: unknown) => void = () => {};
    mockApi({ vault_status: () => new Promise((resolve) => { answer = resolve; }) });
    // The page as index.html ships it, before any script has run.
    const html = readFileSync(join(import.meta.dirname, "..", "index.html"), "utf8");
    const shipped = new DOMParser().parseFromString(html, "text/html").getElementById("app")!;
    document.body.replaceChildren(document.importNode(shipped, true));
    const frame = document.querySelector("#app > [data-boot]");
    expect(frame?.matches(".welcome[aria-busy=true]")).toBe(true);
    expect(frame?.querySelector(":scope > main.card.narrow > p.brand.center")?.textContent).toBe("Attune");

    // The frame stays painted while vault_status is slow to answer.
    const started = start();
    await settle();
    expect(document.querySelector("#app > [data-boot]")).toBe(frame);

    // Then the unlock screen takes its place, in the same page and card, so nothing moves.
    answer({ state: "locked", vaultDir: "/v", warnings: [] });
    await started;
    const screen = document.querySelector('#app > [data-testid="unlock-screen"]');
    expect(document.querySelector("[data-boot]")).toBeNull();
    expect(screen?.className).toBe(frame!.className);
    expect(screen?.querySelector(":scope > main")?.className).toBe(frame!.querySelector("main")!.className);
  });
});
