import { execFile } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";

const CLI = join(ROOT, "dist/cli.js");

function run(args: string[]): Promise<{ code: number | string; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: "1" }, timeout: 15_000, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      const e = error as (Error & { code?: number; killed?: boolean }) | null;
      resolve({ code: e ? (e.killed ? "timed out" : (e.code ?? 1)) : 0, stdout, stderr });
    });
  });
}

/** A repository (anyone's: batch scans many) whose configuration files are traps. */
function repo(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = tempDir("techstack-hostile-config-");
  writeFileSync(join(dir, "Gemfile"), "gem 'rails', '7.1.2'\n");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(dir, path));
  return dir;
}

describe("configuration files of a scanned repository that are traps", () => {
  it("a package.json linked to /dev/zero is not read for its techstack key (the scan went on for ever)", async () => {
    const r = await run(["detect", repo({}, { "package.json": "/dev/zero" }), "--no-git", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"Rails"');
  });

  it("a techstack.config.yml linked to /dev/zero, or to a file outside, is an error naming it, at once", async () => {
    for (const target of ["/dev/zero", "/etc/hostname"]) {
      const r = await run(["detect", repo({}, { "techstack.config.yml": target }), "--no-git"]);
      expect(r.code, target).toBe(1);
      expect(r.stderr, target).toMatch(/techstack\.config\.yml: a symbolic link, not read/);
    }
  });

  it("a configuration's catalog outside the repository is refused, and its content never shown", async () => {
    for (const catalog of ["../../../../../../etc/passwd", "sub/../../x.yml"]) {
      const r = await run(["detect", repo({ "techstack.config.yml": `catalog: ${catalog}\n` }), "--no-git"]);
      expect(r.code, catalog).toBe(1);
      expect(r.stderr, catalog).toMatch(/outside the repository/);
      expect(r.stderr).not.toMatch(/root:/);
    }
    const r = await run(["detect", repo({ "techstack.config.yml": "catalog: extra.yml\n" }, { "extra.yml": "/dev/zero" }), "--no-git"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/extra\.yml: a symbolic link, not read/);
  });
});
