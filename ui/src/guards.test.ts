// @vitest-environment node
// Source-level guards: rules a reviewer could miss, checked on every test run.
/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const uiRoot = fileURLToPath(new URL("..", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|html|css)$/.test(name) ? [p] : [];
  });
}

const all = [...files(join(uiRoot, "src")), ...files(join(uiRoot, "dev")), join(uiRoot, "index.html")];
const sources = all.filter((f) => !f.endsWith(".test.ts"));
const rel = (f: string) => relative(uiRoot, f);
const isTesting = (f: string) => f.startsWith(join(uiRoot, "src", "testing"));

describe("source guards", () => {
  // Spelled in pieces so this file doesn't trip its own check.
  const storage = ["local" + "Storage", "session" + "Storage", "indexed" + "DB", "document." + "cookie"];

  it("never touches browser storage (drafts live in the encrypted vault)", () => {
    const offenders = all
      .filter((f) => !f.endsWith("guards.test.ts"))
      .filter((f) => storage.some((s) => readFileSync(f, "utf8").toLowerCase().includes(s.toLowerCase())));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("shows dates, times and counts in the system's locale (dateLocale(), never the webview's default)", () => {
    const defaulted = /\.toLocale\w*String\(\s*(undefined\b|\))|new Intl\.\w+\(\s*(undefined\b|\))/;
    const offenders = files(join(uiRoot, "src"))
      .filter((f) => !f.endsWith(".test.ts"))
      .filter((f) => defaulted.test(readFileSync(f, "utf8")));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("only api.ts imports @tauri-apps (dev/ mocks and the tests' testing/ aside)", () => {
    const offenders = files(join(uiRoot, "src"))
      .filter((f) => !f.endsWith(".test.ts") && !f.endsWith(join("src", "api.ts")) && !isTesting(f))
      .filter((f) => readFileSync(f, "utf8").includes("@tauri-apps/"));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("only tests import testing/ (the shared mock never reaches the app)", () => {
    const offenders = files(join(uiRoot, "src"))
      .filter((f) => !f.endsWith(".test.ts") && !isTesting(f))
      .filter((f) => /from\s+["'](\.\.?\/)+testing\//.test(readFileSync(f, "utf8")));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("views and components reach the journal through state/, never api.ts", () => {
    const offenders = [...files(join(uiRoot, "src", "views")), ...files(join(uiRoot, "src", "components"))]
      .filter((f) => !f.endsWith(".test.ts"))
      .filter((f) => /from\s+["'](\.\.\/)+api["']/.test(readFileSync(f, "utf8")));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("never builds HTML from strings, evaluates code, or sets style attributes", () => {
    const banned = [/\.innerHTML\s*=/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /\beval\(/, /new Function\(/,
      /setAttribute\(\s*["']style["']/, /document\.write/];
    const offenders = sources.filter((f) => banned.some((re) => re.test(readFileSync(f, "utf8"))));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("index.html has no inline scripts, inline styles or remote resources", () => {
    const html = readFileSync(join(uiRoot, "index.html"), "utf8");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("no stylesheet pulls remote fonts or files", () => {
    for (const f of all.filter((x) => x.endsWith(".css"))) {
      expect(readFileSync(f, "utf8"), rel(f)).not.toMatch(/@import|url\(\s*["']?https?:/);
    }
  });

  it("text is set in the desktop's own font, with no list of named fonts (each one is a fontconfig lookup per size \
and weight on WebKitGTK: the unlock screen's first frame took twice as long)", () => {
    for (const f of all.filter((x) => x.endsWith(".css"))) {
      const families = [...readFileSync(f, "utf8").matchAll(/font-family:\s*([^;}]+)/g)].map((m) => m[1].trim());
      const named = families.filter((v) => !/monospace$/.test(v) && v !== "inherit" && v !== "system-ui, sans-serif");
      expect(named, rel(f)).toEqual([]);
    }
  });
});
