import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

/** Every bare package the shipped code imports: `from "js-yaml"`, `import("fuse.js")`. */
function importedPackages(): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) {
        const text = readFileSync(path, "utf8");
        for (const m of text.matchAll(/(?<!["'\w])(?:from|import\()\s*"([^".,\s][^"]*)"/g)) {
          const spec = m[1]!;
          if (spec.startsWith("node:")) continue;
          out.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
        }
      }
    }
  };
  walk(join(root, "src"));
  walk(join(root, "detectors"));
  return out;
}

describe("dist/THIRD-PARTY-LICENSES.md", () => {
  const text = readFileSync(join(root, "dist/THIRD-PARTY-LICENSES.md"), "utf8");
  const sections = new Set([...text.matchAll(/^## (\S+) /gm)].map((m) => m[1]));

  it("names every package the shipped code imports, with its licence", () => {
    // (TSDoc examples import the package itself by name.)
    const imported = [...importedPackages()].filter((p) => p !== "vitest" && p !== "techstack");
    expect(imported).toEqual(expect.arrayContaining(["js-yaml", "semver", "smol-toml", "fast-xml-parser", "fuse.js"]));
    expect(imported.filter((p) => !sections.has(p))).toEqual([]);
    expect(text).toMatch(/^## js-yaml \S+\n\nLicence: MIT/m);
    expect(text).toMatch(/^## semver \S+\n\nLicence: ISC/m);
  });

  it("carries the licence texts, and the esbuild metafiles it was made from are not shipped", () => {
    expect(text).toContain("Permission is hereby granted, free of charge");
    expect(text).toContain("Apache License");
    expect(readdirSync(join(root, "dist")).filter((f) => f.startsWith("metafile-"))).toEqual([]);
  });
});
