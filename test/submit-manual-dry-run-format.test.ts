import { describe, expect, it } from "vitest";
import { runCommand, tempDir, toolsOf } from "./helpers.js";
import { parse } from "../src/index.js";

// A manual list of names written as techstack.yml or techstack.md, to commit: submit --manual's
// dry run renders the document it would send in the format asked.
describe("submit --manual --dry-run --format", () => {
  it("yaml is the techstack.yml the names make, manual entries with their releases", async () => {
    const dir = tempDir("techstack-manual-format-");
    const r = await runCommand(["submit", "--manual", "postgres 16", "redis", "--dry-run", "--yes", "--format", "yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    const document = parse(r.stdout);
    expect(toolsOf(document).map((t) => [t.name, t.version, t.detection_source])).toEqual([["PostgreSQL", "16.0.0", "manual"], ["Redis", undefined, "manual"]]);
  });

  it("markdown is techstack.md's text; a format without --dry-run is a usage error", async () => {
    const dir = tempDir("techstack-manual-format-");
    const md = await runCommand(["submit", "--manual", "redis", "--dry-run", "--yes", "--format", "markdown"], { cwd: dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("Redis");
    expect(md.stdout.trimStart().startsWith("{")).toBe(false);
    const bad = await runCommand(["submit", "--manual", "redis", "--yes", "--format", "yaml"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--format is for --dry-run");
  });
});
