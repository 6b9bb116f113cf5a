import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import ignore from "ignore";
import { describe, expect, it } from "vitest";
import { DirectorySource } from "../src/index.js";
import { IndexedRules } from "../src/sources/indexed-rules.js";
import { tempDir } from "./helpers.js";

function writeTree(files: Record<string, string>): string {
  const dir = tempDir("techstack-gitignore-scale-");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function gitListing(dir: string): string[] {
  execFileSync("git", ["-C", dir, "init", "-q"]);
  return execFileSync("git", ["-C", dir, "ls-files", "--others", "--exclude-standard", "-z"], { encoding: "utf8" }).split("\0").filter(Boolean).sort();
}

describe(".gitignore files deeper in the tree", () => {
  it("a deeper file's `!name` takes a folder back from a root file that also has anchored rules, and the folder's files stay, as git keeps them", async () => {
    // The root's rules are not all bare names (`/x/y` has a slash), which once sent the whole
    // path through the library, whose own test of `sub/build/` said ignored without asking the
    // deeper file.
    const dir = writeTree({
      ".gitignore": "build\n/x/y\n",
      "sub/.gitignore": "!build\n",
      "sub/build/f.txt": "",
      "build/g.txt": "",
      "x/y/h.txt": "",
    });
    const expected = gitListing(dir);
    expect(expected).toEqual([".gitignore", "sub/.gitignore", "sub/build/f.txt"]);
    expect((await new DirectorySource(dir).list()).map((e) => e.path).sort()).toEqual(expected);
  });
});

// Pieces of .gitignore lines and of paths, few enough that rules and paths meet often: literal
// names (some with characters a regular expression would read), extensions, wildcards, classes,
// escapes, double stars.
const NAMES = ["a", "b", "ab", "A", "a.txt", "b.log", "c.tar.gz", "x-y", "d{1}", "e f", "ba.txt", "B.LOG"];
const SEGMENTS = [...NAMES, "*", "**", "*.txt", "*.log", "*.gz", "*.tar.gz", "a*", "?b", "[ab]", "[!a]*", "\\*", "a\\ ", "*b*", "."];
const segment = fc.constantFrom(...SEGMENTS);
const ruleLine = fc.oneof(
  fc
    .record({
      negated: fc.boolean(),
      leading: fc.boolean(),
      parts: fc.array(segment, { minLength: 1, maxLength: 3 }),
      trailing: fc.boolean(),
      spaces: fc.constantFrom("", "", "  ", "\\ "),
    })
    .map(({ negated, leading, parts, trailing, spaces }) => `${negated ? "!" : ""}${leading ? "/" : ""}${parts.join("/")}${trailing ? "/" : ""}${spaces}`),
  fc.constantFrom("# a comment", "", "\\#a", "\\!a", "!", "/", "**", "**/", "a/**", "**/b/**"),
);
const rulesText = fc.array(ruleLine, { minLength: 1, maxLength: 12 }).map((lines) => lines.join("\n"));
const filePath = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }).map((parts) => parts.join("/"));

/** Each folder of a path, from the outermost, then the path: what a walk asks in turn. */
function steps(path: string): Array<[string, boolean]> {
  const parts = path.split("/");
  return parts.map((_, i) => [parts.slice(0, i + 1).join("/"), i < parts.length - 1]);
}

describe("the indexed rules answer as the library does", () => {
  it("for one .gitignore: every path, folders first, with and without case folded", () => {
    let decided = 0;
    fc.assert(
      fc.property(rulesText, fc.array(filePath, { minLength: 1, maxLength: 8 }), fc.boolean(), (text, paths, ignorecase) => {
        const library = ignore({ allowRelativePaths: true, ignorecase }).add(text);
        const indexed = IndexedRules.of(library);
        expect(indexed).toBeDefined();
        const ignoredPath = (path: string): boolean =>
          steps(path).some(([step, isDir]) => {
            const slash = step.indexOf("/");
            const name = step.slice(step.lastIndexOf("/") + 1);
            return indexed!.test(name, slash < 0 ? step : step.slice(0, slash), () => (isDir ? `${step}/` : step), isDir).ignored;
          });
        for (const path of paths) {
          const expected = library.ignores(path);
          if (expected) decided++;
          expect(ignoredPath(path), `${JSON.stringify(text)} ${path}`).toBe(expected);
        }
      }),
      { seed: 76, numRuns: 2000 },
    );
    // The generated rules do ignore paths, often.
    expect(decided).toBeGreaterThan(1300);
  });

  it("files most rules under a literal, so a path asks a few", () => {
    const text = Array.from({ length: 1000 }, (_, i) => `build${i}/*.tmp\n*.ext${i}\nname${i}\n!/keep${i}`).join("\n");
    const indexed = IndexedRules.of(ignore({ allowRelativePaths: true }).add(text))!;
    expect(indexed.size).toBe(4000);
    expect(indexed.unfiledCount).toBe(0);
  });
});

describe("nested .gitignore files, generated, against git", () => {
  it("a walk keeps exactly the files git lists as not ignored", async () => {
    const trees = fc.sample(
      fc.record({ root: rulesText, a: rulesText, ab: rulesText, files: fc.uniqueArray(filePath, { minLength: 1, maxLength: 14 }) }),
      { seed: 7, numRuns: 16 },
    );
    for (const { root, a, ab, files } of trees) {
      // A name cannot be both a file and a folder: the first use decides.
      const kept: string[] = [];
      for (const file of files) {
        if (kept.some((k) => file.startsWith(`${k}/`) || k.startsWith(`${file}/`))) continue;
        kept.push(file);
      }
      const tree: Record<string, string> = { ".gitignore": root };
      for (const file of kept) tree[file] = "";
      if (kept.some((f) => f.startsWith("a/"))) tree["a/.gitignore"] = a;
      if (kept.some((f) => f.startsWith("a/b/"))) tree["a/b/.gitignore"] = ab;
      const dir = writeTree(tree);
      const expected = gitListing(dir);
      expect((await new DirectorySource(dir).list()).map((e) => e.path).sort(), JSON.stringify(tree)).toEqual(expected);
    }
  });
});
