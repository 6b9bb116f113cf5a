import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import ignore from "ignore";
import { describe, expect, it } from "vitest";
import { DirectorySource, MemorySource } from "../src/index.js";
import { IgnoreRules, filterListed, matchesByName, simpleNameTest } from "../src/sources/ignore-rules.js";
import { tempDir } from "./helpers.js";

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
      fc.property(fc.array(line, { maxLength: 6 }), name, fc.boolean(), fc.boolean(), (lines, entry, isDir, ignorecase) => {
        const text = lines.join("\n");
        const test = simpleNameTest(text, ignorecase);
        if (!test) return;
        simpleFiles++;
        expect(test(entry, isDir)).toBe(ignore({ allowRelativePaths: true, ignorecase }).add(text).ignores(isDir ? `${entry}/` : entry));
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

// A monorepo's .gitignore files as teams write them: negations, rules anchored at their folder,
// double stars, folder-only rules, nested files that add and take back rules. git's own listing of
// the files it does not ignore is the reference.
const TREE: Record<string, string> = {
  ".gitignore": [
    "# dependencies and build output",
    "/dist",
    "build/",
    "*.log",
    "!important.log",
    "**/coverage",
    "docs/**/generated",
    ".env*",
    "!.env.example",
    "/config/local.*",
    "tmp*/",
    "secrets/**",
    "!secrets/README.md",
    "",
  ].join("\n"),
  "package.json": "{}",
  "dist/index.js": "",
  "important.log": "",
  "debug.log": "",
  ".env": "",
  ".env.local": "",
  ".env.example": "",
  "config/local.json": "",
  "config/default.json": "",
  "secrets/README.md": "",
  "secrets/prod.key": "",
  "docs/guide/generated/api.md": "",
  "docs/guide/index.md": "",
  "docs/generated/top.md": "",
  "tmp-cache/x.json": "",
  "tmpfile": "",
  "coverage/lcov.info": "",
  "packages/web/.gitignore": ".next\n/out\n*.tsbuildinfo\n!debug.log\nlib/*.js\n",
  "packages/web/package.json": "{}",
  "packages/web/debug.log": "",
  "packages/web/out/index.html": "",
  "packages/web/src/out/page.tsx": "",
  "packages/web/.next/cache.json": "",
  "packages/web/tsconfig.tsbuildinfo": "",
  "packages/web/lib/index.js": "",
  "packages/web/lib/index.d.ts": "",
  "packages/web/lib/nested/deep.js": "",
  "packages/web/dist/bundle.js": "",
  "packages/web/build/output.js": "",
  "packages/web/coverage/lcov.info": "",
  "packages/api/.gitignore": "/node-cache\n*.pyc\n__snapshots__/\n",
  "packages/api/requirements.txt": "",
  "packages/api/app.pyc": "",
  "packages/api/node-cache/a.json": "",
  "packages/api/src/node-cache/b.json": "",
  "packages/api/src/__snapshots__/x.snap": "",
  "packages/api/__snapshots__": "",
  "templates/Node.gitignore": "*.json\n",
  "templates/settings.json": "",
};

function gitListing(dir: string): string[] {
  execFileSync("git", ["-C", dir, "init", "-q"]);
  const out = execFileSync("git", ["-C", dir, "ls-files", "--others", "--exclude-standard", "-z"], { encoding: "utf8" });
  return out.split("\0").filter(Boolean).sort();
}

describe(".gitignore files applied as git applies them", () => {
  it("a directory walk keeps exactly the files git does not ignore", async () => {
    const dir = tempDir("techstack-gitignore-");
    for (const [path, text] of Object.entries(TREE)) {
      mkdirSync(join(dir, dirname(path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const expected = gitListing(dir);
    // The reference itself: the rules above do hide and take back files.
    expect(expected).toEqual(expect.arrayContaining(["important.log", ".env.example", "secrets/README.md", "packages/web/debug.log", "packages/web/src/out/page.tsx"]));
    expect(expected).not.toContain("packages/web/lib/index.js");
    const walked = (await new DirectorySource(dir).list()).map((e) => e.path).sort();
    expect(walked).toEqual(expected);
  });

  it("names differing only in case are matched as git matches them (case-sensitive where core.ignorecase is false)", async () => {
    const files: Record<string, string> = {
      ".gitignore": "tmp/\n*.log\nBuild\n/Docs/\n",
      "Tmp/a.txt": "", "tmp/b.txt": "", "x.LOG": "", "x.log": "", "build/c.js": "", "Build/d.js": "", "docs/e.md": "", "Docs/f.md": "",
    };
    const dir = tempDir("techstack-gitignore-");
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, dirname(path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const expected = gitListing(dir);
    // On Linux (core.ignorecase false) git keeps Tmp/, x.LOG, build/ and docs/.
    if (process.platform === "linux") expect(expected).toEqual([".gitignore", "Tmp/a.txt", "build/c.js", "docs/e.md", "x.LOG"]);
    expect((await new DirectorySource(dir).list()).map((e) => e.path).sort()).toEqual(expected);
    expect((await new MemorySource(files).list()).map((e) => e.path).sort()).toEqual(expected);
  });

  it("a listed tree (memory, a revision) keeps the same files", async () => {
    const dir = tempDir("techstack-gitignore-");
    for (const [path, text] of Object.entries(TREE)) {
      mkdirSync(join(dir, dirname(path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const expected = gitListing(dir);
    const listed = (await new MemorySource(TREE).list()).map((e) => e.path).sort();
    expect(listed).toEqual(expected);
    // A revision lists committed files, which no .gitignore takes out; the default folders still go.
    const all = Object.keys(TREE).concat("node_modules/react/package.json", "web/vendor/x.php").map((path) => ({ path }));
    const kept = await filterListed(all, async (path) => TREE[path], { gitignore: false });
    expect(kept.map((e) => e.path)).toEqual(Object.keys(TREE).filter((path) => !path.includes("/.next/")));
  });

  it("one rules object answers for entries, listed paths and folders the same way", () => {
    const rules = new IgnoreRules();
    for (const [path, text] of Object.entries(TREE)) {
      if (path.endsWith("/.gitignore") || path === ".gitignore") rules.addGitignore(path === ".gitignore" ? "" : dirname(path), text);
    }
    expect(rules.ignoredPath("packages/web/lib/index.js")).toBe(true);
    expect(rules.ignoredPath("packages/web/lib/nested/deep.js")).toBe(false);
    expect(rules.ignoredPath("packages/web/.next/cache.json")).toBe(true);
    expect(rules.ignoredPath("packages/api/src/__snapshots__/x.snap")).toBe(true);
    expect(rules.ignoredPath("packages/api/src/node-cache/b.json")).toBe(false);
    expect(rules.ignoredPath("packages/api/node-cache/a.json")).toBe(true);
    expect(rules.ignoredEntry("packages/api/__snapshots__", false)).toBe(false);
    expect(rules.ignoredEntry("packages/api/__snapshots__", true)).toBe(true);
    expect(rules.ignoredEntry("node_modules", true)).toBe(true);
    expect(rules.ignoredEntry("node_modules", false)).toBe(false);
    expect(rules.ignoredPath("src/vendor/lib.go")).toBe(true);
    // Rules added after a folder was asked about apply from then on.
    expect(rules.ignoredEntry("scripts/run.sh", false)).toBe(false);
    rules.addGitignore("scripts", "*.sh\n");
    expect(rules.ignoredEntry("scripts/run.sh", false)).toBe(true);
  });

  it("knows a file of names alone from one whose rules name paths", () => {
    expect(matchesByName("node_modules/\n*.log\n!keep.log\n# see docs/README\n\r\n.DS_Store\r\n")).toBe(true);
    for (const text of ["/dist\n", "docs/generated\n", "**/coverage\n", "!build/output\n", "*.log\r\nlib/*.js\r\n", "a**b\n"]) {
      expect(matchesByName(text), text).toBe(false);
    }
  });
});
