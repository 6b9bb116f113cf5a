import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, revisionFiles } from "../src/cli/config.js";
import { workspacePackages } from "../src/cli/workspace.js";
import { readStackFileOrThrow } from "../src/cli/stack-file.js";
import { batchCommand } from "../src/cli/commands/batch.js";
import { diffCommand } from "../src/cli/commands/diff.js";
import { validateCommand } from "../src/cli/commands/validate.js";
import { parse } from "../src/index.js";
import { call, tempDir } from "./helpers.js";

/**
 * The repository's own files the CLI reads beside the scan (its configuration, the workspace's
 * package.json files, an existing techstack.yml) as a Windows editor or PowerShell's `>` saves
 * them: a UTF-8 BOM (Visual Studio's package.json) or UTF-16 LE with a BOM. The scan decodes
 * manifests so; these were read as plain UTF-8, and JSON.parse failed on the BOM.
 */
const bom = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, "\r\n"), "utf16le")]);

describe("files the CLI reads, saved with a BOM or as UTF-16", () => {
  it("package.json with a UTF-8 BOM: its techstack key is the configuration", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), bom(JSON.stringify({ name: "app", techstack: { exclude: ["legacy/**"] } }, null, 2)));
    expect(loadConfig(dir)).toEqual({ exclude: ["legacy/**"] });
  });

  it("techstack.config.json with a UTF-8 BOM, techstack.config.yml in UTF-16: read, not an error", () => {
    const json = tempDir();
    writeFileSync(join(json, "techstack.config.json"), bom(JSON.stringify({ exclude: ["a/**"] })));
    expect(loadConfig(json)).toEqual({ exclude: ["a/**"] });
    const yml = tempDir();
    writeFileSync(join(yml, "techstack.config.yml"), utf16("exclude: [vendor-js/**]\ndisable: [docker]\n"));
    expect(loadConfig(yml)).toEqual({ exclude: ["vendor-js/**"], disable: ["docker"] });
  });

  it("workspaces: a root and a member package.json with a UTF-8 BOM are listed", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), bom(JSON.stringify({ private: true, workspaces: ["packages/*"] })));
    const member = join(dir, "packages", "api");
    mkdirSync(member, { recursive: true });
    writeFileSync(join(member, "package.json"), bom(JSON.stringify({ name: "@acme/api" })));
    expect(await workspacePackages(dir)).toEqual([{ name: "@acme/api", folder: "packages/api" }]);
  });

  it("an existing techstack.yml in UTF-16 (`techstack detect > techstack.yml` in Windows PowerShell) reads as its text", () => {
    const dir = tempDir();
    const text = "repo_name: app\ntools:\n- name: Acme Bus\n  detection_source: manual\n";
    writeFileSync(join(dir, "techstack.yml"), utf16(text));
    expect(readStackFileOrThrow(join(dir, "techstack.yml"))).toBe(text.replace(/\n/g, "\r\n"));
  });
});

describe("stack files and lists named to validate, diff and batch, saved in UTF-16 (Windows PowerShell's `>`)", () => {
  const stack = (tools: string[]): string =>
    `repo_name: app\nreport_id: 0123456789abcdef0123456789abcdef\nversion: 0.1\nrepo_type: Public\ntimestamp: '2024-01-01T00:00:00+00:00'\nrequested_by: ''\nprovider: local\nbranch: main\ndetected_tools_count: ${tools.length}\ntools:\n${tools.map((t) => `- name: ${t}\n  detection_source: manual\n`).join("")}`;

  it("validate reads a UTF-16 techstack.yml as the UTF-8 one", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yml"), stack(["Acme Bus"]));
    writeFileSync(join(dir, "b.yml"), utf16(stack(["Acme Bus"])));
    const plain = await call(validateCommand, [join(dir, "a.yml")]);
    const windows = await call(validateCommand, [join(dir, "b.yml")]);
    expect(windows.code).toBe(plain.code);
    expect(windows.stdout.replace("b.yml", "a.yml")).toBe(plain.stdout);
  });

  it("diff compares a UTF-16 stack file with a UTF-8 one", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "old.yml"), utf16(stack(["Acme Bus"])));
    writeFileSync(join(dir, "new.yml"), stack(["Acme Bus", "Acme Queue"]));
    const { stdout, stderr } = await call(diffCommand, [join(dir, "old.yml"), join(dir, "new.yml")]);
    expect(stderr).toBe("");
    expect(stdout).toContain("Acme Queue");
    expect(stdout).not.toContain("Acme Bus");
  });

  it("batch reads a UTF-16 list of repositories: its one entry is the path written", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "list.txt"), utf16(`# repositories\n${join(dir, "app")}\n`));
    // (Each entry is scanned in a worker, which cannot start from the test runner's TypeScript: its
    // line says the entry read, the path written.)
    const { stdout } = await call(batchCommand, [join(dir, "list.txt"), "--workers", "1", "--no-git"]);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l) as { entry: string });
    expect(lines.map((l) => l.entry)).toEqual([join(dir, "app")]);
  });
});

describe("a bare repository's committed configuration, saved with a BOM", () => {
  it("package.json with a UTF-8 BOM: its techstack key is read from the revision", () => {
    const work = tempDir();
    const git = (...args: string[]) => execFileSync("git", ["-C", work, "-c", "user.name=t", "-c", "user.email=t@example.test", "-c", "commit.gpgsign=false", ...args], { stdio: "pipe" });
    git("init", "-q");
    writeFileSync(join(work, "package.json"), bom(JSON.stringify({ name: "app", techstack: { exclude: ["legacy/**"] } }, null, 2)));
    git("add", "-A");
    git("commit", "-q", "-m", "init");
    const bare = join(tempDir(), "app.git");
    execFileSync("git", ["clone", "-q", "--bare", work, bare]);
    expect(loadConfig(bare, revisionFiles(bare, "HEAD"))).toEqual({ exclude: ["legacy/**"] });
  });
});

describe("the library's parse() given a file's bytes", () => {
  it("a techstack.yml saved as UTF-16 (or with a UTF-8 BOM) parses as the UTF-8 file", () => {
    const text = "repo_name: app\nversion: 0.1\ntools:\n- name: Acme Bus\n  detection_source: manual\n";
    const want = parse(text);
    // (Typed as text; a JavaScript caller may hand it the bytes readFileSync gives without an encoding.)
    expect(parse(utf16(text) as unknown as string)).toEqual(want);
    expect(parse(bom(text) as unknown as string)).toEqual(want);
  });
});
