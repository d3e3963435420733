// A recovery key as shown once: each group of four kept whole, so a narrow window breaks the line between groups and
// never inside one (a key copied by hand from a broken group is easy to get wrong).
import { h } from "../dom";
import "../styles/everyday.css";

export function recoveryKeyText(key: string, testid: string): HTMLElement {
  const parts: Array<HTMLElement | string> = [];
  key.split("-").forEach((group, i) => {
    if (i > 0) parts.push("-");
    parts.push(h("span", { class: "key-group" }, group));
  });
  return h("p", { class: "recovery-key", testid }, ...parts);
}
