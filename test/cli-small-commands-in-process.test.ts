import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { detectCommand, help } from "../src/cli/commands/detect.js";
import { resolveCommand } from "../src/cli/commands/resolve.js";
import { validateCommand } from "../src/cli/commands/validate.js";
import { asWritten, sameText } from "../src/cli/line-endings.js";
import { writeFileAtomic } from "../src/io/atomic-write.js";
import { call, tempDir } from "./helpers.js";

// The detect, resolve and validate commands called as functions, their output caught; the helpers
// write and check lean on (line endings, the atomic write).

describe("resolve, in-process", () => {
  it("prints each name's best matches with score and category, three unless --limit; exit 1 when a name matches nothing", async () => {
    const text = await call(resolveCommand, ["postgres", "k8s", "--limit", "2"]);
    expect(text).toEqual({
      code: 0,
      stdout:
        "postgres:\n  PostgreSQL  0.99  Data Stores / Databases\n  PostgREST  0.74  Data Stores / Database Tools\n" +
        "k8s:\n  Kubernetes  0.99  Build, Test, Deploy / Container Tools\n  k3s  0.59  Build, Test, Deploy / Container Tools\n",
      stderr: "",
    });
    const three = (await call(resolveCommand, ["postgres"])).stdout.split("\n").filter((l) => l.startsWith("  "));
    expect(three).toHaveLength(3);
    expect(await call(resolveCommand, ["postgres", "zzqqxxjj"])).toMatchObject({ code: 1, stdout: expect.stringContaining("zzqqxxjj:\n  (no match)\n") });
    // A tool the catalog files under no category: nothing after its score.
    expect((await call(resolveCommand, ["chalk", "--limit", "1"])).stdout).toBe("chalk:\n  chalk  1.00  \n");
  });

  it("--json gives the query, id, name, score rounded to 3 places and how it matched", async () => {
    const out = await call(resolveCommand, ["postgres", "vuejs", "--json", "--limit", "1"]);
    expect(out.code).toBe(0);
    expect(out.stdout.endsWith("}\n]\n")).toBe(true);
    const json = JSON.parse(out.stdout) as Array<{ query: string; matches: Array<{ id: string; name: string; score: number; matched_by: string }> }>;
    expect(json[0]).toEqual({ query: "postgres", clear: true, matches: [{ id: "postgresql", name: "PostgreSQL", score: 0.99, matched_by: "alias" }] });
    expect(json[1]!.query).toBe("vuejs");
    expect(json[1]!.matches[0]!.name).toBe("Vue.js");
    expect(String(json[1]!.matches[0]!.score).length).toBeLessThanOrEqual(5);
    expect(JSON.parse((await call(resolveCommand, ["zzqqxxjj", "--json"])).stdout)).toEqual([{ query: "zzqqxxjj", clear: false, matches: [] }]);
  });

  it("usage: no name, a bad --limit; -h prints the help", async () => {
    expect(await call(resolveCommand, [])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error: resolve takes at least one name\n\nUsage: techstack resolve/) });
    expect(await call(resolveCommand, ["vue", "--limit", "x"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error: --limit /) });
    const usage = await call(resolveCommand, ["-h"]);
    expect(usage.code).toBe(0);
    expect(usage.stdout).toMatch(/^Usage: techstack resolve NAME\.\.\. /);
    expect(usage.stdout.endsWith("--json\n")).toBe(true);
  });
});

