import { describe, expect, it } from "vitest";
import { passphrasePair } from "./passphrase";
import { estimateStrength, MIN_BITS } from "./strength";

describe("estimateStrength", () => {
  it.each([
    ["empty", "", false],
    ["a common word", "password123", false],
    ["short", "cat", false],
    ["repeats", "aaaaaaaaaaaaaaaaaaaa", false],
    ["two words", "green river", false],
    ["four unrelated words", "lantern pebble oyster tulip", true],
    ["long mixed", "Kx7#pL2!qz9@Wm4$", true],
  ])("%s", (_name, pass, ok) => {
    const s = estimateStrength(pass);
    expect(s.ok).toBe(ok);
    expect(s.bits >= MIN_BITS).toBe(ok);
  });

  it("says in words what would make a weak one stronger", () => {
    const s = estimateStrength("sunny day");
    expect(s.hints.length).toBeGreaterThan(0);
    expect(s.hints.join(" ")).toMatch(/words/);
  });

  it("gives no hints for a very strong passphrase", () => {
    expect(estimateStrength("violet harbour cinnamon glacier meadow").hints).toEqual([]);
  });

  it("orders levels by strength", () => {
    const a = estimateStrength("moon").level;
    const b = estimateStrength("moon river").level;
    const c = estimateStrength("moon river quietly folding paper cranes").level;
    expect(a).toBeLessThanOrEqual(b);
    expect(b).toBeLessThan(c);
  });
});

describe("passphrasePair", () => {
  const type = (el: HTMLInputElement, v: string) => {
    el.value = v;
    el.dispatchEvent(new Event("input"));
  };
  it("shows a live strength meter and refuses weak or mismatched passphrases", () => {
    const pair = passphrasePair("t");
    document.body.replaceChildren(pair.el);
    const pass = document.querySelector<HTMLInputElement>('[data-testid="t-passphrase"]')!;
    const confirm = document.querySelector<HTMLInputElement>('[data-testid="t-confirm"]')!;
    const meter = document.querySelector<HTMLElement>('[data-testid="t-strength"]')!;
    type(pass, "abc");
    expect(meter.getAttribute("data-level")).toBe("0");
    expect(meter.textContent).toMatch(/Very weak/);
    expect(pair.validate()).toBeNull();
    type(pass, "lantern pebble oyster tulip");
    expect(Number(meter.getAttribute("data-level"))).toBeGreaterThanOrEqual(2);
    type(confirm, "lantern pebble oyster");
    expect(pair.validate()).toBeNull();
    expect(confirm.getAttribute("aria-invalid")).toBe("true");
    type(confirm, "lantern pebble oyster tulip");
    expect(pair.validate()).toBe("lantern pebble oyster tulip");
  });
});

describe("an empty passphrase", () => {
  it("asks for one rather than calling it easy to guess", () => {
    const pair = passphrasePair("e");
    document.body.replaceChildren(pair.el);
    expect(pair.validate()).toBeNull();
    const text = document.body.textContent ?? "";
    expect(text).toMatch(/Choose a passphrase first/);
    expect(text).not.toMatch(/easy to guess/);
  });
});
