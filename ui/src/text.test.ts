// @vitest-environment node
// One vocabulary (issue 12): the words for the journal's stable names come from the journal, through the generated
// bindings/labels.ts, and are never copied into the UI. A copy once drifted ("Opening up" here, "Vulnerability
// prompt" in the CLI; "We've reconnected" against "we've repaired").
/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as generated from "./bindings/labels";
import * as text from "./text";

const src = fileURLToPath(new URL(".", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === "bindings" ? [] : files(p);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [p] : [];
  });
}

const LISTS = ["KINDS", "STATUSES", "OUTCOMES", "RELATIONSHIPS", "LOVE_LANGUAGES", "HORSEMEN"];

/** Every word the journal gives the UI: labels, headings, nouns, hints, the horsemen's texts, look back headings. */
function journalWords(): string[] {
  const words: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === "string") words.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object") Object.values(v).forEach(collect);
  };
  for (const [name, value] of Object.entries(generated)) {
    // The lists hold stable names (`check_in`), not words; the look back's pairs start with a field name.
    if (LISTS.includes(name)) continue;
    if (name === "LOOK_BACK_HEADINGS") (value as Array<[string, string]>).forEach(([, h]) => words.push(h));
    else collect(value);
  }
  return [...new Set(words)];
}

/** Source without its comments, so a comment may name a label. */
const code = (f: string) => readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

/** Places where a journal word is also, by coincidence, a different thing's own word. */
const ALLOWED: Array<[file: string, word: string, why: string]> = [
  ["views/flows/others.ts", "A little", "the lowest of the closeness words, not how a next step went"],
  ["views/settings/preferences.ts", "Light", "the light theme, not a prompt's depth"],
  ["views/promisesDue.ts", "Promises coming up", "Today's card of promises due, named like the look back's step"],
  ["views/insights/index.ts", "About", "a heading of the Insights page, not a listening turn's topic"],
];

describe("one vocabulary", () => {
  it("text.ts passes on the journal's words unchanged", () => {
    for (const [name, value] of Object.entries(generated)) {
      expect((text as Record<string, unknown>)[name], name).toBe(value);
    }
  });

  it("the journal's words for the renamed things are the warm ones", () => {
    expect(text.KIND_LABEL.vulnerability).toBe("Opening up");
    expect(text.STATUS_LABEL.repaired).toBe("We've reconnected");
    expect(text.KIND_NOUNS.check_in).toEqual(["check-in", "check-ins"]);
  });

  it("no UI source writes a journal word as a string of its own", () => {
    // A single lower-case word ("note", "promises") is as likely a stable name or a field as a copy.
    const words = journalWords().filter((w) => w.includes(" ") || /^[A-Z]/.test(w));
    expect(words).toContain("Opening up");
    const copies: string[] = [];
    const allowedSeen = new Set<string>();
    for (const f of files(src)) {
      const rel = relative(src, f);
      const body = code(f);
      for (const w of words) {
        const quoted = [`"${w}"`, `'${w}'`, `\`${w}\``];
        if (!quoted.some((q) => body.includes(q))) continue;
        if (ALLOWED.some(([file, word]) => file === rel && word === w)) {
          allowedSeen.add(`${rel}: ${w}`);
          continue;
        }
        copies.push(`${rel}: ${JSON.stringify(w)}`);
      }
    }
    expect(copies).toEqual([]);
    expect([...allowedSeen].sort(), "an exception no longer needed").toEqual(ALLOWED.map(([f, w]) => `${f}: ${w}`).sort());
  });
});
