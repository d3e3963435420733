import { describe, expect, it } from "vitest";
import type { FeelingFamily } from "../bindings/FeelingFamily";
import { unpleasantFirst } from "./vocab";

describe("unpleasantFirst", () => {
  it("puts the unpleasant families first, keeping each group's order", () => {
    const fam = (id: string, quadrant: FeelingFamily["quadrant"]): FeelingFamily =>
      ({ id, label: id, quadrant, words: [] }) as unknown as FeelingFamily;
    const order = unpleasantFirst([fam("a", "pleasant_high"), fam("b", "unpleasant_low"), fam("c", "pleasant_low"),
      fam("d", "unpleasant_high")]).map((f) => f.id);
    expect(order).toEqual(["b", "d", "a", "c"]);
  });
});
