import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, optionsFromConfig } from "../src/cli/config.js";
import { runCommand, tempDir } from "./helpers.js";
import { MemorySource, scan } from "../src/index.js";

// A lockfile over 20 MiB was skipped unless --max-file-bytes raised the limit, which the
// configuration could not: a local `write --max-file-bytes 100000000` and CI's `check` (or the
// GitHub Action, which takes no scan flags) disagreed on its releases. The skip's warning did not
// say how to raise the limit either.
describe("the file size limit in the configuration", () => {
  /** A folder with a 62-byte package.json naming Express, and `config` as its techstack.config.yml. */
  function repository(config: string): string {
    const dir = tempDir("techstack-limit-");
    writeFileSync(join(dir, "package.json"), '{ "name": "shop", "dependencies": { "express": "^4.18.2" } }\n');
    writeFileSync(join(dir, "techstack.config.yml"), config);
    return dir;
  }

  it("max-file-bytes sets the scan's maxFileBytes", () => {
    const dir = repository("max-file-bytes: 100000000\n");
    expect(optionsFromConfig(dir, loadConfig(dir))).toEqual({ maxFileBytes: 100_000_000 });
  });

  it("is a whole number of bytes above 0, or an error naming the file", () => {
    for (const value of ["'20MB'", "0", "1.5", "-3", "true"]) {
      const dir = repository(`max-file-bytes: ${value}\n`);
      expect(() => loadConfig(dir), value).toThrow(`${join(dir, "techstack.config.yml")}: 'max-file-bytes' must be a whole number of bytes above 0`);
    }
  });

  it("a scan of the folder keeps to it, and --max-file-bytes overrides it", async () => {
    const dir = repository("max-file-bytes: 40\n");
    const limited = await runCommand(["detect", dir, "--no-git", "--format", "json"]);
    expect(limited.stderr).toContain("package.json: skipped: over the 40-byte limit (raise it with --max-file-bytes N, max-file-bytes in techstack.config, or maxFileBytes from code)");
    expect(JSON.parse(limited.stdout).tools.map((t: { name: string }) => t.name)).not.toContain("ExpressJS");
    const raised = await runCommand(["detect", dir, "--no-git", "--format", "json", "--max-file-bytes", "1000"]);
    expect(raised.stderr).not.toContain("skipped");
    expect(JSON.parse(raised.stdout).tools.map((t: { name: string }) => t.name)).toContain("ExpressJS");
  });

  it("the skip's warning says how to raise the limit", async () => {
    const { warnings } = await scan(new MemorySource({ "package.json": '{"dependencies":{"express":"^4.18.2"}}' }), { maxFileBytes: 10 });
    expect(warnings.map((w) => w.message)).toEqual(["skipped: 38 bytes is over the 10-byte limit (raise it with --max-file-bytes N, max-file-bytes in techstack.config, or maxFileBytes from code)"]);
  });
});
