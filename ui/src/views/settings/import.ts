// Settings › Import: choose what to bring in, see the dry run (and Daylio's moods), then import with progress and
// Cancel. The file is chosen and read by Rust; this view only shows what the journal answers.
import { openDialog } from "../../components/dialog";
import { selectField } from "../../components/field";
import { toast } from "../../components/toast";
import { h, replace } from "../../dom";
import { friendlyError } from "../../errors";
import type { ImportFormat } from "../../bindings/ImportFormat";
import type { ImportPreview } from "../../bindings/ImportPreview";
import { KIND_NOUNS } from "../../text";
import { cancelImport, chooseImportFile, importFormats, replanImport, runImport } from "../../state/backups";
import { loadPeople } from "../../state/people";
import { sectionFrame, type SettingsSection } from "./section";
import "../../styles/backups.css";
import { dateLocale } from "../../locale";

const count = (n: number) => n.toLocaleString(dateLocale());
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

function planLines(p: ImportPreview): HTMLElement {
  const plan = p.plan;
  const kinds = plan.newEntries.map((k) => plural(k.count, ...KIND_NOUNS[k.kind]));
  const range = plan.firstDate && plan.lastDate ? `Written from ${plan.firstDate} to ${plan.lastDate}.` : "";
  return h("div", { testid: "import-plan" },
    h("p", {}, plan.totalNew === 0
      ? "Nothing new would come in."
      : kinds.length === 1
        ? `Would bring in ${kinds[0]}. ${range}`
        : `Would bring in ${plural(Number(plan.totalNew), "entry", "entries")}: ${kinds.join(", ")}. ${range}`),
    plan.alreadyImported > 0
      ? h("p", { class: "muted" }, `${plural(plan.alreadyImported, "entry is", "entries are")} already here from an earlier import, and will be left as they are.`)
      : null,
    ...plan.skipped.map((s) => h("p", { class: "muted" }, s.message)));
}

export const importSection: SettingsSection = {
  id: "import",
  title: "Import",
  build() {
    const field = selectField("Where it comes from", [], { testid: "import-format" });
    const select = field.control;
    void importFormats().then(
      (all) => replace(select, ...all.map((f) => h("option", { value: f.format }, f.label))),
      (e) => toast(friendlyError(e)),
    );
    const choose = async () => {
      try {
        const preview = await chooseImportFile(select.value as ImportFormat);
        if (preview) review(preview);
      } catch (e) {
        toast(friendlyError(e), { testid: "toast-import-error" });
      }
    };
    return sectionFrame("import", "Import",
      h("p", {}, "Bring in a journal you kept elsewhere. You'll see what will come in before anything changes, a backup is made first, and importing the same file twice adds nothing."),
      h("div", { class: "import-choose" }, field.wrap,
        h("button", { type: "button", class: "button", testid: "import-choose", onclick: () => void choose() }, "Choose a file…")));
  },
};

function review(first: ImportPreview): void {
  let preview = first;
  const body = h("div", {});
  const moods = h("div", { testid: "import-moods" });
  const bar = h("progress", { max: 1, value: 0, class: "import-progress", testid: "import-progress",
    "aria-label": "Import progress", hidden: true });
  const go = h("button", { type: "button", class: "button primary", testid: "import-go" }, "Import");
  const cancel = h("button", { type: "button", class: "button quiet", testid: "import-cancel" }, "Cancel");
  let running = false;
  const show = () => {
    replace(body, h("p", {}, `From ${preview.fileName}:`), planLines(preview));
    replace(moods);
    if (preview.plan.moods.length > 0) {
      moods.append(h("p", {}, "Moods become pleasantness (−5 to 5) like this; change any before importing:"),
        ...preview.plan.moods.map((m) => {
          const input = h("input", { type: "number", min: "-5", max: "5", value: String(m.pleasantness),
            "aria-label": `Pleasantness for ${m.mood}`, testid: `mood-${m.mood}` });
          input.addEventListener("change", () => void remap());
          return h("label", { class: "mood-map" }, `${m.mood} `, input, m.standard ? "" : " (not one of Daylio's usual moods)");
        }));
    }
    go.disabled = preview.plan.totalNew === 0;
  };
  const remap = async () => {
    const map: Record<string, number> = {};
    moods.querySelectorAll<HTMLInputElement>("input").forEach((i, n) => (map[preview.plan.moods[n].mood] = Number(i.value)));
    try {
      preview = await replanImport(map);
      show();
    } catch (e) {
      toast(friendlyError(e));
    }
  };
  const dlg = openDialog("Import", [body, moods, bar, h("div", { class: "actions" }, cancel, go)], () => {
    if (running) void cancelImport();
  }, "import-dialog");
  cancel.onclick = () => (running ? void cancelImport() : dlg.close());
  const result = h("p", { testid: "import-result", role: "status" });
  go.onclick = async () => {
    if (go.dataset.done) return dlg.close();
    running = true;
    go.disabled = true;
    bar.hidden = false;
    moods.querySelectorAll("input").forEach((i) => (i.disabled = true));
    try {
      const outcome = await runImport((p) => {
        bar.max = Math.max(1, p.total);
        bar.value = p.done;
      });
      running = false;
      if (outcome.outcome === "cancelled") {
        dlg.close();
        toast("Import cancelled; nothing was changed.", { testid: "toast-import-cancelled" });
        return;
      }
      // Stay open on the finished bar and what came in; "Done" closes.
      bar.value = bar.max;
      result.textContent = `Brought in ${plural(outcome.entriesAdded, "entry", "entries")}` +
        (outcome.entriesSkipped > 0 ? `; ${plural(outcome.entriesSkipped, "was", "were")} already here.` : ".");
      body.append(result);
      cancel.hidden = true;
      go.textContent = "Done";
      go.dataset.done = "1";
      go.disabled = false;
      go.focus();
      // The timeline reads afresh each time it is shown; the people list is cached, and an import may add people.
      void loadPeople(true).catch(() => {});
    } catch (e) {
      running = false;
      go.disabled = false;
      toast(friendlyError(e), { testid: "toast-import-error" });
    }
  };
  show();
}