describe("validate, in-process", () => {
  it("a conforming file is valid with its tool count; each problem is a line with its path; exit 1", async () => {
    const dir = tempDir();
    const good = join(dir, "techstack.yml");
    writeFileSync(good, "repo_name: acme/shop\ntools:\n- name: React\n- name: Express\n");
    expect(await call(validateCommand, [good])).toEqual({ code: 0, stdout: `${good}: valid (2 tools)\n`, stderr: "" });
    const bad = join(dir, "bad.yml");
    writeFileSync(bad, "repo_name: acme/shop\ntools:\n- name: ''\n- version: 1\n");
    const problems = await call(validateCommand, [bad]);
    expect(problems.code).toBe(1);
    expect(problems.stdout).toContain(`${bad}:3: /tools/0/name: must NOT have fewer than 1 characters\n`);
    expect(problems.stdout).toContain(`${bad}:4: /tools/1: must have required property 'name'\n`);
    expect(problems.stdout).not.toContain("valid (");
  });

  it("a file without its tools list is not made valid; one that is not a stack document says so, first line only", async () => {
    const dir = tempDir();
    const noTools = join(dir, "a.yml");
    writeFileSync(noTools, "repo_name: acme/shop\n");
    expect(await call(validateCommand, [noTools])).toEqual({ code: 1, stdout: `${noTools}: /: must have required property 'tools'\n`, stderr: "" });
    const conflict = join(dir, "b.yml");
    writeFileSync(conflict, "<<<<<<< HEAD\ntools: [\n");
    const broken = await call(validateCommand, [conflict]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`^${conflict.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not a readable stack document \\([^\\n]+\\)\\n$`));
    const missing = await call(validateCommand, [join(dir, "none.yml")]);
    expect(missing).toEqual({ code: 1, stdout: `${join(dir, "none.yml")} is not a readable stack document (no such file)\n`, stderr: "" });
  });

  it("a file with neither repo_name nor tools (package.json given by mistake) is one line; tools without repo_name are checked", async () => {
    const dir = tempDir();
    const manifest = join(dir, "package.json");
    writeFileSync(manifest, JSON.stringify({ name: "shop", version: "1.0.0", dependencies: { react: "^18.2.0" } }));
    const other = await call(validateCommand, [manifest]);
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(new RegExp(`^${manifest.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: not a stack document: it has neither repo_name nor tools[^\n]*\n$`));
    const toolsOnly = join(dir, "techstack.yml");
    writeFileSync(toolsOnly, "tools:\n- name: React\n");
    expect(await call(validateCommand, [toolsOnly])).toEqual({ code: 1, stdout: `${toolsOnly}: /: must have required property 'repo_name'\n`, stderr: "" });
  });

  it("an empty file says it is empty, as check says it, not that its top is no mapping", async () => {
    const dir = tempDir();
    const empty = join(dir, "techstack.yml");
    writeFileSync(empty, "\n");
    expect(await call(validateCommand, [empty])).toEqual({ code: 1, stdout: `${empty} is not a readable stack document (empty)\n`, stderr: "" });
  });

  it("a folder given for the file says which file to give, its techstack.yml, rather than the system's EISDIR", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "techstack.yml"), "repo_name: acme/shop\ntools:\n- name: React\n");
    const folder = await call(validateCommand, [dir]);
    expect(folder).toEqual({ code: 1, stdout: `${dir} is not a readable stack document (a folder: validate its file, techstack validate ${join(dir, "techstack.yml")})\n`, stderr: "" });
    expect(await call(validateCommand, [join(dir, "techstack.yml")])).toMatchObject({ code: 0 });
  });

  it("usage: no file or two files; -h prints the help", async () => {
    expect(await call(validateCommand, [])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error: validate takes one file\n\nUsage: techstack validate FILE/) });
    expect((await call(validateCommand, ["a.yml", "b.yml"])).code).toBe(2);
    expect(await call(validateCommand, ["--help"])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: techstack validate FILE\n[\s\S]*techstack validate techstack\.yml\n {2}techstack detect --format json \| techstack validate -\n$/) });
  });
});

describe("detect, in-process", () => {
  function app(): string {
    const dir = tempDir("techstack-detect-");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2" } }, null, 2));
    return dir;
  }

  it("prints the document as YAML by default, or JSON or Markdown", async () => {
    const dir = app();
    const at = ["--no-git", "--timestamp", "2024-01-01T00:00:00Z"];
    const yaml = await call(detectCommand, [dir, ...at]);
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toMatch(/^repo_name: /);
    expect(yaml.stdout).toContain("- name: ExpressJS\n");
    const json = await call(detectCommand, [dir, ...at, "--format", "json"]);
    expect((JSON.parse(json.stdout) as { tools: Array<{ name: string }> }).tools.map((t) => t.name)).toContain("ExpressJS");
    const markdown = await call(detectCommand, [dir, ...at, "--format", "markdown"]);
    expect(markdown.stdout).toMatch(/^<!--\n[\s\S]*## Tech Stack\n/);
    expect(markdown.stdout).toContain("ExpressJS");
  });

  it("scans the current folder without a directory", async () => {
    const dir = app();
    // A worker thread cannot chdir: the current folder is made the app's for the call.
    const cwd = vi.spyOn(process, "cwd").mockReturnValue(dir);
    try {
      const out = await call(detectCommand, ["--no-git", "--format", "json"]);
      expect(out.code).toBe(0);
      expect((JSON.parse(out.stdout) as { tools: Array<{ name: string }> }).tools.map((t) => t.name)).toContain("ExpressJS");
    } finally {
      cwd.mockRestore();
    }
  });

  it("usage: an unknown format, two directories; -h prints the help", async () => {
    expect(await call(detectCommand, [".", "--format", "toml"])).toMatchObject({ code: 2, stdout: "", stderr: "error: --format must be one of yaml, json, markdown, not 'toml'" });
    expect(await call(detectCommand, ["a", "b"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error: detect takes one directory, got 2\n\nUsage: techstack detect/) });
    expect(await call(detectCommand, ["-h"])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: techstack detect \[dir\] \[options\]\n[\s\S]*--format markdown\n$/) });
    expect(await call({ run: async () => help("Usage: x") }, [])).toEqual({ code: 0, stdout: "Usage: x\n", stderr: "" });
  });
});

