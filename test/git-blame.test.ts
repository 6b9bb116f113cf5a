import { describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { declaringLines, lineChanges, lineRanges, MAX_BLAMED_BYTES } from "../src/git/blame.js";
import { parsePorcelain } from "../src/git/blame-porcelain.js";
import { commaOnly, parseHunks } from "../src/git/comma-hunks.js";
import { detect } from "../src/index.js";
import type { StackDocument } from "../src/types.js";
import { importedHistory } from "./git-import.js";
import { writeFile } from "./helpers.js";

const day = (n: number) => `2021-01-${String(n).padStart(2, "0")} 10:00:00.000000000 Z`;

/** name -> "author day" for every entry with a date. */
function dated(doc: StackDocument): Record<string, string> {
  return Object.fromEntries(doc.tools.filter((t) => t.last_updated_on).map((t) => [t.name, `${t.last_updated_by} ${t.last_updated_on}`]));
}

/** A package.json written one dependency a line, as npm writes it. */
function packageJson(deps: Record<string, string>): string {
  const lines = Object.entries(deps).map(([name, range]) => `    "${name}": "${range}"`);
  return `{\n  "name": "shop",\n  "dependencies": {\n${lines.join(",\n")}\n  }\n}\n`;
}

describe("the line that declares a tool dates it", () => {
  it("credits each dependency's own line, and line 1 for what the file's presence shows", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, files: { "package.json": packageJson({ express: "^4.17.0", react: "^17.0.0" }) } },
      { by: "Bea", day: 3, files: { "package.json": packageJson({ express: "^4.18.2", react: "^17.0.0" }) } },
      { by: "Cal", day: 5, files: { "README.md": "# shop\n" } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["ExpressJS"]).toBe(`Bea ${day(3)}`);
    expect(tools["React"]).toBe(`Ada ${day(1)}`);
    // npm is shown by the file itself: its first line, written when the file was.
    expect(tools["npm"]).toBe(`Ada ${day(1)}`);
  });

  it("credits the branch commit a clean merge brought in, and follows a moved file", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, files: { "web/package.json": packageJson({ react: "^17.0.0", axios: "^1.6.0", lodash: "^4.17.21", vue: "^3.2.0" }) } },
      { by: "Dee", day: 4, branch: "feature", from: 1, files: { "web/package.json": packageJson({ react: "^17.0.0", axios: "^1.6.0", lodash: "^4.17.21", vue: "^3.3.4" }) } },
      { by: "Eve", day: 5, files: { "web/package.json": packageJson({ react: "^18.2.0", axios: "^1.6.0", lodash: "^4.17.21", vue: "^3.2.0" }) } },
      // What `git merge feature` makes of the two: each side's line kept, no conflict.
      { by: "Eve", day: 5, merge: "feature", files: { "web/package.json": packageJson({ react: "^18.2.0", axios: "^1.6.0", lodash: "^4.17.21", vue: "^3.3.4" }) } },
      { by: "Max", day: 8, moved: { "web/package.json": "package.json" } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["Vue.js"]).toBe(`Dee ${day(4)}`);
    expect(tools["React"]).toBe(`Eve ${day(5)}`);
  });

  it("a revision scan dates the revision's lines; a working copy's line moved by an uncommitted insertion keeps its own date", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, files: { "package.json": packageJson({ express: "^4.17.0", react: "^17.0.0" }) } },
      { by: "Bea", day: 3, files: { "package.json": packageJson({ express: "^4.18.2", react: "^17.0.0" }) } },
      { by: "Cal", day: 5, files: { "package.json": packageJson({ express: "^4.18.2", react: "^18.2.0" }) } },
    ]);

    const old = dated(await detect(dir, { rev: "HEAD~1", timestamp: "2024-01-01T00:00:00Z" }));
    expect(old["React"]).toBe(`Ada ${day(1)}`);
    expect(old["ExpressJS"]).toBe(`Bea ${day(3)}`);

    // A line inserted above moves every dependency down: each unchanged line is found at HEAD's
    // number by the text the two copies share at their end, and keeps its own commit.
    writeFile(dir, "package.json", packageJson({ axios: "^1.6.0", express: "^4.18.2", react: "^18.2.0" }));
    const working = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(working["React"]).toBe(`Cal ${day(5)}`);
    expect(working["ExpressJS"]).toBe(`Bea ${day(3)}`);
  });

  it("names the author as .mailmap gives it, and works in a folder below the top", async () => {
    const dir = importedHistory([
      { by: "ada l", day: 1, files: { "api/requirements.txt": "django==4.2.7\ncelery==5.3.4\n" } },
      { by: "Bea", day: 2, files: { "api/requirements.txt": "django==5.0.1\ncelery==5.3.4\n", ".mailmap": "Ada Lovelace <dev@example.com> ada l <dev@example.com>\n" } },
    ]);

    const tools = dated(await detect(`${dir}/api`, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["Celery"]).toBe(`Ada Lovelace ${day(1)}`);
    expect(tools["django"]).toBe(`Bea ${day(2)}`); // the package entry: requirements.txt names no Django tool
  });
});

