import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkCommand } from "../src/cli/commands/check.js";
import { submitCommand } from "../src/cli/commands/submit.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { call, fixture, tempDir, writeFile } from "./helpers.js";

// A CI bot runs `techstack check apps/site || techstack write apps/site` on a package whose stack
// a scan of the monorepo wrote (`write ROOT --workspace apps/site --out apps/site`). check compares
// such a file with the workspace scan its own paths name; write scanned the folder alone and so
// turned the workspace's file (root lockfile releases, apps/site/... sources) into a folder-only
// one, which the next check then called stale again. write and submit --auto follow check's rule.

const at = ["--timestamp", "2024-01-01T00:00:00Z", "--no-git"];

describe("write of a folder whose techstack.yml a workspace scan wrote", () => {
  let root: string;
  let site: string;
  let manifest: string;
  beforeAll(async () => {
    root = join(tempDir("techstack-ws-rewrite-"), "mono");
    cpSync(fixture("pnpm-monorepo"), root, { recursive: true });
    site = join(root, "apps/site");
    manifest = join(site, "package.json");
    const written = await call(writeCommand, [root, "--workspace", "site", "--out", site, ...at]);
    expect(written.code, written.stderr).toBe(0);
  });

  it("check fails after a member's manifest changes; the plain write refreshes it as the workspace scan, and check passes", async () => {
    const before = readFileSync(manifest, "utf8");
    writeFile(site, "package.json", before.replace('"dependencies": {', '"dependencies": {\n    "axios": "1.6.0",'));
    expect((await call(checkCommand, [site, ...at])).code).toBe(1);
    const rewritten = await call(writeCommand, [site, ...at]);
    expect(rewritten.code, rewritten.stderr).toBe(0);
    expect(rewritten.stderr).toContain("--workspace apps/site");
    expect(rewritten.stderr).not.toContain("warning:");
    const yaml = readFileSync(join(site, "techstack.yml"), "utf8");
    expect(yaml).toContain("detection_source: apps/site/package.json");
    expect(yaml).toContain("name: axios");
    // What the workspace scan itself writes: the same file.
    expect((await call(writeCommand, [root, "--workspace", "site", "--out", site, ...at])).stderr).toContain("up to date");
    const checked = await call(checkCommand, [site, ...at]);
    expect(checked.stdout).toContain("fresh");
    expect(checked.code).toBe(0);
    writeFile(site, "package.json", before);
  });

  it("an unchanged package's plain write leaves the workspace's files as they are", async () => {
    expect((await call(writeCommand, [root, "--workspace", "site", "--out", site, ...at])).code).toBe(0);
    const yaml = readFileSync(join(site, "techstack.yml"), "utf8");
    const rewritten = await call(writeCommand, [site, ...at]);
    expect(rewritten.stderr).toContain("up to date");
    expect(readFileSync(join(site, "techstack.yml"), "utf8")).toBe(yaml);
  });

  it("submit --auto of the folder sends what the workspace scan finds, as write keeps it", async () => {
    expect((await call(writeCommand, [root, "--workspace", "site", "--out", site, ...at])).code).toBe(0);
    const sent = await call(submitCommand, [site, "--auto", "--dry-run", "--format", "yaml", ...at]);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toBe(readFileSync(join(site, "techstack.yml"), "utf8"));
  });

  it("a flag that names the scan (--workspace, --include, --exclude, --rev) is obeyed as given", async () => {
    const other = join(tempDir("techstack-ws-given-"), "mono");
    cpSync(fixture("pnpm-monorepo"), other, { recursive: true });
    const folder = join(other, "apps/site");
    expect((await call(writeCommand, [other, "--workspace", "site", "--out", folder, ...at])).code).toBe(0);
    const given = await call(writeCommand, [folder, "--exclude", "**/*.md", ...at]);
    expect(given.code, given.stderr).toBe(0);
    expect(readFileSync(join(folder, "techstack.yml"), "utf8")).toMatch(/detection_source: package\.json$/m);
  });
});
