import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkCommand } from "../src/cli/commands/check.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { call, fixture, tempDir, writeFile } from "./helpers.js";

// A package's stack written by a scan of its monorepo (`write ROOT --workspace site --out
// apps/site`) cites the package's files from the root (apps/site/package.json) and the root's
// lockfile and package manager. `check apps/site` scanned the folder alone, whose files it cites
// from the folder (package.json), and called the fresh file stale. The file's own paths say which
// scan wrote it: check compares it with that one.

const at = ["--timestamp", "2024-01-01T00:00:00Z", "--no-git"];

describe("check of a stack written by a workspace scan", () => {
  let root: string;
  let site: string;
  beforeAll(async () => {
    root = join(tempDir("techstack-ws-written-"), "mono");
    cpSync(fixture("pnpm-monorepo"), root, { recursive: true });
    site = join(root, "apps/site");
    const written = await call(writeCommand, [root, "--workspace", "site", "--out", site, ...at]);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(join(site, "techstack.yml"), "utf8")).toContain("detection_source: apps/site/package.json");
  });

  it("a fresh write, checked by the package's folder, is fresh", async () => {
    const checked = await call(checkCommand, [site, ...at]);
    expect(checked.stdout).toContain("fresh");
    expect(checked.code).toBe(0);
    expect(checked.stderr).toContain("--workspace apps/site");
  });

  it("a change in the package is stale, and the refresh command is the workspace scan's, which makes it fresh", async () => {
    const manifest = join(site, "package.json");
    const before = readFileSync(manifest, "utf8");
    writeFile(site, "package.json", before.replace('"dependencies": {', '"dependencies": {\n    "axios": "1.6.0",'));
    const checked = await call(checkCommand, [site, ...at]);
    expect(checked.code).toBe(1);
    const refresh = /run: techstack write (.*)$/m.exec(checked.stdout)![1]!;
    expect(refresh).toBe(`${root} --workspace apps/site --out ${site} --timestamp 2024-01-01T00:00:00Z --no-git`);
    expect((await call(writeCommand, refresh.split(" "))).code).toBe(0);
    expect((await call(checkCommand, [site, ...at])).code).toBe(0);
    writeFile(site, "package.json", before);
  });

  it("a file the folder's own scan wrote is still checked by that scan", async () => {
    const alone = join(tempDir("techstack-ws-alone-"), "mono");
    cpSync(fixture("pnpm-monorepo"), alone, { recursive: true });
    const folder = join(alone, "apps/site");
    expect((await call(writeCommand, [folder, ...at])).code).toBe(0);
    const checked = await call(checkCommand, [folder, ...at]);
    expect(checked.code).toBe(0);
    expect(checked.stderr).not.toContain("compared with that scan");
  });
});