describe("line endings and the atomic write", () => {
  it("a file as written: a BOM and CRLF line endings dropped, a lone CR and a BOM inside kept", () => {
    expect(asWritten("\ufeffa: 1\r\nb: 2\r\n")).toBe("a: 1\nb: 2\n");
    expect(asWritten("a\rb\ufeff\r\n\r\n")).toBe("a\rb\ufeff\n\n");
    expect(sameText("a\nb\n", "\ufeffa\r\nb\r\n")).toBe(true);
    expect(sameText("a\nb\n", "a\nc\n")).toBe(false);
    expect(sameText(undefined, undefined)).toBe(true);
    expect(sameText("", undefined)).toBe(false);
    expect(sameText(undefined, "")).toBe(false);
  });

  it("replaces the whole file; a failed rename or open throws the first error and leaves no temporary file", () => {
    const dir = tempDir();
    const file = join(dir, "techstack.yml");
    writeFileSync(file, "a much longer old text\n");
    writeFileAtomic(file, "new\n");
    expect(readFileSync(file, "utf8")).toBe("new\n");
    // A folder in the file's place: the rename fails, the temporary file goes.
    const taken = join(dir, "techstack.md");
    mkdirSync(join(taken, "inside"), { recursive: true });
    expect(() => writeFileAtomic(taken, "x\n")).toThrow(expect.objectContaining({ syscall: "rename" }));
    expect(readdirSync(dir).sort()).toEqual(["techstack.md", "techstack.yml"]);
    // A missing folder: opening the temporary file is what fails.
    expect(() => writeFileAtomic(join(dir, "missing", "techstack.yml"), "x\n")).toThrow(expect.objectContaining({ syscall: "open", code: "ENOENT" }));
  });
});

describe("a folder option that names nothing", () => {
  it("is 'no such directory' for resolve --dir and diff --repo, as for detect and check; a file is 'not a directory'", async () => {
    const { diffCommand } = await import("../src/cli/commands/diff.js");
    const dir = tempDir("techstack-missing-");
    const nowhere = join(dir, "nowhere");
    expect(await call(resolveCommand, ["postgres", "--dir", nowhere])).toMatchObject({ code: 1, stderr: `error: no such directory: ${nowhere}` });
    expect(await call(diffCommand, ["HEAD~1", "HEAD", "--repo", nowhere])).toMatchObject({ code: 1, stderr: `error: no such directory: ${nowhere}` });
    writeFileSync(join(dir, "file.txt"), "x");
    expect(await call(resolveCommand, ["postgres", "--dir", join(dir, "file.txt")])).toMatchObject({ code: 1, stderr: `error: not a directory: ${join(dir, "file.txt")} is a file; give the folder that holds it, ${dir}` });
  });
});

describe("an empty argument (an unset variable: techstack detect \"$DIR\")", () => {
  it("is a usage error for every command, not a scan of the current folder", async () => {
    // detect "" scanned the current folder, check "" said "no such directory: " and write "" wrote there.
    const { checkCommand } = await import("../src/cli/commands/check.js");
    const { writeCommand } = await import("../src/cli/commands/write.js");
    for (const [command, args] of [[detectCommand, [""]], [checkCommand, [""]], [writeCommand, ["", "--no-git"]], [validateCommand, [""]], [resolveCommand, ["postgres", ""]]] as const) {
      expect(await call(command, [...args])).toMatchObject({ code: 2, stdout: "", stderr: "error: an empty argument (an unset variable?): give a folder, file or name" });
    }
  });
});
