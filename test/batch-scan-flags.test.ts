import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { batchCommand, jobOf, scanJob } from "../src/cli/commands/batch.js";
import type { StackDocument } from "../src/types.js";
import { call, fixture, runCommand, tempDir } from "./helpers.js";

// batch takes detect's scan flags and applies them to every repository of its list, over each
// one's own configuration file, as detect does. A worker's scan is called in-process here
// (scanJob, what each worker thread runs per job): the threads cannot start from the TypeScript
// source, and test/cli.test.ts runs the built CLI's threads with the flags.

/** A copy of the Node API fixture whose configuration keeps its Helm chart out. */
function configuredApi(): string {
  const dir = tempDir("techstack-batch-flags-");
  cpSync(fixture("node-api-ops"), dir, { recursive: true });
  writeFileSync(join(dir, "techstack.config.json"), JSON.stringify({ exclude: ["deploy/**"] }));
  return dir;
}

async function batchDocument(dir: string, flags: Parameters<typeof jobOf>[1]): Promise<StackDocument> {
  const line = JSON.parse(await scanJob(dir, jobOf(dir, flags))) as { ok: boolean; document: StackDocument; error?: string };
  expect(line.error).toBeUndefined();
  return line.document;
}

const names = (document: StackDocument) => document.tools.map((t) => t.name);

describe("batch's scan flags", () => {
  it("a job scans as detect does with the same flags, over the repository's configuration file", async () => {
    const dir = configuredApi();
    const flags = { exclude: ["docker-compose.yml"], "no-packages": true, "no-git": true, timestamp: "2026-01-02T03:04:05Z", "max-file-bytes": "100000" };
    const document = await batchDocument(dir, flags);
    // The configuration's exclude still holds (no Helm chart), the flag's adds to it (no Compose services).
    expect(names(document)).toEqual(expect.arrayContaining(["ExpressJS", "Node.js", "GitHub Actions"]));
    expect(names(document)).not.toContain("Kubernetes");
    expect(names(document)).not.toContain("Docker Compose");
    expect(names(document)).not.toContain("Redis");
    expect(document.tools.filter((t) => t.package_url)).toEqual([]);
    expect(document.timestamp).toMatch(/^2026-01-02/);
    const detect = await runCommand(["detect", dir, "--format", "json", "--exclude", "docker-compose.yml", "--no-packages", "--no-git", "--timestamp", "2026-01-02T03:04:05Z", "--max-file-bytes", "100000"]);
    expect(detect.code).toBe(0);
    expect(document).toEqual(JSON.parse(detect.stdout));
    // Without the flags, the same job finds what they left out.
    const plain = await batchDocument(dir, { "no-git": true });
    expect(names(plain)).toEqual(expect.arrayContaining(["Docker Compose", "Redis"]));
    expect(plain.tools.some((t) => t.package_url)).toBe(true);
  });

  it("--include replaces the configuration's includes, and --all-tools names the tools of package-only matchers", async () => {
    const dir = configuredApi();
    writeFileSync(join(dir, "techstack.config.json"), JSON.stringify({ include: ["deploy/**"] }));
    expect(names(await batchDocument(dir, { "no-git": true }))).toEqual(["Kubernetes"]);
    const included = names(await batchDocument(dir, { include: ["package.json"], "no-git": true, "no-packages": true }));
    expect(included).toContain("ExpressJS");
    expect(included).not.toContain("Kubernetes");
    const django = fixture("django-split-requirements");
    const some = (await batchDocument(django, { "no-git": true })).tools.length;
    expect((await batchDocument(django, { "no-git": true, "all-tools": true })).tools.length).toBeGreaterThan(some);
  });

  it("a line's own revision wins over --rev; the other flags go with every job", () => {
    const flags = { rev: "v1", "no-packages": true, exclude: ["vendor/**"] };
    expect(jobOf("/r/api\tv2", flags)).toEqual({ repo: "/r/api", flags: { rev: "v2", "no-packages": true, exclude: ["vendor/**"] } });
    expect(jobOf("/r/web", flags)).toEqual({ repo: "/r/web", flags });
  });

  it("a bad flag is one usage error before the list is read, not a failed line per entry", async () => {
    const list = join(tempDir(), "none.txt"); // never read: the flags are refused first
    const first = async (...flags: string[]) => {
      const out = await call(batchCommand, [list, ...flags]);
      return [out.code, out.stderr.split("\n")[0]];
    };
    expect(await first("--timestamp", "yesterday")).toEqual([2, "error: --timestamp takes an ISO date and time (2024-05-01T12:00:00Z), not 'yesterday'"]);
    expect(await first("--max-file-bytes", "lots")).toEqual([2, expect.stringMatching(/^error: --max-file-bytes /)]);
    expect(await first("--include=")).toEqual([2, "error: --include takes a glob, not an empty value"]);
    expect(await first("--rev=-x")).toEqual([2, "error: --rev takes a revision (a branch, tag or commit), not '-x'"]);
    expect(await first("--include", "/srv/api/src/**")).toEqual([2, "error: --include '/srv/api/src/**': batch's globs are paths from each repository's folder (src/**)"]);
    expect(await first("--exclude", "../shared/**")).toEqual([2, "error: --exclude '../shared/**': batch's globs are paths from each repository's folder (src/**)"]);
    expect(await first("--workspace", "api")).toEqual([2, expect.stringMatching(/^error: unknown option '--workspace'/)]);
    // A good set of flags gets as far as the list.
    expect(await first("--include", "src/**", "--no-packages", "--all-tools", "--timestamp", "2026-01-01T00:00:00Z", "--max-file-bytes", "1000")).toEqual([1, `error: cannot read the list ${list}: no such file`]);
  });

  it("a job's line: how long it took, in seconds to the millisecond; a repository that cannot be scanned, a failed line with the reason", async () => {
    /** A job's line, and the seconds the call took as the test measures them around it (the job's own lie within). */
    const timed = async (entry: string) => {
      const started = performance.now();
      const line = JSON.parse(await scanJob(entry, jobOf(entry, { "no-git": true }))) as Record<string, unknown> & { seconds: number };
      return { line, within: (performance.now() - started) / 1000 };
    };
    const missing = join(tempDir(), "gone");
    const failed = await timed(`${missing}\tv2`);
    expect(failed.line).toEqual({ entry: `${missing}\tv2`, repo: missing, ok: false, seconds: expect.any(Number), error: `no such directory: ${missing}` });
    const done = await timed(fixture("node-api-ops"));
    expect(done.line).toMatchObject({ ok: true, warnings: 0 });
    for (const { line, within } of [failed, done]) {
      expect(line.seconds).toBeGreaterThanOrEqual(0);
      expect(line.seconds).toBeLessThanOrEqual(within + 0.001);
      expect(Math.abs(line.seconds * 1000 - Math.round(line.seconds * 1000))).toBeLessThan(1e-6);
    }
  });
});
