// The frame every settings section shares. Sections are independent modules listed in index.ts.
import { h, type Child } from "../../dom";

export interface SettingsSection {
  id: string;
  title: string;
  build(): HTMLElement;
  destroy?: () => void;
}

export function sectionFrame(id: string, title: string, ...children: Child[]): HTMLElement {
  return h("section", { class: "card settings-section", id: `settings-${id}`, "aria-labelledby": `settings-${id}-h`,
    testid: `settings-${id}` },
    h("h2", { id: `settings-${id}-h` }, title), ...children);
}
