import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

/** Every TypeScript file under `dir`, as a path from the repository's root. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [relative(ROOT, join(dir, e.name))] : []));
}

// An import or export `from "..."` (static or dynamic) whose path goes into the detectors' folder.
const INTO_DETECTORS = /(?:\bfrom\s*|\bimport\s*\(\s*)["']((?:\.\.\/)+detectors\/[^"']+)["']/g;

describe("the engine's boundary", () => {
  it("nothing under src/ imports a detector's module: only the registry (detectors/index.js), which lists them", () => {
    const files = sources(join(ROOT, "src"));
    expect(files.length).toBeGreaterThan(50);
    const crossings: string[] = [];
    for (const file of files) {
      for (const m of readFileSync(join(ROOT, file), "utf8").matchAll(INTO_DETECTORS)) {
        if (!/^(?:\.\.\/)+detectors\/index\.js$/.test(m[1]!)) crossings.push(`${file}: ${m[1]}`);
      }
    }
    expect(crossings).toEqual([]);
  });
});
