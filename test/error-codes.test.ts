import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { ERROR_CODES, isTechstackError, type TechstackErrorCode } from "../src/index.js";
import { gitCopy, ROOT, tempDir } from "./helpers.js";

// A caller tells errors apart by a stable `code` (as Node's ERR_*), not by a message that may be
// reworded. Each code here is thrown by the path named; the class and message stay as they were.

/** The code of what `run` throws or rejects with ("none" when it has none, "returned" when it does not throw). */
async function codeOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return (error as { code?: unknown }).code ?? "none";
  }
  return "returned";
}

const source = () => new api.MemorySource({ "package.json": "{}" });
const doc = { tools: [{ name: "React" }] };

describe("error codes", () => {
  it("each argument, option and document error carries its code", async () => {
    const cases: Array<[string, () => unknown, TechstackErrorCode]> = [
      ["detect(42)", () => api.detect(42 as never), "TECHSTACK_BAD_ARGUMENT"],
      ['detect("")', () => api.detect(""), "TECHSTACK_BAD_ARGUMENT"],
      ["detect(src, 'json')", () => api.detect(source(), "json" as never), "TECHSTACK_BAD_ARGUMENT"],
      ["exlude", () => api.detect(source(), { exlude: ["x"] } as never), "TECHSTACK_BAD_OPTION"],
      ["include: string", () => api.detect(source(), { include: "src/**" as never }), "TECHSTACK_BAD_OPTION"],
      ["timestamp", () => api.detect(source(), { timestamp: "yesterday" }), "TECHSTACK_BAD_OPTION"],
      ["repo field", () => api.detect(source(), { repo: { nme: "x" } as never }), "TECHSTACK_BAD_OPTION"],
      ["rev of a source", () => api.detect(source(), { rev: "HEAD" }), "TECHSTACK_BAD_OPTION"],
      ["signal", () => api.detect(source(), { signal: true as never }), "TECHSTACK_BAD_OPTION"],
      ["aborted", () => api.detect(source(), { signal: AbortSignal.abort() }), "TECHSTACK_ABORTED"],
      ["catalog option data", () => api.detect(source(), { catalog: { tools: [{ name: "X" }] } as never }), "TECHSTACK_INVALID_CATALOG"],
      ["detector", () => api.detect(source(), { detectors: [{ name: "x" } as never] }), "TECHSTACK_BAD_DETECTOR"],
      ["source label", () => api.detect({ list: async () => [], read: async () => new Uint8Array() } as never), "TECHSTACK_BAD_FILE_SOURCE"],
      ["source listing", () => api.detect({ label: "x", list: async () => ["a"], read: async () => new Uint8Array() } as never), "TECHSTACK_BAD_FILE_SOURCE"],
      ["MemorySource", () => new api.MemorySource({ "../a": "x" }), "TECHSTACK_BAD_ARGUMENT"],
      ["render format", () => api.render(doc as never, "yml" as never), "TECHSTACK_UNKNOWN_FORMAT"],
      ["render doc", () => api.render({} as never, "yaml"), "TECHSTACK_INVALID_DOCUMENT"],
      ["render entry", () => api.render({ tools: [{}] } as never, "yaml"), "TECHSTACK_INVALID_DOCUMENT"],
      ["render option", () => api.render(doc as never, "markdown", { markdownpath: "x" } as never), "TECHSTACK_BAD_OPTION"],
      ["toMarkdown doc", () => api.toMarkdown(null as never), "TECHSTACK_INVALID_DOCUMENT"],
      ["toYaml doc", () => api.toYaml(null as never), "TECHSTACK_INVALID_DOCUMENT"],
      ["diff", () => api.diff(doc as never, { tools: [5] } as never), "TECHSTACK_INVALID_DOCUMENT"],
      ["formatDiff format", () => api.formatDiff(api.diff(doc as never, doc as never), "html" as never), "TECHSTACK_UNKNOWN_FORMAT"],
      ["formatDiff value", () => api.formatDiff({} as never), "TECHSTACK_BAD_ARGUMENT"],
      ["parse(5)", () => api.parse(5 as never), "TECHSTACK_BAD_ARGUMENT"],
      ["parse YAML", () => api.parse("a: [b"), "TECHSTACK_PARSE_ERROR"],
      ["parse a list", () => api.parse("- a\n"), "TECHSTACK_PARSE_ERROR"],
      ["resolve catalog", () => api.resolve({} as never, "x"), "TECHSTACK_BAD_ARGUMENT"],
      ["resolve limit", () => api.resolve(api.builtinCatalog(), "x", { limit: 3 } as never), "TECHSTACK_BAD_ARGUMENT"],
      ["lowestVersion", () => api.lowestVersion(5 as never), "TECHSTACK_BAD_ARGUMENT"],
      ["catalogWith text", () => api.catalogWith("tools: []" as never), "TECHSTACK_BAD_ARGUMENT"],
      ["catalogWith data", () => api.catalogWith({ tools: [{ name: "X" }] } as never), "TECHSTACK_INVALID_CATALOG"],
      ["parseCatalogFile problem", () => api.parseCatalogFile("tools:\n  - name: X\n"), "TECHSTACK_INVALID_CATALOG"],
      ["parseCatalogFile YAML", () => api.parseCatalogFile("tools: [a"), "TECHSTACK_INVALID_CATALOG"],
      ["extend shared", () => api.builtinCatalog().extend({}), "TECHSTACK_SHARED_CATALOG"],
      ["Catalog source", () => new api.Catalog(5 as never), "TECHSTACK_BAD_ARGUMENT"],
    ];
    const got = await Promise.all(cases.map(async ([name, run]) => [name, await codeOf(run)]));
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(cases.map(([name, , code]) => [name, code])));
  });

  it("folders, files and revisions that cannot be scanned carry theirs", async () => {
    const dir = tempDir("techstack-codes-");
    writeFileSync(join(dir, "file.txt"), "x");
    symlinkSync(join(dir, "gone"), join(dir, "dangling"));
    mkdirSync(join(dir, "plain"));
    const checkout = gitCopy("nextjs-app");
    expect({
      missing: await codeOf(() => api.detect(join(dir, "nope"))),
      dangling: await codeOf(() => api.detect(join(dir, "dangling"))),
      file: await codeOf(() => api.detect(join(dir, "file.txt"))),
      dashRev: await codeOf(() => api.detect(checkout, { rev: "--output=x" })),
      noGit: await codeOf(() => api.detect(join(dir, "plain"), { rev: "v1" })),
      noRev: await codeOf(() => api.detect(checkout, { rev: "v9" })),
      gitFolder: await codeOf(() => api.detect(join(checkout, ".git"))),
      catalogDirMissing: await codeOf(() => api.readCatalogDir(join(dir, "nope"))),
      catalogDirFile: await codeOf(() => api.readCatalogDir(join(dir, "file.txt"))),
    }).toEqual({
      missing: "TECHSTACK_NO_SUCH_DIRECTORY",
      dangling: "TECHSTACK_NO_SUCH_DIRECTORY",
      file: "TECHSTACK_NOT_A_DIRECTORY",
      dashRev: "TECHSTACK_BAD_REVISION",
      noGit: "TECHSTACK_NOT_A_GIT_REPOSITORY",
      noRev: "TECHSTACK_BAD_REVISION",
      gitFolder: "TECHSTACK_GIT_FOLDER",
      catalogDirMissing: "TECHSTACK_NO_SUCH_DIRECTORY",
      catalogDirFile: "TECHSTACK_NOT_A_DIRECTORY",
    });
  });

  it("keeps the class and the message, and shows the code as Node's errors show theirs", async () => {
    const error = await api.detect("/no/such/folder/techstack").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("no such directory: /no/such/folder/techstack");
    expect(Object.keys(error as object)).toContain("code");
    const typeError = (() => {
      try {
        api.render({} as never, "yaml");
      } catch (e) {
        return e;
      }
    })();
    expect(typeError).toBeInstanceOf(TypeError);
    expect(new api.ParseError("x").code).toBe("TECHSTACK_PARSE_ERROR");
  });

  it("isTechstackError tells the API's errors from others", () => {
    const ours = (() => {
      try {
        api.parse("a: [b");
      } catch (e) {
        return e;
      }
    })();
    expect([ours, new Error("x"), Object.assign(new Error("x"), { code: "ENOENT" }), { code: "TECHSTACK_BAD_OPTION", message: "x" }, null, "TECHSTACK_PARSE_ERROR"].map(isTechstackError)).toEqual([true, false, false, false, false, false]);
  });

  it("lists every code in one frozen table, each a TECHSTACK_ name with a description", () => {
    expect(Object.isFrozen(ERROR_CODES)).toBe(true);
    for (const [code, text] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^TECHSTACK_[A-Z_]+$/);
      expect(text.length).toBeGreaterThan(5);
    }
  });

  it("no error is thrown on purpose in the engine without a code, but those caught inside it", () => {
    // Thrown where a caller never sees them: each becomes a scan warning (whose text reads the
    // error's code, so these keep Node's or none), or is an fs-like code of a FileSource's read.
    const inside = new Set([
      "src/scan/files.ts", // read() gave no bytes: a warning
      "src/sources/directory.ts", // read's EISDIR / E2BIG, as fs gives them
      "src/sources/memory.ts:read", // read's ENOENT / E2BIG
      "src/sources/git.ts:read", // read's ENOENT / E2BIG, cat-file's failures: warnings
      "src/workspace/workspace.ts:read", // a revision's file the workspace's readers catch, as fs's ENOENT on disk
      "src/io/read-regular.ts",
      "src/parse/xml.ts",
    ]);
    const uncoded: string[] = [];
    let coded = 0;
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : []));
    for (const file of walk(join(ROOT, "src"))) {
      const path = relative(ROOT, file).split("\\").join("/");
      if (path.startsWith("src/cli/") || inside.has(path)) continue;
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/coded\(new (Type|Range)?Error\(/.test(line)) coded++;
          if (!/new (Type|Range)?Error\(/.test(line) || /coded\(new (Type|Range)?Error\(/.test(line)) return;
          if (inside.has(`${path}:read`) && /code: "E[A-Z0-9]+"|this\.fail|waiter\.reject/.test(line)) return;
          uncoded.push(`${path}:${i + 1}`);
        });
    }
    expect(uncoded).toEqual([]);
    // The engine's errors were there to read, coded.
    expect(coded).toBeGreaterThan(10);
  });
});
