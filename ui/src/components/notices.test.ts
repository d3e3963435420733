import { describe, expect, it } from "vitest";
import { noticesBanner } from "./notices";

describe("notices", () => {
  it("shows nothing when the journal noticed nothing", () => {
    expect(noticesBanner([], () => {}, () => {})).toBeNull();
  });

  it("says each notice in Rust's words, as an alert, and offers the fix by kind", () => {
    const opened: string[] = [];
    const el = noticesBanner(
      [
        { kind: "RecoverySlotDamaged", message: "The recovery key's part of the key file is damaged." },
        { kind: "RecentChangesLost", message: "2 recent changes could not be read back." },
      ],
      (section) => opened.push(section),
      () => {},
    );
    expect(el?.getAttribute("role")).toBe("alert");
    expect(el?.textContent).toContain("The recovery key's part of the key file is damaged.");
    expect(el?.textContent).toContain("2 recent changes could not be read back.");
    // Each kind with a fix gets a button; it opens the Settings section that fixes it (for lost recent changes, the
    // backups the message tells the person to restore from).
    const buttons = [...(el?.querySelectorAll("button:not([data-testid^='notice-hide'])") ?? [])] as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).toEqual(["Make a new recovery key", "See your backups"]);
    for (const b of buttons) b.click();
    expect(opened).toEqual(["recovery", "backups"]);
  });

  it("each notice can be hidden for now, and says it comes back", () => {
    const hidden: string[] = [];
    const n = { kind: "RecentChangesLost", message: "3 recent changes could not be read back." } as const;
    const el = noticesBanner([n], () => {}, (x) => hidden.push(x.message));
    const hide = el?.querySelector<HTMLButtonElement>('[data-testid="notice-hide-RecentChangesLost"]');
    expect(hide?.textContent).toBe("Hide for now");
    expect(hide?.title).toMatch(/next time you open Attune/);
    hide?.click();
    expect(hidden).toEqual([n.message]);
  });
});
