import { describe, expect, it } from "vitest";
import { recoveryKeyText } from "./recoveryKeyText";

describe("the recovery key as shown", () => {
  it("keeps each group of four whole, and reads (and copies) as the key", () => {
    const el = recoveryKeyText("5CJQ-QMH4-ZF8Q-5R9F", "k");
    expect(el.textContent).toBe("5CJQ-QMH4-ZF8Q-5R9F");
    expect([...el.querySelectorAll(".key-group")].map((g) => g.textContent)).toEqual(["5CJQ", "QMH4", "ZF8Q", "5R9F"]);
    expect(el.dataset.testid).toBe("k");
  });
});
