import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ImportPlan } from "../../bindings/ImportPlan";
import { mockApi, q, resetMockApi, settle as settleTurns, type Call } from "../../testing/mockApi";
import { backupsSection } from "./backups";
import { importSection } from "./import";

let calls: Call[];
let plan: ImportPlan;

const settle = () => settleTurns(20);
const row = { id: "20261130T081500Z-daily", createdAt: "2026-11-30T08:15:00Z", reason: "daily", sizeBytes: 2_400_000, entries: 12 };

beforeEach(() => {
  plan = { format: "daylio", newEntries: [{ kind: "check_in", count: 2 }], totalNew: 2, alreadyImported: 1, newPeople: 0,
    firstDate: "2024-01-02", lastDate: "2024-01-03", skipped: [{ count: 1, message: "1 photo was not imported." }],
    moods: [{ mood: "rad", pleasantness: 5, rows: 1, standard: true }, { mood: "sleepy", pleasantness: 0, rows: 1, standard: false }] };
  ({ calls } = mockApi({
    list_backups: { folder: "/data/attune/backups", defaultFolder: true, keep: { daily: 7, weekly: 4, monthly: 12 },
      backups: [row, { ...row, id: "x", entries: null }] },
    set_backup_keep: (args: { keep: { daily: number; weekly: number; monthly: number } }) => {
      const k = args.keep;
      if (k.daily + k.weekly + k.monthly === 0) throw { kind: "Validation", message: "keep at least one daily, weekly or monthly backup", field: "keepDaily" };
      return null;
    },
    back_up_now: row,
    import_formats: [{ format: "jrnl", label: "jrnl (JSON export)" }, { format: "daylio", label: "Daylio (CSV backup)" }],
    choose_import_file: () => ({ fileName: "daylio.csv", plan }),
    replan_import: (args: { moods: Record<string, number> }) =>
      ({ fileName: "daylio.csv", plan: { ...plan, moods: plan.moods.map((m) => ({ ...m, pleasantness: args.moods[m.mood] ?? m.pleasantness })) } }),
    run_import: { outcome: "imported", entriesAdded: 2, entriesSkipped: 1, peopleAdded: 0, backup: "b" },
    people: [],
  }));
});
afterEach(() => {
  resetMockApi();
  document.body.replaceChildren();
});

describe("Settings › Backups", () => {
  it("lists backups with date, reason, size and entry count, and the folder", async () => {
    document.body.appendChild(backupsSection(() => {}).build());
    await settle();
    expect(q("backups-folder")!.textContent).toBe("/data/attune/backups");
    const rows = document.querySelectorAll('[data-testid="backup-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toMatch(/daily · 2\.4 MB · 12 entries/);
    expect(rows[1]!.textContent).not.toMatch(/entries|entry/);
    expect(rows[0]!.querySelector("button")!.getAttribute("aria-label")).toMatch(/^Restore the backup from /);
  });

  it("shows the folder and the counts kept, and saves new counts (the journal checks them)", async () => {
    document.body.appendChild(backupsSection(() => {}).build());
    await settle();
    expect(q("backups-folder-note")!.textContent).toContain("the default");
    expect(q("backup-default-folder")!.hidden).toBe(true);
    expect(q<HTMLInputElement>("backup-keep-weekly")!.value).toBe("4");
    for (const k of ["daily", "weekly", "monthly"]) q<HTMLInputElement>(`backup-keep-${k}`)!.value = "0";
    q("backup-keep-save")!.click();
    await settle();
    expect(q("backup-keep-error")!.textContent).toBe("keep at least one daily, weekly or monthly backup");
    q<HTMLInputElement>("backup-keep-daily")!.value = "3";
    q("backup-keep-save")!.click();
    await settle();
    expect(calls.filter(([c]) => c === "set_backup_keep").at(-1)![1]).toEqual({ keep: { daily: 3, weekly: 0, monthly: 0 } });
    expect(q("backup-keep-error")!.textContent).toBe("");
  });

  it("backs up now and lists again", async () => {
    document.body.appendChild(backupsSection(() => {}).build());
    await settle();
    q("backup-now")!.click();
    await settle();
    expect(calls.map(([c]) => c)).toEqual(["list_backups", "back_up_now", "list_backups"]);
    expect(q("toast-backed-up")).not.toBeNull();
  });
});

describe("Settings › Import", () => {
  it("offers the journal's formats, shows the dry run and Daylio's moods, and imports", async () => {
    document.body.appendChild(importSection.build());
    await settle();
    const select = q<HTMLSelectElement>("import-format")!;
    expect([...select.options].map((o) => o.textContent)).toEqual(["jrnl (JSON export)", "Daylio (CSV backup)"]);
    select.value = "daylio";
    q("import-choose")!.click();
    await settle();
    expect(calls.find(([c]) => c === "choose_import_file")![1]).toEqual({ format: "daylio" });
    const shown = q("import-plan")!.textContent!;
    expect(shown).toContain("Would bring in 2 check-ins.");
    expect(shown).toContain("1 entry is already here");
    expect(shown).toContain("1 photo was not imported.");
    expect(q("mood-sleepy")!.closest("label")!.textContent).toContain("not one of Daylio's usual moods");

    const sleepy = q<HTMLInputElement>("mood-sleepy")!;
    sleepy.value = "-2";
    sleepy.dispatchEvent(new Event("change"));
    await settle();
    expect(calls.find(([c]) => c === "replan_import")![1]).toEqual({ moods: { rad: 5, sleepy: -2 } });
    expect(q<HTMLInputElement>("mood-sleepy")!.value).toBe("-2");

    q("import-go")!.click();
    await settle();
    expect(q("import-result")!.textContent).toBe("Brought in 2 entries; 1 was already here.");
    expect(q("import-go")!.textContent).toBe("Done");
    expect(q("import-cancel")!.hidden).toBe(true);
  });

  it("offers no Import when nothing is new", async () => {
    plan = { ...plan, newEntries: [], totalNew: 0, moods: [] };
    document.body.appendChild(importSection.build());
    await settle();
    q("import-choose")!.click();
    await settle();
    expect(q("import-plan")!.textContent).toContain("Nothing new would come in.");
    expect(q<HTMLButtonElement>("import-go")!.disabled).toBe(true);
  });
});
