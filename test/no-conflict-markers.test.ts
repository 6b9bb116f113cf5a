import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// Written so this file does not hold the markers it looks for.
const MARKER = new RegExp(`^(${"<".repeat(7)} |${"=".repeat(7)}$|${">".repeat(7)} )`, "m");
const FOLDERS = ["src", "detectors", "catalog", "scripts", "bench", "test", "fixtures", ".ci", ".github", "docs"];
const TEXT = /\.(ts|mjs|js|json|ya?ml|md|toml|txt|xml|lock)$|^[^.]+$/;

function files(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : TEXT.test(e.name) ? [join(dir, e.name)] : []));
}

describe("the tree", () => {
  it("holds no merge-conflict markers (a merge once committed them into the README)", () => {
    const all = [join(ROOT, "README.md"), join(ROOT, "package.json"), ...FOLDERS.flatMap((f) => files(join(ROOT, f)))];
    expect(all.length).toBeGreaterThan(100);
    const marked = all.filter((f) => MARKER.test(readFileSync(f, "utf8"))).map((f) => relative(ROOT, f));
    expect(marked).toEqual([]);
  });
});
