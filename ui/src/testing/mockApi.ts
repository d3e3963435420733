// Test-only: the one mock of the journal's commands that the view and flow tests share, with the helpers they all
// need (wait for the page to settle, find by test id, a stored entry). The app never imports this module
// (guards.test.ts checks), so it may import Tauri's mocks and vitest.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { vi } from "vitest";
import type { Entry } from "../bindings/Entry";
import { setNavigator, type Route } from "../router";
import { clearAllState } from "../state/store";

/** One command as the UI called it: its name and its arguments. */
export type Call = [string, Record<string, unknown>];

/** What a command answers: a value, or a function of its arguments (read when called; it may throw an error). */
export type Answer = unknown;

/** What a test reads back: every call made, in order, and every route navigated to. */
export interface MockApi {
  calls: Call[];
  routes: Route[];
}

/** How {@link mockApi} mocks: `events` mocks Tauri's events too (`emit` reaches `listen`), for tests of the whole app. */
export interface MockOptions {
  events?: boolean;
}

/**
 * Answers each command named in `answers` (a function is called with the arguments, so it can read a test's current
 * data or throw `{ kind, message, field }` as the app does); every other command answers null. Records every call and
 * every navigation, and empties the page. Pair with {@link resetMockApi} in `afterEach`.
 */
export function mockApi(answers: Record<string, Answer>, options: MockOptions = {}): MockApi {
  const api: MockApi = { calls: [], routes: [] };
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    api.calls.push([cmd, a]);
    const answer = answers[cmd];
    return typeof answer === "function" ? (answer as (a: Record<string, unknown>) => unknown)(a) : (answer ?? null);
  }, { shouldMockEvents: options.events ?? false });
  setNavigator((r) => api.routes.push(r));
  document.body.replaceChildren();
  return api;
}

/**
 * For tests of the whole app (`start()`, `wire()`): {@link mockApi} with what the app asks for before it shows a
 * screen (an unlocked, empty journal with the default settings; `answers` adds to or overrides any of it, e.g. a
 * function for `vault_status` to lock it), Tauri's events mocked, and the page holding only the app's root. The
 * shell navigates for real, so `routes` stays empty once it shows.
 */
export function mockApp(answers: Record<string, Answer> = {}): MockApi {
  const api = mockApi({
    vault_status: { state: "unlocked", vaultDir: "/v", warnings: [] },
    get_settings: { autoLockMinutes: 10, theme: "system", startAtLogin: false },
    vocabulary: vocabulary([]),
    prompt_of_the_day: { id: "x", theme: "t", text: "A question", practises: "" },
    timeline: { entries: [], next: null },
    months: [],
    people: [],
    on_this_day: [],
    promises_due: [],
    list_drafts: [],
    ...answers,
  }, { events: true });
  document.body.append(Object.assign(document.createElement("div"), { id: "app" }));
  return api;
}

/** Undoes {@link mockApi}: the IPC mock and every state module's cache. */
export function resetMockApi(): void {
  clearMocks();
  clearAllState();
}

/** Lets pending answers and the renders they cause finish (`turns` turns of the event loop). */
export async function settle(turns = 10): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((r) => setTimeout(r, 0));
}

/** As {@link settle}, under vitest's fake timers. */
export async function settleFake(turns = 10): Promise<void> {
  for (let i = 0; i < turns; i++) await vi.advanceTimersByTimeAsync(0);
}

/** The element with this `data-testid`, if any. */
export const q = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);

/** Every element with this `data-testid`. */
export const qa = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

/** A stored entry of `body`, written on `localDate` at 10:00 UTC, about no one, untagged; `more` overrides any part. */
export function storedEntry(id: string, body: Entry["body"], localDate = "2026-03-01", more: Partial<Entry> = {}): Entry {
  return {
    id, createdAt: `${localDate}T10:00:00Z`, updatedAt: `${localDate}T10:00:00Z`, localDate, utcOffsetMinutes: 0,
    people: [], tags: [], body, ...more,
  };
}

/** The vocabulary answer with only these feeling families (the rest empty). */
export function vocabulary(feelings: Array<{ id: string; label: string; quadrant: string | null; words: string[] }>) {
  return { feelings, underneath: [], themes: [], practices: [], prompts: [], repairGroups: [], reachingExplainer: "" };
}