describe("lineChanges", () => {
  function threeFiles() {
    return importedHistory([
      { by: "Ada", day: 1, files: { Gemfile: 'source "https://rubygems.org"\ngem "rails"\ngem "puma"\ngem "pg"\n', "requirements.txt": "django\ncelery\n", ".eslintrc": "" } },
      { by: "Bea", day: 2, files: { Gemfile: 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\ngem "puma"\ngem "pg"\n' } },
    ]);
  }
  const asked = new Map([
    ["Gemfile", new Set([1, 2, 3, 4])],
    ["requirements.txt", new Set([1, 2])],
  ]);

  it("blames as many files as the budget allows for the history's length, most asked lines first", async () => {
    const dir = threeFiles();
    const all = await lineChanges(dir, { lines: asked });
    expect([...all.keys()].sort()).toEqual(["Gemfile", "requirements.txt"]);
    expect(all.get("Gemfile")?.get(2)).toEqual({ by: "Bea", on: day(2) });
    expect(all.get("Gemfile")?.get(3)).toEqual({ by: "Ada", on: day(1) });
    // Two commits: a budget of 2 walks one file, 3 still one, 4 both.
    expect([...(await lineChanges(dir, { lines: asked, budget: 2 })).keys()]).toEqual(["Gemfile"]);
    expect([...(await lineChanges(dir, { lines: asked, budget: 3 })).keys()]).toEqual(["Gemfile"]);
    expect((await lineChanges(dir, { lines: asked, budget: 4 })).size).toBe(2);
    expect((await lineChanges(dir, { lines: asked, budget: 1 })).size).toBe(0);
    // A history longer than the bound is not blamed at all.
    expect((await lineChanges(dir, { lines: asked, maxHistory: 2 })).size).toBe(2);
    expect((await lineChanges(dir, { lines: asked, maxHistory: 1 })).size).toBe(0);
  });

  it("leaves out a file over the size bound, an empty file's line 1, an untracked file and a revision without the file", async () => {
    const dir = threeFiles();
    const big = await lineChanges(dir, { lines: asked, rev: "HEAD", sizes: new Map([["Gemfile", 300 * 1024]]) });
    expect([...big.keys()]).toEqual(["requirements.txt"]);
    writeFile(dir, "Pipfile", "[packages]\nflask = \"*\"\n");
    const odd = await lineChanges(dir, { lines: new Map([[".eslintrc", new Set([1])], ["Pipfile", new Set([2])], ["requirements.txt", new Set([9])]]) });
    expect(odd.size).toBe(0);
    expect((await lineChanges(dir, { lines: asked, rev: "no-such-rev" })).size).toBe(0);
  });

  it("with a tight budget the file with the most asked lines goes first, and the name decides a tie", async () => {
    const dir = threeFiles();
    // Two commits and a budget of 2: one file is blamed.
    const one = (lines: Array<[string, number[]]>) => lineChanges(dir, { lines: new Map(lines.map(([f, l]) => [f, new Set(l)])), budget: 2 });
    expect([...(await one([["Gemfile", [2]], ["requirements.txt", [1, 2]]])).keys()]).toEqual(["requirements.txt"]);
    expect([...(await one([["requirements.txt", [1, 2]], ["Gemfile", [2, 3]]])).keys()]).toEqual(["Gemfile"]);
    expect([...(await one([["Gemfile", [2, 3]], ["requirements.txt", [1, 2]]])).keys()]).toEqual(["Gemfile"]);
  });

  it("blames a file of exactly the size bound; a one-commit history, a line 0 or a file gone from the working copy are left to the file's last change", async () => {
    const dir = threeFiles();
    const atBound = await lineChanges(dir, { lines: asked, rev: "HEAD", sizes: new Map([["Gemfile", MAX_BLAMED_BYTES]]) });
    expect(atBound.get("Gemfile")?.get(2)).toEqual({ by: "Bea", on: day(2) });
    // Line 0 is no line: git would blame the whole file if asked without a range.
    expect((await lineChanges(dir, { lines: new Map([["Gemfile", new Set([0])]]) })).size).toBe(0);
    rmSync(join(dir, "Gemfile"));
    const working = await lineChanges(dir, { lines: asked });
    expect([...working.keys()]).toEqual(["requirements.txt"]);
    const single = importedHistory([{ by: "Ada", day: 1, files: { "requirements.txt": "django\ncelery\n" } }]);
    expect((await lineChanges(single, { lines: asked })).size).toBe(0);
  });

  it("a working copy's line holding a lone CR or a Unicode line separator still matches the committed line", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, files: { "requirements.txt": "django==4.2.7\ncelery==5.3.4\n" } },
      { by: "Bea", day: 2, files: { "requirements.txt": "django==4.2.7\ncelery==5.3.6 \u2028# worker\r# queue\r\n" } },
    ]);
    const working = await lineChanges(dir, { lines: new Map([["requirements.txt", new Set([1, 2])]]) });
    expect(working.get("requirements.txt")?.get(1)).toEqual({ by: "Ada", on: day(1) });
    expect(working.get("requirements.txt")?.get(2)).toEqual({ by: "Bea", on: day(2) });
  });

  it("reads a revision's blob, not the working copy, when a revision is given", async () => {
    const dir = threeFiles();
    writeFile(dir, "Gemfile", "# rewritten\n");
    const atHead = await lineChanges(dir, { lines: asked, rev: "HEAD" });
    expect(atHead.get("Gemfile")?.get(2)).toEqual({ by: "Bea", on: day(2) });
    const working = await lineChanges(dir, { lines: asked });
    expect(working.has("Gemfile")).toBe(false);
    expect(working.get("requirements.txt")?.get(2)).toEqual({ by: "Ada", on: day(1) });
  });
});

