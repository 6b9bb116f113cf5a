import fc from "fast-check";
import ignore from "ignore";
import { describe, expect, it } from "vitest";
import { simpleNameTest } from "../src/sources/ignore-rules.js";

// Lines as .gitignore files write them, simple and not.
const line = fc.constantFrom(
  "node_modules/", "dist", "build/", "*.log", "*.LOG", "coverage", ".env", ".env.*", "npm-debug*", "*~", "*.pyc", "tmp*/",
  "# a comment", "", "  ", "Thumbs.db", "*", ".DS_Store", "out/  ", "!keep.log", "/root-only", "docs/build", "file[0-9].txt",
  "\\#literal", "**/cache", "a*b",
);
const name = fc.constantFrom(
  "node_modules", "dist", "DIST", "build", "app.log", "APP.LOG", "coverage", ".env", ".env.local", "npm-debug.log.1", "notes~",
  "x.pyc", "tmp1", "tmp", "Thumbs.db", ".DS_Store", "out", "keep.log", "root-only", "index.ts", "file1.txt", "#literal", "ab",
);

describe(".gitignore rules read without the library", () => {
  it("answer as the library does for every file made only of names, suffixes and prefixes", () => {
    let simpleFiles = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), name, fc.boolean(), (lines, entry, isDir) => {
        const text = lines.join("\n");
        const test = simpleNameTest(text);
        if (!test) return;
        simpleFiles++;
        expect(test(entry, isDir)).toBe(ignore({ allowRelativePaths: true }).add(text).ignores(isDir ? `${entry}/` : entry));
      }),
      { seed: 5, numRuns: 3000 },
    );
    expect(simpleFiles).toBeGreaterThan(500);
  });

  it("leave negations, escapes, anchored, nested and bracketed patterns to the library", () => {
    for (const text of ["!keep.log", "\\#literal", "/root-only", "docs/build", "file[0-9].txt", "**/cache", "a*b", " lead"]) {
      expect(simpleNameTest(`dist\n${text}\n`), text).toBeUndefined();
    }
    expect(simpleNameTest("node_modules/\n*.log\n# comment\n\nnpm-debug*\n")).toBeDefined();
  });
});
