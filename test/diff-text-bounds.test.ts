import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import yaml from "js-yaml";
import { diff, formatDiff, type StackDocument, type ToolEntry } from "../src/index.js";
import { fixture, runCommand, tempDir } from "./helpers.js";

// The text of diff and check is bounded as the Markdown comment is: caps on the changed entries, the
// moves' groups and names, halved while the whole outgrows a log's screenfuls; --full lists them all.
const doc = (tools: ToolEntry[]): StackDocument => ({ repo_name: "acme/platform", provider: "github", branch: "main", version: 0.1, tools }) as StackDocument;
const npm = (name: string, version = "1.0.0"): ToolEntry => ({ name, package_url: `https://www.npmjs.com/package/${name}`, version, detection_source: "package.json" });
/** A monorepo's lockfile refresh: `n` packages added, named `@acme/<prefix>-000`... */
const packages = (n: number, prefix = "pkg") => Array.from({ length: n }, (_, i) => npm(`@acme/${prefix}-${String(i).padStart(3, "0")}`));

describe("formatDiff's text, bounded", () => {
  it("lists at most 60 changed entries, then counts the rest; { full: true } lists every one", () => {
    const d = diff(doc([{ name: "Node.js", version: "18.0.0" }]), doc([{ name: "Node.js", version: "20.0.0" }, ...packages(150)]));
    const lines = formatDiff(d).trimEnd().split("\n");
    expect(lines).toHaveLength(61);
    expect(lines[0]).toBe("+ @acme/pkg-000 1.0.0 (package)");
    expect(lines[60]).toBe("  and 91 more changes");
    const full = formatDiff(d, "text", { full: true }).trimEnd().split("\n");
    expect(full).toHaveLength(151);
    expect(full[150]).toBe("~ Node.js 18.0.0 -> 20.0.0");
  });

  it("halves the caps while long names would make the text outgrow 8,000 characters", () => {
    const long = "x".repeat(300);
    const d = diff(doc([]), doc(packages(60, long)));
    const text = formatDiff(d);
    expect(text.length).toBeLessThanOrEqual(8_000);
    expect(text.trimEnd().split("\n").at(-1)).toBe("  and 45 more changes");
    expect(formatDiff(d, "text", { full: true }).trimEnd().split("\n")).toHaveLength(60);
    // A diff within the caps is as it was, with no count.
    expect(formatDiff(diff(doc([]), doc(packages(3))))).toBe("+ @acme/pkg-000 1.0.0 (package)\n+ @acme/pkg-001 1.0.0 (package)\n+ @acme/pkg-002 1.0.0 (package)\n");
  });
});

describe("diff and check on the command line, bounded", () => {
  it("diff's text says what it left out and that --full lists it; --full and --format json list every entry", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yml"), yaml.dump(doc([])));
    writeFileSync(join(dir, "b.yml"), yaml.dump(doc(packages(100))));
    const bounded = await runCommand(["diff", "a.yml", "b.yml"], { cwd: dir, env: { NO_COLOR: "1" } });
    const lines = bounded.stdout.trimEnd().split("\n");
    expect(lines.slice(-2)).toEqual(["  and 40 more changes", "Some entries are left out: --full lists them all."]);
    const full = await runCommand(["diff", "a.yml", "b.yml", "--full"], { cwd: dir, env: { NO_COLOR: "1" } });
    expect(full.stdout.trimEnd().split("\n")).toHaveLength(100);
    const json = await runCommand(["diff", "a.yml", "b.yml", "--format", "json"], { cwd: dir });
    expect(JSON.parse(json.stdout).added).toHaveLength(100);
  });

  /** The nextjs-app fixture, written, then its techstack.yml given 80 packages the scan does not find. */
  async function staleByEighty(): Promise<string> {
    const dir = tempDir();
    cpSync(fixture("nextjs-app"), dir, { recursive: true });
    expect((await runCommand(["write", dir, "--no-git"], { env: { NO_COLOR: "1" } })).code).toBe(0);
    const file = join(dir, "techstack.yml");
    const written = yaml.load(readFileSync(file, "utf8")) as StackDocument;
    writeFileSync(file, yaml.dump({ ...written, tools: [...written.tools, ...packages(80, "gone")] }));
    return dir;
  }

  it("check's stale message is bounded the same way, and says how to list it all", async () => {
    const stale = await runCommand(["check", await staleByEighty(), "--no-git"], { env: { NO_COLOR: "1" } });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("\n  and 20 more changes\nSome entries are left out: --full lists them all.\nTo refresh them, run: techstack write");
  });

  it("check --full lists every change, and its refresh command is write's, without --full", async () => {
    const full = await runCommand(["check", await staleByEighty(), "--no-git", "--full"], { env: { NO_COLOR: "1" } });
    expect(full.stdout).toContain("- @acme/gone-079 1.0.0 (package)");
    expect(full.stdout).not.toContain("left out");
    expect(full.stdout).toMatch(/To refresh them, run: techstack write \S+ --no-git\n$/);
  });
});