describe("blame helpers", () => {
  it("joins neighbouring lines into ranges and drops what is not a line", () => {
    expect(lineRanges([11, 3, 1, 2, 7, 9, 8, 2, 0, -4, 1.5])).toEqual(["1,3", "7,9", "11,11"]);
    expect(lineRanges([])).toEqual([]);
  });

  it("asks line 1 for a finding without a line, per file, never for the repository's metadata", () => {
    const lines = declaringLines([
      { ref: "npm:react", file: "package.json", line: 7 },
      { ref: "tool:npm", file: "package.json" },
      { ref: "file:.eslintrc", file: ".eslintrc" },
      { ref: "tool:git", file: "Repo Metadata" },
    ]);
    expect(Object.fromEntries([...lines].map(([f, s]) => [f, [...s].sort()]))).toEqual({ "package.json": [1, 7], ".eslintrc": [1] });
  });

  it("reads porcelain output: commit fields once, repeated headers, uncommitted lines left out", () => {
    const a = "a".repeat(40);
    const b = "b".repeat(40);
    const zero = "0".repeat(40);
    const out = [
      `${a} 1 1 1`, "author Ada Lovelace", "author-mail <ada@example.com>", "author-time 1609495200", "author-tz +0000", "summary start", "filename Gemfile", "\tsource \"https://rubygems.org\"",
      `${b} 2 2 1`, "author Bea", "author-time 1609581600", "summary pin", `previous ${a} old dir/Gemfile`, "filename Gemfile", "\tgem \"rails\", \"~> 7.1\"\r",
      `${a} 3 3`, "\tgem \"puma\"",
      `${zero} 4 4 1`, "author Not Committed Yet", "author-time 1700000000", "filename Gemfile", "\tgem \"pg\"",
      "",
    ].join("\n");
    const lines = parsePorcelain(out);
    expect([...lines.keys()]).toEqual([1, 2, 3]);
    expect(lines.get(1)).toEqual({ by: "Ada Lovelace", on: "2021-01-01 10:00:00.000000000 Z", text: 'source "https://rubygems.org"', commit: a, orig: 1, path: "Gemfile" });
    // The commit before the change, with the file's path there (a path with a space kept whole).
    expect(lines.get(2)).toEqual({ by: "Bea", on: "2021-01-02 10:00:00.000000000 Z", text: 'gem "rails", "~> 7.1"', commit: b, orig: 2, path: "Gemfile", previous: { commit: a, path: "old dir/Gemfile" } });
    expect(lines.get(3)?.by).toBe("Ada Lovelace");
    expect(lines.get(3)?.text).toBe('gem "puma"');
  });

  it("reads SHA-256 ids and numbers past 9; ignores rows before the first header and a summary quoting a commit id", () => {
    const a = "a".repeat(64);
    const b = "b".repeat(40);
    const out = [
      "\tstray text", "author Nobody", "author-time 1",
      `${a} 12 14 1`, "author Ada", "author-time 1609495200", `summary revert ${b} 3 2`, "filename Gemfile", "\tgem \"pg\"\u2028# db\r# main\r",
      `${b} 3 0 1`, "author Bea", "author-time 1609581600", "filename Gemfile", "\tgem \"rails\"",
      "",
    ].join("\n");
    const lines = parsePorcelain(out);
    expect([...lines.keys()]).toEqual([14]);
    expect(lines.get(14)).toEqual({ by: "Ada", on: "2021-01-01 10:00:00.000000000 Z", text: 'gem "pg" # db # main', commit: a, orig: 12, path: "Gemfile" });
  });
});

