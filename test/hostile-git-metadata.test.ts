import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import type { ConfigEntry } from "../src/git/config-entries.js";
import { remoteUrlsFromConfig } from "../src/git/origin-from-config.js";
import { newRepository, tempDir } from "./helpers.js";
import { expectLinearGrowth } from "./work-growth.js";

// A repository's own git metadata is input like its manifests: a .git/config of many thousand
// remotes and URL rewrites (generated, or planted) must cost a scan time in proportion to it.

/** A configuration listing as `git config -z --get-regexp` gives it: `n` remotes and `n` insteadOf rewrites, none of which apply but the last. */
function manyRemotes(n: number): ConfigEntry[] {
  const entries: ConfigEntry[] = [["remote.origin.url", "gh:acme/shop.git"]];
  for (let i = 0; i < n; i++) {
    entries.push([`remote.mirror${i}.url`, `https://mirror${i}.example.com/acme/shop.git`]);
    entries.push([`remote.mirror${i}.fetch`, `+refs/heads/*:refs/remotes/mirror${i}/*`]);
    entries.push([`url.https://host${i}.example.com/.insteadof`, `h${i}:`]);
  }
  entries.push(["url.https://github.com/.insteadof", "gh:"]);
  return entries;
}

describe("a .git/config of many remotes and URL rewrites", () => {
  it("rewrites each remote's URL in one pass over the rewrites, not one per remote (20,000 of each took 9 s)", async () => {
    const urls = await expectLinearGrowth((n) => remoteUrlsFromConfig(manyRemotes(n), "/nonexistent", ".git")!, 1500, "remote URLs of a large configuration");
    expect(urls.origin).toBe("https://github.com/acme/shop.git");
    expect(urls.remotes.size).toBe(6001);
    expect(urls.remotes.get("mirror5999")).toBe("https://mirror5999.example.com/acme/shop.git");
  });

  it("still takes the longest insteadOf prefix, the first listed of equal length, and an empty one", () => {
    const entries: ConfigEntry[] = [
      ["remote.origin.url", "gh:acme/shop"],
      ["remote.fork.url", "ghx:ada/shop"],
      ["remote.bare.url", "plain"],
      ["url.https://example.org/.insteadof", ""],
      ["url.https://gitlab.com/.insteadof", "g"],
      ["url.https://github.com/.insteadof", "gh:"],
      ["url.https://bitbucket.org/.insteadof", "gh:"],
      ["url.ssh://git@github.com/.insteadof", "ghx:"],
    ];
    const urls = remoteUrlsFromConfig(entries, "/nonexistent", ".git")!;
    expect(Object.fromEntries(urls.remotes)).toEqual({
      origin: "https://github.com/acme/shop",
      fork: "ssh://git@github.com/ada/shop",
      bare: "https://example.org/plain",
    });
  });
});

/** A checkout (no commit: git reads its files all the same) whose git file `name` is a FIFO, or a link to `link`. */
function trappedCheckout(name: string, link?: string): string {
  const dir = tempDir("techstack-git-trap-");
  newRepository(dir);
  writeFileSync(join(dir, "Gemfile"), "gem 'rails', '7.1.2'\n");
  const path = join(dir, ".git", name);
  rmSync(path, { force: true });
  mkdirSync(join(path, ".."), { recursive: true });
  if (link) symlinkSync(link, path);
  else execFileSync("mkfifo", [path]);
  return dir;
}

describe("git files that are FIFOs or devices", () => {
  // git opens its HEAD, configuration and index without a second thought: a FIFO there held each
  // of a scan's git processes, and so the scan, for ever. The abort only ends a test that would hang.
  it("HEAD, config, index, packed-refs or the branch's ref as a FIFO, HEAD linked to /dev/zero: git is not run, the scan warns on .git and reports the rest", async () => {
    for (const [name, link] of [["HEAD"], ["config"], ["index"], ["packed-refs"], ["refs/heads/main"], ["HEAD", "/dev/zero"]] as const) {
      const dir = trappedCheckout(name, link);
      const result = await scan(dir, { signal: AbortSignal.timeout(20_000) });
      expect(result.document.tools.map((t) => t.name), name).toContain("Rails");
      const warning = result.warnings.find((w) => w.file === ".git");
      expect(warning?.message, name).toMatch(new RegExp(`${name.replace(/[/.]/g, "\\$&")} is (a FIFO|a device)`));
    }
  }, 60_000);

  it("a subfolder of such a checkout is scanned too: git finds the same git folder above it", async () => {
    const dir = trappedCheckout("HEAD");
    mkdirSync(join(dir, "api"));
    writeFileSync(join(dir, "api", "Gemfile"), "gem 'sinatra', '4.0.0'\n");
    const result = await scan(join(dir, "api"), { signal: AbortSignal.timeout(20_000) });
    expect(result.document.tools.map((t) => t.name)).toContain("Sinatra");
    expect(result.warnings.find((w) => w.file === ".git")?.message).toMatch(/HEAD is a FIFO/);
  }, 30_000);
});