describe("a JSON line's comma-only change", () => {
  const a = "a".repeat(40);
  const b = "b".repeat(40);
  // `git diff-tree --stdin -p -U0` for two commits: an entry appended after express (which gained
  // a comma) and a bump; then an entry removed after react (which lost its comma).
  const out = [
    a,
    "diff --git a/package.json b/package.json",
    "index 1111111..2222222 100644",
    "--- a/package.json",
    "+++ b/package.json",
    "@@ -4 +4,2 @@",
    '-    "express": "^4.18.2"',
    '+    "express": "^4.18.2",',
    '+    "cors": "^2.8.5"',
    "@@ -9 +10 @@",
    '-    "jest": "^29.6.0"',
    '+    "jest": "^29.7.0"',
    b,
    "diff --git a/package.json b/package.json",
    "--- a/package.json",
    "+++ b/package.json",
    "@@ -7,2 +7 @@",
    '-    "react": "^18.2.0",\r',
    '-    "vue": "^3.4.0"',
    '+    "react": "^18.2.0"',
    "\\ No newline at end of file",
    "",
  ].join("\n");

  it("parseHunks reads each commit's hunks without context", () => {
    const hunks = parseHunks(out);
    expect(hunks.get(a)).toEqual([
      { oldStart: 4, removed: ['    "express": "^4.18.2"'], newStart: 4, added: ['    "express": "^4.18.2",', '    "cors": "^2.8.5"'] },
      { oldStart: 9, removed: ['    "jest": "^29.6.0"'], newStart: 10, added: ['    "jest": "^29.7.0"'] },
    ]);
    expect(hunks.get(b)).toEqual([{ oldStart: 7, removed: ['    "react": "^18.2.0",', '    "vue": "^3.4.0"'], newStart: 7, added: ['    "react": "^18.2.0"'] }]);
  });

  it("commaOnly gives the line before the change only where the comma alone changed", () => {
    const hunks = parseHunks(out);
    expect(commaOnly(hunks.get(a)!, 4)).toBe(4);
    // The entry appended, and a bump: changes of their own.
    expect(commaOnly(hunks.get(a)!, 5)).toBeUndefined();
    expect(commaOnly(hunks.get(a)!, 10)).toBeUndefined();
    // A line the change did not touch.
    expect(commaOnly(hunks.get(a)!, 2)).toBeUndefined();
    expect(commaOnly(hunks.get(b)!, 7)).toBe(7);
    // The same text twice in a hunk: which one it came from is not known.
    expect(commaOnly([{ oldStart: 3, removed: ['  "a": 1', '  "a": 1,'], newStart: 3, added: ['  "a": 1,'] }], 3)).toBeUndefined();
  });
});
